import { describe, it, expect } from '@jest/globals'
import { otherNames } from '../../src/clients/detect.js'
import { clientProfiles } from '../../src/clients/profiles/index.js'
import type { ClientProfile } from '../../src/clients/types.js'
import { providers } from '../../src/providers/registry.js'

const profiles = Object.entries(clientProfiles) as [string, ClientProfile][]
const providerIds = new Set(providers.map((p) => p.id))
const nextchat = clientProfiles.nextchat
const nextchatVar = (name: string) => nextchat.baseUrlVars.find((v) => v.name === name)

describe('client profiles', () => {
  it('are keyed by their own id', () => {
    for (const [key, profile] of profiles) expect(profile.id).toBe(key)
    expect(Object.keys(clientProfiles)).toEqual([
      'nextchat', 'chatgpt-web', 'lobechat', 'open-webui', 'librechat', 'continue', 'codex', 'openai-sdk', 'anthropic-sdk', 'claude-code', 'unknown'
    ])
  })

  it.each(profiles)('%s refers only to registry providers', (_id, profile) => {
    const referenced = [...profile.baseUrlVars, ...profile.keyVars].flatMap((v) => (v.provider ? [v.provider] : []))
    expect(referenced.filter((id) => !providerIds.has(id))).toEqual([])
  })

  it.each(profiles)('%s pairs keys and fallbacks with base URL variables it has', (_id, profile) => {
    const names = new Set(profile.baseUrlVars.map((v) => v.name))
    const dangling = [
      ...profile.keyVars.flatMap((k) => (k.baseUrlVar && !names.has(k.baseUrlVar) ? [k.baseUrlVar] : [])),
      ...profile.baseUrlVars.flatMap((v) => (v.fallback && !names.has(v.fallback) ? [v.fallback] : []))
    ]
    expect(dangling).toEqual([])
  })

  it.each(profiles)('%s lists each variable name in one role only', (_id, profile) => {
    const names = [
      ...profile.baseUrlVars.map((v) => v.name),
      ...profile.keyVars.map((v) => v.name),
      ...profile.modelVars,
      ...otherNames(profile),
      // A name an SDK app's own code may pass on is also judged as a base URL, by a guessed (generic) join.
      ...profile.unusedVars.filter((v) => !(v.readByApps && profile.baseUrlVars.some((b) => b.name === v.name && b.generic))).map((v) => v.name)
    ]
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  })

  it.each(profiles)('%s names replacements the client does read', (_id, profile) => {
    const read = new Set([...profile.baseUrlVars.map((v) => v.name), ...profile.keyVars.map((v) => v.name), ...profile.modelVars, ...otherNames(profile)])
    const unknownReplacements = profile.unusedVars.flatMap((u) => (u.replacement && !read.has(u.replacement) ? [u.replacement] : []))
    expect(unknownReplacements).toEqual([])
  })

  it.each(profiles)('%s has fingerprint patterns that compile, and sources', (id, profile) => {
    for (const fp of profile.fingerprints) expect(() => new RegExp(fp.pattern)).not.toThrow()
    expect(profile.sources.length).toBeGreaterThan(0)
    // Codex reads no file of the repository but its own config, which is Codex's by file kind (profiles/codex.ts).
    if (id !== 'unknown' && id !== 'codex') expect(profile.fingerprints.length).toBeGreaterThan(0)
  })

  it.each(profiles)('%s has chat paths that start with / (or are empty)', (_id, profile) => {
    expect(profile.baseUrlVars.filter((v) => v.chatPath !== '' && !v.chatPath.startsWith('/')).map((v) => v.name)).toEqual([])
  })
})

describe('the NextChat profile', () => {
  it('joins BASE_URL as a host root, OpenAI by default', () => {
    expect(nextchatVar('BASE_URL')).toEqual({
      name: 'BASE_URL',
      convention: 'host-root',
      chatPath: '/v1/chat/completions',
      provider: 'openai',
      defaultUrl: 'https://api.openai.com',
      normalize: 'nextchat',
      family: 'openai',
      cloudflareRewrite: true
    })
  })

  // NextChat@706a18b9 app/api/common.ts:91 and anthropic.ts:94 are the only callers of cloudflareAIGatewayUrl.
  it('rewrites Cloudflare AI Gateway URLs for BASE_URL, AZURE_URL and ANTHROPIC_URL only', () => {
    expect(nextchat.baseUrlVars.filter((v) => v.cloudflareRewrite).map((v) => v.name)).toEqual(['BASE_URL', 'ANTHROPIC_URL', 'AZURE_URL'])
  })

  // NextChat@706a18b9 app/config/server.ts:266-276.
  it('models the flags read as set-or-not and ENABLE_MCP read exactly', () => {
    expect(nextchat.flags?.map((f) => [f.name, f.reads])).toEqual([
      ['HIDE_USER_API_KEY', 'non-empty'],
      ['DISABLE_GPT4', 'non-empty'],
      ['ENABLE_BALANCE_QUERY', 'non-empty'],
      ['DISABLE_FAST_LINK', 'non-empty'],
      ['ENABLE_MCP', 'equals']
    ])
  })

  it('falls back from ANTHROPIC_URL to BASE_URL', () => {
    expect(nextchatVar('ANTHROPIC_URL')).toMatchObject({
      convention: 'host-root',
      chatPath: '/v1/messages',
      provider: 'anthropic',
      fallback: 'BASE_URL',
      defaultUrl: 'https://api.anthropic.com'
    })
  })

  it.each([
    ['GOOGLE_URL', 'host-root', '/v1beta/models/{model}:streamGenerateContent'],
    ['AZURE_URL', 'verbatim', '/deployments/{deployment}/chat/completions'],
    ['DEEPSEEK_URL', 'includes-version', '/chat/completions'],
    ['MOONSHOT_URL', 'host-root', '/v1/chat/completions'],
    ['XAI_URL', 'host-root', '/v1/chat/completions'],
    ['CHATGLM_URL', 'host-root', '/api/paas/v4/chat/completions'],
    ['SILICONFLOW_URL', 'host-root', '/v1/chat/completions'],
    ['BYTEDANCE_URL', 'host-root', '/api/v3/chat/completions'],
    ['ALIBABA_URL', 'host-root', '/v1/services/aigc/text-generation/generation'],
    ['BAIDU_URL', 'host-root', '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}'],
    ['AI302_URL', 'host-root', '/v1/chat/completions'],
    ['STABILITY_URL', 'host-root', '/v2beta/stable-image/generate/{model}'],
    ['IFLYTEK_URL', 'host-root', '/v1/chat/completions'],
    ['TENCENT_URL', 'verbatim', '']
  ])('reads %s (%s, appends %j)', (name, convention, chatPath) => {
    expect(nextchatVar(name)).toMatchObject({ convention, chatPath, normalize: 'nextchat' })
  })

  it('reads comma-separated, trimmed key lists that keep empty entries', () => {
    expect(nextchat.keyVars.find((k) => k.name === 'OPENAI_API_KEY')).toEqual({
      name: 'OPENAI_API_KEY',
      provider: 'openai',
      baseUrlVar: 'BASE_URL',
      listSeparator: ',',
      trimsListEntries: true,
      keepsEmptyListEntries: true
    })
    for (const name of ['ANTHROPIC_API_KEY', 'GOOGLE_API_KEY', 'AZURE_API_KEY', 'DEEPSEEK_API_KEY', 'XAI_API_KEY', 'MOONSHOT_API_KEY', 'CLOUDFLARE_KV_API_KEY']) {
      expect(nextchat.keyVars.find((k) => k.name === name)).toMatchObject({ listSeparator: ',', trimsListEntries: true, keepsEmptyListEntries: true })
    }
    expect(nextchat.keyVars.find((k) => k.name === 'IFLYTEK_API_KEY')?.listSeparator).toBeUndefined()
  })

  it('knows every variable of clients.md §1.1', () => {
    const documented = [
      'OPENAI_API_KEY', 'BASE_URL', 'CODE', 'OPENAI_ORG_ID', 'AZURE_URL', 'AZURE_API_KEY', 'AZURE_API_VERSION', 'GOOGLE_API_KEY',
      'GOOGLE_URL', 'ANTHROPIC_API_KEY', 'ANTHROPIC_URL', 'ANTHROPIC_API_VERSION', 'BAIDU_API_KEY', 'BAIDU_SECRET_KEY', 'BAIDU_URL',
      'BYTEDANCE_API_KEY', 'BYTEDANCE_URL', 'ALIBABA_API_KEY', 'ALIBABA_URL', 'TENCENT_SECRET_ID', 'TENCENT_SECRET_KEY', 'TENCENT_URL',
      'MOONSHOT_API_KEY', 'MOONSHOT_URL', 'IFLYTEK_API_KEY', 'IFLYTEK_API_SECRET', 'IFLYTEK_URL', 'DEEPSEEK_API_KEY', 'DEEPSEEK_URL',
      'XAI_API_KEY', 'XAI_URL', 'CHATGLM_API_KEY', 'CHATGLM_URL', 'SILICONFLOW_API_KEY', 'SILICONFLOW_URL', 'AI302_API_KEY', 'AI302_URL',
      'STABILITY_API_KEY', 'STABILITY_URL', 'PROXY_URL', 'HIDE_USER_API_KEY', 'DISABLE_GPT4', 'ENABLE_BALANCE_QUERY', 'DISABLE_FAST_LINK',
      'CUSTOM_MODELS', 'DEFAULT_MODEL', 'VISION_MODELS', 'DEFAULT_INPUT_TEMPLATE', 'WHITE_WEBDAV_ENDPOINTS', 'ENABLE_MCP', 'GTM_ID', 'GA_ID',
      'CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_KV_NAMESPACE_ID', 'CLOUDFLARE_KV_API_KEY', 'CLOUDFLARE_KV_TTL', 'VERCEL', 'BUILD_MODE',
      'BUILD_APP', 'DISABLE_CHUNK'
    ]
    const read = new Set([...nextchat.baseUrlVars.map((v) => v.name), ...nextchat.keyVars.map((k) => k.name), ...nextchat.modelVars, ...otherNames(nextchat)])
    expect(documented.filter((name) => !read.has(name))).toEqual([])
    expect(nextchat.modelVars).toEqual(['DEFAULT_MODEL', 'CUSTOM_MODELS', 'VISION_MODELS'])
  })

  it('knows the names people set that NextChat never reads', () => {
    expect(nextchat.unusedVars.map((u) => [u.name, u.replacement])).toEqual([
      ['OPENAI_BASE_URL', 'BASE_URL'],
      ['OPENAI_API_BASE', 'BASE_URL'],
      ['OPENAI_API_BASE_URL', 'BASE_URL'],
      ['OPENAI_PROXY_URL', 'BASE_URL'],
      ['ANTHROPIC_BASE_URL', 'ANTHROPIC_URL'],
      ['OPENAI_SB', undefined],
      ['PROTOCOL', undefined],
      ['HIDE_BALANCE_QUERY', 'ENABLE_BALANCE_QUERY'],
      ['WHITE_WEBDEV_ENDPOINTS', 'WHITE_WEBDAV_ENDPOINTS'],
      ['TENCENT_API_KEY', 'TENCENT_SECRET_KEY']
    ])
    for (const u of nextchat.unusedVars) expect(u.reason.length).toBeGreaterThan(10)
  })
})

describe('the other profiles', () => {
  const baseVar = (id: keyof typeof clientProfiles, name: string) => clientProfiles[id].baseUrlVars.find((v) => v.name === name)

  // Chanzhaoyu/chatgpt-web@7474b2c1 service/src/chatgpt/index.ts:77-83 (since c520580, 2024-03-06).
  it('reads chatgpt-web OPENAI_API_BASE_URL and adds /v1 only when the value has none', () => {
    expect(baseVar('chatgpt-web', 'OPENAI_API_BASE_URL')).toMatchObject({ chatPath: '/chat/completions', normalize: 'adds-v1-if-missing', defaultUrl: 'https://api.openai.com/v1' })
  })

  it('reads Open WebUI base URLs with the version and ;-separated lists', () => {
    expect(baseVar('open-webui', 'OPENAI_API_BASE_URL')).toMatchObject({ convention: 'includes-version', chatPath: '/chat/completions' })
    // open-webui@00b1c6b config.py: list entries are stripped of spaces, not of a trailing /.
    expect(baseVar('open-webui', 'OPENAI_API_BASE_URLS')).toMatchObject({ listSeparator: ';', normalize: 'none' })
    expect(clientProfiles['open-webui'].shadowed?.map((s) => [s.name, s.shadowedBy])).toContainEqual(['OPENAI_API_BASE_URL', 'OPENAI_API_BASE_URLS'])
    expect(clientProfiles['open-webui'].keyVars.find((k) => k.name === 'OPENAI_API_KEYS')).toMatchObject({ listSeparator: ';', trimsListEntries: true })
    // Empty positional items pair a URL with no key on purpose.
    expect(clientProfiles['open-webui'].keyVars.find((k) => k.name === 'OPENAI_API_KEYS')?.keepsEmptyListEntries).toBeUndefined()
  })

  // lobehub/lobehub@12294ca anthropicCompatibleFactory; apiKeyManager drops blanks, the OpenAI-style runtimes trim.
  it('reads LobeChat proxies with the version, per provider, and trims key lists except for Google', () => {
    expect(baseVar('lobechat', 'OPENAI_PROXY_URL')).toMatchObject({ convention: 'includes-version', provider: 'openai' })
    expect(baseVar('lobechat', '*_PROXY_URL')).toMatchObject({ convention: 'includes-version', chatPath: '/chat/completions' })
    expect(baseVar('lobechat', 'ANTHROPIC_PROXY_URL')).toMatchObject({ convention: 'host-root', chatPath: '/v1/messages', family: 'anthropic' })
    expect(baseVar('lobechat', 'MOONSHOT_PROXY_URL')?.variants?.[0]).toMatchObject({ pathEndsWith: '/anthropic', family: 'anthropic' })
    // lobehub/lobe-chat@5e912a4 providers/moonshot and providers/minimax: DEFAULT_*_BASE_URL, and both route `/anthropic`.
    expect(baseVar('lobechat', 'MOONSHOT_PROXY_URL')?.defaultUrl).toBe('https://api.moonshot.cn/v1')
    expect(baseVar('lobechat', 'MINIMAX_PROXY_URL')).toMatchObject({ provider: 'minimax', defaultUrl: 'https://api.minimaxi.com/v1' })
    expect(baseVar('lobechat', 'MINIMAX_PROXY_URL')?.variants?.[0]).toMatchObject({ pathEndsWith: '/anthropic', family: 'anthropic', chatPath: '/v1/messages' })
    expect(clientProfiles.lobechat.keyVars.find((k) => k.name === 'OPENAI_API_KEY')).toMatchObject({ listSeparator: ',', trimsListEntries: true })
    expect(clientProfiles.lobechat.keyVars.find((k) => k.name === 'GOOGLE_API_KEY')).toMatchObject({ trimsListEntries: false })
    // apiKeyManager.ts filters empty items out.
    expect(clientProfiles.lobechat.keyVars.find((k) => k.name === 'OPENAI_API_KEY')?.keepsEmptyListEntries).toBeUndefined()
  })

  it('reads LibreChat baseURL and OPENAI_REVERSE_PROXY with the version', () => {
    expect(baseVar('librechat', 'baseURL')?.convention).toBe('includes-version')
    expect(baseVar('librechat', 'OPENAI_REVERSE_PROXY')?.convention).toBe('includes-version')
  })

  it('reads Continue apiBase and Codex base_url with the version', () => {
    expect(baseVar('continue', 'apiBase')?.convention).toBe('includes-version')
    // openai/codex codex-api/src/provider.rs@001cb8e2 url_for_path trims trailing slashes, then /responses.
    expect(baseVar('codex', 'base_url')).toMatchObject({ convention: 'includes-version', chatPath: '/responses' })
    expect(baseVar('codex', 'base_url')?.normalize).toBeUndefined()
    expect(baseVar('codex', 'openai_base_url')?.provider).toBe('openai')
    // openai/codex#16720: the variable is no longer read; the config.toml key replaced it.
    expect(baseVar('codex', 'OPENAI_BASE_URL')).toBeUndefined()
    expect(clientProfiles.codex.unusedVars.find((u) => u.name === 'OPENAI_BASE_URL')).toMatchObject({ droppedOn: '2026-04-03' })
    expect(clientProfiles.codex.unusedVars.find((u) => u.name === 'OPENAI_BASE_URL')?.replacement).toBeUndefined()
  })

  it('reads OPENAI_BASE_URL with the version in SDK apps', () => {
    expect(baseVar('openai-sdk', 'OPENAI_BASE_URL')).toEqual({
      name: 'OPENAI_BASE_URL',
      convention: 'includes-version',
      family: 'openai',
      chatPath: '/chat/completions',
      provider: 'openai',
      defaultUrl: 'https://api.openai.com/v1'
    })
  })

  it.each(['anthropic-sdk', 'claude-code'] as const)('reads ANTHROPIC_BASE_URL as a host root in %s', (id) => {
    expect(baseVar(id, 'ANTHROPIC_BASE_URL')).toMatchObject({ convention: 'host-root', chatPath: '/v1/messages', defaultUrl: 'https://api.anthropic.com' })
    expect(clientProfiles[id].keyVars.map((k) => k.name)).toEqual(['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'])
  })

  it('assumes the SDK convention for an unknown client', () => {
    const unknown = clientProfiles.unknown
    expect(unknown.baseUrlVars.map((v) => [v.name, v.convention])).toEqual([
      ['OPENAI_BASE_URL', 'includes-version'],
      ['OPENAI_API_BASE', 'includes-version'],
      ['ANTHROPIC_BASE_URL', 'host-root'],
      ['BASE_URL', 'includes-version'],
      ['*_BASE_URL', 'includes-version']
    ])
    expect(unknown.fingerprints).toEqual([])
  })
})
