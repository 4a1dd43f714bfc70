export const id = 7247;
export const ids = [7247];
export const modules = {

/***/ 7247:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   flyParser: () => (/* binding */ flyParser)
/* harmony export */ });
/* harmony import */ var _toml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6840);

/**
 * Fly.io app config: `[env]` holds runtime variables, `[build.args]` Docker build arguments
 * (https://fly.io/docs/reference/configuration/). Both are plain text in the repository: Fly's own
 * place for keys is `fly secrets set`.
 */
const flyParser = {
    kind: 'fly',
    parse(file) {
        const doc = (0,_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .readToml */ .D7)(file.text);
        const found = (0,_toml_js__WEBPACK_IMPORTED_MODULE_0__/* .tableEntries */ .zH)(file, 'fly', doc, [
            { path: ['env'], scope: () => file.path },
            { path: ['build', 'args'], scope: () => file.path, meta: { buildArg: true } }
        ]);
        return { entries: found.entries, diagnostics: [...doc.diagnostics, ...found.diagnostics] };
    }
};


/***/ }),

/***/ 6840:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D7: () => (/* binding */ readToml),
/* harmony export */   jo: () => (/* binding */ pairEntry),
/* harmony export */   x4: () => (/* binding */ ANY),
/* harmony export */   zH: () => (/* binding */ tableEntries)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5632);
/* harmony import */ var toml_eslint_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9605);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8518);





/** Dotted keys and headers longer than this hold no setting we read. */
const MAX_KEY_PARTS = 64;
/**
 * A key of more parts where a key may start (a line, after `[`, `[[`, `{` or `,`). Both parsers build a node or a
 * table per part (a key of half a million parts costs gigabytes), so such a file is not handed to them. Tried only
 * where a key may start, each attempt reads one key at most (linear in the file); a run of 65 dotted words after a
 * comma inside a string counts too, and no setting holds one.
 */
const TOO_DEEP_KEY = new RegExp(String.raw `(?:^|[{,])[ \t]*(?:\[\[?[ \t]*)?((?:(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')[ \t]*\.[ \t]*){${MAX_KEY_PARTS}}[A-Za-z0-9_"'-])`, 'm');
/** Reads every key/value pair; in a malformed file, the pairs written before the error. */
function readToml(text) {
    const lines = new _core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(text);
    const refuse = (message, at) => ({ pairs: [], diagnostics: [(0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .diagnosticAt */ .R5)(lines, message, at, at + 1)] });
    const deep = TOO_DEEP_KEY.exec(text);
    if (deep)
        return refuse(`a dotted key of more than ${MAX_KEY_PARTS} parts: the file was not read`, deep.index + deep[0].length - deep[1].length);
    if (text.length > _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .TOML_PARSE_CAP_BYTES */ .Y) {
        return refuse(`the file is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .TOML_PARSE_CAP_BYTES */ .Y / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`, 0);
    }
    // A BOM becomes a blank and a lone CR (no TOML line ending; LineIndex has it) a LF: same length, same offsets.
    const source = ' '.repeat((0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .afterBom */ .h0)(text)) + text.slice((0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .afterBom */ .h0)(text)).replace(/\r(?!\n)/g, '\n');
    const whole = parse(source);
    const error = validate(source, lines) ?? (whole instanceof Error ? treeError(whole) : undefined);
    if (error === undefined)
        return { pairs: whole instanceof Error ? [] : pairsOf(whole, lines, Infinity), diagnostics: [] };
    // The lines before the error's line still make a document of their own (unless a string opened there runs on).
    const tree = parse(source.slice(0, lines.offset({ line: lines.position(error.offset).line, column: 1 })));
    return {
        pairs: tree instanceof Error ? [] : pairsOf(tree, lines, error.offset),
        diagnostics: [(0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .diagnosticAt */ .R5)(lines, error.message, error.offset, endOfCharacter(text, error.offset))]
    };
}
/** smol-toml's first error, with its message stripped of the code excerpt it appends. */
function validate(source, lines) {
    try {
        (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(source);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx))
            return { offset: 0, message: `invalid TOML: ${String(error)}` };
        const message = error.message.split('\n')[0].replace(/^Invalid TOML document: /, 'invalid TOML: ');
        return { offset: lines.offset({ line: error.line, column: error.column }), message };
    }
}
/** The tree, or why it could not be built. TOML 1.1 (multi-line inline tables, `\e`, `\x`), which smol-toml reads too. */
function parse(source) {
    try {
        return (0,toml_eslint_parser__WEBPACK_IMPORTED_MODULE_1__/* .parseTOML */ .MD)(source, { tomlVersion: '1.1' });
    }
    catch (error) {
        return error instanceof Error ? error : new Error(String(error));
    }
}
/** An error of toml-eslint-parser in a file smol-toml accepts: reported all the same, never a silent skip. */
function treeError(error) {
    const message = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return { offset: error instanceof toml_eslint_parser__WEBPACK_IMPORTED_MODULE_1__/* .ParseError */ .mB ? error.index : 0, message: `invalid TOML: ${message}` };
}
/** The error marks one character; at a line end or the end of the file it marks a point. */
const endOfCharacter = (text, offset) => offset >= text.length || text[offset] === '\n' || text[offset] === '\r' ? offset : offset + 1;
/**
 * Entries for the pairs directly inside the tables that `tables` names, e.g. netlify's
 * `['context', ANY, 'environment']`. Values must be strings or scalars; arrays and deeper tables are
 * reported, since no environment variable can hold them.
 */
function tableEntries(file, kind, doc, tables) {
    const entries = [];
    const diagnostics = [];
    for (const pair of doc.pairs) {
        for (const table of tables) {
            const captured = matchPrefix(pair.path, table.path);
            if (captured === undefined)
                continue;
            if (pair.path.length === table.path.length + 1 && pair.type !== 'array') {
                entries.push(pairEntry(file, kind, pair, table.scope(captured), table.meta));
            }
            else {
                const name = pair.path.slice(0, table.path.length + 1).join('.');
                diagnostics.push({ message: `\`${name}\` must be a string`, span: pair.valueSpan });
            }
        }
    }
    return { entries, diagnostics };
}
/** Matches any one key in an `EnvTable` path. */
const ANY = Symbol('any key');
/** The keys `ANY` matched when `path` starts with `prefix`, else undefined. */
function matchPrefix(path, prefix) {
    if (path.length <= prefix.length)
        return undefined;
    const captured = [];
    for (const [i, want] of prefix.entries()) {
        const got = path[i];
        if (want === ANY && typeof got === 'string')
            captured.push(got);
        else if (want !== got)
            return undefined;
    }
    return captured;
}
/** An entry for one pair; the key is the last segment of its path. */
function pairEntry(file, kind, pair, scope, meta) {
    return (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .makeEntry */ .lq)({
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
    });
}
/**
 * The pairs of the tree in the order they are written, those whose value ends by `limit`. The members of an inline
 * table are pairs of their own; an array is one pair without a value.
 */
function pairsOf(tree, lines, limit) {
    const pairs = [];
    const visit = (table, pair) => {
        const path = [...table, ...pair.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value))];
        const { value } = pair;
        if (value.type === 'TOMLInlineTable') {
            for (const member of value.body)
                visit(path, member);
            return;
        }
        if (value.range[1] > limit)
            return;
        const raw = lines.text.slice(...value.range);
        const type = value.type === 'TOMLArray' ? 'array' : value.kind === 'string' ? 'string' : 'scalar';
        const decoded = value.type === 'TOMLArray' ? undefined : value.kind === 'string' ? value.value : raw;
        pairs.push({
            path,
            keySpan: lines.span(...pair.key.keys.at(-1).range),
            valueSpan: lines.span(...value.range),
            raw,
            type,
            ...(decoded === undefined ? {} : { value: decoded })
        });
    };
    for (const node of tree.body[0].body) {
        if (node.type === 'TOMLKeyValue')
            visit([], node);
        else
            for (const pair of node.body)
                visit(node.resolvedKey, pair);
    }
    return pairs;
}


/***/ })

};

//# sourceMappingURL=7247.index.js.map