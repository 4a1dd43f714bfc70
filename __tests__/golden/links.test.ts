/**
 * Every rule a golden output names, and every link it makes into the rule docs, exists: the rule in src/rules (or
 * among the probe rules), its page in docs/rules, and the `#message-id` section the link points at. Reporter
 * fixtures once named rules that had been renamed, and their goldens linked to pages that did not exist.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ALL_RULE_METAS } from '../../src/probes/rules.js'
import { messageAnchor } from '../../src/rules/docs.js'

const ROOT = process.cwd()
const RULE_DOCS = join(ROOT, 'docs', 'rules')

/** The golden outputs: reporter goldens, rendered examples in docs/, and the text output of every fixture repository. */
const goldens = [
  ...readdirSync(join(ROOT, '__tests__', 'golden'))
    .filter((f) => /\.(md|json)$/.test(f))
    .map((f) => join('__tests__', 'golden', f)),
  join('docs', 'pr-comment-example.md'),
  join('docs', 'summary-example.md'),
  ...readdirSync(join(ROOT, '__tests__', 'fixtures', 'repos'))
    .filter((f) => f.endsWith('.out'))
    .map((f) => join('__tests__', 'fixtures', 'repos', f))
]

const ruleIds = new Set(ALL_RULE_METAS.map((meta) => meta.id))

/** The anchors GitHub makes for a page's `###` headings. */
function anchorsOf(ruleId: string): Set<string> {
  const page = readFileSync(join(RULE_DOCS, `${ruleId}.md`), 'utf8')
  return new Set([...page.matchAll(/^### (\S+)$/gm)].map((m) => messageAnchor(m[1]!)))
}

/** Links into the rule docs (`…/docs/rules/<id>.md#<anchor>`) and rule ids in `[rule-id]` line endings of the text format. */
function referencesIn(text: string): { readonly ruleId: string; readonly anchor?: string }[] {
  const links = [...text.matchAll(/docs\/rules\/([a-z0-9-]+)\.md(?:#([a-z0-9-]+))?/g)].map((m) => ({ ruleId: m[1]!, ...(m[2] && { anchor: m[2] }) }))
  const textIds = [...text.matchAll(/ \[([a-z0-9-]+)\]$/gm)].map((m) => ({ ruleId: m[1]! }))
  return [...links, ...textIds]
}

describe('links in golden outputs', () => {
  it('finds golden outputs that name rules', () => {
    expect(goldens.filter((file) => referencesIn(readFileSync(join(ROOT, file), 'utf8')).length > 0).length).toBeGreaterThan(20)
  })

  it.each(goldens)('%s names only rules, pages and sections that exist', (file) => {
    const missing = referencesIn(readFileSync(join(ROOT, file), 'utf8')).flatMap(({ ruleId, anchor }) => {
      if (!ruleIds.has(ruleId)) return [`rule ${ruleId}`]
      if (!existsSync(join(RULE_DOCS, `${ruleId}.md`))) return [`page ${ruleId}.md`]
      return anchor !== undefined && !anchorsOf(ruleId).has(anchor) ? [`section ${ruleId}.md#${anchor}`] : []
    })
    expect([...new Set(missing)]).toEqual([])
  })
})
