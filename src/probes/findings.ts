/**
 * Probe results as findings: one per subject (key, model, route) whose outcome is not `verified`, anchored where the
 * target says, carrying the support block for the summary and the PR comment.
 */
import type { Severity } from '../core/types.js'
import type { ReportDescriptor, Rule } from '../rules/types.js'
import { ALL_CASES } from './cases.js'
import { PROBE_RULES } from './rules.js'
import { supportInfo, type SupportInfo } from './support.js'
import type { Outcome, ProbeResult, ProbeRuleId, ProbeTarget, Verdict } from './types.js'

export interface ProbeFindingOptions {
  /** `fail-on-indeterminate`: indeterminate outcomes become errors instead of notes. */
  readonly failOnIndeterminate?: boolean
}

/** A finding to report under `ruleId`, in the shape rules report with. */
export interface ProbeReport extends ReportDescriptor<string> {
  readonly ruleId: ProbeRuleId
  readonly outcome: Outcome
  /** What a provider's support asks for; absent when nothing was sent. */
  readonly support?: SupportInfo
}

/**
 * The findings of one probe. Rejected outcomes keep the rule's severity (the config may change it); indeterminate
 * ones are notes (a refused host: a warning), so they never fail a build unless `failOnIndeterminate` is set.
 */
export function probeReports(result: ProbeResult, target: ProbeTarget, options: ProbeFindingOptions = {}): ProbeReport[] {
  return result.verdicts
    .filter((verdict) => verdict.outcome !== 'verified')
    .map((verdict) => {
      const severity = severityOf(verdict, options)
      const support = supportInfo(result, verdict, target)
      return {
        ruleId: verdict.rule,
        outcome: verdict.outcome,
        messageId: verdict.caseId,
        data: verdict.data,
        file: target.anchor.file,
        span: target.anchor.span,
        ...(target.anchor.entry && { entry: target.anchor.entry }),
        ...(target.anchor.scope !== undefined && { scope: target.anchor.scope }),
        identity: ['probe', target.id, verdict.rule, verdict.caseId, verdict.model ?? ''].join('|'),
        secrets: [target.key],
        ...(severity && { severity }),
        ...(support && { support })
      }
    })
}

function severityOf(verdict: Verdict, options: ProbeFindingOptions): Severity | undefined {
  if (verdict.outcome !== 'indeterminate') return undefined
  if (options.failOnIndeterminate) return 'error'
  return ALL_CASES.find((c) => c.id === verdict.caseId)?.severity ?? 'note'
}

/**
 * The three probe rules as rules the core can run after the probes: each replays the reports of its id, so masking,
 * inline suppression, severity overrides and fingerprints apply to probe findings exactly as to static ones.
 */
export function probeRulesFor(reports: readonly ProbeReport[]): Rule[] {
  return PROBE_RULES.map((meta) => ({
    meta,
    check(context) {
      for (const report of reports) if (report.ruleId === meta.id) context.report(report)
    }
  }))
}
