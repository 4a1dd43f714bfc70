/**
 * Probe results as reports: one per subject (key, model, route) whose outcome is not `verified`, anchored where the
 * target says, in the shape rules report in. The engine finalises them under the probe rules (src/probes/rules.ts)
 * by the same steps as the rules' reports.
 */
import type { Severity } from '../core/types.js'
import type { ReportDescriptor } from '../rules/types.js'
import { ALL_CASES } from './cases.js'
import type { Outcome, ProbeResult, ProbeRuleId, ProbeTarget, Verdict } from './types.js'

export interface ProbeFindingOptions {
  /** `fail-on-indeterminate`: indeterminate outcomes become errors instead of notes. */
  readonly failOnIndeterminate?: boolean
}

/** A report of the probe rule `ruleId`. */
export interface ProbeReport extends ReportDescriptor<string> {
  readonly ruleId: ProbeRuleId
  readonly outcome: Outcome
}

/**
 * The reports of one probe. Rejected outcomes keep the rule's severity (the config may change it); indeterminate
 * ones are notes (a refused host: a warning), so they never fail a build unless `failOnIndeterminate` is set.
 */
export function probeReports(result: ProbeResult, target: ProbeTarget, options: ProbeFindingOptions = {}): ProbeReport[] {
  return result.verdicts
    .filter((verdict) => verdict.outcome !== 'verified')
    .map((verdict) => {
      const severity = severityOf(verdict, options)
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
        ...(severity && { severity })
      }
    })
}

function severityOf(verdict: Verdict, options: ProbeFindingOptions): Severity | undefined {
  if (verdict.outcome !== 'indeterminate') return undefined
  if (options.failOnIndeterminate) return 'error'
  return ALL_CASES.find((c) => c.id === verdict.caseId)?.severity ?? 'note'
}
