import { describe, it, expect } from '@jest/globals'
import { clientForKind, detectClient, detectScopeClient, findBaseUrlVar, findKeyVar, isModelVar, matchesVarName, pairedBaseUrlName } from '../../src/clients/detect.js'
import { extractFingerprints } from '../../src/clients/fingerprints.js'
import { clientProfiles } from '../../src/clients/profiles/index.js'
import type { Fingerprint, SourceKind } from '../../src/core/types.js'

const f = (type: string, value: string, file = 'x'): Fingerprint => ({ type, value, file })

const NEXTCHAT_CONSTANT = (chatPath: string, baseUrl = 'https://api.openai.com') =>
  extractFingerprints({ path: 'app/constant.ts', text: `export const OPENAI_BASE_URL = "${baseUrl}";\nexport const OpenaiPath = {\n  ChatPath: "${chatPath}",\n};\n` })

describe('detectScopeClient', () => {
  const site = (id: string, kind: SourceKind = 'dotenv') => ({ id, file: id.split('#')[0]!, kind })

  it('takes a compose service\'s own image before anything else in the folder', () => {
    const fps = [
      { ...f('docker-image', 'lobehub/lobe-chat', 'docker-compose.yml'), scope: 'docker-compose.yml#services.lobe' },
      { ...f('docker-image', 'yidadaa/chatgpt-next-web', 'docker-compose.yml'), scope: 'docker-compose.yml#services.next' },
      f('package-name', 'nextchat', 'package.json')
    ]
    expect(detectScopeClient(site('docker-compose.yml#services.lobe', 'compose'), fps)).toMatchObject({ how: 'image', confidence: 'known', evidence: 'docker-image lobehub/lobe-chat in docker-compose.yml' })
    expect(detectScopeClient(site('docker-compose.yml#services.lobe', 'compose'), fps).profile.id).toBe('lobechat')
    expect(detectScopeClient(site('docker-compose.yml#services.next', 'compose'), fps).profile.id).toBe('nextchat')
  })

  it('gives a compose project .env the client of the services that read it', () => {
    const fps = [{ ...f('docker-image', 'yidadaa/chatgpt-next-web', 'docker-compose.yml'), scope: 'docker-compose.yml#services.chat' }]
    expect(detectScopeClient({ ...site('.env'), readBy: ['docker-compose.yml#services.chat'] }, fps)).toMatchObject({ how: 'image', profile: { id: 'nextchat' } })
    // Another service's image says nothing about a file it does not read.
    expect(detectScopeClient(site('.env'), fps)).toMatchObject({ how: 'default', confidence: 'guessed' })
  })

  it('takes the nearest folder with evidence for a dotenv file, then its parents', () => {
    const fps = [f('package-name', 'open-webui', 'apps/webui/package.json'), f('package-dependency', 'openai', 'apps/bot/requirements.txt'), f('package-name', 'nextchat', 'package.json')]
    expect(detectScopeClient(site('apps/webui/.env'), fps)).toMatchObject({ how: 'manifest', confidence: 'known', profile: { id: 'open-webui' } })
    expect(detectScopeClient(site('apps/bot/config/.env'), fps)).toMatchObject({ how: 'manifest', profile: { id: 'openai-sdk' } })
    expect(detectScopeClient(site('deploy/.env'), fps)).toMatchObject({ how: 'manifest', profile: { id: 'nextchat' } })
  })

  it('places NextChat\'s source markers at their app\'s root', () => {
    const fps = NEXTCHAT_CONSTANT('v1/chat/completions').map((fp) => ({ ...fp, file: `web/${fp.file}` }))
    expect(detectScopeClient(site('web/.env'), fps)).toMatchObject({ how: 'manifest', profile: { id: 'nextchat' } })
  })

  it('falls back to the repository, as a guess when its evidence names several clients', () => {
    const one = [f('package-name', 'nextchat', 'apps/chat/package.json')]
    expect(detectScopeClient(site('deploy/.env'), one)).toMatchObject({ how: 'repository', confidence: 'known', profile: { id: 'nextchat' } })
    const two = [...one, f('package-name', 'open-webui', 'apps/webui/package.json')]
    expect(detectScopeClient(site('deploy/.env'), two)).toMatchObject({ how: 'repository', confidence: 'guessed' })
  })

  it('reads both SDKs\' variables when an app depends on both', () => {
    const { profile } = detectScopeClient(site('.env'), [f('package-dependency', 'openai', 'package.json'), f('package-dependency', '@anthropic-ai/sdk', 'package.json')])
    expect(profile.baseUrlVars.map((v) => [v.name, v.family])).toEqual([
      ['OPENAI_BASE_URL', 'openai'],
      ['OPENAI_API_BASE', 'openai'],
      ['OPENAI_API_BASE_URL', 'openai'],
      ['ANTHROPIC_BASE_URL', 'anthropic']
    ])
  })

  describe('upstream images', () => {
    const service = (image: string, extra: Partial<Fingerprint> = {}): Fingerprint => ({ ...f('docker-image', image, 'docker-compose.yml'), scope: 'docker-compose.yml#services.chat', ...extra })
    const chat = site('docker-compose.yml#services.chat', 'compose')

    it('marks a service that pulls the image upstream publishes: it runs the code the profile was read from', () => {
      expect(detectScopeClient(chat, [service('yidadaa/chatgpt-next-web')])).toMatchObject({ how: 'image', upstreamImage: 'yidadaa/chatgpt-next-web', profile: { id: 'nextchat' } })
      expect(detectScopeClient(chat, [service('chenzhaoyu94/chatgpt-web')])).toMatchObject({ upstreamImage: 'chenzhaoyu94/chatgpt-web' })
    })

    it('judges such a service by upstream\'s profile, not by the fork constants beside it', () => {
      const fork = NEXTCHAT_CONSTANT('chat/completions', 'https://api.openai.com/v1')
      expect(detectScopeClient(chat, [service('yidadaa/chatgpt-next-web'), ...fork]).profile).toBe(clientProfiles.nextchat)
      expect(detectScopeClient(site('.env'), [service('yidadaa/chatgpt-next-web'), ...fork]).profile).not.toBe(clientProfiles.nextchat)
    })

    it('leaves a fork\'s image, a built image, the files a service reads and a fork\'s source unmarked', () => {
      // MMHK/ChatGPT-Next-Web publishes mmhk/chatgpt-next-web: NextChat, but not upstream's build.
      expect(detectScopeClient(chat, [service('mmhk/chatgpt-next-web')])).toMatchObject({ profile: { id: 'nextchat' } })
      expect(detectScopeClient(chat, [service('mmhk/chatgpt-next-web')]).upstreamImage).toBeUndefined()
      expect(detectScopeClient(chat, [service('yidadaa/chatgpt-next-web', { built: true })]).upstreamImage).toBeUndefined()
      const env = detectScopeClient({ ...site('.env'), readBy: ['docker-compose.yml#services.chat'] }, [service('yidadaa/chatgpt-next-web')])
      expect(env).toMatchObject({ how: 'image', profile: { id: 'nextchat' } })
      expect(env.upstreamImage).toBeUndefined()
      expect(detectScopeClient(site('.env.template'), [f('package-name', 'nextchat', 'package.json'), f('docker-image', 'yidadaa/chatgpt-next-web', 'Dockerfile')]).upstreamImage).toBeUndefined()
    })
  })

  describe('chatgpt-web\'s root package name', () => {
    const root = f('package-name', 'chatgpt-web', 'package.json')

    it('counts only beside the service that reads the variables', () => {
      expect(detectScopeClient(site('.env'), [root])).toMatchObject({ how: 'default', profile: { id: 'unknown' } })
      expect(detectScopeClient(site('.env'), [root, f('file-present', 'service/src/chatgpt/index.ts', 'service/src/chatgpt/index.ts')])).toMatchObject({
        how: 'manifest',
        evidence: 'package-name chatgpt-web in package.json'
      })
      expect(detectScopeClient(site('.env'), [root, f('package-name', 'chatgpt-web-service', 'service/package.json')])).toMatchObject({ profile: { id: 'chatgpt-web' } })
    })

    it('leaves a rewrite that kept the name to the evidence of its own backend', () => {
      // cnkang/chatgpt-web@aacd468d: no service/, the variables are read by apps/api through @ai-sdk/openai.
      const rewrite = [root, f('package-dependency', 'openai', 'apps/api/package.json')]
      expect(detectScopeClient(site('Dockerfile', 'dockerfile'), rewrite)).toMatchObject({ how: 'repository', confidence: 'known', profile: { id: 'openai-sdk' } })
    })
  })

  it('lets a client config file name its client, and the config file name the rest', () => {
    expect(detectScopeClient(site('.claude/settings.json', 'claude-settings'), [], 'nextchat')).toMatchObject({ how: 'file-kind', profile: { id: 'claude-code' } })
    expect(detectScopeClient(site('.env'), [f('package-name', 'open-webui', 'package.json')], 'nextchat')).toMatchObject({ how: 'configured', profile: { id: 'nextchat' } })
  })
})

describe('detectClient', () => {
  it('falls back to the unknown profile without evidence', () => {
    expect(detectClient([])).toEqual({ profile: clientProfiles.unknown, how: 'default', confidence: 'guessed' })
    expect(detectClient([f('docker-image', 'node'), f('package-name', 'my-app')])).toEqual({ profile: clientProfiles.unknown, how: 'default', confidence: 'guessed' })
  })

  it.each([
    [[f('package-name', 'nextchat', 'package.json')], 'nextchat', 'package-name nextchat in package.json'],
    [[f('package-name', 'chatgpt-next-web')], 'nextchat', 'package-name chatgpt-next-web in x'],
    [[f('docker-image', 'yidadaa/chatgpt-next-web', 'docker-compose.yml')], 'nextchat', 'docker-image yidadaa/chatgpt-next-web in docker-compose.yml'],
    [[f('docker-image', 'chenzhaoyu94/chatgpt-web')], 'chatgpt-web', 'docker-image chenzhaoyu94/chatgpt-web in x'],
    [[f('file-present', 'service/src/chatgpt/index.ts')], 'chatgpt-web', 'file-present service/src/chatgpt/index.ts in x'],
    [[f('docker-image', 'lobehub/lobe-chat-database')], 'lobechat', 'docker-image lobehub/lobe-chat-database in x'],
    [[f('docker-image', 'ghcr.io/open-webui/open-webui')], 'open-webui', 'docker-image ghcr.io/open-webui/open-webui in x'],
    [[f('docker-image', 'ghcr.io/danny-avila/librechat-dev-api')], 'librechat', 'docker-image ghcr.io/danny-avila/librechat-dev-api in x'],
    [[f('file-present', 'librechat.yaml')], 'librechat', 'file-present librechat.yaml in x'],
    [[f('file-present', '.continue/config.yaml')], 'continue', 'file-present .continue/config.yaml in x'],
    [[f('package-dependency', 'openai')], 'openai-sdk', 'package-dependency openai in x'],
    [[f('package-dependency', 'anthropic')], 'anthropic-sdk', 'package-dependency anthropic in x'],
    [[f('file-present', '.claude/settings.json')], 'claude-code', 'file-present .claude/settings.json in x']
  ] as const)('detects %j as %s', (fingerprints, id, evidence) => {
    expect(detectClient(fingerprints)).toEqual({ profile: clientProfiles[id], how: 'manifest', evidence, confidence: 'known' })
  })

  it('prefers the app over the SDK it depends on', () => {
    const lobe = [f('package-dependency', 'openai'), f('package-dependency', '@anthropic-ai/sdk'), f('package-name', '@lobehub/chat')]
    expect(detectClient(lobe).profile.id).toBe('lobechat')
  })

  it('never makes Codex the client of other files: it reads env files only from its home folder', () => {
    expect(detectClient([f('package-dependency', '@openai/codex', 'package.json')]).profile.id).toBe('unknown')
    expect(detectScopeClient({ id: '.codex/config.toml', file: '.codex/config.toml', kind: 'codex' }, [])).toMatchObject({ how: 'file-kind', profile: { id: 'codex' } })
  })

  it('prefers an app dependency over a developer tool config', () => {
    const app = [f('file-present', '.claude/settings.json'), f('package-dependency', 'openai')]
    expect(detectClient(app).profile.id).toBe('openai-sdk')
  })

  it('prefers NextChat code over a compose image of another app', () => {
    const repo = [f('docker-image', 'ghcr.io/open-webui/open-webui'), ...NEXTCHAT_CONSTANT('v1/chat/completions')]
    expect(detectClient(repo)).toMatchObject({ how: 'manifest', evidence: 'path-constant OpenaiPath.ChatPath=v1/chat/completions in app/constant.ts' })
    expect(detectClient(repo).profile).toBe(clientProfiles.nextchat)
  })

  it('breaks ties by the number of matching fingerprints, then by profile order', () => {
    const twoForLibre = [f('docker-image', 'ghcr.io/open-webui/open-webui'), f('docker-image', 'librechat/librechat'), f('package-name', 'librechat')]
    expect(detectClient(twoForLibre).profile.id).toBe('librechat')
    const twoForLobe = [f('docker-image', 'lobehub/lobe-chat'), f('docker-image', 'ghcr.io/open-webui/open-webui'), f('package-name', '@lobehub/chat')]
    expect(detectClient(twoForLobe).profile.id).toBe('lobechat')
  })

  it('uses the configured client over any evidence', () => {
    expect(detectClient([f('package-name', 'nextchat')], 'open-webui')).toEqual({ profile: clientProfiles['open-webui'], how: 'configured', confidence: 'known' })
    expect(detectClient([], 'unknown')).toEqual({ profile: clientProfiles.unknown, how: 'configured', confidence: 'known' })
  })

  it('throws on a configured id the config layer should have rejected', () => {
    expect(() => detectClient([], 'chatgpt-next-web')).toThrow('unknown client id "chatgpt-next-web"')
    expect(() => detectClient([], 'toString')).toThrow('unknown client id "toString"')
  })

  describe('NextChat forks', () => {
    it('keeps the profile as is when the fork kept the upstream chat path', () => {
      expect(detectClient(NEXTCHAT_CONSTANT('v1/chat/completions')).profile).toBe(clientProfiles.nextchat)
    })

    it('switches BASE_URL to the SDK convention when the fork dropped v1 from the chat path', () => {
      const { profile, how } = detectClient(NEXTCHAT_CONSTANT('chat/completions', 'https://api.openai.com/v1'))
      expect(how).toBe('manifest')
      expect(profile).not.toBe(clientProfiles.nextchat)
      expect(profile.baseUrlVars.find((v) => v.name === 'BASE_URL')).toEqual({
        name: 'BASE_URL',
        convention: 'includes-version',
        chatPath: '/chat/completions',
        provider: 'openai',
        defaultUrl: 'https://api.openai.com/v1',
        normalize: 'nextchat',
        family: 'openai',
        cloudflareRewrite: true
      })
      // Everything else is the upstream profile.
      expect(profile.baseUrlVars.filter((v) => v.name !== 'BASE_URL')).toEqual(clientProfiles.nextchat.baseUrlVars.filter((v) => v.name !== 'BASE_URL'))
      expect(profile.keyVars).toBe(clientProfiles.nextchat.keyVars)
    })

    it('keeps the host-root convention for a versioned fork path', () => {
      const { profile } = detectClient(NEXTCHAT_CONSTANT('/api/v2/chat/completions'))
      expect(profile.baseUrlVars.find((v) => v.name === 'BASE_URL')).toMatchObject({
        convention: 'host-root',
        chatPath: '/api/v2/chat/completions',
        defaultUrl: 'https://api.openai.com'
      })
    })

    it('adapts a configured NextChat too', () => {
      const { profile, how } = detectClient(NEXTCHAT_CONSTANT('chat/completions'), 'nextchat')
      expect(how).toBe('configured')
      expect(profile.baseUrlVars.find((v) => v.name === 'BASE_URL')?.convention).toBe('includes-version')
    })

    it('leaves other clients alone even with NextChat constants around', () => {
      expect(detectClient(NEXTCHAT_CONSTANT('chat/completions'), 'openai-sdk').profile).toBe(clientProfiles['openai-sdk'])
    })
  })
})

describe('clientForKind', () => {
  it.each([
    ['librechat', 'librechat'],
    ['continue', 'continue'],
    ['codex', 'codex'],
    ['claude-settings', 'claude-code']
  ] as const)('%s files belong to %s', (kind, id) => {
    expect(clientForKind(kind)).toBe(id)
  })

  it.each(['dotenv', 'compose', 'dockerfile', 'vercel', 'workflow', 'text'] as SourceKind[])('%s files belong to no client in particular', (kind) => {
    expect(clientForKind(kind)).toBeUndefined()
  })
})

describe('variable lookup', () => {
  it.each([
    ['*_PROXY_URL', 'GROQ_PROXY_URL', true],
    ['*_PROXY_URL', '_PROXY_URL', false],
    ['*_PROXY_URL', 'GROQ_PROXY_URLS', false],
    ['*_BASE_URL', 'LLM_API_BASE_URL', true],
    ['BASE_URL', 'BASE_URL', true],
    ['BASE_URL', 'base_url', false],
    ['OPENAI_*', 'OPENAI_', false]
  ])('%s matches %s: %s', (pattern, name, expected) => {
    expect(matchesVarName(pattern, name)).toBe(expected)
  })

  it('prefers exact names over wildcards', () => {
    expect(findBaseUrlVar(clientProfiles.lobechat, 'ANTHROPIC_PROXY_URL')?.convention).toBe('host-root')
    expect(findBaseUrlVar(clientProfiles.lobechat, 'PERPLEXITY_PROXY_URL')?.name).toBe('*_PROXY_URL')
    expect(findBaseUrlVar(clientProfiles.unknown, 'ANTHROPIC_BASE_URL')?.chatPath).toBe('/v1/messages')
    expect(findBaseUrlVar(clientProfiles.unknown, 'LLM_BASE_URL')?.name).toBe('*_BASE_URL')
    expect(findBaseUrlVar(clientProfiles.nextchat, 'OPENAI_BASE_URL')).toBeUndefined()
  })

  it('finds key variables and model variables', () => {
    expect(findKeyVar(clientProfiles.nextchat, 'OPENAI_API_KEY')?.baseUrlVar).toBe('BASE_URL')
    expect(findKeyVar(clientProfiles.lobechat, 'PERPLEXITY_API_KEY')).toMatchObject({ name: '*_API_KEY', baseUrlVar: '*_PROXY_URL' })
    expect(findKeyVar(clientProfiles.nextchat, 'PERPLEXITY_API_KEY')).toBeUndefined()
    expect(isModelVar(clientProfiles.nextchat, 'CUSTOM_MODELS')).toBe(true)
    expect(isModelVar(clientProfiles.unknown, 'LLM_MODEL')).toBe(true)
    expect(isModelVar(clientProfiles.nextchat, 'OPENAI_MODEL')).toBe(false)
  })

  it('pairs a wildcard key with the base URL variable of the same prefix', () => {
    const lobeWildcard = findKeyVar(clientProfiles.lobechat, 'PERPLEXITY_API_KEY')!
    expect(pairedBaseUrlName(lobeWildcard, 'PERPLEXITY_API_KEY')).toBe('PERPLEXITY_PROXY_URL')
    expect(pairedBaseUrlName(lobeWildcard, 'NOT_A_KEY')).toBeUndefined()
    expect(pairedBaseUrlName(findKeyVar(clientProfiles.nextchat, 'OPENAI_API_KEY')!, 'OPENAI_API_KEY')).toBe('BASE_URL')
    expect(pairedBaseUrlName(findKeyVar(clientProfiles.unknown, 'LLM_API_KEY')!, 'LLM_API_KEY')).toBeUndefined()
  })
})

describe('environments of other programs', () => {
  // An MCP server's env block is the server's, not the NextChat app's of the repository.
  it('judges an MCP server or Codex shell environment by the SDK convention, as a guess', () => {
    const fps = [f('package-name', 'nextchat', 'package.json'), { type: 'spawned-env', value: 'the MCP server search', file: '.mcp.json', scope: '.mcp.json#mcpServers.search' }]
    expect(detectScopeClient({ id: '.mcp.json#mcpServers.search', file: '.mcp.json', kind: 'mcp' }, fps)).toMatchObject({
      profile: { id: 'unknown' },
      how: 'file-kind',
      evidence: 'the environment of the MCP server search',
      confidence: 'guessed'
    })
  })
})

describe('NextChat forks with their own Cloudflare AI Gateway rewrite', () => {
  it('leaves gateway URLs unjudged when the fork\'s app/utils/cloudflare.ts is not upstream\'s', () => {
    const own = extractFingerprints({
      path: 'app/utils/cloudflare.ts',
      text: 'export function cloudflareAIGatewayUrl(fetchUrl: string) {\n  return fetchUrl.replace("/v1/chat/completions/v1/chat/completions", "/v1/chat/completions");\n}\n'
    })
    expect(own).toEqual([{ type: 'path-constant', value: expect.stringMatching(/^cloudflareAIGatewayUrl=[0-9a-f]{16}$/), file: 'app/utils/cloudflare.ts' }])
    const { profile } = detectClient([f('package-name', 'nextchat', 'package.json'), ...own])
    expect(profile.baseUrlVars.filter((v) => v.forkRewrite).map((v) => v.name)).toEqual(['BASE_URL', 'ANTHROPIC_URL', 'AZURE_URL'])
    expect(profile.baseUrlVars.some((v) => v.cloudflareRewrite)).toBe(false)
  })

  it('keeps the upstream rewrite when no such file is in the repository', () => {
    expect(detectClient([f('package-name', 'nextchat', 'package.json')]).profile).toBe(clientProfiles.nextchat)
  })
})

describe("NextChat forks read by their own server files", () => {
  const nextchat = f('package-name', 'nextchat', 'package.json')
  const files = (entries: Readonly<Record<string, string>>): Fingerprint[] => Object.entries(entries).flatMap(([path, text]) => extractFingerprints({ path, text }))

  it('keeps upstream\'s profile without the fork\'s server files', () => {
    expect(detectClient([nextchat, ...files({ 'app/constant.ts': 'export const OpenaiPath = { ChatPath: "v1/chat/completions" };\n' })]).profile).toBe(clientProfiles.nextchat)
  })

  it('drops the unused names the fork reads, and points the others of their role at the fork\'s name', () => {
    const { profile } = detectClient([nextchat, ...files({ 'app/api/common.ts': 'process.env.OPENAI_BASE_URL\n', 'app/api/anthropic.ts': 'process.env.ANTHROPIC_BASE_URL\n' })])
    const names = profile.unusedVars.map((u) => u.name)
    expect(names).not.toContain('OPENAI_BASE_URL')
    expect(names).not.toContain('ANTHROPIC_BASE_URL')
    expect(profile.unusedVars.find((u) => u.name === 'OPENAI_API_BASE')).toMatchObject({ replacement: 'OPENAI_BASE_URL' })
    expect(profile.unusedVars.find((u) => u.name === 'OPENAI_SB')).toBe(clientProfiles.nextchat.unusedVars.find((u) => u.name === 'OPENAI_SB'))
    expect(profile.flags).toBe(clientProfiles.nextchat.flags)
    expect(profile.forkGate).toBeUndefined()
  })

  it('keeps upstream\'s advice when the fork reads upstream\'s name as well', () => {
    const { profile } = detectClient([nextchat, ...files({ 'app/api/common.ts': 'process.env.OPENAI_BASE_URL || process.env.BASE_URL\n' })])
    expect(profile.unusedVars.find((u) => u.name === 'OPENAI_API_BASE')).toMatchObject({ replacement: 'BASE_URL' })
  })

  it('turns the flags its server config reads otherwise into plain names', () => {
    const { profile } = detectClient([nextchat, ...files({ 'app/config/server.ts': 'hideUserApiKey: isEnabledEnv(process.env.HIDE_USER_API_KEY),\nenableMcp: process.env.ENABLE_MCP === "true",\n' })])
    expect(profile.flags?.map((flag) => flag.name)).toEqual(['ENABLE_MCP'])
    expect(profile.otherVars).toEqual(expect.arrayContaining(['HIDE_USER_API_KEY', 'DISABLE_GPT4', 'ENABLE_BALANCE_QUERY', 'DISABLE_FAST_LINK']))
  })

  it("knows upstream's gates by their code, in every version", () => {
    // The digest of ChatGPTNextWeb/NextChat@706a18b9 app/api/auth.ts (last changed in ad9ab9d45).
    const upstream = detectClient([nextchat, f('source-file', 'app/api/auth.ts', 'app/api/auth.ts'), f('code-digest', 'app/api/auth.ts=bd84b3b8ed3ec329', 'app/api/auth.ts')])
    expect(upstream.profile.forkGate).toBeUndefined()
    const own = detectClient([nextchat, ...files({ 'app/api/auth.ts': 'const code = process.env.ACCESS_CODE;\n' })])
    expect(own.profile.forkGate).toBe('app/api/auth.ts')
  })

  it("ignores another app's server files in a monorepo", () => {
    const { profile } = detectClient([f('package-name', 'nextchat', 'apps/chat/package.json'), ...files({ 'apps/web/app/api/common.ts': 'process.env.OPENAI_BASE_URL\n', 'apps/web/app/api/auth.ts': 'x\n' })])
    expect(profile).toBe(clientProfiles.nextchat)
  })
})
