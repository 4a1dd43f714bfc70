import { describe, it, expect } from '@jest/globals'
import type { Finding, Severity } from '../../src/core/types.js'
import type { ReportContext } from '../../src/reporters/types.js'
import { summaryLine, textReporter } from '../../src/reporters/text.js'

function finding(file: string, line: number, column: number, severity: Severity, ruleId: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    messageId: 'm',
    severity,
    message: `${ruleId} at ${line}`,
    file,
    span: { start: { line, column }, end: { line, column: column + 5 } },
    fingerprint: `fp-${file}-${line}-${ruleId}`,
    origin: 'tree',
    ...extra
  }
}

function context(findings: Finding[], files = 12): ReportContext {
  return {
    findings,
    rules: [],
    scopes: [],
    tool: { name: 'llm-env-lint', version: '0.0.0-test', docsBaseUrl: 'https://example.test/docs' },
    stats: { files, entries: 40 },
    failOn: 'error'
  }
}

describe('text reporter', () => {
  it('keeps message and tip on one line, as the message said both before tips were split off', () => {
    const withTip = finding('.env', 2, 10, 'error', 'base-url-path', { message: 'BASE_URL ends in /v1', tip: 'use "https://api.rutaapi.com"' })
    expect(textReporter.render(context([withTip])).split('\n')[0]).toBe('.env:2:10: error BASE_URL ends in /v1: use "https://api.rutaapi.com" [base-url-path]')
  })

  it('prints file:line:col: severity message [rule-id], sorted, then the summary', () => {
    const out = textReporter.render(
      context([
        finding('docker-compose.yml', 9, 7, 'warning', 'base-url-format'),
        finding('.env', 3, 16, 'error', 'leaked-key'),
        finding('.env', 3, 1, 'error', 'base-url-path'),
        finding('.env', 1, 1, 'note', 'parse-error')
      ])
    )
    expect(out).toBe(
      [
        '.env:1:1: note parse-error at 1 [parse-error]',
        '.env:3:1: error base-url-path at 3 [base-url-path]',
        '.env:3:16: error leaked-key at 3 [leaked-key]',
        'docker-compose.yml:9:7: warning base-url-format at 9 [base-url-format]',
        '2 errors, 1 warning, 1 note in 12 files',
        ''
      ].join('\n')
    )
  })

  it('leaves suppressed findings out of the lines and counts them in the summary', () => {
    const out = textReporter.render(
      context([
        finding('.env', 2, 1, 'error', 'leaked-key', { suppressed: { by: 'inline' } }),
        finding('.env', 5, 1, 'warning', 'env-name-unused')
      ])
    )
    expect(out).toBe('.env:5:1: warning env-name-unused at 5 [env-name-unused]\n0 errors, 1 warning, 0 notes in 12 files (1 suppressed)\n')
  })

  it('prints only the summary for a clean repository, with singular nouns where they belong', () => {
    expect(textReporter.render(context([], 1))).toBe('0 errors, 0 warnings, 0 notes in 1 file\n')
    expect(summaryLine(context([finding('a', 1, 1, 'error', 'x'), finding('b', 1, 1, 'note', 'y')], 2))).toBe(
      '1 error, 0 warnings, 1 note in 2 files'
    )
  })

  it('does not reorder the findings it was given', () => {
    const findings = [finding('b', 1, 1, 'error', 'x'), finding('a', 1, 1, 'error', 'x')]
    textReporter.render(context(findings))
    expect(findings.map((f) => f.file)).toEqual(['b', 'a'])
  })
})

describe('findings without a file', () => {
  it('are shown as coming from the command line, not as ":1:1"', () => {
    const finding = {
      ruleId: 'probe-key',
      messageId: 'rejected',
      severity: 'error' as const,
      message: 'the provider rejected the key',
      file: '',
      span: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      fingerprint: 'f',
      origin: 'probe' as const
    }
    const context = { findings: [finding], rules: [], scopes: [], tool: { name: 't', version: '0', docsBaseUrl: '' }, stats: { files: 0, entries: 0 }, failOn: 'error' as const }
    expect(textReporter.render(context).split('\n')[0]).toBe('(command line): error the provider rejected the key [probe-key]')
  })
})
