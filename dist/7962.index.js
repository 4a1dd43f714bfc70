export const id = 7962;
export const ids = [7962];
export const modules = {

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


/***/ }),

/***/ 7962:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shellParser: () => (/* binding */ shellParser)
/* harmony export */ });
/* harmony import */ var _clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1075);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8518);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3844);




/**
 * Shell scripts: the settings a script hands to a program, read with the same lexer as workflow `run:`
 * scripts: `export NAME=value`, `NAME=value` before a command or alone, and `docker run -e NAME=value` /
 * `--env NAME=value`. A value built from earlier assignments of the script is resolved when they are all
 * known (`BASE=https://api.example.com; export OPENAI_BASE_URL=$BASE/v1`). The image a `docker run` starts
 * is a `docker-image` fingerprint of the script's scope.
 */
const shellParser = {
    kind: 'shell',
    parse(file) {
        const index = new _core_text_js__WEBPACK_IMPORTED_MODULE_0__/* .LineIndex */ .rr(file.text);
        const vars = new Map();
        const entries = [];
        const fingerprints = [];
        for (const command of (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .shellCommands */ .hf)(file.text)) {
            const image = (0,_clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_2__/* .dockerImageFingerprint */ .ck)((0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .dockerRunImage */ .lN)(command.words), file.path, file.path);
            if (image)
                fingerprints.push(image);
            for (const word of (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .assignmentWords */ .FQ)(command.words)) {
                const assignment = (0,_shell_js__WEBPACK_IMPORTED_MODULE_1__/* .readAssignment */ .K6)(word);
                if (!assignment)
                    continue;
                const { key, keyStart, keyEnd, value } = assignment;
                const written = value && {
                    value: value.text,
                    valueSpan: index.span(value.rawStart, value.rawEnd),
                    raw: file.text.slice(value.rawStart, value.rawEnd),
                    literal: value.literal
                };
                const base = { file: file.path, kind: 'shell', scope: file.path, path: [key], key, keySpan: index.span(keyStart, keyEnd), ...written };
                const entry = (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .makeEntry */ .lq)(base, vars);
                const shown = value?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry;
                entries.push(shown);
                const known = value?.computed ? undefined : (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .effectiveValue */ .FB)(shown);
                if (known === undefined)
                    vars.delete(key);
                else
                    vars.set(key, known);
            }
        }
        return { entries, diagnostics: [], fingerprints };
    }
};


/***/ }),

/***/ 3844:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FQ: () => (/* binding */ assignmentWords),
/* harmony export */   K6: () => (/* binding */ readAssignment),
/* harmony export */   hf: () => (/* binding */ shellCommands),
/* harmony export */   lN: () => (/* binding */ dockerRunImage)
/* harmony export */ });
/* harmony import */ var _shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8947);
/**
 * The shell, as far as settings need it: commands split into words with their offsets, quotes removed,
 * and the words that set an environment variable (`NAME=value` before a command, `export`, `docker run
 * -e`/`--env`). Shared by the workflow parser (`run:` scripts) and the shell script parser; the words come from
 * `shell-lexer.ts`.
 */

const ENV_NAME = /^[A-Za-z_]\w*$/;
/** `$(…)`, `$((…))` and backticks: the shell fills these in when the script runs. */
const COMMAND_SUBSTITUTION = /\$\(|`/;
/**
 * Splits a script into simple commands, enough for assignments, `docker run -e` and `echo`:
 * `;`, `&`, `&&`, `||`, `|` and line breaks separate commands; quotes, `$(…)`, `${…}` and `${{ … }}`
 * stay inside words; `\` line continuations join lines; `#` starts a comment; redirections are noted.
 */
function shellCommands(script) {
    const commands = [];
    let words = [];
    let redirected = false;
    const finish = (piped) => {
        if (words.length > 0)
            commands.push({ words, redirected, piped });
        words = [];
        redirected = false;
    };
    let i = 0;
    while (i < script.length) {
        const c = script[i];
        const next = script[i + 1];
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (c === '\\' && (next === '\n' || next === '\r')) {
            i += next === '\r' && script[i + 2] === '\n' ? 3 : 2;
        }
        else if (c === '#') {
            i = lineEnd(script, i);
        }
        else if (script.startsWith('&&', i) || script.startsWith('||', i)) {
            finish(false);
            i += 2;
        }
        else if (c === '\n' || c === ';' || (c === '&' && next !== '>')) {
            finish(false);
            i++;
        }
        else if (c === '|') {
            finish(true);
            i++;
        }
        else if (c === '>' || c === '<' || c === '&') {
            const redirect = readRedirect(script, i, '');
            redirected ||= redirect.capturesStdout;
            i = redirect.end;
        }
        else {
            const end = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .wordEnd */ .Ov)(script, i, _shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .POSIX_SHELL */ .Pp);
            const text = script.slice(i, end);
            // `2>file`, `1>>file`: a file-descriptor number glued to a redirection.
            if (/^\d$/.test(text) && (script[end] === '>' || script[end] === '<')) {
                const redirect = readRedirect(script, end, text);
                redirected ||= redirect.capturesStdout;
                i = redirect.end;
            }
            else {
                words.push({ start: i, end, text });
                i = end;
            }
        }
    }
    finish(false);
    return commands;
}
const lineEnd = (text, from) => {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
};
/** Reads `>`, `>>`, `&>`, `>&2`, `<`, `<<` and the word after it. */
function readRedirect(script, at, fd) {
    REDIRECT.lastIndex = at;
    const op = REDIRECT.exec(script)?.[0] ?? script[at];
    let i = at + op.length;
    while (script[i] === ' ' || script[i] === '\t')
        i++;
    const target = script.slice(i, (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .wordEnd */ .Ov)(script, i, _shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .POSIX_SHELL */ .Pp));
    const toStdoutFile = op.startsWith('&>') || (op.startsWith('>') && (fd === '' || fd === '1'));
    // `>&2` duplicates onto stderr, which still reaches the log.
    const capturesStdout = toStdoutFile && !op.endsWith('&') && !target.startsWith('&');
    return { end: i + target.length, capturesStdout };
}
/**
 * `NAME=value` words that set a variable: leading assignments, `export` arguments, `docker run -e`/`--env`
 * (where a bare `NAME` passes the runner's variable through).
 */
function assignmentWords(words) {
    const leading = [];
    let i = 0;
    for (; i < words.length && /^[A-Za-z_]\w*=/.test(words[i].text); i++)
        leading.push(words[i]);
    const command = words[i]?.text;
    // `export NAME` without a value only marks a variable; it sets nothing.
    if (command === 'export') {
        return [...leading, ...words.slice(i + 1).filter((w) => w.text.includes('=') && !w.text.startsWith('-'))];
    }
    if (command === 'docker' && isDockerRun(words.slice(i + 1)))
        return [...leading, ...dockerEnvWords(words.slice(i + 1))];
    return leading;
}
/** `docker run`, `docker create`, `docker container run|create`. */
function isDockerRun(args) {
    const [first, second] = args.map((w) => w.text);
    const startsContainer = (verb) => verb === 'run' || verb === 'create';
    return startsContainer(first) || (first === 'container' && startsContainer(second));
}
/**
 * `docker run` options that take no value (https://docs.docker.com/reference/cli/docker/container/run/);
 * every other option without `=` takes the next word. Short ones may be combined (`-dit`).
 */
const DOCKER_RUN_FLAGS = new Set(['--detach', '--interactive', '--tty', '--rm', '--init', '--privileged', '--publish-all', '--read-only', '--quiet', '--no-healthcheck', '--oom-kill-disable']);
const SHORT_FLAGS = /^-[ditPq]+$/;
/** The image a `docker run`/`docker create` command starts, as written; undefined for any other command. */
function dockerRunImage(words) {
    const leading = words.findIndex((w) => !/^[A-Za-z_]\w*=/.test(w.text));
    if (leading === -1 || words[leading].text !== 'docker')
        return undefined;
    const args = words.slice(leading + 1);
    if (!isDockerRun(args))
        return undefined;
    for (let i = args[0].text === 'container' ? 2 : 1; i < args.length; i++) {
        const text = args[i].text;
        if (!text.startsWith('-'))
            return (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .shellUnquote */ .qv)(text);
        if (!text.includes('=') && !DOCKER_RUN_FLAGS.has(text) && !SHORT_FLAGS.test(text))
            i++;
    }
    return undefined;
}
function dockerEnvWords(args) {
    const found = [];
    args.forEach((word, i) => {
        const next = args[i + 1];
        if ((word.text === '-e' || word.text === '--env') && next)
            found.push(next);
        else if (word.text.startsWith('--env='))
            found.push({ start: word.start + 6, end: word.end, text: word.text.slice(6) });
    });
    return found;
}
/** Reads an assignment word; undefined when its name is not an environment variable name. */
function readAssignment(word) {
    const eq = word.text.indexOf('=');
    const keyRaw = eq === -1 ? word.text : word.text.slice(0, eq);
    const key = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .shellUnquote */ .qv)(keyRaw);
    if (!ENV_NAME.test(key))
        return undefined;
    const keyStart = word.start + keyRaw.indexOf(key);
    const named = { key, keyStart, keyEnd: keyStart + key.length };
    if (eq === -1)
        return named;
    const outerQuote = keyRaw.startsWith('"') || keyRaw.startsWith("'") ? 1 : 0;
    const text = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .shellUnquote */ .qv)(word.text).slice(key.length + 1);
    const written = word.text.slice(eq + 1);
    const expands = written.includes('${{') || (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_0__/* .shellVariables */ .AG)(written).length > 0;
    return {
        ...named,
        value: { text, rawStart: word.start + eq + 1, rawEnd: word.end - outerQuote, literal: !expands, computed: COMMAND_SUBSTITUTION.test(text) }
    };
}
/** Sticky, so reading at an offset never copies the rest of the script. */
const REDIRECT = /&>>?|>>?&?|>\||<<?-?|<&|<>/y;


/***/ })

};

//# sourceMappingURL=7962.index.js.map