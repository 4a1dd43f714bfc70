export const id = 30;
export const ids = [30,454];
export const modules = {

/***/ 9030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  onlyChanged: () => (/* binding */ onlyChanged),
  postComment: () => (/* binding */ postComment),
  startChange: () => (/* binding */ startChange)
});

// EXTERNAL MODULE: ./src/action/commands.ts
var commands = __webpack_require__(530);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/discover/diff.ts
var diff = __webpack_require__(7460);
// EXTERNAL MODULE: ./src/discover/git.ts
var git = __webpack_require__(671);
// EXTERNAL MODULE: ./src/discover/history.ts
var discover_history = __webpack_require__(2623);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
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
async function collectPages(what, item, fetchPage, options) {
    const perPage = 100;
    const items = [];
    for (let page = 1; page <= options.maxPages; page++) {
        const what_ = `${what} (page ${page})`;
        const result = await callGitHub(what_, () => fetchPage(page, perPage), options);
        if (!result.ok)
            return result;
        const data = checked(what_, schemas/* array */.YOg(item), result.value.data);
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
 * The files a pull request changes and the lines it adds, from the API (`pulls.listFiles`). Git's answer to the
 * same question (`changedFilesFromGit`, src/discover/git.ts) comes first; this is the fallback for a clone too
 * shallow to diff, and stops at GitHub's 3,000-file cap. Patches are read by src/discover/diff.ts.
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
 * `complete` is false the PR has more files than GitHub lists: use `changedFilesFromGit` (src/discover/git.ts) instead.
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
        ? new Set((0,diff/* readDiff */.iH)(file.patch.split('\n'))[0]?.added.map(added => added.line))
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/client.ts
/**
 * The GitHub client the action uses: Octokit from @actions/github with a timeout on every request, so a GitHub
 * that accepts a connection and never answers cannot hold the job until its own timeout (six hours by default).
 * A request cut short fails like a network error: retried, then reported as a warning.
 */

/** Longer than any GitHub answer to the small requests made here takes. */
const GITHUB_REQUEST_TIMEOUT_MS = 30_000;
function githubClient(token, options = {}) {
    const timeoutMs = options.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;
    const timedFetch = (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    };
    return (0,github/* getOctokit */.Q)(token, { ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }), request: { fetch: timedFetch } });
}

// EXTERNAL MODULE: ./src/reporters/pr-comment.ts
var pr_comment = __webpack_require__(5454);
;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The sticky PR comment: found by the hidden marker its body starts with, updated in place, created only
 * when there is none. Failures come back as values (see retry.ts); the action turns them into warnings,
 * and its exit status never depends on the comment.
 */



/** The login of the bot behind the default `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Posted when GitHub rejects the report and no `fallbackBody` is given. */
const DEFAULT_FALLBACK_BODY = `${pr_comment.PR_COMMENT_MARKER}\nThe llm-env-lint report could not be posted as a comment; see the job summary of this run.\n`;
/** The fields of an issue comment we read, checked: a malformed answer is a failure, not a crash. */
const ISSUE_COMMENT = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    body: schemas/* string */.YjP().nullish(),
    html_url: schemas/* string */.YjP(),
    user: schemas/* object */.Ikc({ login: schemas/* string */.YjP(), type: schemas/* string */.YjP() }).nullable()
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
    return keyedMarker(pr_comment.PR_COMMENT_MARKER, key);
}
/** `<!-- name -->` as `<!-- name key=… -->`; the plain marker when there is no key. */
function keyedMarker(marker, key) {
    return key ? `${marker.slice(0, -' -->'.length)} key=${encodeURIComponent(key)} -->` : marker;
}
/** The body with its leading plain marker replaced by the job's marker line. */
const keyed = (body, marker) => (body.startsWith(pr_comment.PR_COMMENT_MARKER) ? marker + body.slice(pr_comment.PR_COMMENT_MARKER.length) : `${marker}\n${body}`);
/** The comment's first line is exactly the marker. */
const hasMarker = (body, marker) => body === marker || (body?.startsWith(`${marker}\n`) ?? false);
function withShortened(result, shortened) {
    return result.ok ? { ok: true, value: { ...result.value, shortened } } : result;
}
/** Our comment on the PR, if any: its first line is this job's marker, and the author is ours. */
async function findStickyComment(octokit, request, marker) {
    const pages = await collectPages('listing the pull request comments', ISSUE_COMMENT, (page, perPage) => octokit.rest.issues.listComments({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: perPage, page }), 
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
    const me = await callGitHub('finding the token user', () => octokit.rest.users.getAuthenticated(), request.retry);
    const login = me.ok ? checked('finding the token user', schemas/* object */.Ikc({ login: schemas/* string */.YjP() }), me.value.data) : undefined;
    return { ok: true, value: login?.ok ? marked.find(comment => comment.user?.login === login.value.login) : undefined };
}
/** Updates `existing` (or creates a comment when there is none, or it was deleted meanwhile). */
async function writeComment(octokit, request, existing, body) {
    const options = { ...request.retry, permission: 'pull-requests: write' };
    if (existing?.body === body)
        return { ok: true, value: { action: 'unchanged', id: existing.id, url: existing.html_url } };
    if (existing !== undefined) {
        const updated = await callGitHub('updating the pull request comment', () => octokit.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body }), options);
        if (updated.ok)
            return written('updating the pull request comment', 'updated', updated.value.data);
        if (updated.failure.kind !== 'not-found')
            return updated;
    }
    const created = await callGitHub('creating the pull request comment', () => octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }), options);
    return created.ok ? written('creating the pull request comment', 'created', created.value.data) : created;
}
/** The comment GitHub says it wrote, checked. */
function written(what, action, data) {
    const comment = checked(what, schemas/* object */.Ikc({ id: schemas/* number */.aig().int(), html_url: schemas/* string */.YjP() }), data);
    return comment.ok ? { ok: true, value: { action, id: comment.value.id, url: comment.value.html_url } } : comment;
}

;// CONCATENATED MODULE: ./src/github/review.ts
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
const REVIEW_COMMENT = schemas/* object */.Ikc({
    id: schemas/* number */.aig().int(),
    body: schemas/* string */.YjP().nullish(),
    path: schemas/* string */.YjP(),
    line: schemas/* number */.aig().int().nullish(),
    user: schemas/* object */.Ikc({ login: schemas/* string */.YjP() }).nullable()
});
/** Brings the pull request's suggestion comments of this job in line with `suggestions`. Never throws. */
async function syncSuggestions(octokit, request) {
    const { owner, repo, pullNumber } = request;
    const marker = keyedMarker(SUGGESTION_MARKER, request.key);
    const options = { ...request.retry, permission: 'pull-requests: write' };
    const listed = await collectPages('listing the pull request review comments', REVIEW_COMMENT, (page, perPage) => octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: perPage, page }), { ...request.retry, maxPages: Number.POSITIVE_INFINITY });
    if (!listed.ok)
        return listed;
    const author = request.author ?? ACTIONS_BOT_LOGIN;
    const ours = listed.value.items.filter((comment) => comment.user?.login === author && hasMarker(comment.body, marker));
    const bodyOf = (s) => `${marker}\n${s.body}`;
    const same = (s, c) => c.path === s.path && c.line === s.line && c.body === bodyOf(s);
    const stale = ours.filter((comment) => !request.suggestions.some((s) => same(s, comment)));
    const fresh = request.suggestions.filter((s) => !ours.some((comment) => same(s, comment)));
    const posted = fresh.slice(0, request.max ?? SUGGESTIONS_PER_REVIEW);
    if (posted.length > 0) {
        const created = await callGitHub('creating the pull request review', () => octokit.rest.pulls.createReview({
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
        const review = checked('creating the pull request review', schemas/* object */.Ikc({ id: schemas/* number */.aig().int() }), created.value.data);
        if (!review.ok)
            return review;
    }
    // After the new review: a failure above leaves the earlier suggestions standing rather than none at all.
    for (const comment of stale) {
        const deleted = await callGitHub('deleting a fixed suggestion', () => octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: comment.id }), options);
        if (!deleted.ok && deleted.failure.kind !== 'not-found')
            return deleted;
    }
    return { ok: true, value: { created: posted.length, kept: ours.length - stale.length, deleted: stale.length, capped: fresh.length - posted.length } };
}

// EXTERNAL MODULE: ./src/reporters/index.ts
var reporters = __webpack_require__(7166);
;// CONCATENATED MODULE: ./src/action/pull-request.ts











/**
 * Starts git on the pull request (`git log -p` of its commits; `git diff` of its change for `scope: changed`), so it
 * runs beside the scan instead of before and after it. The scan awaits each answer when it needs it.
 */
function startChange(settings, pr) {
    const history = historyOf(settings, pr).then((lines) => withinRoot(lines, settings));
    // Awaited by the scan; this keeps a rejection handled should the scan fail before it awaits.
    history.catch(() => { });
    if (settings.scope !== 'changed')
        return { history };
    const changedLines = changedLinesOf(settings, pr);
    const changedPaths = changedLines.then((lines) => lines && new Set([...lines.keys()].flatMap((path) => inRoot(path, settings) ?? [])));
    return { history, changedLines, changedPaths };
}
/**
 * The files the PR changes. Git first, against the checked-out tree, so line numbers match the findings;
 * the API when the clone is too shallow for git. Undefined (with a warning) when neither can tell, and
 * the caller then reports on every file rather than silently on none.
 */
async function changedLinesOf(settings, pr) {
    try {
        const files = await changedFilesList(settings, pr);
        if (files)
            return (0,diff/* toChangedLines */.I6)(files);
        commands/* warning */.$e('llm-env-lint could not list the files this pull request changes; reporting on every file (scope: all)');
    }
    catch (error) {
        // Whatever goes wrong talking to GitHub (a malformed answer we failed to foresee included) is a warning.
        commands/* warning */.$e(`llm-env-lint could not list the changed files: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
}
async function changedFilesList(settings, pr) {
    try {
        return await (0,git/* changedFilesFromGit */.mD)(settings.workspace, pr.base.sha, 'HEAD');
    }
    catch (error) {
        if (!(error instanceof git/* GitError */.XS))
            throw error;
        commands/* info */.pq(`git could not diff the pull request (${error.message}); asking the GitHub API`);
    }
    if (!settings.githubToken)
        return undefined;
    const listed = await changedFiles(githubClient(settings.githubToken), { owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
    return listed.ok && listed.value.complete ? listed.value.files : undefined;
}
/**
 * Lines added by each commit of the PR: a key committed and removed again is still in the history.
 * Needs `fetch-depth: 0`; without the commits this is a warning, not a failure.
 */
async function historyOf(settings, pr) {
    try {
        return await (0,discover_history/* addedLinesInCommits */.R)(settings.workspace, pr.base.sha, pr.head.sha);
    }
    catch (error) {
        if (!(error instanceof git/* GitError */.XS))
            throw error;
        commands/* warning */.$e(`llm-env-lint did not scan the pull request's commits: ${error.message}`);
        return [];
    }
}
/** A workspace-relative path relative to the scanned folder; undefined outside it. */
function inRoot(path, settings) {
    const folder = (0,external_node_path_.relative)(settings.workspace, settings.root).split(external_node_path_.sep).join('/');
    if (folder === '')
        return path;
    return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
}
/** Commit history paths are relative to the workspace; the scan's are relative to the scanned folder. */
function withinRoot(lines, settings) {
    return lines.flatMap((line) => {
        const file = inRoot(line.file, settings);
        return file === undefined ? [] : [{ ...line, file }];
    });
}
/**
 * Findings and scopes outside the files the PR changes are left to the summary. History findings always stay, and
 * so do live probe findings: a rejected key breaks the deployment whichever file the PR touched.
 */
function onlyChanged(context, changed) {
    return {
        ...context,
        findings: context.findings.filter((f) => f.origin !== 'tree' || changed.has(f.file)),
        scopes: context.scopes.filter((s) => changed.has(s.file))
    };
}
/**
 * Writes or updates the one sticky comment. Never throws and never fails the step: a fork's read-only
 * token, a 404 or an outage become a warning, and the summary and annotations still carry everything.
 */
async function postComment(context, settings, pr, changed) {
    if (!settings.githubToken) {
        commands/* warning */.$e('llm-env-lint did not comment: the github-token input is empty');
        return '';
    }
    const reviewed = changed !== undefined && (await postSuggestions(context, settings, pr, changed));
    const body = (await (0,reporters/* reporter */.YX)('pr-comment')).render(context, {
        ...(changed ? { changedLines: changed, changedFilesOnly: true } : {}),
        // Suggestions posted as a review are not repeated in the comment.
        suggestions: !reviewed
    });
    const result = await upsertStickyComment(githubClient(settings.githubToken), {
        owner: pr.owner,
        repo: pr.repo,
        issueNumber: pr.number,
        body,
        ...(settings.commentKey && { key: settings.commentKey }),
        fallbackBody: (0,pr_comment.renderShortPrComment)(context, { note: 'The full report did not fit in a comment; see the job summary.' })
    });
    if (result.ok)
        return result.value.url;
    commands/* warning */.$e(`llm-env-lint did not comment: ${result.failure.message}`);
    return '';
}
/**
 * The fixes on changed lines as one review of suggestion comments (input `suggestions: auto`, `pull_request` events
 * only: a `pull_request_target` run checks out the base). False when not posted, and the sticky comment then carries
 * the suggestions: a fork's read-only token (403) or any other failure is a warning, never a failed step.
 */
async function postSuggestions(context, settings, pr, changed) {
    if (settings.suggestions === 'never' || pr.event !== 'pull_request')
        return false;
    const result = await syncSuggestions(githubClient(settings.githubToken), {
        owner: pr.owner,
        repo: pr.repo,
        pullNumber: pr.number,
        commitId: pr.head.sha,
        suggestions: (0,pr_comment.lineSuggestions)(context, { changedLines: changed }),
        ...(settings.commentKey && { key: settings.commentKey })
    });
    if (!result.ok) {
        commands/* warning */.$e(`llm-env-lint put its suggestions in the comment instead of a review: ${result.failure.message}`);
        return false;
    }
    const { created, deleted, capped } = result.value;
    if (capped > 0)
        commands/* notice */.lm(`llm-env-lint posted ${created} suggestions; ${capped} more follow in later runs`);
    if (created + deleted > 0)
        commands/* info */.pq(`llm-env-lint review suggestions: ${created} posted, ${deleted} removed as fixed`);
    return true;
}


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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

//# sourceMappingURL=30.index.js.map