import { describe, it, expect } from '@jest/globals'
import { codexAuthParser } from '../../src/sources/codex-auth.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string) => codexAuthParser.parse({ path: '.codex/auth.json', text })

describe('codexAuthParser', () => {
  it('matches .codex/auth.json, and codex/auth.json in a dotfiles repository', () => {
    expect(['.codex/auth.json', 'home/.codex/auth.json', 'codex/auth.json', 'auth.json', '.codex/config.toml'].map((path) => isClaimedBy('codex-auth', path))).toEqual([
      true,
      true,
      true,
      false,
      false
    ])
  })

  it('reads OPENAI_API_KEY', () => {
    const key = fakeKeys.openaiProject()
    const { entries, diagnostics } = parse(`{\n  "OPENAI_API_KEY": "${key}",\n  "tokens": null\n}\n`)
    expect(diagnostics).toEqual([])
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'codex-auth', scope: '.codex/auth.json', key: 'OPENAI_API_KEY', value: key, keySpan: span(2, 3, 2, 19) })
    ])
  })

  it('gives nothing for a ChatGPT login (null key), and never throws', () => {
    expect(parse('{ "OPENAI_API_KEY": null, "tokens": { "access_token": "x" } }')).toEqual({ entries: [], diagnostics: [] })
    expect(parse('').diagnostics.map((d) => d.message)).toEqual(['invalid JSON: value expected'])
    expect(parse('[]')).toEqual({ entries: [], diagnostics: [] })
    expect(parse('{ "OPENAI_API_KEY": 42 }').diagnostics.map((d) => d.message)).toEqual(['`OPENAI_API_KEY` must be a string or null, not number'])
    expect(parse('{ "OPENAI_API_KEY": "unterminated').diagnostics).toHaveLength(1)
  })
})
