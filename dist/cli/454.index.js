export const id = 454;
export const ids = [454];
export const modules = {

/***/ 5454:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PR_COMMENT_MARKER: () => (/* binding */ PR_COMMENT_MARKER),
/* harmony export */   PR_COMMENT_MAX_LENGTH: () => (/* binding */ PR_COMMENT_MAX_LENGTH),
/* harmony export */   lineSuggestions: () => (/* binding */ lineSuggestions),
/* harmony export */   prCommentReporter: () => (/* binding */ prCommentReporter),
/* harmony export */   renderPrComment: () => (/* binding */ renderPrComment),
/* harmony export */   renderShortPrComment: () => (/* binding */ renderShortPrComment),
/* harmony export */   suggestionMaker: () => (/* binding */ suggestionMaker)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4369);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1145);


/** The hidden first line by which the comment is found again. Never change it: old comments would be orphaned. */
const PR_COMMENT_MARKER = '<!-- llm-env-lint:report -->';
/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"). */
const PR_COMMENT_MAX_LENGTH = 65_536;
/** Under the footer in `scope: changed` mode, so an all-clear is not read as "the whole repository is clean". */
const CHANGED_FILES_NOTE = 'Only findings in files this pull request changes are shown; the job summary lists every finding.';
function preamble(context) {
    return `${PR_COMMENT_MARKER}\n### ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(context.tool.name)}`;
}
/**
 * The comment body, Markdown, starting with {@link PR_COMMENT_MARKER}. With no active findings (and no live
 * probes to show) it is a short all-clear. Never longer than `maxLength`: the least severe findings are cut first
 * and counted.
 */
function renderPrComment(context, options = {}) {
    const footerNote = options.changedFilesOnly ? CHANGED_FILES_NOTE : undefined;
    // Probes that all passed still belong in the comment: the reader wants to see that the key works.
    if (context.findings.every(finding => finding.suppressed) && !context.probes?.length)
        return renderShortPrComment(context, { footerNote });
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReport */ .B1)(context, {
        preamble: preamble(context),
        suggestion: suggestionMaker(options),
        footerNote,
        limit: {
            max: options.maxLength ?? PR_COMMENT_MAX_LENGTH,
            measure: text => text.length,
            seeAlso: 'see the job summary'
        }
    });
}
/**
 * A short body: marker, verdict, an optional note, and the footer. It is the all-clear, and the body to
 * post instead when GitHub rejects the full one (`fallbackBody` of `upsertStickyComment`).
 */
function renderShortPrComment(context, notes = {}) {
    const parts = [preamble(context), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .verdictLine */ .MT)(context)];
    if (notes.note !== undefined)
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(notes.note));
    parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .footerLine */ .GO)(context, notes.footerNote));
    return `${parts.join('\n\n')}\n`;
}
/**
 * The `suggestion` block content for a finding, when its fix can be applied honestly: the engine gave it the
 * corrected line (a one-line edit, no credential on the line, no security rule), on a line the PR changes.
 */
function suggestionMaker(options) {
    const { changedLines, suggestions = true } = options;
    if (changedLines === undefined || !suggestions)
        return undefined;
    return ({ file, edit, fixedLine }) => (edit && changedLines.get(file)?.has(edit.range.start.line) ? fixedLine : undefined);
}
/**
 * One review suggestion per changed line that has a fix, from the first finding on it (in report order) whose
 * fix can be suggested: the rule, the message and a `suggestion` block with the corrected line. Suppressed
 * findings suggest nothing.
 */
function lineSuggestions(context, options) {
    const suggest = suggestionMaker(options);
    if (suggest === undefined)
        return [];
    const byLine = new Map();
    for (const finding of context.findings) {
        const text = finding.suppressed ? undefined : suggest(finding);
        // A suggestion exists only for a finding with a one-line edit, on that line.
        const line = finding.edit?.range.start.line ?? 0;
        const where = `${finding.file}\0${line}`;
        if (text === undefined || byLine.has(where))
            continue;
        byLine.set(where, {
            path: finding.file,
            line,
            body: `**${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(finding.ruleId)}**: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .messageMarkdown */ .zv)(finding.message)}\n\n${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .fencedBlock */ .zW)('suggestion', text)}\n`
        });
    }
    return [...byLine.values()];
}
/** {@link renderPrComment} as a {@link Reporter}. */
const prCommentReporter = { format: 'pr-comment', render: renderPrComment };


/***/ })

};
