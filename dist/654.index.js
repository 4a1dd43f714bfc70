export const id = 654;
export const ids = [654];
export const modules = {

/***/ 4369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   Cg: () => (/* binding */ ruleDocUrl),
/* harmony export */   GO: () => (/* binding */ footerLine),
/* harmony export */   MT: () => (/* binding */ verdictLine),
/* harmony export */   X1: () => (/* binding */ escapeText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   zW: () => (/* binding */ fencedBlock),
/* harmony export */   zv: () => (/* binding */ messageMarkdown)
/* harmony export */ });
/* unused harmony exports escapeHtml, code, table, details */
/* harmony import */ var _probes_support_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2156);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);


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
/** Indents every line but the first by `spaces`, so a block continues a list item. */
function continueListItem(block, spaces = 2) {
    return block.replace(/\n(?!\n)/g, `\n${' '.repeat(spaces)}`);
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
/** The documentation page of a rule. */
function ruleDocUrl(tool, ruleId) {
    return `${tool.docsBaseUrl.replace(/\/+$/, '')}/${ruleId}.md`;
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
    return _severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.filter(severity => count[severity] > 0)
        .map(severity => plural(count[severity], severity))
        .join(', ');
}
/** The one-line verdict both reports open with. */
function verdictLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : '';
    const found = countsText(counts);
    if (found === '')
        return `✅ **No problems found**${suppressed}`;
    if ((0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .failingFindings */ .v9)(context.findings, context.failOn).length > 0) {
        return `❌ **${found}**${suppressed}: the check fails (fail-on: ${code(context.failOn)})`;
    }
    const icon = counts.errors + counts.warnings > 0 ? '⚠️' : 'ℹ️';
    const why = context.failOn === 'never' ? 'nothing fails' : 'below the fail-on level';
    return `${icon} **${found}**${suppressed}: ${why} (fail-on: ${code(context.failOn)})`;
}
/** The footer: counts, what was checked, and where the rules are documented. */
function footerLine(context, note) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const count = bySeverity(counts);
    const parts = [
        ..._severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.map(severity => plural(count[severity], severity)),
        `${counts.suppressed} suppressed`,
        `${plural(context.stats.files, 'file')} and ${plural(context.stats.entries, 'setting')} checked`,
        `${escapeText(context.tool.name)} ${escapeText(context.tool.version)}`,
        link('rule docs', context.tool.docsBaseUrl)
    ];
    return `---\n<sub>${parts.join(' · ')}</sub>${note ? `\n\n<sub>${escapeText(note)}</sub>` : ''}`;
}
const SUPPRESSED_BY = {
    inline: 'Suppressed by an inline comment',
    config: 'Suppressed in the config file',
    baseline: 'Accepted in the baseline'
};
/** `file:line:column` of a finding, as a code span. */
function locationOf(finding) {
    return code(`${finding.file}:${finding.span.start.line}:${finding.span.start.column}`);
}
/** One finding as a list item: severity, location, message, rule link, fix, and an optional suggestion. */
function findingItem(context, finding, suggestion) {
    const head = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**`,
        locationOf(finding),
        `${messageMarkdown(finding.message)} (${link(finding.ruleId, ruleDocUrl(context.tool, finding.ruleId))})`
    ].join(' · ');
    const lines = [head];
    if (finding.suppressed) {
        const reason = finding.suppressed.reason ? `: ${escapeText(finding.suppressed.reason)}` : '';
        lines.push(`${SUPPRESSED_BY[finding.suppressed.by]}${reason}`);
    }
    else if (finding.fix !== undefined) {
        lines.push(`**Fix:** change it to ${code(finding.fix)}`);
    }
    if (suggestion !== undefined)
        lines.push(`Suggested change for line ${finding.span.start.line}:\n${fencedBlock('suggestion', suggestion)}`);
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
    return `${visible}\n\n${details(`${plural(rest.length, 'more finding')} in this section`, rest.join('\n'))}`;
}
/** `NAME` = `value`, either part optional. */
function setting(name, value, extra = '') {
    const parts = [name === undefined ? undefined : code(name), value === undefined ? undefined : code(value)];
    const shown = parts.filter(part => part !== undefined).join(' = ');
    return shown === '' ? '—' : `${shown}${extra}`;
}
/** The table of a scope: one row per key ↔ base URL ↔ model pairing. */
function scopeTable(scope) {
    if (scope.rows.length === 0)
        return '*No key, base URL or model settings in this scope.*';
    return table(['Key', 'Base URL', 'Model', 'Request URL'], scope.rows.map(row => [
        setting(row.keyName, row.keyMasked, row.keyProvider ? ` (${escapeText(row.keyProvider)})` : ''),
        setting(row.baseUrlName, row.baseUrl, row.baseUrlDefault ? ' (default: the setting is empty or unset)' : ''),
        row.model === undefined ? '—' : code(row.model),
        row.effectiveUrl === undefined ? '—' : code(row.effectiveUrl)
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
    const evidence = scope.clientEvidence ? `: ${escapeText(scope.clientEvidence)}` : '';
    const guess = scope.clientConfidence === 'guessed' ? ' — a guess, so findings are at most warnings' : '';
    return `Client: **${escapeText(scope.client)}**, from ${BASIS_WORDS[scope.clientBasis]}${evidence}${guess}`;
}
function scopeHeading(scope) {
    const label = scope.label === scope.file ? '' : ` · ${escapeText(scope.label)}`;
    return `#### ${code(scope.file)}${label}`;
}
function scopeSection(context, scope, findings, layout) {
    const parts = [scopeHeading(scope), clientLine(scope), scopeTable(scope)];
    if (findings.length > 0)
        parts.push(findingList(context, findings, layout));
    return parts.join('\n\n');
}
const OUTCOME_ICON = { verified: '✅', rejected: '❌', indeterminate: '❔' };
const SUBJECT = { 'probe-key': 'key', 'probe-model': 'model', 'probe-route': 'route' };
const subjectOf = (check) => check.rule === 'probe-model' && check.model !== undefined ? `model ${code(check.model)}` : SUBJECT[check.rule];
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
    const head = `- ${OUTCOME_ICON[check.outcome]} **${check.outcome}**, ${subjects.join(' and ')}: ${messageMarkdown(check.explanation)}`;
    const lines = [check.outcome === 'verified' ? head : `${head}. **Next step:** ${messageMarkdown(check.nextStep)}`];
    if (check.support)
        lines.push(fencedBlock('text', (0,_probes_support_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSupportBlock */ .O3)(check.support)));
    return continueListItem(lines.join('\n'));
}
/** One probed key: where it is configured, where it went, and its checks as a nested list. */
function probeItem(probe) {
    const where = probe.file === '' ? 'the inputs' : `${code(probe.file)}${probe.scope === undefined || probe.scope === probe.file ? '' : ` · ${escapeText(probe.scope)}`}`;
    const head = `- ${OUTCOME_ICON[probe.outcome]} **${probe.outcome}** · ${code(probe.name)} = ${code(probe.key)} from ${where} → ${code(probe.baseUrl)}`;
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
    const rank = (finding) => _severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC.indexOf(finding.severity);
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
    const fits = (shown) => layout.limit.measure(render(shown)) <= layout.limit.max;
    if (fits(items.length))
        return render(items.length);
    // Each extra item makes the text longer, so the largest count that fits is found by bisection.
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fits(middle))
            low = middle;
        else
            high = middle - 1;
    }
    const text = render(low);
    return fits(low) ? text : truncate(text, layout.limit);
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
        parts.push(details(`${plural(clean.length, 'scope')} without findings`, sections));
    }
    const suppressed = groups.suppressed.filter(finding => shown.has(finding));
    if (suppressed.length > 0) {
        const list = suppressed.map(finding => findingItem(context, finding)).join('\n');
        parts.push(details(plural(suppressed.length, 'suppressed finding'), list));
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


/***/ }),

/***/ 9654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSummary: () => (/* binding */ renderSummary)
/* harmony export */ });
/* unused harmony exports SUMMARY_MAX_BYTES, summaryReporter */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4369);
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
        preamble: `## ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeText */ .X1)(context.tool.name)}`,
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

//# sourceMappingURL=654.index.js.map