import type { Diagnostic, Entry, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { envObjectEntries, memberAt, nodeDiagnostic, readJson, stringEntry } from './json.js'

/**
 * `.claude/settings.json` and `.claude/settings.local.json`: the `env` object Claude Code exports to its
 * own process (`ANTHROPIC_BASE_URL`, `ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN`, `ANTHROPIC_MODEL`, …) and
 * `apiKeyHelper`, a shell command whose output becomes the key (https://code.claude.com/docs/en/settings).
 */
export const claudeSettingsParser: Parser = {
  kind: 'claude-settings',
  parse(file: SourceFile) {
    const doc = readJson(file.text)
    const env = envObjectEntries(file, 'claude-settings', doc, { path: ['env'], scope: file.path })
    const entries: Entry[] = [...env.entries]
    const diagnostics: Diagnostic[] = [...doc.diagnostics, ...env.diagnostics]
    const helper = memberAt(doc.root, ['apiKeyHelper'])
    if (helper?.valueNode.type === 'string') {
      const where = { path: ['apiKeyHelper'], scope: file.path, meta: { command: true } }
      entries.push(stringEntry(file, 'claude-settings', doc, where, helper.nameNode, helper.valueNode))
    } else if (helper) {
      diagnostics.push(nodeDiagnostic(doc, helper.valueNode, `\`apiKeyHelper\` must be a string, not ${helper.valueNode.type}`))
    }
    return { entries, diagnostics }
  }
}
