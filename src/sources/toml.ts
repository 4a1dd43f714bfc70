import { parse as validateToml, TomlError } from 'smol-toml'
import { TOML_PARSE_CAP_BYTES } from './limits.js'
import { ParseError, parseTOML, type AST } from 'toml-eslint-parser'
import { LineIndex } from '../core/text.js'
import type { Diagnostic, Entry, SourceFile, SourceKind, Span } from '../core/types.js'
import { afterBom, diagnosticAt, makeEntry } from './entry.js'

/**
 * TOML with positions. `toml-eslint-parser` gives the tree with the offset of every key and value and the
 * decoded strings; smol-toml checks the file first, and its first error (line, column and wording) is what a
 * broken file reports. The decoded strings are checked against smol-toml's in the tests.
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
  /** At most one: the parsers stop at the first error. */
  readonly diagnostics: readonly Diagnostic[]
}

/** Dotted keys and headers longer than this hold no setting we read. */
const MAX_KEY_PARTS = 64
/**
 * A key of more parts where a key may start (a line, after `[`, `[[`, `{` or `,`). Both parsers build a node or a
 * table per part (a key of half a million parts costs gigabytes), so such a file is not handed to them. Tried only
 * where a key may start, each attempt reads one key at most (linear in the file); a run of 65 dotted words after a
 * comma inside a string counts too, and no setting holds one.
 */
const TOO_DEEP_KEY = new RegExp(
  String.raw`(?:^|[{,])[ \t]*(?:\[\[?[ \t]*)?((?:(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')[ \t]*\.[ \t]*){${MAX_KEY_PARTS}}[A-Za-z0-9_"'-])`,
  'm'
)

/** Reads every key/value pair; in a malformed file, the pairs written before the error. */
export function readToml(text: string): TomlDocument {
  const lines = new LineIndex(text)
  const refuse = (message: string, at: number): TomlDocument => ({ pairs: [], diagnostics: [diagnosticAt(lines, message, at, at + 1)] })
  const deep = TOO_DEEP_KEY.exec(text)
  if (deep) return refuse(`a dotted key of more than ${MAX_KEY_PARTS} parts: the file was not read`, deep.index + deep[0].length - deep[1]!.length)
  if (text.length > TOML_PARSE_CAP_BYTES) {
    return refuse(`the file is larger than ${TOML_PARSE_CAP_BYTES / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`, 0)
  }
  // A BOM becomes a blank and a lone CR (no TOML line ending; LineIndex has it) a LF: same length, same offsets.
  const source = ' '.repeat(afterBom(text)) + text.slice(afterBom(text)).replace(/\r(?!\n)/g, '\n')
  const whole = parse(source)
  const error = validate(source, lines) ?? (whole instanceof Error ? treeError(whole) : undefined)
  if (error === undefined) return { pairs: whole instanceof Error ? [] : pairsOf(whole, lines, Infinity), diagnostics: [] }
  // The lines before the error's line still make a document of their own (unless a string opened there runs on).
  const tree = parse(source.slice(0, lines.offset({ line: lines.position(error.offset).line, column: 1 })))
  return {
    pairs: tree instanceof Error ? [] : pairsOf(tree, lines, error.offset),
    diagnostics: [diagnosticAt(lines, error.message, error.offset, endOfCharacter(text, error.offset))]
  }
}

/** The first error of a file and where it is. */
interface FirstError {
  readonly offset: number
  readonly message: string
}

/** smol-toml's first error, with its message stripped of the code excerpt it appends. */
function validate(source: string, lines: LineIndex): FirstError | undefined {
  try {
    validateToml(source)
    return undefined
  } catch (error) {
    if (!(error instanceof TomlError)) return { offset: 0, message: `invalid TOML: ${String(error)}` }
    const message = error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, 'invalid TOML: ')
    return { offset: lines.offset({ line: error.line, column: error.column }), message }
  }
}

/** The tree, or why it could not be built. TOML 1.1 (multi-line inline tables, `\e`, `\x`), which smol-toml reads too. */
function parse(source: string): AST.TOMLProgram | Error {
  try {
    return parseTOML(source, { tomlVersion: '1.1' })
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error))
  }
}

/** An error of toml-eslint-parser in a file smol-toml accepts: reported all the same, never a silent skip. */
function treeError(error: Error): FirstError {
  const message = error.message.charAt(0).toLowerCase() + error.message.slice(1)
  return { offset: error instanceof ParseError ? error.index : 0, message: `invalid TOML: ${message}` }
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

/**
 * The pairs of the tree in the order they are written, those whose value ends by `limit`. The members of an inline
 * table are pairs of their own; an array is one pair without a value.
 */
function pairsOf(tree: AST.TOMLProgram, lines: LineIndex, limit: number): TomlPair[] {
  const pairs: TomlPair[] = []
  const visit = (table: readonly (string | number)[], pair: AST.TOMLKeyValue): void => {
    const path = [...table, ...pair.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value))]
    const { value } = pair
    if (value.type === 'TOMLInlineTable') {
      for (const member of value.body) visit(path, member)
      return
    }
    if (value.range[1] > limit) return
    const raw = lines.text.slice(...value.range)
    const type = value.type === 'TOMLArray' ? 'array' : value.kind === 'string' ? 'string' : 'scalar'
    const decoded = value.type === 'TOMLArray' ? undefined : value.kind === 'string' ? value.value : raw
    pairs.push({
      path,
      keySpan: lines.span(...pair.key.keys.at(-1)!.range),
      valueSpan: lines.span(...value.range),
      raw,
      type,
      ...(decoded === undefined ? {} : { value: decoded })
    })
  }
  for (const node of tree.body[0].body) {
    if (node.type === 'TOMLKeyValue') visit([], node)
    else for (const pair of node.body) visit(node.resolvedKey, pair)
  }
  return pairs
}
