/**
 * The exact edit behind a finding's fix: which characters it replaces and with what. Pure, from the
 * descriptor's span and the entry as parsed (`valueSpan` covers `raw`, the value as written, quotes
 * included), so the file text the core has dropped is not needed.
 *
 * An edit is made only when it is certain to replace exactly the text the fix stands for; otherwise the
 * finding keeps its `fix` (advice) without an `edit`.
 */
import { decodedFromBase64 } from './base64.js'
import type { Entry, Span, TextEdit } from './types.js'

/** What a finding needs to know to place its fix: where it points, the entry, and the fix value. */
export interface EditSite {
  readonly span: Span
  readonly entry?: Entry
  readonly fix?: string
}

/** Quote characters a value may be written in; the edit replaces the text between them. */
const QUOTES = new Set(['"', "'", '`'])

/**
 * Characters a replacement may not carry: inside quotes they could close the quotes or start an escape or
 * an expansion (`$`); unquoted, they could start a comment or end the value. URLs, model names and
 * variable names never need them, so a fix holding one is left as advice.
 */
const UNSAFE_IN_PLACE = /[\s"'`\\$#]/

export function editFor({ span, entry, fix }: EditSite): TextEdit | undefined {
  if (fix === undefined || fix === '' || entry === undefined || entry.commented || UNSAFE_IN_PLACE.test(fix)) return undefined
  if (span.start.line !== span.end.line) return undefined
  const width = span.end.column - span.start.column
  // A rename (`env-name-unused`): the finding points at the name, which must be written bare.
  if (sameSpan(span, entry.keySpan)) return width === entry.key.length ? { range: span, replacement: fix } : undefined
  // A value decoded from base64 (a Secret's `data`) is not written as itself: a fix in its place would be plain text.
  if (!entry.valueSpan || !sameSpan(span, entry.valueSpan) || entry.form !== 'literal' || decodedFromBase64(entry)) return undefined
  const { raw, value } = entry
  if (raw === undefined || value === undefined || width !== raw.length) return undefined
  if (raw === value) return { range: span, replacement: fix }
  // Quoted as written, the quotes removed by the format: keep the quotes, replace the text between them.
  const quote = raw[0]!
  if (raw.length >= 2 && QUOTES.has(quote) && raw.endsWith(quote) && raw.slice(1, -1) === value) {
    return {
      range: { start: { line: span.start.line, column: span.start.column + 1 }, end: { line: span.end.line, column: span.end.column - 1 } },
      replacement: fix
    }
  }
  return undefined
}

const sameSpan = (a: Span, b: Span): boolean =>
  a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column
