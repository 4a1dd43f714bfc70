export const id = 1679;
export const ids = [1679];
export const modules = {

/***/ 1679:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   onlyChanged: () => (/* binding */ onlyChanged),
/* harmony export */   postComment: () => (/* binding */ postComment),
/* harmony export */   startChange: () => (/* binding */ startChange)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(530);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7460);
/* harmony import */ var _discover_git_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3473);
/* harmony import */ var _discover_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2623);
/* harmony import */ var _reporters_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7166);






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
            return (0,_discover_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .toChangedLines */ .I6)(files);
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e('llm-env-lint could not list the files this pull request changes; reporting on every file (scope: all)');
    }
    catch (error) {
        // Whatever goes wrong talking to GitHub (a malformed answer we failed to foresee included) is a warning.
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`llm-env-lint could not list the changed files: ${error instanceof Error ? error.message : String(error)}`);
    }
    return undefined;
}
async function changedFilesList(settings, pr) {
    try {
        return await (0,_discover_git_js__WEBPACK_IMPORTED_MODULE_3__/* .changedFilesFromGit */ .mD)(settings.workspace, pr.base.sha, 'HEAD');
    }
    catch (error) {
        if (!(error instanceof _discover_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS))
            throw error;
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`git could not diff the pull request (${error.message}); asking the GitHub API`);
    }
    if (!settings.githubToken)
        return undefined;
    // GitHub's client (Octokit and its HTTP stack) is loaded only when a run talks to GitHub.
    const [{ changedFiles }, { githubClient }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(8253)]).then(__webpack_require__.bind(__webpack_require__, 8253)), Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(6584)]).then(__webpack_require__.bind(__webpack_require__, 6584))]);
    const listed = await changedFiles(githubClient(settings.githubToken), { owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
    return listed.ok && listed.value.complete ? listed.value.files : undefined;
}
/**
 * Lines added by each commit of the PR: a key committed and removed again is still in the history.
 * Needs `fetch-depth: 0`; without the commits this is a warning, not a failure.
 */
async function historyOf(settings, pr) {
    try {
        return await (0,_discover_history_js__WEBPACK_IMPORTED_MODULE_4__/* .addedLinesInCommits */ .R)(settings.workspace, pr.base.sha, pr.head.sha);
    }
    catch (error) {
        if (!(error instanceof _discover_git_js__WEBPACK_IMPORTED_MODULE_3__/* .GitError */ .XS))
            throw error;
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`llm-env-lint did not scan the pull request's commits: ${error.message}`);
        return [];
    }
}
/** A workspace-relative path relative to the scanned folder; undefined outside it. */
function inRoot(path, settings) {
    const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(settings.workspace, settings.root).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
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
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e('llm-env-lint did not comment: the github-token input is empty');
        return '';
    }
    const [{ githubClient }, { upsertStickyComment }, { renderShortPrComment }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(6584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
        Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4369), __webpack_require__.e(7318)]).then(__webpack_require__.bind(__webpack_require__, 7318)),
        Promise.all(/* import() */[__webpack_require__.e(4369), __webpack_require__.e(5454)]).then(__webpack_require__.bind(__webpack_require__, 5454))
    ]);
    const reviewed = changed !== undefined && (await postSuggestions(context, settings, pr, changed));
    const body = (await (0,_reporters_index_js__WEBPACK_IMPORTED_MODULE_5__/* .reporter */ .YX)('pr-comment')).render(context, {
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
        fallbackBody: renderShortPrComment(context, { note: 'The full report did not fit in a comment; see the job summary.' })
    });
    if (result.ok)
        return result.value.url;
    _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`llm-env-lint did not comment: ${result.failure.message}`);
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
    const [{ githubClient }, { syncSuggestions }, { lineSuggestions }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(6584)]).then(__webpack_require__.bind(__webpack_require__, 6584)),
        Promise.all(/* import() */[__webpack_require__.e(9691), __webpack_require__.e(4369), __webpack_require__.e(6163)]).then(__webpack_require__.bind(__webpack_require__, 6163)),
        Promise.all(/* import() */[__webpack_require__.e(4369), __webpack_require__.e(5454)]).then(__webpack_require__.bind(__webpack_require__, 5454))
    ]);
    const result = await syncSuggestions(githubClient(settings.githubToken), {
        owner: pr.owner,
        repo: pr.repo,
        pullNumber: pr.number,
        commitId: pr.head.sha,
        suggestions: lineSuggestions(context, { changedLines: changed }),
        ...(settings.commentKey && { key: settings.commentKey })
    });
    if (!result.ok) {
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`llm-env-lint put its suggestions in the comment instead of a review: ${result.failure.message}`);
        return false;
    }
    const { created, deleted, capped } = result.value;
    if (capped > 0)
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .notice */ .lm(`llm-env-lint posted ${created} suggestions; ${capped} more follow in later runs`);
    if (created + deleted > 0)
        _commands_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`llm-env-lint review suggestions: ${created} posted, ${deleted} removed as fixed`);
    return true;
}


/***/ })

};

//# sourceMappingURL=1679.index.js.map