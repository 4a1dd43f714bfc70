/**
 * The run of the rules as a chain of small steps: analyse (analyze.ts) → model (src/model) → rules → cap (cap.ts) →
 * finalise (finalize.ts); files not read join as notes (skipped.ts), probe reports join the same chain later.
 */
import { buildModel } from '../model/build.js'
import { createCatalog } from '../providers/catalog.js'
import type { ProviderCatalog } from '../providers/types.js'
import { rules as allRules } from '../rules/index.js'
import type { ReportDescriptor, Rule } from '../rules/types.js'
import type { ProbeReport } from '../probes/findings.js'
import { PROBE_RULES } from '../probes/rules.js'
import { analyzeFile } from './analyze.js'
import { capDrafts } from './cap.js'
import { compareFindings } from '../core/order.js'
import type { RepoModel } from '../model/types.js'
import type { FileFacts, LintSettings, SkippedFile, SourceFile } from '../core/types.js'
import { severityOf, type Draft } from './draft.js'
import { finalize } from './finalize.js'
import { skippedNotes, type ReportedSkip } from './skipped.js'
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
