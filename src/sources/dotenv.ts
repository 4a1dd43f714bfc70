import type { Diagnostic, Entry, SourceFile } from '../core/types.js'
import { LineIndex } from '../core/text.js'
import { interner, memoize } from '../core/memo.js'
import type { Parser } from './types.js'
import { afterBom, diagnosticAt, effectiveValue, valueShape } from './entry.js'

/**
 * dotenv files, read the way the `dotenv` package reads them (Next.js, and so NextChat, loads `.env*`
 * through it), with two deliberate differences that follow docker compose and the shell instead:
 * - an unquoted value's inline comment starts at a `#` preceded by whitespace (`KEY=abc#def` keeps `abc#def`;
 *   dotenv cuts at any `#`); compose-spec `env_file` format: "inline comments for unquoted values must be
 *   preceded with a space";
 * - the YAML-like `KEY: value` form that dotenv also accepts is not an assignment here.
 * And one limit: the value starts on the line of its `=` (dotenv's regex lets a quoted value begin on the next line).
 */
export const dotenvParser: Parser = {
  kind: 'dotenv',
  parse: parseDotenv
}

/** Keys as dotenv accepts them (`[\w.-]+`): the offset past the key starting at `from` (`from` itself when none does). */
function keyEnd(text: string, from: number): number {
  let i = from
  while (isKeyChar(text.charCodeAt(i))) i++
  return i
}

const isKeyChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45
/** Text after `#` counts as a commented-out assignment only with a conventional env name, so prose stays prose. */
const COMMENTED_KEY = /^_*[A-Z][A-Z0-9_]*$/

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t'
const isLineEnd = (c: string | undefined): boolean => c === '\n' || c === '\r' || c === undefined

/** Offset of the line ending at or after `from` (or the end of the text). */
function endOfLine(text: string, from: number): number {
  let i = from
  while (!isLineEnd(text[i])) i++
  return i
}

/** Offset of the start of the next line after the line ending at `lineEnd`. */
function nextLine(text: string, lineEnd: number): number {
  if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') return lineEnd + 2
  return Math.min(text.length, lineEnd + 1)
}

function skipBlanks(text: string, from: number): number {
  let i = from
  while (isBlank(text[i])) i++
  return i
}

/** One `KEY=value` read from the text, as offsets. */
interface Assignment {
  readonly key: string
  readonly keyStart: number
  readonly value: string
  /** Range of the value as written, quotes included. */
  readonly valueStart: number
  readonly valueEnd: number
  /** Offset of an opening quote that no quote closes (dotenv then reads the line as unquoted). */
  readonly unterminatedQuote?: number
  /** End of the last line the assignment occupies. */
  readonly lineEnd: number
  /** Blanks between `=` and an unquoted value. */
  readonly blankAfterEquals?: boolean
}

/**
 * Reads `[export ]KEY=value` at `from`. Quoted values may span lines unless `singleLine` (commented-out
 * assignments never continue onto the next line, which is not part of the comment).
 */
function readAssignment(text: string, from: number, singleLine: boolean): Assignment | undefined {
  let p = skipBlanks(text, from)
  if (text.startsWith('export', p) && isBlank(text[p + 6])) p = skipBlanks(text, p + 6)
  const keyStart = p
  const end = keyEnd(text, p)
  if (end === p) return undefined
  p = skipBlanks(text, end)
  // Cut only once an `=` makes it a key: a comment in prose (`# service 1`) has none.
  if (text[p] !== '=') return undefined
  const key = text.slice(keyStart, end)
  const valueStart = skipBlanks(text, p + 1)
  const lineEnd = endOfLine(text, valueStart)
  const quoted = readQuoted(text, valueStart, singleLine ? lineEnd : text.length)
  if (quoted) return { key, keyStart, valueStart, value: quoted.value, valueEnd: quoted.valueEnd, lineEnd: quoted.lineEnd }
  const unquoted = readUnquoted(text, valueStart, lineEnd)
  const assignment: { -readonly [F in keyof Assignment]: Assignment[F] } = { key, keyStart, valueStart, value: unquoted.value, valueEnd: unquoted.valueEnd, lineEnd }
  if (isQuote(text[valueStart]) && !hasQuoteOnLine(text, valueStart, lineEnd)) assignment.unterminatedQuote = valueStart
  // dotenv trims it; `docker run --env-file` keeps it as part of the value.
  if (valueStart > p + 1 && unquoted.valueEnd > valueStart) assignment.blankAfterEquals = true
  return assignment
}

const isQuote = (c: string | undefined): c is '"' | "'" | '`' => c === '"' || c === "'" || c === '`'

function hasQuoteOnLine(text: string, open: number, lineEnd: number): boolean {
  return text.slice(open + 1, lineEnd).includes(text[open]!)
}

/**
 * A quoted value starting at `open`, as dotenv's regex `"(?:\\"|[^"])*"` followed by `\s*(#.*)?$` finds it:
 * the closing quote is the first quote not preceded by a backslash, or an earlier `\"` when only that one
 * is followed by the end of the line or a comment (the regex backtracks to it).
 */
function readQuoted(text: string, open: number, limit: number) {
  const quote = text[open]
  if (!isQuote(quote)) return undefined
  const candidates: number[] = []
  for (let i = open + 1; i < limit; i++) {
    if (text[i] !== quote) continue
    candidates.push(i)
    if (text[i - 1] !== '\\') break
  }
  const close = candidates.reverse().find((c) => endsLine(text, c + 1))
  if (close === undefined) return undefined
  const content = text.slice(open + 1, close).replace(/\r\n?/g, '\n')
  return {
    value: quote === '"' ? expandNewlineEscapes(content) : content,
    valueEnd: close + 1,
    lineEnd: endOfLine(text, close + 1)
  }
}

/** Only blanks, then either a comment or the end of the line. */
function endsLine(text: string, from: number): boolean {
  const p = skipBlanks(text, from)
  return text[p] === '#' || isLineEnd(text[p])
}

/** dotenv expands exactly `\n` and `\r` in double-quoted values; `\"` and `\\` stay as written. */
const expandNewlineEscapes = (value: string): string => value.replace(/\\n/g, '\n').replace(/\\r/g, '\r')

/**
 * An unquoted value: up to a comment or the end of the line, blanks trimmed. A value that starts with a
 * quote lands here when no closing quote ends the line (`"abc" junk`, `"abc`); like dotenv, matching
 * outer quotes are then still removed.
 */
function readUnquoted(text: string, start: number, lineEnd: number) {
  let end = start
  while (end < lineEnd && !(text[end] === '#' && (end === start || isBlank(text[end - 1])))) end++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  const written = text.slice(start, end)
  const quote = written[0]
  const enclosed = written.length >= 2 && isQuote(quote) && written.endsWith(quote)
  const inner = enclosed ? written.slice(1, -1) : written
  return { value: quote === '"' ? expandNewlineEscapes(inner) : inner, valueEnd: end }
}

/** A commented-out assignment: `# KEY=value`, `#KEY=value`, `## export KEY=value`. */
function readCommented(text: string, from: number): Assignment | undefined {
  let p = skipBlanks(text, from)
  if (text[p] !== '#') return undefined
  while (text[p] === '#') p++
  const assignment = readAssignment(text, p, true)
  return assignment && COMMENTED_KEY.test(assignment.key) ? assignment : undefined
}

function parseDotenv(file: SourceFile) {
  const { text } = file
  const lines = new LineIndex(text)
  const entries: Entry[] = []
  const diagnostics: Diagnostic[] = []
  /** Values of earlier live assignments, for `${VAR}` expansion (dotenv-expand, compose). */
  const vars = new Map<string, string>()
  let pos = afterBom(text)
  while (pos < text.length) {
    const commented = readCommented(text, pos)
    const assignment = commented ?? readAssignment(text, pos, false)
    if (!assignment) {
      pos = nextLine(text, endOfLine(text, pos))
      continue
    }
    const entry = toEntry(file.path, lines, assignment, commented !== undefined, vars)
    entries.push(entry)
    if (!commented) remember(vars, entry)
    if (!commented && assignment.unterminatedQuote !== undefined) {
      diagnostics.push(diagnosticAt(lines, 'unterminated quote: the value is read up to the end of the line', assignment.unterminatedQuote, assignment.lineEnd))
    }
    pos = nextLine(text, assignment.lineEnd)
  }
  return { entries, diagnostics }
}

/** The entry of an assignment, built directly (a file of settings makes thousands; see `makeEntry`). */
function toEntry(file: string, lines: LineIndex, a: Assignment, commented: boolean, vars: ReadonlyMap<string, string>): Entry {
  const shape = valueShape(a.value, false, vars)
  const key = intern(a.key)
  const value = intern(a.value)
  const entry: { -readonly [F in keyof Entry]: Entry[F] } = {
    file,
    kind: 'dotenv',
    scope: file,
    path: pathOf(key),
    key,
    keySpan: lines.span(a.keyStart, a.keyStart + key.length),
    value,
    valueSpan: lines.span(a.valueStart, a.valueEnd),
    // A value read as written (most are) is the same string; quotes and escapes only ever shorten it.
    raw: value.length === a.valueEnd - a.valueStart ? value : lines.text.slice(a.valueStart, a.valueEnd),
    form: shape.form
  }
  if (shape.ref !== undefined) entry.ref = shape.ref
  if (shape.resolved !== undefined) entry.resolved = shape.resolved
  if (commented) entry.commented = true
  if (a.blankAfterEquals) entry.meta = BLANK_AFTER_EQUALS
  return entry
}

const BLANK_AFTER_EQUALS = { blankAfterEquals: true }

/** Names and values repeat across a tree's dotenv files: each distinct one is held once. */
const intern = interner()
/** So is the path of a name (an entry's path is never changed). */
const pathOf = memoize((key: string): readonly string[] => [key])

/** Later `$NAME` uses see this value; an unresolvable one makes them unresolvable too. */
function remember(vars: Map<string, string>, entry: Entry): void {
  const value = effectiveValue(entry)
  if (value === undefined) vars.delete(entry.key)
  else vars.set(entry.key, value)
}
