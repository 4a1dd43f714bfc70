/**
 * The report layout the job summary and the PR comment share (verdict, one section per deployment scope,
 * findings with their tips and doc links, footer), cut to a size limit with a count of what was left out.
 * Everything from the repository goes through markdown-escape.ts.
 */
import type { Finding, Severity } from '../core/types.js'
import { formatSupportBlock } from '../probes/support.js'
import type { Outcome, ProbeRuleId } from '../probes/types.js'
import { ruleDocUrl } from './doc-url.js'
import { code, details, escapeText, fencedBlock, link, messageMarkdown, table } from './markdown-escape.js'
import { countFindings, failingFindings, SEVERITIES, type FindingCounts } from './severity.js'
import type { ProbeCheck, ProbeSummary, ReportContext, ScopeReport } from './types.js'

/** Indents every line but the first by `spaces`, so a block continues a list item. */
function continueListItem(block: string, spaces = 2): string {
  return block.replace(/\n(?!\n)/g, `\n${' '.repeat(spaces)}`)
}

const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', note: 'ℹ️' }

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** Counts of the active findings by severity. */
function bySeverity(counts: FindingCounts): Readonly<Record<Severity, number>> {
  return { error: counts.errors, warning: counts.warnings, note: counts.notes }
}

/** `2 errors, 1 warning`; severities with no findings are left out. */
function countsText(counts: FindingCounts): string {
  const count = bySeverity(counts)
  return SEVERITIES.filter(severity => count[severity] > 0)
    .map(severity => plural(count[severity], severity))
    .join(', ')
}

/** The one-line verdict both reports open with. */
export function verdictLine(context: ReportContext): string {
  const counts = countFindings(context.findings)
  const suppressed = counts.suppressed > 0 ? ` (${counts.suppressed} suppressed)` : ''
  const found = countsText(counts)
  if (found === '') return `✅ **No problems found**${suppressed}`
  if (failingFindings(context.findings, context.failOn).length > 0) {
    return `❌ **${found}**${suppressed}: the check fails (fail-on: ${code(context.failOn)})`
  }
  const icon = counts.errors + counts.warnings > 0 ? '⚠️' : 'ℹ️'
  const why = context.failOn === 'never' ? 'nothing fails' : 'below the fail-on level'
  return `${icon} **${found}**${suppressed}: ${why} (fail-on: ${code(context.failOn)})`
}

/** The footer: counts, what was checked, and where the rules are documented. */
export function footerLine(context: ReportContext, note?: string): string {
  const counts = countFindings(context.findings)
  const count = bySeverity(counts)
  const parts = [
    ...SEVERITIES.map(severity => plural(count[severity], severity)),
    `${counts.suppressed} suppressed`,
    `${plural(context.stats.files, 'file')} and ${plural(context.stats.entries, 'setting')} checked`,
    `${escapeText(context.tool.name)} ${escapeText(context.tool.version)}`,
    link('rule docs', context.tool.docsBaseUrl)
  ]
  return `---\n<sub>${parts.join(' · ')}</sub>${note ? `\n\n<sub>${escapeText(note)}</sub>` : ''}`
}

const SUPPRESSED_BY: Readonly<Record<NonNullable<Finding['suppressed']>['by'], string>> = {
  inline: 'Suppressed by an inline comment',
  config: 'Suppressed in the config file',
  baseline: 'Accepted in the baseline'
}

/** `file:line:column` of a finding, as a code span. */
function locationOf(finding: Finding): string {
  return code(`${finding.file}:${finding.span.start.line}:${finding.span.start.column}`)
}

/**
 * One finding as a list item: severity, location, message, a link to the message's section of the rule docs,
 * the tip, the fix (unless the tip already names it), and an optional suggestion.
 */
function findingItem(context: ReportContext, finding: Finding, suggestion?: string): string {
  const head = [
    `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}**`,
    locationOf(finding),
    `${messageMarkdown(finding.message)} (${link(finding.ruleId, ruleDocUrl(context.tool, finding.ruleId, finding.messageId))})`
  ].join(' · ')
  const lines = [head]
  if (finding.suppressed) {
    const reason = finding.suppressed.reason ? `: ${escapeText(finding.suppressed.reason)}` : ''
    lines.push(`${SUPPRESSED_BY[finding.suppressed.by]}${reason}`)
  } else {
    if (finding.tip !== undefined) lines.push(`**Tip:** ${messageMarkdown(finding.tip)}`)
    if (finding.fix !== undefined && !finding.tip?.includes(finding.fix)) lines.push(`**Fix:** change it to ${code(finding.fix)}`)
  }
  if (suggestion !== undefined) lines.push(`Suggested change for line ${finding.span.start.line}:\n${fencedBlock('suggestion', suggestion)}`)
  return continueListItem(lines.join('\n'))
}

/** How many findings a section lists before the rest go into a collapsed block. */
const VISIBLE_FINDINGS = 5

/** A list of findings; past {@link VISIBLE_FINDINGS}, the rest are collapsed. */
function findingList(context: ReportContext, findings: readonly Finding[], layout: ReportLayout): string {
  const items = findings.map(finding => findingItem(context, finding, layout.suggestion?.(finding)))
  const visible = items.slice(0, VISIBLE_FINDINGS).join('\n')
  const rest = items.slice(VISIBLE_FINDINGS)
  if (rest.length === 0) return visible
  return `${visible}\n\n${details(`${plural(rest.length, 'more finding')} in this section`, rest.join('\n'))}`
}

/** `NAME` = `value`, either part optional. */
function setting(name: string | undefined, value: string | undefined, extra = ''): string {
  const parts = [name === undefined ? undefined : code(name), value === undefined ? undefined : code(value)]
  const shown = parts.filter(part => part !== undefined).join(' = ')
  return shown === '' ? '—' : `${shown}${extra}`
}

/** The table of a scope: one row per key ↔ base URL ↔ model pairing. */
function scopeTable(scope: ScopeReport): string {
  if (scope.rows.length === 0) return '*No key, base URL or model settings in this scope.*'
  return table(
    ['Key', 'Base URL', 'Model', 'Request URL'],
    scope.rows.map(row => [
      setting(row.keyName, row.keyMasked, row.keyProvider ? ` (${escapeText(row.keyProvider)})` : ''),
      setting(row.baseUrlName, row.baseUrl, row.baseUrlDefault ? ' (default: the setting is empty or unset)' : ''),
      row.model === undefined ? '—' : code(row.model),
      row.effectiveUrl === undefined ? '—' : code(row.effectiveUrl)
    ])
  )
}

const BASIS_WORDS: Readonly<Record<ScopeReport['clientBasis'], string>> = {
  'file-kind': 'its own config file',
  image: 'its container image',
  configured: 'the config file',
  manifest: 'the nearest app manifest',
  repository: 'evidence elsewhere in the repository',
  default: 'no evidence; the SDK convention is assumed'
}

/** Which client reads the scope, chosen how and on what evidence. */
function clientLine(scope: ScopeReport): string {
  const evidence = scope.clientEvidence ? `: ${escapeText(scope.clientEvidence)}` : ''
  const guess = scope.clientConfidence === 'guessed' ? ' — a guess, so findings are at most warnings' : ''
  return `Client: **${escapeText(scope.client)}**, from ${BASIS_WORDS[scope.clientBasis]}${evidence}${guess}`
}

function scopeHeading(scope: ScopeReport): string {
  const label = scope.label === scope.file ? '' : ` · ${escapeText(scope.label)}`
  return `#### ${code(scope.file)}${label}`
}

function scopeSection(context: ReportContext, scope: ScopeReport, findings: readonly Finding[], layout: ReportLayout): string {
  const parts = [scopeHeading(scope), clientLine(scope), scopeTable(scope)]
  if (findings.length > 0) parts.push(findingList(context, findings, layout))
  return parts.join('\n\n')
}

const OUTCOME_ICON: Readonly<Record<Outcome, string>> = { verified: '✅', rejected: '❌', indeterminate: '❔' }

const SUBJECT: Readonly<Record<ProbeRuleId, string>> = { 'probe-key': 'key', 'probe-model': 'model', 'probe-route': 'route' }

const subjectOf = (check: ProbeCheck): string =>
  check.rule === 'probe-model' && check.model !== undefined ? `model ${code(check.model)}` : SUBJECT[check.rule]

/** One answer often settles several subjects (a refused made-up model proves key and route): one item says so. */
function mergeChecks(checks: readonly ProbeCheck[]): { readonly subjects: string[]; readonly check: ProbeCheck }[] {
  const merged: { subjects: string[]; check: ProbeCheck }[] = []
  for (const check of checks) {
    const same = merged.find(({ check: c }) => !c.support && !check.support && c.outcome === check.outcome && c.explanation === check.explanation)
    if (same) same.subjects.push(subjectOf(check))
    else merged.push({ subjects: [subjectOf(check)], check })
  }
  return merged
}

/** One check of a probe: outcome, explanation, next step, and the support block when it failed. */
function probeCheckItem({ subjects, check }: { readonly subjects: readonly string[]; readonly check: ProbeCheck }): string {
  const head = `- ${OUTCOME_ICON[check.outcome]} **${check.outcome}**, ${subjects.join(' and ')}: ${messageMarkdown(check.explanation)}`
  const lines = [check.outcome === 'verified' ? head : `${head}. **Next step:** ${messageMarkdown(check.nextStep)}`]
  if (check.support) lines.push(fencedBlock('text', formatSupportBlock(check.support)))
  return continueListItem(lines.join('\n'))
}

/** One probed key: where it is configured, where it went, and its checks as a nested list. */
function probeItem(probe: ProbeSummary): string {
  const where = probe.file === '' ? 'the inputs' : `${code(probe.file)}${probe.scope === undefined || probe.scope === probe.file ? '' : ` · ${escapeText(probe.scope)}`}`
  const head = `- ${OUTCOME_ICON[probe.outcome]} **${probe.outcome}** · ${code(probe.name)} = ${code(probe.key)} from ${where} → ${code(probe.baseUrl)}`
  return continueListItem([head, ...mergeChecks(probe.checks).map(probeCheckItem)].join('\n'))
}

/** The live probes section: every probed key, most worrying first; undefined when the run did not probe. */
function probeSection(context: ReportContext): string | undefined {
  if (context.probes === undefined) return undefined
  if (context.probes.length === 0) return '#### Live probes\n\n*No key was probed; the log says why.*'
  const rank: Readonly<Record<Outcome, number>> = { rejected: 0, indeterminate: 1, verified: 2 }
  const probes = [...context.probes].sort((a, b) => rank[a.outcome] - rank[b.outcome])
  return `#### Live probes\n\n${probes.map(probeItem).join('\n')}`
}

/** How the summary and the comment differ while sharing one layout. */
export interface ReportLayout {
  /** Lines before the verdict: a heading, and for the comment its hidden marker. */
  readonly preamble: string
  /** The content of a `suggestion` block for a finding, when one applies. */
  readonly suggestion?: (finding: Finding) => string | undefined
  /** An extra line under the footer. */
  readonly footerNote?: string
  /** The size the whole text must stay within. */
  readonly limit: {
    readonly max: number
    /** How the limit counts: UTF-16 code units for a comment, UTF-8 bytes for the step summary. */
    readonly measure: (text: string) => number
    /** Where readers find what was cut, e.g. `see the job summary`. */
    readonly seeAlso: string
  }
}

/** The report's parts before any cut. */
interface ReportGroups {
  readonly active: readonly Finding[]
  readonly suppressed: readonly Finding[]
  /** Scopes without an active finding. */
  readonly cleanScopes: readonly ScopeReport[]
}

function groupFindings(context: ReportContext): ReportGroups {
  const active = context.findings.filter(finding => !finding.suppressed)
  const scopesWithFindings = new Set(active.map(finding => finding.scope))
  return {
    active,
    suppressed: context.findings.filter(finding => finding.suppressed),
    cleanScopes: context.scopes.filter(scope => !scopesWithFindings.has(scope.id))
  }
}

/** What to show first when not everything fits: errors, warnings, notes, then clean scopes, then suppressed findings. */
function byPriority(groups: ReportGroups): readonly (Finding | ScopeReport)[] {
  const rank = (finding: Finding): number => SEVERITIES.indexOf(finding.severity)
  const active = [...groups.active].sort((a, b) => rank(a) - rank(b))
  return [...active, ...groups.cleanScopes, ...groups.suppressed]
}

/**
 * Renders the report, showing as many items as fit within `layout.limit` (most severe first) and
 * counting the rest in a closing line. Sections keep the context's order whatever is cut.
 */
export function renderReport(context: ReportContext, layout: ReportLayout): string {
  const groups = groupFindings(context)
  const items = byPriority(groups)
  const render = (shown: number): string => renderSelection(context, layout, groups, new Set(items.slice(0, shown)))
  const fitting = (text: string): boolean => layout.limit.measure(text) <= layout.limit.max
  // Each text rendered once: the whole report (what nearly every run shows), then only when it is too long, a bisection.
  const whole = render(items.length)
  if (fitting(whole)) return whole
  // Each extra item makes the text longer, so the largest count that fits is found by bisection.
  let low = 0
  let high = items.length - 1
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fitting(render(middle))) low = middle
    else high = middle - 1
  }
  const text = render(low)
  return fitting(text) ? text : truncate(text, layout.limit)
}

/** Last resort when even the bare verdict and footer exceed the limit (a tiny `maxLength`). */
function truncate(text: string, limit: ReportLayout['limit']): string {
  let end = Math.min(text.length, limit.max)
  while (end > 0 && limit.measure(text.slice(0, end)) > limit.max) end--
  return text.slice(0, end)
}

/**
 * The report with only the `shown` findings and scopes. Findings with a scope in the report go to its
 * section; the rest (no scope, or a scope without settings to tabulate) under "Other findings".
 */
function renderSelection(context: ReportContext, layout: ReportLayout, groups: ReportGroups, shown: ReadonlySet<Finding | ScopeReport>): string {
  const scopeIds = new Set(context.scopes.map(scope => scope.id))
  const byScope = new Map<string | undefined, Finding[]>()
  for (const finding of groups.active.filter(finding => shown.has(finding))) {
    const key = finding.scope !== undefined && scopeIds.has(finding.scope) ? finding.scope : undefined
    const list = byScope.get(key) ?? []
    list.push(finding)
    byScope.set(key, list)
  }
  const parts = [layout.preamble, verdictLine(context)]
  const probes = probeSection(context)
  if (probes) parts.push(probes)
  for (const scope of context.scopes) {
    const findings = byScope.get(scope.id)
    if (findings) parts.push(scopeSection(context, scope, findings, layout))
  }
  const others = byScope.get(undefined)
  if (others) parts.push(`#### Other findings\n\n${findingList(context, others, layout)}`)
  const clean = groups.cleanScopes.filter(scope => shown.has(scope))
  if (clean.length > 0) {
    const sections = clean.map(scope => scopeSection(context, scope, [], layout)).join('\n\n')
    parts.push(details(`${plural(clean.length, 'scope')} without findings`, sections))
  }
  const suppressed = groups.suppressed.filter(finding => shown.has(finding))
  if (suppressed.length > 0) {
    const list = suppressed.map(finding => findingItem(context, finding)).join('\n')
    parts.push(details(plural(suppressed.length, 'suppressed finding'), list))
  }
  const cut = cutLine(groups, shown, layout.limit.seeAlso)
  if (cut) parts.push(cut)
  parts.push(footerLine(context, layout.footerNote))
  return `${parts.join('\n\n')}\n`
}

/** `…and 37 more findings not shown; see the job summary.` */
function cutLine(groups: ReportGroups, shown: ReadonlySet<Finding | ScopeReport>, seeAlso: string): string | undefined {
  const findings = [...groups.active, ...groups.suppressed].filter(finding => !shown.has(finding)).length
  const scopes = groups.cleanScopes.filter(scope => !shown.has(scope)).length
  const cut = [findings > 0 ? plural(findings, 'more finding') : '', scopes > 0 ? plural(scopes, 'more scope') : '']
    .filter(Boolean)
    .join(' and ')
  return cut === '' ? undefined : `**…and ${cut} not shown; ${seeAlso}.**`
}
