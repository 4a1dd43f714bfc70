import { parse as parseToml, TomlError } from 'smol-toml'
import type { Diagnostic, Entry, SourceFile, SourceKind, Span } from '../core/types.js'
import { LineIndex } from '../core/text.js'
import { afterBom, diagnosticAt, makeEntry } from './entry.js'

/**
 * TOML with positions. smol-toml validates the file (its errors carry line and column) but keeps no
 * positions, so a small scanner walks the same text and records where every key and value is written.
 * The scanner's string decoding is checked against smol-toml in the tests.
 */

/** One `key = value` with its full route: table headers, dotted keys, inline tables, array-of-tables indices. */
export interface TomlPair {
  readonly path: readonly (string | number)[]
  /** The last key segment as written (quotes included). */
  readonly keySpan: Span
  readonly valueSpan: Span
  /** The value exactly as written. */
  readonly raw: string
  /** `string`: `value` is decoded; `scalar` (number, boolean, date): `value` is the text as written; `array`: no value. */
  readonly type: 'string' | 'scalar' | 'array'
  readonly value?: string
}

/** A TOML file as pairs with positions, and the first syntax error if any. */
export interface TomlDocument {
  readonly pairs: readonly TomlPair[]
  /** At most one: smol-toml stops at the first error. */
  readonly diagnostics: readonly Diagnostic[]
}

/** Reads every key/value pair; in a malformed file, the pairs written before the error. */
export function readToml(text: string): TomlDocument {
  const lines = new LineIndex(text)
  const scanner = new TomlScanner(text)
  const scanned = scanner.scan()
  // smol-toml builds a table per part of a dotted key: a key of a million parts costs gigabytes, so it is not run.
  if (scanner.tooDeepAt !== undefined) {
    const at = scanner.tooDeepAt
    return { pairs: [], diagnostics: [diagnosticAt(lines, `a dotted key of more than ${MAX_KEY_PARTS} parts: the file was not read`, at, at + 1)] }
  }
  const error = validate(text)
  const errorOffset = error ? lines.offset(error) : Infinity
  const pairs = scanned
    .filter((p) => p.valueEnd <= errorOffset)
    .map((p) => toPair(lines, p))
  const diagnostics = error ? [diagnosticAt(lines, error.message, errorOffset, endOfCharacter(text, errorOffset))] : []
  return { pairs, diagnostics }
}

/** smol-toml's first error, with its message stripped of the code excerpt it appends. */
function validate(text: string): { line: number; column: number; message: string } | undefined {
  const bom = afterBom(text)
  try {
    // TOML has no lone-CR line ending; LineIndex has, so count them as LF (same length, same offsets).
    parseToml(text.slice(bom).replace(/\r(?!\n)/g, '\n'))
    return undefined
  } catch (error) {
    if (!(error instanceof TomlError)) return { line: 1, column: 1 + bom, message: `invalid TOML: ${String(error)}` }
    const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, 'invalid TOML: ')
    // smol-toml counted from after the BOM, so its first line is one column short.
    return { line: error.line, column: error.line === 1 ? error.column + bom : error.column, message }
  }
}

/** The error marks one character; at a line end or the end of the file it marks a point. */
const endOfCharacter = (text: string, offset: number): number =>
  offset >= text.length || text[offset] === '\n' || text[offset] === '\r' ? offset : offset + 1

/**
 * Entries for the pairs directly inside the tables that `tables` names, e.g. netlify's
 * `['context', ANY, 'environment']`. Values must be strings or scalars; arrays and deeper tables are
 * reported, since no environment variable can hold them.
 */
export function tableEntries(file: SourceFile, kind: SourceKind, doc: TomlDocument, tables: readonly EnvTable[]) {
  const entries: Entry[] = []
  const diagnostics: Diagnostic[] = []
  for (const pair of doc.pairs) {
    for (const table of tables) {
      const captured = matchPrefix(pair.path, table.path)
      if (captured === undefined) continue
      if (pair.path.length === table.path.length + 1 && pair.type !== 'array') {
        entries.push(pairEntry(file, kind, pair, table.scope(captured), table.meta))
      } else {
        const name = pair.path.slice(0, table.path.length + 1).join('.')
        diagnostics.push({ message: `\`${name}\` must be a string`, span: pair.valueSpan })
      }
    }
  }
  return { entries, diagnostics }
}

/** Matches any one key in an `EnvTable` path. */
export const ANY = Symbol('any key')

/** A table of environment variables in a TOML file and how its entries are filed. */
export interface EnvTable {
  readonly path: readonly (string | typeof ANY)[]
  /** The scope id, from the keys that `ANY` matched. */
  readonly scope: (captured: readonly string[]) => string
  readonly meta?: Entry['meta']
}

/** The keys `ANY` matched when `path` starts with `prefix`, else undefined. */
function matchPrefix(path: readonly (string | number)[], prefix: EnvTable['path']): string[] | undefined {
  if (path.length <= prefix.length) return undefined
  const captured: string[] = []
  for (const [i, want] of prefix.entries()) {
    const got = path[i]
    if (want === ANY && typeof got === 'string') captured.push(got)
    else if (want !== got) return undefined
  }
  return captured
}

/** An entry for one pair; the key is the last segment of its path. */
export function pairEntry(file: SourceFile, kind: SourceKind, pair: TomlPair, scope: string, meta?: Entry['meta']): Entry {
  return makeEntry({
    file: file.path,
    kind,
    scope,
    path: pair.path,
    key: String(pair.path[pair.path.length - 1]),
    keySpan: pair.keySpan,
    ...(pair.value === undefined ? {} : { value: pair.value }),
    valueSpan: pair.valueSpan,
    raw: pair.raw,
    ...(meta ? { meta } : {})
  })
}

/** A pair as offsets, before the file's line index turns them into spans. */
interface ScannedPair {
  readonly path: readonly (string | number)[]
  readonly keyStart: number
  readonly keyEnd: number
  readonly valueStart: number
  readonly valueEnd: number
  readonly type: TomlPair['type']
  readonly value?: string
}

function toPair(lines: LineIndex, p: ScannedPair): TomlPair {
  return {
    path: p.path,
    keySpan: lines.span(p.keyStart, p.keyEnd),
    valueSpan: lines.span(p.valueStart, p.valueEnd),
    raw: lines.text.slice(p.valueStart, p.valueEnd),
    type: p.type,
    ...(p.value === undefined ? {} : { value: p.value })
  }
}

interface KeySegment {
  readonly name: string
  readonly start: number
  readonly end: number
}

const BARE_KEY = /[A-Za-z0-9_-]+/y
/** Dotted keys and headers longer than this hold no setting we read. */
const MAX_KEY_PARTS = 64
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' }

/**
 * Walks TOML text (https://toml.io/en/v1.0.0, plus 1.1's multi-line inline tables and `\e`/`\x` escapes,
 * which smol-toml accepts). It never fails: on text it cannot read it moves to the next line, and leaves
 * the complaint to smol-toml.
 */
class TomlScanner {
  private pos: number
  private readonly pairs: ScannedPair[] = []
  /** The table of the last header; undefined under a header too deep to read. */
  private table: (string | number)[] | undefined = []
  /** Current element index of each array of tables, by its node. */
  private readonly arrayIndex = new Map<number, number>()
  /** Where the first key of more than {@link MAX_KEY_PARTS} parts starts, if any. */
  tooDeepAt: number | undefined
  /** Table nodes by parent node and name. */
  private readonly nodes = new Map<string, number>()

  constructor(private readonly text: string) {
    this.pos = afterBom(text)
  }

  scan(): ScannedPair[] {
    while (this.pos < this.text.length) {
      this.skipBlanks()
      const c = this.text[this.pos]
      if (c === '[') this.readHeader()
      else if (c !== undefined && !this.atLineEnd() && c !== '#') this.readKeyValue(this.table)
      this.skipToNextLine()
    }
    return this.pairs
  }

  /** `[a.b]` or `[[a.b]]`: sets the table that the following pairs belong to. */
  private readHeader(): void {
    const isArray = this.text[this.pos + 1] === '['
    this.pos += isArray ? 2 : 1
    this.skipBlanks()
    const start = this.pos
    const names = this.readKey().map((s) => s.name)
    if (names.length === 0) return
    // Deeper than any setting we read: its pairs are skipped (copying a huge path into each would be n²).
    if (names.length > MAX_KEY_PARTS) this.tooDeepAt ??= start
    this.table = names.length > MAX_KEY_PARTS ? undefined : this.resolveHeader(names, isArray)
  }

  /**
   * Inserts the current index after every array of tables the header passes through. Tables are nodes of a tree
   * keyed by their parent node and name, so a header of n parts costs n lookups (joining each prefix was n²); an
   * element of an array of tables is a node of its own, so arrays nested in the previous element start over.
   */
  private resolveHeader(names: readonly string[], isArray: boolean): (string | number)[] {
    const path: (string | number)[] = []
    let parent = 0
    names.forEach((name, i) => {
      path.push(name)
      const node = this.nodeId(parent, name)
      const last = i === names.length - 1
      const index = last && isArray ? (this.arrayIndex.get(node) ?? -1) + 1 : this.arrayIndex.get(node)
      if (last && isArray) this.arrayIndex.set(node, index!)
      if (index === undefined) parent = node
      else {
        path.push(index)
        parent = this.nodeId(node, index)
      }
    })
    return path
  }

  /** The id of the child `name` of node `parent` (0 is the root). */
  private nodeId(parent: number, name: string | number): number {
    const key = `${parent}\0${typeof name}\0${name}`
    let id = this.nodes.get(key)
    if (id === undefined) this.nodes.set(key, (id = this.nodes.size + 1))
    return id
  }

  private readKeyValue(table: readonly (string | number)[] | undefined): void {
    const start = this.pos
    const key = this.readKey()
    if (key.length > MAX_KEY_PARTS) this.tooDeepAt ??= start
    const last = key[key.length - 1]
    if (!last || table === undefined || key.length > MAX_KEY_PARTS) return
    this.skipBlanks()
    if (this.text[this.pos] !== '=') return
    this.pos++
    this.skipBlanks()
    this.readValue([...table, ...key.map((s) => s.name)], last)
  }

  /** A dotted key: `a`, `"a.b"`, `a . 'b' . c`. Empty when no key starts here. Parts past the cap are read, not kept. */
  private readKey(): KeySegment[] {
    const segments: KeySegment[] = []
    for (;;) {
      const segment = this.readKeySegment()
      if (!segment) return segments
      if (segments.length <= MAX_KEY_PARTS) segments.push(segment)
      this.skipBlanks()
      if (this.text[this.pos] !== '.') return segments
      this.pos++
      this.skipBlanks()
    }
  }

  private readKeySegment(): KeySegment | undefined {
    const start = this.pos
    const c = this.text[start]
    if (c === '"' || c === "'") {
      const name = this.readString()
      return name === undefined ? undefined : { name, start, end: this.pos }
    }
    BARE_KEY.lastIndex = start
    const bare = BARE_KEY.exec(this.text)?.[0]
    if (bare === undefined) return undefined
    this.pos += bare.length
    return { name: bare, start, end: this.pos }
  }

  private readValue(path: readonly (string | number)[], key: KeySegment): void {
    const start = this.pos
    const c = this.text[start]
    const record = (type: TomlPair['type'], value?: string) =>
      this.pairs.push({ path, keyStart: key.start, keyEnd: key.end, valueStart: start, valueEnd: this.pos, type, ...(value === undefined ? {} : { value }) })
    if (c === '"' || c === "'") {
      const value = this.readString()
      if (value !== undefined) record('string', value)
    } else if (c === '{') {
      this.readInlineTable(path)
    } else if (c === '[') {
      this.skipArray()
      record('array')
    } else {
      const value = this.readScalar()
      if (value !== '') record('scalar', value)
    }
  }

  /** `{ a = 1, b.c = "x" }`: each member becomes a pair of its own. */
  private readInlineTable(path: readonly (string | number)[]): void {
    this.pos++
    for (;;) {
      this.skipSpaceAndComments()
      const c = this.text[this.pos]
      if (c === undefined) return
      if (c === '}') {
        this.pos++
        return
      }
      if (c === ',') {
        this.pos++
        continue
      }
      const before = this.pos
      this.readKeyValue(path)
      if (this.pos === before) return
    }
  }

  /** Moves past an array, nested arrays and inline tables included, without recording its members. */
  private skipArray(): void {
    let depth = 0
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!
      if (c === '"' || c === "'") {
        if (this.readString() === undefined) return
        continue
      }
      if (c === '#') this.skipComment()
      else if (c === '[' || c === '{') depth++
      else if (c === ']' || c === '}') depth--
      this.pos++
      if (depth === 0) return
    }
  }

  /** Numbers, booleans and dates: up to a separator or a comment, blanks trimmed (a date may hold a space). */
  private readScalar(): string {
    const start = this.pos
    while (this.pos < this.text.length && !',]}#\n\r'.includes(this.text[this.pos]!)) this.pos++
    while (this.pos > start && (this.text[this.pos - 1] === ' ' || this.text[this.pos - 1] === '\t')) this.pos--
    return this.text.slice(start, this.pos)
  }

  /** Any of the four string forms, decoded; undefined (position unchanged) when it is not closed. */
  private readString(): string | undefined {
    const quote = this.text[this.pos]!
    const multiline = this.text.startsWith(quote.repeat(3), this.pos)
    const start = this.pos
    const body = this.pos + (multiline ? 3 : 1)
    const close = multiline ? this.findMultilineClose(body, quote) : this.findClose(body, quote)
    if (close === undefined) return undefined
    this.pos = close.end
    let content = this.text.slice(body, close.contentEnd)
    // A newline right after the opening delimiter is not part of the string (TOML spec, multi-line strings).
    if (multiline) content = content.replace(/^\r?\n/, '')
    if (quote === "'") return content
    const decoded = decodeBasic(content, multiline)
    if (decoded === undefined) this.pos = start
    return decoded
  }

  /** A one-line string ends at its first unescaped quote, on the same line. */
  private findClose(from: number, quote: string): { contentEnd: number; end: number } | undefined {
    for (let i = from; i < this.text.length; i++) {
      const c = this.text[i]
      if (c === '\n' || c === '\r') return undefined
      if (c === '\\' && quote === '"') i++
      else if (c === quote) return { contentEnd: i, end: i + 1 }
    }
    return undefined
  }

  /** A multi-line string ends at three quotes; one or two more right before them belong to the content. */
  private findMultilineClose(from: number, quote: string): { contentEnd: number; end: number } | undefined {
    for (let i = from; i < this.text.length; i++) {
      if (this.text[i] === '\\' && quote === '"') {
        i++
        continue
      }
      if (!this.text.startsWith(quote.repeat(3), i)) continue
      let end = i + 3
      while (end < i + 5 && this.text[end] === quote) end++
      return { contentEnd: end - 3, end }
    }
    return undefined
  }

  private skipBlanks(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++
  }

  /** Blanks, newlines and comments: what may separate the members of a (TOML 1.1) inline table. */
  private skipSpaceAndComments(): void {
    for (;;) {
      this.skipBlanks()
      const c = this.text[this.pos]
      if (c === '\n' || c === '\r') this.pos++
      else if (c === '#') this.skipComment()
      else return
    }
  }

  private skipComment(): void {
    while (this.pos < this.text.length && !this.atLineEnd()) this.pos++
  }

  private atLineEnd(): boolean {
    const c = this.text[this.pos]
    return c === '\n' || c === '\r'
  }

  /** Ignores the rest of the line (a comment, or text smol-toml will complain about) and steps past its end. */
  private skipToNextLine(): void {
    this.skipComment()
    if (this.text[this.pos] === '\r' && this.text[this.pos + 1] === '\n') this.pos++
    this.pos++
  }
}

/**
 * Decodes a basic string's escapes; in multi-line strings, a backslash at the end of a line also removes
 * the line break and the blanks that follow. Undefined for an escape TOML does not define.
 */
function decodeBasic(content: string, multiline: boolean): string | undefined {
  let invalid = false
  const decoded = content.replace(/\\(?:([btnfre"\\])|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})|([ \t]*(?:\r?\n)[\s]*)|[\s\S]?)/g, (whole, simple, u4, u8, x2, lineEnd) => {
    if (simple) return ESCAPES[simple]!
    const hex = u4 ?? u8 ?? x2
    if (hex) return String.fromCodePoint(parseInt(hex, 16))
    if (lineEnd !== undefined && multiline) return ''
    invalid = true
    return whole
  })
  return invalid ? undefined : decoded
}
