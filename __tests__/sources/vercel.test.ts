import { describe, it, expect } from '@jest/globals'
import { vercelParser } from '../../src/sources/vercel.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'vercel.json') => vercelParser.parse({ path, text })

describe('vercelParser.matches', () => {
  it.each(['vercel.json', 'apps/web/vercel.json'])('reads %s', (path) => expect(isClaimedBy('vercel', path)).toBe(true))
  it.each(['vercel.jsonc', 'my-vercel.json', '.vercel/project.json'])('skips %s', (path) => expect(isClaimedBy('vercel', path)).toBe(false))
})

describe('vercelParser.parse', () => {
  it('reads env and build.env with exact positions', () => {
    const key = fakeKeys.openaiProject()
    const text = [
      '{',
      '  "env": {',
      `    "OPENAI_API_KEY": "${key}",`,
      '    "BASE_URL": "https://api.example.com"',
      '  },',
      '  "build": { "env": { "NEXT_PUBLIC_TITLE": "Chat \\u00e9" } },',
      '  "github": { "silent": true }',
      '}'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries).toEqual([
      {
        file: 'vercel.json',
        kind: 'vercel',
        scope: 'vercel.json',
        path: ['env', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(3, 5, 3, 21),
        value: key,
        valueSpan: span(3, 23, 3, 25 + key.length),
        raw: `"${key}"`,
        form: 'literal'
      },
      {
        file: 'vercel.json',
        kind: 'vercel',
        scope: 'vercel.json',
        path: ['env', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(4, 5, 4, 15),
        value: 'https://api.example.com',
        valueSpan: span(4, 17, 4, 42),
        raw: '"https://api.example.com"',
        form: 'literal'
      },
      {
        file: 'vercel.json',
        kind: 'vercel',
        scope: 'vercel.json',
        path: ['build', 'env', 'NEXT_PUBLIC_TITLE'],
        key: 'NEXT_PUBLIC_TITLE',
        keySpan: span(6, 23, 6, 42),
        value: 'Chat é',
        valueSpan: span(6, 44, 6, 57),
        raw: '"Chat \\u00e9"',
        form: 'literal'
      }
    ])
  })

  it('marks @name values as Vercel Secret references', () => {
    const [secret, template] = parse('{"env": {"OPENAI_API_KEY": "@openai-key", "URL": "https://${HOST}/v1"}}').entries
    expect(secret).toMatchObject({
      key: 'OPENAI_API_KEY',
      value: '@openai-key',
      form: 'reference',
      ref: { context: 'vercel', name: 'openai-key' },
      meta: { vercelSecret: true }
    })
    expect(template).toMatchObject({ key: 'URL', form: 'template' })
    expect(template!.meta).toBeUndefined()
  })

  it('reports values that are not strings and keeps the others', () => {
    const { entries, diagnostics } = parse('{"env": {"PORT": 3000, "DEBUG": true, "OK": "1", "LIST": ["a"]}}')
    expect(entries.map((e) => e.key)).toEqual(['OK'])
    expect(diagnostics).toEqual([
      { message: '`env.PORT` must be a string, not number', span: span(1, 18, 1, 22) },
      { message: '`env.DEBUG` must be a string, not boolean', span: span(1, 33, 1, 37) },
      { message: '`env.LIST` must be a string, not array', span: span(1, 58, 1, 63) }
    ])
  })

  it('reports an env that is not an object', () => {
    expect(parse('{"build": {"env": ["A=1"]}}').diagnostics).toEqual([
      { message: '`build.env` must be an object', span: span(1, 19, 1, 26) }
    ])
  })

  it('reports malformed JSON at the error and keeps what it could read', () => {
    const { entries, diagnostics } = parse('{\n  "env": {\n    "BASE_URL": "https://x.example.com",\n  }\n}')
    expect(entries.map((e) => [e.key, e.value])).toEqual([['BASE_URL', 'https://x.example.com']])
    expect(diagnostics).toEqual([{ message: 'invalid JSON: property name expected', span: span(4, 3, 4, 4) }])
  })

  it('rejects comments, as Vercel does', () => {
    expect(parse('{\n  // staging\n  "env": {}\n}').diagnostics).toEqual([
      { message: 'invalid JSON: invalid comment token', span: span(2, 3, 2, 13) }
    ])
  })

  it('reports an empty or truncated file without throwing', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [{ message: 'invalid JSON: value expected', span: span(1, 1, 1, 1) }] })
    expect(parse('{"env": {"A": "unterminated').diagnostics[0]).toEqual({
      message: 'invalid JSON: unexpected end of string',
      span: span(1, 15, 1, 28)
    })
    for (const text of ['[', '{"env":', '"env"', 'null', '{"env": {"A"}}', '{"env": {"A": }}']) expect(() => parse(text)).not.toThrow()
  })

  it('gives the same positions for CRLF and lone CR, and tolerates a BOM', () => {
    const lf = '{\n  "env": {\n    "A": "1"\n  }\n}\n'
    const expected = parse(lf)
    expect(parse(lf.replace(/\n/g, '\r\n'))).toEqual(expected)
    expect(parse(lf.replace(/\n/g, '\r'))).toEqual(expected)
    const bom = parse('\uFEFF{"env": {"A": "1"}}')
    expect(bom.diagnostics).toEqual([])
    expect(bom.entries[0]).toMatchObject({ keySpan: span(1, 11, 1, 14), valueSpan: span(1, 16, 1, 19) })
  })
})
