import { describe, it, expect } from '@jest/globals'
import { onlyChanged } from '../../src/action/pull-request.js'
import type { Finding, FindingOrigin } from '../../src/core/types.js'
import type { ReportContext } from '../../src/reporters/types.js'

const span = { start: { line: 1, column: 16 }, end: { line: 1, column: 40 } }
const finding = (ruleId: string, file: string, origin: FindingOrigin = 'tree'): Finding => ({ ruleId, messageId: 'm', severity: 'error', message: 'm', file, span, fingerprint: `${ruleId}-${file}`, origin })

const context: ReportContext = {
  findings: [finding('base-url-path', '.env'), finding('base-url-path', 'legacy/.env'), finding('leaked-key', 'notes.txt', 'history'), finding('probe-key', 'legacy/.env', 'probe')],
  rules: [],
  scopes: [],
  tool: { name: 'llm-env-lint', version: '0.0.0-test', docsBaseUrl: 'https://example.test/docs' },
  stats: { files: 2, entries: 3 },
  failOn: 'error'
}

describe('onlyChanged', () => {
  it('keeps findings in changed files, history findings, and live probe findings wherever the key is set', () => {
    const shown = onlyChanged(context, new Map([['.env', new Set([1])]]))
    expect(shown.findings.map((f) => `${f.ruleId} ${f.file}`)).toEqual(['base-url-path .env', 'leaked-key notes.txt', 'probe-key legacy/.env'])
  })
})
