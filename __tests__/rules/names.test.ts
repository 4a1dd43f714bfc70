import { describe, expect, it } from '@jest/globals'
import { createCatalog } from '../../src/providers/catalog.js'
import { providerNamedBy } from '../../src/rules/names.js'

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
