import { describe, it, expect } from '@jest/globals'
import { codexParser } from '../../src/sources/codex.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const FILE = '.codex/config.toml'
const parse = (text: string, path = FILE) => codexParser.parse({ path, text })

describe('codexParser.matches', () => {
  it.each(['.codex/config.toml', 'dotfiles/.codex/config.toml', 'home/codex/config.toml'])('reads %s', (path) =>
    expect(isClaimedBy('codex', path)).toBe(true)
  )
  it.each(['config.toml', '.codex/config.json', '.codex/auth.json', 'codex/config.toml.bak'])('skips %s', (path) =>
    expect(isClaimedBy('codex', path)).toBe(false)
  )
})

describe('codexParser.parse', () => {
  it('reads top-level settings and provider tables with scopes and exact positions', () => {
    const token = fakeKeys.gateway()
    const text = [
      'model = "gpt-5"',
      'model_provider = "ruta"',
      'approval_policy = "on-request"',
      '',
      '[model_providers.ruta]',
      'name = "RutaAPI"',
      'base_url = "https://api.example.com/v1"',
      'env_key = "RUTA_API_KEY"',
      'wire_api = "responses"',
      `experimental_bearer_token = "${token}"`,
      'http_headers = { "X-Team" = "llm" }',
      'env_http_headers = { "X-Api-Key" = "EXTRA_KEY" }',
      'query_params = { api-version = "2025-04-01-preview" }',
      '',
      '[profiles.fast]',
      'model = "gpt-5-mini"'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const scope = `${FILE}#model_providers.ruta`
    expect(entries.map((e) => [e.scope, e.path.join('.'), e.key, e.value, e.meta])).toEqual([
      [FILE, 'model', 'model', 'gpt-5', undefined],
      [FILE, 'model_provider', 'model_provider', 'ruta', undefined],
      [scope, 'model_providers.ruta.name', 'name', 'RutaAPI', undefined],
      [scope, 'model_providers.ruta.base_url', 'base_url', 'https://api.example.com/v1', undefined],
      [scope, 'model_providers.ruta.env_key', 'env_key', 'RUTA_API_KEY', { envKeyName: true }],
      [scope, 'model_providers.ruta.wire_api', 'wire_api', 'responses', undefined],
      [scope, 'model_providers.ruta.experimental_bearer_token', 'experimental_bearer_token', token, undefined],
      [scope, 'model_providers.ruta.http_headers.X-Team', 'X-Team', 'llm', { httpHeader: true }],
      [scope, 'model_providers.ruta.env_http_headers.X-Api-Key', 'X-Api-Key', 'EXTRA_KEY', { envKeyName: true, httpHeader: true }],
      [scope, 'model_providers.ruta.query_params.api-version', 'api-version', '2025-04-01-preview', { queryParam: true }]
    ])
    expect(entries[3]).toEqual({
      file: FILE,
      kind: 'codex',
      scope,
      path: ['model_providers', 'ruta', 'base_url'],
      key: 'base_url',
      keySpan: span(7, 1, 7, 9),
      value: 'https://api.example.com/v1',
      valueSpan: span(7, 12, 7, 40),
      raw: '"https://api.example.com/v1"',
      form: 'literal'
    })
    expect(entries[6]).toMatchObject({ keySpan: span(10, 1, 10, 26), valueSpan: span(10, 29, 10, 31 + token.length) })
    expect(entries[7]).toMatchObject({ keySpan: span(11, 18, 11, 26), valueSpan: span(11, 29, 11, 34) })
  })

  it('reads openai_base_url and providers written as dotted or quoted keys', () => {
    const text = ['openai_base_url = "https://gw.example.com/v1"', 'model_providers."my.gw".base_url = "https://my.example.com/v1"'].join('\n')
    expect(parse(text).entries.map((e) => [e.scope, e.key, e.keySpan])).toEqual([
      [FILE, 'openai_base_url', span(1, 1, 1, 16)],
      [`${FILE}#model_providers.my.gw`, 'base_url', span(2, 25, 2, 33)]
    ])
  })

  it('reports malformed TOML with its position and keeps earlier entries', () => {
    const { entries, diagnostics } = parse('model = "gpt-5"\n[model_providers.x\nbase_url = "u"\n')
    expect(entries.map((e) => e.key)).toEqual(['model'])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.span.start.line).toBe(2)
    expect(diagnostics[0]!.message).toMatch(/^invalid TOML: /)
  })
})
