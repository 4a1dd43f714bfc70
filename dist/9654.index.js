export const id = 9654;
export const ids = [9654];
export const modules = {

/***/ 9654:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SUMMARY_MAX_BYTES: () => (/* binding */ SUMMARY_MAX_BYTES),
/* harmony export */   renderSummary: () => (/* binding */ renderSummary),
/* harmony export */   summaryReporter: () => (/* binding */ summaryReporter)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4369);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/**
 * The job summary: the whole report as GitHub-flavoured Markdown for `core.summary.addRaw()`, on every
 * event (push and schedule included). GitHub shows a step's summary only up to 1 MiB, so the text is cut
 * well before that, with a count of what was left out.
 */


/**
 * Bytes the summary may take. GitHub rejects a step summary over 1 MiB; the margin leaves room for
 * anything else the step appends.
 */
const SUMMARY_MAX_BYTES = 900 * 1024;
/** The job summary as Markdown (with a little HTML for collapsed sections). Pure. */
function renderSummary(context) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReport */ .B1)(context, {
        preamble: `## ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(context.tool.name)}`,
        limit: {
            max: SUMMARY_MAX_BYTES,
            measure: text => Buffer.byteLength(text, 'utf8'),
            seeAlso: 'the JSON and SARIF reports list every finding'
        }
    });
}
/** {@link renderSummary} as a {@link Reporter}. */
const summaryReporter = { format: 'summary', render: renderSummary };


/***/ })

};

//# sourceMappingURL=9654.index.js.map