import { describe, it, expect } from '@jest/globals'
import {
  code,
  details,
  escapeHtml,
  escapeText,
  fencedBlock,
  link,
  messageMarkdown,
  renderReport,
  ruleDocUrl,
  table,
  verdictLine
} from '../../src/reporters/markdown.js'
import type { ReportContext } from '../../src/reporters/types.js'
import { reportContext } from './report-fixture.js'

describe('markdown helpers', () => {
  it('escapes markup, HTML, math and mentions in text', () => {
    expect(escapeText('a *b* _c_ `d` [e](f) <img src=x> | ~g~ & #1 $x$')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<img src=x\\> \\| \\~g\\~ \\& \\#1 \\$x\\$'
    )
    expect(escapeText('ask @octocat or @org/team, mail a@b')).toBe('ask @&#8203;octocat or @&#8203;org/team, mail a@&#8203;b')
    expect(escapeText('two\nlines\r\nhere')).toBe('two lines here')
  })

  it('escapes HTML for <summary>', () => {
    expect(escapeHtml('<b>"x" & y</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;')
  })

  it('makes code spans that survive backticks, and shows empty values', () => {
    expect(code('https://api.rutaapi.com')).toBe('`https://api.rutaapi.com`')
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`edge`')).toBe('`` `edge` ``')
    expect(code('')).toBe('*empty*')
    expect(code('multi\nline')).toBe('`multi line`')
  })

  it('percent-encodes link destinations and escapes link text', () => {
    expect(link('rule [x]', 'https://example.test/a b/(c).md')).toBe('[rule \\[x\\]](https://example.test/a%20b/%28c%29.md)')
  })

  it('escapes pipes in table cells, inside code spans too, but not twice', () => {
    const rendered = table(['A', 'B'], [[code('gpt-4o|mini'), escapeText('x|y')]])
    expect(rendered).toBe('| A | B |\n| --- | --- |\n| `gpt-4o\\|mini` | x\\|y |')
  })

  it('makes fences longer than any backtick run inside', () => {
    expect(fencedBlock('suggestion', 'a')).toBe('```suggestion\na\n```')
    expect(fencedBlock('suggestion', 'x ```` y')).toBe('`````suggestion\nx ```` y\n`````')
  })

  it('collapses with a plain-text summary', () => {
    expect(details('3 <more>', 'body')).toBe('<details><summary>3 &lt;more&gt;</summary>\n\nbody\n\n</details>')
  })

  it('turns quoted values of messages into code spans and escapes the rest', () => {
    expect(messageMarkdown('BASE_URL "https://x.test/v1" ends in /v1 *really*')).toBe('BASE\\_URL `https://x.test/v1` ends in /v1 \\*really\\*')
    expect(messageMarkdown('model "a|b" by @someone')).toBe('model `a|b` by @&#8203;someone')
  })

  it('links rule docs under the docs base URL', () => {
    expect(ruleDocUrl({ name: 't', version: '1', docsBaseUrl: 'https://d.test/rules/' }, 'leaked-key')).toBe('https://d.test/rules/leaked-key.md')
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
