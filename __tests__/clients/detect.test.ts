import { describe, it, expect } from '@jest/globals'
import { clientForKind, detectClient, findBaseUrlVar, findKeyVar, isModelVar, matchesVarName, pairedBaseUrlName } from '../../src/clients/detect.js'
import { extractFingerprints } from '../../src/clients/fingerprints.js'
import { clientProfiles } from '../../src/clients/profiles/index.js'
import type { Fingerprint, SourceKind } from '../../src/core/types.js'

const f = (type: string, value: string, file = 'x'): Fingerprint => ({ type, value, file })

const NEXTCHAT_CONSTANT = (chatPath: string, baseUrl = 'https://api.openai.com') =>
  extractFingerprints({ path: 'app/constant.ts', text: `export const OPENAI_BASE_URL = "${baseUrl}";\nexport const OpenaiPath = {\n  ChatPath: "${chatPath}",\n};\n` })

describe('detectClient', () => {
  it('falls back to the unknown profile without evidence', () => {
    expect(detectClient([])).toEqual({ profile: clientProfiles.unknown, how: 'default' })
    expect(detectClient([f('docker-image', 'node'), f('package-name', 'my-app')])).toEqual({ profile: clientProfiles.unknown, how: 'default' })
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
    [[f('file-present', '.codex/config.toml')], 'codex', 'file-present .codex/config.toml in x'],
    [[f('package-dependency', 'openai')], 'openai-sdk', 'package-dependency openai in x'],
    [[f('package-dependency', 'anthropic')], 'anthropic-sdk', 'package-dependency anthropic in x'],
    [[f('file-present', '.claude/settings.json')], 'claude-code', 'file-present .claude/settings.json in x']
  ] as const)('detects %j as %s', (fingerprints, id, evidence) => {
    expect(detectClient(fingerprints)).toEqual({ profile: clientProfiles[id], how: 'detected', evidence })
  })

  it('prefers the app over the SDK it depends on', () => {
    const lobe = [f('package-dependency', 'openai'), f('package-dependency', '@anthropic-ai/sdk'), f('package-name', '@lobehub/chat')]
    expect(detectClient(lobe).profile.id).toBe('lobechat')
  })

  it('prefers an app dependency over a developer tool config', () => {
    const app = [f('file-present', '.claude/settings.json'), f('package-dependency', 'openai')]
    expect(detectClient(app).profile.id).toBe('openai-sdk')
  })

  it('prefers NextChat code over a compose image of another app', () => {
    const repo = [f('docker-image', 'ghcr.io/open-webui/open-webui'), ...NEXTCHAT_CONSTANT('v1/chat/completions')]
    expect(detectClient(repo)).toMatchObject({ how: 'detected', evidence: 'path-constant OpenaiPath.ChatPath=v1/chat/completions in app/constant.ts' })
    expect(detectClient(repo).profile).toBe(clientProfiles.nextchat)
  })

  it('breaks ties by the number of matching fingerprints, then by profile order', () => {
    const twoForLibre = [f('docker-image', 'ghcr.io/open-webui/open-webui'), f('docker-image', 'librechat/librechat'), f('package-name', 'librechat')]
    expect(detectClient(twoForLibre).profile.id).toBe('librechat')
    const even = [f('package-dependency', 'anthropic'), f('package-dependency', 'openai')]
    expect(detectClient(even).profile.id).toBe('openai-sdk')
  })

  it('uses the configured client over any evidence', () => {
    expect(detectClient([f('package-name', 'nextchat')], 'open-webui')).toEqual({ profile: clientProfiles['open-webui'], how: 'configured' })
    expect(detectClient([], 'unknown')).toEqual({ profile: clientProfiles.unknown, how: 'configured' })
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
      expect(how).toBe('detected')
      expect(profile).not.toBe(clientProfiles.nextchat)
      expect(profile.baseUrlVars.find((v) => v.name === 'BASE_URL')).toEqual({
        name: 'BASE_URL',
        convention: 'includes-version',
        chatPath: '/chat/completions',
        provider: 'openai',
        defaultUrl: 'https://api.openai.com/v1',
        normalize: 'nextchat'
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
