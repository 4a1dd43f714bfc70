/**
 * The generated parts of the rule docs, built from rule metadata so docs and rules cannot drift:
 * the header of each `docs/rules/<id>.md`, the opening of each message's section (message, tip, autofix),
 * and the whole `docs/rules/README.md` index.
 * `__tests__/rules/docs.test.ts` compares them with the files; `UPDATE_GOLDEN=1` rewrites them.
 */
import type { RuleMeta } from './types.js'

export const BEGIN = '<!-- begin generated -->'
export const END = '<!-- end generated -->'
export const MESSAGE_BEGIN = '<!-- begin generated message -->'
export const MESSAGE_END = '<!-- end generated message -->'

const yesNo = (flag: boolean | undefined): string => (flag ? 'yes' : 'no')

/** The anchor of a message's section in its rule's page: GitHub's slug of the `### <messageId>` heading. */
export const messageAnchor = (messageId: string): string => messageId.toLowerCase()

/** The header of a rule's page: id, description, default severity, security, message ids. */
export function ruleHeader(meta: RuleMeta): string {
  const messages = Object.keys(meta.messages)
    .map((id) => `[\`${id}\`](#${messageAnchor(id)})`)
    .join(', ')
  return [
    BEGIN,
    `# ${meta.id}`,
    '',
    `> ${meta.description}`,
    '',
    '| Default severity | Security | Messages |',
    '|---|---|---|',
    `| ${meta.severity} | ${yesNo(meta.security)} | ${messages} |`,
    END
  ].join('\n')
}

/** `docs/rules/README.md`: one row per rule, in registry order (the static rules, then the live probes'). */
export function rulesIndex(rules: readonly RuleMeta[]): string {
  return [
    BEGIN,
    '# Rules',
    '',
    'Every rule can be set to `error`, `warning`, `note` or `off` in `.llm-env-lint.yml`, and silenced on one line',
    'with a `llm-env-lint-ignore <rule-id>` comment on that line or the line above. The `probe-*` rules report live',
    'probes, which run only when asked for (`probe: true`, `--probe`; see [live probes](../probes.md)).',
    '',
    '| Rule | Description | Default severity | Security |',
    '|---|---|---|---|',
    ...rules.map((meta) => `| [${meta.id}](${meta.id}.md) | ${meta.description} | ${meta.severity} | ${yesNo(meta.security)} |`),
    END,
    ''
  ].join('\n')
}

/** A page with its generated header replaced (or put in front when the page has none yet). */
export function withHeader(page: string, header: string): string {
  const start = page.indexOf(BEGIN)
  const end = page.indexOf(END)
  if (start === -1 || end === -1) return `${header}\n\n${page}`
  return page.slice(0, start) + header + page.slice(end + END.length)
}

/** The generated header currently in a page, if any. */
export function headerOf(page: string): string | undefined {
  const start = page.indexOf(BEGIN)
  const end = page.indexOf(END)
  return start === -1 || end === -1 ? undefined : page.slice(start, end + END.length)
}

/** An inline code span whose fence is longer than any backtick run in `text` (a tip may quote a command). */
function codeSpan(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/**
 * The generated opening of a message's section, under its `### <messageId>` heading: the message and tip templates,
 * and for a rule with autofixes whether `--fix` applies this message's fix.
 */
export function messageBlock(meta: RuleMeta, messageId: string): string {
  const tip = meta.tips?.[messageId]
  const autofix = meta.autofix?.includes(messageId) ? 'yes, `--fix` applies its fix' : 'no'
  return [
    MESSAGE_BEGIN,
    `- Message: ${codeSpan(meta.messages[messageId] ?? '')}`,
    ...(tip === undefined ? [] : [`- Tip: ${codeSpan(tip)}`]),
    ...(meta.autofix === undefined ? [] : [`- Autofix: ${autofix}`]),
    MESSAGE_END
  ].join('\n')
}

/**
 * A page with the generated block of every message put right under the message's heading, replacing the block there;
 * the hand-written notes after it stay. Headings are not added: the docs test asks for them.
 */
export function withMessageBlocks(page: string, meta: RuleMeta): string {
  // An empty block (begin and end on adjacent lines) is a block too: else the match runs on to the next section's end.
  return page.replace(/^### (\S+)\n(?:\n<!-- begin generated message -->\n(?:[\s\S]*?\n)??<!-- end generated message -->\n)?/gm, (whole, id: string) =>
    id in meta.messages ? `### ${id}\n\n${messageBlock(meta, id)}\n` : whole
  )
}
