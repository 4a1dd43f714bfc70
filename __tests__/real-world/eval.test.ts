/**
 * The real-world regression set (see eval.ts): every case is well formed, holds no whole key, and the
 * linter's precision and recall per rule family stay at or above the floors in thresholds.json.
 *
 * `npm run eval` runs this file with REAL_WORLD_PRINT=1, which prints the table and every false
 * positive and negative.
 */
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { rules } from '../../src/rules/index.js'
import { CASES_DIR, FAMILIES, caseFiles, evaluate, formatScore, loadCases, type Family } from './eval.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const thresholds = JSON.parse(readFileSync(join(HERE, 'thresholds.json'), 'utf8')) as Record<
  Family,
  { precision: number; recall: number }
>
const cases = loadCases()
const ruleIds = new Set([...rules.map((rule) => rule.meta.id), 'published-default-secret'])

/** Whole keys of the common formats (case files hold `{{fake:…}}` markers instead); placeholders do not match. */
const WHOLE_KEY = new RegExp(
  [
    'sk-(?:proj|svcacct|admin)-[\\w-]{80,}',
    'sk-ant-(?:api|admin)\\d\\d-[\\w-]{80,}',
    'sk-or-v1-[0-9a-f]{64}',
    'sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}',
    'gsk_[A-Za-z0-9]{52}',
    'AIza[\\w-]{35}',
    'xai-[A-Za-z0-9]{80}',
    '\\bsk-[0-9a-f]{32}\\b',
    // a gateway token mixes letters and digits; sk- + 48 digits is a placeholder
    '\\bsk-(?=[A-Za-z0-9]{0,47}[A-Za-z])(?=[A-Za-z0-9]{0,47}\\d)[A-Za-z0-9]{48}\\b',
    '\\b[0-9a-f]{32}\\.[A-Za-z0-9]{16}\\b'
  ].join('|')
)

describe('real-world regression set', () => {
  describe.each(cases.map((kase) => [kase.id, kase] as const))('%s', (id, kase) => {
    it('records its source and reasons', () => {
      expect(kase.source.repo).toMatch(/^[\w.-]+\/[\w.-]+$/)
      expect(kase.source.commit).toMatch(/^[0-9a-f]{40}$/)
      expect(kase.source.path.length).toBeGreaterThan(0)
      expect(kase.client).not.toBe('')
      const files = caseFiles(id)
      for (const expected of kase.expected) {
        expect(files).toContain(expected.file)
        expect(ruleIds).toContain(expected.rule)
        expect(expected.line).toBeGreaterThan(0)
        expect(expected.reason.trim()).not.toBe('')
      }
    })

    it('stores no whole key', () => {
      for (const file of caseFiles(id)) {
        expect(readFileSync(join(CASES_DIR, id, file), 'utf8')).not.toMatch(WHOLE_KEY)
      }
    })
  })

  it('precision and recall per family stay at or above the floors', async () => {
    const score = await evaluate()
    if (process.env.REAL_WORLD_PRINT === '1') process.stdout.write(`\n${formatScore(score)}\n`)
    for (const family of FAMILIES) {
      const { precision, recall } = score.families[family]
      expect({ family, precision: precision >= thresholds[family].precision, recall: recall >= thresholds[family].recall }).toEqual({
        family,
        precision: true,
        recall: true
      })
    }
  }, 120_000)
})
