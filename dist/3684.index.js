export const id = 3684;
export const ids = [3684];
export const modules = {

/***/ 3684:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATIONS_PER_LEVEL: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   annotationsReporter: () => (/* binding */ annotationsReporter),
/* harmony export */   renderAnnotations: () => (/* binding */ renderAnnotations)
/* harmony export */ });
/* harmony import */ var _core_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3252);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);


/**
 * GitHub shows at most this many annotations of each level per step and drops the rest silently
 * (actions/toolkit docs/problem-matchers.md, "Limitations"; runner `_maxCountPerIssueType`).
 */
const ANNOTATIONS_PER_LEVEL = 10;
function toAnnotation(finding) {
    const { start, end } = finding.span;
    // GitHub ignores columns on a multi-line range; its endColumn is exclusive like ours (github/docs#40038).
    const columns = start.line === end.line ? { startColumn: start.column, endColumn: end.column } : {};
    return {
        level: finding.severity,
        message: (0,_core_message_js__WEBPACK_IMPORTED_MODULE_0__/* .withTip */ .q)(finding.message, finding.tip),
        properties: { title: finding.ruleId, file: finding.file, startLine: start.line, endLine: end.line, ...columns }
    };
}
/** Security rules (leaked keys, exposed secrets) first within a level; otherwise the incoming order. */
function rankWithinLevel(findings, securityRules) {
    const security = (finding) => (securityRules.has(finding.ruleId) ? 0 : 1);
    return [...findings].sort((a, b) => security(a) - security(b));
}
function overflowNotice(overflow, toolName) {
    const more = overflow === 1 ? '1 more finding is' : `${overflow} more findings are`;
    return {
        level: 'note',
        message: `${more} not annotated: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level in a step. The full list is in this step's log and in the file named by the report-json output.`,
        properties: { title: toolName }
    };
}
/**
 * Picks the annotations GitHub will really display: the most severe findings first, at most
 * {@link ANNOTATIONS_PER_LEVEL} per level, and when some do not fit, one notice saying how many and
 * where to find them. The notice takes one of the notice slots so that it is never the one dropped.
 * Suppressed findings are never annotated and not counted as overflow.
 */
function renderAnnotations(context) {
    const active = context.findings.filter((finding) => !finding.suppressed);
    const securityRules = new Set(context.rules.filter((rule) => rule.security).map((rule) => rule.id));
    const byLevel = (level) => rankWithinLevel(active.filter((finding) => finding.severity === level), securityRules);
    const [errors, warnings, notes] = _severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map(byLevel);
    const hiddenAbove = Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL) + Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL);
    const allFit = hiddenAbove === 0 && notes.length <= ANNOTATIONS_PER_LEVEL;
    const noteSlots = allFit ? ANNOTATIONS_PER_LEVEL : ANNOTATIONS_PER_LEVEL - 1;
    const annotations = [
        ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
        ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
        ...notes.slice(0, noteSlots)
    ].map(toAnnotation);
    const overflow = active.length - annotations.length;
    return { annotations: overflow > 0 ? [...annotations, overflowNotice(overflow, context.tool.name)] : annotations, overflow };
}
/** {@link renderAnnotations} as a {@link Reporter}: the action issues each annotation. */
const annotationsReporter = { format: 'annotations', render: renderAnnotations };


/***/ })

};

//# sourceMappingURL=3684.index.js.map