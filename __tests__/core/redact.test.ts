import { describe, expect, it } from '@jest/globals'
import { maskSecret, scrubSecrets } from '../../src/core/redact.js'
import { fakeKeys } from '../helpers/keys.js'

describe('maskSecret', () => {
  it('keeps the known prefix and the last 4 characters only', () => {
    const key = fakeKeys.anthropic()
    expect(maskSecret(key)).toBe(`sk-ant-api03-…${key.slice(-4)}`)
    expect(maskSecret(fakeKeys.openaiProject())).toMatch(/^sk-proj-….{4}$/)
    expect(maskSecret(fakeKeys.google())).toMatch(/^AIza….{4}$/)
  })

  it('shows no prefix for opaque values and nothing of short ones', () => {
    const opaque = fakeKeys.opaque()
    expect(maskSecret(opaque)).toBe(`…${opaque.slice(-4)}`)
    expect(maskSecret('hunter2-pass')).toBe('…')
  })
})

describe('scrubSecrets', () => {
  it('masks every occurrence and leaves the rest', () => {
    const key = fakeKeys.groq()
    expect(scrubSecrets(`a ${key} b ${key}`, [key])).toBe(`a gsk_…${key.slice(-4)} b gsk_…${key.slice(-4)}`)
  })
})
