export const id = 848;
export const ids = [848];
export const modules = {

/***/ 2848:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderParser: () => (/* binding */ renderParser)
/* harmony export */ });
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9662);

/**
 * What an env var without a `value` is filled from, as entry meta. Blueprint spec:
 * https://render.com/docs/blueprint-spec#environment-variables — `sync: false` asks for the value in the
 * dashboard, `generateValue: true` makes Render generate one, `fromDatabase`/`fromService` copy another
 * resource's property.
 */
function sourceMeta(src, item) {
    const meta = {};
    const sync = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'sync')?.value);
    if (sync !== undefined)
        meta.sync = sync === 'true';
    if ((0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'generateValue')?.value) === 'true')
        meta.generateValue = true;
    for (const origin of ['fromDatabase', 'fromService']) {
        const from = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, origin)?.value;
        const name = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, from, 'name')?.value);
        if (name === undefined)
            continue;
        meta[origin] = name;
        const property = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, from, 'property')?.value) ?? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, from, 'envVarKey')?.value);
        if (property !== undefined)
            meta.property = property;
    }
    return meta;
}
/**
 * `envVars:` items with a `key`. Items that only import a group (`- fromGroup: name`) have no key of their
 * own and give no entry.
 */
function envVarEntries(src, node, scope, path) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(src, node).flatMap((item) => {
        const keyNode = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'key')?.value;
        const key = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, keyNode);
        if (key === undefined || !keyNode)
            return [];
        const meta = sourceMeta(src, item);
        const place = { kind: 'render', scope, path: [...path, key], key, keySpan: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .spanOf */ .ee)(src, keyNode), meta };
        return [(0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .buildEntry */ .Jo)(src, place, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .scalarValue */ .Um)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, item, 'value')?.value))];
    });
}
/** Entries of every named resource in a top-level list (`services`, `envVarGroups`). */
function resourceEntries(src, list) {
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .items */ .ld)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, src.doc.contents, list)?.value).flatMap((resource, i) => {
        const name = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, resource, 'name')?.value) ?? String(i);
        return envVarEntries(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .field */ .ZZ)(src, resource, 'envVars')?.value, `${src.path}#${list}.${name}`, [list, i, 'envVars']);
    });
}
/** Render blueprints: env vars of services and of env var groups. */
const renderParser = {
    kind: 'render',
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(file);
        const entries = [...resourceEntries(src, 'services'), ...resourceEntries(src, 'envVarGroups')];
        return { entries, diagnostics: src.diagnostics };
    }
};


/***/ })

};
