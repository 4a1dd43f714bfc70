export const id = 9985;
export const ids = [9985];
export const modules = {

/***/ 9985:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   continueParser: () => (/* binding */ continueParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9662);


/** The model settings the rules look at (https://docs.continue.dev/reference). */
const MODEL_FIELDS = ['name', 'provider', 'model', 'apiBase', 'apiKey'];
function modelEntries(src, model, scope, path) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .namedEntries */ .ix)(src, model, MODEL_FIELDS, (f) => ({ kind: 'continue', scope, path: [...path, f.key] }));
}
/** A list of models: one scope per model, named by its `name` (config.yaml), `title` (config.json) or else its index. */
function modelListEntries(src, list, section) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(src, list).flatMap((model, i) => {
        const label = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, model, 'name')?.value) ?? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, model, 'title')?.value) ?? String(i);
        return modelEntries(src, model, `${src.path}#${section}.${label}`, [section, i]);
    });
}
/** `tabAutocompleteModel` is one model or (config.json) a list of them; `embeddingsProvider` is one. */
function singleModelEntries(src, section) {
    const node = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, src.doc.contents, section)?.value);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
        return modelListEntries(src, node, section);
    return modelEntries(src, node, `${src.path}#${section}`, [section]);
}
/** Continue (IDE assistant) configs: API base, key and model of each configured model. */
const continueParser = {
    kind: 'continue',
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(file);
        return {
            entries: [
                ...modelListEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, src.doc.contents, 'models')?.value, 'models'),
                ...singleModelEntries(src, 'tabAutocompleteModel'),
                ...singleModelEntries(src, 'embeddingsProvider')
            ],
            diagnostics: src.diagnostics
        };
    }
};


/***/ })

};

//# sourceMappingURL=9985.index.js.map