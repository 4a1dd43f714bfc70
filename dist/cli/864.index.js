export const id = 864;
export const ids = [864];
export const modules = {

/***/ 5864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/redact.ts
var core_redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/providers/catalog.ts + 2 modules
var providers_catalog = __webpack_require__(8381);
;// CONCATENATED MODULE: ./src/config/errors.ts
/**
 * A config file that cannot be used: missing, malformed YAML, or a field with a value that is not
 * allowed. The message has one line per issue, `file:line:col: field: what is allowed`; the CLI
 * prints it and exits with 2, the action fails the step with it.
 */
class ConfigError extends Error {
    file;
    issues;
    name = 'ConfigError';
    constructor(
    /** The config file as the user named it, or as found under the scan root. */
    file, issues) {
        super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
        this.file = file;
        this.issues = issues;
    }
}
function formatIssue(file, { field, message, line, column }) {
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    return field === '' ? `${where}: ${message}` : `${where}: ${field}: ${message}`;
}
/** `['providers', 0, 'apiRoot']` → `providers[0].apiRoot`. */
function formatFieldPath(path) {
    return path
        .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
        .join('');
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
;// CONCATENATED MODULE: ./src/config/pattern.ts
/**
 * Key patterns from the config file run over every byte of the repository, and the config file is repository
 * content a pull request can change. A pattern with nested or unbounded repetition (`(a+)+b`) can backtrack for
 * hours on a line of `a`s, so only patterns whose backtracking is bounded by a constant are accepted:
 * literals, escapes, character classes, groups and alternation, and quantifiers with an upper bound
 * (`{32}`, `{32,48}`, `?`), as long as the ways to match at one position stay few (at most {@link MAX_PATHS}).
 */
/** How many ways a pattern may have to match from one position: `(?:live|test)_[a-z0-9]{32,48}` has 34; `sk-(?:proj-)?[A-Za-z0-9_-]{40,200}` has 322. */
const MAX_PATHS = 1024;
/** The largest repetition count accepted: key bodies are at most a few hundred characters. */
const MAX_REPEAT = 1024;
const cap = (n) => Math.min(n, Number.MAX_SAFE_INTEGER);
/** Why `source` may backtrack without bound, or undefined when it is safe to run on any input. */
function unboundedPatternReason(source) {
    const stack = [{ alternatives: [], product: 1, last: 1 }];
    const top = () => stack[stack.length - 1];
    const atom = (ways) => {
        const frame = top();
        frame.product = cap(frame.product * ways);
        frame.last = ways;
    };
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9k]/.test(next))
                return 'back-references are not allowed';
            i++;
            atom(1);
        }
        else if (c === '[') {
            let j = i + 1;
            if (source[j] === '^')
                j++;
            if (source[j] === ']')
                j++;
            for (; j < source.length && source[j] !== ']'; j++)
                if (source[j] === '\\')
                    j++;
            i = j;
            atom(1);
        }
        else if (c === '(') {
            if (/^\(\?<?[=!]/.test(source.slice(i, i + 4)))
                return 'lookarounds are not allowed';
            stack.push({ alternatives: [], product: 1, last: 1 });
            if (source[i + 1] === '?')
                i += source[i + 2] === '<' ? source.indexOf('>', i) - i : 2;
        }
        else if (c === '|') {
            const frame = top();
            frame.alternatives.push(frame.product);
            frame.product = 1;
            frame.last = 1;
        }
        else if (c === ')') {
            if (stack.length === 1)
                return undefined; // unbalanced: the RegExp constructor reports it
            const frame = stack.pop();
            atom(cap([...frame.alternatives, frame.product].reduce((a, b) => a + b, 0)));
        }
        else if (c === '*' || c === '+') {
            return `unbounded repetition (${c}) is not allowed: give an upper bound, such as {32,64}`;
        }
        else if (c === '?' || c === '{') {
            const bounds = c === '?' ? { min: 0, max: 1, length: 1 } : readBounds(source, i);
            if (!bounds) {
                atom(1); // a literal `{`
                continue;
            }
            if (bounds.max === undefined)
                return `unbounded repetition (${source.slice(i, i + bounds.length)}) is not allowed: give an upper bound`;
            if (bounds.max > MAX_REPEAT)
                return `repetition above ${MAX_REPEAT} is not allowed`;
            const frame = top();
            const before = frame.product / frame.last;
            const repeated = cap(frame.last ** bounds.max * (bounds.max - bounds.min + 1));
            frame.product = cap(before * repeated);
            frame.last = repeated;
            i += bounds.length - 1;
            if (source[i + 1] === '?')
                i++; // lazy: same ways
        }
        else
            atom(1);
        if (stack.some((frame) => frame.product > MAX_PATHS))
            return `too many ways to match (over ${MAX_PATHS}): use fewer optional parts and ranges`;
    }
    const whole = top();
    const total = [...whole.alternatives, whole.product].reduce((a, b) => a + b, 0);
    return total > MAX_PATHS ? `too many ways to match (over ${MAX_PATHS}): use fewer optional parts and ranges` : undefined;
}
/** `{n}`, `{n,}`, `{n,m}` at `at`; undefined when the brace is a literal. */
function readBounds(source, at) {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24));
    if (!m)
        return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? undefined : Number(m[3]);
    return { min, ...(max !== undefined && { max }), length: m[0].length };
}

;// CONCATENATED MODULE: ./src/config/size.ts
/** Bytes per unit. `KiB`/`MiB`/`GiB` and the bare `K`/`M`/`G` are binary; `KB`/`MB`/`GB` are decimal. */
const UNIT_BYTES = new Map([
    ['', 1],
    ['b', 1],
    ['k', 1024],
    ['kib', 1024],
    ['kb', 1000],
    ['m', 1024 ** 2],
    ['mib', 1024 ** 2],
    ['mb', 1000 ** 2],
    ['g', 1024 ** 3],
    ['gib', 1024 ** 3],
    ['gb', 1000 ** 3]
]);
/** Bytes in a size string such as `5MiB`, `500 KB`, `1.5m` or `1048576`; undefined when it is not one. */
function parseSize(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
    if (match === null)
        return undefined;
    const factor = UNIT_BYTES.get(match[2].toLowerCase());
    return factor === undefined ? undefined : Math.round(Number(match[1]) * factor);
}

;// CONCATENATED MODULE: ./src/config/schema.ts



/**
 * Above this a file cannot be held as one string anyway (V8 caps strings near 512 Mi characters)
 * and a scan with 16 files in flight would need gigabytes.
 */
const MAX_FILE_SIZE_LIMIT = 256 * 1024 * 1024;
/** The members of a string union, from a record over it: the compiler fails when a member is missing. */
const membersOf = (record) => Object.keys(record);
const RULE_SETTINGS = membersOf({ error: true, warning: true, note: true, off: true });
const AUTH_SCHEMES = membersOf({ bearer: true, 'x-api-key': true, 'api-key': true, 'x-goog-api-key': true, none: true });
const NON_API_ROLES = membersOf({ marketing: true, dashboard: true, docs: true, 'chat-app': true });
const oneOf = (values) => values.join(', ');
/** A strict object whose unknown-field message lists the fields it does allow. */
function fields(shape) {
    return schemas/* strictObject */.rej(shape, {
        error: (issue) => issue.code === 'unrecognized_keys'
            ? `unknown field; allowed: ${oneOf(Object.keys(shape))}`
            : issue.code === 'invalid_type'
                ? `expected a mapping with the fields ${oneOf(Object.keys(shape))}`
                : undefined
    });
}
const list = (item, what) => schemas/* array */.YOg(item, { error: `expected a list of ${what}` });
const host = schemas/* string */.YjP({ error: 'expected a host name' })
    // Both cases spelled out rather than the `i` flag, which the JSON Schema (`pattern`) cannot carry.
    .regex(/^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, {
    error: 'expected a host name without scheme, port or path, such as llm.example.com (`*.` in front matches subdomains)'
})
    .transform((value) => value.toLowerCase());
const httpUrl = schemas/* url */.OZ5({
    protocol: /^https?$/,
    error: 'expected an http(s) URL such as https://llm.example.com/v1'
});
/**
 * A RegExp source that compiles, cannot match the empty string (which would match everywhere), and cannot
 * backtrack without bound on hostile text (see pattern.ts).
 */
const keyPattern = schemas/* string */.YjP({ error: 'expected a regular expression source' }).superRefine((source, ctx) => {
    try {
        if (new RegExp(`^(?:${source})$`).test(''))
            ctx.addIssue({ code: 'custom', message: 'must not match an empty string' });
        const unbounded = unboundedPatternReason(source);
        if (unbounded !== undefined)
            ctx.addIssue({ code: 'custom', message: unbounded });
    }
    catch (error) {
        ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${error.message})` });
    }
});
const keyFormat = fields({
    id: schemas/* string */.YjP().min(1).optional(),
    pattern: keyPattern,
    confidence: schemas/* enum */.k5n(['unique', 'shared'], { error: 'expected unique or shared' }).optional(),
    inference: schemas/* boolean */.zMY().optional()
});
const provider = fields({
    id: schemas/* string */.YjP({ error: 'expected an id' }).regex(/^[a-z0-9][a-z0-9-]*$/, {
        error: 'expected a lower-case id of letters, digits and dashes, such as my-gateway'
    }),
    name: schemas/* string */.YjP({ error: 'expected a display name' }).min(1, { error: 'expected a display name' }),
    apiRoot: httpUrl,
    /** Roots of the other API families the gateway serves: `anthropic: https://gw.example.com/anthropic`. */
    apis: fields({ anthropic: httpUrl.optional(), gemini: httpUrl.optional(), ollama: httpUrl.optional() }).optional(),
    apiHosts: list(host, 'host names').optional(),
    nonApiHosts: list(fields({ host, role: schemas/* enum */.k5n(NON_API_ROLES, { error: `expected one of ${oneOf(NON_API_ROLES)}` }) }), 'hosts with a role').optional(),
    keyFormats: list(keyFormat, 'key formats').optional(),
    auth: schemas/* enum */.k5n(AUTH_SCHEMES, { error: `expected one of ${oneOf(AUTH_SCHEMES)}` }).optional(),
    modelsPath: schemas/* string */.YjP().startsWith('/', { error: 'expected a path starting with /, or null' }).nullable().optional(),
    requestIdHeaders: list(schemas/* string */.YjP(), 'header names').optional(),
    gateway: schemas/* boolean */.zMY().optional(),
    local: schemas/* boolean */.zMY().optional(),
    sources: list(schemas/* string */.YjP(), 'links').optional()
});
const fileSize = schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()], { error: 'expected a number of bytes or a size such as 5MiB' })
    .transform((value, ctx) => {
    const bytes = typeof value === 'number' ? value : parseSize(value);
    if (bytes !== undefined && Number.isInteger(bytes) && bytes > 0 && bytes <= MAX_FILE_SIZE_LIMIT)
        return bytes;
    ctx.addIssue({
        code: 'custom',
        message: 'expected a whole number of bytes or a size such as 5MiB, 500KB, 2M, between 1 byte and 256MiB'
    });
    return core/* NEVER */.tm;
});
/**
 * The schema of `.llm-env-lint.yml`. Rule ids and client ids are given by the caller, so this layer
 * does not depend on the rules or the client profiles. Every field may be left empty (`rules:` with
 * nothing after it), which YAML reads as null and which counts as absent.
 */
function createConfigSchema({ knownRuleIds, knownClients }) {
    const ruleSettings = schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* enum */.k5n(RULE_SETTINGS, { error: `expected one of ${oneOf(RULE_SETTINGS)}` }), {
        error: 'expected a mapping of rule id to severity'
    })
        .superRefine((rules, ctx) => {
        for (const id of Object.keys(rules).filter((id) => !knownRuleIds.includes(id))) {
            ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id; known: ${oneOf(knownRuleIds)}`, params: { at: 'key' } });
        }
    });
    return fields({
        client: schemas/* string */.YjP({ error: `expected one of ${oneOf(knownClients)}` })
            .refine((id) => knownClients.includes(id), { error: `unknown client; expected one of ${oneOf(knownClients)}` })
            .nullish(),
        rules: ruleSettings.nullish(),
        ignore: list(schemas/* string */.YjP().min(1, { error: 'expected a non-empty pattern' }), 'gitignore-style patterns').nullish(),
        maxFileSize: fileSize.nullish(),
        providers: list(provider, 'providers')
            .superRefine((providers, ctx) => {
            const seen = new Set();
            providers.forEach(({ id }, index) => {
                if (seen.has(id))
                    ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate provider id ${id}` });
                seen.add(id);
            });
        })
            .nullish()
    });
}

;// CONCATENATED MODULE: ./src/config/types.ts
/** Default for `maxFileSize`: large enough for lockfiles and bundles, small enough to keep memory flat. */
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** The settings used when a repository has no config file. */
const defaultConfig = { rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, providers: [] };

;// CONCATENATED MODULE: ./src/config/load.ts








/** Names looked for at the scan root, in this order. */
const CONFIG_FILE_NAMES = ['.llm-env-lint.yml', '.llm-env-lint.yaml'];
/**
 * The config for a scan: the file named by `file`, else `.llm-env-lint.yml` or `.llm-env-lint.yaml`
 * at `root`, else the defaults. Throws ConfigError when the named file is missing, when both default
 * names exist, or when the file is not valid YAML or not a valid config.
 */
async function loadConfig({ root, file, ...vocabulary }) {
    const path = file ?? (await findConfigFile(root));
    if (path === undefined)
        return defaultConfig;
    return parseConfig(await readConfigFile(path), { file: path, ...vocabulary });
}
async function findConfigFile(root) {
    const candidates = CONFIG_FILE_NAMES.map((name) => (0,external_node_path_.join)(root, name));
    const exists = await Promise.all(candidates.map((path) => (0,promises_.stat)(path).then((info) => info.isFile(), () => false)));
    const found = candidates.filter((_, i) => exists[i]);
    if (found.length > 1) {
        throw new ConfigError(found[0], [{ field: '', message: `both ${CONFIG_FILE_NAMES.join(' and ')} exist; keep one` }]);
    }
    return found[0];
}
async function readConfigFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new ConfigError(path, [{ field: '', message: code === 'ENOENT' ? 'config file not found' : `cannot read the config file (${code})` }]);
    }
}
/**
 * Validates the text of a config file and fills in the defaults. Pure: `file` is only used in
 * messages and as the source of the providers it defines. Throws ConfigError naming every problem.
 */
function parseConfig(text, { file, ...vocabulary }) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const yamlError = document.errors[0];
    if (yamlError !== undefined) {
        const position = lineCounter.linePos(yamlError.pos[0]);
        throw configError(file, [{ field: '', message: `invalid YAML: ${yamlError.message}`, line: position.line, column: position.col }]);
    }
    const result = createConfigSchema(vocabulary).safeParse(toData(document, file) ?? {});
    if (!result.success)
        throw configError(file, result.error.issues.flatMap((issue) => toConfigIssues(issue, document, lineCounter)));
    return toConfig(result.data, file);
}
/** The document as data; the `yaml` package refuses aliases that expand too far ("billion laughs"): a config error. */
function toData(document, file) {
    try {
        return document.toJS();
    }
    catch (error) {
        throw configError(file, [{ field: '', message: `invalid YAML: ${error.message}` }]);
    }
}
/**
 * The error, with anything key-like masked: parser messages and field names quote the file, and a key
 * pasted into the config must not reach the log or the step's failure message.
 */
function configError(file, issues) {
    const catalog = (0,providers_catalog/* createCatalog */.C)();
    const mask = (text) => (0,core_redact/* scrubSecrets */.Zg)(text, (0,core_redact/* secretLikeTokens */.is)(text, catalog));
    return new ConfigError(file, issues.map((issue) => ({ ...issue, field: mask(issue.field), message: mask(issue.message) })));
}
function toConfig(input, file) {
    return {
        ...(input.client == null ? {} : { client: input.client }),
        rules: input.rules ?? defaultConfig.rules,
        ignore: input.ignore ?? defaultConfig.ignore,
        maxFileSize: input.maxFileSize ?? defaultConfig.maxFileSize,
        providers: (input.providers ?? []).map((provider) => toProvider(provider, file)),
        file
    };
}
/**
 * A provider in registry shape. Defaults: the API host is the host of `apiRoot`; a gateway that
 * authenticates with a bearer token and lists models at `/models`; key formats are `unique` (a
 * gateway's own prefix names it) and take the provider's id; the config file is the source.
 */
function toProvider(input, file) {
    const keyFormats = input.keyFormats ?? [];
    return {
        id: input.id,
        name: input.name,
        apiHosts: input.apiHosts ?? [new URL(input.apiRoot).hostname],
        apiRoot: input.apiRoot,
        ...(input.apis === undefined ? {} : { apis: withoutUnset(input.apis) }),
        nonApiHosts: input.nonApiHosts ?? [],
        keyFormats: keyFormats.map((format, i) => ({
            id: format.id ?? (keyFormats.length === 1 ? input.id : `${input.id}-${i + 1}`),
            pattern: format.pattern,
            confidence: format.confidence ?? 'unique',
            ...(format.inference === undefined ? {} : { inference: format.inference })
        })),
        auth: input.auth ?? 'bearer',
        modelsPath: input.modelsPath === undefined ? '/models' : input.modelsPath,
        requestIdHeaders: input.requestIdHeaders ?? [],
        gateway: input.gateway ?? true,
        ...(input.local === undefined ? {} : { local: input.local }),
        sources: input.sources ?? [file]
    };
}
/** Zod issues as config issues with field paths and positions; unknown fields get one issue each. */
function toConfigIssues(issue, document, lineCounter) {
    const located = (path, atKey) => {
        const offset = nodeOffset(document, path, atKey);
        const position = offset === undefined ? undefined : lineCounter.linePos(offset);
        return { field: formatFieldPath(path), message: issue.message, line: position?.line, column: position?.col };
    };
    if (issue.code === 'unrecognized_keys')
        return issue.keys.map((key) => located([...issue.path, key], true));
    const atKey = issue.code === 'custom' && issue.params?.['at'] === 'key';
    return [located(issue.path, atKey)];
}
/**
 * Where the node at `path` starts in the file: its key when `atKey`, else its value. A path that
 * leads nowhere (a required field left out) points at the deepest node that exists.
 */
function nodeOffset(document, path, atKey) {
    let node = document.contents;
    let key;
    for (const segment of path) {
        const pair = (0,dist/* isMap */.jh)(node) ? node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment) : undefined;
        const next = pair ? pair.value : (0,dist/* isSeq */.oP)(node) && typeof segment === 'number' ? node.items[segment] : undefined;
        if (next === undefined && pair === undefined)
            break;
        key = pair?.key;
        node = next;
    }
    const target = atKey && key !== undefined ? key : (node ?? key);
    return rangeStart(target);
}
function rangeStart(node) {
    const range = node?.range;
    return range?.[0];
}
function withoutUnset(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/config/index.ts





/** The part of the config the pure core reads. */
function toLintSettings(config) {
    return {
        rules: config.rules,
        ...(config.client === undefined ? {} : { client: config.client }),
        providers: config.providers
    };
}

// EXTERNAL MODULE: ./src/core/order.ts
var order = __webpack_require__(2831);
;// CONCATENATED MODULE: ./src/engine/baseline.ts


/** A baseline file that cannot be used; the message names the file and what is wrong (a usage error). */
class BaselineError extends Error {
    name = 'BaselineError';
}
const BASELINE_VERSION = 1;
const baselineSchema = schemas/* strictObject */.rej({
    tool: schemas/* literal */.euz('llm-env-lint'),
    version: schemas/* literal */.euz(BASELINE_VERSION),
    findings: schemas/* array */.YOg(schemas/* strictObject */.rej({ fingerprint: schemas/* string */.YjP().regex(/^[0-9a-f]{32}$/), ruleId: schemas/* string */.YjP(), file: schemas/* string */.YjP() }))
});
/**
 * The baseline file for `findings`: every one not already suppressed otherwise (an inline comment, the config),
 * with its rule and file for the reader of a diff. Sorted, so rewriting an unchanged baseline changes nothing.
 */
function writeBaseline(findings) {
    const accepted = findings
        .filter((finding) => finding.suppressed === undefined || finding.suppressed.by === 'baseline')
        .map(({ fingerprint, ruleId, file }) => ({ fingerprint, ruleId, file }))
        .sort((a, b) => (0,order/* compareText */.n6)(a.file, b.file) || (0,order/* compareText */.n6)(a.ruleId, b.ruleId) || (0,order/* compareText */.n6)(a.fingerprint, b.fingerprint));
    return `${JSON.stringify({ tool: 'llm-env-lint', version: BASELINE_VERSION, findings: accepted }, null, 2)}\n`;
}
/** Reads a baseline file's text; throws {@link BaselineError} naming `file` when it is not one. */
function readBaseline(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new BaselineError(`${file}: not JSON; write a baseline with --write-baseline ${file}`);
    }
    const parsed = baselineSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new BaselineError(`${file}: ${issue.path.join('.') || 'the file'}: ${issue.message}; write a baseline with --write-baseline ${file}`);
    }
    return { file, fingerprints: new Map(parsed.data.findings.map((finding) => [finding.fingerprint, finding.file])) };
}
/**
 * Marks the findings the baseline holds as suppressed (`by: 'baseline'`), unless something else suppressed them
 * first; returns them with the files of the baseline entries that matched nothing (fixed since, or stale).
 */
function applyBaseline(findings, baseline) {
    const matched = new Set();
    const marked = findings.map((finding) => {
        if (!baseline.fingerprints.has(finding.fingerprint))
            return finding;
        matched.add(finding.fingerprint);
        return finding.suppressed ? finding : { ...finding, suppressed: { by: 'baseline', reason: `in the baseline ${baseline.file}` } };
    });
    const unmatched = [...baseline.fingerprints].filter(([fingerprint]) => !matched.has(fingerprint)).map(([, file]) => file);
    return { findings: marked, unmatched };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/discover/git.ts
/**
 * The one way this tool runs git. The folder it runs in is the repository under review, whose `.git/config` is
 * written by whoever made the clone — or by a tarball a user was asked to scan — so every call overrides the
 * settings that make git run programs: `core.fsmonitor` (run on every index refresh), `core.hooksPath`, and
 * `log.showSignature` with `gpg.program` (run by `git log` on signed commits). Options on the command line beat
 * every config file. The system config is skipped; the user's global config is kept, since it holds their own
 * `safe.directory` entries (actions/checkout adds one in containers). `safe.directory` itself is never widened: a
 * repository owned by another user is refused by git, and the caller walks the folder instead.
 */

/** Overrides for settings of the scanned repository that would make git run a program of its choosing. */
const HARDENED_CONFIG = [
    '-c', 'core.fsmonitor=false',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'log.showSignature=false',
    '-c', 'gpg.program=false',
    '-c', 'gpg.ssh.program=false',
    '-c', 'core.quotePath=false'
];
/** The environment git runs with: no system config, no prompts, no index writes for a read-only listing. */
function gitEnv() {
    return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}
/** A git command that failed, or a revision that cannot be passed to git; the message says what to do. */
class GitError extends Error {
    exitCode;
    name = 'GitError';
    constructor(message, 
    /** The exit status, when git ran. */
    exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}
/** Rejects revisions git could read as options; whether they exist is git's to judge. */
function git_checkedRevision(rev) {
    if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev))
        throw new GitError(`not a git revision: ${JSON.stringify(rev)}`);
    return rev;
}
/** `git diff base...head failed (exit 128): fatal: bad revision 'x'.` plus a hint for shallow clones. */
function explainGitFailure(args, exitCode, stderr) {
    const firstLine = stderr.split('\n').find(line => line.trim() !== '')?.trim() ?? 'no error output';
    const revisions = args.includes('--end-of-options') ? args.slice(args.indexOf('--end-of-options') + 1).filter(arg => arg !== '--') : [];
    const hint = /bad revision|unknown revision|no merge base|bad object|invalid symmetric difference/i.test(stderr)
        ? ' The base or head commit is not in the clone: check out with `fetch-depth: 0` (actions/checkout).'
        : '';
    // The subcommand follows any `-c name=value` options.
    let at = 0;
    while (args[at] === '-c')
        at += 2;
    return `git ${[args[at], ...revisions].join(' ')} failed (exit ${exitCode ?? 'by signal'}): ${firstLine}.${hint}`;
}
/** Starts git hardened, without a shell; `input`, when given, is written to its stdin. */
function startGit(cwd, args, input) {
    const child = (0,external_node_child_process_.spawn)('git', [...HARDENED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    // Settled from the start, so a spawn error (no git, no cwd) is never an unhandled rejection.
    const ended = new Promise((resolve) => {
        child.on('error', (error) => resolve({ error: new GitError(`git could not be run in ${cwd}: ${error.message}`) }));
        child.on('close', (code) => resolve(code === 0 ? {} : { error: new GitError(explainGitFailure(args, code, stderr), code) }));
    });
    // git may exit before reading its input (not a repository): its exit status tells, not the broken pipe.
    child.stdin.on('error', () => { });
    child.stdin.end(input ?? '');
    return { stdout: child.stdout, stop: () => void (child.exitCode === null && child.kill()), ended };
}
/**
 * Runs git hardened, without a shell, and returns its output split at `separator` (for lines, a trailing `\r`
 * dropped). Output is read as a stream, not through execFile, whose `maxBuffer` would cut a large diff or listing.
 * Throws {@link GitError} when git cannot run or exits non-zero.
 */
async function git_runGit(cwd, args, { separator = '\n' } = {}) {
    const git = startGit(cwd, args);
    const parts = [];
    const keep = (part) => void parts.push(separator === '\n' && part.endsWith('\r') ? part.slice(0, -1) : part);
    let partial = '';
    for await (const chunk of git.stdout.setEncoding('utf8')) {
        const pieces = (partial + chunk).split(separator);
        partial = pieces.pop() ?? '';
        pieces.forEach(keep);
    }
    if (partial !== '')
        keep(partial);
    const { error } = await git.ended;
    if (error)
        throw error;
    return parts;
}
/**
 * The files git would commit under `root`: tracked files plus untracked ones it does not ignore,
 * as paths relative to `root` with '/' separators. Run from `root`, git limits the listing to that
 * folder and prints paths relative to it, so a root inside a work tree needs no prefix handling.
 *
 * Returns undefined when `root` is not in a git work tree, when git cannot run (not installed, a
 * repository owned by another user), or when git ignores `root` itself (someone asked to scan a
 * build folder): the caller then walks the folder instead of silently scanning nothing.
 */
async function listGitFiles(root) {
    try {
        const listed = await git_runGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { separator: '\0' });
        // Unmerged paths are listed once per conflict stage, hence the Set.
        const paths = [...new Set(listed.filter(path => path !== ''))];
        if (paths.length === 0 && (await isIgnoredByGit(root)))
            return undefined;
        return paths;
    }
    catch {
        return undefined;
    }
}
/** `git check-ignore` exits 0 when the path is ignored and 1 when it is not. */
async function isIgnoredByGit(root) {
    return git_runGit(root, ['check-ignore', '--quiet', '.']).then(() => true, () => false);
}
/**
 * Runs git hardened (as {@link runGit}) with `input` on its stdin and returns its stdout as bytes, for
 * `cat-file --batch`, whose answers hold blobs of any content. Throws {@link GitError} on failure.
 */
async function gitBytes(root, args, input = '') {
    const git = startGit(root, args, input);
    const chunks = [];
    for await (const chunk of git.stdout)
        chunks.push(chunk);
    const { error } = await git.ended;
    if (error)
        throw error;
    return Buffer.concat(chunks);
}
/**
 * The files git ignores under `root`, for `--include-ignored` (a local `.env.local` beside the app), without
 * descending into `node_modules` (`--directory` would be cheaper, but it folds a folder holding nothing but
 * ignored files, `app/` with its `.env.local`, into one entry). Empty when git cannot run.
 */
async function listIgnoredFiles(root) {
    try {
        const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', '.', ':(exclude,glob)**/node_modules/**'];
        return (await git_runGit(root, args, { separator: '\0' })).filter((path) => path !== '');
    }
    catch {
        return [];
    }
}
/**
 * What `git commit` would commit under `root`: the index's entries (stage 0; paths in conflict are left out until
 * resolved), with paths relative to `root`. Undefined when `root` is not in a git work tree or git cannot run.
 */
async function listStagedFiles(root) {
    try {
        // `<mode> SP <object> SP <stage> TAB <path>`
        return (await git_runGit(root, ['ls-files', '-z', '--stage'], { separator: '\0' }))
            .map((record) => /^(\d{6}) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record))
            .filter((match) => match !== null && match[3] === '0')
            .map(([, mode, object, , path]) => ({ mode: mode, object: object, path: path }));
    }
    catch {
        return undefined;
    }
}
/** The sizes of blobs by id, in one `git cat-file --batch-check` run (`<id> <type> <size>` per id); missing ids are left out. */
async function blobSizes(root, objects) {
    if (objects.length === 0)
        return new Map();
    const out = (await gitBytes(root, ['cat-file', '--batch-check'], objects.map((object) => `${object}\n`).join(''))).toString('utf8');
    return new Map(out
        .split('\n')
        .map((line) => line.split(' '))
        .filter((parts) => parts.length === 3)
        .map(([object, , size]) => [object, Number(size)]));
}
/**
 * The contents of blobs by id, in one `git cat-file --batch` run (git answers each id named on stdin with
 * `<id> <type> <size> LF <bytes> LF`, or `<id> missing LF`). Ids that are missing are left out of the map.
 */
async function readBlobs(root, objects) {
    const blobs = new Map();
    if (objects.length === 0)
        return blobs;
    const out = await gitBytes(root, ['cat-file', '--batch'], objects.map((object) => `${object}\n`).join(''));
    let at = 0;
    while (at < out.length) {
        const headerEnd = out.indexOf(0x0a, at);
        if (headerEnd === -1)
            break;
        const [object, type, size] = out.toString('utf8', at, headerEnd).split(' ');
        at = headerEnd + 1;
        if (type === 'missing' || size === undefined)
            continue;
        blobs.set(object, out.subarray(at, at + Number(size)));
        at += Number(size) + 1;
    }
    return blobs;
}
/**
 * Runs git in `root` and yields its stdout line by line as it comes (without the `\n`; a trailing `\r` is kept),
 * so output of any size passes through in constant memory. Throws {@link GitError} when git cannot run or exits
 * with an error, after the lines it did print.
 */
async function* gitLines(root, args) {
    const git = startGit(root, args);
    let partial = '';
    try {
        for await (const chunk of git.stdout.setEncoding('utf8')) {
            const parts = (partial + chunk).split('\n');
            partial = parts.pop() ?? '';
            yield* parts;
        }
        if (partial !== '')
            yield partial;
    }
    finally {
        // A consumer that stops early must not leave git running.
        git.stop();
    }
    const { error } = await git.ended;
    if (error)
        throw error;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/filter.ts

/** Folders never scanned, even when git tracks them: git internals and installed dependencies. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** True for a repository-relative path inside `.git/` or `node_modules/` at any depth. */
function isAlwaysSkipped(path) {
    return path.split('/').some((segment) => ALWAYS_SKIPPED_DIRS.has(segment));
}
/**
 * A matcher for gitignore-style patterns, relative to the scan root.
 * Case-sensitive, like git on Linux (the CI runners), so the same patterns match the same files everywhere.
 */
function createIgnoreMatcher(patterns) {
    const matcher = ignore_default()({ ignorecase: false }).add(patterns);
    // `ignore` marks directories by a trailing slash, which is how `dir/` patterns match only folders.
    return (path, isDirectory = false) => matcher.ignores(isDirectory ? `${path}/` : path);
}
/** The matcher for one scan: the fixed folders plus the config's `ignore` patterns. */
function createPathFilter(patterns) {
    const ignoredByConfig = patterns.length > 0 ? createIgnoreMatcher(patterns) : () => false;
    return (path, isDirectory) => isAlwaysSkipped(path) || ignoredByConfig(path, isDirectory);
}

;// CONCATENATED MODULE: ./src/discover/order.ts

/** Orders by path in UTF-16 code unit order: the same on every machine, whatever the locale. */
const byPath = (a, b) => (0,order/* compareText */.n6)(a.path, b.path);

;// CONCATENATED MODULE: ./src/discover/inspect.ts



/**
 * Sorts candidate paths into files to scan and files to report as skipped: sizes over `maxFileSize`,
 * symlinks leaving the root, unreadable entries. A symlink to a file inside the root is kept only when
 * its target is not scanned anyway (and not excluded by `isSkipped`), so every file is read once.
 *
 * Synchronous: 20,000 `lstat` calls take ~70 ms this way and ~250 ms through the thread pool.
 */
function inspectCandidates(root, candidates, { maxFileSize, isSkipped, skipped: alreadySkipped }) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const folderInside = folderCheck(root, realRoot);
    const inspections = candidates.map((path) => inspectPath(root, realRoot, path, folderInside));
    const regular = new Set(inspections.flatMap((i) => (i.type === 'file' ? [i.file.path] : [])));
    const linkedTargets = new Set();
    const files = [];
    const skipped = [...alreadySkipped];
    for (const inspection of inspections) {
        if (inspection.type === 'skipped')
            skipped.push(inspection.skipped);
        if (inspection.type !== 'file' && inspection.type !== 'link')
            continue;
        if (inspection.type === 'link') {
            const { target } = inspection;
            if (regular.has(target) || linkedTargets.has(target) || isSkipped(target))
                continue;
            linkedTargets.add(target);
        }
        if (inspection.file.size > maxFileSize) {
            skipped.push({ path: inspection.file.path, reason: 'too-large', detail: `${inspection.file.size} bytes` });
        }
        else {
            files.push(inspection.file);
        }
    }
    return { files: files.sort(byPath), skipped: skipped.sort(byPath) };
}
/**
 * Whether a folder of a listed path really lies inside the root. Git lists paths from its index, so a tracked
 * folder replaced by a symbolic link (`config -> /etc`) would have `config/passwd` read from outside the root:
 * `lstat` only looks at the last part of a path. Each folder is resolved once.
 */
function folderCheck(root, realRoot) {
    const known = new Map([['.', true]]);
    return (folder) => {
        let inside = known.get(folder);
        if (inside === undefined) {
            try {
                inside = isInside((0,external_node_path_.relative)(realRoot, (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, folder))));
            }
            catch {
                inside = true; // gone or unreadable: lstat of the file says so
            }
            known.set(folder, inside);
        }
        return inside;
    };
}
function inspectPath(root, realRoot, path, folderInside) {
    const absolute = (0,external_node_path_.join)(root, path);
    try {
        if (!folderInside(external_node_path_.posix.dirname(path)))
            return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } };
        const entry = (0,external_node_fs_.lstatSync)(absolute);
        if (entry.isFile())
            return { type: 'file', file: { path, size: entry.size } };
        if (!entry.isSymbolicLink())
            return { type: 'none' };
        const real = (0,external_node_fs_.realpathSync)(absolute);
        const target = (0,external_node_path_.relative)(realRoot, real);
        if (!isInside(target))
            return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } };
        // Links to folders are not followed: that is how a walk loops forever.
        const targetEntry = (0,external_node_fs_.statSync)(real);
        if (!targetEntry.isFile())
            return { type: 'none' };
        return { type: 'link', file: { path, size: targetEntry.size }, target: target.split(external_node_path_.sep).join('/') };
    }
    catch (error) {
        const code = error.code;
        // Deleted but still tracked, or a dangling link: there is nothing to scan.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { type: 'none' };
        return { type: 'skipped', skipped: { path, reason: 'unreadable', detail: code ?? String(error) } };
    }
}
/** A path relative to the real root stays inside it ('' is the root itself). */
function isInside(relativePath) {
    return !(0,external_node_path_.isAbsolute)(relativePath) && relativePath.split(external_node_path_.sep)[0] !== '..';
}

;// CONCATENATED MODULE: ./src/discover/read.ts


/** How much of a file is sniffed for binary content, as git and ripgrep do. */
const SNIFF_BYTES = 8192;
/**
 * Non-blocking so that a FIFO swapped in after discovery cannot hang the scan on open; for regular
 * files the flag changes nothing. Windows has no such flag.
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Signatures of binary formats whose first 8 KiB may hold no NUL byte (PDF, compressed streams) or
 * that are common in repositories. Each is distinctive enough that no text file starts with it.
 */
const BINARY_MAGIC = [
    ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['jpeg', [0xff, 0xd8, 0xff]],
    ['gif', [0x47, 0x49, 0x46, 0x38]],
    ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['zip', [0x50, 0x4b, 0x03, 0x04]],
    ['gzip', [0x1f, 0x8b]],
    ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
    ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
    ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
    ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
    ['elf', [0x7f, 0x45, 0x4c, 0x46]],
    ['mach-o or java class', [0xca, 0xfe, 0xba, 0xbe]],
    ['mach-o', [0xcf, 0xfa, 0xed, 0xfe]],
    ['mach-o', [0xce, 0xfa, 0xed, 0xfe]],
    ['webm or mkv', [0x1a, 0x45, 0xdf, 0xa3]]
];
/**
 * Reads and decodes one discovered file. Never throws: a file that cannot be read comes back as
 * a SkippedFile (`unreadable` with the error code), and so do binary files and files that grew
 * past `maxFileSize` since discovery. Binary files are recognised from their first 8 KiB without
 * reading the rest.
 *
 * Synchronous on purpose: on the benchmark tree (20,000 files, in the page cache as after a
 * checkout) blocking reads are about 3x faster than promise-based ones with 16 in flight, whose
 * thread-pool round trips cost more than the reads; and only one text is held at a time.
 *
 * `path` must come from `discoverFiles`, which has already refused symlinks leaving the root.
 */
function readSource(root, path, maxFileSize) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, path), OPEN_FLAGS);
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return { path, reason: 'unreadable', detail: 'not a regular file' };
        // Checked again on the open file: it may have changed since discovery measured it.
        if (info.size > maxFileSize)
            return { path, reason: 'too-large', detail: `${info.size} bytes` };
        const bytes = bufferFor(info.size);
        const headLength = readInto(fd, bytes, 0, Math.min(SNIFF_BYTES, info.size));
        const binary = binaryKind(bytes.subarray(0, headLength));
        if (binary !== undefined)
            return { path, reason: 'binary', detail: binary };
        const length = readInto(fd, bytes, headLength, info.size);
        return { path, text: decodeText(bytes.subarray(0, length)) };
    }
    catch (error) {
        return { path, reason: 'unreadable', detail: error.code ?? String(error) };
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
/**
 * The same judgement as {@link readSource} for bytes already in memory (a blob of the git index): too large,
 * binary, or text decoded the same way.
 */
function decodeSource(path, bytes, maxFileSize) {
    if (bytes.length > maxFileSize)
        return { path, reason: 'too-large', detail: `${bytes.length} bytes` };
    const binary = binaryKind(bytes.subarray(0, SNIFF_BYTES));
    if (binary !== undefined)
        return { path, reason: 'binary', detail: binary };
    return { path, text: decodeText(bytes) };
}
/** A failed close of a file only read from loses nothing, and must not turn a result into a throw. */
function closeQuietly(fd) {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // nothing to do: the descriptor is gone either way
    }
}
/**
 * Files up to this size are read into one reused buffer. Safe because reading is synchronous and the
 * text is decoded (copied) before readSource returns; it spares V8 ~150 MB of short-lived external
 * memory on the benchmark tree, which lowered peak RSS by about 10%.
 */
const SCRATCH_BYTES = 1024 * 1024;
const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
const bufferFor = (size) => (size <= SCRATCH_BYTES ? scratch.subarray(0, size) : Buffer.allocUnsafe(size));
/** True for what `readSource` returns when it did not produce text (or any union with SkippedFile). */
const isSkippedFile = (value) => 'reason' in value;
/** Fills `buffer` from `start` up to `end` (or end of file); returns how far it got. */
function readInto(fd, buffer, start, end) {
    let filled = start;
    while (filled < end) {
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, filled, end - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}
/**
 * Why the head of a file says it is binary (a format name, or `NUL byte`), or undefined for text.
 * UTF-16 and UTF-32 text is full of NUL bytes, so a byte order mark — or, without one, the regular pattern of zero
 * bytes that Latin text has in those encodings — settles it as text first.
 */
function binaryKind(head) {
    if (wideEncoding(head) !== undefined)
        return undefined;
    const magic = BINARY_MAGIC.find(([, bytes]) => bytes.every((byte, i) => head[i] === byte));
    if (magic !== undefined)
        return magic[0];
    return head.indexOf(0) === -1 ? undefined : 'NUL byte';
}
/** Code units looked at to recognise UTF-16 or UTF-32 without a byte order mark. */
const SNIFF_UNITS = 2048;
/** Share of those units that must look like Latin text (one non-zero byte, the rest zero). */
const WIDE_SHARE = 0.9;
/** The encoding a byte order mark names, or that the head's zero bytes reveal; undefined for UTF-8 and binaries. */
function wideEncoding(bytes) {
    const [b0, b1, b2, b3] = bytes;
    // UTF-32LE's mark starts like UTF-16LE's, so it is checked first.
    if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
        return 'utf-32le';
    if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
        return 'utf-32be';
    if (b0 === 0xff && b1 === 0xfe)
        return 'utf-16le';
    if (b0 === 0xfe && b1 === 0xff)
        return 'utf-16be';
    // Wide text of Latin characters is mostly zero bytes: a head without any (nearly every file) is not wide.
    if (bytes.subarray(0, SNIFF_UNITS * 4).indexOf(0) === -1)
        return undefined;
    for (const [encoding, width, at] of [['utf-32le', 4, 0], ['utf-32be', 4, 3], ['utf-16le', 2, 0], ['utf-16be', 2, 1]]) {
        if (looksWide(bytes, width, at))
            return encoding;
    }
    return undefined;
}
/** Most units of `width` bytes have their only non-zero byte at `at`: ASCII text in that encoding. */
function looksWide(bytes, width, at) {
    const units = Math.min(SNIFF_UNITS, Math.floor(bytes.length / width));
    if (units < 2)
        return false;
    // Stops as soon as too many units are not Latin for the share to be reached.
    const allowed = units - units * WIDE_SHARE;
    let other = 0;
    for (let u = 0; u < units; u++) {
        let ok = bytes[u * width + at] !== 0;
        for (let i = 0; i < width && ok; i++)
            if (i !== at && bytes[u * width + i] !== 0)
                ok = false;
        if (!ok && ++other > allowed)
            return false;
    }
    return true;
}
/**
 * Text from bytes: UTF-16 or UTF-32 when a byte order mark or the zero-byte pattern says so, otherwise UTF-8. Byte
 * order marks are dropped, so column 1 is the first real character; invalid sequences become U+FFFD instead of
 * failing, and the file is still scanned.
 */
function decodeText(bytes) {
    const wide = wideEncoding(bytes);
    if (wide === 'utf-32le' || wide === 'utf-32be')
        return decodeUtf32(bytes, wide === 'utf-32le');
    if (wide !== undefined)
        return new TextDecoder(wide).decode(bytes);
    // Buffer#toString rather than TextDecoder: about 4x faster on ASCII-heavy text, the common case.
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString('utf8', start);
}
/** UTF-32, which TextDecoder does not read; a byte order mark is dropped, and a value that is no character is U+FFFD. */
function decodeUtf32(bytes, littleEndian) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const chunks = [];
    let points = [];
    for (let at = 0; at + 4 <= bytes.length; at += 4) {
        const point = view.getUint32(at, littleEndian);
        if (at === 0 && point === 0xfeff)
            continue;
        points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
        // In pieces: fromCodePoint takes its arguments on the stack.
        if (points.length === 8192) {
            chunks.push(String.fromCodePoint(...points));
            points = [];
        }
    }
    chunks.push(String.fromCodePoint(...points));
    return chunks.join('');
}

;// CONCATENATED MODULE: ./src/discover/walk.ts



/**
 * Walks `root` the way git would see it outside a repository: honouring every `.gitignore` on the way
 * (nested ones too) and never entering a folder that `isSkipped` rejects. Symlinks are returned as
 * candidates, not followed, so a link to a folder cannot make the walk loop. Synchronous, like the
 * rest of discovery: the thread-pool round trips of async calls cost more than the calls themselves.
 */
function walkFiles(root, isSkipped, includeIgnored) {
    const result = { paths: [], unreadable: [], ignored: [] };
    walkDirectory(root, '', [], { isSkipped, includeIgnored, inIgnored: false }, result);
    return result;
}
function walkDirectory(root, dir, inherited, options, result) {
    const entries = listDirectory(root, dir, result);
    const own = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? readGitignore(root, dir) : undefined;
    const levels = own ? [...inherited, own] : inherited;
    const { isSkipped, includeIgnored } = options;
    for (const entry of entries) {
        const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
        const isDirectory = entry.isDirectory();
        if (isSkipped(path, isDirectory))
            continue;
        const ignored = options.inIgnored || isGitignored(levels, path, isDirectory);
        if (isDirectory) {
            if (!ignored || includeIgnored)
                walkDirectory(root, path, levels, { ...options, inIgnored: ignored }, result);
        }
        else if (!ignored) {
            result.paths.push(path);
        }
        else if (includeIgnored?.(path)) {
            result.ignored.push(path);
        }
    }
}
/** A folder's entries; a subfolder that cannot be listed is recorded, the root itself must be listable. */
function listDirectory(root, dir, result) {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
    }
    catch (error) {
        if (dir === '')
            throw error;
        result.unreadable.push({ path: dir, reason: 'unreadable', detail: error.code });
        return [];
    }
}
function readGitignore(root, dir) {
    try {
        return { base: dir, rules: ignore_default()({ ignorecase: false }).add((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, dir, '.gitignore'), 'utf8')) };
    }
    catch {
        return undefined;
    }
}
/**
 * Git's precedence: the deepest `.gitignore` that has an opinion on a path wins, so a nested
 * `!keep.log` re-includes what the root's `*.log` excludes.
 */
function isGitignored(levels, path, isDirectory) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const { base, rules } = levels[i];
        const relative = base === '' ? path : path.slice(base.length + 1);
        const verdict = rules.test(isDirectory ? `${relative}/` : relative);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/discover/index.ts










/**
 * The files to scan under `root`. Inside a git work tree: what git tracks plus untracked files it does
 * not ignore (deleted-but-tracked files drop out silently). Elsewhere: a walk honouring `.gitignore`
 * files. Either way `.git/`, `node_modules/` and the config's `ignore` patterns are left out, and
 * files over `maxFileSize`, symlinks leaving the root and unreadable entries come back in `skipped`.
 * Gitignored files that `includeIgnored` accepts are added, marked `ignored`.
 *
 * Throws only when `root` is not a readable folder.
 */
async function discoverFiles(root, options) {
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new Error(`${root} is not a directory`);
    const isSkipped = createPathFilter(options.ignore);
    const { paths, unreadable, ignored } = await listCandidates(root, isSkipped, options.includeIgnored);
    const discovery = inspectCandidates(root, [...paths, ...ignored], { maxFileSize: options.maxFileSize, isSkipped, skipped: unreadable });
    if (ignored.length === 0)
        return discovery;
    const isIgnored = new Set(ignored);
    return { ...discovery, files: discovery.files.map((file) => (isIgnored.has(file.path) ? { ...file, ignored: true } : file)) };
}
/** Git's listing when `root` is in a work tree (filtered here), otherwise a walk that prunes as it goes. */
async function listCandidates(root, isSkipped, includeIgnored) {
    const listed = mayBeInGitRepository(root) ? await listGitFiles(root) : undefined;
    if (listed === undefined)
        return walkFiles(root, isSkipped, includeIgnored);
    const ignored = includeIgnored ? (await listIgnoredFiles(root)).filter((path) => !isSkipped(path, false) && includeIgnored(path)) : [];
    return { paths: listed.filter((path) => !isSkipped(path, false)), unreadable: [], ignored };
}
/**
 * Whether git could find a repository for `root`: `GIT_DIR` is set, or a `.git` (a folder, or the file of a linked
 * work tree) is in it or a folder above, by its path as given or its real path. Outside one, git is not spawned:
 * it would only fail.
 */
function mayBeInGitRepository(root) {
    if (process.env.GIT_DIR)
        return true;
    const hasGitAbove = (start) => {
        for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
                return true;
            if ((0,external_node_path_.dirname)(dir) === dir)
                return false;
        }
    };
    return hasGitAbove((0,external_node_path_.resolve)(root)) || hasGitAbove((0,external_node_fs_.realpathSync)(root));
}
/** `--staged` outside a git work tree: there is no index to read (a usage error, not a crash). */
class NoGitIndexError extends Error {
    name = 'NoGitIndexError';
}
/** The working tree's files ({@link discoverFiles}), read from disk. */
async function workTreeFiles(root, options) {
    const discovery = await discoverFiles(root, options);
    return { ...discovery, read: (path) => readSource(root, path, options.maxFileSize) };
}
/** Staged blobs read per `git cat-file --batch` run: the most of the index held in memory at once. */
const STAGED_BATCH_BYTES = 32 * 1024 * 1024;
/**
 * What the next commit would hold under `root`: each staged file with its staged path and its staged content
 * (`git ls-files --stage`, sizes from `git cat-file --batch-check`, then the blobs from `git cat-file --batch`, a
 * batch of up to 32 MiB at a time as the scan asks for them), whatever the working tree holds now. Symlinks and
 * submodules hold no text; the config's `ignore` patterns and `maxFileSize` apply as in a working-tree scan.
 *
 * Throws NoGitIndexError when `root` is not in a git work tree.
 */
async function stagedFiles(root, options, batchBytes = STAGED_BATCH_BYTES) {
    const staged = await listStagedFiles(root);
    if (staged === undefined)
        throw new NoGitIndexError(`${root} is not in a git work tree, so there is no index to scan (--staged)`);
    const isSkipped = createPathFilter(options.ignore);
    const regular = staged.filter((file) => /^100[67]/.test(file.mode) && !isSkipped(file.path, false)).sort(byPath);
    const sizes = await blobSizes(root, [...new Set(regular.map((file) => file.object))]);
    const files = [];
    const skipped = [];
    for (const { path, object } of regular) {
        const size = sizes.get(object);
        if (size === undefined)
            skipped.push({ path, reason: 'unreadable', detail: 'the staged blob is missing' });
        else if (size > options.maxFileSize)
            skipped.push({ path, reason: 'too-large', detail: `${size} bytes` });
        else
            files.push({ path, size, object });
    }
    const index = new Map(files.map((file, i) => [file.path, i]));
    let batch = new Map();
    /** The blobs of the files from `first` on, up to `batchBytes` (at least one). */
    const loadBatch = async (first) => {
        let bytes = 0;
        let end = first;
        while (end < files.length && (end === first || bytes + files[end].size <= batchBytes))
            bytes += files[end++].size;
        batch = await readBlobs(root, [...new Set(files.slice(first, end).map((file) => file.object))]);
    };
    return {
        files: files.map(({ path, size }) => ({ path, size })),
        skipped,
        async read(path) {
            const at = index.get(path);
            const object = at === undefined ? undefined : files[at].object;
            if (object === undefined)
                return { path, reason: 'unreadable', detail: 'not staged' };
            if (!batch.has(object))
                await loadBatch(at);
            const bytes = batch.get(object);
            return bytes === undefined ? { path, reason: 'unreadable', detail: 'the staged blob is missing' } : decodeSource(path, bytes, options.maxFileSize);
        }
    };
}

// EXTERNAL MODULE: ./src/probes/proxy.ts
var proxy = __webpack_require__(5659);
// EXTERNAL MODULE: ./src/reporters/severity.ts
var severity = __webpack_require__(5271);
;// CONCATENATED MODULE: ./src/reporters/json.ts

function toJsonFinding(finding) {
    const { start, end } = finding.span;
    return {
        ruleId: finding.ruleId,
        severity: finding.severity,
        message: finding.message,
        file: finding.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fingerprint: finding.fingerprint,
        // Optional fields are left out rather than written as null, so consumers can test for presence.
        ...(finding.fix !== undefined && { fix: finding.fix }),
        ...(finding.edit !== undefined && { edit: finding.edit }),
        ...(finding.suppressed !== undefined && { suppressed: finding.suppressed })
    };
}
function toJsonReport(context) {
    return {
        findings: context.findings.map(toJsonFinding),
        scopes: context.scopes,
        summary: { ...(0,severity/* countFindings */.Gt)(context.findings), files: context.stats.files },
        tool: { name: context.tool.name, version: context.tool.version },
        ...(context.files && { files: context.files })
    };
}
/** Pretty-printed JSON with a final newline; every finding is included, suppressed ones marked. */
const jsonReporter = {
    format: 'json',
    render: (context) => JSON.stringify(toJsonReport(context), null, 2) + '\n'
};

// EXTERNAL MODULE: ./src/probes/support.ts
var support = __webpack_require__(2156);
;// CONCATENATED MODULE: ./src/reporters/markdown.ts


/**
 * Bidirectional overrides, isolates and marks: they make text display in an order other than the one it has
 * (Trojan Source), so a file name or value could look like something else. Removed from everything rendered.
 */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Escapes the characters that would turn text into markup, defuses `@mentions` (no one gets pinged), and keeps
 * GitHub from linking anything by itself: a zero-width space after `://` and after `www` stops its autolinks,
 * so a value from the repository never becomes a link a reader might follow. Bidi controls are dropped.
 */
function escapeText(text) {
    return text
        .replace(BIDI, '')
        .replace(/\r\n?|\n/g, ' ')
        // `$` opens GitHub's math syntax; the rest are CommonMark and GFM punctuation.
        .replace(/[\\`*_[\]<>|~&#$]/g, '\\$&')
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\b(www)(?=\.)/gi, '$1&#8203;');
}
/** Escapes text for an HTML context such as `<summary>`, where Markdown is not rendered. */
function escapeHtml(text) {
    return text.replace(BIDI, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
}
/** An inline code span that survives backticks inside the value (CommonMark: a longer fence). */
function code(text) {
    const flat = text.replace(BIDI, '').replace(/\r\n?|\n/g, ' ');
    if (flat === '')
        return '*empty*';
    const fence = '`'.repeat(longestBacktickRun(flat) + 1);
    // A space keeps a leading or trailing backtick from merging with the fence; CommonMark strips one of each.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A link with escaped text; characters that would end the link destination are percent-encoded. */
function markdown_link(text, url) {
    const destination = url.replace(/[\s()<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${destination})`;
}
/**
 * A GitHub table. Cells are Markdown already; every unescaped `|` in them is escaped, which GitHub
 * honours even inside code spans.
 */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapePipes).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function escapePipes(cell) {
    return cell.replace(/(\\*)\|/g, (whole, slashes) => (slashes.length % 2 === 1 ? whole : `${slashes}\\|`));
}
/** A collapsed section; `summary` is plain text. */
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run in the content. */
function fencedBlock(info, content) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    return `${fence}${info}\n${content}\n${fence}`;
}
/** Indents every line but the first by `spaces`, so a block continues a list item. */
function continueListItem(block, spaces = 2) {
    return block.replace(/\n(?!\n)/g, `\n${' '.repeat(spaces)}`);
}
/**
 * A rule message in Markdown. Messages quote values with `"` (the text format's convention); here the
 * quoted parts become code spans, as the Markdown outputs quote values with backticks. Bare URLs become code spans
 * too: shown whole and readable, never a link (what a repository writes must not turn into one).
 */
function messageMarkdown(message) {
    return message
        .split(/("[^"\n]+"|\b[a-z][a-z0-9+.-]*:\/\/[^\s"]*[^\s".,:;)])/i)
        .map((part, i) => (i % 2 === 0 ? escapeText(part) : code(part.startsWith('"') ? part.slice(1, -1) : part)))
        .join('');
}
/** The documentation page of a rule. */
function ruleDocUrl(tool, ruleId) {
    return `${tool.docsBaseUrl.replace(/\/+$/, '')}/${ruleId}.md`;
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Counts of the active findings by severity. */
function bySeverity(counts) {
    return { error: counts.errors, warning: counts.warnings, note: counts.notes };
}
/** `2 errors, 1 warning`; severities with no findings are left out. */
function countsText(counts) {
    const count = bySeverity(counts);
    return SEVERITIES.filter(severity => count[severity] > 0)
        .map(severity => plural(count[severity], severity))
        .join(', ');
}
/** The one-line verdict both reports open with. */
function verdictLine(context) {
    const counts = countFindings(context.findings);
    const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : '';
    const found = countsText(counts);
    if (found === '')
        return `✅ **No problems found**${suppressed}`;
    if (failingFindings(context.findings, context.failOn).length > 0) {
        return `❌ **${found}**${suppressed}: the check fails (fail-on: ${code(context.failOn)})`;
    }
    const icon = counts.errors + counts.warnings > 0 ? '⚠️' : 'ℹ️';
    const why = context.failOn === 'never' ? 'nothing fails' : 'below the fail-on level';
    return `${icon} **${found}**${suppressed}: ${why} (fail-on: ${code(context.failOn)})`;
}
/** The footer: counts, what was checked, and where the rules are documented. */
function footerLine(context, note) {
    const counts = countFindings(context.findings);
    const count = bySeverity(counts);
    const parts = [
        ...SEVERITIES.map(severity => plural(count[severity], severity)),
        `${counts.suppressed} suppressed`,
        `${plural(context.stats.files, 'file')} and ${plural(context.stats.entries, 'setting')} checked`,
        `${escapeText(context.tool.name)} ${escapeText(context.tool.version)}`,
        markdown_link('rule docs', context.tool.docsBaseUrl)
    ];
    return `---\n<sub>${parts.join(' · ')}</sub>${note ? `\n\n<sub>${escapeText(note)}</sub>` : ''}`;
}
const SUPPRESSED_BY = {
    inline: 'Suppressed by an inline comment',
    config: 'Suppressed in the config file',
    baseline: 'Accepted in the baseline'
};
/** `file:line:column` of a finding, as a code span. */
function locationOf(finding) {
    return code(`${finding.file}:${finding.span.start.line}:${finding.span.start.column}`);
}
/** One finding as a list item: severity, location, message, rule link, fix, and an optional suggestion. */
function findingItem(context, finding, suggestion) {
    const head = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**`,
        locationOf(finding),
        `${messageMarkdown(finding.message)} (${markdown_link(finding.ruleId, ruleDocUrl(context.tool, finding.ruleId))})`
    ].join(' · ');
    const lines = [head];
    if (finding.suppressed) {
        const reason = finding.suppressed.reason ? `: ${escapeText(finding.suppressed.reason)}` : '';
        lines.push(`${SUPPRESSED_BY[finding.suppressed.by]}${reason}`);
    }
    else if (finding.fix !== undefined) {
        lines.push(`**Fix:** change it to ${code(finding.fix)}`);
    }
    if (suggestion !== undefined)
        lines.push(`Suggested change for line ${finding.span.start.line}:\n${fencedBlock('suggestion', suggestion)}`);
    return continueListItem(lines.join('\n'));
}
/** How many findings a section lists before the rest go into a collapsed block. */
const VISIBLE_FINDINGS = 5;
/** A list of findings; past {@link VISIBLE_FINDINGS}, the rest are collapsed. */
function findingList(context, findings, layout) {
    const items = findings.map(finding => findingItem(context, finding, layout.suggestion?.(finding)));
    const visible = items.slice(0, VISIBLE_FINDINGS).join('\n');
    const rest = items.slice(VISIBLE_FINDINGS);
    if (rest.length === 0)
        return visible;
    return `${visible}\n\n${details(`${plural(rest.length, 'more finding')} in this section`, rest.join('\n'))}`;
}
/** `NAME` = `value`, either part optional. */
function setting(name, value, extra = '') {
    const parts = [name === undefined ? undefined : code(name), value === undefined ? undefined : code(value)];
    const shown = parts.filter(part => part !== undefined).join(' = ');
    return shown === '' ? '—' : `${shown}${extra}`;
}
/** The table of a scope: one row per key ↔ base URL ↔ model pairing. */
function scopeTable(scope) {
    if (scope.rows.length === 0)
        return '*No key, base URL or model settings in this scope.*';
    return table(['Key', 'Base URL', 'Model', 'Request URL'], scope.rows.map(row => [
        setting(row.keyName, row.keyMasked, row.keyProvider ? ` (${escapeText(row.keyProvider)})` : ''),
        setting(row.baseUrlName, row.baseUrl, row.baseUrlDefault ? ' (default: the setting is empty or unset)' : ''),
        row.model === undefined ? '—' : code(row.model),
        row.effectiveUrl === undefined ? '—' : code(row.effectiveUrl)
    ]));
}
const BASIS_WORDS = {
    'file-kind': 'its own config file',
    image: 'its container image',
    configured: 'the config file',
    manifest: 'the nearest app manifest',
    repository: 'evidence elsewhere in the repository',
    default: 'no evidence; the SDK convention is assumed'
};
/** Which client reads the scope, chosen how and on what evidence. */
function clientLine(scope) {
    const evidence = scope.clientEvidence ? `: ${escapeText(scope.clientEvidence)}` : '';
    const guess = scope.clientConfidence === 'guessed' ? ' — a guess, so findings are at most warnings' : '';
    return `Client: **${escapeText(scope.client)}**, from ${BASIS_WORDS[scope.clientBasis]}${evidence}${guess}`;
}
function scopeHeading(scope) {
    const label = scope.label === scope.file ? '' : ` · ${escapeText(scope.label)}`;
    return `#### ${code(scope.file)}${label}`;
}
function scopeSection(context, scope, findings, layout) {
    const parts = [scopeHeading(scope), clientLine(scope), scopeTable(scope)];
    if (findings.length > 0)
        parts.push(findingList(context, findings, layout));
    return parts.join('\n\n');
}
const OUTCOME_ICON = { verified: '✅', rejected: '❌', indeterminate: '❔' };
const SUBJECT = { 'probe-key': 'key', 'probe-model': 'model', 'probe-route': 'route' };
const subjectOf = (check) => check.rule === 'probe-model' && check.model !== undefined ? `model ${code(check.model)}` : SUBJECT[check.rule];
/** One answer often settles several subjects (a refused made-up model proves key and route): one item says so. */
function mergeChecks(checks) {
    const merged = [];
    for (const check of checks) {
        const same = merged.find(({ check: c }) => !c.support && !check.support && c.outcome === check.outcome && c.explanation === check.explanation);
        if (same)
            same.subjects.push(subjectOf(check));
        else
            merged.push({ subjects: [subjectOf(check)], check });
    }
    return merged;
}
/** One check of a probe: outcome, explanation, next step, and the support block when it failed. */
function probeCheckItem({ subjects, check }) {
    const head = `- ${OUTCOME_ICON[check.outcome]} **${check.outcome}**, ${subjects.join(' and ')}: ${messageMarkdown(check.explanation)}`;
    const lines = [check.outcome === 'verified' ? head : `${head}. **Next step:** ${messageMarkdown(check.nextStep)}`];
    if (check.support)
        lines.push(fencedBlock('text', formatSupportBlock(check.support)));
    return continueListItem(lines.join('\n'));
}
/** One probed key: where it is configured, where it went, and its checks as a nested list. */
function probeItem(probe) {
    const where = probe.file === '' ? 'the inputs' : `${code(probe.file)}${probe.scope === undefined || probe.scope === probe.file ? '' : ` · ${escapeText(probe.scope)}`}`;
    const head = `- ${OUTCOME_ICON[probe.outcome]} **${probe.outcome}** · ${code(probe.name)} = ${code(probe.key)} from ${where} → ${code(probe.baseUrl)}`;
    return continueListItem([head, ...mergeChecks(probe.checks).map(probeCheckItem)].join('\n'));
}
/** The live probes section: every probed key, most worrying first; undefined when the run did not probe. */
function probeSection(context) {
    if (context.probes === undefined)
        return undefined;
    if (context.probes.length === 0)
        return '#### Live probes\n\n*No key was probed; the log says why.*';
    const rank = { rejected: 0, indeterminate: 1, verified: 2 };
    const probes = [...context.probes].sort((a, b) => rank[a.outcome] - rank[b.outcome]);
    return `#### Live probes\n\n${probes.map(probeItem).join('\n')}`;
}
function groupFindings(context) {
    const active = context.findings.filter(finding => !finding.suppressed);
    const scopesWithFindings = new Set(active.map(finding => finding.scope));
    return {
        active,
        suppressed: context.findings.filter(finding => finding.suppressed),
        cleanScopes: context.scopes.filter(scope => !scopesWithFindings.has(scope.id))
    };
}
/** What to show first when not everything fits: errors, warnings, notes, then clean scopes, then suppressed findings. */
function byPriority(groups) {
    const rank = (finding) => SEVERITIES.indexOf(finding.severity);
    const active = [...groups.active].sort((a, b) => rank(a) - rank(b));
    return [...active, ...groups.cleanScopes, ...groups.suppressed];
}
/**
 * Renders the report, showing as many items as fit within `layout.limit` (most severe first) and
 * counting the rest in a closing line. Sections keep the context's order whatever is cut.
 */
function renderReport(context, layout) {
    const groups = groupFindings(context);
    const items = byPriority(groups);
    const render = (shown) => renderSelection(context, layout, groups, new Set(items.slice(0, shown)));
    const fits = (shown) => layout.limit.measure(render(shown)) <= layout.limit.max;
    if (fits(items.length))
        return render(items.length);
    // Each extra item makes the text longer, so the largest count that fits is found by bisection.
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(middle))
            low = middle;
        else
            high = middle - 1;
    }
    const text = render(low);
    return fits(low) ? text : truncate(text, layout.limit);
}
/** Last resort when even the bare verdict and footer exceed the limit (a tiny `maxLength`). */
function truncate(text, limit) {
    let end = Math.min(text.length, limit.max);
    while (end > 0 && limit.measure(text.slice(0, end)) > limit.max)
        end--;
    return text.slice(0, end);
}
/**
 * The report with only the `shown` findings and scopes. Findings with a scope in the report go to its
 * section; the rest (no scope, or a scope without settings to tabulate) under "Other findings".
 */
function renderSelection(context, layout, groups, shown) {
    const scopeIds = new Set(context.scopes.map(scope => scope.id));
    const byScope = new Map();
    for (const finding of groups.active.filter(finding => shown.has(finding))) {
        const key = finding.scope !== undefined && scopeIds.has(finding.scope) ? finding.scope : undefined;
        const list = byScope.get(key) ?? [];
        list.push(finding);
        byScope.set(key, list);
    }
    const parts = [layout.preamble, verdictLine(context)];
    const probes = probeSection(context);
    if (probes)
        parts.push(probes);
    for (const scope of context.scopes) {
        const findings = byScope.get(scope.id);
        if (findings)
            parts.push(scopeSection(context, scope, findings, layout));
    }
    const others = byScope.get(undefined);
    if (others)
        parts.push(`#### Other findings\n\n${findingList(context, others, layout)}`);
    const clean = groups.cleanScopes.filter(scope => shown.has(scope));
    if (clean.length > 0) {
        const sections = clean.map(scope => scopeSection(context, scope, [], layout)).join('\n\n');
        parts.push(details(`${plural(clean.length, 'scope')} without findings`, sections));
    }
    const suppressed = groups.suppressed.filter(finding => shown.has(finding));
    if (suppressed.length > 0) {
        const list = suppressed.map(finding => findingItem(context, finding)).join('\n');
        parts.push(details(plural(suppressed.length, 'suppressed finding'), list));
    }
    const cut = cutLine(groups, shown, layout.limit.seeAlso);
    if (cut)
        parts.push(cut);
    parts.push(footerLine(context, layout.footerNote));
    return `${parts.join('\n\n')}\n`;
}
/** `…and 37 more findings not shown; see the job summary.` */
function cutLine(groups, shown, seeAlso) {
    const findings = [...groups.active, ...groups.suppressed].filter(finding => !shown.has(finding)).length;
    const scopes = groups.cleanScopes.filter(scope => !shown.has(scope)).length;
    const cut = [findings > 0 ? plural(findings, 'more finding') : '', scopes > 0 ? plural(scopes, 'more scope') : '']
        .filter(Boolean)
        .join(' and ');
    return cut === '' ? undefined : `**…and ${cut} not shown; ${seeAlso}.**`;
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts

/** The schema URI GitHub's documentation uses. */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * `security-severity` for security rules, by default level: GitHub reads 7.0–8.9 as high, 4.0–6.9 as
 * medium, 0.1–3.9 as low.
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
/** `base-url-has-version` → `BaseUrlHasVersion`. */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word[0].toUpperCase() + word.slice(1))
        .join('');
}
function reportingDescriptor(context, rule) {
    const helpUri = ruleDocUrl(context.tool, rule.id);
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: {
            text: `${rule.description}\nDocumentation: ${helpUri}`,
            markdown: `${escapeText(rule.description)}\n\n${markdown_link(`Documentation of ${rule.id}`, helpUri)}`
        },
        helpUri,
        defaultConfiguration: { level: rule.severity },
        properties: {
            tags: rule.security ? ['security', 'llm-config'] : ['correctness', 'llm-config'],
            precision: 'high',
            ...(rule.security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {})
        }
    };
}
/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
function artifactUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/** SARIF regions use 1-based lines and columns with an exclusive end column, as our spans do (UTF-16 units). */
function region(span) {
    return {
        startLine: span.start.line,
        startColumn: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column
    };
}
/** A SARIF fix from the finding's edit: the exact text its fix replaces (a quoted value's quotes stay). */
function fixes({ edit, file }) {
    if (edit === undefined)
        return undefined;
    return [
        {
            description: { text: `Change it to "${edit.replacement}"` },
            artifactChanges: [
                {
                    artifactLocation: { uri: artifactUri(file) },
                    replacements: [{ deletedRegion: region(edit.range), insertedContent: { text: edit.replacement } }]
                }
            ]
        }
    ];
}
function result(finding, ruleIndex) {
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: finding.severity,
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, region: region(finding.span) } }],
        // Code scanning matches alerts across runs by this hash; ours is built from content, not line numbers.
        partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
        fixes: fixes(finding),
        suppressions: finding.suppressed
            ? [
                {
                    kind: finding.suppressed.by === 'inline' ? 'inSource' : 'external',
                    ...(finding.suppressed.reason ? { justification: finding.suppressed.reason } : {})
                }
            ]
            : undefined
    };
}
/** The SARIF log as pretty-printed JSON, ending in a newline. Pure. */
function renderSarif(context) {
    const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: context.tool.name,
                        semanticVersion: context.tool.version,
                        informationUri: context.tool.informationUri ?? context.tool.docsBaseUrl,
                        rules: context.rules.map(rule => reportingDescriptor(context, rule))
                    }
                },
                automationDetails: { id: `${context.tool.name}/` },
                columnKind: 'utf16CodeUnits',
                // A probe of the action's own inputs can have no file; code scanning rejects a result without a location.
                results: context.findings.filter(finding => finding.file !== '').map(finding => result(finding, ruleIndex.get(finding.ruleId) ?? -1))
            }
        ]
    };
    // JSON.stringify drops the `undefined` members (optional fixes and suppressions).
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** {@link renderSarif} as a {@link Reporter}. */
const sarifReporter = { format: 'sarif', render: renderSarif };

;// CONCATENATED MODULE: ./src/reporters/text.ts


/** `3 errors`, `1 warning`, `0 notes`. */
const text_plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/**
 * Repository text (file names, quoted values) made safe for a terminal or a CI log: line breaks and other
 * control characters become `\u....` escapes, so a file named `a\n::error::…` cannot start a line of its own
 * (a forged finding, or a workflow command when the CLI runs in GitHub Actions) and ANSI sequences stay inert.
 * Bidirectional overrides and marks are escaped too: they make a line read differently from what it says.
 */
const escapeControl = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * A whole output line that cannot be a workflow command: the runner takes a line starting with `::` (spaces
 * before it allowed) as one, so a file named `::error::…` at the start of a finding line gets its first colon escaped.
 */
const commandSafe = (line) => line.replace(/^(\s*):(?=:)/, '$1\\u003a');
/** One finding as `file:line:col: severity message [rule-id]` (actionlint's format, with the severity added). */
const formatFindingLine = (finding) => commandSafe(`${where(finding)}: ${finding.severity} ${escapeControl(finding.message)} [${finding.ruleId}]`);
/** A probe of the `--base-url` given on the command line belongs to no file. */
const where = (finding) => finding.file === '' ? '(command line)' : `${escapeControl(finding.file)}:${finding.span.start.line}:${finding.span.start.column}`;
/** `3 errors, 1 warning, 0 notes in 12 files`, plus `(2 suppressed)` when any were. */
function summaryLine(context) {
    const counts = (0,severity/* countFindings */.Gt)(context.findings);
    const line = `${text_plural(counts.errors, 'error')}, ${text_plural(counts.warnings, 'warning')}, ${text_plural(counts.notes, 'note')} in ${text_plural(context.stats.files, 'file')}`;
    return counts.suppressed > 0 ? `${line} (${counts.suppressed} suppressed)` : line;
}
/**
 * The human format: one line per finding, sorted, then the summary line. Suppressed findings are left
 * out (they only show in the summary's count). Ends with a newline.
 */
const textReporter = {
    format: 'text',
    render(context) {
        const lines = context.findings
            .filter((finding) => !finding.suppressed)
            .sort(order/* compareFindings */.Eg)
            .map(formatFindingLine);
        return [...lines, summaryLine(context)].join('\n') + '\n';
    }
};

;// CONCATENATED MODULE: ./src/reporters/verbose.ts

const NOT_READ = {
    'too-large': 'larger than the size limit',
    binary: 'binary',
    'symlink-outside-root': 'a symbolic link that points outside the scanned folder',
    unreadable: 'could not be read'
};
/** What `--verbose` prints before the findings, section by section. */
function verboseSections(context) {
    const scopes = { title: `Deployment scopes and their clients (${context.scopes.length})`, lines: verbose_table(context.scopes.map((s) => [scopeName(s), clientOf(s)])) };
    if (!context.files)
        return [scopes];
    const { read, skipped } = context.files;
    return [
        scopes,
        { title: `Configuration files read (${read.length})`, lines: verbose_table(read.map((file) => [file.path, howRead(file)])) },
        { title: `Files not read (${skipped.length})`, lines: verbose_table(skipped.map((file) => [file.path, whyNotRead(file)])) }
    ];
}
/** `docker-compose.yml (service lobe)`, or the file alone for a file-wide scope. */
const scopeName = (scope) => (scope.label === baseNameOf(scope.file) ? scope.file : `${scope.file} (${scope.label})`);
const baseNameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
/** `LobeChat, from its image: docker-image lobehub/lobe-chat in docker-compose.yml`, marked when guessed. */
const clientOf = (scope) => `${scope.client}, ${scope.clientConfidence === 'guessed' ? 'guessed ' : ''}by ${scope.clientBasis}${scope.clientEvidence ? `: ${scope.clientEvidence}` : ''}`;
/** `kubernetes, by content`; `dotenv, by name, not committed (git ignores it)`. */
const howRead = (file) => `${file.kind}, by ${file.matchedBy}${file.uncommitted ? ', not committed (git ignores it)' : ''}`;
const whyNotRead = (file) => (file.detail ? `${NOT_READ[file.reason]} (${file.detail})` : NOT_READ[file.reason]);
/** Two columns, the first padded to its widest cell; repository text escaped as in the text report. */
function verbose_table(rows) {
    const cells = rows.map(([path, what]) => [escapeControl(path), escapeControl(what)]);
    const width = Math.max(0, ...cells.map(([path]) => path.length));
    return cells.map(([path, what]) => `  ${path.padEnd(width)}  ${what}`);
}
/** The sections as text: each title, its lines (or `  none`), and a blank line after the last section. */
function renderSections(sections) {
    if (sections.length === 0)
        return '';
    return sections.map((s) => [`${s.title}:`, ...(s.lines.length > 0 ? s.lines : ['  none'])].join('\n')).join('\n') + '\n\n';
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/args.ts
var args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * Colours for the text report on a terminal. The report is rendered plain and coloured here, line by line: the
 * reporter stays pure, and repository text in it has had every control character escaped (escapeControl), so the
 * only escape sequences in the output are these.
 */
/**
 * Whether to colour, by Node's own rule (nodejs/node lib/internal/tty.js, getColorDepth): `FORCE_COLOR` decides
 * first (empty, `1`, `2`, `3` or `true` colour, anything else does not), then a non-empty `NO_COLOR`
 * (https://no-color.org) or `NODE_DISABLE_COLORS`, or `TERM=dumb`, turns colour off; otherwise a terminal gets it.
 */
function useColor(env, stream) {
    if (env.FORCE_COLOR !== undefined)
        return ['', '1', '2', '3', 'true'].includes(env.FORCE_COLOR);
    if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
const style = (codes) => (text) => `\u001b[${codes}m${text}\u001b[0m`;
const dim = style('2');
const SEVERITY = { error: style('1;31'), warning: style('33'), note: style('36') };
/** `file:line:col: severity message [rule-id]` lines and the closing count line of the text report. */
const FINDING = /^(.+?:\d+:\d+|\(command line\)): (error|warning|note) (.*) (\[[a-z0-9-]+\])$/;
const SUMMARY = /^(\d+) errors?, (\d+) warnings?, \d+ notes? in /;
/** The text report with the location and rule dimmed, the severity coloured, and the count line in the worst colour. */
function colorize(report) {
    return report
        .split('\n')
        .map((line) => {
        const finding = FINDING.exec(line);
        if (finding) {
            const [, where, severity, message, rule] = finding;
            return `${dim(`${where}:`)} ${SEVERITY[severity](severity)} ${message} ${dim(rule)}`;
        }
        const summary = SUMMARY.exec(line);
        if (summary)
            return Number(summary[1]) > 0 ? SEVERITY.error(line) : Number(summary[2]) > 0 ? SEVERITY.warning(line) : style('1;32')(line);
        return line;
    })
        .join('\n');
}

// EXTERNAL MODULE: ./src/probes/rules.ts
var probes_rules = __webpack_require__(7328);
;// CONCATENATED MODULE: ./src/cli/merge.ts
/**
 * `llm-env-lint merge`: the JSON reports of several repositories (an organisation's, collected by a workflow)
 * as one report in any format, each repository's paths under its name. Pure: the edge reads the files.
 */




/** A report file that is not an llm-env-lint JSON report; the message names the file (a usage error). */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
const merge_severity = schemas/* enum */.k5n(['error', 'warning', 'note']);
const position = schemas/* object */.Ikc({ line: schemas/* number */.aig().int(), column: schemas/* number */.aig().int() });
/** What the merge reads of a JSON report (src/reporters/json.ts); anything else in it is ignored. */
const reportSchema = schemas/* object */.Ikc({
    tool: schemas/* object */.Ikc({ name: schemas/* literal */.euz(version/* TOOL */.j.name), version: schemas/* string */.YjP() }),
    summary: schemas/* object */.Ikc({ files: schemas/* number */.aig().int().nonnegative() }),
    findings: schemas/* array */.YOg(schemas/* object */.Ikc({
        ruleId: schemas/* string */.YjP(),
        severity: merge_severity,
        message: schemas/* string */.YjP(),
        file: schemas/* string */.YjP(),
        line: schemas/* number */.aig().int(),
        column: schemas/* number */.aig().int(),
        endLine: schemas/* number */.aig().int(),
        endColumn: schemas/* number */.aig().int(),
        fingerprint: schemas/* string */.YjP(),
        fix: schemas/* string */.YjP().optional(),
        edit: schemas/* object */.Ikc({ range: schemas/* object */.Ikc({ start: position, end: position }), replacement: schemas/* string */.YjP() }).optional(),
        suppressed: schemas/* object */.Ikc({ by: schemas/* enum */.k5n(['inline', 'config', 'baseline']), reason: schemas/* string */.YjP().optional() }).optional()
    })),
    scopes: schemas/* array */.YOg(schemas/* object */.Ikc({
        id: schemas/* string */.YjP(),
        file: schemas/* string */.YjP(),
        label: schemas/* string */.YjP(),
        client: schemas/* string */.YjP(),
        // Reports of earlier versions carry no basis: the client was then the repository's.
        clientBasis: schemas/* enum */.k5n(['file-kind', 'image', 'configured', 'manifest', 'repository', 'default']).default('repository'),
        clientEvidence: schemas/* string */.YjP().optional(),
        clientConfidence: schemas/* enum */.k5n(['known', 'guessed']).default('known'),
        rows: schemas/* array */.YOg(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* boolean */.zMY()])))
    }))
});
/** Reads one report's text; throws ReportFileError naming `file` when it is not a JSON report of this tool. */
function readReport(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new ReportFileError(`${file}: not JSON; pass reports written by llm-env-lint --format json or the action's report-json`);
    }
    const parsed = reportSchema.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new ReportFileError(`${file}: not an llm-env-lint JSON report (${issue.path.join('.') || 'the file'}: ${issue.message})`);
}
/** `name/path`; a finding of no file (a probe of a command-line base URL) belongs to the repository itself. */
const under = (name, path) => (path === '' ? name : `${name}/${path}`);
/**
 * One report context for the reports, each repository's paths prefixed with its name, findings sorted as in any
 * report. Messages were masked when each report was written; nothing here unmasks or adds text.
 */
function mergeReports(reports, failOn) {
    const findings = reports.flatMap(({ name, report }) => report.findings.map((finding) => ({
        ruleId: finding.ruleId,
        messageId: '',
        severity: finding.severity,
        message: finding.message,
        file: under(name, finding.file),
        span: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        fingerprint: finding.fingerprint,
        ...(finding.fix !== undefined && { fix: finding.fix }),
        ...(finding.edit !== undefined && { edit: finding.edit }),
        ...(finding.suppressed !== undefined && { suppressed: finding.suppressed })
    })));
    const scopes = reports.flatMap(({ name, report }) => report.scopes.map((scope) => ({ ...scope, id: under(name, scope.id), file: under(name, scope.file), label: `${name}: ${scope.label}` })));
    return {
        findings: findings.sort(order/* compareFindings */.Eg),
        rules: probes_rules/* ALL_RULE_METAS */.kE,
        scopes,
        tool: version/* TOOL */.j,
        stats: { files: reports.reduce((sum, { report }) => sum + report.summary.files, 0), entries: 0 },
        failOn
    };
}

// EXTERNAL MODULE: ./src/clients/profiles/index.ts + 9 modules
var profiles = __webpack_require__(3745);
// EXTERNAL MODULE: ./src/clients/effective-url.ts
var effective_url = __webpack_require__(9149);
;// CONCATENATED MODULE: ./src/engine/report.ts



/** Turns a lint result into what reporters read: masked scope tables, rule metadata, counts. */
function buildReportContext(result, options) {
    return {
        findings: result.findings,
        rules: options.rules,
        scopes: result.model.scopes.filter((s) => s.pairs.length > 0).map((s) => scopeReport(s, options.catalog)),
        tool: version/* TOOL */.j,
        stats: result.stats,
        failOn: options.failOn
    };
}
function scopeReport(scope, catalog) {
    return {
        id: scope.id,
        file: scope.file,
        label: scope.label,
        client: scope.client.profile.name,
        clientBasis: scope.client.how,
        ...(scope.client.evidence ? { clientEvidence: (0,core_redact/* maskStraySecrets */.xd)(scope.client.evidence, catalog) } : {}),
        clientConfidence: scope.client.confidence,
        rows: scope.pairs.map((pair) => row(pair, catalog))
    };
}
function row(pair, catalog) {
    // An empty setting is the client's default (`BASE_URL || DEFAULT`), never an empty base.
    const written = pair.baseUrl?.value;
    const usesDefault = written === undefined || written.trim() === '';
    const base = usesDefault ? pair.baseUrlVar?.defaultUrl : written;
    const effective = base !== undefined && pair.baseUrlVar && pair.baseUrl?.form !== 'reference' ? (0,effective_url/* effectiveUrl */.ZT)(base, pair.baseUrlVar).url : undefined;
    const keyProvider = pair.key?.form === 'literal' && pair.key.value ? catalog.identifyKey(pair.key.value)?.provider.name : undefined;
    return {
        ...(pair.key ? { keyName: pair.key.key } : {}),
        ...(pair.key ? { keyMasked: showKey(pair.key, catalog) } : {}),
        ...(keyProvider ? { keyProvider } : {}),
        ...(pair.baseUrl ? { baseUrlName: pair.baseUrl.key } : {}),
        ...(base !== undefined ? { baseUrl: (0,core_redact/* maskStraySecrets */.xd)(base, catalog) } : {}),
        ...(usesDefault && base !== undefined ? { baseUrlDefault: true } : {}),
        ...(pair.model?.value ? { model: (0,core_redact/* maskStraySecrets */.xd)(pair.model.value, catalog) } : {}),
        ...(effective ? { effectiveUrl: (0,core_redact/* maskStraySecrets */.xd)(effective, catalog) } : {})
    };
}
/**
 * References (`${{ secrets.X }}`) are shown as written, but a default (`${OPENAI_API_KEY:-sk-…}`) is a literal key
 * like any other; literal keys only masked.
 */
function showKey(entry, catalog) {
    if (entry.form !== 'reference')
        return entry.value ? (0,core_redact/* maskSecret */.$l)(entry.value) : '';
    const written = (entry.raw ?? entry.value ?? '').trim();
    const fallback = entry.ref?.fallback;
    return (0,core_redact/* maskStraySecrets */.xd)(fallback ? (0,core_redact/* scrubSecrets */.Zg)(written, [fallback]) : written, catalog);
}

// EXTERNAL MODULE: ./src/probes/step.ts + 2 modules
var step = __webpack_require__(4145);
// EXTERNAL MODULE: ./src/engine/analyze.ts + 28 modules
var analyze = __webpack_require__(5206);
;// CONCATENATED MODULE: ./src/engine/history.ts
/**
 * Key hits in lines that commits added, as facts the `leaked-key` rule reads like any file's. Each hit
 * carries its commit; the rule reports only keys that are no longer in the tree (the others it reports
 * where they stand now).
 */
function historyFacts(lines, catalog) {
    const byFile = new Map();
    for (const added of lines) {
        for (const match of catalog.scanText(added.text)) {
            const hits = byFile.get(added.file) ?? [];
            hits.push({
                file: added.file,
                span: { start: { line: added.line, column: match.start + 1 }, end: { line: added.line, column: match.end + 1 } },
                token: match.token,
                provider: match.provider.id,
                format: match.format.id,
                line: added.text,
                commit: added.commit,
                ...(added.history && { history: added.history })
            });
            byFile.set(added.file, hits);
        }
    }
    return [...byFile].map(([path, keyHits]) => ({ path, kind: 'text', entries: [], diagnostics: [], keyHits, ignores: [], fingerprints: [], history: true }));
}

// EXTERNAL MODULE: ./src/engine/lint.ts + 5 modules
var lint = __webpack_require__(1613);
;// CONCATENATED MODULE: ./src/github/retry.ts

const DEFAULTS = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 };
/** GitHub: without `retry-after`, wait at least one minute after a secondary rate limit. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const sleepFor = (ms) => new Promise(resolve => setTimeout(resolve, ms));
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
function header(error, name) {
    const value = error?.response?.headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** True when GitHub answered nothing: Octokit reports network errors as status 500 without a response. */
function isNetworkError(error) {
    return statusOf(error) === 500 && error.response === undefined;
}
function mentionsSecondaryLimit(error) {
    const data = error?.response?.data;
    const message = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : '';
    return /secondary rate limit/i.test(message);
}
/** Milliseconds GitHub asks us to wait, from `retry-after` (seconds or an HTTP date) or the rate limit reset. */
function requestedWait(error, now) {
    const retryAfter = header(error, 'retry-after');
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
        if (Number.isFinite(ms))
            return Math.max(0, ms);
    }
    const reset = Number(header(error, 'x-ratelimit-reset'));
    if (header(error, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now);
    return undefined;
}
/** Whether a 403/429 is a rate limit (to wait out) rather than a permission problem. */
function isRateLimit(error, now) {
    const status = statusOf(error);
    if (status === 429)
        return true;
    return status === 403 && (requestedWait(error, now) !== undefined || mentionsSecondaryLimit(error));
}
/** How long to wait before retrying, or undefined when the error is final. */
function retryDelay(error, retry, options) {
    const status = statusOf(error);
    const serverError = status !== undefined && status >= 500;
    if (!serverError && !isRateLimit(error, options.now()))
        return undefined;
    const asked = requestedWait(error, options.now());
    if (asked !== undefined)
        return asked;
    const backoff = options.baseDelayMs * 2 ** retry;
    return status === 403 ? Math.max(backoff, SECONDARY_LIMIT_WAIT_MS) : backoff;
}
function withDefaults(options = {}) {
    return { ...DEFAULTS, sleep: sleepFor, now: Date.now, ...options };
}
async function attempt(operation, options) {
    for (let retry = 0;; retry++) {
        try {
            return { value: await operation() };
        }
        catch (error) {
            const delay = retryDelay(error, retry, options);
            const waitTooLong = delay !== undefined && delay > options.maxDelayMs;
            if (delay === undefined || waitTooLong || retry >= options.retries)
                return { error, attempts: retry + 1, waitTooLong };
            await options.sleep(delay);
        }
    }
}
/**
 * Runs one GitHub request with bounded retries, and never throws: the result is the value or an
 * explained failure. `what` names the operation in the failure message (`creating the PR comment`);
 * `permission` is the workflow permission it needs (`pull-requests: write`), named in a 403's message.
 */
async function callGitHub(what, operation, options = {}) {
    const settings = withDefaults(options);
    const outcome = await attempt(operation, settings);
    if ('value' in outcome)
        return { ok: true, value: outcome.value };
    return { ok: false, failure: describeFailure(what, outcome, { permission: options.permission, now: settings.now() }) };
}
function describeFailure(what, { error, attempts, waitTooLong }, facts) {
    const status = statusOf(error);
    const requestId = header(error, 'x-github-request-id');
    const base = { status, requestId, attempts };
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    if (status === undefined) {
        // Not an HTTP error: a bug or a broken client. Its message is ours, not GitHub's, so it is safe to show.
        const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        return { kind: 'unexpected', attempts, message: `${what} failed: ${detail}` };
    }
    if (isNetworkError(error)) {
        return { kind: 'unavailable', attempts, message: `${what} failed: GitHub could not be reached${tries}.` };
    }
    if (isRateLimit(error, facts.now)) {
        const why = waitTooLong ? 'GitHub asked to wait longer than this action waits' : `still rate limited${tries}`;
        return { kind: 'rate-limited', ...base, message: `${what} failed: ${why} (HTTP ${status}).` };
    }
    if (status >= 500) {
        return { kind: 'unavailable', ...base, message: `${what} failed: GitHub answered ${status}${tries}; it is usually temporary.` };
    }
    const grant = facts.permission ? ` Grant the job \`${facts.permission}\`.` : '';
    switch (status) {
        case 401:
            return { kind: 'unauthorized', ...base, message: `${what} failed: GitHub rejected the token (401). Check the github-token input.` };
        case 403:
            return {
                kind: 'forbidden',
                ...base,
                message: `${what} failed: the token may not do this (403). Pull requests from forks get a read-only token.${grant}`
            };
        case 404:
        case 410:
            return {
                kind: 'not-found',
                ...base,
                message: `${what} failed: not found (${status}). The repository or pull request does not exist, or the token cannot see it.`
            };
        case 422:
            return { kind: 'rejected', ...base, message: `${what} failed: GitHub rejected the content (422).` };
        default:
            return { kind: 'unexpected', ...base, message: `${what} failed: GitHub answered ${status}.` };
    }
}
/**
 * Checks an answer GitHub sent with status 2xx against the shape we read. A malformed answer (an object or `null`
 * where a list belongs, an item without its fields) becomes an `unexpected` failure the caller reports, never an
 * exception that would lose the report.
 */
function checked(what, schema, data) {
    const parsed = schema.safeParse(data);
    if (parsed.success)
        return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, failure: { kind: 'unexpected', attempts: 1, message: `${what} failed: GitHub's answer did not have the expected shape${where} (${issue?.message ?? 'invalid'}).` } };
}
/**
 * Fetches every page of a list endpoint (`per_page` 100), retrying each page on its own, up to `maxPages`, and
 * checks every item against `item`. `complete` is false when it stopped at the cap (GitHub itself lists at most
 * 3,000 files of a PR).
 */
async function retry_collectPages(what, item, fetchPage, options) {
    const perPage = 100;
    const items = [];
    for (let page = 1; page <= options.maxPages; page++) {
        const what_ = `${what} (page ${page})`;
        const result = await callGitHub(what_, () => fetchPage(page, perPage), options);
        if (!result.ok)
            return result;
        const data = checked(what_, z.array(item), result.value.data);
        if (!data.ok)
            return data;
        items.push(...data.value);
        if (data.value.length < perPage)
            return { ok: true, value: { items, complete: true } };
    }
    return { ok: true, value: { items, complete: false } };
}

;// CONCATENATED MODULE: ./src/github/changed-files.ts
/**
 * The files a pull request changes and the lines it adds: from the API (`pulls.listFiles`), or from git
 * (`git diff base...head`) when the API is not available or stops at its 3,000-file cap. Also the unified
 * diff reader that history.ts uses for `git log -p`. Git runs through src/discover/git.ts, hardened.
 */



/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILE_PAGES = 30;
/** The fields of a pull request file we read, checked: a malformed answer is a failure, not a crash. */
const PULL_REQUEST_FILE = schemas/* object */.Ikc({
    filename: schemas/* string */.YjP().min(1),
    status: schemas/* enum */.k5n(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']),
    previous_filename: schemas/* string */.YjP().optional(),
    changes: schemas/* number */.aig().int().nonnegative(),
    patch: schemas/* string */.YjP().optional()
});
/**
 * The files of a pull request from the API, with the lines each adds (parsed from its `patch`). When
 * `complete` is false the PR has more files than GitHub lists: use {@link changedFilesFromGit} instead.
 */
async function changedFiles(octokit, pr, options = {}) {
    const pages = await collectPages('listing the pull request files', PULL_REQUEST_FILE, (page, perPage) => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: perPage, page }), { ...options.retry, maxPages: MAX_FILE_PAGES, permission: 'pull-requests: read' });
    if (!pages.ok)
        return pages;
    return { ok: true, value: { files: pages.value.items.map(fromApi), complete: pages.value.complete } };
}
function fromApi(file) {
    // GitHub sends no patch for binary files and very large diffs; a pure rename has no patch and no changes.
    const addedLines = file.patch !== undefined
        ? new Set(changed_files_readDiff(file.patch.split('\n'))[0]?.added.map(added => added.line))
        : file.changes === 0
            ? new Set()
            : undefined;
    return {
        path: file.filename,
        status: file.status,
        ...(file.previous_filename !== undefined ? { previousPath: file.previous_filename } : {}),
        ...(addedLines !== undefined ? { addedLines } : {})
    };
}
/**
 * The files changed between the merge base of `base` and `head`, and the lines `head` adds, from
 * `git diff --unified=0 base...head` in `cwd`. Needs both commits in the clone (`fetch-depth: 0`).
 * Throws {@link GitError} when git fails.
 */
async function changedFilesFromGit(cwd, base, head) {
    const lines = await runGit(cwd, ['diff', ...changed_files_DIFF_OPTIONS, '--end-of-options', `${checkedRevision(base)}...${checkedRevision(head)}`, '--']);
    return changed_files_readDiff(lines).map(file => ({
        path: file.path,
        status: file.status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
        ...(file.binary ? {} : { addedLines: new Set(file.added.map(added => added.line)) })
    }));
}
/**
 * The added lines of each changed file, in the shape `renderPrComment` takes as `changedLines`. Every changed
 * file is in the map: one whose lines are unknown (binary, or a diff too large for GitHub to send a `patch`) is
 * judged whole, with no line known as added, so a key in it is never filtered out of the PR's report.
 */
function toChangedLines(files) {
    return new Map(files.map(file => [file.path, file.addedLines ?? new Set()]));
}
/**
 * Options for every diff we read: no context lines, explicit `a/` `b/` prefixes whatever the user's config
 * says (`diff.noprefix`, `diff.mnemonicPrefix`), and no external diff or textconv programs.
 */
const changed_files_DIFF_OPTIONS = ['--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/**
 * Reads unified diff text as git prints it (`git diff`, `git log -p --format='commit %H'`) or as an API
 * patch. Hunk line counts decide where a hunk ends, so added lines that look like headers (`+++ x`) are
 * read as content.
 */
function changed_files_readDiff(lines) {
    const files = [];
    let commit;
    let file;
    let oldLeft = 0;
    let newLeft = 0;
    let newLine = 0;
    const startFile = (path = '') => {
        const started = { commit, path, status: 'modified', binary: false, added: [] };
        files.push(started);
        return started;
    };
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            const mark = line[0];
            if (mark === '+') {
                file?.added.push({ line: newLine++, text: line.slice(1) });
                newLeft--;
            }
            else if (mark === '-')
                oldLeft--;
            else if (mark === ' ') {
                oldLeft--;
                newLeft--;
                newLine++;
            }
            // `\ No newline at end of file` belongs to the hunk but counts for neither side.
            continue;
        }
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk) {
            oldLeft = Number(hunk[1] ?? 1);
            newLine = Number(hunk[2]);
            newLeft = Number(hunk[3] ?? 1);
            file ??= startFile();
        }
        else if (line.startsWith('commit ')) {
            commit = line.slice('commit '.length).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            file = startFile(pathFromDiffHeader(line.slice('diff --git '.length)));
        }
        else if (line.startsWith('+++ ')) {
            file ??= startFile();
            const path = stripPrefix(line.slice(4), 'b/');
            if (path !== undefined)
                file.path = path;
        }
        else if (line.startsWith('--- ') && file !== undefined && file.path === '') {
            file.path = stripPrefix(line.slice(4), 'a/') ?? '';
        }
        else if (file !== undefined) {
            readExtendedHeader(file, line);
        }
    }
    return files;
}
/** `new file mode`, `rename from`, `Binary files … differ` and friends. */
function readExtendedHeader(file, line) {
    if (line.startsWith('new file mode'))
        file.status = 'added';
    else if (line.startsWith('deleted file mode'))
        file.status = 'removed';
    else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
        file.status = line.startsWith('rename') ? 'renamed' : 'copied';
        file.previousPath = unquote(line.slice(line.indexOf(' from ') + ' from '.length));
    }
    else if (line.startsWith('rename to ') || line.startsWith('copy to '))
        file.path = unquote(line.slice(line.indexOf(' to ') + ' to '.length));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
        file.binary = true;
}
/** `a/x b/x` → `x`, when both sides name the same path (renames are read from `rename to`). */
function pathFromDiffHeader(rest) {
    if (rest.startsWith('"')) {
        const end = closingQuote(rest);
        const path = stripPrefix(rest.slice(0, end + 1), 'a/');
        return path ?? '';
    }
    const half = (rest.length - 1) / 2;
    const left = rest.slice(0, half);
    return Number.isInteger(half) && rest === `${left} b/${left.slice(2)}` ? left.slice(2) : '';
}
function closingQuote(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length - 1;
}
/** The path of a `---`/`+++` line without its prefix; undefined for `/dev/null`. */
function stripPrefix(raw, prefix) {
    // git appends a tab to paths with spaces in ---/+++ lines so that tools can find the end.
    const path = unquote(raw.replace(/\t$/, ''));
    if (path === '/dev/null')
        return undefined;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
/** Undoes git's C-style quoting of unusual paths (`"a/t\303\251st\tfile"`); octal escapes are UTF-8 bytes. */
function unquote(path) {
    if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2))
        return path;
    const named = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            const next = body[++i] ?? '';
            bytes.push(named[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/github/history.ts
/**
 * The lines each commit of a pull request adds. A key committed and removed again in a later commit is
 * gone from the final diff but still in the history (and in every clone), so the action scans these too.
 */


/**
 * Every line added by the non-merge commits in `base..head`, oldest commit first, from
 * `git log -p --no-merges --unified=0` in `cwd`. Binary files are skipped. Needs the commits in the clone
 * (`fetch-depth: 0`); throws `GitError` otherwise.
 */
async function addedLinesInCommits(cwd, base, head) {
    const lines = await runGit(cwd, [
        'log',
        '-p',
        '--no-merges',
        '--reverse',
        '--format=commit %H',
        ...DIFF_OPTIONS,
        '--end-of-options',
        `${checkedRevision(base)}..${checkedRevision(head)}`,
        '--'
    ]);
    return readDiff(lines).flatMap(file => file.added.map(added => ({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text })));
}
/**
 * Every key any commit reachable from HEAD added under `cwd` (or since `since`), each once, where it first appeared.
 * One streaming pass over `git log -p --reverse` (oldest first, merges left out as for pull requests): the
 * diff is read one commit at a time and only lines with a key are kept, so memory follows the keys, not the history.
 * Throws GitError when git fails (not a repository, an unknown revision, no commits yet).
 */
async function keysAddedInHistory(cwd, { since, findKeys, isSkipped }) {
    const range = since === undefined ? 'HEAD' : `${git_checkedRevision(since)}..HEAD`;
    const seen = new Set();
    const lines = [];
    let commits = 0;
    let bytes = 0;
    let commit = [];
    const readCommit = () => {
        for (const file of changed_files_readDiff(commit)) {
            if (file.binary || isSkipped(file.path))
                continue;
            for (const added of file.added) {
                const fresh = findKeys(added.text).filter((key) => !seen.has(key.token));
                if (fresh.length === 0)
                    continue;
                fresh.forEach((key) => seen.add(key.token));
                lines.push({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text });
            }
        }
        commit = [];
    };
    const args = ['-c', 'core.quotePath=false', 'log', '-p', '--no-merges', '--reverse', '--format=commit %H', ...changed_files_DIFF_OPTIONS, '--relative'];
    for await (const raw of gitLines(cwd, [...args, '--end-of-options', range, '--'])) {
        bytes += Buffer.byteLength(raw) + 1;
        // With --unified=0 every line of a hunk starts with +, - or \, so `commit ` can only start the next commit.
        if (raw.startsWith('commit ')) {
            readCommit();
            commits++;
        }
        commit.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
    }
    readCommit();
    return { lines, commits, bytes };
}

// EXTERNAL MODULE: ./src/sources/dotenv.ts
var dotenv = __webpack_require__(1442);
;// CONCATENATED MODULE: ./src/engine/scan.ts









/**
 * Scans a repository from disk: discover the files, then read and analyse them one at a time, letting
 * each text go as soon as its facts are taken, and run the rules over what was kept. Memory follows
 * the number of settings and key hits found, not the size of the repository. Reads are synchronous
 * (see readSource): on 2 cores that beats overlapping promise-based reads with the analysis.
 *
 * Throws when `root` is not a readable folder, or when a rule fails (RuleError).
 */
async function scanRepository(root, { config, history = [], secretValues, includeIgnored, staged = false, only, gitHistory }) {
    const settings = { ...toLintSettings(config), ...(secretValues && { secretValues }), ...(staged && { staged }) };
    const catalog = (0,providers_catalog/* createCatalog */.C)(settings.providers);
    const options = {
        ignore: config.ignore,
        maxFileSize: config.maxFileSize,
        ...(includeIgnored && { includeIgnored: (path) => dotenv/* dotenvParser */.y.matches(path) })
    };
    const fileSet = staged ? await stagedFiles(root, options) : await workTreeFiles(root, options);
    const reported = (path) => only === undefined || only.has(path);
    const facts = [];
    const read = [];
    const skipped = fileSet.skipped.filter((file) => reported(file.path));
    let scannedFiles = 0;
    for (const { path, ignored } of fileSet.files) {
        // Awaited only when it is a promise (the index's batches): working-tree reads stay synchronous.
        const reading = fileSet.read(path);
        const source = reading instanceof Promise ? await reading : reading;
        if (isSkippedFile(source)) {
            if (reported(path))
                skipped.push(source);
            continue;
        }
        if (reported(path))
            scannedFiles++;
        const analysed = (0,analyze/* analyzeFile */.x)(source, catalog);
        const file = ignored ? { ...analysed, uncommitted: true } : analysed;
        if (file.matchedBy)
            read.push({ path, kind: file.kind, matchedBy: file.matchedBy, ...(ignored && { uncommitted: true }) });
        if (!(0,analyze/* isEmptyFacts */.F)(file))
            facts.push(file);
    }
    skipped.sort(byPath);
    const past = gitHistory && (await keysAddedInHistory(root, { ...gitHistory, findKeys: (text) => catalog.scanText(text), isSkipped: createPathFilter(config.ignore) }));
    const pastLines = (past?.lines ?? []).filter((line) => reported(line.file)).map((line) => ({ ...line, history: 'repository' }));
    facts.push(...historyFacts([...history, ...pastLines], catalog));
    const result = (0,lint/* lintFacts */.Vp)(facts, settings, { skipped, catalog, scannedFiles });
    const findings = only === undefined ? result.findings : result.findings.filter((finding) => reported(finding.file));
    return { ...result, findings, skipped, files: { read, skipped }, settings, catalog, listedPaths: new Set([...fileSet.files, ...fileSet.skipped].map((file) => file.path)) };
}

;// CONCATENATED MODULE: ./src/engine/pipeline.ts








/** The rule ids and client ids a config file may name. */
const configVocabulary = () => ({ knownRuleIds: probes_rules/* ALL_RULE_METAS */.kE.map((meta) => meta.id), knownClients: Object.keys(profiles/* clientProfiles */.k) });
/**
 * Config, scan, the optional live probes, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
async function lintRepository({ root, configFile, failOn, history, secretValues, probe, includeIgnored, staged, only, baseline, gitHistory }) {
    const config = await loadConfig({
        root,
        ...(configFile !== undefined && { file: configFile }),
        ...configVocabulary()
    });
    const scanned = await scanRepository(root, {
        config,
        ...(history && { history }),
        ...(secretValues && { secretValues }),
        ...(staged && { staged }),
        ...(only && { only }),
        ...(gitHistory && { gitHistory }),
        ...(includeIgnored && { includeIgnored })
    });
    const { catalog, settings } = scanned;
    const probed = probe && (await (0,step/* probeStep */.D_)(scanned, settings, catalog, probe));
    const result = probed ? probed.result : scanned;
    const built = buildReportContext(result, { rules: probes_rules/* ALL_RULE_METAS */.kE, catalog, failOn });
    const baselined = baseline && applyBaseline(built.findings, baseline);
    const unlisted = [...(only ?? [])].filter((path) => !scanned.listedPaths.has(path));
    const notices = [
        ...unlisted.map((path) => `${path} was not scanned: ${staged ? 'it is not staged' : 'git ignores it, or the config file\'s ignore patterns leave it out'}`),
        ...(probed ? probed.notices : []),
        ...staleBaseline(baselined?.unmatched.filter((file) => only === undefined || only.has(file)) ?? [], baseline)
    ];
    // The one masking path: every string bound for any reporter or log line, whatever field it sits in.
    const probeKey = probe?.keys.apiKey;
    const redact = (0,core_redact/* createRedactor */.lY)((0,core_redact/* knownSecrets */.xU)(result.model.files, catalog, { ...(secretValues && { values: secretValues }), ...(probeKey && { keys: [probeKey] }) }), catalog);
    const withBaseline = { ...(baselined ? { ...built, findings: baselined.findings } : built), files: scanned.files };
    const { rules, tool, ...reported } = probed ? { ...withBaseline, probes: probed.probes } : withBaseline;
    return {
        context: { rules, tool, ...(0,core_redact/* redactAll */.$I)(reported, redact) },
        catalog,
        notices: (0,core_redact/* redactAll */.$I)(notices, redact),
        redact
    };
}
/** A notice for baseline entries no finding matched (in the files this run reports on). */
function staleBaseline(unmatched, baseline) {
    if (unmatched.length === 0 || baseline === undefined)
        return [];
    const entries = unmatched.length === 1 ? '1 entry' : `${unmatched.length} entries`;
    return [`${entries} of the baseline ${baseline.file} matched no finding (fixed, or changed since): rewrite it with --write-baseline to drop them`];
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/fix/apply.ts
/**
 * Applying fixes: which findings' edits `--fix` may make, and making them in a text. Pure; the CLI reads and
 * writes the files. Everything outside the edited ranges stays byte for byte (line endings, quotes,
 * comments, indentation, key order): edits replace text inside one line and never add a line break.
 */

/**
 * The edits `--fix` may make, by file: findings not suppressed whose rule lists their message among its
 * safe fixes (`RuleMeta.autofix`), in files without a `parse-error` finding (a file read wrongly has
 * positions that cannot be trusted). Notes are left alone: a guessed convention or a value the client
 * tolerates is no reason to change a setting that may work.
 */
function safeEdits(findings, rules) {
    const autofix = new Map(rules.map((rule) => [rule.id, new Set(rule.autofix ?? [])]));
    const unreadable = new Set(findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file));
    const byFile = new Map();
    for (const finding of findings) {
        if (!finding.edit || finding.suppressed || finding.severity === 'note' || unreadable.has(finding.file) || !autofix.get(finding.ruleId)?.has(finding.messageId))
            continue;
        const list = byFile.get(finding.file) ?? [];
        list.push(finding.edit);
        byFile.set(finding.file, list);
    }
    return byFile;
}
/**
 * Makes the edits in `text` (BOM already removed, as the core's positions assume). Identical edits are one;
 * of two overlapping edits neither is made, since either would undo the other's reasoning.
 */
function applyEdits(text, edits) {
    const index = new core_text/* LineIndex */.r(text);
    const located = [];
    const skipped = [];
    const seen = new Set();
    for (const edit of edits) {
        const { start, end } = edit.range;
        const key = `${start.line}:${start.column}:${end.line}:${end.column}\0${edit.replacement}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const inLine = start.line === end.line && start.line <= index.lineCount && start.column >= 1 && end.column >= start.column;
        if (!inLine || end.column - 1 > index.lineText(start.line).length || /[\r\n]/.test(edit.replacement)) {
            skipped.push(edit);
            continue;
        }
        located.push({ edit, from: index.offset(start), to: index.offset(end) });
    }
    located.sort((a, b) => a.from - b.from || a.to - b.to);
    const overlapping = new Set();
    for (let i = 0; i < located.length; i++) {
        for (let j = i + 1; j < located.length && located[j].from < located[i].to; j++) {
            overlapping.add(i);
            overlapping.add(j);
        }
    }
    const kept = located.filter((_, i) => !overlapping.has(i));
    skipped.push(...located.filter((_, i) => overlapping.has(i)).map((l) => l.edit));
    let out = '';
    let at = 0;
    for (const { edit, from, to } of kept) {
        out += text.slice(at, from) + edit.replacement;
        at = to;
    }
    return { text: out + text.slice(at), applied: kept.map((l) => l.edit), skipped };
}

;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * A small unified diff for `--fix-dry-run`. Fixes replace text inside lines and never add or remove one,
 * so the two texts have the same lines and a hunk is a run of changed lines with their context.
 */
/** Lines of context around each change, as `diff -u` has them. */
const CONTEXT = 3;
/** The lines of a text without their endings (`\r\n`, `\n` or `\r`); a final line ending starts no line. */
const linesOf = (text) => {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
};
const NO_NEWLINE = '\\ No newline at end of file';
/**
 * `--- a/path` / `+++ b/path` and the hunks; '' when nothing changed. `show` renders each printed line (the
 * CLI masks anything key-like and escapes control characters there).
 */
function unifiedDiff(path, before, after, show = (line) => line) {
    if (before === after)
        return '';
    const a = linesOf(before);
    const b = linesOf(after);
    const open = !/[\r\n]$/.test(before);
    const mark = (lines, n) => (open && n === a.length - 1 ? [...lines, NO_NEWLINE] : lines);
    if (a.length !== b.length)
        throw new Error(`a fix changed the number of lines of ${path}`);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]));
    let out = diff_header(path);
    let i = 0;
    while (i < changed.length) {
        let last = i;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * CONTEXT)
            last++;
        const from = Math.max(0, changed[i] - CONTEXT);
        const to = Math.min(a.length, changed[last] + CONTEXT + 1);
        const body = [];
        for (let n = from; n < to;) {
            if (a[n] === b[n]) {
                body.push(...mark([` ${show(a[n])}`], n));
                n++;
                continue;
            }
            // A run of changed lines: the old ones, then the new ones, as diff -u prints them.
            let end = n;
            while (end < to && a[end] !== b[end])
                end++;
            for (let k = n; k < end; k++)
                body.push(...mark([`-${show(a[k])}`], k));
            for (let k = n; k < end; k++)
                body.push(...mark([`+${show(b[k])}`], k));
            n = end;
        }
        out += hunk(from, to - from, body);
        i = last + 1;
    }
    return out;
}
const diff_header = (path) => `--- a/${path}\n+++ b/${path}\n`;
/** Lines keep their numbers (fixes add none), so both sides of a hunk start and count alike. */
const hunk = (from, count, body) => `@@ -${from + 1},${count} +${from + 1},${count} @@\n${body.join('\n')}\n`;

;// CONCATENATED MODULE: ./src/cli/fix.ts
/**
 * `--fix` and `--fix-dry-run`: the file I/O around the pure edit application (src/fix/apply.ts). A file is
 * edited only when it is UTF-8 (a BOM is kept) and decodes to exactly the text the scan judged, so the
 * findings' positions hold; everything outside the edits is written back byte for byte.
 */








const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Reads each file with safe fixes and makes the edits in memory. */
function planFixes({ context, redact }, root) {
    const files = [];
    const notices = [];
    for (const [path, all] of safeEdits(context.findings, context.rules)) {
        // The report's strings went through the masking: an edit it changed would write a mask, not a value.
        const edits = all.filter((edit) => redact(edit.replacement) === edit.replacement);
        const read = readForFix(root, path);
        if (typeof read === 'string') {
            notices.push(`${path} was not fixed: ${read}`);
            continue;
        }
        const { text, applied, skipped } = applyEdits(read.text, edits);
        if (skipped.length > 0)
            notices.push(`${path}: ${skipped.length} fix${skipped.length === 1 ? '' : 'es'} left out, since ${skipped.length === 1 ? 'it overlaps' : 'they overlap'} another fix of the same text`);
        if (text !== read.text)
            files.push({ path, before: read.text, after: text, bom: read.bom, applied: applied.length, skipped: skipped.length });
    }
    return { files, notices };
}
/** Writes the planned texts, each with its BOM if it had one; a file that cannot be written is the user's to fix. */
function writeFixes(plan, root) {
    for (const file of plan.files) {
        const body = Buffer.from(file.after, 'utf8');
        try {
            (0,external_node_fs_.writeFileSync)(inside(root, file.path), file.bom ? Buffer.concat([BOM, body]) : body);
        }
        catch (error) {
            throw new args.UsageError(`cannot write the fixes to ${escapeControl(file.path)}: ${error.code ?? String(error)}`);
        }
    }
}
/**
 * The plan as a unified diff. Lines come straight from the files, past the core's masking, so each is masked
 * again (known secrets, keys of any format, random-looking tokens) and its control characters escaped.
 */
function renderDiff(plan, { catalog, redact }) {
    const show = (line) => escapeControl((0,core_redact/* scrubSecrets */.Zg)(redact(line), (0,core_redact/* secretLikeTokens */.is)(line, catalog)));
    return plan.files.map((file) => unifiedDiff(escapeControl(file.path), file.before, file.after, show)).join('');
}
/** The file's text without its BOM, or why it is not edited. */
function readForFix(root, path) {
    const absolute = inside(root, path);
    if (absolute === undefined)
        return 'it is outside the scanned folder';
    try {
        if (!(0,external_node_fs_.lstatSync)(absolute).isFile())
            return 'it is not a regular file';
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        const bom = bytes.subarray(0, 3).equals(BOM);
        const body = bom ? bytes.subarray(3) : bytes;
        const text = body.toString('utf8');
        if (!Buffer.from(text, 'utf8').equals(body))
            return 'it is not UTF-8';
        // The scan may have decoded it otherwise (UTF-16 without a BOM); positions are only valid for its text.
        if (decodeText(bytes) !== text)
            return 'it does not read as the scan read it';
        return { text, bom };
    }
    catch (error) {
        return `it could not be read (${error.code ?? String(error)})`;
    }
}
function inside(root, path) {
    const absolute = (0,external_node_path_.resolve)(root, path);
    return path !== '' && absolute.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep) ? absolute : undefined;
}

;// CONCATENATED MODULE: ./src/cli/main.ts


















/** Exit codes, as actionlint has them. */
const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 };
const REPORTERS = { text: textReporter, json: jsonReporter, sarif: sarifReporter };
/** Runs `llm-env-lint` with `argv` (no node/script prefix) and returns the exit code; never throws. */
async function main(argv, io) {
    try {
        const command = (0,args.parseCliArgs)(argv);
        if (command.kind === 'help')
            return done(io, args.USAGE);
        if (command.kind === 'version')
            return done(io, `${version/* TOOL */.j.name} ${version/* TOOL */.j.version}\n`);
        if (command.kind === 'merge')
            return merge(command, io);
        const { root, only } = lintTarget(command, io.cwd);
        const run = () => lintRepository({
            root,
            ...(only && { only }),
            ...(command.staged && { staged: true }),
            ...(command.baseline !== undefined && { baseline: loadBaseline(command.baseline, io.cwd) }),
            ...(command.history && { gitHistory: command.history }),
            ...(command.config !== undefined && { configFile: (0,external_node_path_.resolve)(io.cwd, command.config) }),
            failOn: command.failOn,
            ...(command.probe && { secretValues: environmentValues(io.env), probe: probeOptions(command.probe, io.env) }),
            ...(command.includeIgnored && { includeIgnored: true })
        });
        const { context, notices } = command.fix === undefined ? await run() : await fix(command.fix, run, root, io);
        if (command.fix === 'dry-run')
            return (0,severity/* failingFindings */.v9)(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean;
        // Before the findings in text output; on stderr otherwise, so JSON and SARIF stay parseable.
        if (command.verbose)
            (command.format === 'text' ? io.stdout : io.stderr).write(renderSections(verboseSections(context)));
        // stderr: stdout holds the report, which may be JSON or SARIF.
        // Notices name files and settings of the repository: escaped like the text report.
        for (const notice of notices)
            io.stderr.write(`${version/* TOOL */.j.name}: ${escapeControl(notice)}\n`);
        for (const probe of context.probes ?? []) {
            io.stderr.write(escapeControl(`${version/* TOOL */.j.name}: probed ${probe.name} from ${probe.file || 'the environment'} (${probe.key}) at ${probe.baseUrl}: ${probe.outcome}`) + '\n');
        }
        const shown = command.quiet ? { ...context, findings: context.findings.filter((finding) => finding.severity === 'error') } : context;
        emit(shown, command, io);
        if (command.writeBaseline !== undefined) {
            // Every finding, --quiet or not: the baseline accepts the warnings too.
            writeFile((0,external_node_path_.resolve)(io.cwd, command.writeBaseline), writeBaseline(context.findings));
            io.stderr.write(`${version/* TOOL */.j.name}: wrote the current findings to the baseline ${escapeControl(command.writeBaseline)}\n`);
            return EXIT.clean;
        }
        return (0,severity/* failingFindings */.v9)(shown.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean;
    }
    catch (error) {
        return fail(io, error);
    }
}
/** Passes of fix and re-lint at most: a rename can bring its value under a new rule, whose fix the next pass makes. */
const FIX_PASSES = 5;
/**
 * `--fix`: applies the safe fixes and lints again until nothing changes, so a second run finds nothing to fix,
 * and returns the last outcome, whose findings are what is left. `--fix-dry-run`: prints the first pass as a
 * diff on stdout (the report is not printed) and returns the outcome unchanged.
 */
async function fix(mode, run, root, io) {
    let outcome = await run();
    let fixed = 0;
    const changed = new Set();
    for (let pass = 0; pass < FIX_PASSES; pass++) {
        const plan = planFixes(outcome, root);
        if (mode === 'dry-run' || plan.files.length === 0 || pass === FIX_PASSES - 1) {
            for (const notice of plan.notices)
                io.stderr.write(`${version/* TOOL */.j.name}: ${escapeControl(outcome.redact(notice))}\n`);
            if (mode === 'dry-run')
                io.stdout.write(renderDiff(plan, outcome));
            break;
        }
        writeFixes(plan, root);
        for (const file of plan.files)
            changed.add(file.path);
        fixed += plan.files.reduce((n, file) => n + file.applied, 0);
        outcome = await run();
    }
    if (mode === 'apply' && fixed > 0) {
        io.stderr.write(`${version/* TOOL */.j.name}: applied ${fixed} fix${fixed === 1 ? '' : 'es'} in ${changed.size} file${changed.size === 1 ? '' : 's'}\n`);
    }
    return outcome;
}
/**
 * With `--probe` the environment stands for the deployment's secrets: `${OPENAI_API_KEY}` and
 * `${{ secrets.OPENAI_API_KEY }}` are read from the variable `OPENAI_API_KEY`, and `LLM_ENV_LINT_API_KEY` stands for
 * every key the settings reference.
 */
function probeOptions(flags, env) {
    const apiKey = env.LLM_ENV_LINT_API_KEY;
    // A Map, not the environment object: a setting `${toString}` must not find Object.prototype.toString.
    const values = environmentValues(env);
    return {
        keys: {
            ...(apiKey && { apiKey }),
            ...(flags.baseUrl !== undefined && { baseUrl: flags.baseUrl }),
            ...(flags.model !== undefined && { model: flags.model }),
            valueFor: (ref) => values.get(ref.name),
            origin: 'the environment'
        },
        hosts: flags.hosts,
        chat: flags.chat,
        failOnIndeterminate: flags.failOnIndeterminate,
        timeoutMs: flags.timeoutMs,
        proxy: (0,proxy/* proxyFromEnv */.kE)(env),
        maxRequests: flags.maxRequests
    };
}
/** The environment's non-empty variables, for the offline check of what `${{ secrets.X }}` holds. */
function environmentValues(env) {
    return new Map(Object.entries(env).filter((entry) => Boolean(entry[1])));
}
function done(io, text) {
    io.stdout.write(text);
    return EXIT.clean;
}
/** The report to `--output`, or to stdout, coloured when that is a terminal and the format is text. */
function emit(context, { format, output }, io) {
    const report = REPORTERS[format].render(context);
    if (output !== undefined)
        writeFile((0,external_node_path_.resolve)(io.cwd, output), report);
    else
        io.stdout.write(format === 'text' && useColor(io.env, io.stdout) ? colorize(report) : report);
}
/** `llm-env-lint merge`: reads the reports, writes one, and exits by `--fail-on` over all of them. */
function merge(command, io) {
    const reports = command.reports.map(({ name, file }) => {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
        }
        catch (error) {
            throw new args.UsageError(`cannot read the report "${file}": ${error.code ?? String(error)}`);
        }
        return { name, report: readReport(text, file) };
    });
    const context = mergeReports(reports, command.failOn);
    emit(context, command, io);
    return (0,severity/* failingFindings */.v9)(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean;
}
/** Writes a report or baseline file, making its folder first; a failure is the user's to fix (a usage error). */
function writeFile(path, text) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, text);
    }
    catch (error) {
        throw new args.UsageError(`cannot write ${path}: ${error.code ?? String(error)}`);
    }
}
/** The baseline file named by `--baseline`; a missing or malformed one is a usage error. */
function loadBaseline(file, cwd) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        throw new args.UsageError(`cannot read the baseline "${file}": ${error.code ?? String(error)}`);
    }
    return readBaseline(text, file);
}
/**
 * The folder to scan and, when files were named instead, the only paths to report on (relative to the folder,
 * which is then the working directory). With `--staged` a named file need not exist on disk: the index has it.
 */
function lintTarget(command, cwd) {
    const stat = (path) => (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, path), { throwIfNoEntry: false });
    if (command.files === undefined) {
        const stats = stat(command.path);
        if (stats?.isDirectory())
            return { root: (0,external_node_path_.resolve)(cwd, command.path) };
        if (!stats && !command.staged)
            throw new args.UsageError(`path "${command.path}" does not exist`);
        if (stats && !stats.isFile())
            throw new args.UsageError(`path "${command.path}" is neither a folder nor a file`);
    }
    const named = command.files ?? [command.path];
    const only = new Set(named.map((given) => {
        const stats = stat(given);
        if (stats?.isDirectory())
            throw new args.UsageError(`"${given}" is a folder: name one folder, or files`);
        if (!stats && !command.staged)
            throw new args.UsageError(`file "${given}" does not exist`);
        const path = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, given));
        if (path === '' || path === '..' || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path))
            throw new args.UsageError(`file "${given}" is outside the current folder, which the files are judged in`);
        return path.split(external_node_path_.sep).join('/');
    }));
    return { root: (0,external_node_path_.resolve)(cwd), only };
}
/** Usage and config errors are the user's to fix (2); anything else is a bug of ours (3). */
function fail(io, error) {
    if (error instanceof args.UsageError) {
        io.stderr.write(`${version/* TOOL */.j.name}: ${error.message}\nRun "${version/* TOOL */.j.name} --help" for usage.\n`);
        return EXIT.usage;
    }
    // Also the user's to fix: the git repository (--staged, --history), the baseline file, merged reports.
    if ([NoGitIndexError, GitError, BaselineError, ReportFileError].some((type) => error instanceof type)) {
        io.stderr.write(`${version/* TOOL */.j.name}: ${escapeControl(error.message)}\n`);
        return EXIT.usage;
    }
    if (error instanceof ConfigError) {
        // One line per problem, each naming the file, the field and what is allowed.
        io.stderr.write(`${error.message.split('\n').map((line) => commandSafe(escapeControl(line))).join('\n')}\n`);
        return EXIT.usage;
    }
    const detail = io.env.LLM_ENV_LINT_DEBUG && error instanceof Error ? error.stack : undefined;
    io.stderr.write(`${version/* TOOL */.j.name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (detail)
        io.stderr.write(`${detail}\n`);
    return EXIT.internal;
}


/***/ })

};
