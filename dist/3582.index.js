export const id = 3582;
export const ids = [3582];
export const modules = {

/***/ 3582:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   composeParser: () => (/* binding */ composeParser)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1075);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4302);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9662);





/** Any other YAML: a top-level `services:` and an indented `image:` or `build:` (checked again when parsed). */
const TOP_LEVEL_SERVICES = /^services[ \t]*:[ \t]*(?:#.*)?$/m;
const SERVICE_IMAGE_OR_BUILD = /^[ \t]+(?:image|build)[ \t]*:/m;
/**
 * Compose interpolation: `$$` is a literal `$` (https://docs.docker.com/reference/compose-file/interpolation/).
 * The value keeps the single `$`; when nothing but escaped dollars remains, the value is a literal even if
 * it now looks like a reference (`$${HOME}` → `${HOME}`).
 */
function interpretCompose(at) {
    const interpolated = (0,_values_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyValue */ .W)(at.value.replace(/\$\$/g, '')).form !== 'literal';
    return { ...at, value: at.value.replace(/\$\$/g, '$'), literal: !interpolated };
}
/**
 * Entries of `environment:` or `build.args:`. Map form reads like any YAML map; list form
 * (`- KEY=value`) splits at the first `=` and keeps the rest verbatim, quotes included, because
 * compose does not unquote it (`- BASE_URL="https://x"` gives the value `"https://x"`).
 */
function settingEntries(src, node, scope, path, meta = {}) {
    const resolved = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .resolve */ .hd)(src, node);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(resolved)) {
        return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .mapEntries */ .Nn)(src, resolved, (f) => ({ kind: 'compose', scope, path: [...path, f.key], meta }), interpretCompose);
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(resolved))
        return [];
    return (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(src, resolved)
        .filter((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item) && (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(item) !== undefined)
        .flatMap((item) => listItemEntry(src, item, scope, path, { ...meta, listForm: true }));
}
function listItemEntry(src, item, scope, path, meta) {
    const text = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(item);
    const eq = text.indexOf('=');
    const key = eq === -1 ? text : text.slice(0, eq);
    if (key === '')
        return [];
    const offsets = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .valueOffsets */ .uN)(src, item);
    const keySpan = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .spanInValue */ .Hq)(src, offsets, 0, key.length);
    const place = { kind: 'compose', scope, path: [...path, key], key, keySpan, meta };
    if (eq === -1)
        return [(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .buildEntry */ .Jo)(src, place)];
    const [from, to] = [eq + 1, text.length];
    const at = { value: text.slice(from), raw: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .rawInValue */ .hF)(src, offsets, from, to), span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .spanInValue */ .Hq)(src, offsets, from, to) };
    return [(0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .buildEntry */ .Jo)(src, place, interpretCompose(at))];
}
/** `env_file:` as a string, a list of strings, or a list of `{ path, required }`. */
function envFileRefs(src, node, scope) {
    const resolved = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .resolve */ .hd)(src, node);
    const candidates = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(resolved) ? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .items */ .ld)(src, resolved) : resolved ? [resolved] : [];
    return candidates.flatMap((candidate) => {
        const pathNode = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(candidate) ? (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, candidate, 'path')?.value : candidate;
        const written = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)(pathNode);
        if (written === undefined || written === '' || !pathNode)
            return [];
        return [{ scope, path: relativeToCompose(src.path, written), span: (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .spanOf */ .ee)(src, pathNode) }];
    });
}
/** Compose resolves `env_file` paths against the compose file's folder; we keep them repository-relative. */
function relativeToCompose(composePath, written) {
    const path = written.replace(/\\/g, '/');
    if (path.startsWith('/'))
        return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path);
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(composePath), path));
}
function serviceResult(src, name, service) {
    const scope = `${src.path}#services.${name}`;
    const build = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, service, 'build');
    // With `build:` beside it, `image:` also names what compose builds from the repository (compose-spec build.md):
    // the container may run the repository's code, so the image is marked as built.
    const image = (0,_clients_fingerprints_js__WEBPACK_IMPORTED_MODULE_4__/* .dockerImageFingerprint */ .ck)((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .scalarString */ .Cg)((0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, service, 'image')?.value), src.path, scope, build !== undefined);
    const environment = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, service, 'environment')?.value;
    const buildArgs = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, build?.value, 'args')?.value;
    return {
        entries: [
            ...settingEntries(src, environment, scope, ['services', name, 'environment']),
            ...settingEntries(src, buildArgs, scope, ['services', name, 'build', 'args'], { buildArg: true })
        ],
        envFiles: envFileRefs(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, service, 'env_file')?.value, scope),
        fingerprints: image ? [image] : []
    };
}
/** Docker Compose files: service environments, build args and `env_file` links. */
const composeParser = {
    kind: 'compose',
    sniff: (text) => TOP_LEVEL_SERVICES.test(text) && SERVICE_IMAGE_OR_BUILD.test(text),
    parse(file) {
        const src = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml */ .hN)(file);
        const services = (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .fields */ .OA)(src, (0,_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .field */ .ZZ)(src, src.doc.contents, 'services')?.value);
        const results = services.map((s) => serviceResult(src, s.key, s.value));
        return {
            entries: results.flatMap((r) => r.entries),
            diagnostics: src.diagnostics,
            envFiles: results.flatMap((r) => r.envFiles),
            fingerprints: results.flatMap((r) => r.fingerprints)
        };
    }
};


/***/ })

};

//# sourceMappingURL=3582.index.js.map