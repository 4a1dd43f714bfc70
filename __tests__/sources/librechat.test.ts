import { describe, it, expect } from '@jest/globals'
import { librechatParser } from '../../src/sources/librechat.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const FILE = 'librechat.yaml'
const parse = (text: string) => librechatParser.parse({ path: FILE, text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('the librechat claim', () => {
  it('accepts librechat.yaml and librechat.yml in any folder', () => {
    expect(['librechat.yaml', 'librechat.yml', 'config/librechat.yaml'].map((path) => isClaimedBy('librechat', path))).toEqual([true, true, true])
    expect(['librechat.example.yaml', 'librechat.json', 'my-librechat.yaml'].map((path) => isClaimedBy('librechat', path))).toEqual([false, false, false])
  })
})

describe('a LibreChat config under another name', () => {
  // LibreChat reads any file CONFIG_PATH names (LibreChat-AI/librechat-config-yaml loads librechat-env-f.yaml so).
  it('is found by its top level: a version and endpoints', () => {
    expect(librechatParser.sniff?.('version: 1.2.1\ncache: true\nendpoints:\n  custom:\n    - name: groq\n')).toBe(true)
    expect(librechatParser.sniff?.("version: '3.8'\nservices:\n  app:\n    image: x\n")).toBe(false)
    expect(librechatParser.sniff?.('endpoints:\n  - /health\n')).toBe(false)
  })
})

describe('custom endpoints', () => {
  const key = fakeKeys.openrouter()
  const text = lines(
    'version: 1.2.1',
    'endpoints:',
    '  custom:',
    '    - name: "OpenRouter"',
    "      apiKey: '${OPENROUTER_KEY}'",
    '      baseURL: "https://openrouter.ai/api/v1"',
    '      models:',
    '        default: ["meta-llama/llama-3-70b-instruct", gpt-4o]',
    '        fetch: true',
    '    - name: Gateway',
    `      apiKey: ${key}`,
    '      baseURL: https://gw.example/v1',
    '      models:',
    '        default: only-model',
    '    - apiKey: user_provided'
  )

  it('reads name, baseURL, apiKey and models with exact spans', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const scope = `${FILE}#endpoints.custom.OpenRouter`
    const base = { file: FILE, kind: 'librechat', scope }
    expect(entries.slice(0, 6)).toEqual([
      { ...base, path: ['endpoints', 'custom', 0, 'name'], key: 'name', keySpan: span(4, 7, 4, 11), value: 'OpenRouter', valueSpan: span(4, 13, 4, 25), raw: '"OpenRouter"', form: 'literal' },
      { ...base, path: ['endpoints', 'custom', 0, 'baseURL'], key: 'baseURL', keySpan: span(6, 7, 6, 14), value: 'https://openrouter.ai/api/v1', valueSpan: span(6, 16, 6, 46), raw: '"https://openrouter.ai/api/v1"', form: 'literal' },
      {
        ...base,
        path: ['endpoints', 'custom', 0, 'apiKey'],
        key: 'apiKey',
        keySpan: span(5, 7, 5, 13),
        value: '${OPENROUTER_KEY}',
        valueSpan: span(5, 15, 5, 34),
        raw: "'${OPENROUTER_KEY}'",
        form: 'reference',
        ref: { context: 'shell', name: 'OPENROUTER_KEY' }
      },
      {
        ...base,
        path: ['endpoints', 'custom', 0, 'models', 'default', 0],
        key: 'models.default',
        keySpan: span(8, 9, 8, 16),
        value: 'meta-llama/llama-3-70b-instruct',
        valueSpan: span(8, 19, 8, 52),
        raw: '"meta-llama/llama-3-70b-instruct"',
        form: 'literal'
      },
      { ...base, path: ['endpoints', 'custom', 0, 'models', 'default', 1], key: 'models.default', keySpan: span(8, 9, 8, 16), value: 'gpt-4o', valueSpan: span(8, 54, 8, 60), raw: 'gpt-4o', form: 'literal' },
      { ...base, path: ['endpoints', 'custom', 0, 'models', 'fetch'], key: 'models.fetch', keySpan: span(9, 9, 9, 14), value: 'true', valueSpan: span(9, 16, 9, 20), raw: 'true', form: 'literal' }
    ])
  })

  it('reads a single default model, a literal key, and names an unnamed endpoint by its index', () => {
    expect(parse(text).entries.slice(6).map((e) => [e.scope, e.key, e.value, e.form, e.path])).toEqual([
      [`${FILE}#endpoints.custom.Gateway`, 'name', 'Gateway', 'literal', ['endpoints', 'custom', 1, 'name']],
      [`${FILE}#endpoints.custom.Gateway`, 'baseURL', 'https://gw.example/v1', 'literal', ['endpoints', 'custom', 1, 'baseURL']],
      [`${FILE}#endpoints.custom.Gateway`, 'apiKey', key, 'literal', ['endpoints', 'custom', 1, 'apiKey']],
      [`${FILE}#endpoints.custom.Gateway`, 'models.default', 'only-model', 'literal', ['endpoints', 'custom', 1, 'models', 'default', 0]],
      // `user_provided` is LibreChat's sentinel for "the user enters the key"; it stays a literal.
      [`${FILE}#endpoints.custom.2`, 'apiKey', 'user_provided', 'literal', ['endpoints', 'custom', 2, 'apiKey']]
    ])
  })

  it('gives the same entries with CRLF line ends', () => {
    expect(parse(text.replace(/\n/g, '\r\n')).entries).toEqual(parse(text).entries)
  })

  it('follows anchors shared between endpoints', () => {
    const shared = lines(
      'x-models: &models',
      '  default: [a]',
      'endpoints:',
      '  custom:',
      '    - name: one',
      '      models: *models',
      '    - name: two',
      '      <<: {baseURL: "https://x.example/v1"}',
      '      models: *models'
    )
    expect(parse(shared).entries.map((e) => [e.scope, e.key, e.value, e.valueSpan?.start.line])).toEqual([
      [`${FILE}#endpoints.custom.one`, 'name', 'one', 5],
      [`${FILE}#endpoints.custom.one`, 'models.default', 'a', 2],
      [`${FILE}#endpoints.custom.two`, 'name', 'two', 7],
      [`${FILE}#endpoints.custom.two`, 'baseURL', 'https://x.example/v1', 8],
      [`${FILE}#endpoints.custom.two`, 'models.default', 'a', 2]
    ])
  })
})

describe('built-in endpoints', () => {
  it('reads baseURL and apiKey of built-in endpoints and of Azure groups', () => {
    const text = lines(
      'endpoints:',
      '  openAI:',
      '    baseURL: https://proxy.example/v1',
      '    titleModel: gpt-4o-mini',
      '  anthropic:',
      '    apiKey: ${ANTHROPIC_API_KEY}',
      '  azureOpenAI:',
      '    groups:',
      '      - group: eastus',
      '        apiKey: ${AZURE_KEY}',
      '        instanceName: my-instance',
      '      - baseURL: https://gw.example/openai',
      '  assistants:',
      '    disableBuilder: false'
    )
    const { entries } = parse(text)
    expect(entries.map((e) => [e.scope, e.path, e.key, e.value, e.form])).toEqual([
      [`${FILE}#endpoints.openAI`, ['endpoints', 'openAI', 'baseURL'], 'baseURL', 'https://proxy.example/v1', 'literal'],
      [`${FILE}#endpoints.anthropic`, ['endpoints', 'anthropic', 'apiKey'], 'apiKey', '${ANTHROPIC_API_KEY}', 'reference'],
      [`${FILE}#endpoints.azureOpenAI.groups.eastus`, ['endpoints', 'azureOpenAI', 'groups', 0, 'apiKey'], 'apiKey', '${AZURE_KEY}', 'reference'],
      [`${FILE}#endpoints.azureOpenAI.groups.1`, ['endpoints', 'azureOpenAI', 'groups', 1, 'baseURL'], 'baseURL', 'https://gw.example/openai', 'literal']
    ])
    expect(entries[0]!.keySpan).toEqual(span(3, 5, 3, 12))
    expect(entries[0]!.valueSpan).toEqual(span(3, 14, 3, 38))
  })
})

describe('bad input', () => {
  it('reports malformed YAML and keeps what it could read', () => {
    const text = lines('endpoints:', '  custom:', '    - name: a', '      baseURL: https://x', '    - name: "b')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(entries.slice(0, 2).map((e) => [e.key, e.value])).toEqual([
      ['name', 'a'],
      ['baseURL', 'https://x']
    ])
  })

  it('ignores shapes that are not a LibreChat config', () => {
    for (const text of ['', 'endpoints: 1\n', 'endpoints:\n  custom: x\n', 'endpoints:\n  custom:\n    - 1\n    - models: 3\n', 'endpoints:\n  custom:\n    - models:\n        default: {a: 1}\n']) {
      expect(parse(text)).toEqual({ entries: [], diagnostics: [] })
    }
  })
})
