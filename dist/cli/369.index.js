export const id = 369;
export const ids = [369];
export const modules = {

/***/ 9866:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ memoize),
/* harmony export */   uW: () => (/* binding */ memoizeBy2),
/* harmony export */   yx: () => (/* binding */ memoizeBy)
/* harmony export */ });
/**
 * Remembering pure functions of a string. A repository of thousands of small config files sets the same few names
 * and URLs over and over; the rules ask the same questions of each, so the answer to a string is worked out once.
 */
/** How many answers a memo keeps; past that it starts afresh, so memory stays bounded whatever is scanned. */
const LIMIT = 10_000;
/**
 * `fn`, remembering its answer for each string (undefined included). Only for pure functions whose answers are not
 * changed by their callers: every caller of the same string gets the same object.
 */
function memoize(fn) {
    const known = new Map();
    return (text) => {
        const found = known.get(text);
        if (found !== undefined || known.has(text))
            return found;
        if (known.size >= LIMIT)
            known.clear();
        const value = fn(text);
        known.set(text, value);
        return value;
    };
}
/** {@link memoize} for functions of a string and an object they depend on (a provider catalog), one memo per object. */
function memoizeBy(fn) {
    const memos = new WeakMap();
    return (text, by) => {
        let memo = memos.get(by);
        if (!memo)
            memos.set(by, (memo = memoize((t) => fn(t, by))));
        return memo(text);
    };
}
/** {@link memoizeBy} for two objects (a variable of a client profile, and a provider catalog). */
function memoizeBy2(fn) {
    const memos = new WeakMap();
    return (text, a, b) => {
        let memo = memos.get(a);
        if (!memo)
            memos.set(a, (memo = memoizeBy((t, by) => fn(t, a, by))));
        return memo(text, b);
    };
}


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.span.start.line - b.span.start.line ||
        a.span.start.column - b.span.start.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.messageId, b.messageId));
}
/** UTF-16 code unit order: the same on every machine, whatever the locale. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ redactAll),
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   is: () => (/* binding */ secretLikeTokens),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   n4: () => (/* binding */ cleanDetail),
/* harmony export */   xU: () => (/* binding */ knownSecrets),
/* harmony export */   xd: () => (/* binding */ maskStraySecrets)
/* harmony export */ });
/* unused harmony exports knownSecretScrubber, scrubKey */
/** Prefixes that name a key format; longest first so `sk-ant-api03-` wins over `sk-`. */
const KNOWN_PREFIXES = [
    'sk-ant-admin01-',
    'sk-ant-api03-',
    'sk-ant-oat01-',
    'sk-svcacct-',
    'sk-service-',
    'sk-or-v1-',
    'sk-admin-',
    'sk-proj-',
    'tgp_v1_',
    'nvapi-',
    'pplx-',
    'xai-',
    'gsk_',
    'csk-',
    'AIza',
    'hf_',
    'r8_',
    'sk-'
];
/** Values shorter than this show no tail at all: four characters of a short secret are too much of it. */
const MIN_LENGTH_FOR_TAIL = 16;
/** `sk-ant-api03-…x7Qa`: the known prefix and the last 4 characters; `…` alone for short values. */
function maskSecret(value) {
    const v = value.trim();
    if (v.length < MIN_LENGTH_FOR_TAIL)
        return '…';
    const prefix = KNOWN_PREFIXES.find((p) => v.startsWith(p)) ?? '';
    return `${prefix}…${v.slice(-4)}`;
}
/** Replaces every occurrence of each secret in `text`, in any letter case, by its masked form. */
function scrubSecrets(text, secrets) {
    return secrets.length === 0 ? text : knownSecretScrubber(secrets)(text);
}
/** Secrets shorter than this are too likely to be ordinary words to mask wherever they occur. */
const MIN_SECRET = 4;
/** Window of the index below: every secret at least this long is found by its first characters. */
const WINDOW = 8;
/** ASCII lower case, which keeps every index where it was (`toLowerCase` may not, for some scripts). */
const lower = (text) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
/**
 * A function that masks every occurrence of the given secrets, in any letter case (`SK-PROJ-…` in an upper-cased
 * URL is the same key). Secrets are indexed by their last {@link WINDOW} characters — keys share their first ones
 * (`sk-ant-api03-`), not their random tails — so masking a text costs about one lookup per character whatever the
 * number of secrets (a repository may hold a hundred thousand keys).
 */
function knownSecretScrubber(secrets) {
    const byTail = new Map();
    const short = [];
    for (const secret of new Set([...secrets].map((s) => s.trim()))) {
        if (secret.length < MIN_SECRET)
            continue;
        if (secret.length < WINDOW)
            short.push(secret);
        else {
            const folded = lower(secret);
            const tail = folded.slice(-WINDOW);
            const list = byTail.get(tail);
            if (list)
                list.push({ secret, folded });
            else
                byTail.set(tail, [{ secret, folded }]);
        }
    }
    const shortPattern = short.length === 0 ? undefined : new RegExp(short.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|'), 'gi');
    return (text) => {
        const hits = [];
        if (byTail.size > 0 && text.length >= WINDOW) {
            const folded = lower(text);
            for (let end = WINDOW; end <= text.length; end++) {
                for (const candidate of byTail.get(folded.slice(end - WINDOW, end)) ?? []) {
                    const start = end - candidate.folded.length;
                    if (start >= 0 && folded.startsWith(candidate.folded, start))
                        hits.push({ start, end, secret: candidate.secret });
                }
            }
        }
        // Earliest first, the longest of those that start together; overlaps are part of a secret already masked.
        hits.sort((a, b) => a.start - b.start || b.end - a.end);
        let out = '';
        let from = 0;
        for (const hit of hits) {
            if (hit.start < from)
                continue;
            out += text.slice(from, hit.start) + maskSecret(hit.secret);
            from = hit.end;
        }
        out += text.slice(from);
        return shortPattern ? out.replace(shortPattern, (hit) => maskSecret(hit)) : out;
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Runs of the characters keys are made of, long enough to be one. */
const KEY_TOKEN = /[A-Za-z0-9_-]{16,}/g;
/** Query parameters that carry credentials (`?key=` for Gemini, `?api-key=`, `?access_token=`…). */
const CREDENTIAL_QUERY = /([?&](?:key|api[-_]?key|apikey|access[-_]?token|token|auth|secret|password|sig)=)([^&#\s"'<>]+)/gi;
/** The password of `scheme://user:password@host`. */
const USERINFO_PASSWORD = /(\/\/[^/@\s:]*:)[^/@\s]+@/g;
/**
 * Keys in free text that no rule declared: the catalog's `unique` formats, and tokens behind a known key
 * prefix that match any format or look random (one-api's `sk-` + 48 characters is a `shared` format the
 * text scan skips). Random tokens without a prefix are left alone: account ids and hashes look the same.
 */
function strayKeys(text, catalog) {
    const prefixed = (text.match(KEY_TOKEN) ?? []).flatMap(prefixedKeys).filter((token) => !catalog.isPlaceholder(token) && (catalog.identifyKey(token) !== undefined || catalog.looksLikeSecret(token)));
    return [...catalog.scanText(text).map((hit) => hit.token), ...prefixed];
}
/**
 * The tails of a token that start at a known key prefix: the token itself (`sk-proj-…`), or the key glued to a word
 * before it (`x_sk-ant-…`, `MYsk-proj-…`), which no boundary-respecting scanner reports.
 */
function prefixedKeys(token) {
    const starts = new Set();
    for (const prefix of KNOWN_PREFIXES) {
        for (let at = token.indexOf(prefix); at !== -1; at = token.indexOf(prefix, at + 1))
            starts.add(at);
    }
    return [...starts].map((at) => token.slice(at)).filter((tail) => tail.length >= 16);
}
/**
 * Text from the repository (a message quoting a value, a URL in a scope table) with what may be a
 * credential masked: stray keys, credential query values and URL passwords.
 */
function maskStraySecrets(text, catalog) {
    const out = text.replace(USERINFO_PASSWORD, '$1…@').replace(CREDENTIAL_QUERY, (_, name, value) => name + maskSecret(value));
    return scrubSecrets(out, strayKeys(out, catalog));
}
/**
 * What may be a key in text quoted raw from a file (a parser's message, a whole line): the stray keys,
 * and every random-looking token too, prefixed or not, since nothing else in such text needs showing.
 */
function secretLikeTokens(text, catalog) {
    const random = (text.match(KEY_TOKEN) ?? []).filter((token) => catalog.looksLikeSecret(token));
    return [...new Set([...strayKeys(text, catalog), ...random])];
}
/** Names a setting's value refers to: `${NAME}`, `$NAME`, `${{ secrets.NAME }}`, `${NAME:-default}`. */
const REFERENCED_NAME = /\$\{\{\s*[\w.]*?\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}|\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** Names of keys, tokens and passwords: an opaque random value there is a credential. */
const CREDENTIAL_NAME = /key|token|secret|passw|pwd|auth|credential/i;
/** Secret values by name shorter than this are not hunted in reports: a value such as `true` is no secret's body. */
const MIN_GIVEN_SECRET = 8;
/**
 * Every value a run knows to be secret: each key found in the text, each setting that holds a key or a random
 * credential (and the defaults of references), and each given secret value (the action's `secrets` input, the
 * environment under `--probe`) whose name a setting refers to — once resolved, it could be shown anywhere.
 */
function knownSecrets(files, catalog, given = {}) {
    const secrets = new Set(given.keys?.filter((k) => k.trim() !== '') ?? []);
    const referenced = new Set();
    const isSecret = (name, value) => catalog.identifyKey(value) !== undefined || (CREDENTIAL_NAME.test(name) && catalog.looksLikeSecret(value));
    for (const file of files) {
        for (const hit of file.keyHits)
            secrets.add(hit.token);
        for (const entry of file.entries) {
            for (const value of [entry.value, entry.ref?.fallback])
                if (value !== undefined && isSecret(entry.key, value))
                    secrets.add(value);
            if (entry.ref)
                referenced.add(entry.ref.name);
            for (const m of (entry.raw ?? entry.value ?? '').matchAll(REFERENCED_NAME))
                referenced.add(m[1] ?? m[2]);
        }
        for (const job of file.workflow?.jobs ?? [])
            for (const use of job.secretUses)
                referenced.add(use.name);
    }
    for (const name of referenced) {
        const value = given.values?.get(name);
        if (value === undefined || value.trim().length < MIN_GIVEN_SECRET)
            continue;
        secrets.add(value);
        // A secret URL is shown in parts (host, path without the user info): its random-looking parts are secrets too.
        for (const part of value.match(KEY_TOKEN) ?? [])
            if (catalog.looksLikeSecret(part))
                secrets.add(part);
    }
    return [...secrets];
}
/** Masks, in any text bound for a report, the known secrets in every letter case and any stray key. */
function createRedactor(secrets, catalog) {
    const known = knownSecretScrubber(secrets);
    return (text) => maskStraySecrets(known(text), catalog);
}
/**
 * A copy of `value` with every string in it passed through `redact`: findings, scope ids, labels, file and folder
 * names, table rows, probe summaries. Walking everything, rather than fields picked one by one, is what keeps a
 * field added later from carrying a secret past the masking.
 */
function redactAll(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactAll(item, redact));
    if (value === null || typeof value !== 'object' || value instanceof Set || value instanceof Map)
        return value;
    // fromEntries defines own properties: a key `__proto__` stays a key and never sets a prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAll(v, redact)]));
}
/**
 * Text a provider sent back (live probes) is shown to users, and some providers echo part of the key (`Incorrect
 * API key provided: sk-proj-****abcd`, `[sk-abc***xyz] 该令牌额度已用尽`, LiteLLM's `Received API Key = sk-...wxyz`).
 * Everything the probes take from an answer passes through {@link cleanDetail} before it is kept; the report then
 * goes through {@link createRedactor} like every other text.
 */
const REDACTED = '[key redacted]';
/** Shorter shared runs are too likely to be ordinary text (`sk-proj`, `-api03-`) to be worth removing. */
const MIN_FRAGMENT = 8;
/** Masked echoes: characters around a run of `*`, or a `...`/`…` gap followed by the key's tail. */
const MASKED_ECHO = /[\w-]*\*{2,}[\w-]*|[\w-]+(?:\.{3}|…)[\w-]{2,}/g;
/** Removes the key, any run of 8 or more of its characters, and masked echoes of it from `text`. */
function scrubKey(text, key) {
    return removeFragments(text.replace(MASKED_ECHO, REDACTED), key).replace(/(?:\[key redacted\])+/g, REDACTED);
}
/** Provider text made fit to show: one line, no control characters, scrubbed, at most `max` characters. */
function cleanDetail(text, key, max = 200) {
    // Cut before scrubbing to bound the work, but well past `max` so a fragment at the first cut cannot survive the second.
    const oneLine = text.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    const scrubbed = scrubKey(oneLine, key);
    return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed;
}
function removeFragments(text, key) {
    if (key.length < MIN_FRAGMENT)
        return text.split(key).join(REDACTED);
    const grams = new Set();
    for (let i = 0; i + MIN_FRAGMENT <= key.length; i++)
        grams.add(key.slice(i, i + MIN_FRAGMENT));
    let out = '';
    let i = 0;
    while (i < text.length) {
        if (!grams.has(text.slice(i, i + MIN_FRAGMENT))) {
            out += text[i++];
            continue;
        }
        let end = i + MIN_FRAGMENT;
        // Overlapping windows that are all in the key form one fragment; extend while they last.
        while (end < text.length && grams.has(text.slice(end - MIN_FRAGMENT + 1, end + 1)))
            end++;
        out += REDACTED;
        i = end;
    }
    return out;
}


/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ urlAsFetched),
/* harmony export */   A$: () => (/* binding */ withoutTrailingSlashes),
/* harmony export */   AQ: () => (/* binding */ isInternalHost),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   JF: () => (/* binding */ segments),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   jr: () => (/* binding */ showUrl),
/* harmony export */   oc: () => (/* binding */ looksLikeHost),
/* harmony export */   t_: () => (/* binding */ withoutQueryOrSlashes),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9866);
/**
 * URLs as people write them in settings: split without normalising (the WHATWG parser would hide the very
 * mistakes the rules look for), and the few host and path helpers clients, rules and probes share.
 */

const URL_SHAPE = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:([^@/?#\s]*)@)?(\[[^\]\s]+\]|[^:/?#\s]+)(?::(\d*))?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/;
/** Splits a URL without normalising it. Remembered per text: the same base URL is set in many files. */
const parseUrl = (0,_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .memoize */ .Bj)(splitUrl);
function splitUrl(text) {
    const m = URL_SHAPE.exec(text);
    if (!m)
        return undefined;
    const [, scheme, userinfo, host, port, path, query, fragment] = m;
    return {
        ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
        ...(userinfo !== undefined ? { userinfo } : {}),
        host: host.toLowerCase().replace(/^\[|\]$/g, ''),
        ...(port ? { port } : {}),
        path: path ?? '',
        query: query ?? '',
        fragment: fragment ?? ''
    };
}
/** `host` or `host:port`, as written in a URL. */
const hostOf = (url) => (url.port ? `${url.host}:${url.port}` : url.host);
/** Path segments without empty ones: `/openai/v1/` → `['openai', 'v1']`. */
const segments = (path) => path.split('/').filter((s) => s !== '');
/** The path of a URL string, or empty. */
const pathOf = (url) => parseUrl(url)?.path ?? '';
/** `https://x/v1//` → `https://x/v1`. */
const withoutTrailingSlashes = (url) => url.replace(/\/+$/, '');
/** A URL without its query, fragment and trailing slashes: what a test of how its path ends compares. */
const withoutQueryOrSlashes = (url) => withoutTrailingSlashes(url.replace(/[?#].*$/, ''));
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * Whether text without a scheme still names a host: `localhost`, an address, a dotted name ending in
 * a real top-level label, or anything with a port. `gpt-3.5-turbo` and `true` do not.
 */
function looksLikeHost(url) {
    if (url.scheme !== undefined || url.port !== undefined)
        return true;
    if (url.host === 'localhost' || IPV4.test(url.host) || url.host.includes(':'))
        return true;
    return /\.[a-z][a-z-]*[a-z]$/.test(url.host);
}
/** Loopback, private ranges, link-local, `.local`/`.internal` names and single-label service names. */
function isInternalHost(host) {
    if (host === 'localhost' || host === '::1' || host.endsWith('.localhost'))
        return true;
    if (!host.includes('.') && !host.includes(':'))
        return true;
    if (/\.(?:local|internal|lan|home\.arpa)$/.test(host))
        return true;
    const ip = IPV4.exec(host) ? host.split('.').map(Number) : undefined;
    if (!ip)
        return /^f[cd][0-9a-f]{2}:/.test(host);
    const [a, b] = ip;
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}
/**
 * The URL as `fetch` will read it (WHATWG, resolved against `base`), or undefined: what a probe decides which host it
 * talks to by, where `parseUrl` keeps what a person wrote.
 */
function urlAsFetched(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return undefined;
    }
}
/** A URL for a message: credentials and query values never shown. */
function showUrl(text) {
    return text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/?#\s]*@/, '$1…@').replace(/\?.*$/, '?…');
}


/***/ }),

/***/ 1286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   dG: () => (/* binding */ caseData)
/* harmony export */ });
/* unused harmony export fill */
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8786);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2258);
/**
 * Turns a case and an observation into words: the placeholder values the case texts use, and the verdicts.
 * Pure. Every value is safe to show: the key only masked, provider text scrubbed, URLs without query or user info.
 */



/** Placeholder values for one observation; `extra` adds what only the caller knows (model, count, reason…). */
function caseData(ctx, observed, extra = {}) {
    const { target } = ctx;
    const { exchange, facts } = observed;
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(observed.url);
    const title = facts?.title ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(facts.title, ctx.key, 80) : '';
    const answer = exchange?.kind === 'answer' ? exchange : undefined;
    const wait = answer ? (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .serverWaitMs */ .R)(answer.headers) : undefined;
    const redirected = answer !== undefined && answer.status >= 300 && answer.status < 400;
    return {
        key: ctx.keyMasked,
        host: url?.host ?? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(observed.url, ctx.key, 80),
        url: displayUrl(observed.url),
        path: url?.pathname ?? '',
        method: observed.method,
        answer: exchange ? answerLabel(exchange, facts, ctx.key) : '',
        detail: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(facts?.message ?? '', ctx.key) || 'no message',
        model: '',
        count: facts?.modelIds ? String(facts.modelIds.length) : '',
        suggestions: '',
        location: redirected ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(redirectTarget(answer.headers.location, observed.url), ctx.key) : '',
        title: title ? `, “${title}”` : '',
        contentType: answer ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(answer.headers['content-type'] ?? 'no content type', ctx.key, 80) : '',
        timeout: `${ctx.timeoutMs / 1000} s`,
        retryAfter: wait === undefined ? '' : `, retry after ${Math.ceil(wait / 1000)} s`,
        keyProvider: target.keyMatch?.provider.name ?? 'unknown provider',
        hostProvider: target.hostProvider?.name ?? url?.host ?? 'this host',
        apiRoot: target.hostProvider?.apiRoot ?? "as the provider's API documentation gives it",
        reason: '',
        ...extra
    };
}
/** `{{name}}` → `data[name]`. */
function fill(template, data) {
    return template.replace(/\{\{(\w+)\}\}/g, (_, name) => data[name] ?? '');
}
/** The verdicts a case gives: one for its subject, and the same outcome for each subject it also settles. */
function settle(probeCase, data, where = {}) {
    const explanation = fill(probeCase.explanation, data);
    const nextStep = fill(probeCase.nextStep, data);
    return [probeCase.rule, ...(probeCase.alsoSettles ?? [])].map((rule) => ({
        rule,
        outcome: probeCase.outcome,
        caseId: probeCase.id,
        data,
        explanation,
        nextStep,
        ...(where.step !== undefined && { step: where.step }),
        ...(rule === 'probe-model' && where.model !== undefined && { model: where.model })
    }));
}
/** A URL as it may be shown: origin and path, no user info, no query (Azure puts nothing secret there, others might). */
function displayUrl(text) {
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(text);
    return url ? `${url.origin}${url.pathname}` : '';
}
/** `HTTP 401, invalid_api_key`, or the failure's system code. */
function answerLabel(exchange, facts, key) {
    if (exchange.kind === 'failure')
        return exchange.detail;
    const code = facts?.codes.find((c) => !/^\d+$/.test(c));
    return code ? `HTTP ${exchange.status}, ${(0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(code, key, 60)}` : `HTTP ${exchange.status}`;
}
function redirectTarget(location, base) {
    if (!location)
        return 'nowhere (no location header)';
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(location, base);
    return url ? `${url.origin}${url.pathname}` : 'an invalid location';
}


/***/ }),

/***/ 8786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ serverWaitMs)
/* harmony export */ });
/**
 * How long a server asks a client to wait, from its answer's headers. Pure, apart from the transport (http.ts), so the
 * reports that describe a probe's answer do not load Node's HTTP and TLS modules.
 */
/** `retry-after-ms` (openai-node), then `retry-after` as seconds or as an HTTP date. */
function serverWaitMs(headers, now = Date.now()) {
    const ms = Number(headers['retry-after-ms']);
    if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0)
        return ms;
    const value = headers['retry-after']?.trim();
    if (!value)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 2156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ supportInfo),
/* harmony export */   O3: () => (/* binding */ formatSupportBlock),
/* harmony export */   sd: () => (/* binding */ shownBaseUrl),
/* harmony export */   vV: () => (/* binding */ requestIdsOf)
/* harmony export */ });
/* unused harmony export REQUEST_ID_HEADERS */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1286);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);


/**
 * Response headers that identify a request (providers.md §6): OpenAI, Groq, vLLM `x-request-id`; Anthropic
 * `request-id`; one-api/new-api `x-oneapi-request-id` and `x-upstream-request-id`; Azure `apim-request-id`; LiteLLM
 * `x-litellm-call-id`; Cloudflare `cf-ray` and AI Gateway `cf-aig-log-id`; Vercel `x-vercel-id`; Volcengine `x-tt-logid`.
 */
const REQUEST_ID_HEADERS = [
    'x-request-id',
    'request-id',
    'x-oneapi-request-id',
    'x-upstream-request-id',
    'apim-request-id',
    'x-litellm-call-id',
    'cf-aig-log-id',
    'cf-ray',
    'x-vercel-id',
    'x-tt-logid'
];
/** The request ids an answer carries, from its headers (the list above plus the provider's own) and its body. */
function requestIdsOf(headers, facts, provider, key) {
    const names = [...new Set([...REQUEST_ID_HEADERS, ...(provider?.requestIdHeaders ?? []).map((h) => h.toLowerCase())])];
    const ids = names.filter((name) => headers[name]).map((name) => ({ name, value: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(headers[name], key, 120) }));
    if (facts?.bodyRequestId && !ids.some((id) => id.value === facts.bodyRequestId)) {
        ids.push({ name: 'body', value: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(facts.bodyRequestId, key, 120) });
    }
    return ids;
}
/** The support facts behind a verdict, or undefined when no request was sent (host not allowed, malformed key). */
function supportInfo(result, verdict, target) {
    const step = verdict.step === undefined ? undefined : result.steps[verdict.step];
    if (!step)
        return undefined;
    return {
        time: step.at,
        request: `${step.method} ${step.url}`,
        baseUrl: shownBaseUrl(target),
        ...(step.model !== undefined && { model: step.model }),
        ...(step.status !== undefined && { status: step.status }),
        ...(step.errorCode !== undefined && { errorCode: step.errorCode }),
        ...(step.failure !== undefined && { failure: step.failure }),
        requestIds: step.requestIds,
        key: result.keyMasked,
        ...(target.keyMatch && { keyProvider: target.keyMatch.provider.name })
    };
}
/**
 * A target's base URL as it may be shown: origin and path as configured (no `/` added to a bare host), scrubbed of
 * any fragment of the key.
 */
function shownBaseUrl(target) {
    const shown = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(target.baseUrl);
    const asWritten = target.baseUrl.endsWith('/') ? shown : shown.replace(/\/$/, '');
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(asWritten || target.baseUrl, target.key, 300);
}
/** Plain-text lines, one fact per line, ready for a code block in a comment or summary. */
function formatSupportBlock(info) {
    const lines = [
        ['Time (UTC)', info.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')],
        ['Request', info.request],
        ['Base URL', info.baseUrl],
        ['Model', info.model],
        ['HTTP status', info.status === undefined ? `no answer (${info.failure ?? 'unknown'})` : String(info.status)],
        ['Error code', info.errorCode],
        ['Request id', info.requestIds.length ? info.requestIds.map((id) => `${id.name}: ${id.value}`).join('; ') : 'none in the answer'],
        ['API key', info.keyProvider ? `${info.key} (${info.keyProvider})` : info.key]
    ];
    const width = Math.max(...lines.map(([label]) => label.length)) + 2;
    return lines
        .filter((line) => line[1] !== undefined)
        .map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`)
        .join('\n');
}


/***/ }),

/***/ 4205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ ruleDocUrl)
});

;// CONCATENATED MODULE: ./src/rules/docs.ts
const BEGIN = '<!-- begin generated -->';
const END = '<!-- end generated -->';
const MESSAGE_BEGIN = '<!-- begin generated message -->';
const MESSAGE_END = '<!-- end generated message -->';
const yesNo = (flag) => (flag ? 'yes' : 'no');
/** The anchor of a message's section in its rule's page: GitHub's slug of the `### <messageId>` heading. */
const messageAnchor = (messageId) => messageId.toLowerCase();
/** The header of a rule's page: id, description, default severity, security, message ids. */
function ruleHeader(meta) {
    const messages = Object.keys(meta.messages)
        .map((id) => `[\`${id}\`](#${messageAnchor(id)})`)
        .join(', ');
    return [
        BEGIN,
        `# ${meta.id}`,
        '',
        `> ${meta.description}`,
        '',
        '| Default severity | Security | Messages |',
        '|---|---|---|',
        `| ${meta.severity} | ${yesNo(meta.security)} | ${messages} |`,
        END
    ].join('\n');
}
/** `docs/rules/README.md`: one row per rule, in registry order (the static rules, then the live probes'). */
function rulesIndex(rules) {
    return [
        BEGIN,
        '# Rules',
        '',
        'Every rule can be set to `error`, `warning`, `note` or `off` in `.llm-env-lint.yml`, and silenced on one line',
        'with a `llm-env-lint-ignore <rule-id>` comment on that line or the line above. The `probe-*` rules report live',
        'probes, which run only when asked for (`probe: true`, `--probe`; see [live probes](../probes.md)).',
        '',
        '| Rule | Description | Default severity | Security |',
        '|---|---|---|---|',
        ...rules.map((meta) => `| [${meta.id}](${meta.id}.md) | ${meta.description} | ${meta.severity} | ${yesNo(meta.security)} |`),
        END,
        ''
    ].join('\n');
}
/** A page with its generated header replaced (or put in front when the page has none yet). */
function withHeader(page, header) {
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    if (start === -1 || end === -1)
        return `${header}\n\n${page}`;
    return page.slice(0, start) + header + page.slice(end + END.length);
}
/** The generated header currently in a page, if any. */
function headerOf(page) {
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    return start === -1 || end === -1 ? undefined : page.slice(start, end + END.length);
}
/** An inline code span whose fence is longer than any backtick run in `text` (a tip may quote a command). */
function codeSpan(text) {
    const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * The generated opening of a message's section, under its `### <messageId>` heading: the message and tip templates,
 * and for a rule with autofixes whether `--fix` applies this message's fix.
 */
function messageBlock(meta, messageId) {
    const tip = meta.tips?.[messageId];
    const autofix = meta.autofix?.includes(messageId) ? 'yes, `--fix` applies its fix' : 'no';
    return [
        MESSAGE_BEGIN,
        `- Message: ${codeSpan(meta.messages[messageId] ?? '')}`,
        ...(tip === undefined ? [] : [`- Tip: ${codeSpan(tip)}`]),
        ...(meta.autofix === undefined ? [] : [`- Autofix: ${autofix}`]),
        MESSAGE_END
    ].join('\n');
}
/**
 * A page with the generated block of every message put right under the message's heading, replacing the block there;
 * the hand-written notes after it stay. Headings are not added: the docs test asks for them.
 */
function withMessageBlocks(page, meta) {
    return page.replace(/^### (\S+)\n(?:\n<!-- begin generated message -->\n[\s\S]*?\n<!-- end generated message -->\n)?/gm, (whole, id) => id in meta.messages ? `### ${id}\n\n${messageBlock(meta, id)}\n` : whole);
}

;// CONCATENATED MODULE: ./src/reporters/doc-url.ts

/**
 * The documentation page of a rule (`…/base-url-path.md`), or a message's section in it (`…/base-url-path.md#doubledversion`).
 * A finding merged from a report of an earlier version has no message id: its link is the page.
 */
function ruleDocUrl(tool, ruleId, messageId) {
    const page = `${tool.docsBaseUrl.replace(/\/+$/, '')}/${ruleId}.md`;
    return messageId === undefined || messageId === '' ? page : `${page}#${messageAnchor(messageId)}`;
}


/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details),
/* harmony export */   zW: () => (/* binding */ fencedBlock),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony export escapeHtml */
/**
 * Markdown escaping for text from the repository under review, which on a pull request is written by its author:
 * every piece of it is escaped, values go into code spans, `@mentions` are defused, and nothing becomes a link
 * GitHub would make by itself. The layout (markdown.ts) builds only from these.
 */
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
function link(text, url) {
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


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   GO: () => (/* binding */ footerLine),
/* harmony export */   MT: () => (/* binding */ verdictLine)
/* harmony export */ });
/* harmony import */ var _probes_support_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2156);
/* harmony import */ var _doc_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4205);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5271);




/** Indents every line but the first by `spaces`, so a block continues a list item. */
function continueListItem(block, spaces = 2) {
    return block.replace(/\n(?!\n)/g, `\n${' '.repeat(spaces)}`);
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
    return _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter(severity => count[severity] > 0)
        .map(severity => plural(count[severity], severity))
        .join(', ');
}
/** The one-line verdict both reports open with. */
function verdictLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(context.findings);
    const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : '';
    const found = countsText(counts);
    if (found === '')
        return `✅ **No problems found**${suppressed}`;
    if ((0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .failingFindings */ .v9)(context.findings, context.failOn).length > 0) {
        return `❌ **${found}**${suppressed}: the check fails (fail-on: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(context.failOn)})`;
    }
    const icon = counts.errors + counts.warnings > 0 ? '⚠️' : 'ℹ️';
    const why = context.failOn === 'never' ? 'nothing fails' : 'below the fail-on level';
    return `${icon} **${found}**${suppressed}: ${why} (fail-on: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(context.failOn)})`;
}
/** The footer: counts, what was checked, and where the rules are documented. */
function footerLine(context, note) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(context.findings);
    const count = bySeverity(counts);
    const parts = [
        ..._severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(severity => plural(count[severity], severity)),
        `${counts.suppressed} suppressed`,
        `${plural(context.stats.files, 'file')} and ${plural(context.stats.entries, 'setting')} checked`,
        `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(context.tool.name)} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(context.tool.version)}`,
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('rule docs', context.tool.docsBaseUrl)
    ];
    return `---\n<sub>${parts.join(' · ')}</sub>${note ? `\n\n<sub>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(note)}</sub>` : ''}`;
}
const SUPPRESSED_BY = {
    inline: 'Suppressed by an inline comment',
    config: 'Suppressed in the config file',
    baseline: 'Accepted in the baseline'
};
/** `file:line:column` of a finding, as a code span. */
function locationOf(finding) {
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${finding.file}:${finding.span.start.line}:${finding.span.start.column}`);
}
/**
 * One finding as a list item: severity, location, message, a link to the message's section of the rule docs,
 * the tip, the fix (unless the tip already names it), and an optional suggestion.
 */
function findingItem(context, finding, suggestion) {
    const head = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**`,
        locationOf(finding),
        `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(finding.message)} (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(finding.ruleId, (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocUrl */ .C)(context.tool, finding.ruleId, finding.messageId))})`
    ].join(' · ');
    const lines = [head];
    if (finding.suppressed) {
        const reason = finding.suppressed.reason ? `: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(finding.suppressed.reason)}` : '';
        lines.push(`${SUPPRESSED_BY[finding.suppressed.by]}${reason}`);
    }
    else {
        if (finding.tip !== undefined)
            lines.push(`**Tip:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(finding.tip)}`);
        if (finding.fix !== undefined && !finding.tip?.includes(finding.fix))
            lines.push(`**Fix:** change it to ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(finding.fix)}`);
    }
    if (suggestion !== undefined)
        lines.push(`Suggested change for line ${finding.span.start.line}:\n${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .fencedBlock */ .zW)('suggestion', suggestion)}`);
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
    return `${visible}\n\n${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${plural(rest.length, 'more finding')} in this section`, rest.join('\n'))}`;
}
/** `NAME` = `value`, either part optional. */
function setting(name, value, extra = '') {
    const parts = [name === undefined ? undefined : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(name), value === undefined ? undefined : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(value)];
    const shown = parts.filter(part => part !== undefined).join(' = ');
    return shown === '' ? '—' : `${shown}${extra}`;
}
/** The table of a scope: one row per key ↔ base URL ↔ model pairing. */
function scopeTable(scope) {
    if (scope.rows.length === 0)
        return '*No key, base URL or model settings in this scope.*';
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Key', 'Base URL', 'Model', 'Request URL'], scope.rows.map(row => [
        setting(row.keyName, row.keyMasked, row.keyProvider ? ` (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(row.keyProvider)})` : ''),
        setting(row.baseUrlName, row.baseUrl, row.baseUrlDefault ? ' (default: the setting is empty or unset)' : ''),
        row.model === undefined ? '—' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.model),
        row.effectiveUrl === undefined ? '—' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.effectiveUrl)
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
    const evidence = scope.clientEvidence ? `: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(scope.clientEvidence)}` : '';
    const guess = scope.clientConfidence === 'guessed' ? ' — a guess, so findings are at most warnings' : '';
    return `Client: **${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(scope.client)}**, from ${BASIS_WORDS[scope.clientBasis]}${evidence}${guess}`;
}
function scopeHeading(scope) {
    const label = scope.label === scope.file ? '' : ` · ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(scope.label)}`;
    return `#### ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(scope.file)}${label}`;
}
function scopeSection(context, scope, findings, layout) {
    const parts = [scopeHeading(scope), clientLine(scope), scopeTable(scope)];
    if (findings.length > 0)
        parts.push(findingList(context, findings, layout));
    return parts.join('\n\n');
}
const OUTCOME_ICON = { verified: '✅', rejected: '❌', indeterminate: '❔' };
const SUBJECT = { 'probe-key': 'key', 'probe-model': 'model', 'probe-route': 'route' };
const subjectOf = (check) => check.rule === 'probe-model' && check.model !== undefined ? `model ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(check.model)}` : SUBJECT[check.rule];
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
    const head = `- ${OUTCOME_ICON[check.outcome]} **${check.outcome}**, ${subjects.join(' and ')}: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(check.explanation)}`;
    const lines = [check.outcome === 'verified' ? head : `${head}. **Next step:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(check.nextStep)}`];
    if (check.support)
        lines.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .fencedBlock */ .zW)('text', (0,_probes_support_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSupportBlock */ .O3)(check.support)));
    return continueListItem(lines.join('\n'));
}
/** One probed key: where it is configured, where it went, and its checks as a nested list. */
function probeItem(probe) {
    const where = probe.file === '' ? 'the inputs' : `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.file)}${probe.scope === undefined || probe.scope === probe.file ? '' : ` · ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(probe.scope)}`}`;
    const head = `- ${OUTCOME_ICON[probe.outcome]} **${probe.outcome}** · ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.name)} = ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.key)} from ${where} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.baseUrl)}`;
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
    const rank = (finding) => _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(finding.severity);
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
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${plural(clean.length, 'scope')} without findings`, sections));
    }
    const suppressed = groups.suppressed.filter(finding => shown.has(finding));
    if (suppressed.length > 0) {
        const list = suppressed.map(finding => findingItem(context, finding)).join('\n');
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(plural(suppressed.length, 'suppressed finding'), list));
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


/***/ }),

/***/ 5271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ isFailOn),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2831);

/** Every accepted threshold, most severe first (the order help texts and error messages list them in). */
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'never'];
/** Severities from most to least severe. */
const SEVERITIES = ['error', 'warning', 'note'];
/** Whether a finding of `severity` reaches the `failOn` threshold; nothing reaches `never`. */
function atOrAbove(severity, failOn) {
    return failOn !== 'never' && _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[severity] >= _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn];
}
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            counts.suppressed++;
        else if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.notes++;
    }
    return counts;
}
/** The findings that fail the run: not suppressed, and at or above the threshold. */
const failingFindings = (findings, failOn) => findings.filter((finding) => !finding.suppressed && atOrAbove(finding.severity, failOn));


/***/ })

};
