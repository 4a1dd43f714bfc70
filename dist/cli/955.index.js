export const id = 955;
export const ids = [955];
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


/***/ }),

/***/ 955:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandSafe: () => (/* binding */ commandSafe),
/* harmony export */   escapeControl: () => (/* binding */ escapeControl),
/* harmony export */   formatFindingLine: () => (/* binding */ formatFindingLine),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   textReporter: () => (/* binding */ textReporter)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2831);
/* harmony import */ var _core_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3252);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);



/** `3 errors`, `1 warning`, `0 notes`. */
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/**
 * Repository text (file names, quoted values) made safe for a terminal or a CI log: line breaks and other
 * control characters become `\u....` escapes, so a file named `a\n::error::…` cannot start a line of its own
 * (a forged finding, or a workflow command when the CLI runs in GitHub Actions) and ANSI sequences stay inert.
 * Bidirectional overrides and marks are escaped too: they make a line read differently from what it says.
 */
const escapeControl = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * A whole output line that cannot be a workflow command: the runner takes a line starting with `::` (spaces
 * before it allowed) as one, so a file named `::error::…` at the start of a finding line gets its first colon escaped.
 */
const commandSafe = (line) => line.replace(/^(\s*):(?=:)/, '$1\\u003a');
/** One finding as `file:line:col: severity message: tip [rule-id]` (actionlint's format, with the severity added). */
const formatFindingLine = (finding) => commandSafe(`${where(finding)}: ${finding.severity} ${escapeControl((0,_core_message_js__WEBPACK_IMPORTED_MODULE_0__/* .withTip */ .q)(finding.message, finding.tip))} [${finding.ruleId}]`);
/** A probe of the `--base-url` given on the command line belongs to no file. */
const where = (finding) => finding.file === '' ? '(command line)' : `${escapeControl(finding.file)}:${finding.span.start.line}:${finding.span.start.column}`;
/** `3 errors, 1 warning, 0 notes in 12 files`, plus `(2 suppressed)` when any were. */
function summaryLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const line = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(context.stats.files, 'file')}`;
    return counts.suppressed > 0 ? `${line} (${counts.suppressed} suppressed)` : line;
}
/**
 * The human format: one line per finding, sorted, then the summary line. Suppressed findings are left
 * out (they only show in the summary's count). Ends with a newline.
 */
const textReporter = {
    format: 'text',
    render(context) {
        const lines = context.findings
            .filter((finding) => !finding.suppressed)
            .sort(_core_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareFindings */ .Eg)
            .map(formatFindingLine);
        return [...lines, summaryLine(context)].join('\n') + '\n';
    }
};


/***/ })

};
