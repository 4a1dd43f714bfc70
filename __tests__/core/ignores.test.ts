import { describe, expect, it } from '@jest/globals'
import { findIgnoreDirectives, isIgnored } from '../../src/core/ignores.js'

describe('inline ignore directives', () => {
  const text = [
    '# llm-env-lint-ignore leaked-key',
    'OPENAI_API_KEY=x',
    'BASE_URL=https://x/v1 # llm-env-lint-ignore base-url-path, base-url-format',
    '// llm-env-lint-ignore',
    'see llm-env-lint-ignore in the docs'
  ].join('\r\n')
  const directives = findIgnoreDirectives(text)

  it('reads directives only inside comments, with their rule lists', () => {
    expect(directives).toEqual([
      { line: 1, rules: ['leaked-key'] },
      { line: 3, rules: ['base-url-path', 'base-url-format'] },
      { line: 4, rules: [] }
    ])
  })

  it('applies to its own line and the next one', () => {
    expect(isIgnored(directives, 'leaked-key', 2)).toBe(true)
    expect(isIgnored(directives, 'leaked-key', 3)).toBe(false)
    expect(isIgnored(directives, 'base-url-format', 3)).toBe(true)
    expect(isIgnored(directives, 'anything', 5)).toBe(true)
    expect(isIgnored(directives, 'anything', 6)).toBe(false)
  })
})
