import { describe, it, expect } from '@jest/globals'
import type { Finding } from '../../src/core/types.js'
import type { ReportContext, ScopeReport } from '../../src/reporters/types.js'
import { jsonReporter, type JsonReport } from '../../src/reporters/json.js'

const leaked: Finding = {
  ruleId: 'leaked-key',
  messageId: 'committedKey',
  severity: 'error',
  message: 'OPENAI_API_KEY holds an OpenAI key (sk-proj-…Ab12) committed in a dotenv file',
  file: 'deploy/.env',
  span: { start: { line: 3, column: 16 }, end: { line: 3, column: 180 } },
  fingerprint: 'a1b2c3',
  origin: 'tree',
  scope: 'deploy/.env'
}
const pathFinding: Finding = {
  ruleId: 'base-url-path',
  messageId: 'doubledV1',
  severity: 'error',
  message: 'NextChat will call https://api.rutaapi.com/v1/v1/chat/completions',
  file: 'deploy/.env',
  span: { start: { line: 4, column: 10 }, end: { line: 4, column: 37 } },
  fingerprint: 'd4e5f6',
  origin: 'tree',
  fix: 'https://api.rutaapi.com',
  edit: { range: { start: { line: 4, column: 10 }, end: { line: 4, column: 37 } }, replacement: 'https://api.rutaapi.com' },
  fixedLine: 'BASE_URL=https://api.rutaapi.com'
}
const ignored: Finding = {
  ruleId: 'env-name-unused',
  messageId: 'unused',
  severity: 'warning',
  message: 'NextChat does not read OPENAI_BASE_URL',
  file: 'vercel.json',
  span: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } },
  fingerprint: '0a0b0c',
  origin: 'tree',
  suppressed: { by: 'inline', reason: 'kept for the SDK script' }
}
const scope: ScopeReport = {
  id: 'deploy/.env',
  file: 'deploy/.env',
  label: '.env',
  client: 'NextChat',
  clientBasis: 'manifest',
  clientEvidence: 'package-name nextchat in package.json',
  clientConfidence: 'known',
  rows: [{ keyName: 'OPENAI_API_KEY', keyMasked: 'sk-proj-…Ab12', baseUrlName: 'BASE_URL', baseUrl: 'https://api.rutaapi.com/v1' }]
}

const context: ReportContext = {
  findings: [leaked, pathFinding, ignored],
  rules: [],
  scopes: [scope],
  tool: { name: 'llm-env-lint', version: '0.0.0-test', docsBaseUrl: 'https://example.test/docs' },
  stats: { files: 7, entries: 20 },
  failOn: 'error'
}

describe('json reporter', () => {
  const report = JSON.parse(jsonReporter.render(context)) as JsonReport

  it('flattens each finding to the documented fields, optional ones only when present', () => {
    expect(report.findings).toEqual([
      {
        ruleId: 'leaked-key',
        severity: 'error',
        message: leaked.message,
        file: 'deploy/.env',
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 180,
        fingerprint: 'a1b2c3',
        origin: 'tree'
      },
      {
        ruleId: 'base-url-path',
        severity: 'error',
        message: pathFinding.message,
        file: 'deploy/.env',
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 37,
        fingerprint: 'd4e5f6',
        fix: 'https://api.rutaapi.com',
        edit: pathFinding.edit,
        fixedLine: 'BASE_URL=https://api.rutaapi.com',
        origin: 'tree'
      },
      {
        ruleId: 'env-name-unused',
        severity: 'warning',
        message: ignored.message,
        file: 'vercel.json',
        line: 2,
        column: 3,
        endLine: 4,
        endColumn: 1,
        fingerprint: '0a0b0c',
        origin: 'tree',
        suppressed: { by: 'inline', reason: 'kept for the SDK script' }
      }
    ])
  })

  it('counts findings by severity, suppressed ones apart, and names the tool', () => {
    expect(report.summary).toEqual({ errors: 2, warnings: 0, notes: 0, suppressed: 1, files: 7 })
    expect(report.tool).toEqual({ name: 'llm-env-lint', version: '0.0.0-test' })
    expect(report.scopes).toEqual([scope])
  })

  it('is pretty-printed with a final newline and keeps the documented key order', () => {
    const text = jsonReporter.render(context)
    expect(text.endsWith('}\n')).toBe(true)
    expect(Object.keys(report)).toEqual(['findings', 'scopes', 'summary', 'tool'])
  })
})
