import { describe, it, expect } from '@jest/globals'
import { appJsonParser } from '../../src/sources/app-json.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'app.json') => appJsonParser.parse({ path, text })

describe('appJsonParser.matches', () => {
  it.each(['app.json', 'deploy/app.json'])('reads %s', (path) => expect(isClaimedBy('app-json', path)).toBe(true))
  it.each(['app.json5', 'myapp.json', 'package.json'])('skips %s', (path) => expect(isClaimedBy('app-json', path)).toBe(false))
})

describe('appJsonParser.parse', () => {
  it('reads string and object settings with exact positions', () => {
    const key = fakeKeys.openaiLegacy()
    const text = [
      '{',
      '  "name": "ChatGPT Next Web",',
      '  "env": {',
      `    "OPENAI_API_KEY": { "description": "Your key", "value": "${key}", "required": true },`,
      '    "BASE_URL": "https://api.example.com",',
      '    "CODE": { "description": "Access password", "generator": "secret" }',
      '  }',
      '}'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const common = { file: 'app.json', kind: 'app-json', scope: 'app.json', form: 'literal' }
    const valueColumn = '    "OPENAI_API_KEY": { "description": "Your key", "value": '.length + 1
    expect(entries).toEqual([
      {
        ...common,
        path: ['env', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(4, 5, 4, 21),
        value: key,
        valueSpan: span(4, valueColumn, 4, valueColumn + key.length + 2),
        raw: `"${key}"`,
        meta: { required: true }
      },
      {
        ...common,
        path: ['env', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(5, 5, 5, 15),
        value: 'https://api.example.com',
        valueSpan: span(5, 17, 5, 42),
        raw: '"https://api.example.com"'
      },
      {
        ...common,
        path: ['env', 'CODE'],
        key: 'CODE',
        keySpan: span(6, 5, 6, 11),
        meta: { generator: 'secret' }
      }
    ])
  })

  it('gives no entries for app.json files without env (Expo)', () => {
    expect(parse('{"expo": {"name": "app", "slug": "app"}}')).toEqual({ entries: [], diagnostics: [] })
  })

  it('reports settings of the wrong type and keeps the rest', () => {
    const { entries, diagnostics } = parse('{"env": {"PORT": 5000, "A": {"value": false}, "B": "ok"}}')
    expect(entries.map((e) => e.key)).toEqual(['B'])
    expect(diagnostics).toEqual([
      { message: '`env.PORT` must be a string or an object, not number', span: span(1, 18, 1, 22) },
      { message: '`env.A.value` must be a string, not boolean', span: span(1, 39, 1, 44) }
    ])
    expect(parse('{"env": ["A"]}').diagnostics).toEqual([{ message: '`env` must be an object', span: span(1, 9, 1, 14) }])
  })

  it('reports malformed JSON and never throws', () => {
    expect(parse('{"env": {"A": "1"')).toMatchObject({
      entries: [{ key: 'A', value: '1' }],
      diagnostics: [{ message: 'invalid JSON: close brace expected', span: span(1, 18, 1, 18) }]
    })
    for (const text of ['', '}', '{"env": {"A": {"value": }}}', '{"env": {"A": {"value"']) expect(() => parse(text)).not.toThrow()
  })
})
