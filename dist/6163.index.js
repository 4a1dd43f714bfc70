export const id = 6163;
export const ids = [6163,5454,7318];
export const modules = {

/***/ 7318:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ACTIONS_BOT_LOGIN: () => (/* binding */ ACTIONS_BOT_LOGIN),
/* harmony export */   hasMarker: () => (/* binding */ hasMarker),
/* harmony export */   keyedMarker: () => (/* binding */ keyedMarker),
/* harmony export */   stickyMarker: () => (/* binding */ stickyMarker),
/* harmony export */   upsertStickyComment: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var _reporters_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5454);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8129);
/**
 * The sticky PR comment: found by the hidden marker its body starts with, updated in place, created only
 * when there is none. Failures come back as values (see retry.ts); the action turns them into warnings,
 * and its exit status never depends on the comment.
 */



/** The login of the bot behind the default `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Posted when GitHub rejects the report and no `fallbackBody` is given. */
const DEFAULT_FALLBACK_BODY = `${_reporters_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__.PR_COMMENT_MARKER}\nThe llm-env-lint report could not be posted as a comment; see the job summary of this run.\n`;
/** The fields of an issue comment we read, checked: a malformed answer is a failure, not a crash. */
const ISSUE_COMMENT = zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(),
    body: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullish(),
    html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    user: zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), type: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }).nullable()
});
/**
 * Creates or updates the one report comment of a pull request. Never creates a second comment while
 * one of ours exists; skips the write when the body is unchanged. Never throws.
 */
async function upsertStickyComment(octokit, request) {
    const marker = stickyMarker(request.key);
    const found = await findStickyComment(octokit, request, marker);
    if (!found.ok)
        return found;
    const existing = found.value;
    const first = await writeComment(octokit, request, existing, keyed(request.body, marker));
    if (first.ok || first.failure.kind !== 'rejected')
        return withShortened(first, false);
    const fallback = await writeComment(octokit, request, existing, keyed(request.fallbackBody ?? DEFAULT_FALLBACK_BODY, marker));
    return withShortened(fallback, true);
}
/**
 * The first line of a comment of this job. The key is percent-encoded, so a workflow name cannot close the HTML
 * comment, and the keyed line never starts with the plain marker, so a keyed run and an older unkeyed one never
 * take each other's comment.
 */
function stickyMarker(key) {
    return keyedMarker(_reporters_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__.PR_COMMENT_MARKER, key);
}
/** `<!-- name -->` as `<!-- name key=… -->`; the plain marker when there is no key. */
function keyedMarker(marker, key) {
    return key ? `${marker.slice(0, -' -->'.length)} key=${encodeURIComponent(key)} -->` : marker;
}
/** The body with its leading plain marker replaced by the job's marker line. */
const keyed = (body, marker) => (body.startsWith(_reporters_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__.PR_COMMENT_MARKER) ? marker + body.slice(_reporters_pr_comment_js__WEBPACK_IMPORTED_MODULE_0__.PR_COMMENT_MARKER.length) : `${marker}\n${body}`);
/** The comment's first line is exactly the marker. */
const hasMarker = (body, marker) => body === marker || (body?.startsWith(`${marker}\n`) ?? false);
function withShortened(result, shortened) {
    return result.ok ? { ok: true, value: { ...result.value, shortened } } : result;
}
/** Our comment on the PR, if any: its first line is this job's marker, and the author is ours. */
async function findStickyComment(octokit, request, marker) {
    const pages = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .VV)('listing the pull request comments', ISSUE_COMMENT, (page, perPage) => octokit.rest.issues.listComments({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: perPage, page }), 
    // Every page: a busy pull request can have thousands of comments, and ours may be the oldest.
    { ...request.retry, maxPages: Number.POSITIVE_INFINITY });
    if (!pages.ok)
        return pages;
    const marked = pages.value.items.filter(comment => hasMarker(comment.body, marker));
    // By marker AND author: another bot (or app) whose comment carries our marker must not stand in for ours.
    const author = request.author ?? ACTIONS_BOT_LOGIN;
    const ours = marked.find(comment => comment.user?.login === author);
    if (ours || request.author !== undefined || marked.length === 0)
        return { ok: true, value: ours };
    // A personal or app token writes as its own user: ask who that is, only when a marked comment by someone else exists.
    const me = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)('finding the token user', () => octokit.rest.users.getAuthenticated(), request.retry);
    const login = me.ok ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .checked */ .KD)('finding the token user', zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }), me.value.data) : undefined;
    return { ok: true, value: login?.ok ? marked.find(comment => comment.user?.login === login.value.login) : undefined };
}
/** Updates `existing` (or creates a comment when there is none, or it was deleted meanwhile). */
async function writeComment(octokit, request, existing, body) {
    const options = { ...request.retry, permission: 'pull-requests: write' };
    if (existing?.body === body)
        return { ok: true, value: { action: 'unchanged', id: existing.id, url: existing.html_url } };
    if (existing !== undefined) {
        const updated = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)('updating the pull request comment', () => octokit.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body }), options);
        if (updated.ok)
            return written('updating the pull request comment', 'updated', updated.value.data);
        if (updated.failure.kind !== 'not-found')
            return updated;
    }
    const created = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)('creating the pull request comment', () => octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }), options);
    return created.ok ? written('creating the pull request comment', 'created', created.value.data) : created;
}
/** The comment GitHub says it wrote, checked. */
function written(what, action, data) {
    const comment = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .checked */ .KD)(what, zod__WEBPACK_IMPORTED_MODULE_1__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int(), html_url: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP() }), data);
    return comment.ok ? { ok: true, value: { action, id: comment.value.id, url: comment.value.html_url } } : comment;
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


/***/ }),

/***/ 6163:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUGGESTIONS_PER_REVIEW: () => (/* binding */ SUGGESTIONS_PER_REVIEW),
/* harmony export */   SUGGESTION_MARKER: () => (/* binding */ SUGGESTION_MARKER),
/* harmony export */   syncSuggestions: () => (/* binding */ syncSuggestions)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7318);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8129);
/**
 * Fix suggestions as pull request review comments: one review per run holding a `suggestion` comment on each
 * changed line that has a fix. Comments of earlier runs that still apply are kept (not posted again), those
 * whose fix is gone are deleted. Failures come back as values (see retry.ts): on a fork's read-only token (403)
 * the caller puts the suggestions in the sticky comment instead. Each suggestion's line is the corrected line the
 * engine carried on its finding (`fixedLine`, via `lineSuggestions`); nothing here reads a file.
 */



/** The first line of every suggestion comment and review body of ours. */
const SUGGESTION_MARKER = '<!-- llm-env-lint:suggestion -->';
/** New comments per review at most: a pull request that touches a thousand settings gets the rest in later runs. */
const SUGGESTIONS_PER_REVIEW = 20;
const REVIEW_COMMENT = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
    body: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    path: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nullish(),
    user: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ login: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).nullable()
});
/** Brings the pull request's suggestion comments of this job in line with `suggestions`. Never throws. */
async function syncSuggestions(octokit, request) {
    const { owner, repo, pullNumber } = request;
    const marker = (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__.keyedMarker)(SUGGESTION_MARKER, request.key);
    const options = { ...request.retry, permission: 'pull-requests: write' };
    const listed = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .collectPages */ .VV)('listing the pull request review comments', REVIEW_COMMENT, (page, perPage) => octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: perPage, page }), { ...request.retry, maxPages: Number.POSITIVE_INFINITY });
    if (!listed.ok)
        return listed;
    const author = request.author ?? _comment_js__WEBPACK_IMPORTED_MODULE_1__.ACTIONS_BOT_LOGIN;
    const ours = listed.value.items.filter((comment) => comment.user?.login === author && (0,_comment_js__WEBPACK_IMPORTED_MODULE_1__.hasMarker)(comment.body, marker));
    const bodyOf = (s) => `${marker}\n${s.body}`;
    const same = (s, c) => c.path === s.path && c.line === s.line && c.body === bodyOf(s);
    const stale = ours.filter((comment) => !request.suggestions.some((s) => same(s, comment)));
    const fresh = request.suggestions.filter((s) => !ours.some((comment) => same(s, comment)));
    const posted = fresh.slice(0, request.max ?? SUGGESTIONS_PER_REVIEW);
    if (posted.length > 0) {
        const created = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)('creating the pull request review', () => octokit.rest.pulls.createReview({
            owner,
            repo,
            pull_number: pullNumber,
            commit_id: request.commitId,
            event: 'COMMENT',
            body: `${marker}\nllm-env-lint suggests ${posted.length === 1 ? 'a fix' : `${posted.length} fixes`} for the lines below.`,
            comments: posted.map((s) => ({ path: s.path, line: s.line, side: 'RIGHT', body: bodyOf(s) }))
        }), options);
        if (!created.ok)
            return created;
        const review = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .checked */ .KD)('creating the pull request review', zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int() }), created.value.data);
        if (!review.ok)
            return review;
    }
    // After the new review: a failure above leaves the earlier suggestions standing rather than none at all.
    for (const comment of stale) {
        const deleted = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .callGitHub */ .ur)('deleting a fixed suggestion', () => octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: comment.id }), options);
        if (!deleted.ok && deleted.failure.kind !== 'not-found')
            return deleted;
    }
    return { ok: true, value: { created: posted.length, kept: ours.length - stale.length, deleted: stale.length, capped: fresh.length - posted.length } };
}


/***/ }),

/***/ 5454:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PR_COMMENT_MARKER: () => (/* binding */ PR_COMMENT_MARKER),
/* harmony export */   PR_COMMENT_MAX_LENGTH: () => (/* binding */ PR_COMMENT_MAX_LENGTH),
/* harmony export */   lineSuggestions: () => (/* binding */ lineSuggestions),
/* harmony export */   prCommentReporter: () => (/* binding */ prCommentReporter),
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment),
/* harmony export */   renderShortPrComment: () => (/* binding */ renderShortPrComment),
/* harmony export */   suggestionMaker: () => (/* binding */ suggestionMaker)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4369);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1145);


/** The hidden first line by which the comment is found again. Never change it: old comments would be orphaned. */
const PR_COMMENT_MARKER = '<!-- llm-env-lint:report -->';
/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"). */
const PR_COMMENT_MAX_LENGTH = 65_536;
/** Under the footer in `scope: changed` mode, so an all-clear is not read as "the whole repository is clean". */
const CHANGED_FILES_NOTE = 'Only findings in files this pull request changes are shown; the job summary lists every finding.';
function preamble(context) {
    return `${PR_COMMENT_MARKER}\n### ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(context.tool.name)}`;
}
/**
 * The comment body, Markdown, starting with {@link PR_COMMENT_MARKER}. With no active findings (and no live
 * probes to show) it is a short all-clear. Never longer than `maxLength`: the least severe findings are cut first
 * and counted.
 */
function renderPrComment(context, options = {}) {
    const footerNote = options.changedFilesOnly ? CHANGED_FILES_NOTE : undefined;
    // Probes that all passed still belong in the comment: the reader wants to see that the key works.
    if (context.findings.every(finding => finding.suppressed) && !context.probes?.length)
        return renderShortPrComment(context, { footerNote });
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReport */ .B1)(context, {
        preamble: preamble(context),
        suggestion: suggestionMaker(options),
        footerNote,
        limit: {
            max: options.maxLength ?? PR_COMMENT_MAX_LENGTH,
            measure: text => text.length,
            seeAlso: 'see the job summary'
        }
    });
}
/**
 * A short body: marker, verdict, an optional note, and the footer. It is the all-clear, and the body to
 * post instead when GitHub rejects the full one (`fallbackBody` of `upsertStickyComment`).
 */
function renderShortPrComment(context, notes = {}) {
    const parts = [preamble(context), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictLine */ .MT)(context)];
    if (notes.note !== undefined)
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(notes.note));
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .footerLine */ .GO)(context, notes.footerNote));
    return `${parts.join('\n\n')}\n`;
}
/**
 * The `suggestion` block content for a finding, when its fix can be applied honestly: the engine gave it the
 * corrected line (a one-line edit, no credential on the line, no security rule), on a line the PR changes.
 */
function suggestionMaker(options) {
    const { changedLines, suggestions = true } = options;
    if (changedLines === undefined || !suggestions)
        return undefined;
    return ({ file, edit, fixedLine }) => (edit && changedLines.get(file)?.has(edit.range.start.line) ? fixedLine : undefined);
}
/**
 * One review suggestion per changed line that has a fix, from the first finding on it (in report order) whose
 * fix can be suggested: the rule, the message and a `suggestion` block with the corrected line. Suppressed
 * findings suggest nothing.
 */
function lineSuggestions(context, options) {
    const suggest = suggestionMaker(options);
    if (suggest === undefined)
        return [];
    const byLine = new Map();
    for (const finding of context.findings) {
        const text = finding.suppressed ? undefined : suggest(finding);
        // A suggestion exists only for a finding with a one-line edit, on that line.
        const line = finding.edit?.range.start.line ?? 0;
        const where = `${finding.file}\0${line}`;
        if (text === undefined || byLine.has(where))
            continue;
        byLine.set(where, {
            path: finding.file,
            line,
            body: `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(finding.ruleId)}**: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(finding.message)}\n\n${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)('suggestion', text)}\n`
        });
    }
    return [...byLine.values()];
}
/** {@link renderPrComment} as a {@link Reporter}. */
const prCommentReporter = { format: 'pr-comment', render: renderPrComment };


/***/ })

};

//# sourceMappingURL=6163.index.js.map