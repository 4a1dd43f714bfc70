export const id = 9662;
export const ids = [9662];
export const modules = {

/***/ 9662:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jo: () => (/* binding */ buildEntry),
  ZZ: () => (/* binding */ field),
  OA: () => (/* binding */ fields),
  ld: () => (/* binding */ items),
  Nn: () => (/* binding */ mapEntries),
  ix: () => (/* binding */ namedEntries),
  hN: () => (/* binding */ parseYaml),
  b8: () => (/* binding */ parseYamlStream),
  hF: () => (/* binding */ rawInValue),
  hd: () => (/* binding */ resolve),
  Cg: () => (/* binding */ scalarString),
  Um: () => (/* binding */ scalarValue),
  Hq: () => (/* binding */ spanInValue),
  ee: () => (/* binding */ spanOf),
  bX: () => (/* binding */ stringAt),
  uN: () => (/* binding */ valueOffsets)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
// EXTERNAL MODULE: ./src/sources/entry.ts
var sources_entry = __webpack_require__(8518);
// EXTERNAL MODULE: ./src/sources/limits.ts
var limits = __webpack_require__(5632);
;// CONCATENATED MODULE: ./src/sources/yaml-block.ts
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

/** Thrown inside the reader when the text leaves the subset; caught at the top. */
const UNSUPPORTED = Symbol('unsupported');
/** Characters outside the subset anywhere in the text: tabs, CR, other controls, BOM, line and paragraph separators. */
const UNSUPPORTED_CHARACTER = /[\0-\t\v-\x1f\x7f\ufeff\u2028\u2029]/;
/** Characters a plain scalar cannot start with (YAML's indicators); `-` is checked apart (it may start `-1`). */
const INDICATORS = new Set(['?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?: |$)/;
/** Characters that end or nest a flow collection's items. */
const FLOW_INDICATORS = new Set([',', '[', ']', '{', '}']);
/** The `yaml` package rejects an implicit key whose `:` is further than this past its start (or the end of the node before it). */
const MAX_KEY_LENGTH = 1024;
/**
 * Collections nested deeper go to the package: it composes them recursively and reports an error where its stack runs
 * out (near 900 levels of block mappings with Node's default stack, 330 with 400 KiB), which the fast path would not.
 */
const MAX_DEPTH = 100;
/** The block YAML of `text` as the `yaml` package composes it, or undefined when the text leaves the fast path's subset. */
function parseBlockYaml(text, options) {
    if (UNSUPPORTED_CHARACTER.test(text))
        return undefined;
    try {
        return { contents: new BlockReader(text, schemaFor(options.merge)).document(), errors: [] };
    }
    catch {
        // Outside the subset, or nested past the stack: the package decides.
        return undefined;
    }
}
const schemas = new Map();
/** The package's own schema (core, YAML 1.2), so plain scalars resolve by its tags: one home for what `true` or `0x1F` is. */
function schemaFor(merge) {
    let schema = schemas.get(merge);
    if (schema === undefined)
        schemas.set(merge, (schema = new dist/* Document */.yo(null, { merge }).schema));
    return schema;
}
class BlockReader {
    text;
    schema;
    lines = [];
    /** The line after the last one consumed. */
    next = 0;
    /** Collections open around the one being read. */
    depth = 0;
    constructor(text, schema) {
        this.text = text;
        this.schema = schema;
        for (let start = 0; start <= text.length;) {
            const newline = text.indexOf('\n', start);
            const end = newline === -1 ? text.length : newline;
            let indent = start;
            while (indent < end && text.charCodeAt(indent) === 32)
                indent++;
            this.lines.push({ start, end, indent: indent - start, content: indent < end && text[indent] !== '#' });
            start = end + 1;
        }
    }
    document() {
        const first = this.contentFrom(0);
        if (first === undefined)
            return null;
        for (const line of this.lines) {
            // Directives and document markers: streams of several documents go to the package.
            if (this.text[line.start] === '%' || DOCUMENT_MARKER.test(this.text.slice(line.start, Math.min(line.end, line.start + 4))))
                throw UNSUPPORTED;
        }
        const root = this.collection(first, this.lines[first].indent);
        if (this.contentFrom(this.next) !== undefined)
            throw UNSUPPORTED;
        return root;
    }
    /** The first content line at or after `from`. */
    contentFrom(from) {
        for (let i = from; i < this.lines.length; i++)
            if (this.lines[i].content)
                return i;
        return undefined;
    }
    isSequenceItem(line, column) {
        const at = this.lines[line].start + column;
        return this.text[at] === '-' && this.isBreakOrSpace(at + 1, line);
    }
    isBreakOrSpace(at, line) {
        return at >= this.lines[line].end || this.text[at] === ' ';
    }
    /** A block sequence or mapping whose first item or key is on `line` at `column`; `firstKey` as for `mapping`. */
    collection(line, column, firstKey) {
        if (++this.depth > MAX_DEPTH)
            throw UNSUPPORTED;
        const collection = firstKey === undefined && this.isSequenceItem(line, column) ? this.sequence(line, column) : this.mapping(line, column, firstKey);
        this.depth--;
        return collection;
    }
    sequence(first, column) {
        const seq = new dist/* YAMLSeq */.Rw();
        const start = this.lines[first].start + column;
        for (let line = first;;) {
            const { start: lineStart, end } = this.lines[line];
            const at = this.skipSpaces(lineStart + column + 1, end);
            if (this.text[at] === '-' && this.isBreakOrSpace(at + 1, line))
                throw UNSUPPORTED;
            const key = at < end && this.text[at] !== '#' ? this.keyAt(line, at) : undefined;
            seq.items.push(key !== undefined ? this.collection(line, at - lineStart, key) : this.value(line, at, column, false));
            const following = this.contentFrom(this.next);
            if (following === undefined)
                break;
            const indent = this.lines[following].indent;
            if (indent === column && this.isSequenceItem(following, column))
                line = following;
            else if (indent <= column)
                break;
            else
                throw UNSUPPORTED;
        }
        return finish(seq, start);
    }
    /** A block mapping whose first key is on `first` at `column`; `firstKey` when the caller already found it. */
    mapping(first, column, firstKey) {
        const map = new dist/* YAMLMap */.CA();
        const start = this.lines[first].start + column;
        for (let line = first, colon = firstKey;;) {
            const keyStart = this.lines[line].start + column;
            colon ??= this.keyAt(line, keyStart);
            if (colon === undefined)
                throw UNSUPPORTED;
            const key = this.plain(keyStart, trimEnd(this.text, keyStart, colon), true);
            map.items.push(new dist/* Pair */.Rm(key, this.value(line, this.skipSpaces(colon + 1, this.lines[line].end), column, true)));
            const following = this.contentFrom(this.next);
            if (following === undefined)
                break;
            const indent = this.lines[following].indent;
            if (indent === column && !this.isSequenceItem(following, column)) {
                line = following;
                colon = undefined;
            }
            else if (indent < column)
                break;
            else
                throw UNSUPPORTED;
        }
        return finish(map, start);
    }
    /**
     * Where the plain key starting at `at` ends in `: ` (or `:` at the line's end), or undefined when the line holds no
     * such key there (a scalar, a comment, or a key the subset leaves to the package).
     */
    keyAt(line, at) {
        const { start, end } = this.lines[line];
        if (!this.mayStartPlain(at, line))
            return undefined;
        for (let i = at; i < end; i++) {
            const c = this.text[i];
            if (c === '#' && this.text[i - 1] === ' ')
                return undefined;
            if (c === ':' && this.isBreakOrSpace(i + 1, line)) {
                // The package counts up to the `:` from where the node before the key ends: at the furthest, the line break before it.
                if (i - start >= MAX_KEY_LENGTH)
                    throw UNSUPPORTED;
                return i;
            }
        }
        return undefined;
    }
    mayStartPlain(at, line) {
        const c = this.text[at];
        return !INDICATORS.has(c) && !(c === '-' && this.isBreakOrSpace(at + 1, line));
    }
    /**
     * The node after a key's `:` or an item's `-`, from `at` (past the spaces) on `line`: a scalar there, else a nested
     * collection on the lines below (more indented than `parent`, or a sequence at its indent under a key), else null.
     */
    value(line, at, parent, underKey) {
        const { end } = this.lines[line];
        this.next = line + 1;
        if (at < end && this.text[at] !== '#') {
            const c = this.text[at];
            const scalar = c === '|' || c === '>' ? this.blockScalar(line, at, parent)
                : c === '"' || c === "'" ? this.lineEnds(line, this.quoted(line, at))
                    : c === '[' || c === '{' ? this.lineEnds(line, this.flow(line, at))
                        : this.plainValue(line, at);
            const following = this.contentFrom(this.next);
            // A more indented line after a one-line scalar continues it (a multi-line scalar) or is an error.
            if (following !== undefined && this.lines[following].indent > parent)
                throw UNSUPPORTED;
            return scalar;
        }
        const following = this.contentFrom(this.next);
        if (following !== undefined) {
            const indent = this.lines[following].indent;
            if (indent > parent || (underKey && indent === parent && this.isSequenceItem(following, indent)))
                return this.collection(following, indent);
        }
        return this.plain(at, at, false);
    }
    plainValue(line, at) {
        const { end } = this.lines[line];
        if (!this.mayStartPlain(at, line))
            throw UNSUPPORTED;
        let stop = end;
        for (let i = at; i < end; i++) {
            const c = this.text[i];
            if (c === '#' && this.text[i - 1] === ' ') {
                stop = i;
                break;
            }
            // `a: b: c` (a mapping in a one-line value) is an error the package reports.
            if (c === ':' && this.isBreakOrSpace(i + 1, line))
                throw UNSUPPORTED;
        }
        return this.plain(at, trimEnd(this.text, at, stop), false);
    }
    /** A plain scalar of `text[start, end)`, resolved by the schema's tags as the package resolves it. */
    plain(start, end, atKey) {
        const source = this.text.slice(start, end);
        const tag = this.schema.tags.find((t) => !t.collection && (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source) === true);
        let scalar;
        if (tag === undefined)
            scalar = new dist/* Scalar */.X5(source);
        else {
            const resolved = tag.resolve(source, () => {
                throw UNSUPPORTED;
            }, {});
            scalar = (0,dist/* isScalar */.jn)(resolved) ? resolved : new dist/* Scalar */.X5(resolved);
            if (tag.format)
                scalar.format = tag.format;
        }
        return withPlace(scalar, source, dist/* Scalar */.X5.PLAIN, start, end);
    }
    /** A quoted scalar closed on its line, without escapes. */
    quoted(line, at) {
        const { end } = this.lines[line];
        const quote = this.text[at];
        let close = at + 1;
        for (; close < end; close++) {
            const c = this.text[close];
            if (quote === '"' && c === '\\')
                throw UNSUPPORTED;
            if (c !== quote)
                continue;
            // `''` is a quote inside single quotes.
            if (quote === "'" && this.text[close + 1] === "'")
                close++;
            else
                break;
        }
        if (close >= end)
            throw UNSUPPORTED;
        const inner = this.text.slice(at + 1, close);
        const value = quote === "'" ? inner.replaceAll("''", "'") : inner;
        return withPlace(new dist/* Scalar */.X5(value), value, quote === '"' ? dist/* Scalar */.X5.QUOTE_DOUBLE : dist/* Scalar */.X5.QUOTE_SINGLE, at, close + 1);
    }
    /**
     * A flow collection on one line: `{}`, or a sequence of plain or quoted scalars (`[main]`, `["CMD", "x"]`, `[]`); nested
     * collections, pairs and flow mappings with keys go to the package.
     */
    flow(line, at) {
        const { end } = this.lines[line];
        if (this.text[at] === '{') {
            const close = this.skipSpaces(at + 1, end);
            if (this.text[close] !== '}')
                throw UNSUPPORTED;
            return withFlowPlace(new dist/* YAMLMap */.CA(), at, close + 1);
        }
        const seq = new dist/* YAMLSeq */.Rw();
        let i = this.skipSpaces(at + 1, end);
        while (this.text[i] !== ']') {
            const item = this.text[i] === '"' || this.text[i] === "'" ? this.quoted(line, i) : this.flowPlain(line, i);
            seq.items.push(item);
            i = this.skipSpaces(item.range[1], end);
            if (this.text[i] === ',')
                i = this.skipSpaces(i + 1, end);
            else if (this.text[i] !== ']')
                throw UNSUPPORTED;
        }
        return withFlowPlace(seq, at, i + 1);
    }
    /** A plain scalar inside a flow sequence: up to a `,` or `]`, on the same line. */
    flowPlain(line, at) {
        const { end } = this.lines[line];
        // `-` before a `,` or `]` is a block sequence's indicator to the package (an error), not a scalar.
        if (at >= end || FLOW_INDICATORS.has(this.text[at]) || !this.mayStartPlain(at, line) || (this.text[at] === '-' && FLOW_INDICATORS.has(this.text[at + 1])))
            throw UNSUPPORTED;
        let stop = at;
        for (; stop < end; stop++) {
            const c = this.text[stop];
            if (c === ',' || c === ']')
                break;
            // A comment, a line that goes on, a pair or a nested collection: the package's.
            if ((c === '#' && this.text[stop - 1] === ' ') || FLOW_INDICATORS.has(c) || (c === ':' && /[\s,\]]/.test(this.text[stop + 1] ?? ' ')))
                throw UNSUPPORTED;
        }
        if (stop >= end)
            throw UNSUPPORTED;
        return this.plain(at, trimEnd(this.text, at, stop), false);
    }
    /** `node` if nothing but spaces and a comment follows it on its line. */
    lineEnds(line, node) {
        const { end } = this.lines[line];
        const close = node.range[1];
        const after = this.skipSpaces(close, end);
        if (after < end && !(this.text[after] === '#' && after > close))
            throw UNSUPPORTED;
        return node;
    }
    /**
     * A `|` or `>` block with clip or strip chomping (`-`): its lines are those below indented more than `parent`, at the
     * indent of the first. Keep chomping, indentation indicators, blank lines ahead of the first line or with more spaces
     * than the block's indent, and more-indented lines in a folded block go to the package.
     */
    blockScalar(line, at, parent) {
        const { end } = this.lines[line];
        const folded = this.text[at] === '>';
        let header = at + 1;
        const strip = this.text[header] === '-';
        if (strip)
            header++;
        const afterHeader = this.skipSpaces(header, end);
        if (afterHeader < end && !(this.text[afterHeader] === '#' && afterHeader > header))
            throw UNSUPPORTED;
        const first = line + 1;
        const firstLine = this.lines[first];
        const blank = (l) => l.indent === l.end - l.start;
        let last = line;
        let indent = 0;
        if (firstLine !== undefined && !blank(firstLine) && firstLine.indent > parent) {
            indent = firstLine.indent;
            for (let i = first; i < this.lines.length; i++) {
                const l = this.lines[i];
                if (blank(l)) {
                    if (l.indent > indent)
                        throw UNSUPPORTED;
                    continue;
                }
                if (l.indent < indent) {
                    if (l.indent > parent)
                        throw UNSUPPORTED;
                    break;
                }
                if (folded && l.indent > indent)
                    throw UNSUPPORTED;
                last = i;
            }
        }
        else if (firstLine !== undefined && blank(firstLine))
            throw UNSUPPORTED;
        const body = this.lines.slice(first, last + 1).map((l) => (blank(l) ? '' : this.text.slice(l.start + indent, l.end)));
        const joined = folded ? fold(body) : body.join('\n');
        const value = body.length === 0 ? '' : strip ? joined : `${joined}\n`;
        const rangeEnd = last === line ? Math.min(end + 1, this.text.length) : Math.min(this.lines[last].end + 1, this.text.length);
        this.next = last + 1;
        return withPlace(new dist/* Scalar */.X5(value), value, folded ? dist/* Scalar */.X5.BLOCK_FOLDED : dist/* Scalar */.X5.BLOCK_LITERAL, at, rangeEnd);
    }
    skipSpaces(at, end) {
        while (at < end && this.text.charCodeAt(at) === 32)
            at++;
        return at;
    }
}
/** The lines of a folded block: joined by a space, each blank line between two a line break instead. */
function fold(lines) {
    let out = '';
    let blanks = 0;
    for (const [i, line] of lines.entries()) {
        if (line === '')
            blanks++;
        else {
            if (i > 0)
                out += blanks > 0 ? '\n'.repeat(blanks) : ' ';
            blanks = 0;
            out += line;
        }
    }
    return out;
}
function trimEnd(text, start, end) {
    while (end > start && text.charCodeAt(end - 1) === 32)
        end--;
    return end;
}
function withPlace(scalar, source, type, start, end) {
    scalar.source = source;
    scalar.type = type;
    scalar.range = [start, end, end];
    return scalar;
}
function withFlowPlace(collection, start, end) {
    collection.flow = true;
    collection.range = [start, end, end];
    return collection;
}
function finish(collection, start) {
    const last = collection.items.at(-1);
    const lastNode = (last instanceof dist/* Pair */.Rm ? last.value : last);
    const end = lastNode?.range?.[1] ?? start;
    collection.range = [start, end, end];
    return collection;
}

;// CONCATENATED MODULE: ./src/sources/yaml.ts





/**
 * How many nodes aliases may add to a file (or as many as it has, if more): enough for any real
 * compose file or workflow, far too few for "billion laughs", whose expansion is never walked.
 */
const EXTRA_NODES_FROM_ALIASES = 100_000;
/** Aliases in one file: compose files use tens, generated ones thousands. Counted on the text, before the parser allocates a node for each. */
const MAX_ALIASES = 50_000;
const ALIAS_TOKEN = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/g;
/** Why the text is not handed to the YAML parser, or undefined when it may be. */
function oversized(text) {
    if (text.length > limits/* PARSE_CAP_BYTES */.T)
        return `the file is larger than ${limits/* PARSE_CAP_BYTES */.T / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`;
    if (!text.includes('*'))
        return undefined;
    let aliases = 0;
    ALIAS_TOKEN.lastIndex = 0;
    while (ALIAS_TOKEN.exec(text) !== null)
        if (++aliases > MAX_ALIASES)
            return `the file has more than ${MAX_ALIASES} aliases: its settings were not read (its text was still scanned for keys)`;
    return undefined;
}
/** A source with no nodes and one diagnostic saying why the text was not parsed. */
function unparsed(file, lines, why) {
    return { path: file.path, text: file.text, lines, doc: { contents: null, errors: [] }, aliases: new Map(), diagnostics: [{ message: why, span: lines.span(0, 0) }] };
}
/**
 * Parses YAML (and JSON, which is YAML 1.2) without throwing. `<<` merge keys are enabled because
 * compose files and LibreChat configs use them; a broken file still yields whatever nodes could be read.
 * Plain block YAML takes the fast path (./yaml-block.ts), which gives the package's nodes.
 */
function parseYaml(file) {
    const lines = new core_text/* LineIndex */.rr(file.text);
    const tooBig = oversized(file.text);
    return tooBig ? unparsed(file, lines, tooBig) : sourceOf(file, lines, parseBlockYaml(file.text, PARSE_OPTIONS) ?? (0,dist/* parseDocument */.Tp)(file.text, PARSE_OPTIONS));
}
/**
 * Every document of a multi-document stream (`---` separators, as Kubernetes manifests have them), each
 * with its own anchors and diagnostics; offsets stay those of the whole file.
 */
function parseYamlStream(file) {
    const lines = new core_text/* LineIndex */.rr(file.text);
    const tooBig = oversized(file.text);
    if (tooBig)
        return [unparsed(file, lines, tooBig)];
    const docs = (0,dist/* parseAllDocuments */.hR)(file.text, PARSE_OPTIONS);
    // An empty stream is an array with no documents (and no errors worth reporting).
    return Array.isArray(docs) ? docs.map((doc) => sourceOf(file, lines, doc)) : [];
}
// `uniqueKeys: false`: the package compares each key with every earlier one, quadratic in a mapping's size.
const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false };
function sourceOf(file, lines, doc) {
    const { targets, unresolved, duplicates, nodes } = indexNodes(doc);
    const diagnostics = [
        ...doc.errors.map((e) => ({ at: e.pos[0], message: e.message, span: lines.span(e.pos[0], e.pos[1]) })),
        ...duplicates.map((at) => ({ at, message: 'Map keys must be unique', span: lines.span(at, at + 1) }))
    ]
        .sort((a, b) => a.at - b.at)
        .map(({ message, span }) => ({ message, span }));
    const limit = Math.max(nodes, EXTRA_NODES_FROM_ALIASES) + nodes;
    const bomb = targets.size > 0 && expandedSize(doc, targets, limit) > limit;
    const unresolvedDiagnostics = unresolved.map((alias) => ({
        message: `Unresolved alias *${alias.source}: no anchor &${alias.source} before it`,
        span: aliasSpan(lines, alias)
    }));
    const first = targets.keys().next().value;
    const bombDiagnostics = bomb && first
        ? [{ message: `aliases here would expand the file past ${limit} nodes, or into themselves: they were not followed`, span: aliasSpan(lines, first) }]
        : [];
    return {
        path: file.path,
        text: file.text,
        lines,
        doc,
        aliases: bomb ? new Map() : targets,
        diagnostics: [...diagnostics, ...unresolvedDiagnostics, ...bombDiagnostics]
    };
}
/**
 * One pass over the document: every alias with the node it names (the last anchor of that name before
 * it, as `Alias.resolve` finds it), the aliases without an anchor (the `yaml` package only notices them
 * when converting to JS; compose and Actions reject them), where a mapping repeats a key (the check
 * the package does as `uniqueKeys`, in linear time), and how many nodes the file has. A walk of its own
 * rather than the package's `visit`, which copies and freezes the path to every collection and pair.
 */
function indexNodes(doc) {
    const anchors = new Map();
    const targets = new Map();
    const unresolved = [];
    const duplicates = [];
    let nodes = 0;
    const enter = (node) => {
        nodes++;
        if (node.anchor)
            anchors.set(node.anchor, node);
    };
    // Depth first, a node before its children and a key before its value: the order anchors are defined in.
    // Scalars are tested first, as most nodes are. Pairs only sit in mappings: the package composes the flow
    // sequence `[a: 1]` as a sequence holding a one-pair mapping.
    const walk = (node) => {
        if ((0,dist/* isScalar */.jn)(node))
            enter(node);
        else if ((0,dist/* isMap */.jh)(node)) {
            enter(node);
            repeatedKeys(node.items, duplicates);
            for (const pair of node.items) {
                walk(pair.key);
                walk(pair.value);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            enter(node);
            for (const item of node.items)
                walk(item);
        }
        else if ((0,dist/* isAlias */.Vj)(node)) {
            nodes++;
            const target = anchors.get(node.source);
            if (target)
                targets.set(node, target);
            else
                unresolved.push(node);
        }
    };
    walk(doc.contents);
    return { targets, unresolved, duplicates, nodes };
}
/** Adds to `repeated` the offsets of scalar keys equal to an earlier key of the same mapping (the `yaml` package's own rule). */
function repeatedKeys(pairs, repeated) {
    const seen = new Set();
    for (const { key } of pairs) {
        if (!(0,dist/* isScalar */.jn)(key))
            continue;
        if (seen.has(key.value))
            repeated.push(key.range?.[0] ?? 0);
        seen.add(key.value);
    }
}
/** How many nodes the document has with every alias expanded, counted up to just past `limit`; a cycle counts as endless. */
function expandedSize(doc, targets, limit) {
    const sizes = new Map();
    const open = new Set();
    const size = (node) => {
        const target = (0,dist/* isAlias */.Vj)(node) ? targets.get(node) : node;
        if (!(0,dist/* isMap */.jh)(target) && !(0,dist/* isSeq */.oP)(target))
            return 1;
        const known = sizes.get(target);
        if (known !== undefined)
            return known;
        if (open.has(target))
            return Infinity;
        open.add(target);
        let total = 1;
        for (const item of target.items) {
            total += (0,dist/* isPair */.tO)(item) ? size(item.key) + size(item.value) : size(item);
            if (total > limit)
                break;
        }
        open.delete(target);
        sizes.set(target, total);
        return total;
    };
    return size(doc.contents);
}
function aliasSpan(lines, alias) {
    const [start, end] = alias.range ?? [0, 0];
    return lines.span(start, end);
}
/** Follows aliases to the node they name; undefined for a missing node or an unknown anchor. */
function resolve(src, node) {
    // An alias names an anchored node, which is never itself an alias.
    const target = (0,dist/* isAlias */.Vj)(node) ? src.aliases.get(node) : node;
    return (0,dist/* isMap */.jh)(target) || (0,dist/* isSeq */.oP)(target) || (0,dist/* isScalar */.jn)(target) ? target : undefined;
}
const isMergeKey = (key) => (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol' && key.value.description === '<<';
/**
 * Calls `take` with the fields of a mapping in the order `<<` merges rank them (https://yaml.org/type/merge.html):
 * the mapping's own keys, then each merge source's, earlier sources first, each followed by its own merges. A key
 * can come more than once; the application sees its first. Stops as soon as `take` returns true, and says whether
 * it did. Values are passed as written (maybe aliases). `visited` holds the mappings already met: a mapping met
 * again (through another merge, or merging itself) adds only keys already taken, so it is skipped, which keeps
 * merge chains linear.
 */
function eachField(src, node, take, merged = false, visited = new Set()) {
    const map = resolve(src, node);
    if (!(0,dist/* isMap */.jh)(map) || visited.has(map))
        return false;
    visited.add(map);
    let merges = false;
    for (const pair of map.items) {
        if (isMergeKey(pair.key))
            merges = true;
        else {
            const key = scalarString(pair.key);
            if (key !== undefined && take(key, pair.key, pair.value, merged))
                return true;
        }
    }
    if (!merges)
        return false;
    for (const pair of map.items) {
        if (!isMergeKey(pair.key))
            continue;
        const source = resolve(src, pair.value);
        for (const s of (0,dist/* isSeq */.oP)(source) ? source.items : [source])
            if (eachField(src, s, take, true, visited))
                return true;
    }
    return false;
}
/**
 * The keys of a mapping as the application sees them after `<<` merges: the mapping's own keys win
 * over merged ones, and earlier merge sources over later ones. Merged fields keep the nodes of their
 * anchor definition, so their spans point where the text is. A key the mapping itself repeats is kept
 * each time (and reported as a diagnostic).
 */
function fields(src, node) {
    const result = [];
    const taken = new Set();
    eachField(src, node, (key, keyNode, value, merged) => {
        if (!merged || !taken.has(key))
            result.push({ key, keyNode, value: resolve(src, value) });
        taken.add(key);
        return false;
    });
    return result;
}
/** The field named `name` of a mapping node, after merges: the first of {@link fields} with that key, without listing them all. */
function field(src, node, name) {
    let found;
    eachField(src, node, (key, keyNode, value) => {
        if (key === name)
            found = { key, keyNode, value: resolve(src, value) };
        return found !== undefined;
    });
    return found;
}
/** The resolved items of a sequence node; empty for anything else. */
function items(src, node) {
    const seq = resolve(src, node);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((item) => resolve(src, item)).filter((n) => n !== undefined);
}
/**
 * A scalar as text: strings as they are, numbers and booleans as written (`3000`, `true`, `1.10`
 * keep their source text, which is what an environment variable receives), null as undefined.
 */
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return node.source ?? String(node.value);
}
/** A scalar's string value, or undefined for anything else (null, maps, sequences). */
const stringAt = (src, node) => scalarString(resolve(src, node));
/** The span of a node's value, without trailing comments. */
function spanOf(src, node) {
    const [start, end] = node.range ?? [0, 0];
    return src.lines.span(start, end);
}
/** The value of a scalar node, or undefined when there is none (null, empty, a map or a sequence). */
function scalarValue(src, node) {
    const scalar = resolve(src, node);
    const value = scalarString(scalar);
    if (value === undefined || !scalar?.range)
        return undefined;
    const [start, end] = scalar.range;
    return { value, raw: src.text.slice(start, end), span: src.lines.span(start, end) };
}
/** Builds an entry; without `at` the setting is declared with no value (`- KEY`, `KEY:`, `sync: false`). */
function buildEntry(src, place, at) {
    const meta = place.meta && Object.keys(place.meta).length > 0 ? place.meta : undefined;
    const value = at && { value: at.value, raw: at.raw, valueSpan: at.span, literal: at.literal };
    const entry = (0,sources_entry/* makeEntry */.lq)({ file: src.path, ...place, meta, ...value });
    return at?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry;
}
/** The entry of one `key: value` field; none when the value is a map or a list, which is not a setting. */
function fieldEntry(src, f, placeFor, interpret) {
    if (f.value !== undefined && !(0,dist/* isScalar */.jn)(f.value))
        return undefined;
    const at = scalarValue(src, f.value);
    return buildEntry(src, { ...placeFor(f), key: f.key, keySpan: spanOf(src, f.keyNode) }, at && interpret(at));
}
const asWritten = (at) => at;
/**
 * Entries for every `KEY: value` of a mapping (env blocks, `with:` inputs, build args). Null values
 * give entries without a value. `interpret` lets a format apply its own value rules (compose `$$`).
 */
function mapEntries(src, node, placeFor, interpret = asWritten) {
    return fields(src, node).flatMap((f) => fieldEntry(src, f, placeFor, interpret) ?? []);
}
/** Entries for the named scalar fields of an object (`apiKey`, `baseURL`, …), in the order given. */
function namedEntries(src, node, names, placeFor) {
    const present = fields(src, node);
    return names.flatMap((name) => {
        const f = present.find((p) => p.key === name);
        return (f && fieldEntry(src, f, placeFor, asWritten)) ?? [];
    });
}
/** Characters the parser drops between value characters: indentation, line breaks, quotes, escapes. */
const DROPPED = new Set([' ', '\t', '\r', '\n', '\\', '"', "'"]);
/** How far to look for a character an escape sequence produced (`\x41` → `A`). */
const ESCAPE_LOOKAHEAD = 10;
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
function valueOffsets(src, scalar) {
    const value = scalarString(scalar) ?? '';
    const [start, end] = scalar.range ?? [0, 0];
    const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
    const headerEnd = src.text.indexOf('\n', start);
    let i = block ? (headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1) : start;
    const offsets = [];
    // split(''): UTF-16 units, the unit of columns.
    for (const ch of value.split('')) {
        const j = nextSourceOf(src.text, ch, i, end);
        offsets.push(j);
        i = Math.min(j + 1, end);
    }
    // One more offset: where the value ends, so empty and final slices have a place too.
    offsets.push(value.length > 0 ? offsets[offsets.length - 1] + 1 : i);
    return offsets;
}
function nextSourceOf(text, ch, from, end) {
    for (let j = from; j < end; j++) {
        const c = text[j];
        // A folded line break turns into a space in the value.
        if (c === ch || (ch === ' ' && (c === '\n' || c === '\r')))
            return j;
        if (DROPPED.has(c))
            continue;
        for (let k = j + 1; k < Math.min(end, j + ESCAPE_LOOKAHEAD); k++)
            if (text[k] === ch)
                return k;
        return j;
    }
    return from;
}
/** File offsets `[start, end)` of value characters `[from, to)`, given the offsets from `valueOffsets`. */
function fileRange(offsets, from, to) {
    const at = (k) => offsets[Math.min(k, offsets.length - 1)];
    const start = at(from);
    return [start, to > from ? at(to - 1) + 1 : start];
}
/** The file span of value characters `[from, to)`. */
function spanInValue(src, offsets, from, to) {
    return src.lines.span(...fileRange(offsets, from, to));
}
/** The file text under value characters `[from, to)`: escapes and quotes as written. */
function rawInValue(src, offsets, from, to) {
    return src.text.slice(...fileRange(offsets, from, to));
}


/***/ })

};

//# sourceMappingURL=9662.index.js.map