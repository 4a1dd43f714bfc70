/**
 * planProbes: which keys are probed where, from a repository's model and what the run holds. Pure: no network.
 */
import { describe, it, expect } from '@jest/globals'
import type { ValueRef } from '../../src/core/types.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { INPUT_TARGET_ID, planProbes, type KeySource } from '../../src/probes/targets.js'
import { fakeKeys } from '../helpers/keys.js'
import { modelOf, nextchatRepo, openaiSdkRepo, type Files } from '../helpers/rule-tester.js'

const catalog = createCatalog()
const key = fakeKeys.gateway('targets')
const other = fakeKeys.gateway('targets-2')

/** A run that holds `values` by name (the secrets input, or the environment). */
function source(values: Record<string, string>, extra: Partial<KeySource> = {}): KeySource {
  return { valueFor: (ref: ValueRef) => values[ref.name], origin: 'the secrets input', ...extra }
}

const plan = (files: Files, keys: KeySource) => planProbes(modelOf(files).model, keys, catalog)

const nextchatEnv = (env: string): Files => ({ ...nextchatRepo, '.env': env })

describe('planProbes', () => {
  it('probes a referenced key at the route NextChat builds, with the configured models for that route', () => {
    const { targets, skipped } = plan(
      nextchatEnv('OPENAI_API_KEY=${RUTAAPI_KEY}\nBASE_URL=https://api.rutaapi.com/\nDEFAULT_MODEL=gpt-4o\nCUSTOM_MODELS=-all,+gpt-4o-mini,claude-3@anthropic,+o3=reasoner\n'),
      source({ RUTAAPI_KEY: key })
    )
    expect(skipped).toEqual([])
    expect(targets).toHaveLength(1)
    expect(targets[0]).toMatchObject({
      id: '.env|OPENAI_API_KEY',
      key,
      baseUrl: 'https://api.rutaapi.com/',
      chatUrl: 'https://api.rutaapi.com/v1/chat/completions',
      hostProvider: { id: 'rutaapi' },
      models: ['gpt-4o', 'gpt-4o-mini', 'o3'],
      anchor: { file: '.env', scope: '.env', span: { start: { line: 1, column: 16 } } }
    })
  })

  it('uses the client default when no base URL is set, and the SDK convention for SDK apps', () => {
    const nextchat = plan(nextchatEnv('OPENAI_API_KEY=${OPENAI_API_KEY}\n'), source({ OPENAI_API_KEY: key }))
    expect(nextchat.targets.map((t) => t.chatUrl)).toEqual(['https://api.openai.com/v1/chat/completions'])
    const sdk = plan({ ...openaiSdkRepo, '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY}\nOPENAI_BASE_URL=https://api.groq.com/openai/v1\n' }, source({ OPENAI_API_KEY: key }))
    expect(sdk.targets.map((t) => t.chatUrl)).toEqual(['https://api.groq.com/openai/v1/chat/completions'])
  })

  it('reads workflow secrets by name, and probes each item of a key list', () => {
    const files = {
      ...nextchatRepo,
      '.github/workflows/deploy.yml':
        'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ secrets.KEYS }}\n      BASE_URL: https://api.rutaapi.com\n    steps:\n      - run: echo deploy\n'
    }
    const { targets } = plan(files, source({ KEYS: `${key}, ${other}` }))
    expect(targets.map((t) => [t.id, t.key])).toEqual([
      ['.github/workflows/deploy.yml#jobs.deploy|OPENAI_API_KEY#1', key],
      ['.github/workflows/deploy.yml#jobs.deploy|OPENAI_API_KEY#2', other]
    ])
  })

  it('never probes a key written in the repository', () => {
    expect(plan(nextchatEnv(`OPENAI_API_KEY=${key}\n`), source({})).targets).toEqual([])
  })

  it('lets the api-key input stand for every referenced key', () => {
    const { targets } = plan(nextchatEnv('OPENAI_API_KEY=${A}\nBASE_URL=https://api.rutaapi.com\n'), source({ A: other }, { apiKey: key }))
    expect(targets.map((t) => t.key)).toEqual([key])
  })

  it('adds the model input to the configured models', () => {
    const { targets } = plan(nextchatEnv('OPENAI_API_KEY=${A}\nDEFAULT_MODEL=gpt-4o\n'), source({ A: key }, { model: 'gpt-4.1' }))
    expect(targets[0]!.models).toEqual(['gpt-4.1', 'gpt-4o'])
  })

  it('probes the api-key and base-url inputs alone, anchored at the setting with the same base URL when there is one', () => {
    const files = nextchatEnv('OPENAI_API_KEY=${A}\nBASE_URL=https://api.rutaapi.com\nDEFAULT_MODEL=gpt-4o\n')
    const anchored = plan(files, source({}, { apiKey: key, baseUrl: 'https://api.rutaapi.com/' }))
    expect(anchored.targets).toHaveLength(1)
    expect(anchored.targets[0]).toMatchObject({ id: INPUT_TARGET_ID, chatUrl: 'https://api.rutaapi.com/v1/chat/completions', models: ['gpt-4o'], anchor: { file: '.env', span: { start: { line: 2 } } } })
    const alone = plan(files, source({}, { apiKey: key, baseUrl: 'https://api.deepseek.com', model: 'deepseek-chat', inputsFile: '.github/workflows/llm.yml' }))
    expect(alone.targets[0]).toMatchObject({ chatUrl: 'https://api.deepseek.com/v1/chat/completions', models: ['deepseek-chat'], anchor: { file: '.github/workflows/llm.yml' } })
  })

  it('says, by name only, why a key is not probed', () => {
    const missing = plan(nextchatEnv('OPENAI_API_KEY=${RUTAAPI_KEY}\nBASE_URL=https://api.rutaapi.com\n'), source({ RUTAAPI_KEY: ' ' }))
    expect(missing).toEqual({ targets: [], skipped: ['OPENAI_API_KEY in .env: not probed, RUTAAPI_KEY is empty or missing in the secrets input'] })
    const noKey = plan(nextchatEnv('BASE_URL=https://api.rutaapi.com\n'), source({}, { baseUrl: 'https://api.rutaapi.com' }))
    expect(noKey.skipped).toEqual(['https://api.rutaapi.com: not probed, no key was given for it'])
    expect(plan({ 'README.md': '# nothing\n' }, source({})).skipped).toEqual(['nothing to probe: no setting of the repository references a key'])
    const gemini = plan(nextchatEnv('GOOGLE_API_KEY=${G}\n'), source({ G: key }))
    expect(gemini.skipped).toEqual([
      "GOOGLE_API_KEY in .env: not probed, the client's route for GOOGLE_URL is not an OpenAI-compatible or Anthropic chat route"
    ])
  })

  it('probes a key read by two scopes once', () => {
    const files = {
      ...nextchatRepo,
      '.env': 'OPENAI_API_KEY=${RUTAAPI_KEY}\nBASE_URL=https://api.rutaapi.com\n',
      'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    env_file: .env\n'
    }
    expect(plan(files, source({ RUTAAPI_KEY: key })).targets).toHaveLength(1)
  })
})
