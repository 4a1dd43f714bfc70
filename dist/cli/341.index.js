export const id = 341;
export const ids = [341];
export const modules = {

/***/ 8947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

/***/ 3844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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


/***/ }),

/***/ 2341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workflowParser: () => (/* binding */ workflowParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3844);
/* harmony import */ var _shell_lexer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8947);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);




/** `secrets.NAME` or `secrets['NAME']` inside an expression. */
const SECRET_REF = /(?<![\w.-])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
/** The whole `secrets` context: `toJSON(secrets)`, `secrets[matrix.name]` (zizmor `overprovisioned-secrets`). */
const ALL_SECRETS = /(?<![\w.-])secrets\b(?!\s*(?:\.\s*[A-Za-z_]|\[\s*'))/;
/**
 * A checkout `ref` (or `repository`) that names the pull request's code rather than the base branch:
 * under `pull_request_target` or `workflow_run` this runs untrusted code with the base repository's secrets.
 */
const PR_HEAD = /github\.event\.pull_request\.head\.|github\.head_ref\b|github\.event\.workflow_run\.head_|refs\/pull\//;
const CHECKOUT_ACTION = /^actions\/checkout(?:@|$)/i;
/** GitHub Actions workflows: env at every level, `with:` inputs, assignments in `run:` scripts, secret exposure facts. */
const workflowParser = {
    kind: 'workflow',
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(file);
        const root = src.doc.contents;
        // Workflow-level env belongs to the file's own scope; the model merges it into every job.
        const envNode = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, root, 'env')?.value;
        const env = envEntries(src, envNode, src.path, ['env']);
        const inherited = { env: secretEnv(new Map(), env), exposure: secretExposure(src, envNode) };
        const on = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, root, 'on');
        const jobs = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, root, 'jobs')?.value).map((job) => readJob(src, job, inherited));
        return {
            entries: [...env, ...jobs.flatMap((j) => j.entries)],
            diagnostics: src.diagnostics,
            workflow: {
                triggers: triggersOf(src, on?.value),
                ...(on ? { triggerSpan: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(src, on.keyNode) } : {}),
                jobs: jobs.map((j) => j.facts)
            }
        };
    }
};
/** `on: push`, `on: [push, pull_request_target]` or `on: { push: …, pull_request_target: … }`. */
function triggersOf(src, node) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(src, node).map((f) => f.key);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(src, node).flatMap((n) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(n) ?? []);
    const single = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(node);
    return single === undefined ? [] : [single];
}
const place = (scope, path, key, meta) => ({
    kind: 'workflow',
    scope,
    path: [...path, key],
    key,
    ...(meta ? { meta } : {})
});
function envEntries(src, node, scope, path) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, node, (f) => place(scope, path, f.key));
}
/** Environment variables that hold a secret, by variable name → secret name; later levels override earlier ones. */
function secretEnv(parent, env) {
    const merged = new Map(parent);
    for (const entry of env) {
        const secret = entry.value === undefined ? undefined : secretRefsIn(expressionsIn(entry.value))[0];
        if (secret)
            merged.set(entry.key, secret.name);
        else
            merged.delete(entry.key);
    }
    return merged;
}
/**
 * The `${{ … }}` expressions of a value. An `if:` condition is an expression as a whole when written
 * without `${{ }}`: https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idif
 */
function expressionsIn(text, isCondition = false) {
    if (isCondition && !text.includes('${{'))
        return [{ start: 0, text }];
    const found = [];
    // By hand rather than with a lazy regex, which would scan to the end of the text from every unclosed `${{`.
    for (let start = text.indexOf('${{'); start !== -1;) {
        const close = text.indexOf('}}', start + 3);
        if (close === -1)
            break;
        found.push({ start, text: text.slice(start, close + 2) });
        start = text.indexOf('${{', close + 2);
    }
    return found;
}
/** Every `secrets.X` inside the given expressions, with offsets in the value. */
function secretRefsIn(expressions) {
    return expressions.flatMap((e) => [...e.text.matchAll(SECRET_REF)].map((m) => ({
        name: (m[1] ?? m[2]),
        start: e.start + m.index,
        end: e.start + m.index + m[0].length
    })));
}
/** Calls `visit` on every scalar value under `node` with the key it sits under; follows aliases once each. */
function walkScalars(src, node, visit, key, seen = new Set()) {
    const resolved = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd)(src, node);
    if (!resolved || seen.has(resolved))
        return;
    seen.add(resolved);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(resolved))
        visit(resolved, key);
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved))
        for (const f of (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(src, resolved))
            walkScalars(src, f.value, visit, f.key, seen);
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved))
        for (const item of resolved.items)
            walkScalars(src, item, visit, key, seen);
}
/** `secrets.X` uses in every expression under `node`, and whether one takes the whole `secrets` context. */
function secretExposure(src, node) {
    const uses = [];
    let allSecrets = false;
    walkScalars(src, node, (scalar, key) => {
        const text = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(scalar);
        if (text === undefined || !text.includes('secrets'))
            return;
        const expressions = expressionsIn(text, key === 'if');
        if (expressions.some((e) => ALL_SECRETS.test(e.text)))
            allSecrets = true;
        const refs = secretRefsIn(expressions);
        if (refs.length === 0)
            return;
        const offsets = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOffsets */ .uN)(src, scalar);
        for (const r of refs)
            uses.push({ name: r.name, span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .spanInValue */ .Hq)(src, offsets, r.start, r.end) });
    });
    return { uses, allSecrets };
}
function readJob(src, job, inherited) {
    const scope = `${src.path}#jobs.${job.key}`;
    const path = ['jobs', job.key];
    const env = envEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, job.value, 'env')?.value, scope, [...path, 'env']);
    const jobSecrets = secretEnv(inherited.env, env);
    // A job that calls a reusable workflow passes `with:` inputs to it.
    const calls = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, job.value, 'uses')?.value);
    const inputs = withEntries(src, job.value, scope, path, calls);
    const steps = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, job.value, 'steps')?.value).map((step, i) => readStep(src, step, scope, [...path, 'steps', i], jobSecrets));
    const checkoutAt = steps.findIndex((s) => s.prHeadCheckout);
    const own = secretExposure(src, job.value);
    // A reusable-workflow call with `secrets: inherit` passes every secret (zizmor `secrets-inherit`).
    const inheritsAll = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, job.value, 'secrets')?.value) === 'inherit';
    const facts = {
        id: job.key,
        span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(src, job.keyNode),
        secretUses: [...inherited.exposure.uses, ...own.uses],
        allSecrets: inherited.exposure.allSecrets || own.allSecrets || inheritsAll,
        ...(checkoutAt >= 0 ? { checksOutPrHead: steps[checkoutAt].prHeadCheckout } : {}),
        secretEchoes: steps.flatMap((s) => s.echoes),
        runsAfterCheckout: checkoutAt >= 0 && steps.slice(checkoutAt + 1).some((s) => s.runsCode)
    };
    return { entries: [...env, ...inputs, ...steps.flatMap((s) => s.entries)], facts };
}
function withEntries(src, owner, scope, path, uses) {
    const meta = uses === undefined ? { withInput: true } : { withInput: true, uses };
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .mapEntries */ .Nn)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, owner, 'with')?.value, (f) => place(scope, [...path, 'with'], f.key, meta));
}
function readStep(src, step, scope, path, jobSecrets) {
    const env = envEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, step, 'env')?.value, scope, [...path, 'env']);
    const uses = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, step, 'uses')?.value);
    const inputs = withEntries(src, step, scope, path, uses);
    const run = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, step, 'run')?.value);
    const script = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(run) ? readScript(src, run, scope, [...path, 'run'], secretEnv(jobSecrets, env)) : undefined;
    const prHeadCheckout = uses !== undefined && CHECKOUT_ACTION.test(uses) ? prHeadRef(src, step) : undefined;
    return {
        entries: [...env, ...inputs, ...(script?.entries ?? [])],
        echoes: script?.echoes ?? [],
        ...(prHeadCheckout ? { prHeadCheckout } : {}),
        runsCode: script !== undefined || (uses?.startsWith('./') ?? false)
    };
}
function prHeadRef(src, step) {
    const inputs = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, step, 'with')?.value;
    for (const name of ['ref', 'repository']) {
        const value = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, inputs, name)?.value;
        const text = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(value);
        if (value && text !== undefined && PR_HEAD.test(text))
            return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(src, value);
    }
    return undefined;
}
/** Assignments and secret echoes found in one `run:` script, positioned in the workflow file. */
function readScript(src, run, scope, path, secrets) {
    const script = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarString */ .Cg)(run) ?? '';
    const offsets = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .valueOffsets */ .uN)(src, run);
    const spanAt = (start, end) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .spanInValue */ .Hq)(src, offsets, start, end);
    const entries = [];
    const echoes = [];
    const commands = (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .shellCommands */ .hf)(script);
    commands.forEach((command, i) => {
        for (const word of (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .assignmentWords */ .FQ)(command.words)) {
            const entry = assignmentEntry(src, word, spanAt, offsets, (key) => place(scope, path, key, { run: true }));
            if (entry)
                entries.push(entry);
        }
        if (isEcho(command) && reachesLog(commands, i))
            echoes.push(...printedSecrets(command.words.slice(1), secrets, spanAt));
    });
    return { entries, echoes };
}
/** An entry for an assignment word of a `run:` script, placed in the workflow file. */
function assignmentEntry(src, word, spanAt, offsets, placeFor) {
    const assignment = (0,_shell_js__WEBPACK_IMPORTED_MODULE_2__/* .readAssignment */ .K6)(word);
    if (!assignment)
        return undefined;
    const { key, keyStart, keyEnd, value } = assignment;
    const entryPlace = { ...placeFor(key), keySpan: spanAt(keyStart, keyEnd) };
    if (!value)
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .buildEntry */ .Jo)(src, entryPlace);
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .buildEntry */ .Jo)(src, entryPlace, {
        value: value.text,
        raw: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .rawInValue */ .hF)(src, offsets, value.rawStart, value.rawEnd),
        span: spanAt(value.rawStart, value.rawEnd),
        literal: value.literal,
        computed: value.computed
    });
}
/** An `echo`/`printf` that prints its words (not a `::add-mask::` command, which hides them). */
function isEcho(command) {
    const name = command.words[0]?.text;
    if (name !== 'echo' && name !== 'printf')
        return false;
    const printed = command.words.slice(1).map((w) => (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_3__/* .shellUnquote */ .qv)(w.text)).join(' ');
    return !printed.includes('::add-mask::');
}
/**
 * Filters that write what they read to standard output, whole or transformed. A secret piped through
 * them still reaches the log, and a transformed copy (`| base64`, `| rev`, `| sed 's/./& /g'`) escapes
 * GitHub's masking. Any other command after a pipe is taken to consume the value without printing it
 * (`docker login --password-stdin`, `gh auth login --with-token`): a finding must show the leak.
 */
const PRINTING_FILTERS = new Set(['cat', 'tee', 'base64', 'base32', 'basenc', 'rev', 'tr', 'sed', 'fold', 'xxd', 'od', 'hexdump', 'iconv']);
/** Whether what command `i` prints reaches the job log: not redirected, and piped only through printing filters. */
function reachesLog(commands, i) {
    const command = commands[i];
    if (command.redirected)
        return false;
    if (!command.piped)
        return true;
    const next = commands[i + 1];
    return next !== undefined && PRINTING_FILTERS.has(programName(next)) && reachesLog(commands, i + 1);
}
/** The program a command runs, without its directory and a leading `sudo` (`echo "$K" | sudo tee /etc/k`). */
function programName(command) {
    const [first, second] = command.words.map((w) => w.text);
    const program = first === 'sudo' ? (second ?? '') : (first ?? '');
    return program.slice(program.lastIndexOf('/') + 1);
}
/** `${{ … secrets.X … }}` and `$VAR`/`${VAR}` holding a secret among printed words. */
function printedSecrets(words, secrets, spanAt) {
    return words.flatMap((word) => {
        const expressions = expressionsIn(word.text).flatMap((e) => secretRefsIn([e]).slice(0, 1).map((r) => ({ name: r.name, start: e.start, end: e.start + e.text.length })));
        const variables = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_3__/* .shellVariables */ .AG)(word.text).flatMap((v) => {
            const secret = secrets.get(v.name);
            return secret ? [{ name: secret, start: v.start, end: v.end }] : [];
        });
        return [...expressions, ...variables]
            .sort((a, b) => a.start - b.start)
            .map((r) => ({ name: r.name, span: spanAt(word.start + r.start, word.start + r.end) }));
    });
}


/***/ }),

/***/ 307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cg: () => (/* binding */ scalarString),
/* harmony export */   Hq: () => (/* binding */ spanInValue),
/* harmony export */   Jo: () => (/* binding */ buildEntry),
/* harmony export */   Nn: () => (/* binding */ mapEntries),
/* harmony export */   OA: () => (/* binding */ fields),
/* harmony export */   Um: () => (/* binding */ scalarValue),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   b8: () => (/* binding */ parseYamlStream),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   ee: () => (/* binding */ spanOf),
/* harmony export */   hF: () => (/* binding */ rawInValue),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   hd: () => (/* binding */ resolve),
/* harmony export */   ix: () => (/* binding */ namedEntries),
/* harmony export */   ld: () => (/* binding */ items),
/* harmony export */   uN: () => (/* binding */ valueOffsets)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2020);
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8518);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5632);




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
    if (text.length > _limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_CAP_BYTES */ .T)
        return `the file is larger than ${_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .PARSE_CAP_BYTES */ .T / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`;
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
    return { path: file.path, text: file.text, lines, doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)('', PARSE_OPTIONS), aliases: new Map(), diagnostics: [{ message: why, span: lines.span(0, 0) }] };
}
/**
 * Parses YAML (and JSON, which is YAML 1.2) without throwing. `<<` merge keys are enabled because
 * compose files and LibreChat configs use them; a broken file still yields whatever nodes could be read.
 */
function parseYaml(file) {
    const lines = new _core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(file.text);
    const tooBig = oversized(file.text);
    return tooBig ? unparsed(file, lines, tooBig) : sourceOf(file, lines, (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(file.text, PARSE_OPTIONS));
}
/**
 * Every document of a multi-document stream (`---` separators, as Kubernetes manifests have them), each
 * with its own anchors and diagnostics; offsets stay those of the whole file.
 */
function parseYamlStream(file) {
    const lines = new _core_text_js__WEBPACK_IMPORTED_MODULE_2__/* .LineIndex */ .rr(file.text);
    const tooBig = oversized(file.text);
    if (tooBig)
        return [unparsed(file, lines, tooBig)];
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(file.text, PARSE_OPTIONS);
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            enter(node);
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            enter(node);
            repeatedKeys(node.items, duplicates);
            for (const pair of node.items) {
                walk(pair.key);
                walk(pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            enter(node);
            for (const item of node.items)
                walk(item);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node)) {
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
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key))
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
        const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? targets.get(node) : node;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target) && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target))
            return 1;
        const known = sizes.get(target);
        if (known !== undefined)
            return known;
        if (open.has(target))
            return Infinity;
        open.add(target);
        let total = 1;
        for (const item of target.items) {
            total += (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? size(item.key) + size(item.value) : size(item);
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
    const target = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? src.aliases.get(node) : node;
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(target) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(target) || (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(target) ? target : undefined;
}
const isMergeKey = (key) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && typeof key.value === 'symbol' && key.value.description === '<<';
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) || visited.has(map))
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
        for (const s of (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(source) ? source.items : [source])
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
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(seq))
        return [];
    return seq.items.map((item) => resolve(src, item)).filter((n) => n !== undefined);
}
/**
 * A scalar as text: strings as they are, numbers and booleans as written (`3000`, `true`, `1.10`
 * keep their source text, which is what an environment variable receives), null as undefined.
 */
function scalarString(node) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || node.value === null || node.value === undefined)
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
    const entry = (0,_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .makeEntry */ .lq)({ file: src.path, ...place, meta, ...value });
    return at?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry;
}
/** The entry of one `key: value` field; none when the value is a map or a list, which is not a setting. */
function fieldEntry(src, f, placeFor, interpret) {
    if (f.value !== undefined && !(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(f.value))
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
