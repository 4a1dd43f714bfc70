import { describe, expect, it } from '@jest/globals'
import { createCatalog } from '../../src/providers/catalog.js'
import { providerNamedBy, providerSetting } from '../../src/rules/names.js'

describe('providerNamedBy', () => {
  const catalog = createCatalog()
  it.each([
    ['ANTHROPIC_KEY', 'anthropic'],
    ['CLAUDE_API_KEY', 'anthropic'],
    ['GROQ_TOKEN', 'groq'],
    ['AZURE_OPENAI_KEY', 'azure-openai'],
    ['QWEN_API_KEY', 'dashscope']
  ])('%s names %s', (name, id) => {
    expect(providerNamedBy(name, catalog)?.id).toBe(id)
  })
  it.each(['LLM_API_KEY', 'OPENAI_OR_GROQ_KEY', 'API_KEY'])('%s names no single provider', (name) => {
    expect(providerNamedBy(name, catalog)).toBeUndefined()
  })
})

describe('providerSetting', () => {
  const catalog = createCatalog()
  it.each([
    ['OPENROUTER_API_KEY', 'key', 'openrouter'],
    ['GEMINI_API_KEYS', 'key', 'gemini'],
    ['CLAUDE_APIKEY', 'key', 'anthropic'],
    ['GROQ_BASE_URL', 'base', 'groq'],
    ['MISTRAL_URL', 'base', 'mistral'],
    ['TOGETHER_API_BASE', 'base', 'together'],
    ['AZURE_OPENAI_ENDPOINT', 'base', 'azure-openai']
  ])('%s is a %s of %s', (name, role, id) => {
    expect(providerSetting(name, catalog)).toMatchObject({ role, provider: { id } })
  })
  it.each(['OPENROUTER_KEY', 'OPENROUTER_API_KEY_2', 'MY_OPENROUTER_API_KEY', 'SENTRY_API_KEY', 'OPENROUTER_MODEL', 'DATABASE_URL', 'API_KEY'])('%s is not', (name) => {
    expect(providerSetting(name, catalog)).toBeUndefined()
  })
})
