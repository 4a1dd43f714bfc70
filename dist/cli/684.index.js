export const id = 684;
export const ids = [684];
export const modules = {

/***/ 3252:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate),
/* harmony export */   q: () => (/* binding */ withTip)
/* harmony export */ });
/** Filling a rule's message and tip templates, and joining the two where an output has one line for both. */
/** Fills `{{name}}` placeholders; an unknown name stays visible so tests catch it. */
function fillTemplate(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => data[name] ?? whole);
}
/**
 * Message and tip as one line (`…, so it calls https://…/v1/v1/chat/completions: use "https://…"`), for the
 * outputs with room for one line only (text, annotations, SARIF result text) and for fingerprints, which were
 * made from this line before tips were split off and so stay the same.
 */
function withTip(message, tip) {
    return tip === undefined ? message : `${message}: ${tip}`;
}


/***/ }),

/***/ 2831:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Qr: () => (/* binding */ compareLocations),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
const compareFindings = (a, b) => compareLocations(a, a.ruleId, b, b.ruleId);
/**
 * {@link compareFindings} for what carries its rule apart (a rule's report and the rule's id): sorting thousands of
 * reports asks this tens of thousands of times, and no object is made per question.
 */
function compareLocations(a, aRule, b, bRule) {
    return (compareText(a.file, b.file) ||
        a.span.start.line - b.span.start.line ||
        a.span.start.column - b.span.start.column ||
        compareText(aRule, bRule) ||
        compareText(a.messageId, b.messageId));
}
/** UTF-16 code unit order: the same on every machine, whatever the locale. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

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


/***/ }),

/***/ 5271:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ isFailOn),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2831);

/** Every accepted threshold, most severe first (the order help texts and error messages list them in). */
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'never'];
/** Severities from most to least severe. */
const SEVERITIES = ['error', 'warning', 'note'];
/** Whether a finding of `severity` reaches the `failOn` threshold; nothing reaches `never`. */
function atOrAbove(severity, failOn) {
    return failOn !== 'never' && _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[severity] >= _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn];
}
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            counts.suppressed++;
        else if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.notes++;
    }
    return counts;
}
/** The findings that fail the run: not suppressed, and at or above the threshold. */
const failingFindings = (findings, failOn) => findings.filter((finding) => !finding.suppressed && atOrAbove(finding.severity, failOn));


/***/ })

};
