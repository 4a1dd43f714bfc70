export const id = 9206;
export const ids = [9206];
export const modules = {

/***/ 2054:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OQ: () => (/* binding */ stringEntry),
/* harmony export */   P1: () => (/* binding */ propertiesOf),
/* harmony export */   Rm: () => (/* binding */ envObjectEntries),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   WR: () => (/* binding */ nodeDiagnostic),
/* harmony export */   mz: () => (/* binding */ memberAt)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8518);



/**
 * Reads strict JSON: comments and trailing commas are errors, because the programs that read these files
 * reject them (Claude Code discards a settings file with `//` comments: anthropics/claude-code#83190, #9906;
 * Vercel and Heroku use plain JSON parsers). `jsonc` accepts both, for files an editor reads as JSON with
 * comments (VS Code's `.vscode/*.json`).
 */
function readJson(text, { jsonc = false } = {}) {
    const lines = new _core_text_js__WEBPACK_IMPORTED_MODULE_1__/* .LineIndex */ .rr(text);
    const errors = [];
    // A BOM is not JSON; a space of the same length keeps every offset.
    const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(source, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc });
    const first = errors[0];
    const diagnostics = first ? [(0,_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(lines, describeError(first), first.offset, first.offset + first.length)] : [];
    return root ? { root, lines, diagnostics } : { lines, diagnostics };
}
/** `CommaExpected` → `invalid JSON: comma expected`. */
function describeError(error) {
    const words = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `invalid JSON: ${words}`;
}
/** The member at `path` (object member names), or undefined when any step is missing or not an object. */
function memberAt(root, path) {
    let member;
    for (const name of path) {
        const node = member ? member.valueNode : root;
        if (node?.type !== 'object')
            return undefined;
        // JSON.parse keeps the last of repeated names, and so do the programs reading these files.
        member = propertiesOf(node)
            .filter((p) => p.name === name)
            .pop();
        if (!member)
            return undefined;
    }
    return member;
}
/** The members of an object node, in file order; members the parser could not finish are skipped. */
function propertiesOf(object) {
    const members = [];
    for (const property of object.children ?? []) {
        const [nameNode, valueNode] = property.children ?? [];
        if (nameNode?.type === 'string' && valueNode)
            members.push({ name: nameNode.value, nameNode, valueNode });
    }
    return members;
}
/** The text of a node exactly as written (strings keep their quotes). */
const rawOf = (doc, node) => doc.lines.text.slice(node.offset, node.offset + node.length);
/** The span of a node as written. */
const spanOf = (doc, node) => doc.lines.span(node.offset, node.offset + node.length);
/**
 * Entries for an object of environment variables whose values must be strings (`"env": { "NAME": "value" }`).
 * A value of another type, or an `env` that is not an object, becomes a diagnostic.
 */
function envObjectEntries(file, kind, doc, where) {
    const entries = [];
    const diagnostics = [];
    const object = memberAt(doc.root, where.path)?.valueNode;
    if (object === undefined)
        return { entries, diagnostics };
    const label = where.path.join('.');
    if (object.type !== 'object') {
        diagnostics.push(nodeDiagnostic(doc, object, `\`${label}\` must be an object`));
        return { entries, diagnostics };
    }
    for (const { name, nameNode, valueNode } of propertiesOf(object)) {
        if (valueNode.type !== 'string') {
            diagnostics.push(nodeDiagnostic(doc, valueNode, `\`${label}.${name}\` must be a string, not ${valueNode.type}`));
            continue;
        }
        entries.push(stringEntry(file, kind, doc, { ...where, path: [...where.path, name] }, nameNode, valueNode));
    }
    return { entries, diagnostics };
}
/** An entry for a string member: `name` is the key, the value node gives value, span and raw text. */
function stringEntry(file, kind, doc, where, nameNode, valueNode) {
    const value = valueNode === undefined
        ? {}
        : { value: valueNode.value, valueSpan: spanOf(doc, valueNode), raw: rawOf(doc, valueNode) };
    return (0,_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .makeEntry */ .lq)({
        file: file.path,
        kind,
        scope: where.scope,
        path: where.path,
        key: nameNode.value,
        keySpan: spanOf(doc, nameNode),
        ...value,
        ...(where.meta ? { meta: where.meta } : {})
    });
}
/** A diagnostic covering a node as written. */
const nodeDiagnostic = (doc, node, message) => (0,_entry_js__WEBPACK_IMPORTED_MODULE_2__/* .diagnosticAt */ .R5)(doc.lines, message, node.offset, node.offset + node.length);


/***/ }),

/***/ 9206:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mcpParser: () => (/* binding */ mcpParser)
/* harmony export */ });
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8518);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2054);


/**
 * The member that lists the servers of an MCP config (the files ./claims.ts claims):
 * - `.mcp.json` (Claude Code project servers, https://code.claude.com/docs/en/mcp) and `.cursor/mcp.json`
 *   (https://cursor.com/docs/context/mcp): `mcpServers`;
 * - `.vscode/mcp.json` (https://code.visualstudio.com/docs/copilot/reference/mcp-configuration): `servers`,
 *   JSON with comments like every VS Code settings file.
 */
function serversMember(path) {
    return path === '.vscode/mcp.json' || path.endsWith('/.vscode/mcp.json') ? { member: 'servers', jsonc: true } : { member: 'mcpServers', jsonc: false };
}
/** `${input:api-key}` (a prompt VS Code shows) and `${env:NAME}`: filled in when the server starts. */
const EDITOR_VARIABLE = /^\$\{(input|env):([^}]+)\}$/;
/**
 * MCP server configs: each server's `env` (the variables of a local server's process) and `headers` (sent to
 * a remote server: where its API key goes) are a scope, `<file>#mcpServers.<name>`.
 */
const mcpParser = {
    kind: 'mcp',
    parse(file) {
        const { member, jsonc } = serversMember(file.path);
        const doc = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(file.text, { jsonc });
        const entries = [];
        const fingerprints = [];
        const diagnostics = [...doc.diagnostics];
        const servers = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .memberAt */ .mz)(doc.root, [member])?.valueNode;
        if (servers !== undefined && servers.type !== 'object')
            diagnostics.push((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .nodeDiagnostic */ .WR)(doc, servers, `\`${member}\` must be an object`));
        for (const { name } of servers?.type === 'object' ? (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .propertiesOf */ .P1)(servers) : []) {
            const scope = `${file.path}#${member}.${name}`;
            // The server is its own program: its environment is not the app's (src/clients/detect.ts).
            fingerprints.push((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .spawnedEnvironment */ .kO)(`the MCP server ${name}`, file.path, scope));
            for (const block of ['env', 'headers']) {
                const where = { path: [member, name, block], scope, ...(block === 'headers' && { meta: { httpHeader: true } }) };
                const found = (0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .envObjectEntries */ .Rm)(file, 'mcp', doc, where);
                entries.push(...found.entries.map(asEditorVariable));
                diagnostics.push(...found.diagnostics);
            }
        }
        return { entries, diagnostics, fingerprints };
    }
};
function asEditorVariable(entry) {
    const match = entry.value === undefined ? null : EDITOR_VARIABLE.exec(entry.value);
    return match ? { ...entry, form: 'reference', ref: { context: match[1], name: match[2] } } : entry;
}


/***/ })

};

//# sourceMappingURL=9206.index.js.map