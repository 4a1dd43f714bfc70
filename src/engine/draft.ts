/** A rule's or a probe's report on its way to becoming a finding, and the severity it gets. */
import { compareLocations, SEVERITY_RANK } from '../core/order.js'
import type { FindingOrigin, Severity } from '../core/types.js'
import type { ReportDescriptor, RuleMeta } from '../rules/types.js'

/** A report on its way to becoming a finding. */
export interface Draft {
  readonly meta: RuleMeta
  readonly descriptor: ReportDescriptor<string>
  readonly severity: Severity
  readonly origin: FindingOrigin
}

/**
 * The configured severity replaces the rule's default; a finding that asks for a lower severity than
 * its rule's default (a guessed client convention, an indeterminate probe) stays that much lower, so a
 * config that raises a rule never turns an uncertain finding into a failing one.
 */
export function severityOf(meta: RuleMeta, descriptor: ReportDescriptor<string>, configured: Severity | undefined): Severity {
  const asked = descriptor.severity
  if (configured === undefined) return asked ?? meta.severity
  if (asked === undefined || SEVERITY_RANK[asked] >= SEVERITY_RANK[meta.severity]) return configured
  return SEVERITY_RANK[asked] < SEVERITY_RANK[configured] ? asked : configured
}

/** Drafts in the order of the findings they become. */
export const compareDrafts = (a: Draft, b: Draft): number => compareLocations(a.descriptor, a.meta.id, b.descriptor, b.meta.id)
