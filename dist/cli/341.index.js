export const id = 341;
export const ids = [341];
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


/***/ }),

/***/ 2341:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   workflowParser: () => (/* binding */ workflowParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _shell_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3844);
/* harmony import */ var _shell_lexer_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8947);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9662);




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
        const secret = entry.value === undefined ? undefined : secretRefsIn(expressionsIn(entry.value)).find((r) => yieldsSecret(entry.value, r));
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
/**
 * Whether an expression can evaluate to the secret it refers to at `ref` (offsets in `text`): not when the reference
 * is compared (`secrets.X != ''`), tested (`!secrets.X`, `contains(secrets.X, 'sk-')`) or only picks a constant
 * (`secrets.X && 'set' || 'unset'`). Those print `true`, `false` or the constant, the way guides recommend to show
 * that a secret is set.
 */
function yieldsSecret(text, ref) {
    const before = text.slice(0, ref.start).trimEnd();
    const after = text.slice(ref.end).trimStart();
    return !/^(?:[=!]=|[<>]|&&)/.test(after) && !/(?:[=!]=|[<>]=?|!|\b(?:contains|startsWith|endsWith)\s*\()$/.test(before);
}
/** `${X:+word}`, `${X+word}`: the word when the variable is set, never its value. */
const ALTERNATE_VALUE = /^\$\{[A-Za-z_]\w*:?\+/;
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
        const expressions = expressionsIn(word.text).flatMap((e) => secretRefsIn([e])
            .filter((r) => yieldsSecret(word.text, r))
            .slice(0, 1)
            .map((r) => ({ name: r.name, start: e.start, end: e.start + e.text.length })));
        const variables = (0,_shell_lexer_js__WEBPACK_IMPORTED_MODULE_3__/* .shellVariables */ .AG)(word.text).flatMap((v) => {
            const secret = secrets.get(v.name);
            return secret && !ALTERNATE_VALUE.test(word.text.slice(v.start, v.end)) ? [{ name: secret, start: v.start, end: v.end }] : [];
        });
        return [...expressions, ...variables]
            .sort((a, b) => a.start - b.start)
            .map((r) => ({ name: r.name, span: spanAt(word.start + r.start, word.start + r.end) }));
    });
}


/***/ })

};
