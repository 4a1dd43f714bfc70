export const id = 187;
export const ids = [187];
export const modules = {

/***/ 6187:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BaselineError: () => (/* binding */ BaselineError),
/* harmony export */   applyBaseline: () => (/* binding */ applyBaseline),
/* harmony export */   readBaseline: () => (/* binding */ readBaseline),
/* harmony export */   writeBaseline: () => (/* binding */ writeBaseline)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2831);


/** A baseline file that cannot be used; the message names the file and what is wrong (a usage error). */
class BaselineError extends Error {
    name = 'BaselineError';
}
const BASELINE_VERSION = 1;
const baselineSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz('llm-env-lint'),
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(BASELINE_VERSION),
    findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({ fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{32}$/), ruleId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }))
});
/**
 * The baseline file for `findings`: every one not already suppressed otherwise (an inline comment, the config),
 * with its rule and file for the reader of a diff. Sorted, so rewriting an unchanged baseline changes nothing.
 */
function writeBaseline(findings) {
    const accepted = findings
        .filter((finding) => finding.suppressed === undefined || finding.suppressed.by === 'baseline')
        .map(({ fingerprint, ruleId, file }) => ({ fingerprint, ruleId, file }))
        .sort((a, b) => (0,_core_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.file, b.file) || (0,_core_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.ruleId, b.ruleId) || (0,_core_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.fingerprint, b.fingerprint));
    return `${JSON.stringify({ tool: 'llm-env-lint', version: BASELINE_VERSION, findings: accepted }, null, 2)}\n`;
}
/** Reads a baseline file's text; throws {@link BaselineError} naming `file` when it is not one. */
function readBaseline(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new BaselineError(`${file}: not JSON; write a baseline with --write-baseline ${file}`);
    }
    const parsed = baselineSchema.safeParse(json);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new BaselineError(`${file}: ${issue.path.join('.') || 'the file'}: ${issue.message}; write a baseline with --write-baseline ${file}`);
    }
    return { file, fingerprints: new Map(parsed.data.findings.map((finding) => [finding.fingerprint, finding.file])) };
}
/**
 * Marks the findings the baseline holds as suppressed (`by: 'baseline'`), unless something else suppressed them
 * first; returns them with the files of the baseline entries that matched nothing (fixed since, or stale).
 */
function applyBaseline(findings, baseline) {
    const matched = new Set();
    const marked = findings.map((finding) => {
        if (!baseline.fingerprints.has(finding.fingerprint))
            return finding;
        matched.add(finding.fingerprint);
        return finding.suppressed ? finding : { ...finding, suppressed: { by: 'baseline', reason: `in the baseline ${baseline.file}` } };
    });
    const unmatched = [...baseline.fingerprints].filter(([fingerprint]) => !matched.has(fingerprint)).map(([, file]) => file);
    return { findings: marked, unmatched };
}


/***/ })

};
