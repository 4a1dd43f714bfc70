/** Drafts become findings: texts rendered and masked, the fix and its edit, inline suppression, fingerprint, order. */
import { editFor } from '../core/edit.js'
import { fingerprint } from '../core/fingerprint.js'
import { isIgnored } from '../core/ignores.js'
import { fillTemplate, withTip } from '../core/message.js'
// Defence in depth: a key a rule forgot to declare as a secret is still masked.
import { maskStraySecrets, scrubSecrets, secretLikeTokens } from '../core/redact.js'
import { decodedFromBase64, encodeBase64 } from '../core/base64.js'
import type { FileFacts, Finding, TextEdit } from '../core/types.js'
import type { RepoModel } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { settingLines } from './analyze.js'
import { compareDrafts, type Draft } from './draft.js'

/** What the finalising steps read of the model, gathered once per run. */
interface TreeFacts {
  readonly ignores: ReadonlyMap<string, FileFacts['ignores']>
  readonly uncommitted: ReadonlySet<string>
  /** The lines settings sit on ({@link settingLines}), by file: kept, or cut from the kept text when first asked for. */
  readonly lines: (file: string) => ReadonlyMap<number, string> | undefined
  /**
   * `file\0line` of every line a security rule reported on (it may hold a credential other findings do not know), and
   * of every line holding a Secret's base64 `data`, which is secret whatever it decodes to.
   */
  readonly secretLines: ReadonlySet<string>
  readonly catalog: ProviderCatalog
}

/** Turns drafts into findings, in order: texts, fix, suppression, fingerprint (by identity and occurrence). */
export function finalize(drafts: readonly Draft[], model: RepoModel, catalog: ProviderCatalog): Finding[] {
  // The indexes below cost a pass over every file: not worth it for a clean repository.
  if (drafts.length === 0) return []
  const tree = model.files.filter((f) => !f.history)
  const facts: TreeFacts = {
    ignores: new Map(tree.map((f) => [f.path, f.ignores])),
    uncommitted: new Set(tree.filter((f) => f.uncommitted).map((f) => f.path)),
    lines: linesByFile(tree),
    secretLines: new Set([
      ...drafts.filter((d) => d.meta.security).map(({ descriptor: d }) => `${d.file}\0${d.span.start.line}`),
      ...encodedLines(tree)
    ]),
    catalog
  }
  const seen = new Map<string, number>()
  return [...drafts].sort(compareDrafts).map((draft) => {
    const { meta, descriptor: d, severity, origin } = draft
    const { message, tip } = textsOf(draft, facts)
    const { fix, edit, fixedLine } = fixOf(draft, facts)
    const where = d.entry ? d.entry.path.join('.') || d.entry.key : ''
    const what = d.entry?.value ?? d.identity ?? withTip(message, tip)
    const identity = [meta.id, d.messageId, d.file, where, what].join('\0')
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    return {
      ruleId: meta.id,
      messageId: d.messageId,
      severity,
      message,
      ...(tip !== undefined && { tip }),
      file: d.file,
      span: d.span,
      fingerprint: fingerprint({ ruleId: meta.id, messageId: d.messageId, file: d.file, where, what, occurrence }),
      ...(fix !== undefined && fix !== '' ? { fix } : {}),
      ...(edit && { edit }),
      ...(fixedLine !== undefined && { fixedLine }),
      ...(d.scope ? { scope: d.scope } : {}),
      origin,
      ...(isSuppressed(draft, facts) ? { suppressed: { by: 'inline' as const } } : {})
    }
  })
}

/** The lines of the tree's values decoded from base64 (only Kubernetes manifests have them). */
function encodedLines(files: readonly FileFacts[]): string[] {
  const lines: string[] = []
  for (const file of files) {
    if (file.kind !== 'kubernetes') continue
    for (const entry of file.entries) {
      const span = entry.valueSpan
      if (span && decodedFromBase64(entry)) for (let line = span.start.line; line <= span.end.line; line++) lines.push(`${file.path}\0${line}`)
    }
  }
  return lines
}

/**
 * The secrets a report declares, and for a value decoded from base64 (a Secret's `data`) the text written in the file
 * too: a rule declares the value it judged, and its base64 form is as secret.
 */
function declaredSecrets({ descriptor: d }: Draft): readonly string[] {
  const declared = d.secrets ?? []
  const entry = d.entry
  return entry?.value !== undefined && declared.length > 0 && decodedFromBase64(entry) ? [...declared, encodeBase64(entry.value)] : declared
}

/** Message and tip from the rule's templates, each secret the report declares and any stray key masked. */
function textsOf(draft: Draft, { uncommitted, catalog }: TreeFacts): { message: string; tip?: string } {
  const { meta, descriptor: d } = draft
  const secrets = declaredSecrets(draft)
  const mask = (text: string): string => maskStraySecrets(scrubSecrets(text, secrets), catalog)
  const rendered = fillTemplate(meta.messages[d.messageId] ?? d.messageId, d.data)
  // Read only with `--include-ignored`: every finding says so, so no advice reads as if the file were committed.
  const message = mask(uncommitted.has(d.file) ? `${rendered} (not committed: git ignores this file)` : rendered)
  const tipTemplate = meta.tips?.[d.messageId]
  return tipTemplate === undefined ? { message } : { message, tip: mask(fillTemplate(tipTemplate, d.data)) }
}

/** The fix as advice (masked), its edit when nothing in it needed masking, and the corrected line the edit gives. */
function fixOf(draft: Draft, { lines, secretLines, catalog }: TreeFacts): { fix?: string; edit?: TextEdit; fixedLine?: string } {
  const { meta, descriptor: d, origin } = draft
  if (d.fix === undefined) return {}
  const fix = maskStraySecrets(scrubSecrets(d.fix, declaredSecrets(draft)), catalog)
  // A fix that needed masking holds a secret: shown masked as advice, never an edit to apply.
  const edit = fix === d.fix && !d.secrets?.length ? editFor(d) : undefined
  if (!edit) return { fix }
  const line = edit.range.start.line
  const fixedLine = origin === 'tree' && !meta.security && !secretLines.has(`${d.file}\0${line}`) ? lineAfter(edit, lines(d.file)?.get(line), catalog) : undefined
  return { fix, edit, ...(fixedLine !== undefined && { fixedLine }) }
}

/** The kept lines of a file, or those cut from its kept text, once, when a fix first needs them (few files have one). */
function linesByFile(files: readonly FileFacts[]): TreeFacts['lines'] {
  const byPath = new Map(files.map((f) => [f.path, f]))
  const cut = new Map<string, ReadonlyMap<number, string>>()
  return (path) => {
    const file = byPath.get(path)
    if (file?.text === undefined) return file?.lines
    let lines = cut.get(path)
    if (!lines) cut.set(path, (lines = settingLines(file.text, file.entries)))
    return lines
  }
}

/** An inline directive covers it. A line a commit added has none of its own: the tree's, at that number, are about another line. */
const isSuppressed = ({ meta, descriptor: d, origin }: Draft, { ignores }: TreeFacts): boolean =>
  origin !== 'history' && isIgnored(ignores.get(d.file) ?? [], meta.id, d.span.start.line)

/**
 * The line after a one-line edit; undefined when the line is unknown, would not change, or holds anything like a
 * credential (a key of any format, a random-looking token, a URL password, a credential query value): it goes out
 * unmasked, as the replacement of the line.
 */
function lineAfter(edit: TextEdit, line: string | undefined, catalog: ProviderCatalog): string | undefined {
  const { start, end } = edit.range
  if (line === undefined || start.line !== end.line || end.column - 1 > line.length || /[\r\n]/.test(edit.replacement)) return undefined
  if (secretLikeTokens(line, catalog).length > 0 || maskStraySecrets(line, catalog) !== line) return undefined
  const fixed = line.slice(0, start.column - 1) + edit.replacement + line.slice(end.column - 1)
  return fixed === line ? undefined : fixed
}
