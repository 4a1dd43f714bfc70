export const id = 8253;
export const ids = [8253];
export const modules = {

/***/ 8253:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   changedFiles: () => (/* binding */ changedFiles)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _discover_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7460);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8129);
/**
 * The files a pull request changes and the lines it adds, from the API (`pulls.listFiles`). Git's answer to the
 * same question (`changedFilesFromGit`, src/discover/git.ts) comes first; this is the fallback for a clone too
 * shallow to diff, and stops at GitHub's 3,000-file cap. Patches are read by src/discover/diff.ts.
 */



/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILE_PAGES = 30;
/** The fields of a pull request file we read, checked: a malformed answer is a failure, not a crash. */
const PULL_REQUEST_FILE = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    filename: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']),
    previous_filename: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    changes: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative(),
    patch: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional()
});
/**
 * The files of a pull request from the API, with the lines each adds (parsed from its `patch`). When
 * `complete` is false the PR has more files than GitHub lists: use `changedFilesFromGit` (src/discover/git.ts) instead.
 */
async function changedFiles(octokit, pr, options = {}) {
    const pages = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .collectPages */ .VV)('listing the pull request files', PULL_REQUEST_FILE, (page, perPage) => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: perPage, page }), { ...options.retry, maxPages: MAX_FILE_PAGES, permission: 'pull-requests: read' });
    if (!pages.ok)
        return pages;
    return { ok: true, value: { files: pages.value.items.map(fromApi), complete: pages.value.complete } };
}
function fromApi(file) {
    // GitHub sends no patch for binary files and very large diffs; a pure rename has no patch and no changes.
    const addedLines = file.patch !== undefined
        ? new Set((0,_discover_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .readDiff */ .iH)(file.patch.split('\n'))[0]?.added.map(added => added.line))
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


/***/ }),

/***/ 8129:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ checked),
/* harmony export */   VV: () => (/* binding */ collectPages),
/* harmony export */   ur: () => (/* binding */ callGitHub)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);

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
async function collectPages(what, item, fetchPage, options) {
    const perPage = 100;
    const items = [];
    for (let page = 1; page <= options.maxPages; page++) {
        const what_ = `${what} (page ${page})`;
        const result = await callGitHub(what_, () => fetchPage(page, perPage), options);
        if (!result.ok)
            return result;
        const data = checked(what_, zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(item), result.value.data);
        if (!data.ok)
            return data;
        items.push(...data.value);
        if (data.value.length < perPage)
            return { ok: true, value: { items, complete: true } };
    }
    return { ok: true, value: { items, complete: false } };
}


/***/ })

};

//# sourceMappingURL=8253.index.js.map