import { SEVERITY_RANK } from '../core/order.js'
import type { Finding, Severity } from '../core/types.js'

/** The `fail-on` / `--fail-on` threshold: a severity, or `never` to report without failing. */
export type FailOn = Severity | 'never'

/** Every accepted threshold, most severe first (the order help texts and error messages list them in). */
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'never']

/** Severities from most to least severe. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note']

/** Whether a finding of `severity` reaches the `failOn` threshold; nothing reaches `never`. */
function atOrAbove(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn]
}

export function isFailOn(value: string): value is FailOn {
  return (FAIL_ON_VALUES as readonly string[]).includes(value)
}

/** Counts by severity of the findings that count; suppressed ones are counted apart and nowhere else. */
export interface FindingCounts {
  readonly errors: number
  readonly warnings: number
  readonly notes: number
  readonly suppressed: number
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 }
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed++
    else if (finding.severity === 'error') counts.errors++
    else if (finding.severity === 'warning') counts.warnings++
    else counts.notes++
  }
  return counts
}

/** The findings that fail the run: not suppressed, and at or above the threshold. */
export const failingFindings = (findings: readonly Finding[], failOn: FailOn): readonly Finding[] =>
  findings.filter((finding) => !finding.suppressed && atOrAbove(finding.severity, failOn))
