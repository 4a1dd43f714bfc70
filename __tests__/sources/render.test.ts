import { describe, it, expect } from '@jest/globals'
import { renderParser } from '../../src/sources/render.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string) => renderParser.parse({ path: 'render.yaml', text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('the render claim', () => {
  it('accepts render.yaml and render.yml in any folder', () => {
    expect(['render.yaml', 'render.yml', 'infra/render.yaml'].map((path) => isClaimedBy('render', path))).toEqual([true, true, true])
    expect(['render.json', 'my-render.yaml', 'render.yaml.bak'].map((path) => isClaimedBy('render', path))).toEqual([false, false, false])
  })
})

describe('services', () => {
  const key = fakeKeys.anthropic()
  const text = lines(
    'services:',
    '  - type: web',
    '    name: nextchat',
    '    envVars:',
    '      - key: ANTHROPIC_API_KEY',
    `        value: ${key}`,
    '      - key: BASE_URL',
    '        value: "https://api.example.com"',
    '      - key: PORT',
    '        value: 3000',
    '      - key: CODE',
    '        sync: false',
    '      - key: SECRET',
    '        generateValue: true',
    '      - key: DATABASE_URL',
    '        fromDatabase:',
    '          name: db',
    '          property: connectionString',
    '      - key: API_HOST',
    '        fromService:',
    '          type: pserv',
    '          name: api',
    '          envVarKey: HOST',
    '      - fromGroup: shared',
    '  - type: worker',
    '    envVars:',
    '      - key: ONLY',
    '        value: x'
  )

  it('reads key/value items with exact spans and scope per service', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const scope = 'render.yaml#services.nextchat'
    expect(entries.slice(0, 3)).toEqual([
      {
        file: 'render.yaml',
        kind: 'render',
        scope,
        path: ['services', 0, 'envVars', 'ANTHROPIC_API_KEY'],
        key: 'ANTHROPIC_API_KEY',
        keySpan: span(5, 14, 5, 31),
        value: key,
        valueSpan: span(6, 16, 6, 16 + key.length),
        raw: key,
        form: 'literal'
      },
      {
        file: 'render.yaml',
        kind: 'render',
        scope,
        path: ['services', 0, 'envVars', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(7, 14, 7, 22),
        value: 'https://api.example.com',
        valueSpan: span(8, 16, 8, 41),
        raw: '"https://api.example.com"',
        form: 'literal'
      },
      { file: 'render.yaml', kind: 'render', scope, path: ['services', 0, 'envVars', 'PORT'], key: 'PORT', keySpan: span(9, 14, 9, 18), value: '3000', valueSpan: span(10, 16, 10, 20), raw: '3000', form: 'literal' }
    ])
  })

  it('gives entries without a value for sync: false, generateValue and references to other resources', () => {
    const { entries } = parse(text)
    expect(entries.slice(3).map((e) => [e.scope, e.key, e.value, e.meta, e.keySpan.start.line])).toEqual([
      ['render.yaml#services.nextchat', 'CODE', undefined, { sync: false }, 11],
      ['render.yaml#services.nextchat', 'SECRET', undefined, { generateValue: true }, 13],
      ['render.yaml#services.nextchat', 'DATABASE_URL', undefined, { fromDatabase: 'db', property: 'connectionString' }, 15],
      ['render.yaml#services.nextchat', 'API_HOST', undefined, { fromService: 'api', property: 'HOST' }, 19],
      ['render.yaml#services.1', 'ONLY', 'x', undefined, 27]
    ])
  })

  it('gives the same entries with CRLF line ends', () => {
    expect(parse(text.replace(/\n/g, '\r\n')).entries).toEqual(parse(text).entries)
  })
})

describe('envVarGroups', () => {
  it('reads each group as its own scope', () => {
    const text = lines('envVarGroups:', '  - name: llm', '    envVars:', '      - key: OPENAI_API_KEY', '        value: ${OPENAI_API_KEY}')
    expect(parse(text).entries).toEqual([
      {
        file: 'render.yaml',
        kind: 'render',
        scope: 'render.yaml#envVarGroups.llm',
        path: ['envVarGroups', 0, 'envVars', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(4, 14, 4, 28),
        value: '${OPENAI_API_KEY}',
        valueSpan: span(5, 16, 5, 33),
        raw: '${OPENAI_API_KEY}',
        form: 'reference',
        ref: { context: 'shell', name: 'OPENAI_API_KEY' }
      }
    ])
  })
})

describe('bad input', () => {
  it('reports malformed YAML and keeps what it could read', () => {
    const text = lines('services:', '  - name: a', '    envVars:', '      - key: A', '        value: 1', '      - key: "unterminated')
    const { entries, diagnostics } = parse(text)
    // The yaml package reports a missing quote where the text ends.
    expect(diagnostics).toEqual([{ message: 'Missing closing "quote', span: span(7, 1, 7, 1) }])
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['A', '1'],
      ['unterminated', undefined]
    ])
  })

  it('skips items without a key and shapes that are not a blueprint', () => {
    for (const text of ['', 'services: 1\n', 'services:\n  - envVars: x\n', 'services:\n  - envVars:\n      - value: orphan\n      - key: [a]\n        value: b\n']) {
      expect(parse(text)).toEqual({ entries: [], diagnostics: [] })
    }
  })
})
