import { describe, expect, it } from '@jest/globals'
import type { Scope } from '../../src/model/types.js'
import { modelOf, nextchatRepo } from '../helpers/rule-tester.js'

const scope = (scopes: readonly Scope[], id: string): Scope => {
  const found = scopes.find((s) => s.id === id)
  if (!found) throw new Error(`no scope ${id} in ${scopes.map((s) => s.id).join(', ')}`)
  return found
}

/** `KEY->BASE(VAR) model by` for each pairing, readable in failures. */
const pairs = (s: Scope): string[] =>
  s.pairs.map((p) => `${p.key?.key ?? '-'}->${p.baseUrl?.key ?? '-'}(${p.baseUrlVar?.name ?? '-'}) ${p.model?.key ?? '-'} ${p.by}`)

const values = (s: Scope): Record<string, string | undefined> => Object.fromEntries(s.entries.map((e) => [e.key, e.resolved ?? e.value]))

describe('buildModel scopes', () => {
  it('makes one scope per dotenv file, without commented entries, last assignment winning', () => {
    const { model } = modelOf({ '.env': 'BASE_URL=https://a.example.com\n# OPENAI_API_KEY=x\nBASE_URL=https://b.example.com\n', 'deploy/.env.prod': 'CODE=1\n' })
    expect(model.scopes.map((s) => [s.id, s.label, s.kind])).toEqual([
      ['.env', '.env', 'dotenv'],
      ['deploy/.env.prod', '.env.prod', 'dotenv']
    ])
    const env = scope(model.scopes, '.env')
    expect(env.entries.map((e) => [e.key, e.value, e.keySpan.start.line])).toEqual([['BASE_URL', 'https://b.example.com', 3]])
  })

  it('merges workflow-level env into every job', () => {
    const { model } = modelOf({
      '.github/workflows/ci.yml': 'on: push\nenv:\n  BASE_URL: https://a.example.com\njobs:\n  one:\n    runs-on: x\n    env:\n      BASE_URL: https://b.example.com\n    steps:\n      - run: true\n  two:\n    runs-on: x\n    steps:\n      - run: true\n'
    })
    expect(model.scopes.map((s) => [s.id, s.label])).toEqual([
      ['.github/workflows/ci.yml#jobs.one', 'job one'],
      ['.github/workflows/ci.yml#jobs.two', 'job two']
    ])
    expect(values(scope(model.scopes, '.github/workflows/ci.yml#jobs.one'))).toEqual({ BASE_URL: 'https://b.example.com' })
    expect(values(scope(model.scopes, '.github/workflows/ci.yml#jobs.two'))).toEqual({ BASE_URL: 'https://a.example.com' })
  })

  it('joins env_file entries into a compose service, its own environment winning', () => {
    const { model } = modelOf({
      'deploy/docker-compose.yml': 'services:\n  chat:\n    env_file: chat.env\n    environment:\n      BASE_URL: https://b.example.com\n',
      'deploy/chat.env': 'BASE_URL=https://a.example.com\nCODE=secret-code\n'
    })
    const service = scope(model.scopes, 'deploy/docker-compose.yml#services.chat')
    expect(service.label).toBe('service chat')
    expect(service.kind).toBe('compose')
    expect(service.entries.map((e) => [e.key, e.file])).toEqual([
      ['CODE', 'deploy/chat.env'],
      ['BASE_URL', 'deploy/docker-compose.yml']
    ])
    expect(model.scopes.map((s) => s.id)).toContain('deploy/chat.env')
  })

  it('resolves compose ${VAR} references from the project .env', () => {
    const { model } = modelOf({
      '.env': 'RELAY=https://api.rutaapi.com\n',
      'docker-compose.yml': 'services:\n  chat:\n    environment:\n      BASE_URL: ${RELAY}\n      OTHER: ${MISSING:-https://fallback.example.com}\n      UNKNOWN: ${NOWHERE}\n'
    })
    expect(values(scope(model.scopes, 'docker-compose.yml#services.chat'))).toEqual({
      BASE_URL: 'https://api.rutaapi.com',
      OTHER: 'https://fallback.example.com',
      UNKNOWN: '${NOWHERE}'
    })
  })
})

describe('buildModel clients', () => {
  it('detects the repository client and gives it to every deployment scope', () => {
    const { model } = modelOf({ ...nextchatRepo, '.env': 'BASE_URL=https://a.example.com\n' })
    expect(model.client.profile.id).toBe('nextchat')
    expect(model.client.how).toBe('manifest')
    expect(scope(model.scopes, '.env').client.profile.id).toBe('nextchat')
  })

  it('falls back to the unknown client', () => {
    const { model } = modelOf({ '.env': 'BASE_URL=https://a.example.com\n' })
    expect(model.client.how).toBe('default')
    expect(scope(model.scopes, '.env').client.profile.id).toBe('unknown')
  })

  it('keeps a Codex config to itself: Codex loads no env file of the repository (openai/codex#3184)', () => {
    const files = {
      '.codex/config.toml': 'model = "gpt-5"\n',
      'package.json': '{"devDependencies":{"@openai/codex":"1"}}\n',
      '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1\n'
    }
    const { model } = modelOf(files)
    expect(scope(model.scopes, '.env').client).toMatchObject({ how: 'default', profile: { id: 'unknown' } })
    expect(scope(model.scopes, '.codex/config.toml').client).toMatchObject({ how: 'file-kind', profile: { id: 'codex' } })
    // Claude Code, which users report loads the folder's .env, still names the client of it.
    const claude = modelOf({ '.claude/settings.json': '{}\n', '.env': 'ANTHROPIC_BASE_URL=https://api.anthropic.com\n' }).model
    expect(scope(claude.scopes, '.env').client.profile.id).toBe('claude-code')
  })

  it('uses the configured client, except for client config files, which name their own', () => {
    const { model } = modelOf(
      { '.env': 'BASE_URL=https://a.example.com\n', '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.anthropic.com"}}\n' },
      { client: 'nextchat' }
    )
    expect(scope(model.scopes, '.env').client).toMatchObject({ how: 'configured', profile: { id: 'nextchat' } })
    expect(scope(model.scopes, '.claude/settings.json').client).toMatchObject({ how: 'file-kind', profile: { id: 'claude-code' } })
  })
})

describe('buildModel pairing', () => {
  it('pairs by the client profile, with the model, and keeps unpaired base URLs', () => {
    const { model } = modelOf({
      ...nextchatRepo,
      '.env': 'OPENAI_API_KEY=${K}\nBASE_URL=https://api.rutaapi.com\nDEFAULT_MODEL=gpt-4o\nGOOGLE_URL=https://g.example.com\n'
    })
    expect(pairs(scope(model.scopes, '.env'))).toEqual([
      'OPENAI_API_KEY->BASE_URL(BASE_URL) DEFAULT_MODEL profile',
      '-->GOOGLE_URL(GOOGLE_URL) DEFAULT_MODEL profile'
    ])
  })

  it('pairs a key whose base URL variable is unset with the variable it falls back to', () => {
    const { model } = modelOf({ ...nextchatRepo, '.env': 'ANTHROPIC_API_KEY=${K}\nBASE_URL=https://api.rutaapi.com\n' })
    expect(pairs(scope(model.scopes, '.env'))).toEqual(['ANTHROPIC_API_KEY->BASE_URL(ANTHROPIC_URL) - profile', '-->BASE_URL(BASE_URL) - profile'])
  })

  it('keeps a key whose base URL is unset, so the client default can be judged', () => {
    const { model } = modelOf({ ...nextchatRepo, '.env': 'OPENAI_API_KEY=${K}\n' })
    expect(pairs(scope(model.scopes, '.env'))).toEqual(['OPENAI_API_KEY->-(BASE_URL) - profile'])
  })

  it('pairs names the client does not know by shared prefix', () => {
    const { model } = modelOf({
      ...nextchatRepo,
      '.env': 'LLM_API_KEY=${K}\nLLM_API_BASE_URL=https://x.example.com\nLLM_MODEL=m\nFOO_KEY=${F}\nFOO_ENDPOINT=https://f.example.com\nDATABASE_URL=postgres://db\nGITHUB_TOKEN=${T}\n'
    })
    expect(pairs(scope(model.scopes, '.env'))).toEqual([
      'LLM_API_KEY->LLM_API_BASE_URL(-) LLM_MODEL prefix',
      'FOO_KEY->FOO_ENDPOINT(-) - prefix'
    ])
  })

  it('instantiates wildcard variables of the profile', () => {
    const { model } = modelOf({ '.env': 'GROQ_API_KEY=${K}\nGROQ_BASE_URL=https://api.groq.com/openai/v1\n' })
    expect(pairs(scope(model.scopes, '.env'))).toEqual(['GROQ_API_KEY->GROQ_BASE_URL(GROQ_BASE_URL) - profile'])
  })

  it('sends a wildcard key to the base URL of its own prefix (LobeChat *_API_KEY → *_PROXY_URL)', () => {
    const { model } = modelOf({
      'package.json': '{"name":"@lobehub/chat"}\n',
      '.env': 'PERPLEXITY_API_KEY=${K}\nPERPLEXITY_PROXY_URL=https://api.perplexity.ai\n'
    })
    const env = scope(model.scopes, '.env')
    expect(pairs(env)).toEqual(['PERPLEXITY_API_KEY->PERPLEXITY_PROXY_URL(PERPLEXITY_PROXY_URL) - profile'])
    expect(env.pairs[0]?.keyVar).toMatchObject({ name: 'PERPLEXITY_API_KEY', baseUrlVar: 'PERPLEXITY_PROXY_URL' })
  })

  it('pairs within each item of a structured config', () => {
    const { model } = modelOf({
      '.continue/config.yaml': 'models:\n  - name: a\n    apiBase: https://a.example.com/v1\n    apiKey: ${{ secrets.A }}\n  - name: b\n    apiBase: https://b.example.com/v1\n    apiKey: ${{ secrets.B }}\n'
    })
    const all = model.scopes.flatMap((s) => s.pairs.map((p) => `${p.key?.value}->${p.baseUrl?.value}`))
    expect(all).toEqual(['${{ secrets.A }}->https://a.example.com/v1', '${{ secrets.B }}->https://b.example.com/v1'])
  })
})
