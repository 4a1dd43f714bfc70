import { describe, it, expect } from '@jest/globals'
import type { Finding } from '../../src/core/types.js'
import type { ReportContext, ScopeReport } from '../../src/reporters/types.js'
import { jsonReporter, type JsonReport } from '../../src/reporters/json.js'
import { realFinding } from './report-fixture.js'

const leaked: Finding = realFinding({
  ruleId: 'leaked-key',
  messageId: 'providerKey',
  data: { provider: 'OpenAI', masked: 'sk-proj-…Ab12', state: 'committed', fileKind: 'the .env file' },
  file: 'deploy/.env',
  span: { start: { line: 3, column: 16 }, end: { line: 3, column: 180 } },
  where: 'OPENAI_API_KEY',
  scope: 'deploy/.env'
})
const pathFinding: Finding = {
  // The engine carries the corrected line of a fixable finding; the fixture's folder has no file texts.
  ...realFinding({
    ruleId: 'base-url-path',
    messageId: 'doubledVersion',
    data: { name: 'BASE_URL', fileKind: 'the .env file', version: 'v1', client: 'NextChat (ChatGPT Next Web)', url: 'https://api.rutaapi.com/v1/v1/chat/completions', fix: 'https://api.rutaapi.com' },
    file: 'deploy/.env',
    span: { start: { line: 4, column: 10 }, end: { line: 4, column: 37 } },
    where: 'BASE_URL',
    fix: 'https://api.rutaapi.com'
  }),
  fixedLine: 'BASE_URL=https://api.rutaapi.com'
}
const ignored: Finding = realFinding({
  ruleId: 'env-name-unused',
  messageId: 'unread',
  data: { name: 'OPENAI_BASE_URL', fileKind: 'vercel.json', client: 'NextChat (ChatGPT Next Web)', reason: 'NextChat reads BASE_URL' },
  file: 'vercel.json',
  span: { start: { line: 2, column: 3 }, end: { line: 4, column: 1 } },
  where: 'env.OPENAI_BASE_URL',
  suppressed: { by: 'inline', reason: 'kept for the SDK script' }
})
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
        messageId: 'providerKey',
        severity: 'error',
        message: 'OpenAI key sk-proj-…Ab12 is committed in the .env file',
        tip: 'revoke it and load the replacement from a secret store',
        helpUri: 'https://example.test/docs/leaked-key.md#providerkey',
        file: 'deploy/.env',
        line: 3,
        column: 16,
        endLine: 3,
        endColumn: 180,
        fingerprint: leaked.fingerprint,
        origin: 'tree'
      },
      {
        ruleId: 'base-url-path',
        messageId: 'doubledVersion',
        severity: 'error',
        message: 'BASE_URL in the .env file ends in /v1, which NextChat (ChatGPT Next Web) adds itself, so it calls https://api.rutaapi.com/v1/v1/chat/completions',
        tip: 'use "https://api.rutaapi.com"',
        helpUri: 'https://example.test/docs/base-url-path.md#doubledversion',
        file: 'deploy/.env',
        line: 4,
        column: 10,
        endLine: 4,
        endColumn: 37,
        fingerprint: pathFinding.fingerprint,
        fix: 'https://api.rutaapi.com',
        edit: { range: pathFinding.span, replacement: 'https://api.rutaapi.com' },
        fixedLine: 'BASE_URL=https://api.rutaapi.com',
        origin: 'tree'
      },
      {
        ruleId: 'env-name-unused',
        messageId: 'unread',
        severity: 'warning',
        message: 'OPENAI_BASE_URL in vercel.json is not read by NextChat (ChatGPT Next Web) — NextChat reads BASE_URL',
        tip: 'remove it',
        helpUri: 'https://example.test/docs/env-name-unused.md#unread',
        file: 'vercel.json',
        line: 2,
        column: 3,
        endLine: 4,
        endColumn: 1,
        fingerprint: ignored.fingerprint,
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
