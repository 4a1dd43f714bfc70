import { describe, it, expect } from '@jest/globals'
import { acceptedBases, effectiveUrl, expectedBase } from '../../src/clients/effective-url.js'
import { clientProfiles } from '../../src/clients/profiles/index.js'
import type { BaseUrlVar, ClientId } from '../../src/clients/types.js'
import { providers } from '../../src/providers/registry.js'
import { parseUrl } from '../../src/core/url.js'

const variable = (client: ClientId, name: string): BaseUrlVar => {
  const found = clientProfiles[client].baseUrlVars.find((v) => v.name === name)
  if (!found) throw new Error(`${client} has no ${name}`)
  return found
}
const provider = (id: string) => {
  const found = providers.find((p) => p.id === id)
  if (!found) throw new Error(`no provider ${id}`)
  return found
}

const BASE_URL = variable('nextchat', 'BASE_URL')

describe('effectiveUrl', () => {
  it.each([
    // NextChat BASE_URL: https:// unless it starts with "http", one trailing slash stripped, /v1/chat/completions appended.
    ['https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/v1/chat/completions', 'https://api.rutaapi.com/v1'],
    ['https://api.rutaapi.com/v1/', 'https://api.rutaapi.com/v1/v1/chat/completions', 'https://api.rutaapi.com/v1'],
    ['https://api.rutaapi.com', 'https://api.rutaapi.com/v1/chat/completions', 'https://api.rutaapi.com'],
    ['https://api.rutaapi.com/', 'https://api.rutaapi.com/v1/chat/completions', 'https://api.rutaapi.com'],
    ['https://api.rutaapi.com//', 'https://api.rutaapi.com//v1/chat/completions', 'https://api.rutaapi.com/'],
    ['api.rutaapi.com', 'https://api.rutaapi.com/v1/chat/completions', 'https://api.rutaapi.com'],
    ['http://localhost:3001', 'http://localhost:3001/v1/chat/completions', 'http://localhost:3001'],
    ['localhost:3001', 'https://localhost:3001/v1/chat/completions', 'https://localhost:3001'],
    ['httpbin.org', 'httpbin.org/v1/chat/completions', 'httpbin.org'],
    ['https://api.rutaapi.com/v1/chat/completions', 'https://api.rutaapi.com/v1/chat/completions/v1/chat/completions', 'https://api.rutaapi.com/v1/chat/completions'],
    ['https://openrouter.ai/api', 'https://openrouter.ai/api/v1/chat/completions', 'https://openrouter.ai/api'],
    ['https://openrouter.ai/api/v1', 'https://openrouter.ai/api/v1/v1/chat/completions', 'https://openrouter.ai/api/v1'],
    ['"https://x.com"', 'https://"https://x.com"/v1/chat/completions', 'https://"https://x.com"'],
    [' https://x.com', 'https:// https://x.com/v1/chat/completions', 'https:// https://x.com'],
    ['https://x.com?k=1', 'https://x.com?k=1/v1/chat/completions', 'https://x.com?k=1'],
    // Cloudflare AI Gateway: NextChat rewrites the URL and drops the doubled v1.
    ['https://gateway.ai.cloudflare.com/v1/ACC/GW/openai', 'https://gateway.ai.cloudflare.com/v1/ACC/GW/openai/chat/completions', 'https://gateway.ai.cloudflare.com/v1/ACC/GW/openai'],
    ['https://gateway.ai.cloudflare.com/v1/ACC/GW/openai/v1', 'https://gateway.ai.cloudflare.com/v1/ACC/GW/openai/chat/completions', 'https://gateway.ai.cloudflare.com/v1/ACC/GW/openai/v1'],
    ['https://gateway.ai.cloudflare.com/v1/ACC/GW/compat', 'https://gateway.ai.cloudflare.com/v1/ACC/GW/compat/v1/chat/completions', 'https://gateway.ai.cloudflare.com/v1/ACC/GW/compat']
  ])('NextChat BASE_URL=%j calls %s', (base, url, normalized) => {
    expect(effectiveUrl(base, BASE_URL)).toEqual({ url, base: normalized, chatPath: '/v1/chat/completions' })
  })

  it.each([
    ['nextchat', 'ANTHROPIC_URL', 'https://api.anthropic.com', 'https://api.anthropic.com/v1/messages'],
    ['nextchat', 'ANTHROPIC_URL', 'https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/v1/messages'],
    ['nextchat', 'ANTHROPIC_URL', 'https://gateway.ai.cloudflare.com/v1/A/G/anthropic', 'https://gateway.ai.cloudflare.com/v1/A/G/anthropic/v1/messages'],
    ['nextchat', 'ANTHROPIC_URL', 'https://gateway.ai.cloudflare.com/v1/A/G/anthropic/v1', 'https://gateway.ai.cloudflare.com/v1/A/G/anthropic/v1/messages'],
    ['nextchat', 'AZURE_URL', 'https://res.openai.azure.com/openai', 'https://res.openai.azure.com/openai/deployments/{deployment}/chat/completions'],
    ['nextchat', 'AZURE_URL', 'https://res.openai.azure.com/openai/deployments/gpt4/', 'https://res.openai.azure.com/openai/deployments/{deployment}/chat/completions'],
    ['nextchat', 'AZURE_URL', 'https://res.openai.azure.com', 'https://res.openai.azure.com/deployments/{deployment}/chat/completions'],
    ['nextchat', 'AZURE_URL', 'https://gateway.ai.cloudflare.com/v1/A/G/azure-openai/res/dep', 'https://gateway.ai.cloudflare.com/v1/A/G/azure-openai/res/{deployment}/chat/completions'],
    ['nextchat', 'DEEPSEEK_URL', 'https://api.deepseek.com', 'https://api.deepseek.com/chat/completions'],
    ['nextchat', 'DEEPSEEK_URL', 'https://api.deepseek.com/v1', 'https://api.deepseek.com/v1/chat/completions'],
    ['nextchat', 'CHATGLM_URL', 'https://open.bigmodel.cn', 'https://open.bigmodel.cn/api/paas/v4/chat/completions'],
    ['nextchat', 'BYTEDANCE_URL', 'https://ark.cn-beijing.volces.com/api/', 'https://ark.cn-beijing.volces.com/api/api/v3/chat/completions'],
    ['nextchat', 'ALIBABA_URL', 'https://dashscope.aliyuncs.com/api/', 'https://dashscope.aliyuncs.com/api/v1/services/aigc/text-generation/generation'],
    ['nextchat', 'TENCENT_URL', 'https://hunyuan.tencentcloudapi.com/', 'https://hunyuan.tencentcloudapi.com'],
    ['openai-sdk', 'OPENAI_BASE_URL', 'https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/chat/completions'],
    ['openai-sdk', 'OPENAI_BASE_URL', 'https://api.rutaapi.com/v1/', 'https://api.rutaapi.com/v1/chat/completions'],
    ['openai-sdk', 'OPENAI_BASE_URL', 'https://api.rutaapi.com', 'https://api.rutaapi.com/chat/completions'],
    ['openai-sdk', 'OPENAI_BASE_URL', 'api.rutaapi.com/v1', 'api.rutaapi.com/v1/chat/completions'],
    ['openai-sdk', 'OPENAI_BASE_URL', 'https://api.groq.com/openai/v1', 'https://api.groq.com/openai/v1/chat/completions'],
    ['anthropic-sdk', 'ANTHROPIC_BASE_URL', 'https://api.anthropic.com', 'https://api.anthropic.com/v1/messages'],
    ['anthropic-sdk', 'ANTHROPIC_BASE_URL', 'https://api.anthropic.com/', 'https://api.anthropic.com/v1/messages'],
    ['claude-code', 'ANTHROPIC_BASE_URL', 'https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/v1/messages'],
    ['chatgpt-web', 'OPENAI_API_BASE_URL', 'https://api.rutaapi.com', 'https://api.rutaapi.com/v1/chat/completions'],
    ['chatgpt-web', 'OPENAI_API_BASE_URL', 'https://api.rutaapi.com/', 'https://api.rutaapi.com//v1/chat/completions'],
    ['codex', 'base_url', 'https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/responses'],
    // codex-api/src/provider.rs@001cb8e2 url_for_path trims the trailing slash.
    ['codex', 'base_url', 'https://api.rutaapi.com/v1/', 'https://api.rutaapi.com/v1/responses'],
    ['open-webui', 'OPENAI_API_BASE_URL', 'https://api.rutaapi.com/v1/', 'https://api.rutaapi.com/v1/chat/completions'],
    ['open-webui', 'OLLAMA_BASE_URL', 'http://ollama:11434', 'http://ollama:11434/api/chat'],
    ['continue', 'apiBase', 'https://api.rutaapi.com/v1/', 'https://api.rutaapi.com/v1/chat/completions'],
    ['lobechat', 'OPENAI_PROXY_URL', 'https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/chat/completions'],
    ['unknown', '*_BASE_URL', 'https://api.rutaapi.com/v1', 'https://api.rutaapi.com/v1/chat/completions']
  ] as const)('%s %s=%j calls %s', (client, name, base, url) => {
    expect(effectiveUrl(base, variable(client, name)).url).toBe(url)
  })

  it('does not rewrite Cloudflare gateway URLs for clients other than NextChat', () => {
    const base = 'https://gateway.ai.cloudflare.com/v1/A/G/openai/v1'
    expect(effectiveUrl(base, variable('openai-sdk', 'OPENAI_BASE_URL')).url).toBe(`${base}/chat/completions`)
  })
})

describe('expectedBase', () => {
  it.each([
    // NextChat BASE_URL: the client adds /v1, so the base is the API root without it, provider prefixes kept.
    ['rutaapi', 'nextchat', 'BASE_URL', 'https://api.rutaapi.com'],
    ['openai', 'nextchat', 'BASE_URL', 'https://api.openai.com'],
    ['openrouter', 'nextchat', 'BASE_URL', 'https://openrouter.ai/api'],
    ['groq', 'nextchat', 'BASE_URL', 'https://api.groq.com/openai'],
    ['fireworks', 'nextchat', 'BASE_URL', 'https://api.fireworks.ai/inference'],
    ['deepseek', 'nextchat', 'BASE_URL', 'https://api.deepseek.com'],
    ['together', 'nextchat', 'BASE_URL', 'https://api.together.xyz'],
    ['cohere', 'nextchat', 'BASE_URL', 'https://api.cohere.ai/compatibility'],
    ['dashscope', 'nextchat', 'BASE_URL', 'https://dashscope.aliyuncs.com/compatible-mode'],
    ['ollama', 'nextchat', 'BASE_URL', 'http://localhost:11434'],
    // NextChat's per-provider variables.
    ['anthropic', 'nextchat', 'ANTHROPIC_URL', 'https://api.anthropic.com'],
    ['gemini', 'nextchat', 'GOOGLE_URL', 'https://generativelanguage.googleapis.com'],
    ['deepseek', 'nextchat', 'DEEPSEEK_URL', 'https://api.deepseek.com'],
    ['moonshot', 'nextchat', 'MOONSHOT_URL', 'https://api.moonshot.ai'],
    ['xai', 'nextchat', 'XAI_URL', 'https://api.x.ai'],
    ['zhipu', 'nextchat', 'CHATGLM_URL', 'https://open.bigmodel.cn'],
    ['siliconflow', 'nextchat', 'SILICONFLOW_URL', 'https://api.siliconflow.cn'],
    ['volcengine-ark', 'nextchat', 'BYTEDANCE_URL', 'https://ark.cn-beijing.volces.com'],
    ['dashscope', 'nextchat', 'ALIBABA_URL', 'https://dashscope.aliyuncs.com/api'],
    ['baidu-qianfan', 'nextchat', 'BAIDU_URL', 'https://aip.baidubce.com'],
    ['ai302', 'nextchat', 'AI302_URL', 'https://api.302.ai'],
    ['azure-openai', 'nextchat', 'AZURE_URL', 'https://{resource}.openai.azure.com/openai'],
    // SDK convention: the API root itself.
    ['rutaapi', 'openai-sdk', 'OPENAI_BASE_URL', 'https://api.rutaapi.com/v1'],
    ['openrouter', 'openai-sdk', 'OPENAI_BASE_URL', 'https://openrouter.ai/api/v1'],
    ['groq', 'openai-sdk', 'OPENAI_BASE_URL', 'https://api.groq.com/openai/v1'],
    ['fireworks', 'openai-sdk', 'OPENAI_BASE_URL', 'https://api.fireworks.ai/inference/v1'],
    ['deepseek', 'openai-sdk', 'OPENAI_BASE_URL', 'https://api.deepseek.com'],
    ['perplexity', 'openai-sdk', 'OPENAI_BASE_URL', 'https://api.perplexity.ai'],
    ['zhipu', 'openai-sdk', 'OPENAI_BASE_URL', 'https://open.bigmodel.cn/api/paas/v4'],
    ['rutaapi', 'codex', 'base_url', 'https://api.rutaapi.com/v1'],
    ['rutaapi', 'open-webui', 'OPENAI_API_BASE_URL', 'https://api.rutaapi.com/v1'],
    ['rutaapi', 'chatgpt-web', 'OPENAI_API_BASE_URL', 'https://api.rutaapi.com/v1'],
    // Anthropic SDK convention: host root, the SDK adds /v1/messages.
    ['anthropic', 'anthropic-sdk', 'ANTHROPIC_BASE_URL', 'https://api.anthropic.com'],
    ['deepseek', 'claude-code', 'ANTHROPIC_BASE_URL', 'https://api.deepseek.com/anthropic'],
    ['moonshot', 'anthropic-sdk', 'ANTHROPIC_BASE_URL', 'https://api.moonshot.ai/anthropic'],
    ['openrouter', 'claude-code', 'ANTHROPIC_BASE_URL', 'https://openrouter.ai/api'],
    ['ollama', 'open-webui', 'OLLAMA_BASE_URL', 'http://localhost:11434'],
    ['azure-openai', 'lobechat', 'AZURE_ENDPOINT', 'https://{resource}.openai.azure.com']
  ] as const)('%s via %s %s → %s', (providerId, client, name, base) => {
    expect(expectedBase(provider(providerId), variable(client, name))).toBe(base)
  })

  it.each([
    // NextChat BASE_URL always adds /v1: no base reaches these providers' chat endpoints.
    ['perplexity', 'nextchat', 'BASE_URL'],
    ['gemini', 'nextchat', 'BASE_URL'],
    ['zhipu', 'nextchat', 'BASE_URL'],
    ['volcengine-ark', 'nextchat', 'BASE_URL'],
    ['baidu-qianfan', 'nextchat', 'BASE_URL'],
    // chatgpt-web adds /v1 to a base without one; Perplexity serves /chat/completions at its root.
    ['perplexity', 'chatgpt-web', 'OPENAI_API_BASE_URL'],
    // No Anthropic Messages API is recorded for the RutaAPI gateway.
    ['rutaapi', 'claude-code', 'ANTHROPIC_BASE_URL'],
    // Gemini has no Anthropic layer (providers-anthropic-compatible.md).
    ['gemini', 'claude-code', 'ANTHROPIC_BASE_URL']
  ] as const)('is undefined for %s via %s %s', (providerId, client, name) => {
    expect(expectedBase(provider(providerId), variable(client, name))).toBeUndefined()
  })

  it('round-trips: the expected base makes the client call the provider\'s chat endpoint', () => {
    for (const id of ['rutaapi', 'openai', 'openrouter', 'groq', 'fireworks', 'together', 'moonshot', 'xai']) {
      const p = provider(id)
      expect(effectiveUrl(expectedBase(p, BASE_URL)!, BASE_URL).url).toBe(`${p.apiRoot}/chat/completions`)
    }
  })

  it('fills in a templated host with the one in use', () => {
    const at = (url: string) => parseUrl(url)!
    expect(expectedBase(provider('azure-openai'), variable('nextchat', 'AZURE_URL'), at('https://myres.openai.azure.com'))).toBe(
      'https://myres.openai.azure.com/openai'
    )
    expect(expectedBase(provider('azure-openai'), variable('openai-sdk', 'OPENAI_BASE_URL'), at('https://myres.openai.azure.com'))).toBe(
      'https://myres.openai.azure.com/openai/v1'
    )
    expect(expectedBase(provider('rutaapi'), BASE_URL, at('https://elsewhere.example'))).toBe('https://api.rutaapi.com')
  })

  it('keeps the host and port a local server is reached at', () => {
    const at = (url: string) => parseUrl(url)!
    const ollama = variable('lobechat', 'OLLAMA_PROXY_URL')
    expect(expectedBase(provider('ollama'), ollama, at('http://host.docker.internal:11434/v1'))).toBe('http://host.docker.internal:11434')
    expect(expectedBase(provider('ollama'), ollama, at('http://ollama:11434/v1'))).toBe('http://ollama:11434')
  })
})

describe('acceptedBases', () => {
  it('accepts DeepSeek with and without /v1 where the client does not add it', () => {
    expect(acceptedBases(provider('deepseek'), variable('nextchat', 'DEEPSEEK_URL'))).toEqual(['https://api.deepseek.com', 'https://api.deepseek.com/v1'])
    expect(acceptedBases(provider('deepseek'), variable('openai-sdk', 'OPENAI_BASE_URL'))).toEqual(['https://api.deepseek.com', 'https://api.deepseek.com/v1'])
  })

  it('collapses bases that come out the same', () => {
    expect(acceptedBases(provider('deepseek'), BASE_URL)).toEqual(['https://api.deepseek.com'])
  })

  it('accepts LiteLLM with and without /v1', () => {
    expect(acceptedBases(provider('litellm-proxy'), variable('openai-sdk', 'OPENAI_BASE_URL'))).toEqual(['http://localhost:4000/v1', 'http://localhost:4000'])
  })

  it('is empty when no base can work', () => {
    expect(acceptedBases(provider('perplexity'), BASE_URL)).toEqual([])
  })
})
