export const id = 485;
export const ids = [485];
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


/***/ })

};
