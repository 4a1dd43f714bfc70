import { compareFindings } from '../core/order.js'
import { withTip } from '../core/message.js'
import type { Finding } from '../core/types.js'
import type { ReportContext, Reporter } from './types.js'
import { countFindings } from './severity.js'

/** `3 errors`, `1 warning`, `0 notes`. */
const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`

/**
 * Repository text (file names, quoted values) made safe for a terminal or a CI log: line breaks and other
 * control characters become `\u....` escapes, so a file named `a\n::error::…` cannot start a line of its own
 * (a forged finding, or a workflow command when the CLI runs in GitHub Actions) and ANSI sequences stay inert.
 * Bidirectional overrides and marks are escaped too: they make a line read differently from what it says.
 */
export const escapeControl = (text: string): string =>
  text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/**
 * A whole output line that cannot be a workflow command: the runner takes a line starting with `::` (spaces
 * before it allowed) as one, so a file named `::error::…` at the start of a finding line gets its first colon escaped.
 */
export const commandSafe = (line: string): string => line.replace(/^(\s*):(?=:)/, '$1\\u003a')

/** One finding as `file:line:col: severity message: tip [rule-id]` (actionlint's format, with the severity added). */
export const formatFindingLine = (finding: Finding): string =>
  commandSafe(`${where(finding)}: ${finding.severity} ${escapeControl(withTip(finding.message, finding.tip))} [${finding.ruleId}]`)

/** A probe of the `--base-url` given on the command line belongs to no file. */
const where = (finding: Finding): string =>
  finding.file === '' ? '(command line)' : `${escapeControl(finding.file)}:${finding.span.start.line}:${finding.span.start.column}`

/** `3 errors, 1 warning, 0 notes in 12 files`, plus `(2 suppressed)` when any were. */
export function summaryLine(context: ReportContext): string {
  const counts = countFindings(context.findings)
  const line = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(context.stats.files, 'file')}`
  return counts.suppressed > 0 ? `${line} (${counts.suppressed} suppressed)` : line
}

/**
 * The human format: one line per finding, sorted, then the summary line. Suppressed findings are left
 * out (they only show in the summary's count). Ends with a newline.
 */
export const textReporter: Reporter = {
  format: 'text',
  render(context) {
    const lines = context.findings
      .filter((finding) => !finding.suppressed)
      .sort(compareFindings)
      .map(formatFindingLine)
    return [...lines, summaryLine(context)].join('\n') + '\n'
  }
}
