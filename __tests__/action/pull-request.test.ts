import { describe, it, expect } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lineReader, onlyChanged } from '../../src/action/pull-request.js'
import type { Finding } from '../../src/core/types.js'
import { createCatalog } from '../../src/providers/catalog.js'
import type { ReportContext } from '../../src/reporters/types.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from '../cli/repo.js'

const span = { start: { line: 1, column: 16 }, end: { line: 1, column: 40 } }
const finding = (ruleId: string, file: string, messageId = 'm'): Finding => ({ ruleId, messageId, severity: 'error', message: 'm', file, span, fingerprint: `${ruleId}-${file}` })

const context: ReportContext = {
  findings: [finding('base-url-path', '.env'), finding('base-url-path', 'legacy/.env'), finding('leaked-key', 'notes.txt', 'inHistory'), finding('probe-key', 'legacy/.env')],
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

describe('lineReader (the text behind suggestion blocks, which bypasses the core masking)', () => {
  it('never returns a line holding anything key-like, even when no security rule reported it', async () => {
    const gateway = fakeKeys.gateway()
    const workspace = await makeRepo({
      // leaked-key may be turned off in the config; the gateway key's format is one the text scan skips.
      'vercel.json': `{ "env": { "BASE_URL": "https://app.rutaapi.com", "OPENAI_API_KEY": "${gateway}" } }\n`,
      '.env': `BASE_URL=https://api.rutaapi.com/v1?key=${fakeKeys.opaque()}\nBASE_URL=https://app.rutaapi.com\n`
    })
    const read = lineReader(workspace, { ...context, findings: [] }, createCatalog())
    expect(read('vercel.json', 1)).toBeUndefined()
    expect(read('.env', 1)).toBeUndefined()
    expect(read('.env', 2)).toBe('BASE_URL=https://app.rutaapi.com')
  })

  it('decodes a file as the scan did, so a UTF-16 file gives its real line', async () => {
    const workspace = await makeRepo({})
    await writeFile(join(workspace, '.env'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('CODE=x\r\nBASE_URL=https://app.rutaapi.com\r\n', 'utf16le')]))
    expect(lineReader(workspace, { ...context, findings: [] }, createCatalog())('.env', 2)).toBe('BASE_URL=https://app.rutaapi.com')
  })
})
