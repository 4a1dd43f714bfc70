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
import type { Finding, Severity } from '../../src/core/types.js'
import {
  CASES_DIR,
  FAMILIES,
  caseFiles,
  compareCase,
  evaluate,
  familyOf,
  formatScore,
  loadCases,
  type Case,
  type Family
} from './eval.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const thresholds = JSON.parse(readFileSync(join(HERE, 'thresholds.json'), 'utf8')) as Record<
  Family,
  { precision: number; recall: number }
>
const cases = loadCases()
/** Rules a correct linter needs that do not exist yet; cases may expect them (they count as false negatives). */
const FUTURE_RULES = ['published-default-secret']
const ruleIds = new Set([...rules.map((rule) => rule.meta.id), ...FUTURE_RULES])

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

describe('real-world scoring', () => {
  const finding = (ruleId: string, line: number, severity: Severity = 'warning', extra: Partial<Finding> = {}): Finding => ({
    ruleId,
    messageId: 'm',
    severity,
    message: `${ruleId} at ${line}`,
    file: '.env',
    span: { start: { line, column: 1 }, end: { line, column: 2 } },
    fingerprint: `${ruleId}${line}`,
    origin: 'tree',
    ...extra
  })
  const kase = (expected: Case['expected']): Case => ({
    id: 'c',
    source: { repo: 'o/r', path: ['.env'], commit: '0'.repeat(40) },
    client: 'nextchat',
    notes: '',
    expected
  })

  it('matches by file, line and rule, once per expectation', () => {
    const result = compareCase(kase([{ file: '.env', line: 2, rule: 'leaked-key', reason: 'r' }]), [
      finding('leaked-key', 2, 'error'),
      finding('leaked-key', 2, 'error'),
      finding('leaked-key', 3, 'error')
    ])
    expect([result.tp.length, result.fp.length, result.fn.length]).toEqual([1, 2, 0])
  })

  it('reports an unmatched expectation as a false negative with its reason', () => {
    const result = compareCase(kase([{ file: '.env', line: 5, rule: 'base-url-path', reason: 'doubled /v1' }]), [
      finding('base-url-path', 4)
    ])
    expect(result.fn).toEqual([{ caseId: 'c', file: '.env', line: 5, rule: 'base-url-path', text: 'doubled /v1' }])
    expect(result.fp.map((hit) => hit.line)).toEqual([4])
  })

  it('counts notes and parse errors only when expected, and never suppressed findings', () => {
    const result = compareCase(kase([{ file: '.env', line: 1, rule: 'base-url-format', reason: 'r' }]), [
      finding('base-url-format', 1, 'note'),
      finding('env-name-unused', 2, 'note'),
      finding('parse-error', 3, 'warning'),
      finding('leaked-key', 4, 'error', { suppressed: { by: 'inline' } })
    ])
    expect([result.tp.length, result.fp.length, result.fn.length]).toEqual([1, 0, 0])
  })

  it('groups rules into families', () => {
    const rules = ['base-url-path', 'base-url-format', 'leaked-key', 'workflow-hardcoded-key', 'env-name-unused', 'open-relay']
    expect(rules.map(familyOf)).toEqual(['base-url', 'base-url', 'keys', 'keys', 'names', 'other'])
  })
})

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
        const lines = readFileSync(join(CASES_DIR, id, expected.file), 'utf8').split('\n').length
        expect(expected.line).toBeGreaterThan(0)
        expect(expected.line).toBeLessThanOrEqual(lines)
        expect(expected.reason.trim()).not.toBe('')
      }
    })

    it('stores no whole key', () => {
      for (const file of caseFiles(id)) {
        expect(readFileSync(join(CASES_DIR, id, file), 'utf8')).not.toMatch(WHOLE_KEY)
      }
    })
  })

  it('holds at least 80 configuration files from at least 40 repositories', () => {
    expect(cases.reduce((files, kase) => files + kase.source.path.length, 0)).toBeGreaterThanOrEqual(80)
    expect(new Set(cases.map((kase) => kase.source.repo.toLowerCase())).size).toBeGreaterThanOrEqual(40)
  })

  it('precision and recall per family stay at or above the floors', async () => {
    const score = await evaluate()
    if (process.env.REAL_WORLD_PRINT === '1') process.stdout.write(`\n${formatScore(score)}\n`)
    const below = FAMILIES.flatMap((family) => {
      const { precision, recall } = score.families[family]
      const floor = thresholds[family]
      return [
        ...(precision < floor.precision ? [`${family} precision ${precision.toFixed(3)} < ${floor.precision}`] : []),
        ...(recall < floor.recall ? [`${family} recall ${recall.toFixed(3)} < ${floor.recall}`] : [])
      ]
    })
    expect(below).toEqual([])
  }, 120_000)
})
