import { LineIndex } from './text.js'
import type { IgnoreDirective } from './types.js'

/** The word every directive holds: a text without it has none. */
export const DIRECTIVE = 'llm-env-lint-ignore'
/** The directive counts only inside a comment: some comment opener must come before it on the line. */
const COMMENT_OPENER = /(?:^|\s|;)(?:#|\/\/|\/\*|<!--|--)/
const RULE_LIST = /^[ \t]+([a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)/

/**
 * Finds `llm-env-lint-ignore [rule-id[, rule-id]]` directives. Each silences findings on its own line
 * and on the next one; without rule ids it silences every rule.
 */
export function findIgnoreDirectives(text: string): IgnoreDirective[] {
  let from = text.indexOf(DIRECTIVE)
  if (from === -1) return []
  const lines = new LineIndex(text)
  const found: IgnoreDirective[] = []
  while (from !== -1) {
    const { line, column } = lines.position(from)
    const before = lines.lineText(line).slice(0, column - 1)
    if (COMMENT_OPENER.test(' ' + before)) {
      const list = RULE_LIST.exec(text.slice(from + DIRECTIVE.length, from + DIRECTIVE.length + 500))
      found.push({ line, rules: list ? list[1]!.split(',').map((r) => r.trim()) : [] })
    }
    from = text.indexOf(DIRECTIVE, from + DIRECTIVE.length)
  }
  return found
}

export function isIgnored(directives: readonly IgnoreDirective[], ruleId: string, line: number): boolean {
  return directives.some((d) => (d.line === line || d.line + 1 === line) && (d.rules.length === 0 || d.rules.includes(ruleId)))
}
