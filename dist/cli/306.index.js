export const id = 306;
export const ids = [306];
export const modules = {

/***/ 5306:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ReportFileError: () => (/* binding */ ReportFileError),
/* harmony export */   mergeReports: () => (/* binding */ mergeReports),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2831);
/* harmony import */ var _probes_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7328);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/**
 * `llm-env-lint merge`: the JSON reports of several repositories (an organisation's, collected by a workflow)
 * as one report in any format, each repository's paths under its name. Pure: the edge reads the files.
 */




/** A report file that is not an llm-env-lint JSON report; the message names the file (a usage error). */
class ReportFileError extends Error {
    name = 'ReportFileError';
}
const severity = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['error', 'warning', 'note']);
const position = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(), column: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int() });
/** What the merge reads of a JSON report (src/reporters/json.ts); anything else in it is ignored. */
const reportSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    tool: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j.name), version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }),
    summary: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ files: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().nonnegative() }),
    findings: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        ruleId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        severity,
        // Reports of earlier versions carry no message id and no tip.
        messageId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default(''),
        message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        tip: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        line: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        column: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        endLine: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        endColumn: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int(),
        fingerprint: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        fix: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        edit: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ range: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ start: position, end: position }), replacement: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() }).optional(),
        fixedLine: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        origin: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['tree', 'history', 'probe']).optional(),
        suppressed: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ by: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['inline', 'config', 'baseline']), reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional() }).optional()
    })),
    scopes: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        file: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        label: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        client: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        // Reports of earlier versions carry no basis: the client was then the repository's.
        clientBasis: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['file-kind', 'image', 'configured', 'manifest', 'repository', 'default']).default('repository'),
        clientEvidence: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        clientConfidence: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['known', 'guessed']).default('known'),
        rows: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()])))
    }))
});
/** Reads one report's text; throws ReportFileError naming `file` when it is not a JSON report of this tool. */
function readReport(text, file) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new ReportFileError(`${file}: not JSON; pass reports written by llm-env-lint --format json or the action's report-json`);
    }
    const parsed = reportSchema.safeParse(json);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    throw new ReportFileError(`${file}: not an llm-env-lint JSON report (${issue.path.join('.') || 'the file'}: ${issue.message})`);
}
/** `name/path`; a finding of no file (a probe of a command-line base URL) belongs to the repository itself. */
const under = (name, path) => (path === '' ? name : `${name}/${path}`);
/**
 * One report context for the reports, each repository's paths prefixed with its name, findings sorted as in any
 * report. Messages were masked when each report was written; nothing here unmasks or adds text.
 */
function mergeReports(reports, failOn) {
    const findings = reports.flatMap(({ name, report }) => report.findings.map((finding) => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        message: finding.message,
        ...(finding.tip !== undefined && { tip: finding.tip }),
        file: under(name, finding.file),
        span: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        fingerprint: finding.fingerprint,
        ...(finding.fix !== undefined && { fix: finding.fix }),
        ...(finding.edit !== undefined && { edit: finding.edit }),
        ...(finding.fixedLine !== undefined && { fixedLine: finding.fixedLine }),
        // Reports of earlier versions do not say; only a probe rule's findings can be told apart.
        origin: finding.origin ?? (_probes_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .PROBE_RULES */ .$J.some((rule) => rule.id === finding.ruleId) ? 'probe' : 'tree'),
        ...(finding.suppressed !== undefined && { suppressed: finding.suppressed })
    })));
    const scopes = reports.flatMap(({ name, report }) => report.scopes.map((scope) => ({ ...scope, id: under(name, scope.id), file: under(name, scope.file), label: `${name}: ${scope.label}` })));
    return {
        findings: findings.sort(_core_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareFindings */ .Eg),
        rules: _probes_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .ALL_RULE_METAS */ .kE,
        scopes,
        tool: _version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL */ .j,
        stats: { files: reports.reduce((sum, { report }) => sum + report.summary.files, 0), entries: 0 },
        failOn
    };
}


/***/ })

};
