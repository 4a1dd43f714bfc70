import { describe, it, expect } from '@jest/globals'
import { closestModelIds, configuredModels } from '../../src/probes/models.js'

describe('configuredModels', () => {
  it('takes the model input, DEFAULT_MODEL and the models CUSTOM_MODELS adds for this route, once each', () => {
    expect(
      configuredModels({
        model: 'gpt-4o',
        defaultModel: 'gpt-4o-mini@openai',
        customModels: '-all, +gpt-4o, gpt-4.1=GPT 4.1, +claude-3-5@anthropic, -gpt-3.5-turbo, +o3@OpenAI, gpt4@Azure=my-deploy, my@model@openai'
      })
    ).toEqual(['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3', 'my@model'])
  })

  it('is empty when nothing names a model', () => {
    expect(configuredModels({})).toEqual([])
  })
})

describe('closestModelIds', () => {
  const available = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'o3-mini', 'claude-sonnet-4-5', 'text-embedding-3-small']

  it('offers the same id in its real case first', () => {
    expect(closestModelIds('GPT-4o', available)[0]).toBe('gpt-4o')
  })

  it('offers ids that contain the wanted one, then small typos', () => {
    expect(closestModelIds('gpt-4o-min', available).slice(0, 2)).toEqual(['gpt-4o-mini', 'gpt-4o'])
    expect(closestModelIds('gtp-4.1', available)[0]).toBe('gpt-4.1')
  })

  it('ignores vendor prefixes (OpenRouter ids)', () => {
    expect(closestModelIds('gpt-4o', ['openai/gpt-4o', 'anthropic/claude-3.5-sonnet'])).toEqual(['openai/gpt-4o'])
  })

  it('offers nothing when nothing is close', () => {
    expect(closestModelIds('llama-3-70b', available)).toEqual([])
  })
})
