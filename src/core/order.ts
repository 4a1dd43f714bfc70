import type { Finding, Severity } from './types.js'

/** Higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, note: 1 }

/** What the order of findings depends on. */
export type Located = Pick<Finding, 'file' | 'span' | 'ruleId' | 'messageId'>

/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
export const compareFindings = (a: Located, b: Located): number => compareLocations(a, a.ruleId, b, b.ruleId)

/**
 * {@link compareFindings} for what carries its rule apart (a rule's report and the rule's id): sorting thousands of
 * reports asks this tens of thousands of times, and no object is made per question.
 */
export function compareLocations(a: Omit<Located, 'ruleId'>, aRule: string, b: Omit<Located, 'ruleId'>, bRule: string): number {
  return (
    compareText(a.file, b.file) ||
    a.span.start.line - b.span.start.line ||
    a.span.start.column - b.span.start.column ||
    compareText(aRule, bRule) ||
    compareText(a.messageId, b.messageId)
  )
}

/** UTF-16 code unit order: the same on every machine, whatever the locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
