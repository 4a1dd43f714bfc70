import { describe, expect, it } from '@jest/globals'
import { credentialName, nameRole } from '../../src/model/names.js'

describe('nameRole', () => {
  it.each([
    ['LLM_API_KEY', { role: 'key', stem: 'LLM', strength: 'strong' }],
    ['LLM_API_BASE_URL', { role: 'base', stem: 'LLM', strength: 'strong' }],
    ['LLM_BASE_URL', { role: 'base', stem: 'LLM', strength: 'strong' }],
    ['FOO_KEY', { role: 'key', stem: 'FOO', strength: 'weak' }],
    ['FOO_URL', { role: 'base', stem: 'FOO', strength: 'weak' }],
    ['FOO_ENDPOINT', { role: 'base', stem: 'FOO', strength: 'weak' }],
    ['FOO_API_BASE', { role: 'base', stem: 'FOO', strength: 'strong' }],
    ['OPENAI_MODEL', { role: 'model', stem: 'OPENAI' }],
    ['BASE_URL', { role: 'base', stem: '', strength: 'strong' }],
    ['API_KEY', { role: 'key', stem: '', strength: 'strong' }],
    ['apiKey', { role: 'key', stem: '', strength: 'strong' }],
    ['apiBase', { role: 'base', stem: '', strength: 'strong' }],
    ['baseURL', { role: 'base', stem: '', strength: 'strong' }],
    ['experimental_bearer_token', { role: 'key', stem: '', strength: 'strong' }],
    // A numbered copy keeps its number in the stem: the second key pairs with the second base URL.
    ['DEEPSEEK_API_KEY_2', { role: 'key', stem: 'DEEPSEEK_2', strength: 'strong' }],
    ['OPENAI_API_KEY1', { role: 'key', stem: 'OPENAI_1', strength: 'strong' }],
    ['OPENAI_BASE_URL_2', { role: 'base', stem: 'OPENAI_2', strength: 'strong' }],
    ['OPENAI_2_BASE_URL', { role: 'base', stem: 'OPENAI_2', strength: 'strong' }],
    ['API_KEY_3', { role: 'key', stem: '3', strength: 'strong' }]
  ])('%s', (name, role) => {
    expect(nameRole(name)).toEqual(role)
  })

  it.each(['MAX_TOKENS', 'CODE', 'NODE_ENV', 'key', 'AWS_ACCESS_KEY_ID', 'restore-keys', 'HTTP2', 'PORT_8080', 'SHA_256', 'KEY_123'])('%s says nothing', (name) => {
    expect(nameRole(name)).toBeUndefined()
  })
})

describe('credentialName', () => {
  it('is strong for API keys and tokens, weak for *_KEY and passwords', () => {
    expect(['OPENAI_API_KEY', 'GITHUB_TOKEN', 'NEXTAUTH_SECRET', 'token', 'api-key'].map(credentialName)).toEqual(['strong', 'strong', 'strong', 'strong', 'strong'])
    expect(['CACHE_KEY', 'POSTGRES_PASSWORD', 'password'].map(credentialName)).toEqual(['weak', 'weak', 'weak'])
    expect(['BASE_URL', 'OPENAI_MODEL', 'key'].map(credentialName)).toEqual([undefined, undefined, undefined])
  })
})
