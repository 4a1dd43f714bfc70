import { describe, it, expect } from '@jest/globals'
import type { Finding } from '../../src/core/types.js'
import { renderSummary, SUMMARY_MAX_BYTES, summaryReporter } from '../../src/reporters/summary.js'
import { expectGolden } from '../helpers/golden.js'
import { expectNoSecrets, reportContext } from './report-fixture.js'
import { probeKeys, probes } from '../probes/probe-report-fixture.js'

describe('renderSummary', () => {
  it('renders every scope and finding, collapsing long lists (golden)', () => {
    const summary = renderSummary(reportContext())
    expectNoSecrets(summary)
    expect(summary).toContain('<details><summary>3 more findings in this section</summary>')
    expect(summary).toContain('<details><summary>2 scopes without findings</summary>')
    expect(summary).toContain('<details><summary>1 suppressed finding</summary>')
    expect(summary).not.toContain('```suggestion')
    expectGolden('summary.md', summary)
  })

  it('shows the live probes after the verdict, failures first, with their support blocks (golden)', () => {
    const summary = renderSummary(reportContext({ probes }))
    expectNoSecrets(summary)
    expectNoSecrets(summary, probeKeys)
    const section = summary.slice(summary.indexOf('#### Live probes'), summary.indexOf('\n#### ', summary.indexOf('#### Live probes') + 1))
    expect(section.indexOf('❌ **rejected**')).toBeLessThan(section.indexOf('❔ **indeterminate**'))
    expect(section.indexOf('❔ **indeterminate**')).toBeLessThan(section.indexOf('✅ **verified**'))
    expect(section).toContain('**Next step:**')
    expect(section).toMatch(/\n {4}```text\n {4}Time \(UTC\): {2}2026-08-30 12:00:00Z\n/)
    expect(section).toContain('✅ **verified**, key and route: api.openai.com accepted the key')
    expect(section).toContain('x-oneapi-request-id: 20260830120000123456789')
    // Provider text is escaped: no HTML, no mention.
    expect(section).toContain('\\<img src=x\\>')
    expect(section).toContain('@&#8203;octocat')
    expectGolden('summary-probes.md', summary)
  })

  it('says so when probing was asked for but no key was probed', () => {
    expect(renderSummary(reportContext({ probes: [] }))).toContain('#### Live probes\n\n*No key was probed; the log says why.*')
    expect(renderSummary(reportContext())).not.toContain('Live probes')
  })

  it('is the summary reporter', () => {
    expect(summaryReporter.format).toBe('summary')
    expect(summaryReporter.render(reportContext())).toBe(renderSummary(reportContext()))
  })

  it('stays under the step summary limit, in bytes, with a count of what was cut', () => {
    const context = reportContext()
    const template = context.findings[0]!
    // Multi-byte text: the limit is in bytes, not characters.
    const many: Finding[] = Array.from({ length: 12_000 }, (_, i) => ({
      ...template,
      fingerprint: `fp-${i}`,
      message: `ключ ${'значение '.repeat(6)}${i}`
    }))
    const summary = renderSummary({ ...context, findings: many })
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(summary).toMatch(/\*\*…and \d+ more findings (and \d+ more scopes )?not shown; the JSON and SARIF reports list every finding\.\*\*/)
  })
})
