import { describe, it, expect } from '@jest/globals'
import { claudeSettingsParser } from '../../src/sources/claude-settings.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = '.claude/settings.json') => claudeSettingsParser.parse({ path, text })

describe('claudeSettingsParser.matches', () => {
  it.each(['.claude/settings.json', '.claude/settings.local.json', 'tools/agent/.claude/settings.json'])('reads %s', (path) =>
    expect(isClaimedBy('claude-settings', path)).toBe(true)
  )
  it.each(['settings.json', '.claude/config.json', 'x.claude/settings.json', '.claude/settings.json.bak', '.vscode/settings.json'])(
    'skips %s',
    (path) => expect(isClaimedBy('claude-settings', path)).toBe(false)
  )
})

describe('claudeSettingsParser.parse', () => {
  it('reads the env object and apiKeyHelper with exact positions', () => {
    const key = fakeKeys.anthropic()
    const text = [
      '{',
      '  "permissions": { "allow": ["Bash(npm test)"] },',
      '  "env": {',
      '    "ANTHROPIC_BASE_URL": "https://api.example.com",',
      `    "ANTHROPIC_AUTH_TOKEN": "${key}"`,
      '  },',
      '  "apiKeyHelper": "~/bin/get-key.sh"',
      '}'
    ].join('\n')
    const { entries, diagnostics } = parse(text, '.claude/settings.local.json')
    expect(diagnostics).toEqual([])
    const common = { file: '.claude/settings.local.json', kind: 'claude-settings', scope: '.claude/settings.local.json', form: 'literal' }
    expect(entries).toEqual([
      {
        ...common,
        path: ['env', 'ANTHROPIC_BASE_URL'],
        key: 'ANTHROPIC_BASE_URL',
        keySpan: span(4, 5, 4, 25),
        value: 'https://api.example.com',
        valueSpan: span(4, 27, 4, 52),
        raw: '"https://api.example.com"'
      },
      {
        ...common,
        path: ['env', 'ANTHROPIC_AUTH_TOKEN'],
        key: 'ANTHROPIC_AUTH_TOKEN',
        keySpan: span(5, 5, 5, 27),
        value: key,
        valueSpan: span(5, 29, 5, 31 + key.length),
        raw: `"${key}"`
      },
      {
        ...common,
        path: ['apiKeyHelper'],
        key: 'apiKeyHelper',
        keySpan: span(7, 3, 7, 17),
        value: '~/bin/get-key.sh',
        valueSpan: span(7, 19, 7, 37),
        raw: '"~/bin/get-key.sh"',
        meta: { command: true }
      }
    ])
  })

  it('reads env values as written: Claude Code expands no ${VAR} there (code.claude.com/docs/en/env-vars)', () => {
    const [entry] = parse('{"env": {"ANTHROPIC_API_KEY": "${ANTHROPIC_API_KEY}"}}').entries
    expect(entry).toMatchObject({ form: 'literal', value: '${ANTHROPIC_API_KEY}' })
    expect(entry).not.toHaveProperty('ref')
  })

  it('reports env values and an apiKeyHelper that are not strings', () => {
    const { entries, diagnostics } = parse('{"env": {"MAX_THINKING_TOKENS": 1024}, "apiKeyHelper": ["sh"]}')
    expect(entries).toEqual([])
    expect(diagnostics).toEqual([
      { message: '`env.MAX_THINKING_TOKENS` must be a string, not number', span: span(1, 33, 1, 37) },
      { message: '`apiKeyHelper` must be a string, not array', span: span(1, 56, 1, 62) }
    ])
  })

  it('reports comments and trailing commas, which Claude Code rejects', () => {
    expect(parse('{\n  "env": {"A": "1",},\n}').diagnostics).toEqual([
      { message: 'invalid JSON: property name expected', span: span(2, 20, 2, 21) }
    ])
    expect(parse('{ /* note */ "env": {} }').diagnostics).toEqual([
      { message: 'invalid JSON: invalid comment token', span: span(1, 3, 1, 13) }
    ])
  })

  it('gives nothing for settings without env or apiKeyHelper, and never throws', () => {
    expect(parse('{"model": "opus"}')).toEqual({ entries: [], diagnostics: [] })
    for (const text of ['', '{', '{"env": ', '{"env": "x"}', '[]', '{"apiKeyHelper": }']) expect(() => parse(text)).not.toThrow()
    expect(parse('{"env": "x"}').diagnostics).toEqual([{ message: '`env` must be an object', span: span(1, 9, 1, 12) }])
  })
})
