import { describe, it, expect } from '@jest/globals'
import type { Finding, Severity, Span } from '../../src/core/types.js'
import type { ReportContext } from '../../src/reporters/types.js'
import type { RuleMeta } from '../../src/rules/types.js'
import { ANNOTATIONS_PER_LEVEL, renderAnnotations } from '../../src/reporters/annotations.js'

const oneLine: Span = { start: { line: 4, column: 10 }, end: { line: 4, column: 30 } }

function finding(n: number, severity: Severity, ruleId = `rule-${severity}`, span: Span = oneLine, extra: Partial<Finding> = {}): Finding {
  return { ruleId, messageId: 'm', severity, message: `${severity} ${n}`, file: `f${n}.env`, span, fingerprint: `fp${n}`, origin: 'tree', ...extra }
}

const many = (count: number, severity: Severity, ruleId?: string): Finding[] =>
  Array.from({ length: count }, (_, i) => finding(i, severity, ruleId))

const meta = (id: string, security = false): RuleMeta => ({ id, description: id, severity: 'error', messages: {}, security })

function context(findings: Finding[], rules: RuleMeta[] = []): ReportContext {
  return {
    findings,
    rules,
    scopes: [],
    tool: { name: 'llm-env-lint', version: '0.0.0-test', docsBaseUrl: 'https://example.test/docs' },
    stats: { files: 1, entries: 1 },
    failOn: 'error'
  }
}

const levels = (report: ReturnType<typeof renderAnnotations>): string[] => report.annotations.map((a) => a.level)

describe('annotations reporter', () => {
  it('maps a one-line finding to an annotation titled with the rule id, columns included', () => {
    const report = renderAnnotations(context([finding(1, 'error', 'leaked-key')]))
    expect(report).toEqual({
      annotations: [
        {
          level: 'error',
          message: 'error 1',
          properties: { title: 'leaked-key', file: 'f1.env', startLine: 4, endLine: 4, startColumn: 10, endColumn: 30 }
        }
      ],
      overflow: 0
    })
  })

  it('leaves the columns out when the finding spans several lines (GitHub would ignore them)', () => {
    const multiLine: Span = { start: { line: 2, column: 3 }, end: { line: 5, column: 1 } }
    const [annotation] = renderAnnotations(context([finding(1, 'warning', 'x', multiLine)])).annotations
    expect(annotation?.properties).toEqual({ title: 'x', file: 'f1.env', startLine: 2, endLine: 5 })
  })

  it('issues every finding when each level fits, most severe level first', () => {
    const report = renderAnnotations(context([...many(3, 'note'), ...many(10, 'warning'), ...many(10, 'error')]))
    expect(report.overflow).toBe(0)
    expect(levels(report)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(3).fill('note')])
  })

  it('allows ten notices when nothing overflows', () => {
    const report = renderAnnotations(context(many(10, 'note')))
    expect(report.overflow).toBe(0)
    expect(report.annotations).toHaveLength(10)
  })

  it('caps each level and ends with one notice that says how many more and where, within the notice limit', () => {
    const report = renderAnnotations(context([...many(14, 'error'), ...many(11, 'warning'), ...many(12, 'note')]))
    // 4 errors and 1 warning over the cap, and 3 notes: 9 note slots are left beside the overflow notice.
    expect(report.overflow).toBe(4 + 1 + 3)
    expect(levels(report).filter((l) => l === 'error')).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(levels(report).filter((l) => l === 'warning')).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(levels(report).filter((l) => l === 'note')).toHaveLength(ANNOTATIONS_PER_LEVEL)
    const notice = report.annotations.at(-1)
    expect(notice?.properties).toEqual({ title: 'llm-env-lint' })
    expect(notice?.message).toMatch(/^8 more findings are not annotated: .*this step's log.*report-json/)
  })

  it('gives the overflow notice a slot even when only errors overflow', () => {
    const report = renderAnnotations(context([...many(11, 'error'), ...many(10, 'note')]))
    expect(report.overflow).toBe(2)
    expect(levels(report).filter((l) => l === 'note')).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(report.annotations.at(-1)?.message).toMatch(/^2 more findings/)
  })

  it('says "1 more finding is" for a single overflow', () => {
    const report = renderAnnotations(context(many(11, 'warning')))
    expect(report.annotations.at(-1)?.message).toMatch(/^1 more finding is not annotated/)
  })

  it('puts security rules first within a level so a leaked key is never the one left out', () => {
    const findings = [...many(12, 'error', 'base-url-path'), finding(99, 'error', 'leaked-key')]
    const report = renderAnnotations(context(findings, [meta('base-url-path'), meta('leaked-key', true)]))
    expect(report.annotations[0]?.properties.title).toBe('leaked-key')
    expect(report.annotations.filter((a) => a.level === 'error').map((a) => a.message)).toEqual([
      'error 99',
      ...Array.from({ length: 9 }, (_, i) => `error ${i}`)
    ])
  })

  it('never annotates suppressed findings nor counts them as overflow', () => {
    const suppressed = many(15, 'error').map((f) => ({ ...f, suppressed: { by: 'inline' as const } }))
    const report = renderAnnotations(context([...suppressed, finding(1, 'warning')]))
    expect(report).toMatchObject({ overflow: 0 })
    expect(levels(report)).toEqual(['warning'])
  })
})
