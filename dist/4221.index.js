export const id = 4221;
export const ids = [4221];
export const modules = {

/***/ 4221:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   systemdParser: () => (/* binding */ systemdParser)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8518);


/**
 * systemd service units (`*.service`): `Environment=` lines of the `[Service]` section, as systemd.exec(5)
 * reads them (https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=):
 * a space-separated list of assignments, a whole assignment quoted when its value has spaces
 * (`Environment="VAR1=word1 word2" VAR2=word3`), repeated lines adding up. `$` has no special meaning there
 * ("Variable expansion is not performed inside the strings, and $ has no special meaning"), so every
 * value is a literal; `%%` is a specifier for `%`. A line ending in a backslash continues on the
 * next (systemd.syntax(7)).
 */
const systemdParser = {
    kind: 'systemd',
    parse: parseUnit
};
function parseUnit(file) {
    const index = new _core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(file.text);
    const entries = [];
    const diagnostics = [];
    let section = '';
    for (const line of logicalLines(file.text)) {
        const trimmed = line.text.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[([^\]]+)\]$/.exec(trimmed);
        if (header) {
            section = header[1];
            continue;
        }
        const setting = /^\s*Environment\s*=\s*/.exec(line.text);
        if (section !== 'Service' || !setting)
            continue;
        for (const word of splitWords(line.text, setting[0].length)) {
            const at = (start, end) => fileRange(line, start, end);
            if (word.unterminated) {
                diagnostics.push((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(index, 'Environment=: unterminated quote', ...at(word.start, word.end)));
                continue;
            }
            const eq = word.value.indexOf('=');
            const key = eq === -1 ? word.value : word.value.slice(0, eq);
            if (eq <= 0 || !/^[A-Za-z_]\w*$/.test(key)) {
                diagnostics.push((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(index, `Environment=: "${word.value}" is not NAME=value`, ...at(word.start, word.end)));
                continue;
            }
            // A quoted word keeps its quote outside the key and the value.
            const keyStart = word.start + (word.quoted ? 1 : 0);
            const valueStart = keyStart + key.length + 1;
            const valueEnd = word.end - (word.quoted ? 1 : 0);
            const [from, to] = at(valueStart, valueEnd);
            entries.push((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .makeEntry */ .lq)({
                file: file.path,
                kind: 'systemd',
                scope: file.path,
                path: ['Service', 'Environment', key],
                key,
                keySpan: index.span(...at(keyStart, keyStart + key.length)),
                value: word.value.slice(eq + 1).replace(/%%/g, '%'),
                valueSpan: index.span(from, to),
                raw: file.text.slice(from, to),
                literal: true
            }));
        }
    }
    return { entries, diagnostics };
}
/** Lines with backslash continuations joined (the backslash becomes a space, as systemd does). */
function logicalLines(text) {
    const lines = [];
    let current = { text: '', offsets: [] };
    const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
    pattern.lastIndex = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .afterBom */ .h0)(text);
    let match;
    while ((match = pattern.exec(text)) !== null) {
        const [, content = '', ending] = match;
        const continued = content.endsWith('\\');
        const kept = continued ? content.slice(0, -1) + ' ' : content;
        for (let i = 0; i < kept.length; i++)
            current.offsets.push(match.index + i);
        current.text += kept;
        if (!continued || ending === '') {
            lines.push(current);
            current = { text: '', offsets: [] };
        }
        if (ending === '')
            break;
    }
    return lines;
}
/** File offsets of logical characters `start`..`end`. */
function fileRange(line, start, end) {
    const from = line.offsets[start] ?? (line.offsets.at(-1) ?? -1) + 1;
    return [from, end > start ? line.offsets[end - 1] + 1 : from];
}
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", ' ': ' ' };
/** Words separated by blanks; quotes group, and in quotes a backslash escapes (systemd.syntax(7), "Quoting"). */
function splitWords(text, from) {
    const words = [];
    let i = from;
    while (i < text.length) {
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        if (i >= text.length)
            break;
        const start = i;
        let value = '';
        let quote = '';
        let unterminated = false;
        for (; i < text.length; i++) {
            const c = text[i];
            if (!quote && (c === ' ' || c === '\t'))
                break;
            if (c === '\\' && i + 1 < text.length)
                value += ESCAPES[text[++i]] ?? `\\${text[i]}`;
            else if (quote && c === quote)
                quote = '';
            else if (!quote && (c === '"' || c === "'"))
                quote = c;
            else
                value += c;
        }
        if (quote)
            unterminated = true;
        const first = text[start];
        const quoted = (first === '"' || first === "'") && text[i - 1] === first && i - start >= 2;
        words.push({ start, end: i, value, quoted, ...(unterminated && { unterminated }) });
    }
    return words;
}


/***/ })

};

//# sourceMappingURL=4221.index.js.map