export const id = 1508;
export const ids = [1508];
export const modules = {

/***/ 1508:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   served: () => (/* binding */ served)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _discover_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9711);
/* harmony import */ var _sources_limits_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5632);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1006);
/* harmony import */ var _sources_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4609);
/* harmony import */ var _providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8381);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1298);
/* harmony import */ var _worker_role_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1807);
/**
 * A worker thread of the scan's pool (./workers.ts): it answers batches of files with their outcomes (./outcome.ts,
 * the per-file work the main thread runs too, so both give the same facts).
 *
 * A worker starts the module it is given: from the sources (tsc output) this file, from an ncc bundle the bundle's
 * entry, which imports this file when its arguments carry the pool's mark (src/cli.ts, src/index.ts). ncc cannot emit
 * a separate worker file (it copies `new URL('./x.js', import.meta.url)` targets as raw assets), so the worker
 * re-enters the bundle it came from.
 */







/**
 * Answers the pool's batches until it terminates the thread. Files are read as the working-tree scan reads them
 * (`workTreeFiles`: readSource with the config's size cap, whole up to the parse cap). Anything thrown here (a parser that cannot be
 * loaded, a result that cannot be sent) ends the thread; the pool then leaves the batch to the main thread.
 */
function serve(port, { root, maxFileSize, providers }) {
    const catalog = (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .createCatalog */ .C)(providers);
    const base = (0,_discover_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readRoot */ .XD)(root);
    port.on('message', async ({ batch, paths }) => {
        await (0,_sources_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadParsers */ .lB)((0,_sources_index_js__WEBPACK_IMPORTED_MODULE_4__/* .kindsFor */ .Hk)(paths));
        const outcomes = paths.map((path) => (0,_outcome_js__WEBPACK_IMPORTED_MODULE_5__/* .fileOutcome */ .p)((0,_discover_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readSource */ .o$)(base, path, { maxFileSize, wholeUpTo: _sources_limits_js__WEBPACK_IMPORTED_MODULE_6__/* .PARSE_CAP_BYTES */ .T }), catalog));
        port.postMessage({ batch, outcomes });
    });
}
const isScanWorker = (data) => data?.role === _worker_role_js__WEBPACK_IMPORTED_MODULE_7__/* .SCAN_WORKER_ROLE */ .q;
/** Whether this thread is one the pool started, now serving it; false elsewhere (the entry then runs as usual). */
const served = !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort !== null && isScanWorker(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
if (served)
    serve(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort, node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);


/***/ })

};

//# sourceMappingURL=1508.index.js.map