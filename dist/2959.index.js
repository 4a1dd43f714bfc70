export const id = 2959;
export const ids = [2959];
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

/***/ 1145:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details),
/* harmony export */   zW: () => (/* binding */ fencedBlock),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony export escapeHtml */
/**
 * Markdown escaping for text from the repository under review, which on a pull request is written by its author:
 * every piece of it is escaped, values go into code spans, `@mentions` are defused, and nothing becomes a link
 * GitHub would make by itself. The layout (markdown.ts) builds only from these.
 */
/**
 * Bidirectional overrides, isolates and marks: they make text display in an order other than the one it has
 * (Trojan Source), so a file name or value could look like something else. Removed from everything rendered.
 */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * Escapes the characters that would turn text into markup, defuses `@mentions` (no one gets pinged), and keeps
 * GitHub from linking anything by itself: a zero-width space after `://` and after `www` stops its autolinks,
 * so a value from the repository never becomes a link a reader might follow. Bidi controls are dropped.
 */
function escapeText(text) {
    return text
        .replace(BIDI, '')
        .replace(/\r\n?|\n/g, ' ')
        // `$` opens GitHub's math syntax; the rest are CommonMark and GFM punctuation.
        .replace(/[\\`*_[\]<>|~&#$]/g, '\\$&')
        .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
        .replace(/:\/\//g, ':&#8203;//')
        .replace(/\b(www)(?=\.)/gi, '$1&#8203;');
}
/** Escapes text for an HTML context such as `<summary>`, where Markdown is not rendered. */
function escapeHtml(text) {
    return text.replace(BIDI, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function longestBacktickRun(text) {
    return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
}
/** An inline code span that survives backticks inside the value (CommonMark: a longer fence). */
function code(text) {
    const flat = text.replace(BIDI, '').replace(/\r\n?|\n/g, ' ');
    if (flat === '')
        return '*empty*';
    const fence = '`'.repeat(longestBacktickRun(flat) + 1);
    // A space keeps a leading or trailing backtick from merging with the fence; CommonMark strips one of each.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A link with escaped text; characters that would end the link destination are percent-encoded. */
function link(text, url) {
    const destination = url.replace(/[\s()<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeText(text)}](${destination})`;
}
/**
 * A GitHub table. Cells are Markdown already; every unescaped `|` in them is escaped, which GitHub
 * honours even inside code spans.
 */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(escapePipes).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function escapePipes(cell) {
    return cell.replace(/(\\*)\|/g, (whole, slashes) => (slashes.length % 2 === 1 ? whole : `${slashes}\\|`));
}
/** A collapsed section; `summary` is plain text. */
function details(summary, body) {
    return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run in the content. */
function fencedBlock(info, content) {
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    return `${fence}${info}\n${content}\n${fence}`;
}
/**
 * A rule message in Markdown. Messages quote values with `"` (the text format's convention); here the
 * quoted parts become code spans, as the Markdown outputs quote values with backticks. Bare URLs become code spans
 * too: shown whole and readable, never a link (what a repository writes must not turn into one).
 */
function messageMarkdown(message) {
    return message
        .split(/("[^"\n]+"|\b[a-z][a-z0-9+.-]*:\/\/[^\s"]*[^\s".,:;)])/i)
        .map((part, i) => (i % 2 === 0 ? escapeText(part) : code(part.startsWith('"') ? part.slice(1, -1) : part)))
        .join('');
}


/***/ }),

/***/ 2959:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SARIF_SCHEMA_URI: () => (/* binding */ SARIF_SCHEMA_URI),
/* harmony export */   pascalCase: () => (/* binding */ pascalCase),
/* harmony export */   renderSarif: () => (/* binding */ renderSarif),
/* harmony export */   sarifReporter: () => (/* binding */ sarifReporter)
/* harmony export */ });
/* harmony import */ var _core_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3252);
/* harmony import */ var _doc_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4205);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);



/** The schema URI GitHub's documentation uses. */
const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/**
 * `security-severity` for security rules, by default level: GitHub reads 7.0–8.9 as high, 4.0–6.9 as
 * medium, 0.1–3.9 as low.
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
/** `base-url-has-version` → `BaseUrlHasVersion`. */
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(word => word[0].toUpperCase() + word.slice(1))
        .join('');
}
/**
 * The rule's help: its description, then each message's tip (templates, `{{placeholders}}` as written) linked to
 * the message's section of the docs, then the page. Code scanning shows it under every alert of the rule.
 */
function help(context, rule) {
    const page = (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocUrl */ .C)(context.tool, rule.id);
    const tips = Object.keys(rule.messages).flatMap(id => {
        const tip = rule.tips?.[id];
        return tip === undefined ? [] : [{ id, tip, url: (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocUrl */ .C)(context.tool, rule.id, id) }];
    });
    const text = [rule.description, ...tips.map(({ id, tip, url }) => `- ${id}: ${tip} (${url})`), `Documentation: ${page}`];
    const markdown = [
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(rule.description),
        ...(tips.length > 0 ? [tips.map(({ id, tip, url }) => `- ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(id, url)}: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(tip)}`).join('\n')] : []),
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(`Documentation of ${rule.id}`, page)
    ];
    return { text: text.join('\n'), markdown: markdown.join('\n\n') };
}
function reportingDescriptor(context, rule) {
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.description },
        fullDescription: { text: rule.description },
        help: help(context, rule),
        helpUri: (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocUrl */ .C)(context.tool, rule.id),
        defaultConfiguration: { level: rule.severity },
        properties: {
            tags: rule.security ? ['security', 'llm-config'] : ['correctness', 'llm-config'],
            precision: 'high',
            ...(rule.security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {})
        }
    };
}
/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
function artifactUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/** SARIF regions use 1-based lines and columns with an exclusive end column, as our spans do (UTF-16 units). */
function region(span) {
    return {
        startLine: span.start.line,
        startColumn: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column
    };
}
/** A SARIF fix from the finding's edit: the exact text its fix replaces (a quoted value's quotes stay). */
function fixes({ edit, file }) {
    if (edit === undefined)
        return undefined;
    return [
        {
            description: { text: `Change it to "${edit.replacement}"` },
            artifactChanges: [
                {
                    artifactLocation: { uri: artifactUri(file) },
                    replacements: [{ deletedRegion: region(edit.range), insertedContent: { text: edit.replacement } }]
                }
            ]
        }
    ];
}
/**
 * One result. Its text is message and tip on one line (code scanning shows the text only); the message id, the tip
 * and the link to the message's section of the docs go in its property bag.
 */
function result(context, finding, ruleIndex) {
    return {
        ruleId: finding.ruleId,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: finding.severity,
        message: { text: (0,_core_message_js__WEBPACK_IMPORTED_MODULE_2__/* .withTip */ .q)(finding.message, finding.tip) },
        locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, region: region(finding.span) } }],
        // Code scanning matches alerts across runs by this hash; ours is built from content, not line numbers.
        partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
        fixes: fixes(finding),
        suppressions: finding.suppressed
            ? [
                {
                    kind: finding.suppressed.by === 'inline' ? 'inSource' : 'external',
                    ...(finding.suppressed.reason ? { justification: finding.suppressed.reason } : {})
                }
            ]
            : undefined,
        properties: {
            messageId: finding.messageId,
            ...(finding.tip !== undefined && { tip: finding.tip }),
            helpUri: (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleDocUrl */ .C)(context.tool, finding.ruleId, finding.messageId)
        }
    };
}
/** The SARIF log as pretty-printed JSON, ending in a newline. Pure. */
function renderSarif(context) {
    const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: context.tool.name,
                        semanticVersion: context.tool.version,
                        informationUri: context.tool.informationUri ?? context.tool.docsBaseUrl,
                        rules: context.rules.map(rule => reportingDescriptor(context, rule))
                    }
                },
                automationDetails: { id: `${context.tool.name}/` },
                columnKind: 'utf16CodeUnits',
                // A probe of the action's own inputs can have no file; code scanning rejects a result without a location.
                results: context.findings.filter(finding => finding.file !== '').map(finding => result(context, finding, ruleIndex.get(finding.ruleId) ?? -1))
            }
        ]
    };
    // JSON.stringify drops the `undefined` members (optional fixes and suppressions).
    return `${JSON.stringify(log, null, 2)}\n`;
}
/** {@link renderSarif} as a {@link Reporter}. */
const sarifReporter = { format: 'sarif', render: renderSarif };


/***/ })

};

//# sourceMappingURL=2959.index.js.map