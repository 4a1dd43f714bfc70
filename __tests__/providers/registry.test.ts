import { describe, it, expect } from '@jest/globals'
import { createCatalog } from '../../src/providers/catalog.js'
import { isPlaceholder, looksLikeSecret } from '../../src/providers/placeholders.js'
import { providers } from '../../src/providers/registry.js'
import type { KeyFormat, SamplePart } from '../../src/providers/types.js'
import { fakeKeys, sampleKey, type FakeKeyName } from '../helpers/keys.js'

const byId = new Map(providers.map((p) => [p.id, p]))
const provider = (id: string) => {
  const p = byId.get(id)
  if (!p) throw new Error(`no provider ${id}`)
  return p
}

describe('provider registry', () => {
  it('holds at least 25 providers with unique ids', () => {
    expect(providers.length).toBeGreaterThanOrEqual(25)
    expect(byId.size).toBe(providers.length)
  })

  it('covers the providers and gateways the linter is about', () => {
    const required = [
      'rutaapi', 'openai', 'azure-openai', 'anthropic', 'gemini', 'openrouter', 'groq', 'mistral', 'deepseek', 'xai',
      'together', 'fireworks', 'perplexity', 'cohere', 'moonshot', 'dashscope', 'zhipu', 'siliconflow', 'volcengine-ark',
      'baidu-qianfan', 'ai302', 'cloudflare-ai-gateway', 'litellm-proxy', 'one-api', 'ollama', 'lmstudio', 'vllm', 'huggingface'
    ]
    expect(required.filter((id) => !byId.has(id))).toEqual([])
  })

  it('cites sources for every provider', () => {
    expect(providers.filter((p) => p.sources.length === 0).map((p) => p.id)).toEqual([])
  })

  it('has key patterns that compile and format ids unique per provider', () => {
    for (const p of providers) {
      const ids = p.keyFormats.map((f) => f.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const f of p.keyFormats) expect(() => new RegExp(f.pattern)).not.toThrow()
    }
  })

  it('has API roots that are URLs once their template parts are filled in', () => {
    for (const p of providers) {
      for (const root of [p.apiRoot, ...Object.values(p.apis ?? {}), ...(p.apiRootAliases ?? [])]) {
        expect(() => new URL(root.replace(/\{[^}]+\}/g, 'x'))).not.toThrow()
      }
    }
  })

  it('never lists a host twice, as API and non-API or under two providers', () => {
    const hosts = providers.flatMap((p) => [...p.apiHosts, ...p.nonApiHosts.map((h) => h.host), ...(p.lookalikeHosts ?? []).map((h) => h.host)])
    const duplicates = hosts.filter((h, i) => hosts.indexOf(h) !== i)
    expect(duplicates).toEqual([])
    expect(hosts.filter((h) => h !== h.toLowerCase())).toEqual([])
  })

  it('models RutaAPI as a gateway with its marketing site and dashboard apart from the API', () => {
    const ruta = provider('rutaapi')
    expect(ruta.apiRoot).toBe('https://api.rutaapi.com/v1')
    expect(ruta.apiHosts).toEqual(['api.rutaapi.com'])
    expect(ruta.gateway).toBe(true)
    expect(ruta.nonApiHosts).toEqual([
      { host: 'rutaapi.com', role: 'marketing' },
      { host: 'www.rutaapi.com', role: 'marketing' },
      { host: 'app.rutaapi.com', role: 'dashboard' }
    ])
  })

  it('keeps provider prefixes in the SDK-convention roots', () => {
    expect(provider('groq').apiRoot).toBe('https://api.groq.com/openai/v1')
    expect(provider('fireworks').apiRoot).toBe('https://api.fireworks.ai/inference/v1')
    expect(provider('openrouter').apiRoot).toBe('https://openrouter.ai/api/v1')
    expect(provider('openrouter').sharedWithWebsite).toEqual({ host: 'openrouter.ai', apiPath: '/api' })
    expect(provider('deepseek').apiRoot).toBe('https://api.deepseek.com')
    expect(provider('deepseek').apiRootAliases).toEqual(['https://api.deepseek.com/v1'])
    expect(provider('perplexity').apiRoot).toBe('https://api.perplexity.ai')
    expect(provider('anthropic').apis?.anthropic).toBe('https://api.anthropic.com')
  })

  it('marks local servers and gateways', () => {
    expect(providers.filter((p) => p.local).map((p) => p.id).sort()).toEqual(['litellm-proxy', 'lmstudio', 'ollama', 'vllm'])
    for (const id of ['rutaapi', 'openrouter', 'one-api', 'litellm-proxy', 'cloudflare-ai-gateway', 'ai302']) {
      expect(provider(id).gateway).toBe(true)
    }
    expect(provider('openai').gateway).toBeUndefined()
  })

  it('marks admin and OAuth keys as not for inference', () => {
    const nonInference = providers.flatMap((p) => p.keyFormats.filter((f) => f.inference === false).map((f) => f.id))
    expect(nonInference.sort()).toEqual(['anthropic-admin', 'anthropic-oauth', 'anthropic-oauth-refresh', 'huggingface-org', 'openai-admin'])
  })

  it('puts the generic owner of each shared shape first', () => {
    const firstWith = (formatId: string) => providers.find((p) => p.keyFormats.some((f) => f.id === formatId))?.id
    expect(firstWith('sk-alnum48')).toBe('one-api')
    expect(firstWith('sk-hex32')).toBe('deepseek')
    expect(firstWith('hex32')).toBe('azure-openai')
    expect(providers.filter((p) => p.keyFormats.some((f) => f.id === 'sk-hex32')).map((p) => p.id)).toEqual(['deepseek', 'dashscope'])
  })

  describe('key formats against the fake key generators', () => {
    const matching = (key: string) =>
      providers.flatMap((p) => p.keyFormats.filter((f) => new RegExp(`^(?:${f.pattern})$`).test(key)).map((f) => ({ provider: p.id, format: f })))

    const uniqueCases: [FakeKeyName, string, string][] = [
      ['openaiProject', 'openai', 'openai-project'],
      ['openaiLegacy', 'openai', 'openai-legacy'],
      ['anthropic', 'anthropic', 'anthropic-api'],
      ['openrouter', 'openrouter', 'openrouter'],
      ['groq', 'groq', 'groq'],
      ['xai', 'xai', 'xai'],
      ['google', 'gemini', 'google-api-key'],
      ['perplexity', 'perplexity', 'perplexity'],
      ['together', 'together', 'together'],
      ['huggingface', 'huggingface', 'huggingface']
    ]
    it.each(uniqueCases)('%s keys match exactly one unique format: %s/%s', (name, providerId, formatId) => {
      for (const seed of ['1', '2', '3']) {
        const unique = matching(fakeKeys[name](seed)).filter((m) => m.format.confidence === 'unique')
        expect(unique.map((m) => [m.provider, m.format.id])).toEqual([[providerId, formatId]])
      }
    })

    it('treats DeepSeek-shaped and gateway-shaped keys as shared only', () => {
      for (const key of [fakeKeys.deepseek(), fakeKeys.gateway()]) {
        const found = matching(key)
        expect(found.length).toBeGreaterThan(0)
        expect(found.every((m) => m.format.confidence === 'shared')).toBe(true)
      }
      expect(matching(fakeKeys.deepseek()).map((m) => m.provider)).toEqual(['deepseek', 'dashscope'])
      expect(matching(fakeKeys.gateway()).map((m) => m.provider)).toEqual(['one-api', 'rutaapi', 'moonshot', 'ai302'])
    })
  })

  describe('every key format, against keys built from its own sample', () => {
    const catalog = createCatalog()
    // One entry per format id: shared shapes are one object listed by several providers.
    const formats = [...new Map(providers.flatMap((p) => p.keyFormats.map((f) => [f.id, f] as const))).values()]
    const textScan = (f: KeyFormat) => f.inText ?? (f.confidence === 'unique' ? 'anywhere' : 'never')
    /** The sample with every random part filled with one character: `sk-xxxx…`, `000…` for hex. */
    const filler = (f: KeyFormat) =>
      f.sample!.map((p: SamplePart) => (typeof p === 'string' ? p : (p.alphabet.includes('x') ? 'x' : p.alphabet[0]!).repeat(p.length))).join('')
    /** The literal text a sample starts with (`sk-ant-api03-`), or nothing. */
    const prefixOf = (f: KeyFormat) => (typeof f.sample![0] === 'string' ? f.sample![0] : '')
    /** `sk-your-key`, `AIza-your-key`, `your-key`. */
    const yourKey = (f: KeyFormat) => `${prefixOf(f)}${/^$|[-_.]$/.test(prefixOf(f)) ? '' : '-'}your-key`

    it('holds at least 45 formats, each with a source and a sample', () => {
      expect(formats.length).toBeGreaterThanOrEqual(45)
      expect(formats.filter((f) => !f.source || !f.sample || f.sample.length === 0).map((f) => f.id)).toEqual([])
    })

    it.each(formats.map((f) => [f.id, f] as const))('%s: generated keys match, identify as the format and are found where they should be', (_id, format) => {
      for (const seed of ['1', '2', '3']) {
        const key = sampleKey(format, seed)
        expect(new RegExp(`^(?:${format.pattern})$`).test(key)).toBe(true)
        expect(isPlaceholder(key)).toBe(false)
        expect(catalog.identifyKey(key)?.format.id).toBe(format.id)
        const line = `KEY=${key}\n`
        const anywhere = catalog.scanText(line).map((m) => m.format.id)
        const candidates = catalog.scanForContext(line, (m) => ({ provider: m.provider })).map((m) => m.format.id)
        expect([anywhere, candidates]).toEqual({ anywhere: [[format.id], []], context: [[], [format.id]], never: [[], []] }[textScan(format)])
      }
    })

    it.each(formats.map((f) => [f.id, f] as const))('%s: placeholders of its shape are placeholders and found nowhere', (_id, format) => {
      const masked = `${prefixOf(format)}…${sampleKey(format).slice(-4)}`
      for (const value of [filler(format), yourKey(format), masked, `${prefixOf(format)}...${sampleKey(format).slice(-4)}`]) {
        expect(isPlaceholder(value)).toBe(true)
        expect(looksLikeSecret(value)).toBe(false)
        expect(catalog.scanText(`KEY=${value}\n`)).toEqual([])
        expect(catalog.scanForContext(`KEY=${value}\n`, (m) => ({ provider: m.provider }))).toEqual([])
      }
    })
  })
})
