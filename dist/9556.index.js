export const id = 9556;
export const ids = [9556];
export const modules = {

/***/ 9556:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isPullRequestEvent: () => (/* binding */ isPullRequestEvent),
/* harmony export */   prContext: () => (/* binding */ prContext)
/* harmony export */ });
/**
 * The pull request a workflow run is about, read from the event payload (`github.context.payload`).
 */
/** Events whose payload carries the pull request at `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/*
 * Checked by hand rather than with zod: a pull request run need not load the schema library (its chunk alone takes tens of
 * milliseconds to compile) for six fields.
 */
const isRecord = (value) => typeof value === 'object' && value !== null;
const isRepo = (value) => isRecord(value) && typeof value['full_name'] === 'string' && /^[^/]+\/[^/]+$/.test(value['full_name']);
const isSide = (value, repo) => isRecord(value) && typeof value['sha'] === 'string' && value['sha'] !== '' && typeof value['ref'] === 'string' && repo(value['repo']);
function payloadPullRequest(payload) {
    const pr = isRecord(payload) ? payload['pull_request'] : undefined;
    if (!isRecord(pr) || !Number.isInteger(pr['number']) || pr['number'] <= 0)
        return undefined;
    if (!isSide(pr['base'], isRepo) || !isSide(pr['head'], (repo) => repo === null || isRepo(repo)))
        return undefined;
    return pr;
}
/** Whether the event (`GITHUB_EVENT_NAME`) is about a pull request: only then is its payload read. */
const isPullRequestEvent = (eventName) => PULL_REQUEST_EVENTS.has(eventName);
/** The pull request of the event, or undefined for other events (push, schedule, …) and malformed payloads. */
function prContext(eventName, payload) {
    if (!isPullRequestEvent(eventName))
        return undefined;
    const pr = payloadPullRequest(payload);
    if (pr === undefined)
        return undefined;
    const { number, base, head } = pr;
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

//# sourceMappingURL=9556.index.js.map