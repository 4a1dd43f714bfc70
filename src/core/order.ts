import type { Finding, Severity } from './types.js'

/** Higher is more severe. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, note: 1 }

/** What the order of findings depends on. */
export type Located = Pick<Finding, 'file' | 'span' | 'ruleId' | 'messageId'>

/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
export function compareFindings(a: Located, b: Located): number {
  return (
    compareText(a.file, b.file) ||
    a.span.start.line - b.span.start.line ||
    a.span.start.column - b.span.start.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.messageId, b.messageId)
  )
}

/** UTF-16 code unit order: the same on every machine, whatever the locale. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
