import { describe, it, expect } from '@jest/globals'
import { authFor, isProbeableChatUrl, modelsUrlFor } from '../../src/probes/probes.js'
import { createCatalog } from '../../src/providers/catalog.js'

const catalog = createCatalog()

describe('modelsUrlFor', () => {
  it('puts the models list next to the chat route, keeping the query', () => {
    expect(modelsUrlFor('https://api.rutaapi.com/v1/v1/chat/completions')).toBe('https://api.rutaapi.com/v1/v1/models')
    expect(modelsUrlFor('https://api.anthropic.com/v1/messages')).toBe('https://api.anthropic.com/v1/models')
    expect(modelsUrlFor('https://r.openai.azure.com/openai/v1/chat/completions?api-version=preview')).toBe('https://r.openai.azure.com/openai/v1/models?api-version=preview')
  })

  it('has none for Azure deployment routes and unknown routes', () => {
    expect(modelsUrlFor('https://r.openai.azure.com/openai/deployments/gpt4/chat/completions?api-version=2024-10-21')).toBeNull()
    expect(modelsUrlFor('https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation')).toBeNull()
  })
})

describe('authFor', () => {
  it('follows the route and the provider: Bearer, x-api-key, api-key, none', () => {
    expect(authFor('https://api.openai.com/v1/chat/completions', catalog.byId('openai'))).toBe('bearer')
    expect(authFor('https://gw.example.com/v1/messages')).toBe('x-api-key')
    expect(authFor('https://gw.example.com/v1/messages', undefined, 'https://gw.example.com/v1/models')).toBe('x-api-key')
    expect(authFor('https://api.anthropic.com/v1/chat/completions', catalog.byId('anthropic'))).toBe('bearer')
    expect(authFor('https://api.anthropic.com/v1/chat/completions', catalog.byId('anthropic'), 'https://api.anthropic.com/v1/models')).toBe('x-api-key')
    expect(authFor('https://r.openai.azure.com/openai/v1/chat/completions', catalog.byId('azure-openai'))).toBe('api-key')
    expect(authFor('http://localhost:11434/v1/chat/completions', catalog.byId('ollama'))).toBe('none')
  })
})

describe('isProbeableChatUrl', () => {
  it('accepts chat-completions and messages routes without placeholders', () => {
    expect(isProbeableChatUrl('https://api.openai.com/v1/chat/completions')).toBe(true)
    expect(isProbeableChatUrl('https://api.anthropic.com/v1/messages')).toBe(true)
    expect(isProbeableChatUrl('https://r.openai.azure.com/openai/deployments/{deployment}/chat/completions')).toBe(false)
    expect(isProbeableChatUrl('https://generativelanguage.googleapis.com/v1beta/models/{model}:streamGenerateContent')).toBe(false)
    expect(isProbeableChatUrl('not a url/chat/completions')).toBe(false)
  })
})
