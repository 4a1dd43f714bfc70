export const id = 161;
export const ids = [161];
export const modules = {

/***/ 9161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  changedLinesOf: () => (/* binding */ changedLinesOf),
  historyOf: () => (/* binding */ historyOf),
  lineReader: () => (/* binding */ lineReader),
  onlyChanged: () => (/* binding */ onlyChanged),
  postComment: () => (/* binding */ postComment)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/discover/git.ts
var git = __webpack_require__(671);
// EXTERNAL MODULE: ./src/github/changed-files.ts
var changed_files = __webpack_require__(8253);
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

// EXTERNAL MODULE: ./src/reporters/markdown.ts
var markdown = __webpack_require__(4369);
;// CONCATENATED MODULE: ./src/reporters/pr-comment.ts

/** The hidden first line by which the comment is found again. Never change it: old comments would be orphaned. */
const PR_COMMENT_MARKER = '<!-- llm-env-lint:report -->';
/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"). */
const PR_COMMENT_MAX_LENGTH = 65_536;
/** Under the footer in `scope: changed` mode, so an all-clear is not read as "the whole repository is clean". */
const CHANGED_FILES_NOTE = 'Only findings in files this pull request changes are shown; the job summary lists every finding.';
function preamble(context) {
    return `${PR_COMMENT_MARKER}\n### ${(0,markdown/* escapeText */.X1)(context.tool.name)}`;
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
    return (0,markdown/* renderReport */.B1)(context, {
        preamble: preamble(context),
        suggestion: suggestionMaker(context, options),
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
    const parts = [preamble(context), (0,markdown/* verdictLine */.MT)(context)];
    if (notes.note !== undefined)
        parts.push((0,markdown/* escapeText */.X1)(notes.note));
    parts.push((0,markdown/* footerLine */.GO)(context, notes.footerNote));
    return `${parts.join('\n\n')}\n`;
}
/**
 * The `suggestion` block content for a finding, when its fix can be applied honestly: the finding has an
 * edit (the exact text its fix replaces, quotes kept), on one line that the PR changes, and the line text is
 * known. The suggested line is the current line with that edit made.
 */
function suggestionMaker(context, options) {
    const { changedLines, lineText } = options;
    if (changedLines === undefined || lineText === undefined)
        return undefined;
    const securityRules = new Set(context.rules.filter(rule => rule.security).map(rule => rule.id));
    return finding => {
        const { edit } = finding;
        if (edit === undefined || /[\r\n]/.test(edit.replacement) || securityRules.has(finding.ruleId))
            return undefined;
        const { start, end } = edit.range;
        if (start.line !== end.line || !changedLines.get(finding.file)?.has(start.line))
            return undefined;
        const line = lineText(finding.file, start.line);
        if (line === undefined || end.column - 1 > line.length)
            return undefined;
        const suggested = line.slice(0, start.column - 1) + edit.replacement + line.slice(end.column - 1);
        return suggested === line ? undefined : suggested;
    };
}
/**
 * One review suggestion per changed line that has a fix, from the first finding on it (in report order) whose
 * fix can be suggested: the rule, the message and a `suggestion` block with the corrected line. Suppressed
 * findings suggest nothing.
 */
function lineSuggestions(context, options) {
    const suggest = suggestionMaker(context, options);
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
            body: `**${(0,markdown/* escapeText */.X1)(finding.ruleId)}**: ${(0,markdown/* messageMarkdown */.zv)(finding.message)}\n\n${(0,markdown/* fencedBlock */.zW)('suggestion', text)}\n`
        });
    }
    return [...byLine.values()];
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(8129);
;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The sticky PR comment: found by the hidden marker its body starts with, updated in place, created only
 * when there is none. Failures come back as values (see retry.ts); the action turns them into warnings,
 * and its exit status never depends on the comment.
 */



/** The login of the bot behind the default `GITHUB_TOKEN`. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Posted when GitHub rejects the report and no `fallbackBody` is given. */
const DEFAULT_FALLBACK_BODY = `${PR_COMMENT_MARKER}\nThe llm-env-lint report could not be posted as a comment; see the job summary of this run.\n`;
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
    return keyedMarker(PR_COMMENT_MARKER, key);
}
/** `<!-- name -->` as `<!-- name key=… -->`; the plain marker when there is no key. */
function keyedMarker(marker, key) {
    return key ? `${marker.slice(0, -' -->'.length)} key=${encodeURIComponent(key)} -->` : marker;
}
/** The body with its leading plain marker replaced by the job's marker line. */
const keyed = (body, marker) => (body.startsWith(PR_COMMENT_MARKER) ? marker + body.slice(PR_COMMENT_MARKER.length) : `${marker}\n${body}`);
/** The comment's first line is exactly the marker. */
const hasMarker = (body, marker) => body === marker || (body?.startsWith(`${marker}\n`) ?? false);
function withShortened(result, shortened) {
    return result.ok ? { ok: true, value: { ...result.value, shortened } } : result;
}
/** Our comment on the PR, if any: its first line is this job's marker, and the author is ours. */
async function findStickyComment(octokit, request, marker) {
    const pages = await (0,retry/* collectPages */.VV)('listing the pull request comments', ISSUE_COMMENT, (page, perPage) => octokit.rest.issues.listComments({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: perPage, page }), 
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
    const me = await (0,retry/* callGitHub */.ur)('finding the token user', () => octokit.rest.users.getAuthenticated(), request.retry);
    const login = me.ok ? (0,retry/* checked */.KD)('finding the token user', schemas/* object */.Ikc({ login: schemas/* string */.YjP() }), me.value.data) : undefined;
    return { ok: true, value: login?.ok ? marked.find(comment => comment.user?.login === login.value.login) : undefined };
}
/** Updates `existing` (or creates a comment when there is none, or it was deleted meanwhile). */
async function writeComment(octokit, request, existing, body) {
    const options = { ...request.retry, permission: 'pull-requests: write' };
    if (existing?.body === body)
        return { ok: true, value: { action: 'unchanged', id: existing.id, url: existing.html_url } };
    if (existing !== undefined) {
        const updated = await (0,retry/* callGitHub */.ur)('updating the pull request comment', () => octokit.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body }), options);
        if (updated.ok)
            return written('updating the pull request comment', 'updated', updated.value.data);
        if (updated.failure.kind !== 'not-found')
            return updated;
    }
    const created = await (0,retry/* callGitHub */.ur)('creating the pull request comment', () => octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }), options);
    return created.ok ? written('creating the pull request comment', 'created', created.value.data) : created;
}
/** The comment GitHub says it wrote, checked. */
function written(what, action, data) {
    const comment = (0,retry/* checked */.KD)(what, schemas/* object */.Ikc({ id: schemas/* number */.aig().int(), html_url: schemas/* string */.YjP() }), data);
    return comment.ok ? { ok: true, value: { action, id: comment.value.id, url: comment.value.html_url } } : comment;
}

;// CONCATENATED MODULE: ./src/github/review.ts
/**
 * Fix suggestions as pull request review comments: one review per run holding a `suggestion` comment on each
 * changed line that has a fix. Comments of earlier runs that still apply are kept (not posted again), those
 * whose fix is gone are deleted. Failures come back as values (see retry.ts): on a fork's read-only token (403)
 * the caller puts the suggestions in the sticky comment instead.
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
    const listed = await (0,retry/* collectPages */.VV)('listing the pull request review comments', REVIEW_COMMENT, (page, perPage) => octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: perPage, page }), { ...request.retry, maxPages: Number.POSITIVE_INFINITY });
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
        const created = await (0,retry/* callGitHub */.ur)('creating the pull request review', () => octokit.rest.pulls.createReview({
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
        const review = (0,retry/* checked */.KD)('creating the pull request review', schemas/* object */.Ikc({ id: schemas/* number */.aig().int() }), created.value.data);
        if (!review.ok)
            return review;
    }
    // After the new review: a failure above leaves the earlier suggestions standing rather than none at all.
    for (const comment of stale) {
        const deleted = await (0,retry/* callGitHub */.ur)('deleting a fixed suggestion', () => octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: comment.id }), options);
        if (!deleted.ok && deleted.failure.kind !== 'not-found')
            return deleted;
    }
    return { ok: true, value: { created: posted.length, kept: ours.length - stale.length, deleted: stale.length, capped: fresh.length - posted.length } };
}

// EXTERNAL MODULE: ./src/github/history.ts
var github_history = __webpack_require__(9163);
// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/discover/read.ts
var read = __webpack_require__(9711);
// EXTERNAL MODULE: ./src/probes/rules.ts
var rules = __webpack_require__(7328);
;// CONCATENATED MODULE: ./src/action/pull-request.ts













const PROBE_RULE_IDS = new Set(rules/* PROBE_RULES */.$J.map((rule) => rule.id));
/**
 * The files the PR changes. Git first, against the checked-out tree, so line numbers match the findings;
 * the API when the clone is too shallow for git. Undefined (with a warning) when neither can tell, and
 * the caller then reports on every file rather than silently on none.
 */
async function changedLinesOf(settings, pr) {
    const files = await changedFilesList(settings, pr);
    if (files)
        return (0,changed_files/* toChangedLines */.I6)(files);
    core/* warning */.$e('llm-env-lint could not list the files this pull request changes; reporting on every file (scope: all)');
    return undefined;
}
async function changedFilesList(settings, pr) {
    try {
        return await (0,changed_files/* changedFilesFromGit */.mD)(settings.workspace, pr.base.sha, 'HEAD');
    }
    catch (error) {
        if (!(error instanceof git/* GitError */.XS))
            throw error;
        core/* info */.pq(`git could not diff the pull request (${error.message}); asking the GitHub API`);
    }
    if (!settings.githubToken)
        return undefined;
    const listed = await (0,changed_files/* changedFiles */.Y_)(githubClient(settings.githubToken), { owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
    return listed.ok && listed.value.complete ? listed.value.files : undefined;
}
/**
 * Lines added by each commit of the PR: a key committed and removed again is still in the history.
 * Needs `fetch-depth: 0`; without the commits this is a warning, not a failure.
 */
async function historyOf(settings, pr) {
    try {
        return await (0,github_history/* addedLinesInCommits */.R)(settings.workspace, pr.base.sha, pr.head.sha);
    }
    catch (error) {
        if (!(error instanceof git/* GitError */.XS))
            throw error;
        core/* warning */.$e(`llm-env-lint did not scan the pull request's commits: ${error.message}`);
        return [];
    }
}
/**
 * Findings and scopes outside the files the PR changes are left to the summary. History findings always stay, and
 * so do live probe findings: a rejected key breaks the deployment whichever file the PR touched.
 */
function onlyChanged(context, changed) {
    return {
        ...context,
        findings: context.findings.filter((f) => changed.has(f.file) || f.messageId === 'inHistory' || PROBE_RULE_IDS.has(f.ruleId)),
        scopes: context.scopes.filter((s) => changed.has(s.file))
    };
}
/**
 * Writes or updates the one sticky comment. Never throws and never fails the step: a fork's read-only
 * token, a 404 or an outage become a warning, and the summary and annotations still carry everything.
 */
async function postComment(context, catalog, settings, pr, changed) {
    if (!settings.githubToken) {
        core/* warning */.$e('llm-env-lint did not comment: the github-token input is empty');
        return '';
    }
    const lineText = lineReader(settings.workspace, context, catalog);
    const reviewed = changed !== undefined && (await postSuggestions(context, settings, pr, changed, lineText));
    const body = renderPrComment(context, {
        ...(changed ? { changedLines: changed, changedFilesOnly: true } : {}),
        // Suggestions posted as a review are not repeated in the comment.
        ...(!reviewed && { lineText })
    });
    const result = await upsertStickyComment(githubClient(settings.githubToken), {
        owner: pr.owner,
        repo: pr.repo,
        issueNumber: pr.number,
        body,
        ...(settings.commentKey && { key: settings.commentKey }),
        fallbackBody: renderShortPrComment(context, { note: 'The full report did not fit in a comment; see the job summary.' })
    });
    if (result.ok)
        return result.value.url;
    core/* warning */.$e(`llm-env-lint did not comment: ${result.failure.message}`);
    return '';
}
/**
 * The fixes on changed lines as one review of suggestion comments (input `suggestions: auto`, `pull_request` events
 * only: a `pull_request_target` run checks out the base). False when not posted, and the sticky comment then carries
 * the suggestions: a fork's read-only token (403) or any other failure is a warning, never a failed step.
 */
async function postSuggestions(context, settings, pr, changed, lineText) {
    if (settings.suggestions === 'never' || pr.event !== 'pull_request')
        return false;
    const result = await syncSuggestions(githubClient(settings.githubToken), {
        owner: pr.owner,
        repo: pr.repo,
        pullNumber: pr.number,
        commitId: pr.head.sha,
        suggestions: lineSuggestions(context, { changedLines: changed, lineText }),
        ...(settings.commentKey && { key: settings.commentKey })
    });
    if (!result.ok) {
        core/* warning */.$e(`llm-env-lint put its suggestions in the comment instead of a review: ${result.failure.message}`);
        return false;
    }
    const { created, deleted, capped } = result.value;
    if (capped > 0)
        core/* notice */.lm(`llm-env-lint posted ${created} suggestions; ${capped} more follow in later runs`);
    if (created + deleted > 0)
        core/* info */.pq(`llm-env-lint review suggestions: ${created} posted, ${deleted} removed as fixed`);
    return true;
}
/**
 * Line texts for suggestion blocks. That text bypasses the core's masking, so a line is never returned
 * when a security rule reported on it or anything in it may be a credential: a key of any format, a
 * random-looking token, a URL password or a credential query value (`leaked-key` may be off, and only
 * knows keys in key variables).
 */
function lineReader(workspace, context, catalog) {
    const secretLines = new Set(context.findings.filter((f) => context.rules.find((r) => r.id === f.ruleId)?.security).map((f) => `${f.file}:${f.span.start.line}`));
    const cache = new Map();
    return (file, line) => {
        if (secretLines.has(`${file}:${line}`))
            return undefined;
        if (!cache.has(file))
            cache.set(file, readLines((0,external_node_path_.join)(workspace, file)));
        const text = cache.get(file)?.[line - 1];
        if (text === undefined || (0,redact/* secretLikeTokens */.is)(text, catalog).length > 0 || (0,redact/* maskStraySecrets */.xd)(text, catalog) !== text)
            return undefined;
        return text;
    };
}
/** Decoded as the scan decoded it (UTF-16, BOM), so lines and columns match the findings'. */
function readLines(path) {
    try {
        return (0,read/* decodeText */.g7)((0,external_node_fs_.readFileSync)(path)).split(/\r\n|\r|\n/);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   GO: () => (/* binding */ footerLine),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony exports escapeHtml, code, table, details */
/* harmony import */ var _probes_support_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2156);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);


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
/** Indents every line but the first by `spaces`, so a block continues a list item. */
function continueListItem(block, spaces = 2) {
    return block.replace(/\n(?!\n)/g, `\n${' '.repeat(spaces)}`);
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
/** The documentation page of a rule. */
function ruleDocUrl(tool, ruleId) {
    return `${tool.docsBaseUrl.replace(/\/+$/, '')}/${ruleId}.md`;
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
    return _severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter(severity => count[severity] > 0)
        .map(severity => plural(count[severity], severity))
        .join(', ');
}
/** The one-line verdict both reports open with. */
function verdictLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : '';
    const found = countsText(counts);
    if (found === '')
        return `✅ **No problems found**${suppressed}`;
    if ((0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .failingFindings */ .v9)(context.findings, context.failOn).length > 0) {
        return `❌ **${found}**${suppressed}: the check fails (fail-on: ${code(context.failOn)})`;
    }
    const icon = counts.errors + counts.warnings > 0 ? '⚠️' : 'ℹ️';
    const why = context.failOn === 'never' ? 'nothing fails' : 'below the fail-on level';
    return `${icon} **${found}**${suppressed}: ${why} (fail-on: ${code(context.failOn)})`;
}
/** The footer: counts, what was checked, and where the rules are documented. */
function footerLine(context, note) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const count = bySeverity(counts);
    const parts = [
        ..._severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map(severity => plural(count[severity], severity)),
        `${counts.suppressed} suppressed`,
        `${plural(context.stats.files, 'file')} and ${plural(context.stats.entries, 'setting')} checked`,
        `${escapeText(context.tool.name)} ${escapeText(context.tool.version)}`,
        link('rule docs', context.tool.docsBaseUrl)
    ];
    return `---\n<sub>${parts.join(' · ')}</sub>${note ? `\n\n<sub>${escapeText(note)}</sub>` : ''}`;
}
const SUPPRESSED_BY = {
    inline: 'Suppressed by an inline comment',
    config: 'Suppressed in the config file',
    baseline: 'Accepted in the baseline'
};
/** `file:line:column` of a finding, as a code span. */
function locationOf(finding) {
    return code(`${finding.file}:${finding.span.start.line}:${finding.span.start.column}`);
}
/** One finding as a list item: severity, location, message, rule link, fix, and an optional suggestion. */
function findingItem(context, finding, suggestion) {
    const head = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**`,
        locationOf(finding),
        `${messageMarkdown(finding.message)} (${link(finding.ruleId, ruleDocUrl(context.tool, finding.ruleId))})`
    ].join(' · ');
    const lines = [head];
    if (finding.suppressed) {
        const reason = finding.suppressed.reason ? `: ${escapeText(finding.suppressed.reason)}` : '';
        lines.push(`${SUPPRESSED_BY[finding.suppressed.by]}${reason}`);
    }
    else if (finding.fix !== undefined) {
        lines.push(`**Fix:** change it to ${code(finding.fix)}`);
    }
    if (suggestion !== undefined)
        lines.push(`Suggested change for line ${finding.span.start.line}:\n${fencedBlock('suggestion', suggestion)}`);
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
    return `${visible}\n\n${details(`${plural(rest.length, 'more finding')} in this section`, rest.join('\n'))}`;
}
/** `NAME` = `value`, either part optional. */
function setting(name, value, extra = '') {
    const parts = [name === undefined ? undefined : code(name), value === undefined ? undefined : code(value)];
    const shown = parts.filter(part => part !== undefined).join(' = ');
    return shown === '' ? '—' : `${shown}${extra}`;
}
/** The table of a scope: one row per key ↔ base URL ↔ model pairing. */
function scopeTable(scope) {
    if (scope.rows.length === 0)
        return '*No key, base URL or model settings in this scope.*';
    return table(['Key', 'Base URL', 'Model', 'Request URL'], scope.rows.map(row => [
        setting(row.keyName, row.keyMasked, row.keyProvider ? ` (${escapeText(row.keyProvider)})` : ''),
        setting(row.baseUrlName, row.baseUrl, row.baseUrlDefault ? ' (default: the setting is empty or unset)' : ''),
        row.model === undefined ? '—' : code(row.model),
        row.effectiveUrl === undefined ? '—' : code(row.effectiveUrl)
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
    const evidence = scope.clientEvidence ? `: ${escapeText(scope.clientEvidence)}` : '';
    const guess = scope.clientConfidence === 'guessed' ? ' — a guess, so findings are at most warnings' : '';
    return `Client: **${escapeText(scope.client)}**, from ${BASIS_WORDS[scope.clientBasis]}${evidence}${guess}`;
}
function scopeHeading(scope) {
    const label = scope.label === scope.file ? '' : ` · ${escapeText(scope.label)}`;
    return `#### ${code(scope.file)}${label}`;
}
function scopeSection(context, scope, findings, layout) {
    const parts = [scopeHeading(scope), clientLine(scope), scopeTable(scope)];
    if (findings.length > 0)
        parts.push(findingList(context, findings, layout));
    return parts.join('\n\n');
}
const OUTCOME_ICON = { verified: '✅', rejected: '❌', indeterminate: '❔' };
const SUBJECT = { 'probe-key': 'key', 'probe-model': 'model', 'probe-route': 'route' };
const subjectOf = (check) => check.rule === 'probe-model' && check.model !== undefined ? `model ${code(check.model)}` : SUBJECT[check.rule];
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
    const head = `- ${OUTCOME_ICON[check.outcome]} **${check.outcome}**, ${subjects.join(' and ')}: ${messageMarkdown(check.explanation)}`;
    const lines = [check.outcome === 'verified' ? head : `${head}. **Next step:** ${messageMarkdown(check.nextStep)}`];
    if (check.support)
        lines.push(fencedBlock('text', (0,_probes_support_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSupportBlock */ .O3)(check.support)));
    return continueListItem(lines.join('\n'));
}
/** One probed key: where it is configured, where it went, and its checks as a nested list. */
function probeItem(probe) {
    const where = probe.file === '' ? 'the inputs' : `${code(probe.file)}${probe.scope === undefined || probe.scope === probe.file ? '' : ` · ${escapeText(probe.scope)}`}`;
    const head = `- ${OUTCOME_ICON[probe.outcome]} **${probe.outcome}** · ${code(probe.name)} = ${code(probe.key)} from ${where} → ${code(probe.baseUrl)}`;
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
    const rank = (finding) => _severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(finding.severity);
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
        parts.push(details(`${plural(clean.length, 'scope')} without findings`, sections));
    }
    const suppressed = groups.suppressed.filter(finding => shown.has(finding));
    if (suppressed.length > 0) {
        const list = suppressed.map(finding => findingItem(context, finding)).join('\n');
        parts.push(details(plural(suppressed.length, 'suppressed finding'), list));
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


/***/ })

};

//# sourceMappingURL=161.index.js.map