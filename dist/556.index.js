export const id = 556;
export const ids = [556];
export const modules = {

/***/ 9556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isPullRequestEvent: () => (/* binding */ isPullRequestEvent),
/* harmony export */   prContext: () => (/* binding */ prContext)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/**
 * The pull request a workflow run is about, read from the event payload (`github.context.payload`).
 */

/** Events whose payload carries the pull request at `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const repoSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ full_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[^/]+\/[^/]+$/) });
const payloadSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    pull_request: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        number: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive(),
        base: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), repo: repoSchema }),
        // `repo` is null when the fork the PR came from has been deleted.
        head: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1), ref: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), repo: repoSchema.nullable() })
    })
});
/** Whether the event (`GITHUB_EVENT_NAME`) is about a pull request: only then is its payload read. */
const isPullRequestEvent = (eventName) => PULL_REQUEST_EVENTS.has(eventName);
/** The pull request of the event, or undefined for other events (push, schedule, …) and malformed payloads. */
function prContext(eventName, payload) {
    if (!isPullRequestEvent(eventName))
        return undefined;
    const parsed = payloadSchema.safeParse(payload);
    if (!parsed.success)
        return undefined;
    const { number, base, head } = parsed.data.pull_request;
    const [owner = '', repo = ''] = base.repo.full_name.split('/');
    return {
        event: eventName,
        number,
        owner,
        repo,
        base: { sha: base.sha, ref: base.ref },
        head: { sha: head.sha, ref: head.ref, ...(head.repo ? { repoFullName: head.repo.full_name } : {}) },
        isFork: head.repo?.full_name.toLowerCase() !== base.repo.full_name.toLowerCase()
    };
}


/***/ })

};

//# sourceMappingURL=556.index.js.map