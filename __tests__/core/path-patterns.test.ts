import { describe, expect, it } from '@jest/globals'
import { anyOf, anyPathOf, matchesPath } from '../../src/core/path-patterns.js'

const TEXTS = ['', 'a', 'abc', 'x/abc', 'ABC', 'a.env', '.env', 'env', 'a|b', 'values.yaml', 'VALUES.YAML', 'x/values.yml', 'b/a']

describe('anyOf', () => {
  it('matches a text exactly where one of its patterns does, whatever their anchors and alternations', () => {
    const patterns = [/^abc$/, /\.env$|^env$/, /(?:^|\/)values\.ya?ml$/, /^a\|b$/]
    const joined = anyOf(patterns)
    for (const text of TEXTS) expect([text, joined.test(text)]).toEqual([text, patterns.some((pattern) => pattern.test(text))])
  })

  it('is case-insensitive when one of its patterns is, which only widens the others', () => {
    const joined = anyOf([/^abc$/, /^values\.yaml$/i])
    expect(joined.flags).toBe('i')
    expect(['ABC', 'VALUES.YAML'].map((text) => joined.test(text))).toEqual([true, true])
    expect(anyOf([/^abc$/]).test('ABC')).toBe(false)
  })

  it('never matches when it joins nothing', () => {
    for (const text of TEXTS) expect(anyOf([]).test(text)).toBe(false)
  })

  it('refuses flags that would make its answers depend on the text before, or change what a pattern means', () => {
    for (const pattern of [/a/g, /a/y, /^a$/m, /a.b/s, /a/u]) expect(() => anyOf([/b/, pattern])).toThrow('flags other than i')
  })
})

describe('matchesPath', () => {
  it('asks the name pattern of the base name and the path pattern of the whole path', () => {
    const patterns = { names: /^\.env$/, paths: /(?:^|\/)app\/constant\.ts$/ }
    expect(['.env', 'deploy/.env', 'app/constant.ts', 'web/app/constant.ts'].map((path) => matchesPath(patterns, path))).toEqual([true, true, true, true])
    expect(['.env/x', 'x.env', 'myapp/constant.ts', 'constant.ts'].map((path) => matchesPath(patterns, path))).toEqual([false, false, false, false])
  })

  it('joins pairs of patterns into one that matches where any pair does', () => {
    const pairs = [{ names: /^a$/, paths: /^x\/b$/ }, { names: /^c$/, paths: /d\/e$/ }]
    const joined = anyPathOf(pairs)
    for (const path of ['a', 'q/a', 'x/b', 'y/x/b', 'c', 'd/e', 'z/d/e', 'b', 'e', 'a/q']) {
      expect([path, matchesPath(joined, path)]).toEqual([path, pairs.some((pair) => matchesPath(pair, path))])
    }
  })
})
