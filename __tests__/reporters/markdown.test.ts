import { describe, it, expect } from '@jest/globals'
import { ruleDocUrl } from '../../src/reporters/doc-url.js'
import { renderReport, verdictLine } from '../../src/reporters/markdown.js'
import type { ReportContext } from '../../src/reporters/types.js'
import { reportContext } from './report-fixture.js'

describe('doc links', () => {
  const tool = { name: 't', version: '1', docsBaseUrl: 'https://d.test/rules/' }
  it('links rule docs under the docs base URL, and a message to its section', () => {
    expect(ruleDocUrl(tool, 'leaked-key')).toBe('https://d.test/rules/leaked-key.md')
    expect(ruleDocUrl(tool, 'base-url-path', 'doubledVersion')).toBe('https://d.test/rules/base-url-path.md#doubledversion')
    // A finding merged from an older JSON report has no message id.
    expect(ruleDocUrl(tool, 'base-url-path', '')).toBe('https://d.test/rules/base-url-path.md')
  })
})

describe('verdict', () => {
  const base = reportContext()
  const only = (severity: 'error' | 'warning' | 'note'): ReportContext['findings'] =>
    base.findings.filter(finding => finding.severity === severity && !finding.suppressed)

  it('says the check fails when findings reach fail-on', () => {
    expect(verdictLine(base)).toBe('❌ **3 errors, 3 warnings, 8 notes** (1 suppressed): the check fails (fail-on: `error`)')
  })

  it('says when findings stay below fail-on, or nothing fails', () => {
    expect(verdictLine({ ...base, findings: only('warning') })).toBe('⚠️ **3 warnings**: below the fail-on level (fail-on: `error`)')
    expect(verdictLine({ ...base, findings: only('note'), failOn: 'warning' })).toBe('ℹ️ **8 notes**: below the fail-on level (fail-on: `warning`)')
    expect(verdictLine({ ...base, failOn: 'never' })).toBe('⚠️ **3 errors, 3 warnings, 8 notes** (1 suppressed): nothing fails (fail-on: `never`)')
  })

  it('is all clear when nothing is active', () => {
    expect(verdictLine({ ...base, findings: [] })).toBe('✅ **No problems found**')
    expect(verdictLine({ ...base, findings: base.findings.filter(finding => finding.suppressed) })).toBe('✅ **No problems found** (1 suppressed)')
  })
})

describe('renderReport', () => {
  const layout = { preamble: '## t', limit: { max: 1_000_000, measure: (text: string) => text.length, seeAlso: 'see elsewhere' } }

  it('keeps section order while cutting the least severe findings first', () => {
    const context = reportContext()
    const full = renderReport(context, layout)
    const cut = renderReport(context, { ...layout, limit: { ...layout.limit, max: full.length - 200 } })
    expect(cut.length).toBeLessThanOrEqual(full.length - 200)
    expect(cut).toMatch(/\*\*…and \d+ more (finding|scope)s? .*not shown; see elsewhere\.\*\*/)
    // Errors survive the cut.
    expect(cut).toContain('leaked-key')
    expect(cut).toContain('workflow-secret-exposure')
  })

  it('truncates as a last resort when even the verdict does not fit', () => {
    const tiny = renderReport(reportContext(), { ...layout, limit: { ...layout.limit, max: 10 } })
    expect(tiny.length).toBe(10)
  })
})
