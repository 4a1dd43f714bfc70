export const id = 445;
export const ids = [445];
export const modules = {

/***/ 6445:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfig: () => (/* binding */ parseConfig)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/providers/catalog.ts + 2 modules
var providers_catalog = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
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
 * The most `maxFileSize` may be. Files read from disk are streamed past a chunk, but a staged file (`--staged`)
 * comes from git whole, and V8 caps a string near 512 Mi characters.
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

// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/load.ts
/** Parsing and validating a config file (found and read by find.ts). */






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
    const mask = (text) => (0,redact/* scrubSecrets */.Zg)(text, (0,redact/* secretLikeTokens */.is)(text, catalog));
    return new errors/* ConfigError */.x(file, issues.map((issue) => ({ ...issue, field: mask(issue.field), message: mask(issue.message) })));
}
function toConfig(input, file) {
    return {
        ...(input.client == null ? {} : { client: input.client }),
        rules: input.rules ?? types/* defaultConfig */.s.rules,
        ignore: input.ignore ?? types/* defaultConfig */.s.ignore,
        maxFileSize: input.maxFileSize ?? types/* defaultConfig */.s.maxFileSize,
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
        return { field: (0,errors/* formatFieldPath */.v)(path), message: issue.message, line: position?.line, column: position?.col };
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


/***/ })

};
