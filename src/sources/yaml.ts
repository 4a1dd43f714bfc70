import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, parseDocument, type Alias, type Node, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml'
import { LineIndex } from '../core/text.js'
import type { Diagnostic, Entry, SourceFile, SourceKind, Span } from '../core/types.js'
import { makeEntry } from './entry.js'
import { PARSE_CAP_BYTES } from './limits.js'
import { parseBlockYaml, type ParsedYaml } from './yaml-block.js'

/** One YAML file, parsed once, with what every YAML parser needs to place entries. */
export interface YamlSource {
  readonly path: string
  readonly text: string
  readonly lines: LineIndex
  readonly doc: ParsedYaml
  /** YAML syntax errors, located where the `yaml` package found them. */
  readonly diagnostics: readonly Diagnostic[]
  /**
   * The node each alias names, found in one pass: `Alias.resolve` walks the whole document on every
   * call. Empty when the aliases would expand past {@link EXTRA_NODES_FROM_ALIASES} (a YAML bomb).
   */
  readonly aliases: ReadonlyMap<Alias, Node>
}

/**
 * How many nodes aliases may add to a file (or as many as it has, if more): enough for any real
 * compose file or workflow, far too few for "billion laughs", whose expansion is never walked.
 */
const EXTRA_NODES_FROM_ALIASES = 100_000

/** Aliases in one file: compose files use tens, generated ones thousands. Counted on the text, before the parser allocates a node for each. */
const MAX_ALIASES = 50_000
const ALIAS_TOKEN = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/g

/** Why the text is not handed to the YAML parser, or undefined when it may be. */
function oversized(text: string): string | undefined {
  if (text.length > PARSE_CAP_BYTES) return `the file is larger than ${PARSE_CAP_BYTES / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`
  if (!text.includes('*')) return undefined
  let aliases = 0
  ALIAS_TOKEN.lastIndex = 0
  while (ALIAS_TOKEN.exec(text) !== null) if (++aliases > MAX_ALIASES) return `the file has more than ${MAX_ALIASES} aliases: its settings were not read (its text was still scanned for keys)`
  return undefined
}

/** A source with no nodes and one diagnostic saying why the text was not parsed. */
function unparsed(file: SourceFile, lines: LineIndex, why: string): YamlSource {
  return { path: file.path, text: file.text, lines, doc: { contents: null, errors: [] }, aliases: new Map(), diagnostics: [{ message: why, span: lines.span(0, 0) }] }
}

/**
 * Parses YAML (and JSON, which is YAML 1.2) without throwing. `<<` merge keys are enabled because
 * compose files and LibreChat configs use them; a broken file still yields whatever nodes could be read.
 * Plain block YAML takes the fast path (./yaml-block.ts), which gives the package's nodes.
 */
export function parseYaml(file: SourceFile): YamlSource {
  const lines = new LineIndex(file.text)
  const tooBig = oversized(file.text)
  return tooBig ? unparsed(file, lines, tooBig) : sourceOf(file, lines, parseBlockYaml(file.text, PARSE_OPTIONS) ?? parseDocument(file.text, PARSE_OPTIONS))
}

/**
 * Every document of a multi-document stream (`---` separators, as Kubernetes manifests have them), each
 * with its own anchors and diagnostics; offsets stay those of the whole file.
 */
export function parseYamlStream(file: SourceFile): YamlSource[] {
  const lines = new LineIndex(file.text)
  const tooBig = oversized(file.text)
  if (tooBig) return [unparsed(file, lines, tooBig)]
  const docs = parseAllDocuments(file.text, PARSE_OPTIONS)
  // An empty stream is an array with no documents (and no errors worth reporting).
  return Array.isArray(docs) ? docs.map((doc) => sourceOf(file, lines, doc)) : []
}

// `uniqueKeys: false`: the package compares each key with every earlier one, quadratic in a mapping's size.
const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false } as const

function sourceOf(file: SourceFile, lines: LineIndex, doc: ParsedYaml): YamlSource {
  const { targets, unresolved, duplicates, nodes } = indexNodes(doc)
  const diagnostics = [
    ...doc.errors.map((e) => ({ at: e.pos[0], message: e.message, span: lines.span(e.pos[0], e.pos[1]) })),
    ...duplicates.map((at) => ({ at, message: 'Map keys must be unique', span: lines.span(at, at + 1) }))
  ]
    .sort((a, b) => a.at - b.at)
    .map(({ message, span }) => ({ message, span }))
  const limit = Math.max(nodes, EXTRA_NODES_FROM_ALIASES) + nodes
  const bomb = targets.size > 0 && expandedSize(doc, targets, limit) > limit
  const unresolvedDiagnostics = unresolved.map((alias) => ({
    message: `Unresolved alias *${alias.source}: no anchor &${alias.source} before it`,
    span: aliasSpan(lines, alias)
  }))
  const first = targets.keys().next().value
  const bombDiagnostics = bomb && first
    ? [{ message: `aliases here would expand the file past ${limit} nodes, or into themselves: they were not followed`, span: aliasSpan(lines, first) }]
    : []
  return {
    path: file.path,
    text: file.text,
    lines,
    doc,
    aliases: bomb ? new Map() : targets,
    diagnostics: [...diagnostics, ...unresolvedDiagnostics, ...bombDiagnostics]
  }
}

/**
 * One pass over the document: every alias with the node it names (the last anchor of that name before
 * it, as `Alias.resolve` finds it), the aliases without an anchor (the `yaml` package only notices them
 * when converting to JS; compose and Actions reject them), where a mapping repeats a key (the check
 * the package does as `uniqueKeys`, in linear time), and how many nodes the file has. A walk of its own
 * rather than the package's `visit`, which copies and freezes the path to every collection and pair.
 */
function indexNodes(doc: ParsedYaml): { targets: Map<Alias, Node>; unresolved: Alias[]; duplicates: number[]; nodes: number } {
  const anchors = new Map<string, Node>()
  const targets = new Map<Alias, Node>()
  const unresolved: Alias[] = []
  const duplicates: number[] = []
  let nodes = 0
  const enter = (node: Scalar | YAMLMap | YAMLSeq): void => {
    nodes++
    if (node.anchor) anchors.set(node.anchor, node)
  }
  // Depth first, a node before its children and a key before its value: the order anchors are defined in.
  // Scalars are tested first, as most nodes are. Pairs only sit in mappings: the package composes the flow
  // sequence `[a: 1]` as a sequence holding a one-pair mapping.
  const walk = (node: unknown): void => {
    if (isScalar(node)) enter(node)
    else if (isMap(node)) {
      enter(node)
      repeatedKeys(node.items, duplicates)
      for (const pair of node.items) {
        walk(pair.key)
        walk(pair.value)
      }
    } else if (isSeq(node)) {
      enter(node)
      for (const item of node.items) walk(item)
    } else if (isAlias(node)) {
      nodes++
      const target = anchors.get(node.source)
      if (target) targets.set(node, target)
      else unresolved.push(node)
    }
  }
  walk(doc.contents)
  return { targets, unresolved, duplicates, nodes }
}

/** Adds to `repeated` the offsets of scalar keys equal to an earlier key of the same mapping (the `yaml` package's own rule). */
function repeatedKeys(pairs: readonly { readonly key: unknown }[], repeated: number[]): void {
  const seen = new Set<unknown>()
  for (const { key } of pairs) {
    if (!isScalar(key)) continue
    if (seen.has(key.value)) repeated.push(key.range?.[0] ?? 0)
    seen.add(key.value)
  }
}

/** How many nodes the document has with every alias expanded, counted up to just past `limit`; a cycle counts as endless. */
function expandedSize(doc: ParsedYaml, targets: ReadonlyMap<Alias, Node>, limit: number): number {
  const sizes = new Map<Node, number>()
  const open = new Set<Node>()
  const size = (node: unknown): number => {
    const target = isAlias(node) ? targets.get(node) : node
    if (!isMap(target) && !isSeq(target)) return 1
    const known = sizes.get(target)
    if (known !== undefined) return known
    if (open.has(target)) return Infinity
    open.add(target)
    let total = 1
    for (const item of target.items) {
      total += isPair(item) ? size(item.key) + size(item.value) : size(item)
      if (total > limit) break
    }
    open.delete(target)
    sizes.set(target, total)
    return total
  }
  return size(doc.contents)
}

function aliasSpan(lines: LineIndex, alias: Alias): Span {
  const [start, end] = alias.range ?? [0, 0]
  return lines.span(start, end)
}

/** Follows aliases to the node they name; undefined for a missing node or an unknown anchor. */
export function resolve(src: YamlSource, node: unknown): Node | undefined {
  // An alias names an anchored node, which is never itself an alias.
  const target: unknown = isAlias(node) ? src.aliases.get(node) : node
  return isMap(target) || isSeq(target) || isScalar(target) ? target : undefined
}

/** One key of a mapping, with the resolved value node (which may sit at an anchor elsewhere in the file). */
export interface YamlField {
  readonly key: string
  readonly keyNode: Scalar
  readonly value: Node | undefined
}

const isMergeKey = (key: unknown): boolean =>
  isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<'

/**
 * Calls `take` with the fields of a mapping in the order `<<` merges rank them (https://yaml.org/type/merge.html):
 * the mapping's own keys, then each merge source's, earlier sources first, each followed by its own merges. A key
 * can come more than once; the application sees its first. Stops as soon as `take` returns true, and says whether
 * it did. Values are passed as written (maybe aliases). `visited` holds the mappings already met: a mapping met
 * again (through another merge, or merging itself) adds only keys already taken, so it is skipped, which keeps
 * merge chains linear.
 */
function eachField(
  src: YamlSource,
  node: unknown,
  take: (key: string, keyNode: Scalar, value: unknown, merged: boolean) => boolean,
  merged = false,
  visited: Set<Node> = new Set()
): boolean {
  const map = resolve(src, node)
  if (!isMap(map) || visited.has(map)) return false
  visited.add(map)
  let merges = false
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) merges = true
    else {
      const key = scalarString(pair.key)
      if (key !== undefined && take(key, pair.key as Scalar, pair.value, merged)) return true
    }
  }
  if (!merges) return false
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) continue
    const source = resolve(src, pair.value)
    for (const s of isSeq(source) ? source.items : [source]) if (eachField(src, s, take, true, visited)) return true
  }
  return false
}

/**
 * The keys of a mapping as the application sees them after `<<` merges: the mapping's own keys win
 * over merged ones, and earlier merge sources over later ones. Merged fields keep the nodes of their
 * anchor definition, so their spans point where the text is. A key the mapping itself repeats is kept
 * each time (and reported as a diagnostic).
 */
export function fields(src: YamlSource, node: unknown): YamlField[] {
  const result: YamlField[] = []
  const taken = new Set<string>()
  eachField(src, node, (key, keyNode, value, merged) => {
    if (!merged || !taken.has(key)) result.push({ key, keyNode, value: resolve(src, value) })
    taken.add(key)
    return false
  })
  return result
}

/** The field named `name` of a mapping node, after merges: the first of {@link fields} with that key, without listing them all. */
export function field(src: YamlSource, node: unknown, name: string): YamlField | undefined {
  let found: YamlField | undefined
  eachField(src, node, (key, keyNode, value) => {
    if (key === name) found = { key, keyNode, value: resolve(src, value) }
    return found !== undefined
  })
  return found
}

/** The resolved items of a sequence node; empty for anything else. */
export function items(src: YamlSource, node: unknown): Node[] {
  const seq = resolve(src, node)
  if (!isSeq(seq)) return []
  return seq.items.map((item) => resolve(src, item)).filter((n): n is Node => n !== undefined)
}

/**
 * A scalar as text: strings as they are, numbers and booleans as written (`3000`, `true`, `1.10`
 * keep their source text, which is what an environment variable receives), null as undefined.
 */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined
  if (typeof node.value === 'string') return node.value
  return node.source ?? String(node.value)
}

/** A scalar's string value, or undefined for anything else (null, maps, sequences). */
export const stringAt = (src: YamlSource, node: unknown): string | undefined => scalarString(resolve(src, node))

/** The span of a node's value, without trailing comments. */
export function spanOf(src: YamlSource, node: Node): Span {
  const [start, end] = node.range ?? [0, 0]
  return src.lines.span(start, end)
}

/** A value read from the file: what the app sees, what is written, and where. */
export interface ValueAt {
  readonly value: string
  readonly raw: string
  readonly span: Span
  /** The format never expands `$` in this value (compose `$${X}`), so it is a literal whatever it looks like. */
  readonly literal?: boolean
  /** The value comes from running a command (`$(cat key.txt)` in a script): a template, never a literal. */
  readonly computed?: boolean
}

/** The value of a scalar node, or undefined when there is none (null, empty, a map or a sequence). */
export function scalarValue(src: YamlSource, node: unknown): ValueAt | undefined {
  const scalar = resolve(src, node)
  const value = scalarString(scalar)
  if (value === undefined || !scalar?.range) return undefined
  const [start, end] = scalar.range
  return { value, raw: src.text.slice(start, end), span: src.lines.span(start, end) }
}

/** Where an entry sits, everything but its value. */
export interface Place {
  readonly kind: SourceKind
  readonly scope: string
  readonly path: readonly (string | number)[]
  readonly key: string
  readonly keySpan: Span
  readonly meta?: Entry['meta']
}

/** Builds an entry; without `at` the setting is declared with no value (`- KEY`, `KEY:`, `sync: false`). */
export function buildEntry(src: YamlSource, place: Place, at?: ValueAt): Entry {
  const meta = place.meta && Object.keys(place.meta).length > 0 ? place.meta : undefined
  const value = at && { value: at.value, raw: at.raw, valueSpan: at.span, literal: at.literal }
  const entry = makeEntry({ file: src.path, ...place, meta, ...value })
  return at?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry
}

/** Everything of a place that the caller decides; key and key span come from the field. */
export type PlaceFor = (field: YamlField) => Omit<Place, 'key' | 'keySpan'>

/** The entry of one `key: value` field; none when the value is a map or a list, which is not a setting. */
function fieldEntry(src: YamlSource, f: YamlField, placeFor: PlaceFor, interpret: (at: ValueAt) => ValueAt): Entry | undefined {
  if (f.value !== undefined && !isScalar(f.value)) return undefined
  const at = scalarValue(src, f.value)
  return buildEntry(src, { ...placeFor(f), key: f.key, keySpan: spanOf(src, f.keyNode) }, at && interpret(at))
}

const asWritten = (at: ValueAt): ValueAt => at

/**
 * Entries for every `KEY: value` of a mapping (env blocks, `with:` inputs, build args). Null values
 * give entries without a value. `interpret` lets a format apply its own value rules (compose `$$`).
 */
export function mapEntries(src: YamlSource, node: unknown, placeFor: PlaceFor, interpret = asWritten): Entry[] {
  return fields(src, node).flatMap((f) => fieldEntry(src, f, placeFor, interpret) ?? [])
}

/** Entries for the named scalar fields of an object (`apiKey`, `baseURL`, …), in the order given. */
export function namedEntries(src: YamlSource, node: unknown, names: readonly string[], placeFor: PlaceFor): Entry[] {
  const present = fields(src, node)
  return names.flatMap((name) => {
    const f = present.find((p) => p.key === name)
    return (f && fieldEntry(src, f, placeFor, asWritten)) ?? []
  })
}

/** Characters the parser drops between value characters: indentation, line breaks, quotes, escapes. */
const DROPPED = new Set([' ', '\t', '\r', '\n', '\\', '"', "'"])
/** How far to look for a character an escape sequence produced (`\x41` → `A`). */
const ESCAPE_LOOKAHEAD = 10

/**
 * Maps each UTF-16 unit of a scalar's string value to its offset in the file, plus one final offset for
 * the end of the value, so that a match inside a value (an `export X=…` in a `run: |` script, `KEY=value`
 * in a compose list item) gets a file position.
 *
 * It walks value and source side by side, skipping what YAML removes: the header line of block scalars,
 * indentation, quotes and escape backslashes, `\r` of CRLF, and for folded scalars (`>` and multi-line
 * plain or quoted ones) the line break that became a space. Literal blocks (`|`) map exactly; other
 * styles map every character that is written as itself, which is all a match needs.
 */
export function valueOffsets(src: YamlSource, scalar: Scalar): number[] {
  const value = scalarString(scalar) ?? ''
  const [start, end] = scalar.range ?? [0, 0]
  const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED'
  const headerEnd = src.text.indexOf('\n', start)
  let i = block ? (headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1) : start
  const offsets: number[] = []
  // split(''): UTF-16 units, the unit of columns.
  for (const ch of value.split('')) {
    const j = nextSourceOf(src.text, ch, i, end)
    offsets.push(j)
    i = Math.min(j + 1, end)
  }
  // One more offset: where the value ends, so empty and final slices have a place too.
  offsets.push(value.length > 0 ? offsets[offsets.length - 1]! + 1 : i)
  return offsets
}

function nextSourceOf(text: string, ch: string, from: number, end: number): number {
  for (let j = from; j < end; j++) {
    const c = text[j]!
    // A folded line break turns into a space in the value.
    if (c === ch || (ch === ' ' && (c === '\n' || c === '\r'))) return j
    if (DROPPED.has(c)) continue
    for (let k = j + 1; k < Math.min(end, j + ESCAPE_LOOKAHEAD); k++) if (text[k] === ch) return k
    return j
  }
  return from
}

/** File offsets `[start, end)` of value characters `[from, to)`, given the offsets from `valueOffsets`. */
function fileRange(offsets: readonly number[], from: number, to: number): [number, number] {
  const at = (k: number) => offsets[Math.min(k, offsets.length - 1)]!
  const start = at(from)
  return [start, to > from ? at(to - 1) + 1 : start]
}

/** The file span of value characters `[from, to)`. */
export function spanInValue(src: YamlSource, offsets: readonly number[], from: number, to: number): Span {
  return src.lines.span(...fileRange(offsets, from, to))
}

/** The file text under value characters `[from, to)`: escapes and quotes as written. */
export function rawInValue(src: YamlSource, offsets: readonly number[], from: number, to: number): string {
  return src.text.slice(...fileRange(offsets, from, to))
}
