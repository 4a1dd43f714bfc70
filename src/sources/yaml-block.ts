/**
 * A fast path for the YAML configuration files are mostly written in: block mappings and sequences whose scalars are
 * plain or quoted on one line, or `|` / `>` blocks, one-line flow sequences of scalars and `{}`, with comments between.
 * It builds the nodes the `yaml` package composes (the same values, types, scalar styles, sources and value ranges),
 * several times faster on a cold start, where the package's generator-based lexer runs interpreted for most of a scan.
 * Anything else (anchors, aliases, tags, flow mappings with keys, nested or multi-line flow collections, multi-line or
 * escaped scalars, quoted keys, directives and document markers, tabs, CR line ends, nesting past MAX_DEPTH, any text
 * the package would report an error in) gives undefined, and the package parses the file.
 *
 * Collections' ranges, and the third offset of every range (where a node's trailing comments end), are the fast
 * path's own: nothing reads them. __tests__/sources/yaml-block.test.ts compares both paths on every YAML text the
 * tests hold and on mutations of them.
 */
import { Document, isScalar, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ParsedNode, type ScalarTag } from 'yaml'

/** What the YAML parsers read of a parsed document. */
export type ParsedYaml = Pick<Document.Parsed, 'contents' | 'errors'>

/** Thrown inside the reader when the text leaves the subset; caught at the top. */
const UNSUPPORTED = Symbol('unsupported')

/** Characters outside the subset anywhere in the text: tabs, CR, other controls, BOM, line and paragraph separators. */
const UNSUPPORTED_CHARACTER = /[\0-\t\v-\x1f\x7f\ufeff\u2028\u2029]/
/** Characters a plain scalar cannot start with (YAML's indicators); `-` is checked apart (it may start `-1`). */
const INDICATORS = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`'])
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?: |$)/
/** Characters that end or nest a flow collection's items. */
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}'])
/** The `yaml` package rejects an implicit key whose `:` is further than this past its start (or the end of the node before it). */
const MAX_KEY_LENGTH = 1024
/**
 * Collections nested deeper go to the package: it composes them recursively and reports an error where its stack runs
 * out (near 900 levels of block mappings with Node's default stack, 330 with 400 KiB), which the fast path would not.
 */
const MAX_DEPTH = 100

/** The block YAML of `text` as the `yaml` package composes it, or undefined when the text leaves the fast path's subset. */
export function parseBlockYaml(text: string, options: { readonly merge: boolean }): ParsedYaml | undefined {
  if (UNSUPPORTED_CHARACTER.test(text)) return undefined
  try {
    return { contents: new BlockReader(text, schemaFor(options.merge)).document() as ParsedNode | null, errors: [] }
  } catch {
    // Outside the subset, or nested past the stack: the package decides.
    return undefined
  }
}

type Schema = Document['schema']
const schemas = new Map<boolean, Schema>()
/** The package's own schema (core, YAML 1.2), so plain scalars resolve by its tags: one home for what `true` or `0x1F` is. */
function schemaFor(merge: boolean): Schema {
  let schema = schemas.get(merge)
  if (schema === undefined) schemas.set(merge, (schema = new Document(null, { merge }).schema))
  return schema
}

interface Line {
  readonly start: number
  /** Where the line ends, before its `\n`. */
  readonly end: number
  /** Leading spaces. */
  readonly indent: number
  /** Neither blank nor a comment. */
  readonly content: boolean
}

class BlockReader {
  private readonly lines: Line[] = []
  /** The line after the last one consumed. */
  private next = 0
  /** Collections open around the one being read. */
  private depth = 0

  constructor(
    private readonly text: string,
    private readonly schema: Schema
  ) {
    for (let start = 0; start <= text.length; ) {
      const newline = text.indexOf('\n', start)
      const end = newline === -1 ? text.length : newline
      let indent = start
      while (indent < end && text.charCodeAt(indent) === 32) indent++
      this.lines.push({ start, end, indent: indent - start, content: indent < end && text[indent] !== '#' })
      start = end + 1
    }
  }

  document(): Node | null {
    const first = this.contentFrom(0)
    if (first === undefined) return null
    for (const line of this.lines) {
      // Directives and document markers: streams of several documents go to the package.
      if (this.text[line.start] === '%' || DOCUMENT_MARKER.test(this.text.slice(line.start, Math.min(line.end, line.start + 4)))) throw UNSUPPORTED
    }
    const root = this.collection(first, this.lines[first]!.indent)
    if (this.contentFrom(this.next) !== undefined) throw UNSUPPORTED
    return root
  }

  /** The first content line at or after `from`. */
  private contentFrom(from: number): number | undefined {
    for (let i = from; i < this.lines.length; i++) if (this.lines[i]!.content) return i
    return undefined
  }

  private isSequenceItem(line: number, column: number): boolean {
    const at = this.lines[line]!.start + column
    return this.text[at] === '-' && this.isBreakOrSpace(at + 1, line)
  }

  private isBreakOrSpace(at: number, line: number): boolean {
    return at >= this.lines[line]!.end || this.text[at] === ' '
  }

  /** A block sequence or mapping whose first item or key is on `line` at `column`; `firstKey` as for `mapping`. */
  private collection(line: number, column: number, firstKey?: number): YAMLMap | YAMLSeq {
    if (++this.depth > MAX_DEPTH) throw UNSUPPORTED
    const collection = firstKey === undefined && this.isSequenceItem(line, column) ? this.sequence(line, column) : this.mapping(line, column, firstKey)
    this.depth--
    return collection
  }

  private sequence(first: number, column: number): YAMLSeq {
    const seq = new YAMLSeq()
    const start = this.lines[first]!.start + column
    for (let line = first; ; ) {
      const { start: lineStart, end } = this.lines[line]!
      const at = this.skipSpaces(lineStart + column + 1, end)
      if (this.text[at] === '-' && this.isBreakOrSpace(at + 1, line)) throw UNSUPPORTED
      const key = at < end && this.text[at] !== '#' ? this.keyAt(line, at) : undefined
      seq.items.push(key !== undefined ? this.collection(line, at - lineStart, key) : this.value(line, at, column, false))
      const following = this.contentFrom(this.next)
      if (following === undefined) break
      const indent = this.lines[following]!.indent
      if (indent === column && this.isSequenceItem(following, column)) line = following
      else if (indent <= column) break
      else throw UNSUPPORTED
    }
    return finish(seq, start)
  }

  /** A block mapping whose first key is on `first` at `column`; `firstKey` when the caller already found it. */
  private mapping(first: number, column: number, firstKey?: number): YAMLMap {
    const map = new YAMLMap()
    const start = this.lines[first]!.start + column
    for (let line = first, colon = firstKey; ; ) {
      const keyStart = this.lines[line]!.start + column
      colon ??= this.keyAt(line, keyStart)
      if (colon === undefined) throw UNSUPPORTED
      const key = this.plain(keyStart, trimEnd(this.text, keyStart, colon), true)
      map.items.push(new Pair(key, this.value(line, this.skipSpaces(colon + 1, this.lines[line]!.end), column, true)))
      const following = this.contentFrom(this.next)
      if (following === undefined) break
      const indent = this.lines[following]!.indent
      if (indent === column && !this.isSequenceItem(following, column)) {
        line = following
        colon = undefined
      } else if (indent < column) break
      else throw UNSUPPORTED
    }
    return finish(map, start)
  }

  /**
   * Where the plain key starting at `at` ends in `: ` (or `:` at the line's end), or undefined when the line holds no
   * such key there (a scalar, a comment, or a key the subset leaves to the package).
   */
  private keyAt(line: number, at: number): number | undefined {
    const { start, end } = this.lines[line]!
    if (!this.mayStartPlain(at, line)) return undefined
    for (let i = at; i < end; i++) {
      const c = this.text[i]
      if (c === '#' && this.text[i - 1] === ' ') return undefined
      if (c === ':' && this.isBreakOrSpace(i + 1, line)) {
        // The package counts up to the `:` from where the node before the key ends: at the furthest, the line break before it.
        if (i - start >= MAX_KEY_LENGTH) throw UNSUPPORTED
        return i
      }
    }
    return undefined
  }

  private mayStartPlain(at: number, line: number): boolean {
    const c = this.text[at]!
    return !INDICATORS.has(c) && !(c === '-' && this.isBreakOrSpace(at + 1, line))
  }

  /**
   * The node after a key's `:` or an item's `-`, from `at` (past the spaces) on `line`: a scalar there, else a nested
   * collection on the lines below (more indented than `parent`, or a sequence at its indent under a key), else null.
   */
  private value(line: number, at: number, parent: number, underKey: boolean): Node {
    const { end } = this.lines[line]!
    this.next = line + 1
    if (at < end && this.text[at] !== '#') {
      const c = this.text[at]!
      const scalar =
        c === '|' || c === '>' ? this.blockScalar(line, at, parent)
        : c === '"' || c === "'" ? this.lineEnds(line, this.quoted(line, at))
        : c === '[' || c === '{' ? this.lineEnds(line, this.flow(line, at))
        : this.plainValue(line, at)
      const following = this.contentFrom(this.next)
      // A more indented line after a one-line scalar continues it (a multi-line scalar) or is an error.
      if (following !== undefined && this.lines[following]!.indent > parent) throw UNSUPPORTED
      return scalar
    }
    const following = this.contentFrom(this.next)
    if (following !== undefined) {
      const indent = this.lines[following]!.indent
      if (indent > parent || (underKey && indent === parent && this.isSequenceItem(following, indent))) return this.collection(following, indent)
    }
    return this.plain(at, at, false)
  }

  private plainValue(line: number, at: number): Scalar {
    const { end } = this.lines[line]!
    if (!this.mayStartPlain(at, line)) throw UNSUPPORTED
    let stop = end
    for (let i = at; i < end; i++) {
      const c = this.text[i]
      if (c === '#' && this.text[i - 1] === ' ') {
        stop = i
        break
      }
      // `a: b: c` (a mapping in a one-line value) is an error the package reports.
      if (c === ':' && this.isBreakOrSpace(i + 1, line)) throw UNSUPPORTED
    }
    return this.plain(at, trimEnd(this.text, at, stop), false)
  }

  /** A plain scalar of `text[start, end)`, resolved by the schema's tags as the package resolves it. */
  private plain(start: number, end: number, atKey: boolean): Scalar {
    const source = this.text.slice(start, end)
    const tag = this.schema.tags.find((t): t is ScalarTag => !t.collection && (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source) === true)
    let scalar: Scalar
    if (tag === undefined) scalar = new Scalar(source)
    else {
      const resolved: unknown = tag.resolve(source, () => {
        throw UNSUPPORTED
      }, {})
      scalar = isScalar(resolved) ? resolved : new Scalar(resolved)
      if (tag.format) scalar.format = tag.format
    }
    return withPlace(scalar, source, Scalar.PLAIN, start, end)
  }

  /** A quoted scalar closed on its line, without escapes. */
  private quoted(line: number, at: number): Scalar {
    const { end } = this.lines[line]!
    const quote = this.text[at]
    let close = at + 1
    for (; close < end; close++) {
      const c = this.text[close]
      if (quote === '"' && c === '\\') throw UNSUPPORTED
      if (c !== quote) continue
      // `''` is a quote inside single quotes.
      if (quote === "'" && this.text[close + 1] === "'") close++
      else break
    }
    if (close >= end) throw UNSUPPORTED
    const inner = this.text.slice(at + 1, close)
    const value = quote === "'" ? inner.replaceAll("''", "'") : inner
    return withPlace(new Scalar(value), value, quote === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, at, close + 1)
  }

  /**
   * A flow collection on one line: `{}`, or a sequence of plain or quoted scalars (`[main]`, `["CMD", "x"]`, `[]`); nested
   * collections, pairs and flow mappings with keys go to the package.
   */
  private flow(line: number, at: number): YAMLSeq | YAMLMap {
    const { end } = this.lines[line]!
    if (this.text[at] === '{') {
      const close = this.skipSpaces(at + 1, end)
      if (this.text[close] !== '}') throw UNSUPPORTED
      return withFlowPlace(new YAMLMap(), at, close + 1)
    }
    const seq = new YAMLSeq()
    let i = this.skipSpaces(at + 1, end)
    while (this.text[i] !== ']') {
      const item = this.text[i] === '"' || this.text[i] === "'" ? this.quoted(line, i) : this.flowPlain(line, i)
      seq.items.push(item)
      i = this.skipSpaces(item.range![1], end)
      if (this.text[i] === ',') i = this.skipSpaces(i + 1, end)
      else if (this.text[i] !== ']') throw UNSUPPORTED
    }
    return withFlowPlace(seq, at, i + 1)
  }

  /** A plain scalar inside a flow sequence: up to a `,` or `]`, on the same line. */
  private flowPlain(line: number, at: number): Scalar {
    const { end } = this.lines[line]!
    // `-` before a `,` or `]` is a block sequence's indicator to the package (an error), not a scalar.
    if (at >= end || FLOW_INDICATORS.has(this.text[at]!) || !this.mayStartPlain(at, line) || (this.text[at] === '-' && FLOW_INDICATORS.has(this.text[at + 1]!))) throw UNSUPPORTED
    let stop = at
    for (; stop < end; stop++) {
      const c = this.text[stop]!
      if (c === ',' || c === ']') break
      // A comment, a line that goes on, a pair or a nested collection: the package's.
      if ((c === '#' && this.text[stop - 1] === ' ') || FLOW_INDICATORS.has(c) || (c === ':' && /[\s,\]]/.test(this.text[stop + 1] ?? ' '))) throw UNSUPPORTED
    }
    if (stop >= end) throw UNSUPPORTED
    return this.plain(at, trimEnd(this.text, at, stop), false)
  }

  /** `node` if nothing but spaces and a comment follows it on its line. */
  private lineEnds<T extends Node>(line: number, node: T): T {
    const { end } = this.lines[line]!
    const close = node.range![1]
    const after = this.skipSpaces(close, end)
    if (after < end && !(this.text[after] === '#' && after > close)) throw UNSUPPORTED
    return node
  }

  /**
   * A `|` or `>` block with clip or strip chomping (`-`): its lines are those below indented more than `parent`, at the
   * indent of the first. Keep chomping, indentation indicators, blank lines ahead of the first line or with more spaces
   * than the block's indent, and more-indented lines in a folded block go to the package.
   */
  private blockScalar(line: number, at: number, parent: number): Scalar {
    const { end } = this.lines[line]!
    const folded = this.text[at] === '>'
    let header = at + 1
    const strip = this.text[header] === '-'
    if (strip) header++
    const afterHeader = this.skipSpaces(header, end)
    if (afterHeader < end && !(this.text[afterHeader] === '#' && afterHeader > header)) throw UNSUPPORTED
    const first = line + 1
    const firstLine = this.lines[first]
    const blank = (l: Line): boolean => l.indent === l.end - l.start
    let last = line
    let indent = 0
    if (firstLine !== undefined && !blank(firstLine) && firstLine.indent > parent) {
      indent = firstLine.indent
      for (let i = first; i < this.lines.length; i++) {
        const l = this.lines[i]!
        if (blank(l)) {
          if (l.indent > indent) throw UNSUPPORTED
          continue
        }
        if (l.indent < indent) {
          if (l.indent > parent) throw UNSUPPORTED
          break
        }
        if (folded && l.indent > indent) throw UNSUPPORTED
        last = i
      }
    } else if (firstLine !== undefined && blank(firstLine)) throw UNSUPPORTED
    const body = this.lines.slice(first, last + 1).map((l) => (blank(l) ? '' : this.text.slice(l.start + indent, l.end)))
    const joined = folded ? fold(body) : body.join('\n')
    const value = body.length === 0 ? '' : strip ? joined : `${joined}\n`
    const rangeEnd = last === line ? Math.min(end + 1, this.text.length) : Math.min(this.lines[last]!.end + 1, this.text.length)
    this.next = last + 1
    return withPlace(new Scalar(value), value, folded ? Scalar.BLOCK_FOLDED : Scalar.BLOCK_LITERAL, at, rangeEnd)
  }

  private skipSpaces(at: number, end: number): number {
    while (at < end && this.text.charCodeAt(at) === 32) at++
    return at
  }
}

/** The lines of a folded block: joined by a space, each blank line between two a line break instead. */
function fold(lines: readonly string[]): string {
  let out = ''
  let blanks = 0
  for (const [i, line] of lines.entries()) {
    if (line === '') blanks++
    else {
      if (i > 0) out += blanks > 0 ? '\n'.repeat(blanks) : ' '
      blanks = 0
      out += line
    }
  }
  return out
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  return end
}

function withPlace(scalar: Scalar, source: string, type: Scalar.Type, start: number, end: number): Scalar {
  scalar.source = source
  scalar.type = type
  scalar.range = [start, end, end]
  return scalar
}

function withFlowPlace<T extends YAMLMap | YAMLSeq>(collection: T, start: number, end: number): T {
  collection.flow = true
  collection.range = [start, end, end]
  return collection
}

function finish<T extends YAMLMap | YAMLSeq>(collection: T, start: number): T {
  const last = collection.items.at(-1) as Pair | Node | undefined
  const lastNode = (last instanceof Pair ? last.value : last) as Node | null | undefined
  const end = lastNode?.range?.[1] ?? start
  collection.range = [start, end, end]
  return collection
}
