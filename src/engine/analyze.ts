import { extractFingerprints } from '../clients/fingerprints.js'
import type { ProviderCatalog, TextKeyMatch } from '../providers/types.js'
import { chooseParser, type ParserChoice } from '../sources/index.js'
import type { Parser } from '../sources/types.js'
import { PARSE_CAP_BYTES } from '../sources/limits.js'
import { findIgnoreDirectives } from '../core/ignores.js'
import { decodedFromBase64 } from '../core/base64.js'
import { keyContextFor } from './key-context.js'
import { LineIndex, lineSpan } from '../core/text.js'
import type { Diagnostic, Entry, FileFacts, KeyHit, ParseResult, SourceFile } from '../core/types.js'

const BOM = '\uFEFF'

/**
 * The pure analysis of one file: its text in, the facts the rules need out (entries, diagnostics, key hits, ignore
 * directives, client fingerprints, and for a fix's corrected line the lines settings sit on, or the whole text when
 * it holds little besides its settings). The rest of the text is not kept, so memory follows the settings found, not
 * the size of the repository. No I/O and no state: the same text always gives the same facts, wherever it runs.
 */
export function analyzeFile(file: SourceFile, catalog: ProviderCatalog): FileFacts {
  const text = file.text.startsWith(BOM) ? file.text.slice(1) : file.text
  const source = { path: file.path, text }
  const choice = chooseParser(file.path, text)
  const parsed: ParseResult = choice ? parseWithinCap(choice.parser, source) : { entries: [], diagnostics: [] }
  const keyHits = [...findKeyHits(source, catalog), ...decodedKeyHits(file.path, parsed.entries, catalog)]
  // Findings stand on an entry, a key hit or a diagnostic of their file: a file with none needs no directives
  // searched for (nearly every file of a tree, and a search through all of its text).
  const reportable = keyHits.length > 0 || parsed.entries.length > 0 || parsed.diagnostics.length > 0
  return {
    path: file.path,
    kind: choice?.parser.kind ?? 'text',
    ...(choice && { matchedBy: choice.matchedBy }),
    entries: parsed.entries,
    diagnostics: parsed.diagnostics,
    keyHits,
    ignores: reportable ? findIgnoreDirectives(text) : [],
    ...(parsed.workflow ? { workflow: parsed.workflow } : {}),
    ...(parsed.envFiles ? { envFiles: parsed.envFiles } : {}),
    fingerprints: parsed.fingerprints ? [...extractFingerprints(source), ...parsed.fingerprints] : extractFingerprints(source),
    ...(parsed.entries.length > 0 && keptLines(text, parsed.entries))
  }
}

/** Characters of text kept whole per setting, at most: a dotenv file's lines are a few dozen each. */
const KEPT_TEXT_PER_SETTING = 256

/**
 * What a fix's corrected line is cut from: the text itself when it is not much longer than its settings (most
 * configuration files; keeping it copies nothing, where cutting out its lines cost a tenth of a small file's
 * analysis), else the lines its settings sit on.
 */
function keptLines(text: string, entries: readonly Entry[]): Pick<FileFacts, 'text' | 'lines'> {
  return text.length <= KEPT_TEXT_PER_SETTING * entries.length ? { text } : { lines: settingLines(text, entries) }
}

/** The lines an edit can land on: an active setting's name, and its value when written on one line. */
export function settingLines(text: string, entries: readonly Entry[]): ReadonlyMap<number, string> {
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

/** The facts of a file a parser would read but that is over the parse cap: its kind, and a note saying so. */
export function unparsedFacts(choice: ParserChoice, size: number): Pick<FileFacts, 'kind' | 'matchedBy' | 'diagnostics'> {
  return { kind: choice.parser.kind, matchedBy: choice.matchedBy, diagnostics: [overCapNote(size)] }
}

const overCapNote = (size: number): Diagnostic => ({
  message: `not parsed: at ${megabytes(size)} it is over the ${megabytes(PARSE_CAP_BYTES)} limit for a full parse, so it was only scanned for keys`,
  span: lineSpan(1),
  severity: 'note'
})

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`

/** A parse, unless the text is over the cap (then a note); a parser bug must not lose the rest of the scan. */
function parseWithinCap(parser: Parser, file: SourceFile): ParseResult {
  if (file.text.length > PARSE_CAP_BYTES) return { entries: [], diagnostics: [overCapNote(file.text.length)] }
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
 * Keys in a text, in order: every token of a format found anywhere, and tokens of shared shapes whose context
 * says they are LLM credentials, with the provider that context names.
 */
export function keyMatches(text: string, catalog: ProviderCatalog): TextKeyMatch[] {
  return catalog.scanKeys(text, keyContextFor(text, catalog))
}

function findKeyHits(file: SourceFile, catalog: ProviderCatalog): KeyHit[] {
  const matches = keyMatches(file.text, catalog)
  if (matches.length === 0) return []
  const lines = new LineIndex(file.text)
  return matches.map((m) => {
    const span = lines.span(m.start, m.end)
    return keyHit(file.path, m, span, lines.lineText(span.start.line))
  })
}

/**
 * Keys inside values the parser decoded (a Kubernetes Secret's `data`, base64), which the scan of the text cannot see:
 * each points at the encoded token as written. The value is scanned as its setting, `NAME: value`, so a shared shape
 * is judged by the name it is assigned to, as it would be in plain text. A value read by several scopes is scanned once.
 */
function decodedKeyHits(path: string, entries: readonly Entry[], catalog: ProviderCatalog): KeyHit[] {
  const hits = new Map<string, KeyHit>()
  for (const entry of entries) {
    if (!decodedFromBase64(entry) || entry.value === undefined || entry.valueSpan === undefined) continue
    const setting = `${entry.key}: ${entry.value}`
    for (const m of keyMatches(setting, catalog)) {
      const at = `${entry.valueSpan.start.line}:${entry.valueSpan.start.column}\0${m.token}`
      const lineStart = setting.lastIndexOf('\n', m.start) + 1
      const lineEnd = setting.indexOf('\n', m.end)
      if (!hits.has(at)) hits.set(at, keyHit(path, m, entry.valueSpan, setting.slice(lineStart, lineEnd === -1 ? undefined : lineEnd)))
    }
  }
  return [...hits.values()]
}

/** A key hit from a match, its place and the text of its line. */
export const keyHit = (file: string, m: TextKeyMatch, span: KeyHit['span'], line: string): KeyHit => ({
  file,
  span,
  token: m.token,
  provider: m.provider.id,
  format: m.format.id,
  ...(m.byShape && { byShape: true as const }),
  line
})

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
