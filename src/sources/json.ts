import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type { Diagnostic, Entry, SourceFile, SourceKind } from '../core/types.js'
import { LineIndex } from '../core/text.js'
import { diagnosticAt, makeEntry } from './entry.js'

/** A JSON file with positions: the syntax tree (partial when the file is malformed) and what went wrong. */
export interface JsonDocument {
  readonly root?: Node
  readonly lines: LineIndex
  /** At most one: the first syntax error (the ones after it are mostly its echoes). */
  readonly diagnostics: readonly Diagnostic[]
}

/** One `"name": value` member of an object. */
export interface JsonProperty {
  readonly name: string
  readonly nameNode: Node
  readonly valueNode: Node
}

/**
 * Reads strict JSON: comments and trailing commas are errors, because the programs that read these files
 * reject them (Claude Code discards a settings file with `//` comments: anthropics/claude-code#83190, #9906;
 * Vercel and Heroku use plain JSON parsers). `jsonc` accepts both, for files an editor reads as JSON with
 * comments (VS Code's `.vscode/*.json`).
 */
export function readJson(text: string, { jsonc = false } = {}): JsonDocument {
  const lines = new LineIndex(text)
  const errors: ParseError[] = []
  // A BOM is not JSON; a space of the same length keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text
  const root = parseTree(source, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc })
  const first = errors[0]
  const diagnostics = first ? [diagnosticAt(lines, describeError(first), first.offset, first.offset + first.length)] : []
  return root ? { root, lines, diagnostics } : { lines, diagnostics }
}

/** `CommaExpected` → `invalid JSON: comma expected`. */
function describeError(error: ParseError): string {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return `invalid JSON: ${words}`
}

/** The member at `path` (object member names), or undefined when any step is missing or not an object. */
export function memberAt(root: Node | undefined, path: readonly string[]): JsonProperty | undefined {
  let member: JsonProperty | undefined
  for (const name of path) {
    const node = member ? member.valueNode : root
    if (node?.type !== 'object') return undefined
    // JSON.parse keeps the last of repeated names, and so do the programs reading these files.
    member = propertiesOf(node)
      .filter((p) => p.name === name)
      .pop()
    if (!member) return undefined
  }
  return member
}

/** The members of an object node, in file order; members the parser could not finish are skipped. */
export function propertiesOf(object: Node): JsonProperty[] {
  const members: JsonProperty[] = []
  for (const property of object.children ?? []) {
    const [nameNode, valueNode] = property.children ?? []
    if (nameNode?.type === 'string' && valueNode) members.push({ name: nameNode.value as string, nameNode, valueNode })
  }
  return members
}

/** The text of a node exactly as written (strings keep their quotes). */
const rawOf = (doc: JsonDocument, node: Node): string => doc.lines.text.slice(node.offset, node.offset + node.length)

/** The span of a node as written. */
const spanOf = (doc: JsonDocument, node: Node) => doc.lines.span(node.offset, node.offset + node.length)

/** Where an environment object sits in a file and how its entries are filed. */
export interface EnvObject {
  readonly path: readonly string[]
  readonly scope: string
  readonly meta?: Entry['meta']
}

/**
 * Entries for an object of environment variables whose values must be strings (`"env": { "NAME": "value" }`).
 * A value of another type, or an `env` that is not an object, becomes a diagnostic.
 */
export function envObjectEntries(file: SourceFile, kind: SourceKind, doc: JsonDocument, where: EnvObject) {
  const entries: Entry[] = []
  const diagnostics: Diagnostic[] = []
  const object = memberAt(doc.root, where.path)?.valueNode
  if (object === undefined) return { entries, diagnostics }
  const label = where.path.join('.')
  if (object.type !== 'object') {
    diagnostics.push(nodeDiagnostic(doc, object, `\`${label}\` must be an object`))
    return { entries, diagnostics }
  }
  for (const { name, nameNode, valueNode } of propertiesOf(object)) {
    if (valueNode.type !== 'string') {
      diagnostics.push(nodeDiagnostic(doc, valueNode, `\`${label}.${name}\` must be a string, not ${valueNode.type}`))
      continue
    }
    entries.push(stringEntry(file, kind, doc, { ...where, path: [...where.path, name] }, nameNode, valueNode))
  }
  return { entries, diagnostics }
}

/** An entry for a string member: `name` is the key, the value node gives value, span and raw text. */
export function stringEntry(
  file: SourceFile,
  kind: SourceKind,
  doc: JsonDocument,
  where: EnvObject,
  nameNode: Node,
  valueNode: Node | undefined
): Entry {
  const value =
    valueNode === undefined
      ? {}
      : { value: valueNode.value as string, valueSpan: spanOf(doc, valueNode), raw: rawOf(doc, valueNode) }
  return makeEntry({
    file: file.path,
    kind,
    scope: where.scope,
    path: where.path,
    key: nameNode.value as string,
    keySpan: spanOf(doc, nameNode),
    ...value,
    ...(where.meta ? { meta: where.meta } : {})
  })
}

/** A diagnostic covering a node as written. */
export const nodeDiagnostic = (doc: JsonDocument, node: Node, message: string): Diagnostic =>
  diagnosticAt(doc.lines, message, node.offset, node.offset + node.length)
