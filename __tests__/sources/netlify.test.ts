import { describe, it, expect } from '@jest/globals'
import { netlifyParser } from '../../src/sources/netlify.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'netlify.toml') => netlifyParser.parse({ path, text })

describe('netlifyParser.matches', () => {
  it.each(['netlify.toml', 'site/netlify.toml'])('reads %s', (path) => expect(isClaimedBy('netlify', path)).toBe(true))
  it.each(['netlify.yml', 'my-netlify.toml', 'fly.toml'])('skips %s', (path) => expect(isClaimedBy('netlify', path)).toBe(false))
})

describe('netlifyParser.parse', () => {
  it('reads build and context environments with scopes and exact positions', () => {
    const key = fakeKeys.openrouter()
    const text = [
      '[build]',
      '  command = "npm run build"',
      '',
      '[build.environment]',
      '  BASE_URL = "https://openrouter.ai/api"',
      `  OPENAI_API_KEY = '${key}'`,
      '',
      '[context.production.environment]',
      '  DEFAULT_MODEL = "gpt-4o"',
      '',
      '[context."deploy-preview"]',
      '  environment = { BASE_URL = "https://staging.example.com", CODE = """pw""" }'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const common = { file: 'netlify.toml', kind: 'netlify', form: 'literal' }
    expect(entries).toEqual([
      {
        ...common,
        scope: 'netlify.toml',
        path: ['build', 'environment', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(5, 3, 5, 11),
        value: 'https://openrouter.ai/api',
        valueSpan: span(5, 14, 5, 41),
        raw: '"https://openrouter.ai/api"'
      },
      {
        ...common,
        scope: 'netlify.toml',
        path: ['build', 'environment', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(6, 3, 6, 17),
        value: key,
        valueSpan: span(6, 20, 6, 22 + key.length),
        raw: `'${key}'`
      },
      {
        ...common,
        scope: 'netlify.toml#context.production',
        path: ['context', 'production', 'environment', 'DEFAULT_MODEL'],
        key: 'DEFAULT_MODEL',
        keySpan: span(9, 3, 9, 16),
        value: 'gpt-4o',
        valueSpan: span(9, 19, 9, 27),
        raw: '"gpt-4o"'
      },
      {
        ...common,
        scope: 'netlify.toml#context.deploy-preview',
        path: ['context', 'deploy-preview', 'environment', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(12, 19, 12, 27),
        value: 'https://staging.example.com',
        valueSpan: span(12, 30, 12, 59),
        raw: '"https://staging.example.com"'
      },
      {
        ...common,
        scope: 'netlify.toml#context.deploy-preview',
        path: ['context', 'deploy-preview', 'environment', 'CODE'],
        key: 'CODE',
        keySpan: span(12, 61, 12, 65),
        value: 'pw',
        valueSpan: span(12, 68, 12, 76),
        raw: '"""pw"""'
      }
    ])
  })

  it('reads dotted keys and multi-line strings', () => {
    const text = ['[context.branch-deploy]', 'environment.PROMPT = """', 'You are', 'helpful."""', 'environment.URL = "https://${HOST}/v1"'].join('\n')
    const [prompt, url] = parse(text).entries
    expect(prompt).toMatchObject({
      scope: 'netlify.toml#context.branch-deploy',
      key: 'PROMPT',
      keySpan: span(2, 13, 2, 19),
      value: 'You are\nhelpful.',
      valueSpan: span(2, 22, 4, 12)
    })
    expect(url).toMatchObject({ key: 'URL', form: 'template' })
  })

  it('keeps numbers and booleans as written and reports arrays and nested tables', () => {
    const text = '[build.environment]\nNODE_VERSION = 20\nFLAG = true\nLIST = ["a"]\nNESTED = { X = "1" }\n'
    const { entries, diagnostics } = parse(text)
    expect(entries.map((e) => [e.key, e.value, e.raw])).toEqual([
      ['NODE_VERSION', '20', '20'],
      ['FLAG', 'true', 'true']
    ])
    expect(diagnostics).toEqual([
      { message: '`build.environment.LIST` must be a string', span: span(4, 8, 4, 13) },
      { message: '`build.environment.NESTED` must be a string', span: span(5, 16, 5, 19) }
    ])
  })

  it('ignores environment tables elsewhere', () => {
    expect(parse('[dev]\nenvironment = { A = "1" }\n[[plugins]]\npackage = "x"\n[plugins.inputs]\nenvironment = "y"\n').entries).toEqual([])
  })

  it('reports malformed TOML with smol-toml position and keeps earlier entries', () => {
    const { entries, diagnostics } = parse('[build.environment]\nA = "1"\nB = "unterminated\nC = "3"\n')
    expect(entries.map((e) => e.key)).toEqual(['A'])
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.message).toMatch(/^invalid TOML: /)
    expect(diagnostics[0]!.span.start.line).toBe(3)
  })
})
