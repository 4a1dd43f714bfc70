import { extractFingerprints } from '../clients/fingerprints.js'
import type { ProviderCatalog } from '../providers/types.js'
import { chooseParser } from '../sources/index.js'
import type { Parser } from '../sources/types.js'
import { findIgnoreDirectives } from '../core/ignores.js'
import { keyContextFor } from './key-context.js'
import { LineIndex, lineSpan } from '../core/text.js'
import type { Entry, FileFacts, KeyHit, ParseResult, SourceFile } from '../core/types.js'

const BOM = '\uFEFF'

/**
 * Reads one file once and keeps only what the rules need: entries, diagnostics, key hits, ignore
 * directives and client fingerprints, and the lines settings sit on (a fix's corrected line). The rest
 * of the text is not kept, so memory does not grow with the repository.
 */
export function analyzeFile(file: SourceFile, catalog: ProviderCatalog): FileFacts {
  const text = file.text.startsWith(BOM) ? file.text.slice(1) : file.text
  const source = { path: file.path, text }
  const choice = chooseParser(file.path, text)
  const parsed: ParseResult = choice ? parseSafely(choice.parser, source) : { entries: [], diagnostics: [] }
  return {
    path: file.path,
    kind: choice?.parser.kind ?? 'text',
    ...(choice && { matchedBy: choice.matchedBy }),
    entries: parsed.entries,
    diagnostics: parsed.diagnostics,
    keyHits: findKeyHits(source, catalog),
    ignores: findIgnoreDirectives(text),
    ...(parsed.workflow ? { workflow: parsed.workflow } : {}),
    ...(parsed.envFiles ? { envFiles: parsed.envFiles } : {}),
    fingerprints: [...extractFingerprints(source), ...(parsed.fingerprints ?? [])],
    ...(parsed.entries.length > 0 && { lines: settingLines(text, parsed.entries) })
  }
}

/** The lines an edit can land on: an active setting's name, and its value when written on one line. */
function settingLines(text: string, entries: readonly Entry[]): ReadonlyMap<number, string> {
  const index = new LineIndex(text)
  const lines = new Map<number, string>()
  const keep = (line: number): void => {
    if (!lines.has(line)) lines.set(line, index.lineText(line))
  }
  for (const entry of entries) {
    if (entry.commented) continue
    keep(entry.keySpan.start.line)
    if (entry.valueSpan && entry.valueSpan.start.line === entry.valueSpan.end.line) keep(entry.valueSpan.start.line)
  }
  return lines
}

/** A parser bug must not lose the rest of the scan: it becomes a diagnostic on the file. */
function parseSafely(parser: Parser, file: SourceFile): ParseResult {
  try {
    return parser.parse(file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      entries: [],
      diagnostics: [{ message: `the ${parser.kind} parser failed on this file: ${reason}`, span: lineSpan(1) }]
    }
  }
}

/**
 * Keys in the text: every token of a format found anywhere, and tokens of shared shapes whose context
 * says they are LLM credentials, with the provider that context names.
 */
function findKeyHits(file: SourceFile, catalog: ProviderCatalog): KeyHit[] {
  const inContext = catalog.scanForContext(file.text, keyContextFor(file.text, catalog))
  const found = catalog.scanText(file.text)
  const matches = inContext.length === 0 ? found : [...found, ...inContext].sort((a, b) => a.start - b.start)
  if (matches.length === 0) return []
  const lines = new LineIndex(file.text)
  return matches.map((m) => {
    const span = lines.span(m.start, m.end)
    return {
      file: file.path,
      span,
      token: m.token,
      provider: m.provider.id,
      format: m.format.id,
      line: lines.lineText(span.start.line)
    }
  })
}

/**
 * Facts with nothing for any rule: most files of a repository; the scan need not keep them. A configuration
 * file is kept even when it holds nothing, so reports can list it among the files read.
 */
export function isEmptyFacts(facts: FileFacts): boolean {
  return (
    facts.kind === 'text' &&
    facts.entries.length === 0 &&
    facts.diagnostics.length === 0 &&
    facts.keyHits.length === 0 &&
    facts.fingerprints.length === 0 &&
    facts.workflow === undefined &&
    (facts.envFiles?.length ?? 0) === 0
  )
}
