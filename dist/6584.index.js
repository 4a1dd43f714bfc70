export const id = 6584;
export const ids = [6584];
export const modules = {

/***/ 6584:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_REQUEST_TIMEOUT_MS: () => (/* binding */ GITHUB_REQUEST_TIMEOUT_MS),
/* harmony export */   githubClient: () => (/* binding */ githubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }), request: { fetch: timedFetch } });
}


/***/ })

};

//# sourceMappingURL=6584.index.js.map