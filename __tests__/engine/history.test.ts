import { describe, expect, it } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { analyzeFile } from '../../src/engine/analyze.js'
import { historyFacts } from '../../src/engine/history.js'
import { lintFacts } from '../../src/engine/lint.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { fakeKeys } from '../helpers/keys.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them, before the suites are
// collected (they analyse as they are declared).
await loadParsers()

const catalog = createCatalog()
const settings = { rules: {}, providers: [] }
const removed = fakeKeys.groq('gone')
const kept = fakeKeys.anthropic('kept')
const commit = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0'

describe('keys in a pull request history', () => {
  const tree = [analyzeFile({ path: '.env', text: `ANTHROPIC_API_KEY=${kept}\n` }, catalog)]
  const history = historyFacts(
    [
      { commit, file: 'config/.env', line: 3, text: `GROQ_API_KEY=${removed}` },
      { commit, file: '.env', line: 1, text: `ANTHROPIC_API_KEY=${kept}` },
      { commit, file: 'README.md', line: 9, text: 'nothing to see' }
    ],
    catalog
  )
  const result = lintFacts([...tree, ...history], settings, { catalog })
  const leaks = result.findings.filter((f) => f.ruleId === 'leaked-key')

  it('finds keys in added lines with the commit and the exact position', () => {
    expect(history).toHaveLength(2)
    expect(history[0]!.keyHits[0]).toMatchObject({ commit, span: { start: { line: 3, column: 14 }, end: { line: 3, column: 14 + removed.length } } })
  })

  it('reports a key removed later as a leak in the history, and a key still present once', () => {
    expect(leaks.map((f) => [f.file, f.messageId, f.origin])).toEqual([
      ['.env', 'providerKey', 'tree'],
      ['config/.env', 'inHistory', 'history']
    ])
    expect([leaks[1]!.message, leaks[1]!.tip]).toEqual([
      `Groq key gsk_…${removed.slice(-4)} was added by commit a1b2c3d4e5f6 of this pull request and removed later, but it stays in the history`,
      'revoke it'
    ])
  })

  it('never counts history as scanned files, and never shows a key', () => {
    expect(result.stats.files).toBe(1)
    expect(JSON.stringify(result.findings)).not.toContain(removed.slice(4, 20))
  })
})
