import { describe, it, expect } from '@jest/globals'
import { wranglerParser } from '../../src/sources/wrangler.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string) => wranglerParser.parse({ path: 'wrangler.toml', text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('wranglerParser', () => {
  it('matches wrangler.toml in any folder', () => {
    expect(['wrangler.toml', 'workers/api/wrangler.toml', 'wrangler.json', 'wrangler.toml.bak'].map((path) => isClaimedBy('wrangler', path))).toEqual([true, true, false, false])
  })

  it('reads [vars] in the file scope and [env.<name>.vars] in a scope per environment', () => {
    const text = lines(
      'name = "chat"',
      'main = "src/index.ts"',
      '[vars]',
      'OPENAI_BASE_URL = "https://api.openai.com/v1"',
      'RETRIES = 3',
      '[vars.CONFIG]',
      'nested = "a JSON var, not a string"',
      '[env.staging.vars]',
      "OPENAI_BASE_URL = 'https://staging.example.com/v1'",
      '[env.staging]',
      'name = "chat-staging"'
    )
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value])).toEqual([
      ['wrangler.toml', 'OPENAI_BASE_URL', 'https://api.openai.com/v1'],
      ['wrangler.toml', 'RETRIES', '3'],
      ['wrangler.toml#env.staging', 'OPENAI_BASE_URL', 'https://staging.example.com/v1']
    ])
    expect(entries[0]).toMatchObject({ kind: 'wrangler', path: ['vars', 'OPENAI_BASE_URL'], keySpan: span(4, 1, 4, 16), valueSpan: span(4, 19, 4, 46) })
  })

  it('never throws on bad input', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [] })
    expect(parse('vars = ["a", "b"]\n').entries).toEqual([])
    const broken = parse(lines('[vars]', 'A = "ok"', 'B = "unterminated'))
    expect(broken.entries.map((e) => e.key)).toEqual(['A'])
    expect(broken.diagnostics).toHaveLength(1)
  })
})
