/**
 * Colours for the text report on a terminal. The report is rendered plain and coloured here, line by line: the
 * reporter stays pure, and repository text in it has had every control character escaped (escapeControl), so the
 * only escape sequences in the output are these.
 */

/**
 * Whether to colour, by Node's own rule (nodejs/node lib/internal/tty.js, getColorDepth): `FORCE_COLOR` decides
 * first (empty, `1`, `2`, `3` or `true` colour, anything else does not), then a non-empty `NO_COLOR`
 * (https://no-color.org) or `NODE_DISABLE_COLORS`, or `TERM=dumb`, turns colour off; otherwise a terminal gets it.
 */
export function useColor(env: Readonly<Record<string, string | undefined>>, stream: { readonly isTTY?: boolean }): boolean {
  if (env.FORCE_COLOR !== undefined) return ['', '1', '2', '3', 'true'].includes(env.FORCE_COLOR)
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb') return false
  return stream.isTTY === true
}

const style = (codes: string) => (text: string) => `\u001b[${codes}m${text}\u001b[0m`
const dim = style('2')
const SEVERITY = { error: style('1;31'), warning: style('33'), note: style('36') } as const

/** `file:line:col: severity message [rule-id]` lines and the closing count line of the text report. */
const FINDING = /^(.+?:\d+:\d+|\(command line\)): (error|warning|note) (.*) (\[[a-z0-9-]+\])$/
const SUMMARY = /^(\d+) errors?, (\d+) warnings?, \d+ notes? in /

/** The text report with the location and rule dimmed, the severity coloured, and the count line in the worst colour. */
export function colorize(report: string): string {
  return report
    .split('\n')
    .map((line) => {
      const finding = FINDING.exec(line)
      if (finding) {
        const [, where, severity, message, rule] = finding as unknown as [string, string, keyof typeof SEVERITY, string, string]
        return `${dim(`${where}:`)} ${SEVERITY[severity](severity)} ${message} ${dim(rule)}`
      }
      const summary = SUMMARY.exec(line)
      if (summary) return Number(summary[1]) > 0 ? SEVERITY.error(line) : Number(summary[2]) > 0 ? SEVERITY.warning(line) : style('1;32')(line)
      return line
    })
    .join('\n')
}
