import { buildModel } from '../model/build.js'
import { createCatalog } from '../providers/catalog.js'
import type { ProviderCatalog } from '../providers/types.js'
import { rules as allRules } from '../rules/index.js'
import type { ReportDescriptor, Rule, RuleMeta } from '../rules/types.js'
import type { ProbeReport } from '../probes/findings.js'
import { PROBE_RULES } from '../probes/rules.js'
import { analyzeFile } from './analyze.js'
import { editFor } from '../core/edit.js'
import { fingerprint } from '../core/fingerprint.js'
import { isIgnored } from '../core/ignores.js'
import { fillTemplate, withTip } from '../core/message.js'
import { compareFindings, SEVERITY_RANK, type Located } from '../core/order.js'
// Defence in depth: a key a rule forgot to declare as a secret is still masked.
import { maskStraySecrets, scrubSecrets, secretLikeTokens } from '../core/redact.js'
import { lineSpan } from '../core/text.js'
import type { RepoModel } from '../model/types.js'
import type { FileFacts, Finding, FindingOrigin, LintSettings, Severity, SkippedFile, SourceFile, TextEdit } from '../core/types.js'
import type { LintResult } from './types.js'

/** A rule threw: the message names the rule so one broken rule is easy to find. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    cause: unknown
  ) {
    super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
}

/** Binary files are skipped by design and not reported; these are files that should have been read. */
type ReportedSkip = SkippedFile & { readonly reason: Exclude<SkippedFile['reason'], 'binary'> }

const SKIP_REASONS: Readonly<Record<ReportedSkip['reason'], string>> = {
  'too-large': 'not scanned: the file is larger than the size limit',
  'symlink-outside-root': 'not scanned: a symbolic link that points outside the scanned folder',
  unreadable: 'not scanned: the file could not be read'
}

export interface LintOptions {
  /** Files discovery did not read; all but binaries become `parse-error` notes. */
  readonly skipped?: readonly SkippedFile[]
  readonly catalog?: ProviderCatalog
  /**
   * How many files were scanned, when the caller dropped the facts of files that held nothing
   * (most of a repository) to keep memory flat. Default: the facts not taken from history.
   */
  readonly scannedFiles?: number
  /** The rules to run. Default: every rule of src/rules. */
  readonly rules?: readonly Rule[]
}

/** The whole pure pipeline over files already read: analyse, model, rules, then finalise. */
export function lint(files: readonly SourceFile[], settings: LintSettings, options: LintOptions = {}): LintResult {
  const catalog = options.catalog ?? createCatalog(settings.providers)
  return lintFacts(
    files.map((f) => analyzeFile(f, catalog)),
    settings,
    { ...options, catalog }
  )
}

/**
 * Runs the rules over analysed files and turns their reports into findings: masked, suppressed by
 * inline directives, fingerprinted and sorted.
 */
export function lintFacts(facts: readonly FileFacts[], settings: LintSettings, options: LintOptions = {}): LintResult {
  const catalog = options.catalog ?? createCatalog(settings.providers)
  const skipped = (options.skipped ?? []).filter((f): f is ReportedSkip => f.reason !== 'binary')
  const model = buildModel([...facts, ...skippedNotes(skipped)], settings)
  return {
    findings: finalize(runRules(options.rules ?? allRules, model, settings, catalog), model, catalog),
    model,
    stats: {
      files: options.scannedFiles ?? facts.filter((f) => !f.history).length,
      entries: facts.reduce((n, f) => n + f.entries.length, 0)
    }
  }
}

/**
 * Merges the reports of the live probes (which need the finished model to know what to probe) into a result,
 * under the probe rules' metadata and finalised by the same steps as the rules' reports: configured severity,
 * masking, inline suppression, fingerprint, order.
 */
export function addProbeReports(
  result: LintResult,
  reports: readonly ProbeReport[],
  settings: LintSettings,
  catalog: ProviderCatalog = createCatalog(settings.providers)
): LintResult {
  const drafts = reports.flatMap((report): Draft[] => {
    const meta = PROBE_RULES.find((rule) => rule.id === report.ruleId)!
    const configured = settings.rules[meta.id]
    return configured === 'off' ? [] : [{ meta, descriptor: report, severity: severityOf(meta, report, configured), origin: 'probe' }]
  })
  const added = finalize(capDrafts(drafts), result.model, catalog)
  return { ...result, findings: [...result.findings, ...added].sort(compareFindings) }
}

function runRules(rules: readonly Rule[], model: RepoModel, settings: LintSettings, catalog: ProviderCatalog): Draft[] {
  const drafts: Draft[] = []
  for (const rule of rules) {
    const configured = settings.rules[rule.meta.id]
    if (configured === 'off') continue
    const collect = (descriptor: ReportDescriptor<string>): void => {
      const origin = descriptor.commit === undefined ? 'tree' : 'history'
      drafts.push({ meta: rule.meta, descriptor, severity: severityOf(rule.meta, descriptor, configured), origin })
    }
    try {
      rule.check({ model, providers: catalog, report: collect, ...(settings.secretValues && { secretValues: settings.secretValues }), ...(settings.staged && { staged: true }) })
    } catch (error) {
      throw new RuleError(rule.meta.id, error)
    }
  }
  return capDrafts(drafts)
}

/** Findings listed per line and per file at most: a line of ten thousand keys is one problem to fix, not ten thousand. */
export const FINDINGS_PER_LINE = 20
export const FINDINGS_PER_FILE = 1000

const parseError = allRules.find((rule) => rule.meta.id === 'parse-error')!.meta

/**
 * Keeps the first findings of each line and each file (in report order) and replaces the rest of a file by one note
 * that counts them, so the size of every report is bounded by the number of files, not by what a file holds.
 */
function capDrafts(drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = []
  const perLine = new Map<string, number>()
  const perFile = new Map<string, number>()
  const cut = new Map<string, { count: number; rules: Set<string>; severity: Severity }>()
  for (const draft of [...drafts].sort(compareDrafts)) {
    const { file, span } = draft.descriptor
    const line = `${file}\0${span.start.line}`
    const onLine = perLine.get(line) ?? 0
    const inFile = perFile.get(file) ?? 0
    if (onLine < FINDINGS_PER_LINE && inFile < FINDINGS_PER_FILE) {
      kept.push(draft)
      perLine.set(line, onLine + 1)
      perFile.set(file, inFile + 1)
      continue
    }
    const entry = cut.get(file) ?? { count: 0, rules: new Set<string>(), severity: 'note' as Severity }
    entry.count++
    entry.rules.add(draft.meta.id)
    if (SEVERITY_RANK[draft.severity] > SEVERITY_RANK[entry.severity]) entry.severity = draft.severity
    cut.set(file, entry)
  }
  // As severe as the worst finding it stands for, so a cut never turns a failing run into a passing one.
  for (const [file, { count, rules, severity }] of cut) {
    kept.push({
      meta: parseError,
      origin: 'tree',
      severity,
      descriptor: {
        messageId: 'findingsCut',
        data: { count: String(count), rules: [...rules].sort().join(', '), perLine: String(FINDINGS_PER_LINE), perFile: String(FINDINGS_PER_FILE) },
        file,
        span: lineSpan(1),
        severity
      }
    })
  }
  return kept
}

/**
 * The configured severity replaces the rule's default; a finding that asks for a lower severity than
 * its rule's default (a guessed client convention, an indeterminate probe) stays that much lower, so a
 * config that raises a rule never turns an uncertain finding into a failing one.
 */
function severityOf(meta: RuleMeta, descriptor: ReportDescriptor<string>, configured: Severity | undefined): Severity {
  const asked = descriptor.severity
  if (configured === undefined) return asked ?? meta.severity
  if (asked === undefined || SEVERITY_RANK[asked] >= SEVERITY_RANK[meta.severity]) return configured
  return SEVERITY_RANK[asked] < SEVERITY_RANK[configured] ? asked : configured
}

/** A report on its way to becoming a finding. */
interface Draft {
  readonly meta: RuleMeta
  readonly descriptor: ReportDescriptor<string>
  readonly severity: Severity
  readonly origin: FindingOrigin
}

/**
 * One note per file not scanned, except files that vanished between listing and reading (a build deleting its
 * output while the scan runs): those are one note, on the first of them, with their count — thousands of them
 * would otherwise bury every other finding.
 */
function skippedNotes(skipped: readonly ReportedSkip[]): FileFacts[] {
  const isVanished = (f: ReportedSkip): boolean => f.reason === 'unreadable' && f.detail === 'ENOENT'
  const vanished = skipped.filter(isVanished)
  if (vanished.length < 2) return skipped.map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : '')))
  const others = vanished.length - 1
  return [
    ...skipped.filter((f) => !isVanished(f)).map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : ''))),
    skippedFacts(vanished[0]!.path, `not scanned: this file and ${others} other${others === 1 ? '' : 's'} vanished while the scan ran`)
  ]
}

function skippedFacts(path: string, message: string): FileFacts {
  return {
    path,
    kind: 'text',
    entries: [],
    diagnostics: [{ message, span: lineSpan(1), severity: 'note' }],
    keyHits: [],
    ignores: [],
    fingerprints: []
  }
}

/** Turns drafts into findings: message rendered and masked, fix and its edit, inline suppression, fingerprint, order. */
function finalize(drafts: readonly Draft[], model: RepoModel, catalog: ProviderCatalog): Finding[] {
  const tree = model.files.filter((f) => !f.history)
  const ignores = new Map(tree.map((f) => [f.path, f.ignores]))
  const uncommitted = new Set(tree.filter((f) => f.uncommitted).map((f) => f.path))
  const lines = new Map(tree.flatMap((f) => (f.lines ? [[f.path, f.lines] as const] : [])))
  // A line a security rule reported on may hold a credential its other findings do not know of.
  const secretLines = new Set(drafts.filter((d) => d.meta.security).map(({ descriptor: d }) => `${d.file}\0${d.span.start.line}`))
  const sorted = [...drafts].sort(compareDrafts)
  const seen = new Map<string, number>()
  return sorted.map(({ meta, descriptor: d, severity, origin }) => {
    const secrets = d.secrets ?? []
    const rendered = fillTemplate(meta.messages[d.messageId] ?? d.messageId, d.data)
    // Read only with `--include-ignored`: every finding says so, so no advice reads as if the file were committed.
    const told = uncommitted.has(d.file) ? `${rendered} (not committed: git ignores this file)` : rendered
    const message = maskStraySecrets(scrubSecrets(told, secrets), catalog)
    const tipTemplate = meta.tips?.[d.messageId]
    const tip = tipTemplate === undefined ? undefined : maskStraySecrets(scrubSecrets(fillTemplate(tipTemplate, d.data), secrets), catalog)
    const where = d.entry ? d.entry.path.join('.') || d.entry.key : ''
    const what = d.entry?.value ?? d.identity ?? withTip(message, tip)
    const identity = [meta.id, d.messageId, d.file, where, what].join('\0')
    const occurrence = seen.get(identity) ?? 0
    seen.set(identity, occurrence + 1)
    const fix = d.fix === undefined ? undefined : maskStraySecrets(scrubSecrets(d.fix, secrets), catalog)
    // A fix that needed masking holds a secret: shown masked as advice, never an edit to apply.
    const edit = fix === d.fix && !d.secrets?.length ? editFor(d) : undefined
    const fixedLine = edit && origin === 'tree' && !meta.security && !secretLines.has(`${d.file}\0${edit.range.start.line}`)
      ? lineAfter(edit, lines.get(d.file)?.get(edit.range.start.line), catalog)
      : undefined
    // A line a commit added has no directives of its own: the tree's, at that number, are about another line.
    const suppressed = origin !== 'history' && isIgnored(ignores.get(d.file) ?? [], meta.id, d.span.start.line)
    return {
      ruleId: meta.id,
      messageId: d.messageId,
      severity,
      message,
      ...(tip !== undefined && { tip }),
      file: d.file,
      span: d.span,
      fingerprint: fingerprint({ ruleId: meta.id, messageId: d.messageId, file: d.file, where, what, occurrence }),
      ...(fix !== undefined && fix !== '' ? { fix } : {}),
      ...(edit && { edit }),
      ...(fixedLine !== undefined && { fixedLine }),
      ...(d.scope ? { scope: d.scope } : {}),
      origin,
      ...(suppressed ? { suppressed: { by: 'inline' as const } } : {})
    }
  })
}

/**
 * The line after a one-line edit; undefined when the line is unknown, would not change, or holds anything like a
 * credential (a key of any format, a random-looking token, a URL password, a credential query value): it goes out
 * unmasked, as the replacement of the line.
 */
function lineAfter(edit: TextEdit, line: string | undefined, catalog: ProviderCatalog): string | undefined {
  const { start, end } = edit.range
  if (line === undefined || start.line !== end.line || end.column - 1 > line.length || /[\r\n]/.test(edit.replacement)) return undefined
  if (secretLikeTokens(line, catalog).length > 0 || maskStraySecrets(line, catalog) !== line) return undefined
  const fixed = line.slice(0, start.column - 1) + edit.replacement + line.slice(end.column - 1)
  return fixed === line ? undefined : fixed
}

const locate = ({ meta, descriptor }: Draft): Located => ({ ...descriptor, ruleId: meta.id })

const compareDrafts = (a: Draft, b: Draft): number => compareFindings(locate(a), locate(b))

