export const id = 9438;
export const ids = [9438];
export const modules = {

/***/ 9438:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dockerfileParser: () => (/* binding */ dockerfileParser)
/* harmony export */ });
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8518);
/* harmony import */ var _shell_lexer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8947);



/**
 * Dockerfiles and Containerfiles: `ENV` and `ARG` settings, read as BuildKit reads them
 * (moby/buildkit `frontend/dockerfile/parser/parser.go`, `line_parsers.go`, `shell/lex.go`): parser
 * directives, line continuations, comment lines inside continuations, quotes and escapes.
 */
const dockerfileParser = {
    kind: 'dockerfile',
    parse: parseDockerfile
};
/** The lines of `text` from offset `from` (past a BOM); `\r\n`, `\r` and `\n` all end a line. */
function physicalLines(text, from) {
    const lines = [];
    const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
    pattern.lastIndex = from;
    let match;
    while ((match = pattern.exec(text)) !== null) {
        lines.push({ text: match[1], start: match.index });
        if (match[2] === '')
            break;
    }
    return lines;
}
const isComment = (line) => /^\s*#/.test(line);
const isBlankLine = (line) => line.trim() === '';
/**
 * The escape character from a `# escape=` parser directive (default `\`). Directives are only honoured
 * in the comment lines at the very top of the file.
 */
function escapeCharacter(lines) {
    for (const { text } of lines) {
        const directive = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(text);
        if (!directive)
            return '\\';
        if (directive[1].toLowerCase() === 'escape')
            return directive[2] === '`' ? '`' : '\\';
    }
    return '\\';
}
function parseDockerfile(file) {
    const { text } = file;
    const index = new _core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(text);
    const lines = physicalLines(text, (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .afterBom */ .h0)(text));
    const escape = escapeCharacter(lines);
    const reader = new InstructionReader(file, index, (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerfileShell */ .v8)(escape));
    for (let i = 0; i < lines.length;) {
        const line = lines[i];
        if (isBlankLine(line.text) || isComment(line.text)) {
            i++;
            continue;
        }
        const { logical, next } = joinContinuations(lines, i, escape);
        const keyword = reader.read(logical);
        i = skipHeredocs(lines, next, keyword, logical.text);
    }
    return { entries: reader.entries, diagnostics: reader.diagnostics };
}
/**
 * Joins the lines of one instruction: a line ending in the escape character (blanks may follow)
 * continues on the next; comment lines and empty lines inside a continuation are dropped.
 */
function joinContinuations(lines, first, escape) {
    const continuation = new RegExp(`\\${escape}[ \\t]*$`);
    let text = '';
    const offsets = [];
    let i = first;
    let leading = lines[first].text.length - lines[first].text.trimStart().length;
    for (;;) {
        const line = lines[i++];
        const cut = continuation.exec(line.text);
        const content = line.text.slice(leading, cut ? cut.index : undefined);
        for (let c = 0; c < content.length; c++)
            offsets.push(line.start + leading + c);
        text += content;
        leading = 0;
        if (!cut)
            break;
        while (i < lines.length && (isComment(lines[i].text) || isBlankLine(lines[i].text)))
            i++;
        if (i >= lines.length)
            break;
    }
    return { logical: { text, offsets }, next: i };
}
/** `RUN <<EOF` / `COPY <<-"EOF" /dst`: the heredoc bodies that follow are data, not instructions. */
function skipHeredocs(lines, from, keyword, instruction) {
    if (!['RUN', 'COPY', 'ADD'].includes(keyword))
        return from;
    let i = from;
    for (const [, dash, , word] of instruction.matchAll(/<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g)) {
        const isEnd = (line) => (dash ? line.replace(/^\t+/, '') : line) === word;
        while (i < lines.length && !isEnd(lines[i].text))
            i++;
        i++;
    }
    return Math.min(i, lines.length);
}
/** Reads instructions in order, keeping the variables an `ENV` or `ARG` value may expand. */
class InstructionReader {
    file;
    index;
    shell;
    entries = [];
    diagnostics = [];
    /** ARGs declared before the first FROM: a stage sees them only when it redeclares them. */
    globalArgs = new Map();
    vars = new Map();
    inStage = false;
    constructor(file, index, shell) {
        this.file = file;
        this.index = index;
        this.shell = shell;
    }
    /** Reads one instruction; returns its upper-cased keyword. */
    read(logical) {
        const head = /^(\S+)\s*/.exec(logical.text);
        const keyword = (head?.[1] ?? '').toUpperCase();
        const args = head ? head[0].length : 0;
        if (keyword === 'FROM') {
            this.inStage = true;
            this.vars = new Map();
        }
        else if (keyword === 'ENV') {
            this.readEnv(logical, args);
        }
        else if (keyword === 'ARG') {
            this.readArg(logical, args);
        }
        return keyword;
    }
    /** `ENV A=1 B="two words"`, or the legacy `ENV A one value` (the first word holds no `=`). */
    readEnv(logical, from) {
        const words = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .splitWords */ .yM)(logical.text, from, this.shell);
        const first = words[0];
        if (!first) {
            this.report(logical, 'ENV needs a name and a value', from, logical.text.length);
            return;
        }
        if (!logical.text.slice(first.start, first.end).includes('=')) {
            this.readLegacyEnv(logical, from);
            return;
        }
        for (const word of words) {
            const eq = logical.text.indexOf('=', word.start);
            if (eq < 0 || eq >= word.end) {
                this.report(logical, `ENV: no "=" in "${logical.text.slice(word.start, word.end)}" (expected name=value)`, word.start, word.end);
                continue;
            }
            this.add(logical, 'ENV', word.start, eq, eq + 1, word.end);
        }
    }
    /** `ENV NAME value with spaces`: the name is the first word, the value the rest of the line. */
    readLegacyEnv(logical, from) {
        const match = /^(\S+)[\t\v\f\r ]+(\S[\s\S]*?)\s*$/d.exec(logical.text.slice(from));
        const [name, value] = [match?.indices?.[1], match?.indices?.[2]];
        if (!name || !value) {
            this.report(logical, 'ENV needs a name and a value', from, logical.text.trimEnd().length);
            return;
        }
        this.add(logical, 'ENV', from + name[0], from + name[1], from + value[0], from + value[1]);
    }
    /** `ARG NAME`, `ARG NAME=default`, several per line. */
    readArg(logical, from) {
        for (const word of (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .splitWords */ .yM)(logical.text, from, this.shell)) {
            const eq = logical.text.indexOf('=', word.start);
            if (eq >= 0 && eq < word.end)
                this.add(logical, 'ARG', word.start, eq, eq + 1, word.end);
            else
                this.add(logical, 'ARG', word.start, word.end);
        }
    }
    /** Records an entry for `name` (and its value, when written) and makes it visible to later `$NAME`s. */
    add(logical, instruction, keyStart, keyEnd, valueStart, valueEnd) {
        const key = logical.text.slice(keyStart, keyEnd);
        const span = (start, end) => this.index.span(...fileRange(logical, start, end));
        const base = {
            file: this.file.path,
            kind: 'dockerfile',
            scope: this.file.path,
            path: [instruction, key],
            key,
            keySpan: span(keyStart, keyEnd),
            meta: { instruction }
        };
        if (valueStart === undefined || valueEnd === undefined) {
            this.entries.push((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .makeEntry */ .lq)(base));
            this.importGlobalArg(key);
            return;
        }
        const word = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_2__/* .unquoteWord */ .ab)(logical.text.slice(valueStart, valueEnd), this.shell);
        if (word.unterminated !== undefined) {
            this.report(logical, 'unterminated quote', valueStart + word.unterminated, valueEnd);
        }
        const [from, to] = fileRange(logical, valueStart, valueEnd);
        const written = { valueSpan: this.index.span(from, to), raw: this.file.text.slice(from, to) };
        const entry = (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .makeEntry */ .lq)({ ...base, value: word.value, ...written, literal: !word.expands }, this.vars);
        this.entries.push(entry);
        this.remember(key, (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .effectiveValue */ .FB)(entry));
    }
    /** `ARG NAME` in a stage brings in the default of a global `ARG NAME=…`. */
    importGlobalArg(name) {
        this.remember(name, this.inStage ? this.globalArgs.get(name) : undefined);
    }
    remember(name, value) {
        const scope = this.inStage ? this.vars : this.globalArgs;
        if (value === undefined)
            scope.delete(name);
        else
            scope.set(name, value);
    }
    report(logical, message, start, end) {
        this.diagnostics.push((0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .diagnosticAt */ .R5)(this.index, message, ...fileRange(logical, start, end)));
    }
}
/**
 * File offsets of `start`..`end` in an instruction's logical text (end exclusive). An empty range sits
 * right after the character before it, so `ENV A=` gets an empty value span just after its `=`.
 */
function fileRange(logical, start, end) {
    const { offsets } = logical;
    const from = start < offsets.length ? offsets[start] : (offsets.at(-1) ?? -1) + 1;
    return [from, end > start ? offsets[end - 1] + 1 : from];
}


/***/ }),

/***/ 8947:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ shellVariables),
/* harmony export */   Ov: () => (/* binding */ wordEnd),
/* harmony export */   Pp: () => (/* binding */ POSIX_SHELL),
/* harmony export */   ab: () => (/* binding */ unquoteWord),
/* harmony export */   qv: () => (/* binding */ shellUnquote),
/* harmony export */   v8: () => (/* binding */ dockerfileShell),
/* harmony export */   yM: () => (/* binding */ splitWords)
/* harmony export */ });
/* unused harmony export closing */
/**
 * Shell words, as the POSIX shell and BuildKit's Dockerfile lexer read them: where a word ends, what it is
 * once quotes and escapes are removed, and the `$NAME` it expands. The two differ only in what a
 * {@link ShellDialect} names; the commands built from the words are `shell.ts`'s business.
 */
/** A POSIX shell script, or a workflow `run:` script (GitHub fills in `${{ … }}` before the shell runs). */
const POSIX_SHELL = { escape: '\\', escapedInDouble: '"\\$`', operators: ';&|<>', blank: /[ \t\r\n]/, groups: true };
/**
 * The arguments of a Dockerfile instruction (moby/buildkit `frontend/dockerfile/parser/line_parsers.go`
 * `parseWords`; `shell/lex.go` `processDoubleQuote`: only `"`, `$` and the escape character are escaped in
 * double quotes).
 */
const dockerfileShell = (escape) => ({ escape, escapedInDouble: `"$${escape}`, operators: '', blank: /\s/, groups: false });
/** The words of `text` from `from`, split at blanks outside quotes (and, for the shell, at its operators). */
function splitWords(text, from, dialect) {
    const words = [];
    for (let i = from; i < text.length;) {
        if (dialect.blank.test(text[i])) {
            i++;
            continue;
        }
        const end = Math.max(wordEnd(text, i, dialect), i + 1);
        words.push({ start: i, end, text: text.slice(i, end) });
        i = end;
    }
    return words;
}
/** Where the word starting at `from` ends: quotes, escapes and (for the shell) `$(…)`, `${…}`, `${{ … }}` stay inside. */
function wordEnd(text, from, dialect) {
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (dialect.blank.test(c) || dialect.operators.includes(c))
            return i;
        if (c === dialect.escape)
            i += 2;
        else if (c === "'")
            i = closing(text, i + 1, "'") + 1;
        else if (c === '"')
            i = closingDouble(text, i + 1, dialect) + 1;
        else if (!dialect.groups)
            i++;
        else if (text.startsWith('${{', i))
            i = closing(text, i + 3, '}}') + 2;
        else if (text.startsWith('${', i))
            i = closing(text, i + 2, '}') + 1;
        else if (text.startsWith('$(', i))
            i = closingParen(text, i + 2) + 1;
        else if (c === '`')
            i = closing(text, i + 1, '`') + 1;
        else
            i++;
    }
    return Math.min(i, text.length);
}
/** The offset of `mark` at or after `from`, or the end of the text when it never comes. */
const closing = (text, from, mark) => {
    const at = text.indexOf(mark, from);
    return at === -1 ? text.length : at;
};
function closingDouble(text, from, dialect) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === dialect.escape)
            i++;
        else if (dialect.groups && text.startsWith('${{', i))
            i = closing(text, i + 3, '}}') + 1;
        else if (text[i] === '"')
            return i;
    }
    return text.length;
}
function closingParen(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0)
            return i;
    }
    return text.length;
}
/**
 * Removes quoting from a word: `'…'` is literal, `"…"` drops the escapes of {@link ShellDialect.escapedInDouble},
 * bare text drops every escape. For the shell, `${{ … }}` is kept whole: GitHub substitutes it before the shell runs.
 */
function unquoteWord(word, dialect) {
    let value = '';
    let expands = true;
    let quote;
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        // Even inside single quotes: GitHub has substituted the expression before the shell reads a quote.
        if (dialect.groups && word.startsWith('${{', i)) {
            const end = closing(word, i + 3, '}}') + 2;
            value += word.slice(i, end);
            i = end - 1;
        }
        else if (quote?.mark === "'") {
            if (c === "'")
                quote = undefined;
            else {
                if (c === '$')
                    expands = false;
                value += c;
            }
        }
        else if (c === dialect.escape && i + 1 < word.length && (quote === undefined || dialect.escapedInDouble.includes(word[i + 1]))) {
            if (word[++i] === '$')
                expands = false;
            value += word[i];
        }
        else if (c === quote?.mark)
            quote = undefined;
        else if (quote === undefined && (c === '"' || c === "'"))
            quote = { mark: c, at: i };
        else
            value += c;
    }
    return quote === undefined ? { value, expands } : { value, expands, unterminated: quote.at };
}
/** {@link unquoteWord} for the shell, the value alone. */
const shellUnquote = (word) => unquoteWord(word, POSIX_SHELL).value;
const SHELL_VARIABLE = /\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/y;
/** `$NAME` and `${NAME…}` that the shell expands: outside single quotes, not `${{`. */
function shellVariables(word) {
    const found = [];
    // The first `}` at or after an offset, remembered: a word of many unclosed `${` is searched once, not once each.
    let close;
    const braceEnd = (from) => {
        if (close === undefined || (close !== -1 && close < from))
            close = word.indexOf('}', from);
        return close === -1 ? -1 : close + 1;
    };
    let inDouble = false;
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if (c === '\\')
            i++;
        else if (c === '"')
            inDouble = !inDouble;
        else if (c === "'" && !inDouble)
            i = closing(word, i + 1, "'");
        else if (word.startsWith('${{', i))
            i = closing(word, i + 3, '}}') + 1;
        else if (c === '$') {
            SHELL_VARIABLE.lastIndex = i;
            const m = SHELL_VARIABLE.exec(word);
            const end = m?.[1] === undefined ? (m ? i + m[0].length : -1) : braceEnd(i + m[0].length);
            if (m && end !== -1) {
                found.push({ name: (m[1] ?? m[2]), start: i, end });
                i = end - 1;
            }
        }
    }
    return found;
}


/***/ })

};

//# sourceMappingURL=9438.index.js.map