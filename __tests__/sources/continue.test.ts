import { describe, it, expect } from '@jest/globals'
import { continueParser } from '../../src/sources/continue.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const lines = (...l: string[]) => l.join('\n') + '\n'

describe('the continue claim', () => {
  it('accepts .continue/config.yaml, .yml and .json', () => {
    expect(['.continue/config.yaml', '.continue/config.yml', '.continue/config.json', 'app/.continue/config.yaml'].map((path) => isClaimedBy('continue', path))).toEqual([true, true, true, true])
    expect(['config.yaml', '.continue/other.yaml', 'continue/config.yaml', '.continue/config.toml'].map((path) => isClaimedBy('continue', path))).toEqual([false, false, false, false])
  })
})

describe('config.yaml', () => {
  const path = '.continue/config.yaml'
  const parse = (text: string) => continueParser.parse({ path, text })
  const text = lines(
    'name: my assistant',
    'models:',
    '  - name: Gateway GPT',
    '    provider: openai',
    '    model: gpt-4o',
    '    apiBase: https://api.example.com/v1',
    '    apiKey: ${{ secrets.GATEWAY_KEY }}',
    '    roles: [chat]',
    '  - provider: anthropic',
    '    model: claude-sonnet-4',
    '  - uses: someone/some-block'
  )

  it('reads each model as a scope, with exact spans', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const scope = `${path}#models.Gateway GPT`
    expect(entries.slice(0, 5)).toEqual([
      { file: path, kind: 'continue', scope, path: ['models', 0, 'name'], key: 'name', keySpan: span(3, 5, 3, 9), value: 'Gateway GPT', valueSpan: span(3, 11, 3, 22), raw: 'Gateway GPT', form: 'literal' },
      { file: path, kind: 'continue', scope, path: ['models', 0, 'provider'], key: 'provider', keySpan: span(4, 5, 4, 13), value: 'openai', valueSpan: span(4, 15, 4, 21), raw: 'openai', form: 'literal' },
      { file: path, kind: 'continue', scope, path: ['models', 0, 'model'], key: 'model', keySpan: span(5, 5, 5, 10), value: 'gpt-4o', valueSpan: span(5, 12, 5, 18), raw: 'gpt-4o', form: 'literal' },
      { file: path, kind: 'continue', scope, path: ['models', 0, 'apiBase'], key: 'apiBase', keySpan: span(6, 5, 6, 12), value: 'https://api.example.com/v1', valueSpan: span(6, 14, 6, 40), raw: 'https://api.example.com/v1', form: 'literal' },
      {
        file: path,
        kind: 'continue',
        scope,
        path: ['models', 0, 'apiKey'],
        key: 'apiKey',
        keySpan: span(7, 5, 7, 11),
        value: '${{ secrets.GATEWAY_KEY }}',
        valueSpan: span(7, 13, 7, 39),
        raw: '${{ secrets.GATEWAY_KEY }}',
        form: 'reference',
        ref: { context: 'secrets', name: 'GATEWAY_KEY' }
      }
    ])
  })

  it('names a model without a name by its index and skips blocks without model settings', () => {
    expect(parse(text).entries.slice(5).map((e) => [e.scope, e.path, e.value])).toEqual([
      [`${path}#models.1`, ['models', 1, 'provider'], 'anthropic'],
      [`${path}#models.1`, ['models', 1, 'model'], 'claude-sonnet-4']
    ])
  })

  it('gives the same entries with CRLF line ends', () => {
    expect(parse(text.replace(/\n/g, '\r\n')).entries).toEqual(parse(text).entries)
  })

  it('reports malformed YAML and keeps what it could read', () => {
    const { entries, diagnostics } = parse(lines('models:', '  - name: a', '    apiKey: k', '  - name: [b'))
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['name', 'a'],
      ['apiKey', 'k']
    ])
  })

  it('ignores shapes that are not a config', () => {
    for (const text of ['', 'models: 3\n', 'models:\n  - just-a-string\n', 'tabAutocompleteModel: x\n']) {
      expect(parse(text)).toEqual({ entries: [], diagnostics: [] })
    }
  })
})

describe('config.json', () => {
  const path = '.continue/config.json'
  const parse = (text: string) => continueParser.parse({ path, text })

  it('reads models, tabAutocompleteModel and embeddingsProvider from JSON with tab indentation', () => {
    const key = fakeKeys.openaiProject()
    const text = [
      '{',
      '\t"models": [',
      `\t\t{ "title": "GPT", "provider": "openai", "model": "gpt-4o", "apiKey": "${key}" }`,
      '\t],',
      '\t"tabAutocompleteModel": { "provider": "openai", "model": "gpt-4o-mini", "apiBase": "https://x.example/v1" },',
      '\t"embeddingsProvider": { "provider": "openai", "apiKey": "${{ secrets.EMBED }}" }',
      '}',
      ''
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value])).toEqual([
      [`${path}#models.GPT`, 'provider', 'openai'],
      [`${path}#models.GPT`, 'model', 'gpt-4o'],
      [`${path}#models.GPT`, 'apiKey', key],
      [`${path}#tabAutocompleteModel`, 'provider', 'openai'],
      [`${path}#tabAutocompleteModel`, 'model', 'gpt-4o-mini'],
      [`${path}#tabAutocompleteModel`, 'apiBase', 'https://x.example/v1'],
      [`${path}#embeddingsProvider`, 'provider', 'openai'],
      [`${path}#embeddingsProvider`, 'apiKey', '${{ secrets.EMBED }}']
    ])
    const apiKey = entries[2]!
    // Line 3: two tabs, then the object; the key's quotes are part of the key node.
    const keyColumn = text.split('\n')[2]!.indexOf('"apiKey"') + 1
    expect(apiKey.keySpan).toEqual(span(3, keyColumn, 3, keyColumn + 8))
    expect(apiKey.valueSpan).toEqual(span(3, keyColumn + 10, 3, keyColumn + 12 + key.length))
    expect(apiKey.raw).toBe(`"${key}"`)
    expect(entries[5]!.path).toEqual(['tabAutocompleteModel', 'apiBase'])
  })

  it('reads a list of tab autocomplete models, named by title, name or index', () => {
    const { entries } = parse('{"tabAutocompleteModel": [{"title": "a", "model": "m1"}, {"name": "b", "model": "m2"}, {"model": "m3"}]}')
    expect(entries.map((e) => [e.scope, e.path, e.value])).toEqual([
      [`${path}#tabAutocompleteModel.a`, ['tabAutocompleteModel', 0, 'model'], 'm1'],
      [`${path}#tabAutocompleteModel.b`, ['tabAutocompleteModel', 1, 'name'], 'b'],
      [`${path}#tabAutocompleteModel.b`, ['tabAutocompleteModel', 1, 'model'], 'm2'],
      [`${path}#tabAutocompleteModel.2`, ['tabAutocompleteModel', 2, 'model'], 'm3']
    ])
  })

  it('reports broken JSON', () => {
    const { diagnostics } = parse('{"models": [{"apiKey": "x"}\n')
    expect(diagnostics.length).toBeGreaterThan(0)
  })
})
