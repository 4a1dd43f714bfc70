export const id = 8006;
export const ids = [8006];
export const modules = {

/***/ 8006:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   librechatParser: () => (/* binding */ librechatParser)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9662);


const settingEntries = (src, node, names, scope, path) => (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .namedEntries */ .ix)(src, node, names, (f) => ({ kind: 'librechat', scope, path: [...path, f.key] }));
/**
 * `models.default` gives one entry per model (key `models.default`, each with its own value span), so a
 * rule can point at the one model an account lacks; `models.fetch` gives one entry.
 */
function modelEntries(src, endpoint, scope, path) {
    const models = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, endpoint, 'models')?.value;
    const entryAt = (f, key, at, value) => {
        const place = { kind: 'librechat', scope, path: [...path, 'models', ...at], key, keySpan: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .spanOf */ .ee)(src, f.keyNode) };
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .buildEntry */ .Jo)(src, place, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .scalarValue */ .Um)(src, value));
    };
    const listed = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, models, 'default');
    const fetch = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, models, 'fetch');
    // A lone `default: gpt-4o` is read as a list of one.
    const modelNodes = (f) => ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(f.value) ? [f.value] : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(src, f.value));
    return [
        ...(listed ? modelNodes(listed).map((model, j) => entryAt(listed, 'models.default', ['default', j], model)) : []),
        ...(fetch ? [entryAt(fetch, 'models.fetch', ['fetch'], fetch.value)] : [])
    ];
}
/** `endpoints.custom[]`: one scope per endpoint, named by `name` or else its index. */
function customEntries(src, list) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(src, list).flatMap((endpoint, i) => {
        const name = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, endpoint, 'name')?.value) ?? String(i);
        const scope = `${src.path}#endpoints.custom.${name}`;
        const path = ['endpoints', 'custom', i];
        return [
            ...settingEntries(src, endpoint, ['name', 'baseURL', 'apiKey', 'provider', 'directEndpoint'], scope, path),
            ...modelEntries(src, endpoint, scope, path)
        ];
    });
}
/** A built-in endpoint (`openAI`, `anthropic`, …) and, for Azure, each of its `groups`. */
function builtinEntries(src, name, endpoint) {
    const scope = `${src.path}#endpoints.${name}`;
    const groups = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .items */ .ld)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, endpoint, 'groups')?.value).flatMap((group, i) => {
        const label = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, group, 'group')?.value) ?? String(i);
        return settingEntries(src, group, ['baseURL', 'apiKey'], `${scope}.groups.${label}`, ['endpoints', name, 'groups', i]);
    });
    return [...settingEntries(src, endpoint, ['baseURL', 'apiKey'], scope, ['endpoints', name]), ...groups];
}
/**
 * LibreChat's `librechat.yaml` (https://www.librechat.ai/docs/configuration/librechat_yaml). `apiKey: '${MY_KEY}'`
 * classifies as a reference; `user_provided` stays a literal, which the rules treat as a placeholder.
 */
/** A LibreChat config's top level (librechat.ai/docs/configuration/librechat_yaml): `version: 1.x.y` and `endpoints:`. */
const TOP_LEVEL_VERSION = /^version:[ \t]*['"]?\d+\.\d+/m;
const TOP_LEVEL_ENDPOINTS = /^endpoints:[ \t]*(?:#.*)?$/m;
const librechatParser = {
    kind: 'librechat',
    sniff: (text) => TOP_LEVEL_ENDPOINTS.test(text) && TOP_LEVEL_VERSION.test(text),
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(file);
        const entries = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .fields */ .OA)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(src, src.doc.contents, 'endpoints')?.value).flatMap((endpoint) => endpoint.key === 'custom' ? customEntries(src, endpoint.value) : builtinEntries(src, endpoint.key, endpoint.value));
        return { entries, diagnostics: src.diagnostics };
    }
};


/***/ })

};

//# sourceMappingURL=8006.index.js.map