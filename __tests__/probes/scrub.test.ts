import { describe, it, expect } from '@jest/globals'
import { cleanDetail, scrubKey } from '../../src/probes/scrub.js'
import { fakeKeys } from '../helpers/keys.js'

const key = fakeKeys.openaiProject()

describe('scrubKey', () => {
  it('removes the whole key', () => {
    expect(scrubKey(`got ${key} here`, key)).toBe('got [key redacted] here')
  })

  it('removes any run of 8 or more of its characters', () => {
    const out = scrubKey(`Received API Key = ${key.slice(5, 30)}, Key Hash`, key)
    expect(out).toBe('Received API Key = [key redacted], Key Hash')
    expect(out).not.toContain(key.slice(10, 18))
  })

  it('removes masked echoes: sk-proj-****abcd, [sk-abc***xyz], sk-...wxyz, xa***', () => {
    const gw = fakeKeys.gateway()
    expect(scrubKey(`Incorrect API key provided: sk-proj-****${key.slice(-4)}. You can find`, key)).toBe('Incorrect API key provided: [key redacted]. You can find')
    expect(scrubKey(`[${gw.slice(0, 6)}***${gw.slice(-3)}] 该令牌额度已用尽`, gw)).toBe('[[key redacted]] 该令牌额度已用尽')
    expect(scrubKey('Received API Key = sk-...wxyz, Key Hash', key)).toBe('Received API Key = [key redacted], Key Hash')
    expect(scrubKey('Incorrect API key provided: xa***. You can', key)).toBe('Incorrect API key provided: [key redacted]. You can')
  })

  it('leaves ordinary text alone', () => {
    const text = 'The model `gpt-4o` does not exist... Please try again (request id: 2026).'
    expect(scrubKey(text, key)).toBe(text)
  })
})

describe('cleanDetail', () => {
  it('makes one scrubbed line of at most max characters', () => {
    const out = cleanDetail(`line one\n\tline\u0007 two ${key} ${'x'.repeat(300)}`, key, 60)
    expect(out).toMatch(/^line one line two \[key redacted\] x+…$/)
    expect(out).toHaveLength(60)
  })
})
