export const id = 369;
export const ids = [369];
export const modules = {

/***/ 1286:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ settle),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   dG: () => (/* binding */ caseData)
/* harmony export */ });
/* unused harmony export fill */
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38);
/* harmony import */ var _retry_after_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8786);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2258);
/**
 * Turns a case and an observation into words: the placeholder values the case texts use, and the verdicts.
 * Pure. Every value is safe to show: the key only masked, provider text scrubbed, URLs without query or user info.
 */



/** Placeholder values for one observation; `extra` adds what only the caller knows (model, count, reason…). */
function caseData(ctx, observed, extra = {}) {
    const { target } = ctx;
    const { exchange, facts } = observed;
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(observed.url);
    const title = facts?.title ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(facts.title, ctx.key, 80) : '';
    const answer = exchange?.kind === 'answer' ? exchange : undefined;
    const wait = answer ? (0,_retry_after_js__WEBPACK_IMPORTED_MODULE_2__/* .serverWaitMs */ .R)(answer.headers) : undefined;
    const redirected = answer !== undefined && answer.status >= 300 && answer.status < 400;
    return {
        key: ctx.keyMasked,
        host: url?.host ?? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(observed.url, ctx.key, 80),
        url: displayUrl(observed.url),
        path: url?.pathname ?? '',
        method: observed.method,
        answer: exchange ? answerLabel(exchange, facts, ctx.key) : '',
        detail: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(facts?.message ?? '', ctx.key) || 'no message',
        model: '',
        count: facts?.modelIds ? String(facts.modelIds.length) : '',
        suggestions: '',
        location: redirected ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(redirectTarget(answer.headers.location, observed.url), ctx.key) : '',
        title: title ? `, “${title}”` : '',
        contentType: answer ? (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(answer.headers['content-type'] ?? 'no content type', ctx.key, 80) : '',
        timeout: `${ctx.timeoutMs / 1000} s`,
        retryAfter: wait === undefined ? '' : `, retry after ${Math.ceil(wait / 1000)} s`,
        keyProvider: target.keyMatch?.provider.name ?? 'unknown provider',
        hostProvider: target.hostProvider?.name ?? url?.host ?? 'this host',
        apiRoot: target.hostProvider?.apiRoot ?? "as the provider's API documentation gives it",
        reason: '',
        ...extra
    };
}
/** `{{name}}` → `data[name]`. */
function fill(template, data) {
    return template.replace(/\{\{(\w+)\}\}/g, (_, name) => data[name] ?? '');
}
/** The verdicts a case gives: one for its subject, and the same outcome for each subject it also settles. */
function settle(probeCase, data, where = {}) {
    const explanation = fill(probeCase.explanation, data);
    const nextStep = fill(probeCase.nextStep, data);
    return [probeCase.rule, ...(probeCase.alsoSettles ?? [])].map((rule) => ({
        rule,
        outcome: probeCase.outcome,
        caseId: probeCase.id,
        data,
        explanation,
        nextStep,
        ...(where.step !== undefined && { step: where.step }),
        ...(rule === 'probe-model' && where.model !== undefined && { model: where.model })
    }));
}
/** A URL as it may be shown: origin and path, no user info, no query (Azure puts nothing secret there, others might). */
function displayUrl(text) {
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(text);
    return url ? `${url.origin}${url.pathname}` : '';
}
/** `HTTP 401, invalid_api_key`, or the failure's system code. */
function answerLabel(exchange, facts, key) {
    if (exchange.kind === 'failure')
        return exchange.detail;
    const code = facts?.codes.find((c) => !/^\d+$/.test(c));
    return code ? `HTTP ${exchange.status}, ${(0,_core_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanDetail */ .n4)(code, key, 60)}` : `HTTP ${exchange.status}`;
}
function redirectTarget(location, base) {
    if (!location)
        return 'nowhere (no location header)';
    const url = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlAsFetched */ .$C)(location, base);
    return url ? `${url.origin}${url.pathname}` : 'an invalid location';
}


/***/ }),

/***/ 8786:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ serverWaitMs)
/* harmony export */ });
/**
 * How long a server asks a client to wait, from its answer's headers. Pure, apart from the transport (http.ts), so the
 * reports that describe a probe's answer do not load Node's HTTP and TLS modules.
 */
/** `retry-after-ms` (openai-node), then `retry-after` as seconds or as an HTTP date. */
function serverWaitMs(headers, now = Date.now()) {
    const ms = Number(headers['retry-after-ms']);
    if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0)
        return ms;
    const value = headers['retry-after']?.trim();
    if (!value)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 2156:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ev: () => (/* binding */ supportInfo),
/* harmony export */   O3: () => (/* binding */ formatSupportBlock),
/* harmony export */   sd: () => (/* binding */ shownBaseUrl),
/* harmony export */   vV: () => (/* binding */ requestIdsOf)
/* harmony export */ });
/* unused harmony export REQUEST_ID_HEADERS */
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1286);
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2258);


/**
 * Response headers that identify a request (providers.md §6): OpenAI, Groq, vLLM `x-request-id`; Anthropic
 * `request-id`; one-api/new-api `x-oneapi-request-id` and `x-upstream-request-id`; Azure `apim-request-id`; LiteLLM
 * `x-litellm-call-id`; Cloudflare `cf-ray` and AI Gateway `cf-aig-log-id`; Vercel `x-vercel-id`; Volcengine `x-tt-logid`.
 */
const REQUEST_ID_HEADERS = [
    'x-request-id',
    'request-id',
    'x-oneapi-request-id',
    'x-upstream-request-id',
    'apim-request-id',
    'x-litellm-call-id',
    'cf-aig-log-id',
    'cf-ray',
    'x-vercel-id',
    'x-tt-logid'
];
/** The request ids an answer carries, from its headers (the list above plus the provider's own) and its body. */
function requestIdsOf(headers, facts, provider, key) {
    const names = [...new Set([...REQUEST_ID_HEADERS, ...(provider?.requestIdHeaders ?? []).map((h) => h.toLowerCase())])];
    const ids = names.filter((name) => headers[name]).map((name) => ({ name, value: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(headers[name], key, 120) }));
    if (facts?.bodyRequestId && !ids.some((id) => id.value === facts.bodyRequestId)) {
        ids.push({ name: 'body', value: (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(facts.bodyRequestId, key, 120) });
    }
    return ids;
}
/** The support facts behind a verdict, or undefined when no request was sent (host not allowed, malformed key). */
function supportInfo(result, verdict, target) {
    const step = verdict.step === undefined ? undefined : result.steps[verdict.step];
    if (!step)
        return undefined;
    return {
        time: step.at,
        request: `${step.method} ${step.url}`,
        baseUrl: shownBaseUrl(target),
        ...(step.model !== undefined && { model: step.model }),
        ...(step.status !== undefined && { status: step.status }),
        ...(step.errorCode !== undefined && { errorCode: step.errorCode }),
        ...(step.failure !== undefined && { failure: step.failure }),
        requestIds: step.requestIds,
        key: result.keyMasked,
        ...(target.keyMatch && { keyProvider: target.keyMatch.provider.name })
    };
}
/**
 * A target's base URL as it may be shown: origin and path as configured (no `/` added to a bare host), scrubbed of
 * any fragment of the key.
 */
function shownBaseUrl(target) {
    const shown = (0,_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .displayUrl */ .Qy)(target.baseUrl);
    const asWritten = target.baseUrl.endsWith('/') ? shown : shown.replace(/\/$/, '');
    return (0,_core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanDetail */ .n4)(asWritten || target.baseUrl, target.key, 300);
}
/** Plain-text lines, one fact per line, ready for a code block in a comment or summary. */
function formatSupportBlock(info) {
    const lines = [
        ['Time (UTC)', info.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')],
        ['Request', info.request],
        ['Base URL', info.baseUrl],
        ['Model', info.model],
        ['HTTP status', info.status === undefined ? `no answer (${info.failure ?? 'unknown'})` : String(info.status)],
        ['Error code', info.errorCode],
        ['Request id', info.requestIds.length ? info.requestIds.map((id) => `${id.name}: ${id.value}`).join('; ') : 'none in the answer'],
        ['API key', info.keyProvider ? `${info.key} (${info.keyProvider})` : info.key]
    ];
    const width = Math.max(...lines.map(([label]) => label.length)) + 2;
    return lines
        .filter((line) => line[1] !== undefined)
        .map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`)
        .join('\n');
}


/***/ }),

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

/***/ 4369:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   GO: () => (/* binding */ footerLine),
/* harmony export */   MT: () => (/* binding */ verdictLine)
/* harmony export */ });
/* harmony import */ var _probes_support_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2156);
/* harmony import */ var _doc_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4205);
/* harmony import */ var _markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1145);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5271);




/** Indents every line but the first by `spaces`, so a block continues a list item. */
function continueListItem(block, spaces = 2) {
    return block.replace(/\n(?!\n)/g, `\n${' '.repeat(spaces)}`);
}
const SEVERITY_ICON = { error: '❌', warning: '⚠️', note: 'ℹ️' };
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Counts of the active findings by severity. */
function bySeverity(counts) {
    return { error: counts.errors, warning: counts.warnings, note: counts.notes };
}
/** `2 errors, 1 warning`; severities with no findings are left out. */
function countsText(counts) {
    const count = bySeverity(counts);
    return _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.filter(severity => count[severity] > 0)
        .map(severity => plural(count[severity], severity))
        .join(', ');
}
/** The one-line verdict both reports open with. */
function verdictLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(context.findings);
    const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : '';
    const found = countsText(counts);
    if (found === '')
        return `✅ **No problems found**${suppressed}`;
    if ((0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .failingFindings */ .v9)(context.findings, context.failOn).length > 0) {
        return `❌ **${found}**${suppressed}: the check fails (fail-on: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(context.failOn)})`;
    }
    const icon = counts.errors + counts.warnings > 0 ? '⚠️' : 'ℹ️';
    const why = context.failOn === 'never' ? 'nothing fails' : 'below the fail-on level';
    return `${icon} **${found}**${suppressed}: ${why} (fail-on: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(context.failOn)})`;
}
/** The footer: counts, what was checked, and where the rules are documented. */
function footerLine(context, note) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .countFindings */ .Gt)(context.findings);
    const count = bySeverity(counts);
    const parts = [
        ..._severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map(severity => plural(count[severity], severity)),
        `${counts.suppressed} suppressed`,
        `${plural(context.stats.files, 'file')} and ${plural(context.stats.entries, 'setting')} checked`,
        `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(context.tool.name)} ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(context.tool.version)}`,
        (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('rule docs', context.tool.docsBaseUrl)
    ];
    return `---\n<sub>${parts.join(' · ')}</sub>${note ? `\n\n<sub>${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(note)}</sub>` : ''}`;
}
const SUPPRESSED_BY = {
    inline: 'Suppressed by an inline comment',
    config: 'Suppressed in the config file',
    baseline: 'Accepted in the baseline'
};
/** `file:line:column` of a finding, as a code span. */
function locationOf(finding) {
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${finding.file}:${finding.span.start.line}:${finding.span.start.column}`);
}
/**
 * One finding as a list item: severity, location, message, a link to the message's section of the rule docs,
 * the tip, the fix (unless the tip already names it), and an optional suggestion.
 */
function findingItem(context, finding, suggestion) {
    const head = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**`,
        locationOf(finding),
        `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(finding.message)} (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(finding.ruleId, (0,_doc_url_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleDocUrl */ .C)(context.tool, finding.ruleId, finding.messageId))})`
    ].join(' · ');
    const lines = [head];
    if (finding.suppressed) {
        const reason = finding.suppressed.reason ? `: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(finding.suppressed.reason)}` : '';
        lines.push(`${SUPPRESSED_BY[finding.suppressed.by]}${reason}`);
    }
    else {
        if (finding.tip !== undefined)
            lines.push(`**Tip:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(finding.tip)}`);
        if (finding.fix !== undefined && !finding.tip?.includes(finding.fix))
            lines.push(`**Fix:** change it to ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(finding.fix)}`);
    }
    if (suggestion !== undefined)
        lines.push(`Suggested change for line ${finding.span.start.line}:\n${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .fencedBlock */ .zW)('suggestion', suggestion)}`);
    return continueListItem(lines.join('\n'));
}
/** How many findings a section lists before the rest go into a collapsed block. */
const VISIBLE_FINDINGS = 5;
/** A list of findings; past {@link VISIBLE_FINDINGS}, the rest are collapsed. */
function findingList(context, findings, layout) {
    const items = findings.map(finding => findingItem(context, finding, layout.suggestion?.(finding)));
    const visible = items.slice(0, VISIBLE_FINDINGS).join('\n');
    const rest = items.slice(VISIBLE_FINDINGS);
    if (rest.length === 0)
        return visible;
    return `${visible}\n\n${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${plural(rest.length, 'more finding')} in this section`, rest.join('\n'))}`;
}
/** `NAME` = `value`, either part optional. */
function setting(name, value, extra = '') {
    const parts = [name === undefined ? undefined : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(name), value === undefined ? undefined : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(value)];
    const shown = parts.filter(part => part !== undefined).join(' = ');
    return shown === '' ? '—' : `${shown}${extra}`;
}
/** The table of a scope: one row per key ↔ base URL ↔ model pairing. */
function scopeTable(scope) {
    if (scope.rows.length === 0)
        return '*No key, base URL or model settings in this scope.*';
    return (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['Key', 'Base URL', 'Model', 'Request URL'], scope.rows.map(row => [
        setting(row.keyName, row.keyMasked, row.keyProvider ? ` (${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(row.keyProvider)})` : ''),
        setting(row.baseUrlName, row.baseUrl, row.baseUrlDefault ? ' (default: the setting is empty or unset)' : ''),
        row.model === undefined ? '—' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.model),
        row.effectiveUrl === undefined ? '—' : (0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.effectiveUrl)
    ]));
}
const BASIS_WORDS = {
    'file-kind': 'its own config file',
    image: 'its container image',
    configured: 'the config file',
    manifest: 'the nearest app manifest',
    repository: 'evidence elsewhere in the repository',
    default: 'no evidence; the SDK convention is assumed'
};
/** Which client reads the scope, chosen how and on what evidence. */
function clientLine(scope) {
    const evidence = scope.clientEvidence ? `: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(scope.clientEvidence)}` : '';
    const guess = scope.clientConfidence === 'guessed' ? ' — a guess, so findings are at most warnings' : '';
    return `Client: **${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(scope.client)}**, from ${BASIS_WORDS[scope.clientBasis]}${evidence}${guess}`;
}
function scopeHeading(scope) {
    const label = scope.label === scope.file ? '' : ` · ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(scope.label)}`;
    return `#### ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(scope.file)}${label}`;
}
function scopeSection(context, scope, findings, layout) {
    const parts = [scopeHeading(scope), clientLine(scope), scopeTable(scope)];
    if (findings.length > 0)
        parts.push(findingList(context, findings, layout));
    return parts.join('\n\n');
}
const OUTCOME_ICON = { verified: '✅', rejected: '❌', indeterminate: '❔' };
const SUBJECT = { 'probe-key': 'key', 'probe-model': 'model', 'probe-route': 'route' };
const subjectOf = (check) => check.rule === 'probe-model' && check.model !== undefined ? `model ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(check.model)}` : SUBJECT[check.rule];
/** One answer often settles several subjects (a refused made-up model proves key and route): one item says so. */
function mergeChecks(checks) {
    const merged = [];
    for (const check of checks) {
        const same = merged.find(({ check: c }) => !c.support && !check.support && c.outcome === check.outcome && c.explanation === check.explanation);
        if (same)
            same.subjects.push(subjectOf(check));
        else
            merged.push({ subjects: [subjectOf(check)], check });
    }
    return merged;
}
/** One check of a probe: outcome, explanation, next step, and the support block when it failed. */
function probeCheckItem({ subjects, check }) {
    const head = `- ${OUTCOME_ICON[check.outcome]} **${check.outcome}**, ${subjects.join(' and ')}: ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(check.explanation)}`;
    const lines = [check.outcome === 'verified' ? head : `${head}. **Next step:** ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .messageMarkdown */ .zv)(check.nextStep)}`];
    if (check.support)
        lines.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .fencedBlock */ .zW)('text', (0,_probes_support_js__WEBPACK_IMPORTED_MODULE_3__/* .formatSupportBlock */ .O3)(check.support)));
    return continueListItem(lines.join('\n'));
}
/** One probed key: where it is configured, where it went, and its checks as a nested list. */
function probeItem(probe) {
    const where = probe.file === '' ? 'the inputs' : `${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.file)}${probe.scope === undefined || probe.scope === probe.file ? '' : ` · ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeText */ .X1)(probe.scope)}`}`;
    const head = `- ${OUTCOME_ICON[probe.outcome]} **${probe.outcome}** · ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.name)} = ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.key)} from ${where} → ${(0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(probe.baseUrl)}`;
    return continueListItem([head, ...mergeChecks(probe.checks).map(probeCheckItem)].join('\n'));
}
/** The live probes section: every probed key, most worrying first; undefined when the run did not probe. */
function probeSection(context) {
    if (context.probes === undefined)
        return undefined;
    if (context.probes.length === 0)
        return '#### Live probes\n\n*No key was probed; the log says why.*';
    const rank = { rejected: 0, indeterminate: 1, verified: 2 };
    const probes = [...context.probes].sort((a, b) => rank[a.outcome] - rank[b.outcome]);
    return `#### Live probes\n\n${probes.map(probeItem).join('\n')}`;
}
function groupFindings(context) {
    const active = context.findings.filter(finding => !finding.suppressed);
    const scopesWithFindings = new Set(active.map(finding => finding.scope));
    return {
        active,
        suppressed: context.findings.filter(finding => finding.suppressed),
        cleanScopes: context.scopes.filter(scope => !scopesWithFindings.has(scope.id))
    };
}
/** What to show first when not everything fits: errors, warnings, notes, then clean scopes, then suppressed findings. */
function byPriority(groups) {
    const rank = (finding) => _severity_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(finding.severity);
    const active = [...groups.active].sort((a, b) => rank(a) - rank(b));
    return [...active, ...groups.cleanScopes, ...groups.suppressed];
}
/**
 * Renders the report, showing as many items as fit within `layout.limit` (most severe first) and
 * counting the rest in a closing line. Sections keep the context's order whatever is cut.
 */
function renderReport(context, layout) {
    const groups = groupFindings(context);
    const items = byPriority(groups);
    const render = (shown) => renderSelection(context, layout, groups, new Set(items.slice(0, shown)));
    const fitting = (text) => layout.limit.measure(text) <= layout.limit.max;
    // Each text rendered once: the whole report (what nearly every run shows), then only when it is too long, a bisection.
    const whole = render(items.length);
    if (fitting(whole))
        return whole;
    // Each extra item makes the text longer, so the largest count that fits is found by bisection.
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fitting(render(middle)))
            low = middle;
        else
            high = middle - 1;
    }
    const text = render(low);
    return fitting(text) ? text : truncate(text, layout.limit);
}
/** Last resort when even the bare verdict and footer exceed the limit (a tiny `maxLength`). */
function truncate(text, limit) {
    let end = Math.min(text.length, limit.max);
    while (end > 0 && limit.measure(text.slice(0, end)) > limit.max)
        end--;
    return text.slice(0, end);
}
/**
 * The report with only the `shown` findings and scopes. Findings with a scope in the report go to its
 * section; the rest (no scope, or a scope without settings to tabulate) under "Other findings".
 */
function renderSelection(context, layout, groups, shown) {
    const scopeIds = new Set(context.scopes.map(scope => scope.id));
    const byScope = new Map();
    for (const finding of groups.active.filter(finding => shown.has(finding))) {
        const key = finding.scope !== undefined && scopeIds.has(finding.scope) ? finding.scope : undefined;
        const list = byScope.get(key) ?? [];
        list.push(finding);
        byScope.set(key, list);
    }
    const parts = [layout.preamble, verdictLine(context)];
    const probes = probeSection(context);
    if (probes)
        parts.push(probes);
    for (const scope of context.scopes) {
        const findings = byScope.get(scope.id);
        if (findings)
            parts.push(scopeSection(context, scope, findings, layout));
    }
    const others = byScope.get(undefined);
    if (others)
        parts.push(`#### Other findings\n\n${findingList(context, others, layout)}`);
    const clean = groups.cleanScopes.filter(scope => shown.has(scope));
    if (clean.length > 0) {
        const sections = clean.map(scope => scopeSection(context, scope, [], layout)).join('\n\n');
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(`${plural(clean.length, 'scope')} without findings`, sections));
    }
    const suppressed = groups.suppressed.filter(finding => shown.has(finding));
    if (suppressed.length > 0) {
        const list = suppressed.map(finding => findingItem(context, finding)).join('\n');
        parts.push((0,_markdown_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .details */ .zH)(plural(suppressed.length, 'suppressed finding'), list));
    }
    const cut = cutLine(groups, shown, layout.limit.seeAlso);
    if (cut)
        parts.push(cut);
    parts.push(footerLine(context, layout.footerNote));
    return `${parts.join('\n\n')}\n`;
}
/** `…and 37 more findings not shown; see the job summary.` */
function cutLine(groups, shown, seeAlso) {
    const findings = [...groups.active, ...groups.suppressed].filter(finding => !shown.has(finding)).length;
    const scopes = groups.cleanScopes.filter(scope => !shown.has(scope)).length;
    const cut = [findings > 0 ? plural(findings, 'more finding') : '', scopes > 0 ? plural(scopes, 'more scope') : '']
        .filter(Boolean)
        .join(' and ');
    return cut === '' ? undefined : `**…and ${cut} not shown; ${seeAlso}.**`;
}


/***/ })

};
