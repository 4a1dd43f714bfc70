export const id = 4310;
export const ids = [4310];
export const modules = {

/***/ 4205:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ ruleDocUrl)
});

;// CONCATENATED MODULE: ./src/rules/docs.ts
const BEGIN = '<!-- begin generated -->';
const END = '<!-- end generated -->';
const MESSAGE_BEGIN = '<!-- begin generated message -->';
const MESSAGE_END = '<!-- end generated message -->';
const yesNo = (flag) => (flag ? 'yes' : 'no');
/** The anchor of a message's section in its rule's page: GitHub's slug of the `### <messageId>` heading. */
const messageAnchor = (messageId) => messageId.toLowerCase();
/** The header of a rule's page: id, description, default severity, security, message ids. */
function ruleHeader(meta) {
    const messages = Object.keys(meta.messages)
        .map((id) => `[\`${id}\`](#${messageAnchor(id)})`)
        .join(', ');
    return [
        BEGIN,
        `# ${meta.id}`,
        '',
        `> ${meta.description}`,
        '',
        '| Default severity | Security | Messages |',
        '|---|---|---|',
        `| ${meta.severity} | ${yesNo(meta.security)} | ${messages} |`,
        END
    ].join('\n');
}
/** `docs/rules/README.md`: one row per rule, in registry order (the static rules, then the live probes'). */
function rulesIndex(rules) {
    return [
        BEGIN,
        '# Rules',
        '',
        'Every rule can be set to `error`, `warning`, `note` or `off` in `.llm-env-lint.yml`, and silenced on one line',
        'with a `llm-env-lint-ignore <rule-id>` comment on that line or the line above. The `probe-*` rules report live',
        'probes, which run only when asked for (`probe: true`, `--probe`; see [live probes](../probes.md)).',
        '',
        '| Rule | Description | Default severity | Security |',
        '|---|---|---|---|',
        ...rules.map((meta) => `| [${meta.id}](${meta.id}.md) | ${meta.description} | ${meta.severity} | ${yesNo(meta.security)} |`),
        END,
        ''
    ].join('\n');
}
/** A page with its generated header replaced (or put in front when the page has none yet). */
function withHeader(page, header) {
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    if (start === -1 || end === -1)
        return `${header}\n\n${page}`;
    return page.slice(0, start) + header + page.slice(end + END.length);
}
/** The generated header currently in a page, if any. */
function headerOf(page) {
    const start = page.indexOf(BEGIN);
    const end = page.indexOf(END);
    return start === -1 || end === -1 ? undefined : page.slice(start, end + END.length);
}
/** An inline code span whose fence is longer than any backtick run in `text` (a tip may quote a command). */
function codeSpan(text) {
    const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/**
 * The generated opening of a message's section, under its `### <messageId>` heading: the message and tip templates,
 * and for a rule with autofixes whether `--fix` applies this message's fix.
 */
function messageBlock(meta, messageId) {
    const tip = meta.tips?.[messageId];
    const autofix = meta.autofix?.includes(messageId) ? 'yes, `--fix` applies its fix' : 'no';
    return [
        MESSAGE_BEGIN,
        `- Message: ${codeSpan(meta.messages[messageId] ?? '')}`,
        ...(tip === undefined ? [] : [`- Tip: ${codeSpan(tip)}`]),
        ...(meta.autofix === undefined ? [] : [`- Autofix: ${autofix}`]),
        MESSAGE_END
    ].join('\n');
}
/**
 * A page with the generated block of every message put right under the message's heading, replacing the block there;
 * the hand-written notes after it stay. Headings are not added: the docs test asks for them.
 */
function withMessageBlocks(page, meta) {
    // An empty block (begin and end on adjacent lines) is a block too: else the match runs on to the next section's end.
    return page.replace(/^### (\S+)\n(?:\n<!-- begin generated message -->\n(?:[\s\S]*?\n)??<!-- end generated message -->\n)?/gm, (whole, id) => id in meta.messages ? `### ${id}\n\n${messageBlock(meta, id)}\n` : whole);
}

;// CONCATENATED MODULE: ./src/reporters/doc-url.ts

/**
 * The documentation page of a rule (`…/base-url-path.md`), or a message's section in it (`…/base-url-path.md#doubledversion`).
 * A finding merged from a report of an earlier version has no message id: its link is the page.
 */
function ruleDocUrl(tool, ruleId, messageId) {
    const page = `${tool.docsBaseUrl.replace(/\/+$/, '')}/${ruleId}.md`;
    return messageId === undefined || messageId === '' ? page : `${page}#${messageAnchor(messageId)}`;
}


/***/ }),

/***/ 4310:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jsonReporter: () => (/* binding */ jsonReporter)
/* harmony export */ });
/* harmony import */ var _doc_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4205);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);


function toJsonFinding(context, finding) {
    const { start, end } = finding.span;
    return {
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        message: finding.message,
        ...(finding.tip !== undefined && { tip: finding.tip }),
        helpUri: (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocUrl */ .C)(context.tool, finding.ruleId, finding.messageId),
        file: finding.file,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        fingerprint: finding.fingerprint,
        // Optional fields are left out rather than written as null, so consumers can test for presence.
        ...(finding.fix !== undefined && { fix: finding.fix }),
        ...(finding.edit !== undefined && { edit: finding.edit }),
        ...(finding.fixedLine !== undefined && { fixedLine: finding.fixedLine }),
        origin: finding.origin,
        ...(finding.suppressed !== undefined && { suppressed: finding.suppressed })
    };
}
function toJsonReport(context) {
    return {
        findings: context.findings.map(finding => toJsonFinding(context, finding)),
        scopes: context.scopes,
        summary: { ...(0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings), files: context.stats.files },
        tool: { name: context.tool.name, version: context.tool.version },
        ...(context.files && { files: context.files })
    };
}
/** Pretty-printed JSON with a final newline; every finding is included, suppressed ones marked. */
const jsonReporter = {
    format: 'json',
    render: (context) => JSON.stringify(toJsonReport(context), null, 2) + '\n'
};


/***/ })

};

//# sourceMappingURL=4310.index.js.map