/**
 * The corrected line a fixable finding carries (`fixedLine`): made by the engine while the text is there, so the
 * reporters and the action never read files, and left out wherever showing it could show a credential.
 */
import { beforeAll, describe, it, expect } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { lint } from '../../src/engine/lint.js'
import { lintRepository } from '../../src/engine/pipeline.js'
import type { Finding } from '../../src/core/types.js'
import { makeRepo } from '../cli/repo.js'
import { fakeKeys } from '../helpers/keys.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const settings = { rules: {}, providers: [] }
const nextchat = { path: 'package.json', text: '{"name":"nextchat"}\n' }
const fixable = (findings: readonly Finding[]): Finding[] => findings.filter((f) => f.edit !== undefined)

describe('fixedLine', () => {
  it('is the whole line with the edit made, quotes and indentation kept', () => {
    const { findings } = lint([nextchat, { path: '.env', text: 'CODE=x\nBASE_URL="https://api.rutaapi.com/v1"   # gateway\n' }], settings)
    expect(fixable(findings).map((f) => [f.ruleId, f.fixedLine])).toEqual([['base-url-path', 'BASE_URL="https://api.rutaapi.com"   # gateway']])
  })

  it('is the same from a small file kept whole as from a long one of which only the lines of settings are kept', () => {
    const line = 'BASE_URL="https://api.rutaapi.com/v1"   # gateway'
    const prose = `# ${'notes on the gateway, '.repeat(40)}\n`
    for (const text of [`CODE=x\n${line}\n`, `${prose}CODE=x\n${prose}${line}\n${prose}`]) {
      const { findings } = lint([nextchat, { path: '.env', text }], settings)
      expect(fixable(findings).map((f) => f.fixedLine)).toEqual(['BASE_URL="https://api.rutaapi.com"   # gateway'])
    }
  })

  it('is left out on a line holding anything key-like, even when no security rule reported it', () => {
    const gateway = fakeKeys.gateway()
    const files = [
      nextchat,
      // leaked-key is off; the gateway key's format is one the text scan skips.
      { path: 'vercel.json', text: `{ "env": { "BASE_URL": "https://api.rutaapi.com/v1", "OPENAI_API_KEY": "${gateway}" } }\n` },
      { path: '.env', text: `BASE_URL=https://api.rutaapi.com/v1?key=${fakeKeys.opaque()}\n` }
    ]
    const findings = fixable(lint(files, { ...settings, rules: { 'leaked-key': 'off' } }).findings)
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.filter((f) => f.fixedLine !== undefined)).toEqual([])
  })

  it('is left out of any finding on a line a security rule reported', () => {
    const key = fakeKeys.openaiProject('fixed-line')
    const { findings } = lint([nextchat, { path: '.env', text: `BASE_URL=https://api.rutaapi.com/v1 # ${key}\n` }], settings)
    expect(findings.some((f) => f.ruleId === 'leaked-key')).toBe(true)
    expect(findings.filter((f) => f.fixedLine !== undefined)).toEqual([])
  })

  it('matches the lines of a UTF-16 file as the scan decoded it', async () => {
    const root = await makeRepo({ 'package.json': nextchat.text })
    await writeFile(join(root, '.env'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('CODE=x\r\nBASE_URL=https://api.rutaapi.com/v1\r\n', 'utf16le')]))
    const { context } = await lintRepository({ root, failOn: 'error' })
    expect(fixable(context.findings).map((f) => [f.span.start.line, f.fixedLine])).toEqual([[2, 'BASE_URL=https://api.rutaapi.com']])
  })

  it('is dropped when the run\'s masking would change it (a secret value a setting references)', async () => {
    const root = await makeRepo({ 'package.json': nextchat.text, '.env': 'CODE=${ACCESS}\nBASE_URL=https://api.rutaapi.com/v1\n' })
    const plain = await lintRepository({ root, failOn: 'error' })
    expect(fixable(plain.context.findings).map((f) => f.fixedLine)).toEqual(['BASE_URL=https://api.rutaapi.com'])
    // Shown masked, the line would break the setting if committed as a suggestion.
    const { context } = await lintRepository({ root, failOn: 'error', secretValues: new Map([['ACCESS', 'api.rutaapi.com']]) })
    expect(fixable(context.findings).map((f) => f.fixedLine)).toEqual([undefined])
  })
})
