import type { Diagnostic, Entry, Fingerprint, SourceKind } from '../core/types.js'
import type { LineIndex } from '../core/text.js'
import { classifyValue, expandShell, type ValueShape } from './values.js'

/**
 * What a parser knows about one setting; `makeEntry` adds the value's form, reference and expansion.
 * `valueSpan` covers `raw`: the value token as written, quotes included.
 */
export type EntryParts = Omit<Entry, 'form' | 'ref' | 'resolved'> & {
  /** The format never expands `$` in this value (single quotes or `\$` in a Dockerfile). */
  readonly literal?: boolean
}

const LITERAL: ValueShape = { form: 'literal' }

/**
 * Files whose client reads every value as written, `${VAR}` included: Codex's config.toml (no interpolation in the
 * loader, openai/codex#2680; `base_url` is sent verbatim) and Claude Code's settings `env` ("reads them directly
 * from the file", code.claude.com/docs/en/env-vars; anthropics/claude-code#46889, #4276). `.mcp.json` does expand
 * `${VAR}` and `${VAR:-default}` (code.claude.com/docs/en/mcp) and is not among them.
 */
const EXPANDS_NOTHING: ReadonlySet<SourceKind> = new Set(['codex', 'codex-auth', 'claude-settings'])

/**
 * Continue's config.yaml fills only `${{ secrets.X }}` and `${{ inputs.X }}`; a `${X}` stays as written
 * (continuedev/continue packages/config-yaml/src/load/unroll.ts@d0a3c0b6, `TEMPLATE_VAR_REGEX`).
 */
const expandsNothingIn = (kind: SourceKind, value: string): boolean => EXPANDS_NOTHING.has(kind) || (kind === 'continue' && !value.includes('${{'))

/**
 * Builds an Entry with `form`/`ref` from `classifyValue` and, for references and templates,
 * `resolved` from the earlier assignments in `vars` (when every name is known or has a default).
 */
export function makeEntry(parts: EntryParts, vars?: ReadonlyMap<string, string>): Entry {
  const literal = parts.literal === true || (parts.value !== undefined && expandsNothingIn(parts.kind, parts.value))
  const shape = valueShape(parts.value, literal, vars)
  // Built field by field, undefined fields left out so entries compare and serialise without noise: a parser
  // makes one per setting, and copying through Object.entries cost more than the parse.
  const entry: Record<string, unknown> = {}
  for (const field in parts) {
    const value = parts[field as keyof EntryParts]
    if (value !== undefined && field !== 'literal') entry[field] = value
  }
  entry.form = shape.form
  if (shape.ref !== undefined) entry.ref = shape.ref
  if (shape.resolved !== undefined) entry.resolved = shape.resolved
  return entry as unknown as Entry
}

/** The `form`, `ref` and `resolved` {@link makeEntry} gives a value, for parsers that build their entries themselves. */
export function valueShape(value: string | undefined, literal: boolean | undefined, vars?: ReadonlyMap<string, string>): ValueShape & { readonly resolved?: string } {
  // Without a `$` a value refers to nothing (most values): no need to try the reference shapes.
  if (value === undefined || literal || !value.includes('$')) return LITERAL
  const shape = classifyValue(value)
  const resolved = shape.form !== 'literal' && vars !== undefined ? expandShell(value, vars) : undefined
  return resolved === undefined ? shape : { ...shape, resolved }
}

/** The value a later `$NAME` in the same file sees, or undefined when it cannot be known. */
export const effectiveValue = (entry: Entry): string | undefined =>
  entry.form === 'literal' ? entry.value : entry.resolved

/** `<file>` for single-scope files, `<file>#<name>` otherwise. */
export const scopeId = (file: string, name?: string): string => (name === undefined ? file : `${file}#${name}`)

/** A diagnostic covering `start`..`end` (0-based offsets; an empty range marks a point). */
export const diagnosticAt = (lines: LineIndex, message: string, start: number, end = start): Diagnostic => ({
  message,
  span: lines.span(start, end)
})

/** The offset just past a leading byte order mark, which the core strips but parsers must tolerate. */
export const afterBom = (text: string): number => (text.charCodeAt(0) === 0xfeff ? 1 : 0)

/** The last segment of a repository-relative path. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

/**
 * Evidence that a scope is the environment of another program (an MCP server, the shell commands Codex runs):
 * its variables are that program's, judged by the SDK convention as a guess, never as the app's.
 */
export const spawnedEnvironment = (program: string, file: string, scope: string): Fingerprint => ({ type: 'spawned-env', value: program, file, scope })
