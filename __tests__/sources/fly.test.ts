import { describe, it, expect } from '@jest/globals'
import { flyParser } from '../../src/sources/fly.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'fly.toml') => flyParser.parse({ path, text })

describe('flyParser.matches', () => {
  it.each(['fly.toml', 'deploy/fly.toml', 'fly.staging.toml', 'fly.prod-eu.toml'])('reads %s', (path) =>
    expect(isClaimedBy('fly', path)).toBe(true)
  )
  it.each(['netlify.toml', 'firefly.toml', 'fly.yaml', 'fly..toml'])('skips %s', (path) => expect(isClaimedBy('fly', path)).toBe(false))
})

describe('flyParser.parse', () => {
  it('reads [env] and [build.args] with exact positions', () => {
    const key = fakeKeys.groq()
    const text = [
      'app = "nextchat"',
      'primary_region = "ams"',
      '',
      '[build]',
      '  image = "yidadaa/chatgpt-next-web:latest"',
      '',
      '[build.args]',
      '  NEXT_PUBLIC_TITLE = "Chat"',
      '',
      '[env]',
      '  PORT = "3000"',
      `  OPENAI_API_KEY = "${key}"`,
      '',
      '[[services]]',
      '  internal_port = 3000'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const common = { file: 'fly.toml', kind: 'fly', scope: 'fly.toml', form: 'literal' }
    expect(entries).toEqual([
      {
        ...common,
        path: ['build', 'args', 'NEXT_PUBLIC_TITLE'],
        key: 'NEXT_PUBLIC_TITLE',
        keySpan: span(8, 3, 8, 20),
        value: 'Chat',
        valueSpan: span(8, 23, 8, 29),
        raw: '"Chat"',
        meta: { buildArg: true }
      },
      { ...common, path: ['env', 'PORT'], key: 'PORT', keySpan: span(11, 3, 11, 7), value: '3000', valueSpan: span(11, 10, 11, 16), raw: '"3000"' },
      {
        ...common,
        path: ['env', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(12, 3, 12, 17),
        value: key,
        valueSpan: span(12, 20, 12, 22 + key.length),
        raw: `"${key}"`
      }
    ])
  })

  it('reads inline-table forms', () => {
    const entries = parse('env = { BASE_URL = "https://api.example.com" }\nbuild = { args = { A = "1" } }\n').entries
    expect(entries.map((e) => [e.path, e.meta])).toEqual([
      [['env', 'BASE_URL'], undefined],
      [['build', 'args', 'A'], { buildArg: true }]
    ])
    expect(entries[0]).toMatchObject({ keySpan: span(1, 9, 1, 17), valueSpan: span(1, 20, 1, 45) })
  })

  it('reports malformed TOML and never throws', () => {
    const { entries, diagnostics } = parse('[env]\nA = "1"\n[env\nB = "2"\n')
    expect(entries.map((e) => e.key)).toEqual(['A'])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.span.start.line).toBe(3)
    for (const text of ['', '[', 'env = ', '[env]\n= "x"', '[env]\nA = [', '\uFEFF']) expect(() => parse(text)).not.toThrow()
  })
})
