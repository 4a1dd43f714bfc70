export const id = 5020;
export const ids = [5020];
export const modules = {

/***/ 5020:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitlabCiParser: () => (/* binding */ gitlabCiParser)
/* harmony export */ });
/* harmony import */ var _entry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8518);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);


/**
 * Top-level keys that are not jobs (https://docs.gitlab.com/ci/yaml/#global-keywords); every other top-level
 * map is a job, hidden ones (`.template`) included: jobs extend them.
 */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec', 'image', 'services', 'cache', 'before_script', 'after_script']);
/**
 * GitLab CI: the global `variables:` (the file's scope, which every job receives) and each job's own
 * (`<file>#jobs.<name>`). A variable is `NAME: value` or `NAME: { value, description, expand, options }`;
 * `expand: false` keeps `$` as text (https://docs.gitlab.com/ci/yaml/#variablesexpand, GitLab 15.7:
 * gitlab-org/gitlab!102536).
 */
const gitlabCiParser = {
    kind: 'gitlab-ci',
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(file);
        const top = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(src, src.doc.contents);
        const global = variableEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, src.doc.contents, 'variables'), src.path, ['variables']);
        const jobs = top
            .filter((f) => !GLOBAL_KEYWORDS.has(f.key))
            .flatMap((job) => variableEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, job.value, 'variables'), (0,_entry_js__WEBPACK_IMPORTED_MODULE_1__/* .scopeId */ .IW)(src.path, `jobs.${job.key}`), [job.key, 'variables']));
        return { entries: [...global, ...jobs], diagnostics: src.diagnostics };
    }
};
function variableEntries(src, variables, scope, path) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .fields */ .OA)(src, variables?.value).map((f) => {
        const detailed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, f.value, 'value');
        const at = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarValue */ .Um)(src, detailed ? detailed.value : f.value);
        const literal = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, f.value, 'expand')?.value) === 'false';
        const place = { kind: 'gitlab-ci', scope, path: [...path, f.key], key: f.key, keySpan: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(src, f.keyNode) };
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .buildEntry */ .Jo)(src, place, at && { ...at, literal });
    });
}


/***/ })

};

//# sourceMappingURL=5020.index.js.map