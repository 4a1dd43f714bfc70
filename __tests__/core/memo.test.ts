import { describe, expect, it } from '@jest/globals'
import { interner, memoize } from '../../src/core/memo.js'

describe('interner', () => {
  it('gives back the text it is given, before and after it starts afresh at its limit', () => {
    const intern = interner()
    const texts = Array.from({ length: 25_000 }, (_, i) => `NAME_${i % 12_000}`)
    expect(texts.map((text) => intern(text.slice(0)))).toEqual(texts)
  })
})

describe('memoize', () => {
  it('works a text out once, undefined answers included', () => {
    const asked: string[] = []
    const lookUp = memoize((text: string) => (asked.push(text), text === 'none' ? undefined : text.length))
    expect([lookUp('abc'), lookUp('none'), lookUp('abc'), lookUp('none')]).toEqual([3, undefined, 3, undefined])
    expect(asked).toEqual(['abc', 'none'])
  })
})
