export const id = 783;
export const ids = [783];
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

/***/ 1508:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   served: () => (/* binding */ served)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9711);
/* harmony import */ var _sources_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5632);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1006);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4609);
/* harmony import */ var _providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8381);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1298);
/* harmony import */ var _worker_role_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1807);
/**
 * A worker thread of the scan's pool (./workers.ts): it answers batches of files with their outcomes (./outcome.ts,
 * the per-file work the main thread runs too, so both give the same facts).
 *
 * A worker starts the module it is given: from the sources (tsc output) this file, from an ncc bundle the bundle's
 * entry, which imports this file when its arguments carry the pool's mark (src/cli.ts, src/index.ts). ncc cannot emit
 * a separate worker file (it copies `new URL('./x.js', import.meta.url)` targets as raw assets), so the worker
 * re-enters the bundle it came from.
 */







/**
 * Answers the pool's batches until it terminates the thread. Files are read as the working-tree scan reads them
 * (`workTreeFiles`: readSource with the config's size cap, whole up to the parse cap). Anything thrown here (a parser that cannot be
 * loaded, a result that cannot be sent) ends the thread; the pool then leaves the batch to the main thread.
 */
function serve(port, { root, maxFileSize, providers }) {
    const catalog = (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .createCatalog */ .C)(providers);
    const base = (0,_discover_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readRoot */ .XD)(root);
    port.on('message', async ({ batch, paths }) => {
        await (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadParsers */ .lB)((0,_sources_index_js__WEBPACK_IMPORTED_MODULE_4__/* .kindsFor */ .Hk)(paths));
        const outcomes = paths.map((path) => (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .fileOutcome */ .p)((0,_discover_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o$)(base, path, { maxFileSize, wholeUpTo: _sources_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .PARSE_CAP_BYTES */ .T }), catalog));
        port.postMessage({ batch, outcomes });
    });
}
const isScanWorker = (data) => data?.role === _worker_role_js__WEBPACK_IMPORTED_MODULE_7__/* .SCAN_WORKER_ROLE */ .q;
/** Whether this thread is one the pool started, now serving it; false elsewhere (the entry then runs as usual). */
const served = !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort !== null && isScanWorker(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
if (served)
    serve(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort, node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);


/***/ })

};
