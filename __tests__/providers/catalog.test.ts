import { describe, it, expect } from '@jest/globals'
import { createCatalog } from '../../src/providers/catalog.js'
import type { Provider } from '../../src/providers/types.js'
import { body, fakeKeys, sampleKey } from '../helpers/keys.js'

const catalog = createCatalog()

/** The Firebase docs example key gitleaks allowlists, assembled so the file holds no whole key. */
const FIREBASE_EXAMPLE_KEY = ['AIza', 'Sy', 'abcdefghijklmnopqrstuvwxyz', '1234567'].join('')

/** A config-file provider, in registry shape. */
const extraGateway: Provider = {
  id: 'acme-gateway',
  name: 'Acme Gateway',
  apiHosts: ['llm.acme.example', 'api.openai.com'],
  apiRoot: 'https://llm.acme.example/v1',
  nonApiHosts: [{ host: 'acme.example', role: 'marketing' }],
  keyFormats: [{ id: 'acme', pattern: 'acme_[a-f0-9]{40}', confidence: 'unique' }],
  auth: 'bearer',
  modelsPath: '/models',
  requestIdHeaders: [],
  gateway: true,
  sources: ['test']
}

describe('createCatalog().byHost', () => {
  it.each([
    ['api.openai.com', 'openai', 'api'],
    ['API.OpenAI.com', 'openai', 'api'],
    ['api.openai.com:443', 'openai', 'api'],
    ['api.openai.com.', 'openai', 'api'],
    ['api.rutaapi.com', 'rutaapi', 'api'],
    ['rutaapi.com', 'rutaapi', 'marketing'],
    ['www.rutaapi.com', 'rutaapi', 'marketing'],
    ['app.rutaapi.com', 'rutaapi', 'dashboard'],
    ['openai.com', 'openai', 'marketing'],
    ['platform.openai.com', 'openai', 'dashboard'],
    ['chat.openai.com', 'openai', 'chat-app'],
    ['chatgpt.com', 'openai', 'chat-app'],
    ['console.anthropic.com', 'anthropic', 'dashboard'],
    ['claude.ai', 'anthropic', 'chat-app'],
    ['docs.anthropic.com', 'anthropic', 'docs'],
    ['aistudio.google.com', 'gemini', 'dashboard'],
    ['platform.deepseek.com', 'deepseek', 'dashboard'],
    ['chat.deepseek.com', 'deepseek', 'chat-app'],
    ['console.x.ai', 'xai', 'dashboard'],
    ['openrouter.ai', 'openrouter', 'api'],
    ['myres.openai.azure.com', 'azure-openai', 'api'],
    ['a.b.openai.azure.com:443', 'azure-openai', 'api'],
    ['localhost:11434', 'ollama', 'api'],
    ['127.0.0.1:1234', 'lmstudio', 'api'],
    ['localhost:8000', 'vllm', 'api'],
    ['localhost:4000', 'litellm-proxy', 'api']
  ])('%s → %s (%s)', (host, providerId, role) => {
    const match = catalog.byHost(host)
    expect(match?.provider.id).toBe(providerId)
    expect(match?.role).toBe(role)
  })

  it.each(['openai.azure.com', 'localhost', 'localhost:3000', 'example.com', 'api.openai.com.evil.example', '', '[::1]:8080'])(
    'knows nothing about %j',
    (host) => {
      expect(catalog.byHost(host)).toBeUndefined()
    }
  )
})

describe('createCatalog().byUrl', () => {
  it.each([
    ['https://openrouter.ai', 'openrouter', 'marketing'],
    ['https://openrouter.ai/', 'openrouter', 'marketing'],
    ['https://openrouter.ai/v1/chat/completions', 'openrouter', 'marketing'],
    ['https://openrouter.ai/apis', 'openrouter', 'marketing'],
    ['https://openrouter.ai/api', 'openrouter', 'api'],
    ['https://openrouter.ai/api/v1/chat/completions', 'openrouter', 'api'],
    ['openrouter.ai/api/v1', 'openrouter', 'api'],
    ['https://api.rutaapi.com/v1/v1/chat/completions', 'rutaapi', 'api'],
    ['https://rutaapi.com/docs', 'rutaapi', 'marketing'],
    ['app.rutaapi.com', 'rutaapi', 'dashboard'],
    ['http://localhost:11434/v1', 'ollama', 'api'],
    ['https://myres.openai.azure.com/openai', 'azure-openai', 'api']
  ])('%s → %s (%s)', (url, providerId, role) => {
    const match = catalog.byUrl(url)
    expect(match?.provider.id).toBe(providerId)
    expect(match?.role).toBe(role)
  })

  it.each(['https://example.com/v1', 'http://', 'https://exa mple.com', '${BASE_URL}'])('knows nothing about %j', (url) => {
    expect(catalog.byUrl(url)).toBeUndefined()
  })

  it('finds a local server on the machine that runs Docker as on localhost, by its default port', () => {
    for (const host of ['host.docker.internal', 'gateway.docker.internal', 'host.containers.internal']) {
      expect([host, catalog.byUrl(`http://${host}:11434/v1`)?.provider.id]).toEqual([host, 'ollama'])
    }
    expect(catalog.byUrl('http://host.docker.internal:11434')?.named).toBeUndefined()
    expect(catalog.byUrl('http://host.docker.internal:3000')).toBeUndefined()
  })

  it('finds a local server by a compose service named after it, on its default port only', () => {
    expect(catalog.byUrl('http://ollama:11434')).toMatchObject({ provider: { id: 'ollama' }, role: 'api', named: true })
    expect(catalog.byUrl('http://litellm:4000/v1')).toMatchObject({ provider: { id: 'litellm-proxy' }, named: true })
    for (const url of ['http://ollama:8080', 'http://myapp:11434', 'http://ollama', 'http://ollama.example.com:11434']) expect([url, catalog.byUrl(url)]).toEqual([url, undefined])
  })
})

describe('createCatalog(extra)', () => {
  const withExtra = createCatalog([extraGateway, { ...extraGateway, id: 'rutaapi', name: 'RutaAPI (configured)', apiHosts: ['api.rutaapi.com'], nonApiHosts: [], keyFormats: [] }])

  it('adds config providers and lets them win on hosts', () => {
    expect(withExtra.byHost('llm.acme.example')?.provider.id).toBe('acme-gateway')
    expect(withExtra.byHost('acme.example')?.role).toBe('marketing')
    expect(withExtra.byHost('api.openai.com')?.provider.id).toBe('acme-gateway')
    expect(withExtra.byHost('platform.openai.com')?.provider.id).toBe('openai')
  })

  it('replaces a registry provider with the same id', () => {
    expect(withExtra.byId('rutaapi')?.name).toBe('RutaAPI (configured)')
    expect(withExtra.providers.filter((p) => p.id === 'rutaapi')).toHaveLength(1)
    expect(withExtra.providers).toHaveLength(catalog.providers.length + 1)
    expect(withExtra.byHost('app.rutaapi.com')).toBeUndefined()
  })

  it('identifies and scans for the config providers\' key formats', () => {
    const key = `acme_${body(40, '0123456789abcdef', 'acme')}`
    expect(withExtra.identifyKey(key)?.provider.id).toBe('acme-gateway')
    expect(withExtra.scanText(`TOKEN=${key}\n`).map((m) => [m.provider.id, m.start, m.end])).toEqual([['acme-gateway', 6, 6 + key.length]])
    expect(catalog.identifyKey(key)).toBeUndefined()
  })
})

describe('scanner construction', () => {
  it('finds in one pass of both kinds the tokens that scanText and scanForContext find apart', () => {
    // A literal-led format whose tokens may hold a context shape after a `+` (a start its own pass would try).
    const hiding = createCatalog([{ ...extraGateway, id: 'hiding', apiHosts: [], nonApiHosts: [], keyFormats: [{ id: 'plus-run', pattern: 'qz/[A-Za-z0-9+/-]{20,}', confidence: 'unique' }] }])
    const keys = catalog.providers.flatMap((p) => p.keyFormats.filter((f) => f.sample && f.inText !== 'never').map((f) => sampleKey(f, p.id)))
    keys.push(`qz/${body(20, 'abc+', 'plus')}`, `sk-${body(48, 'abcdefghijklmnopqrstuvwxyz', 'lower')}`)
    const pieces = ['+', '/', ' ', '\n', '=', 'x', '_', '-', 'é', 'OPENAI_API_KEY=']
    const judge = (m: { provider: Provider }) => ({ provider: m.provider })
    const apart = (c: typeof catalog, text: string) =>
      [...c.scanText(text), ...c.scanForContext(text, judge)].sort((a, b) => a.start - b.start).map((m) => [m.format.id, m.start, m.token])
    const together = (c: typeof catalog, text: string) => c.scanKeys(text, judge).map((m) => [m.format.id, m.start, m.token])
    let tokens = 0
    for (let seed = 0; seed < 200; seed++) {
      const pick = body(30, '0123456789abcdefghijklmnopqrstuvwxyz', `both-${seed}`)
      let text = ''
      for (let i = 0; i < 30; i++) {
        const n = parseInt(pick[i]!, 36)
        text += n % 3 === 0 ? pieces[n % pieces.length]! : keys[(n * 7 + i) % keys.length]!
      }
      for (const c of [catalog, hiding]) {
        expect(together(c, text)).toEqual(apart(c, text))
        tokens += together(c, text).length
      }
    }
    expect(tokens).toBeGreaterThan(500)
    const hidden = `qz/${body(20, 'abc', 'h')}+sk-${body(48, 'ABCdef012', 'h')}`
    expect(together(hiding, hidden).map(([id]) => id)).toEqual(['plus-run', apart(hiding, hidden)[1]![0]])
  })

  it('finds the same class-led tokens by sampling word starts as by the prefilter at every position', () => {
    // A config format that starts with neither a literal nor a class makes the context scanner use the prefilter
    // regex at every position; it never matches the texts below (no q or w in them).
    const unsampled = createCatalog([{ ...extraGateway, id: 'unsampled', apiHosts: [], nonApiHosts: [], keyFormats: [{ id: 'alternation-first', pattern: '(?:qq|ww)[0-9]{30}', confidence: 'shared', inText: 'context' }] }])
    const pieces = ['-', '_', '.', ' ', '\n', '=', 'x', 'é', 'Z', '0', 'a']
    const found = (c: typeof catalog, text: string) => c.scanForContext(text, (m) => ({ provider: m.provider })).map((m) => [m.format.id, m.start, m.token])
    for (let seed = 0; seed < 300; seed++) {
      const pick = body(40, '0123456789abcdefghijklmnopqrstuvwxyz', `pick-${seed}`)
      let text = ''
      for (let i = 0; i < 40; i++) {
        const n = parseInt(pick[i]!, 36)
        const hex = body(n % 4 === 0 ? 32 : n + 1, '0123456789abcdef', `${seed}-${i}`)
        text += n % 5 === 0 ? `${hex.slice(0, 8)}-${body(4, '0123456789abcdef', `u${seed}-${i}`)}-4${hex.slice(9, 12)}-a${hex.slice(13, 16)}-${body(12, '0123456789abcdef', `v${seed}-${i}`)}` : hex
        text += pieces[n % pieces.length]!.repeat(1 + (n % 2))
      }
      expect(found(catalog, text)).toEqual(found(unsampled, text))
    }
    expect(found(catalog, `id ${body(32, '0123456789abcdef', 'one')}\n`)).toHaveLength(1)
  })

  it('keeps config patterns intact when it groups alternatives by their first characters', () => {
    const tricky: Provider = {
      ...extraGateway,
      id: 'tricky',
      apiHosts: [],
      nonApiHosts: [],
      keyFormats: [
        { id: 'optional-first', pattern: 'q?zk_[0-9]{12}', confidence: 'unique' },
        { id: 'alternation', pattern: 'gsx_[0-9]{12}|gsy_[0-9]{12}', confidence: 'unique' },
        { id: 'class-first', pattern: '[g-h]qk_[0-9]{12}', confidence: 'unique' }
      ]
    }
    const withTricky = createCatalog([tricky])
    const tokens = [`zk_${body(12, '0123456789', 'a')}`, `qzk_${body(12, '0123456789', 'b')}`, `gsy_${body(12, '0123456789', 'c')}`, `hqk_${body(12, '0123456789', 'd')}`]
    expect(withTricky.scanText(tokens.join(' ')).map((m) => [m.format.id, m.token])).toEqual([
      ['optional-first', tokens[0]],
      ['optional-first', tokens[1]],
      ['alternation', tokens[2]],
      ['class-first', tokens[3]]
    ])
    // The registry's own formats are still found next to them.
    expect(withTricky.scanText(`k=${fakeKeys.groq()}`).map((m) => m.format.id)).toEqual(['groq'])
  })
})

describe('createCatalog().byId', () => {
  it('finds registry providers by id', () => {
    expect(catalog.byId('groq')?.name).toBe('Groq')
    expect(catalog.byId('nope')).toBeUndefined()
  })
})

describe('createCatalog().identifyKey', () => {
  it.each([
    ['openaiProject', 'openai', 'openai-project', 'unique'],
    ['openaiLegacy', 'openai', 'openai-legacy', 'unique'],
    ['anthropic', 'anthropic', 'anthropic-api', 'unique'],
    ['openrouter', 'openrouter', 'openrouter', 'unique'],
    ['groq', 'groq', 'groq', 'unique'],
    ['xai', 'xai', 'xai', 'unique'],
    ['google', 'gemini', 'google-api-key', 'unique'],
    ['perplexity', 'perplexity', 'perplexity', 'unique'],
    ['together', 'together', 'together', 'unique'],
    ['huggingface', 'huggingface', 'huggingface', 'unique'],
    ['deepseek', 'deepseek', 'sk-hex32', 'shared'],
    ['gateway', 'one-api', 'sk-alnum48', 'shared'],
    ['opaque', 'cohere', 'alnum40', 'shared']
  ] as const)('%s → %s/%s (%s)', (name, providerId, formatId, confidence) => {
    const match = catalog.identifyKey(fakeKeys[name]())
    expect([match?.provider.id, match?.format.id, match?.format.confidence]).toEqual([providerId, formatId, confidence])
  })

  it('prefers a unique format over a shared shape the same key also has', () => {
    // A legacy OpenAI key is also `sk-` + 48 alphanumerics.
    expect(/^sk-[A-Za-z0-9]{48}$/.test(fakeKeys.openaiLegacy())).toBe(true)
    expect(catalog.identifyKey(fakeKeys.openaiLegacy())?.provider.id).toBe('openai')
  })

  it('resolves narrower shared shapes to their provider', () => {
    expect(catalog.identifyKey(`sk-${body(48, 'abcdefghijklmnopqrstuvwxyz', 'sf')}`)?.provider.id).toBe('siliconflow')
    expect(catalog.identifyKey(body(32, '0123456789abcdef', 'az'))?.provider.id).toBe('azure-openai')
    expect(catalog.identifyKey(fakeKeys.opaque('1', 32))?.provider.id).toBe('mistral')
    expect(catalog.identifyKey(`${fakeKeys.gateway()}-3`)?.format.id).toBe('sk-alnum48-channel')
  })

  it('recognises admin keys as not for inference', () => {
    const admin = `sk-admin-${body(58, 'abcdefXYZ0123_-', 'ad')}${['T3Bl', 'bkFJ'].join('')}${body(58, 'abcdefXYZ0123_-', 'ad2')}`
    expect(catalog.identifyKey(admin)?.format).toMatchObject({ id: 'openai-admin', inference: false })
  })

  it('answers as a test of each format in turn would (the joined formats only rule values out first)', () => {
    const formats = catalog.providers.flatMap((provider) => provider.keyFormats.map((format) => ({ provider, format, whole: new RegExp(`^(?:${format.pattern})$`) })))
    const oneByOne = (token: string) => formats.find((f) => f.whole.test(token.trim()))
    const samples = formats.flatMap(({ format }) => (format.sample ? [sampleKey(format), sampleKey(format, '2')] : []))
    const values = [
      ...samples,
      ...samples.flatMap((key) => [key.slice(1), key.slice(0, -1), `${key}0`, `x${key}`, ` ${key} `, key.toUpperCase(), key.replace(/.$/, '.')]),
      ...Object.values(fakeKeys).map((make) => make()),
      'https://api.openai.com/v1', '${OPENAI_API_KEY}', 'gpt-4o-mini', 'postgres://app:pw@db:5432/app', '3062', ''
    ]
    expect(samples.length).toBeGreaterThan(30)
    for (const value of values) {
      const expected = oneByOne(value)
      expect([value, catalog.identifyKey(value)]).toEqual([value, expected && { provider: expected.provider, format: expected.format }])
    }
  })

  it('matches the whole value only, ignoring surrounding spaces', () => {
    expect(catalog.identifyKey(`  ${fakeKeys.groq()}\n`)?.provider.id).toBe('groq')
    expect(catalog.identifyKey(`Bearer ${fakeKeys.groq()}`)).toBeUndefined()
    expect(catalog.identifyKey(`${fakeKeys.groq()}x`)).toBeUndefined()
    expect(catalog.identifyKey('')).toBeUndefined()
    expect(catalog.identifyKey('sk-')).toBeUndefined()
  })
})

describe('createCatalog().scanText', () => {
  it('finds every unique-format key with exact 0-based offsets', () => {
    const keys = [fakeKeys.openaiProject(), fakeKeys.anthropic(), fakeKeys.groq(), fakeKeys.google(), fakeKeys.xai()]
    const text = [
      `OPENAI_API_KEY=${keys[0]}`,
      `  anthropic: "${keys[1]}"`,
      `curl -H 'Authorization: Bearer ${keys[2]}'`,
      `https://generativelanguage.googleapis.com/v1beta/models?key=${keys[3]}&alt=sse`,
      `keys: ${keys[4]},${fakeKeys.xai('2')}`
    ].join('\n')
    const found = catalog.scanText(text)
    expect(found.map((m) => m.token)).toEqual([...keys, fakeKeys.xai('2')])
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.token)
    expect(found.map((m) => m.provider.id)).toEqual(['openai', 'anthropic', 'groq', 'gemini', 'xai', 'xai'])
    expect(found[0]!.start).toBe('OPENAI_API_KEY='.length)
  })

  it('finds keys at the very start and end of the text', () => {
    const key = fakeKeys.openrouter()
    expect(catalog.scanText(key).map((m) => [m.start, m.end])).toEqual([[0, key.length]])
  })

  it.each([
    ['a longer word before', (k: string) => `x${k}`],
    ['a longer word after', (k: string) => `${k}x`],
    ['an underscore after', (k: string) => `${k}_old`]
  ])('ignores a key inside %s', (_label, wrap) => {
    expect(catalog.scanText(` ${wrap(fakeKeys.perplexity())} `)).toEqual([])
  })

  it('finds a key glued to a name by a dash or an underscore', () => {
    expect(catalog.scanText(` my-${fakeKeys.perplexity()} MY_${fakeKeys.perplexity('2')} `).map((hit) => hit.token)).toEqual([
      fakeKeys.perplexity(),
      fakeKeys.perplexity('2')
    ])
  })

  it.each([
    ['"', '"'],
    ["'", "'"],
    ['`', '`'],
    ['=', ';'],
    ['(', ')'],
    ['\t', '\r\n']
  ])('finds a key between %j and %j', (before, after) => {
    const key = fakeKeys.huggingface()
    expect(catalog.scanText(`${before}${key}${after}`).map((m) => m.token)).toEqual([key])
  })

  it('finds the real key after a rejected match inside a word', () => {
    const key = fakeKeys.groq()
    const text = `xgsk_${'a'.repeat(10)} ${key}`
    expect(catalog.scanText(text).map((m) => m.start)).toEqual([text.indexOf(key)])
  })

  it('leaves placeholders, shared shapes and near misses out', () => {
    const text = [
      `ANTHROPIC_API_KEY=sk-ant-api03-${'x'.repeat(93)}AA`,
      `GROQ_API_KEY=gsk_${'x'.repeat(52)}`,
      `GOOGLE_API_KEY=${FIREBASE_EXAMPLE_KEY}`,
      `HF_TOKEN=hf_${'X'.repeat(34)}`,
      `DEEPSEEK_API_KEY=${fakeKeys.deepseek()}`,
      `OPENAI_API_KEY=${fakeKeys.gateway()}`,
      `MISTRAL_API_KEY=${fakeKeys.opaque()}`,
      `GROQ_API_KEY=gsk_${'a1B2'.repeat(12)}`, // 48, not 52
      'OPENAI_API_KEY=sk-...DTMA',
      'OPENAI_API_KEY=YOUR_RUTAAPI_KEY'
    ].join('\n')
    expect(catalog.scanText(text)).toEqual([])
  })

  it('returns nothing for 5 MB of text without keys', () => {
    const line = 'const task = "risk-free"; // sk- gsk_ AIza xai- pplx- hf_ tgp_v1_ prefixes alone are not keys\n'
    const text = line.repeat(Math.ceil(5_000_000 / line.length))
    expect(text.length).toBeGreaterThanOrEqual(5_000_000)
    expect(catalog.scanText(text)).toEqual([])
  })

  it('finds all 1000 keys spread through 5 MB of text', () => {
    const generators = [fakeKeys.openaiProject, fakeKeys.anthropic, fakeKeys.groq, fakeKeys.google, fakeKeys.openrouter]
    const filler = 'lorem ipsum dolor sit amet, task-runner desk-lamp sk- '.repeat(92)
    const parts: string[] = []
    const expected: { token: string; start: number }[] = []
    let offset = 0
    for (let i = 0; i < 1000; i++) {
      const token = generators[i % generators.length]!(String(i))
      parts.push(filler, 'KEY=', token, '\n')
      offset += filler.length + 4
      expected.push({ token, start: offset })
      offset += token.length + 1
    }
    const text = parts.join('')
    expect(text.length).toBeGreaterThanOrEqual(5_000_000)
    const found = catalog.scanText(text)
    expect(found).toHaveLength(1000)
    expect(found.map((m) => ({ token: m.token, start: m.start }))).toEqual(expected)
    expect(found.every((m) => m.end === m.start + m.token.length)).toBe(true)
  })

  it('can be called again on other text (no state leaks between calls)', () => {
    const key = fakeKeys.together()
    expect(catalog.scanText(`a ${key}`)).toHaveLength(1)
    expect(catalog.scanText(key)).toHaveLength(1)
    expect(catalog.scanText('nothing')).toEqual([])
  })
})

describe('createCatalog() placeholder and secret checks', () => {
  it('exposes the shared placeholder and secret heuristics', () => {
    expect(catalog.isPlaceholder('YOUR_RUTAAPI_KEY')).toBe(true)
    expect(catalog.isPlaceholder(fakeKeys.gateway())).toBe(false)
    expect(catalog.looksLikeSecret(fakeKeys.opaque())).toBe(true)
    expect(catalog.looksLikeSecret('https://api.rutaapi.com/v1')).toBe(false)
  })
})
