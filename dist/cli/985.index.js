export const id = 985;
export const ids = [985];
export const modules = {

/***/ 2616:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ decodeBase64Text),
/* harmony export */   WG: () => (/* binding */ encodeBase64),
/* harmony export */   gc: () => (/* binding */ decodedFromBase64)
/* harmony export */ });
/**
 * Standard base64 (RFC 4648 §4), padded: a Secret's `data` is a map of `[]byte`, which the API server reads from JSON as
 * such (https://pkg.go.dev/encoding/json#Unmarshal, `base64.StdEncoding`).
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * Control characters no configuration text holds: C0 but tab and line breaks (a Secret often holds a whole file,
 * `config.yaml` or `.env`), DEL and C1. Bytes that decode to these are binary data (a keystore, a DER certificate).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Fails on bytes that are not UTF-8; keeps a leading byte order mark, so the text encodes back to the same bytes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * The text `encoded` stands for, when it is strictly base64 of UTF-8 text; undefined for anything else (binary data,
 * plain text written where base64 belongs, which Kubernetes refuses, or base64 split over lines: "Newlines are not
 * valid within these strings", https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/).
 * It must be canonical too, so the text encodes back to exactly what is written ({@link encodeBase64}).
 */
function decodeBase64Text(encoded) {
    if (!BASE64.test(encoded))
        return undefined;
    const bytes = Buffer.from(encoded, 'base64');
    // Non-zero bits after the last character (`QQ==` and `QR==` give the same byte): not what any encoder writes.
    if (bytes.toString('base64') !== encoded)
        return undefined;
    let text;
    try {
        text = UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
    return CONTROL.test(text) ? undefined : text;
}
/** The base64 text of `text` as UTF-8: what a Secret's `data` holds for it. */
const encodeBase64 = (text) => Buffer.from(text, 'utf8').toString('base64');
/**
 * The entry's value was decoded from base64 written in the file (`meta.base64`, a Kubernetes Secret's `data`): its
 * `raw` and `valueSpan` are the encoded text, never the value, so no fix can be written in its place.
 */
const decodedFromBase64 = (entry) => entry.meta?.base64 === true;


/***/ }),

/***/ 9866:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bj: () => (/* binding */ memoize),
/* harmony export */   og: () => (/* binding */ interner),
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
/**
 * The one string object kept for each text (up to the same limit): the same name or value read from thousands of
 * files is then held once, and the memos above find it by identity rather than comparing its characters.
 */
const interner = () => memoize((text) => text);


/***/ }),

/***/ 2831:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Qr: () => (/* binding */ compareLocations),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
const compareFindings = (a, b) => compareLocations(a, a.ruleId, b, b.ruleId);
/**
 * {@link compareFindings} for what carries its rule apart (a rule's report and the rule's id): sorting thousands of
 * reports asks this tens of thousands of times, and no object is made per question.
 */
function compareLocations(a, aRule, b, bRule) {
    return (compareText(a.file, b.file) ||
        a.span.start.line - b.span.start.line ||
        a.span.start.column - b.span.start.column ||
        compareText(aRule, bRule) ||
        compareText(a.messageId, b.messageId));
}
/** UTF-16 code unit order: the same on every machine, whatever the locale. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 2258:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
/* harmony import */ var _base64_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2616);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2020);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9866);
/**
 * Masking of secrets. Reports show provider, prefix and the last 4 characters at most, so a reader can
 * tell which key it is without being able to use it.
 */



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
    const shortPattern = short.length === 0 ? undefined : new RegExp(short.map(_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeRegExp */ .Nt).sort((a, b) => b.length - a.length).join('|'), 'gi');
    // A window is looked up only when its first and last characters pair as some tail's do: most texts hold no such
    // pair, so they cost a table read per character, not a slice and a map lookup.
    const ends = new Uint8Array(1 << 10);
    for (const tail of byTail.keys())
        ends[endsOf(tail, WINDOW)] = 1;
    return (text) => {
        const hits = [];
        if (byTail.size > 0 && text.length >= WINDOW) {
            const folded = lower(text);
            for (let end = WINDOW; end <= text.length; end++) {
                if (ends[endsOf(folded, end)] === 0)
                    continue;
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
/**
 * The first and last characters of the window ending at `end`, 5 bits of each (a filter: a collision only costs a
 * lookup; the table stays small enough to make for every {@link scrubSecrets} call).
 */
function endsOf(text, end) {
    return ((text.charCodeAt(end - WINDOW) & 0x1f) << 5) | (text.charCodeAt(end - 1) & 0x1f);
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
 * credential (and the defaults of references), the base64 text of each value a Secret's `data` holds, and each given
 * secret value (the action's `secrets` input, the environment under `--probe`) whose name a setting refers to — once
 * resolved, it could be shown anywhere.
 */
function knownSecrets(files, catalog, given = {}) {
    const secrets = new Set(given.keys?.filter((k) => k.trim() !== '') ?? []);
    const isSecret = (name, value) => catalog.identifyKey(value) !== undefined || (CREDENTIAL_NAME.test(name) && catalog.looksLikeSecret(value));
    for (let f = 0; f < files.length; f++) {
        const { keyHits, entries } = files[f];
        for (let h = 0; h < keyHits.length; h++)
            secrets.add(keyHits[h].token);
        for (let e = 0; e < entries.length; e++) {
            const entry = entries[e];
            if (entry.value !== undefined && isSecret(entry.key, entry.value))
                secrets.add(entry.value);
            const fallback = entry.ref?.fallback;
            if (fallback !== undefined && isSecret(entry.key, fallback))
                secrets.add(fallback);
            if ((0,_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .decodedFromBase64 */ .gc)(entry) && entry.value !== undefined)
                for (const secret of encodedSecrets(entry.key, entry.value))
                    secrets.add(secret);
        }
    }
    // Given values are looked for only when there are some (a plain scan has none).
    for (const name of given.values ? referencedNames(files) : []) {
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
/**
 * What a value a Kubernetes Secret keeps in base64 (`data`) adds to the secrets: its base64 text always, whatever it
 * decodes to — a report never needs to show it, and a line quoting it (a rename's corrected line) is then never
 * shown — and the decoded text under a credential's name even when it looks plain (`hatem123.` as a password).
 */
function encodedSecrets(name, value) {
    const encoded = (0,_base64_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeBase64 */ .WG)(value);
    return CREDENTIAL_NAME.test(name) && value.trim().length >= MIN_GIVEN_SECRET ? [encoded, value] : [encoded];
}
/** The names the settings and workflow jobs of `files` refer to. */
function referencedNames(files) {
    const referenced = new Set();
    for (const file of files) {
        for (const entry of file.entries) {
            if (entry.ref)
                referenced.add(entry.ref.name);
            const written = entry.raw ?? entry.value ?? '';
            // Every reference starts with `$`: most values have none, and skip the search.
            if (written.includes('$'))
                for (const m of written.matchAll(REFERENCED_NAME))
                    referenced.add(m[1] ?? m[2]);
        }
        for (const job of file.workflow?.jobs ?? [])
            for (const use of job.secretUses)
                referenced.add(use.name);
    }
    return referenced;
}
/**
 * Masks, in any text bound for a report, the known secrets in every letter case and any stray key. A report repeats
 * the same strings (paths, rule ids, URLs in every finding): each distinct one is masked once and its answer kept.
 */
function createRedactor(secrets, catalog) {
    const known = knownSecretScrubber(secrets);
    return (0,_memo_js__WEBPACK_IMPORTED_MODULE_2__/* .memoize */ .Bj)((text) => maskStraySecrets(known(text), catalog));
}
/**
 * `value` with every string in it passed through `redact`: findings, scope ids, labels, file and folder names, table
 * rows, probe summaries. Walking everything, rather than fields picked one by one, is what keeps a field added later
 * from carrying a secret past the masking. A plain object or array in which nothing changed is returned as it is
 * (a report's thousands of scope rows mostly hold nothing to mask); anything else comes back as a plain copy.
 */
function redactAll(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value)) {
        let copy;
        for (let i = 0; i < value.length; i++) {
            const masked = redactAll(value[i], redact);
            if (copy === undefined && masked !== value[i])
                copy = value.slice(0, i);
            copy?.push(masked);
        }
        return (copy ?? value);
    }
    if (value === null || typeof value !== 'object' || value instanceof Set || value instanceof Map)
        return value;
    const fields = value;
    const prototype = Object.getPrototypeOf(value);
    let copy = prototype === Object.prototype || prototype === null ? undefined : {};
    const keys = Object.keys(fields);
    for (let i = 0; i < keys.length; i++) {
        const field = fields[keys[i]];
        const masked = redactAll(field, redact);
        if (copy === undefined && masked !== field) {
            copy = {};
            for (const key of keys.slice(0, i))
                setField(copy, key, fields[key]);
        }
        if (copy !== undefined)
            setField(copy, keys[i], masked);
    }
    return (copy ?? value);
}
/** Defined, not assigned: a key `__proto__` stays a key and never sets a prototype. */
function setField(target, key, value) {
    if (key === '__proto__')
        Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    else
        target[key] = value;
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

/***/ 2020:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LJ: () => (/* binding */ isLowSurrogate),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   ZX: () => (/* binding */ lineSpan),
/* harmony export */   pc: () => (/* binding */ isHighSurrogate),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps 0-based string offsets to 1-based line/column positions; built once per file. */
class LineIndex {
    text;
    /** Offsets at which each line starts. `\r\n`, `\n` and lone `\r` all end a line. */
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return positionAt(lo + 1, o - this.starts[lo] + 1);
    }
    span(start, end) {
        return spanOf(this.position(start), this.position(end));
    }
    /** 0-based offset of a 1-based position. */
    offset(position) {
        const start = this.starts[Math.min(position.line, this.starts.length) - 1] ?? 0;
        return start + position.column - 1;
    }
    /** The text of a 1-based line, without its line ending. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        let end = next === undefined ? this.text.length : next;
        while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13))
            end--;
        return this.text.slice(start, end);
    }
}
/**
 * Positions are values that no one changes, and most are near the top of a file: those share one object per line and
 * column, so the spans of thousands of small files hold no copies of them.
 */
function positionAt(line, column) {
    if (!isShared(line, column))
        return { line, column };
    const row = (sharedPositions[line] ??= []);
    return (row[column] ??= { line, column });
}
const SHARED_LINES = 256;
const SHARED_COLUMNS = 128;
const sharedPositions = [];
const isShared = (line, column) => line <= SHARED_LINES && column <= SHARED_COLUMNS;
/**
 * Spans are values too, and the settings of thousands of small files sit at the same places: a span between two
 * shared positions is shared as well (up to a number of them, so memory stays bounded), found by the positions'
 * identity. On the benchmark's 5,000 `.env` files this spared ~2,000 page faults (README, Performance).
 */
function spanOf(start, end) {
    if (!isShared(start.line, start.column) || !isShared(end.line, end.column))
        return { start, end };
    let ends = sharedSpans.get(start);
    let span = ends?.get(end);
    if (span)
        return span;
    span = { start, end };
    if (sharedSpanCount >= SHARED_SPANS)
        return span;
    if (!ends)
        sharedSpans.set(start, (ends = new Map()));
    ends.set(end, span);
    sharedSpanCount++;
    return span;
}
const SHARED_SPANS = 20_000;
const sharedSpans = new Map();
let sharedSpanCount = 0;
/** A span covering one whole line (for file-level findings). */
const lineSpan = (line, length = 0) => ({
    start: { line, column: 1 },
    end: { line, column: length + 1 }
});
/** `text` as a regex that matches it literally. */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The halves of a surrogate pair (UTF-16): text cut between them leaves two unreadable halves. */
const isHighSurrogate = (code) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;


/***/ }),

/***/ 38:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
    // Kubernetes service names (`ollama.ai.svc`, `….svc.cluster.local`) resolve inside the cluster only.
    if (/\.(?:local|internal|lan|home\.arpa|svc)$/.test(host))
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

/***/ 5271:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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
