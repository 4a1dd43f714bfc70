import { describe, it, expect } from '@jest/globals'
import { relativeToWorkspace } from '../../src/action/paths.js'
import type { Finding } from '../../src/core/types.js'
import type { ReportContext } from '../../src/reporters/types.js'

const finding: Finding = {
  ruleId: 'base-url-path',
  messageId: 'doubledV1',
  severity: 'error',
  message: 'm',
  file: 'docker-compose.yml',
  span: { start: { line: 3, column: 7 }, end: { line: 3, column: 30 } },
  fingerprint: 'fp',
  origin: 'tree',
  scope: 'docker-compose.yml#services.app'
}

const unscoped: Finding = { ruleId: 'leaked-key', messageId: 'm', severity: 'error', message: 'm', file: '.env', span: finding.span, fingerprint: 'fp2', origin: 'tree' }

const context: ReportContext = {
  findings: [finding, unscoped],
  rules: [],
  scopes: [{ id: 'docker-compose.yml#services.app', file: 'docker-compose.yml', label: 'service app', client: 'NextChat', clientBasis: 'manifest', clientConfidence: 'known', rows: [] }],
  tool: { name: 'llm-env-lint', version: '0.0.0-test', docsBaseUrl: 'https://example.test/docs' },
  stats: { files: 2, entries: 3 },
  failOn: 'error'
}

describe('relativeToWorkspace', () => {
  it('prefixes finding and scope paths with the scanned folder', () => {
    const rebased = relativeToWorkspace(context, '/w', '/w/examples/app')
    expect(rebased.findings.map((f) => [f.file, f.scope])).toEqual([
      ['examples/app/docker-compose.yml', 'examples/app/docker-compose.yml#services.app'],
      ['examples/app/.env', undefined]
    ])
    expect(rebased.scopes[0]).toMatchObject({ id: 'examples/app/docker-compose.yml#services.app', file: 'examples/app/docker-compose.yml' })
    expect(rebased.findings[1]).not.toHaveProperty('scope')
  })

  it('leaves the paths alone when the workspace itself or a folder outside it is scanned', () => {
    expect(relativeToWorkspace(context, '/w', '/w')).toBe(context)
    expect(relativeToWorkspace(context, '/w', '/elsewhere/app')).toBe(context)
    expect(relativeToWorkspace(context, '/w/sub', '/w')).toBe(context)
  })

  it('rebases live probes too, and leaves a probe of the inputs alone without a file', () => {
    const probe = { name: 'OPENAI_API_KEY', file: '.env', scope: '.env', key: 'sk-…abcd', baseUrl: 'https://api.rutaapi.com/', outcome: 'verified' as const, checks: [] }
    const inputs = { ...probe, name: 'api-key input', file: '' }
    const inputFinding = { ...unscoped, ruleId: 'probe-key', file: '' }
    const rebased = relativeToWorkspace({ ...context, findings: [inputFinding], probes: [probe, inputs] }, '/w', '/w/app')
    expect(rebased.probes?.map((p) => p.file)).toEqual(['app/.env', ''])
    expect(rebased.findings.map((f) => f.file)).toEqual([''])
  })

  it('treats a folder whose name starts with two dots as inside', () => {
    expect(relativeToWorkspace(context, '/w', '/w/..cache').findings[0]?.file).toBe('..cache/docker-compose.yml')
  })
})
