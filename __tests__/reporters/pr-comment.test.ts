import { describe, it, expect } from '@jest/globals'
import type { Finding } from '../../src/core/types.js'
import { PR_COMMENT_MARKER, PR_COMMENT_MAX_LENGTH, renderPrComment, renderShortPrComment } from '../../src/reporters/pr-comment.js'
import { expectGolden } from '../helpers/golden.js'
import { expectNoSecrets, reportContext, spanOf } from './report-fixture.js'
import { probeKeys, probes } from '../probes/probe-report-fixture.js'

/** Lines the PR changes: all of `.env` and the compose environment block. */
const changedLines = new Map([
  ['.env', new Set([1, 2, 3])],
  ['docker-compose.yml', new Set([7, 8])]
])

describe('renderPrComment', () => {
  it('renders the report with suggestions on changed lines (golden)', () => {
    const body = renderPrComment(reportContext(), { changedLines })
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true)
    expectNoSecrets(body)
    expectGolden('pr-comment.md', body)
  })

  it('is a short all-clear with the marker when nothing is active (golden)', () => {
    const context = reportContext()
    const body = renderPrComment({ ...context, findings: context.findings.filter(finding => finding.suppressed) })
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true)
    expect(body).toContain('✅ **No problems found** (1 suppressed)')
    expectGolden('pr-comment-all-clear.md', body)
  })

  it('shows the live probes with their support blocks (golden)', () => {
    const body = renderPrComment(reportContext({ probes }), { changedLines })
    expectNoSecrets(body, [...probeKeys])
    expect(body).toContain('#### Live probes')
    expect(body).toContain('Request id:  x-oneapi-request-id: 20260830120000123456789')
    expectGolden('pr-comment-probes.md', body)
  })

  it('shows probes that all passed instead of the short all-clear', () => {
    const verified = probes.filter(probe => probe.outcome === 'verified')
    const body = renderPrComment({ ...reportContext({ probes: verified }), findings: [] })
    expect(body).toContain('✅ **No problems found**')
    expect(body).toContain('#### Live probes\n\n- ✅ **verified** · `OPENAI_API_KEY` = `sk-proj-…')
  })

  it('says the all-clear covers only the changed files in scope: changed', () => {
    const body = renderPrComment({ ...reportContext(), findings: [] }, { changedFilesOnly: true })
    expect(body).toContain('✅ **No problems found**')
    expect(body).toContain('Only findings in files this pull request changes are shown')
  })

  it('cuts the least severe findings with a count when the body is too long (golden)', () => {
    const body = renderPrComment(reportContext(), { changedLines, maxLength: 4000, changedFilesOnly: true })
    expect(body.length).toBeLessThanOrEqual(4000)
    expect(body).toContain('not shown; see the job summary.')
    expectNoSecrets(body)
    expectGolden('pr-comment-cut.md', body)
  })

  it('never exceeds 65,536 characters and counts exactly what it cut', () => {
    const context = reportContext()
    const template = context.findings.find(finding => finding.ruleId === 'base-url-path')!
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({
      ...template,
      span: { start: { line: i + 1, column: 10 }, end: { line: i + 1, column: 36 } },
      fingerprint: `fp-${i}`,
      message: `${template.message} (${'long explanation '.repeat(5)}${i})`
    }))
    const body = renderPrComment({ ...context, findings: many })
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_MAX_LENGTH)
    expect(body.length).toBeGreaterThan(PR_COMMENT_MAX_LENGTH - 2000)
    const shown = body.split('\n').filter(line => /^- ❌ \*\*error\*\*/.test(line.trim())).length
    const cut = Number(/…and (\d+) more findings (?:and \d+ more scopes )?not shown; see the job summary\./.exec(body)?.[1])
    expect(shown + cut).toBe(3000)
  })

  it('offers a suggestion only where it is honest', () => {
    const context = reportContext()
    const body = renderPrComment(context, { changedLines })
    // The block continues a list item: two spaces of indentation that Markdown strips.
    const suggestions = [...body.matchAll(/ {2}```suggestion\n {2}(.*)\n {2}```\n/g)].map(match => match[1])
    // .env:2 (version), docker-compose.yml:8 twice (name and host); never the leaked key, never unchanged lines.
    expect(suggestions).toEqual(['BASE_URL=https://api.rutaapi.com', '      BASE_URL: https://app.rutaapi.com', '      OPENAI_BASE_URL: https://api.rutaapi.com'])
    const withoutChanges = renderPrComment(context)
    expect(withoutChanges).not.toContain('```suggestion')
    const onlyEnvLine3 = renderPrComment(context, { changedLines: new Map([['.env', new Set([3])]]) })
    expect(onlyEnvLine3).not.toContain('```suggestion')
  })

  it('suggests only the corrected line the engine carried, and nothing when asked not to', () => {
    const context = reportContext()
    const { fixedLine: _carried, ...withoutLine } = context.findings.find(finding => finding.ruleId === 'base-url-path')!
    const leaked: Finding = { ...withoutLine, ruleId: 'leaked-key', fix: '${OPENAI_API_KEY}', span: spanOf('.env', 2, 'https://api.rutaapi.com/v1') }
    const body = renderPrComment({ ...context, findings: [leaked] }, { changedLines })
    expect(body).toContain('**Fix:** change it to `${OPENAI_API_KEY}`')
    expect(body).not.toContain('```suggestion')
    expect(renderPrComment(context, { changedLines, suggestions: false })).not.toContain('```suggestion')
  })

  it('escapes hostile values from the repository', () => {
    const context = reportContext()
    const hostile = renderPrComment({
      ...context,
      scopes: [{ ...context.scopes[0]!, label: 'evil | <img src=x onerror=alert(1)> @octocat', rows: [{ model: 'x` | <script>' }] }],
      findings: [{ ...context.findings[0]!, message: 'see [here](https://evil.test) @octocat <b>now</b>' }]
    })
    // Markup arrives escaped (`\<img`), links broken (`\]`), mentions defused, values in code spans.
    expect(hostile).not.toMatch(/(?<!\\)<(img|b)|(?<!\\)\]\(https:\/\/evil|@octocat/)
    expect(hostile).toContain('evil \\| \\<img src=x onerror=alert(1)\\> @&#8203;octocat')
    expect(hostile).toContain('``x` \\| <script>``')
  })

  it('has a short form for the body GitHub rejected', () => {
    const body = renderShortPrComment(reportContext(), { note: 'The full report was too long for a comment; see the job summary.' })
    expect(body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true)
    expect(body).toContain('❌ **3 errors, 3 warnings, 8 notes** (1 suppressed)')
    expect(body).toContain('The full report was too long for a comment; see the job summary.')
    expect(body.length).toBeLessThan(1000)
  })
})
