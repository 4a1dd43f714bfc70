export const id = 7472;
export const ids = [7472];
export const modules = {

/***/ 7472:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appEngineParser: () => (/* binding */ appEngineParser)
/* harmony export */ });
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);

/** Every App Engine service file has a top-level `runtime:`; only those with variables are worth reading. */
const RUNTIME = /^runtime[ \t]*:/m;
const VARIABLES = /^(?:build_)?env_variables[ \t]*:/m;
/**
 * Google App Engine service files (`app.yaml`, or any name given to `gcloud app deploy`): `env_variables`
 * (runtime) and `build_env_variables` (build time), maps of names to strings
 * (https://cloud.google.com/appengine/docs/standard/reference/app-yaml#environment_variables). Found by
 * content, so a Kubernetes manifest that happens to be called `app.yaml` is still read as one.
 */
const appEngineParser = {
    kind: 'app-engine',
    sniff: (text) => RUNTIME.test(text) && VARIABLES.test(text),
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(file);
        const root = src.doc.contents;
        const entries = ['env_variables', 'build_env_variables'].flatMap((block) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .mapEntries */ .Nn)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, root, block)?.value, (f) => ({
            kind: 'app-engine',
            scope: src.path,
            path: [block, f.key],
            ...(block === 'build_env_variables' && { meta: { buildArg: true } })
        })));
        return { entries, diagnostics: src.diagnostics };
    }
};


/***/ })

};

//# sourceMappingURL=7472.index.js.map