import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, defaultConfig, loadConfig, parseConfig, toLintSettings, type Config } from '../../src/config/index.js'
import { fakeKeys } from '../helpers/keys.js'

const vocabulary = {
  knownRuleIds: ['leaked-key', 'open-relay', 'env-name-unused', 'parse-error'],
  knownClients: ['nextchat', 'openai-sdk', 'anthropic-sdk']
}

const parse = (text: string): Config => parseConfig(text, { file: '.llm-env-lint.yml', ...vocabulary })

/** The ConfigError that `run` throws (fails the test when it does not throw one). */
function configError(run: () => unknown): ConfigError {
  try {
    run()
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

const EXAMPLE = `client: nextchat
rules:
  open-relay: off
  env-name-unused: error
ignore:
  - docs/examples/**
maxFileSize: 5MiB
providers:
  - id: my-gateway
    name: My gateway
    apiHosts: [LLM.example.com]
    apiRoot: https://llm.example.com/v1
    nonApiHosts: [{ host: example.com, role: marketing }]
    keyFormats: [{ id: my-gateway, pattern: 'mg-[A-Za-z0-9]{32}', confidence: unique }]
`

describe('parseConfig', () => {
  it('reads every field of the documented example', () => {
    const config = parse(EXAMPLE)
    expect(config).toEqual({
      client: 'nextchat',
      rules: { 'open-relay': 'off', 'env-name-unused': 'error' },
      ignore: ['docs/examples/**'],
      maxFileSize: 5 * 1024 * 1024,
      providers: [
        {
          id: 'my-gateway',
          name: 'My gateway',
          apiHosts: ['llm.example.com'],
          apiRoot: 'https://llm.example.com/v1',
          nonApiHosts: [{ host: 'example.com', role: 'marketing' }],
          keyFormats: [{ id: 'my-gateway', pattern: 'mg-[A-Za-z0-9]{32}', confidence: 'unique' }],
          auth: 'bearer',
          modelsPath: '/models',
          requestIdHeaders: [],
          gateway: true,
          sources: ['.llm-env-lint.yml']
        }
      ],
      file: '.llm-env-lint.yml'
    })
  })

  it('gives the defaults for an empty file, a comment-only file and empty fields', () => {
    const defaults = { ...defaultConfig, file: '.llm-env-lint.yml' }
    expect(parse('')).toEqual(defaults)
    expect(parse('# nothing yet\n')).toEqual(defaults)
    expect(parse('rules:\nignore:\nproviders:\nclient:\nmaxFileSize:\n')).toEqual(defaults)
  })

  it('fills in provider defaults from apiRoot and numbers several key formats', () => {
    const [provider] = parse(`providers:
  - id: acme
    name: Acme
    apiRoot: https://api.acme.test/openai/v1
    keyFormats:
      - pattern: 'acme_[a-z0-9]{40}'
      - pattern: 'acmeadm_[a-z0-9]{40}'
        confidence: shared
        inference: false
`).providers
    expect(provider!.apiHosts).toEqual(['api.acme.test'])
    expect(provider!.keyFormats).toEqual([
      { id: 'acme-1', pattern: 'acme_[a-z0-9]{40}', confidence: 'unique' },
      { id: 'acme-2', pattern: 'acmeadm_[a-z0-9]{40}', confidence: 'shared', inference: false }
    ])
  })

  it.each([
    ['1048576', 1048576],
    ['2M', 2 * 1024 * 1024],
    ['500 KB', 500_000],
    ['1.5MiB', 1.5 * 1024 * 1024],
    ['1gb', undefined]
  ])('reads maxFileSize %s', (size, bytes) => {
    if (bytes === undefined) expect(() => parse(`maxFileSize: ${size}`)).toThrow(/maxFileSize: .*256MiB/)
    else expect(parse(`maxFileSize: ${size}`).maxFileSize).toBe(bytes)
  })

  it.each(['0', '-5', '1.5', 'lots', '5 parsecs', '5constructor'])('refuses maxFileSize %s', (size) => {
    expect(configError(() => parse(`maxFileSize: ${size}`)).message).toMatch(
      /^\.llm-env-lint\.yml:1:14: maxFileSize: expected a whole number of bytes or a size such as 5MiB/
    )
  })

  it('names an unknown top-level field, where it is and the allowed fields', () => {
    const error = configError(() => parse('client: nextchat\nrule:\n  open-relay: off\n'))
    expect(error.message).toBe(
      '.llm-env-lint.yml:2:1: rule: unknown field; allowed: client, rules, ignore, maxFileSize, providers'
    )
    expect(error.issues).toEqual([expect.objectContaining({ field: 'rule', line: 2, column: 1 })])
  })

  it('names an unknown rule id at its key and lists the known ones', () => {
    expect(configError(() => parse('rules:\n  open-relays: off\n')).message).toBe(
      '.llm-env-lint.yml:2:3: rules.open-relays: unknown rule id; known: leaked-key, open-relay, env-name-unused, parse-error'
    )
  })

  it('names a bad severity at its value and lists the allowed ones', () => {
    expect(configError(() => parse('rules:\n  open-relay: warn\n')).message).toBe(
      '.llm-env-lint.yml:2:15: rules.open-relay: expected one of error, warning, note, off'
    )
  })

  it('refuses an unknown client', () => {
    expect(configError(() => parse('client: next-chat\n')).message).toBe(
      '.llm-env-lint.yml:1:9: client: unknown client; expected one of nextchat, openai-sdk, anthropic-sdk'
    )
  })

  it('names nested provider fields with their index', () => {
    const error = configError(() =>
      parse(`providers:
  - id: gw
    name: Gateway
    apiRoot: llm.example.com/v1
    apiHost: [llm.example.com]
    nonApiHosts: [{ host: 'https://example.com', role: website }]
`)
    )
    expect(error.issues.map((issue) => `${issue.line}:${issue.column} ${issue.field}`)).toEqual([
      '4:14 providers[0].apiRoot',
      '6:27 providers[0].nonApiHosts[0].host',
      '6:56 providers[0].nonApiHosts[0].role',
      '5:5 providers[0].apiHost'
    ])
    expect(error.message).toContain('providers[0].apiRoot: expected an http(s) URL such as https://llm.example.com/v1')
    expect(error.message).toContain('providers[0].nonApiHosts[0].role: expected one of marketing, dashboard, docs, chat-app')
    expect(error.message).toContain('providers[0].apiHost: unknown field; allowed: id, name, apiRoot,')
  })

  it('points a missing required field at the object that lacks it', () => {
    const error = configError(() => parse('providers:\n  - id: gw\n    apiRoot: https://gw.test/v1\n'))
    expect(error.issues).toEqual([
      expect.objectContaining({ field: 'providers[0].name', message: 'expected a display name', line: 2, column: 5 })
    ])
  })

  it.each([
    ['mg-[A-Z', /not a valid regular expression/],
    ['(?i)mg-[a-z]{8}', /not a valid regular expression/],
    ['x*', /must not match an empty string/]
  ])('refuses the key pattern %s', (pattern, message) => {
    const error = configError(() =>
      parse(`providers:\n  - { id: gw, name: G, apiRoot: 'https://gw.test/v1', keyFormats: [{ pattern: '${pattern}' }] }\n`)
    )
    expect(error.issues[0]!.field).toBe('providers[0].keyFormats[0].pattern')
    expect(error.message).toMatch(message)
  })

  it('refuses duplicate provider ids', () => {
    const one = "{ id: gw, name: G, apiRoot: 'https://gw.test/v1' }"
    expect(configError(() => parse(`providers:\n  - ${one}\n  - ${one}\n`)).message).toMatch(
      /^\.llm-env-lint\.yml:3:11: providers\[1\]\.id: duplicate provider id gw$/
    )
  })

  it('refuses a file that is not a mapping', () => {
    expect(configError(() => parse('- client: nextchat\n')).message).toBe(
      '.llm-env-lint.yml:1:1: expected a mapping with the fields client, rules, ignore, maxFileSize, providers'
    )
  })

  it('reports malformed YAML with its line and column', () => {
    const error = configError(() => parse('rules:\n  open-relay: off\n   leaked-key: [error\n'))
    expect(error.issues).toHaveLength(1)
    expect(error.message).toBe('.llm-env-lint.yml:2:15: invalid YAML: Nested mappings are not allowed in compact mappings')
  })

  it('reports aliases that expand too far ("billion laughs") as a config error, not a crash', () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let i = 1; i < 12; i++) levels.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`)
    expect(configError(() => parse(levels.join('\n'))).message).toBe(
      '.llm-env-lint.yml: invalid YAML: Excessive alias count indicates a resource exhaustion attack'
    )
  })

  it('masks a key quoted by a YAML error or named as a field', () => {
    const key = fakeKeys.gateway('config')
    const masked = `sk-…${key.slice(-4)}`
    expect(configError(() => parse(`rules:\n  open-relay: |${key}\n`)).message).toContain(`extra characters: |${masked}`)
    expect(configError(() => parse(`${key}: 1\n`)).message).toMatch(new RegExp(`^\\.llm-env-lint\\.yml:1:1: ${masked}: unknown field`))
  })

  it('reports a duplicated key as malformed YAML', () => {
    expect(configError(() => parse('client: nextchat\nclient: openai-sdk\n')).message).toMatch(
      /^\.llm-env-lint\.yml:2:1: invalid YAML: Map keys must be unique/
    )
  })
})

describe('toLintSettings', () => {
  it('passes rules, client and providers to the core', () => {
    const config = parse(EXAMPLE)
    expect(toLintSettings(config)).toEqual({ rules: config.rules, client: 'nextchat', providers: config.providers })
    expect(toLintSettings(defaultConfig)).toEqual({ rules: {}, providers: [] })
  })
})

describe('loadConfig', () => {
  let root: string
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'llm-env-lint-config-'))
  })
  afterEach(async () => {
    await rm(root, { recursive: true, force: true })
  })

  it('uses the defaults when the root has no config file', async () => {
    expect(await loadConfig({ root, ...vocabulary })).toBe(defaultConfig)
  })

  it.each(['.llm-env-lint.yml', '.llm-env-lint.yaml'])('finds %s at the root', async (name) => {
    await writeFile(join(root, name), 'client: nextchat\n')
    expect(await loadConfig({ root, ...vocabulary })).toMatchObject({ client: 'nextchat', file: join(root, name) })
  })

  it('refuses to choose between .yml and .yaml', async () => {
    await writeFile(join(root, '.llm-env-lint.yml'), '')
    await writeFile(join(root, '.llm-env-lint.yaml'), '')
    await expect(loadConfig({ root, ...vocabulary })).rejects.toThrow(/both \.llm-env-lint\.yml and \.llm-env-lint\.yaml exist/)
  })

  it('reads an explicitly named file instead of the one at the root', async () => {
    await writeFile(join(root, '.llm-env-lint.yml'), 'client: nextchat\n')
    await writeFile(join(root, 'other.yml'), 'client: openai-sdk\n')
    const file = join(root, 'other.yml')
    expect(await loadConfig({ root, file, ...vocabulary })).toMatchObject({ client: 'openai-sdk', file })
  })

  it('fails when the named file does not exist', async () => {
    const file = join(root, 'missing.yml')
    const error = await loadConfig({ root, file, ...vocabulary }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(`${file}: config file not found`)
  })

  it('names the file in validation errors', async () => {
    await writeFile(join(root, '.llm-env-lint.yml'), 'rules:\n  nope: off\n')
    await expect(loadConfig({ root, ...vocabulary })).rejects.toThrow(`${join(root, '.llm-env-lint.yml')}:2:3: rules.nope: unknown rule id`)
  })
})
