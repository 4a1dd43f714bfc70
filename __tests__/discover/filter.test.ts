import { describe, it, expect } from '@jest/globals'
import { createIgnoreMatcher, createPathFilter, isAlwaysSkipped } from '../../src/discover/filter.js'

describe('isAlwaysSkipped', () => {
  it.each([
    ['.git/config', true],
    ['sub/.git/HEAD', true],
    ['node_modules/a/index.js', true],
    ['packages/x/node_modules/b.js', true],
    ['.github/workflows/ci.yml', false],
    ['.gitignore', false],
    ['my_node_modules/a.js', false]
  ])('%s → %s', (path, skipped) => {
    expect(isAlwaysSkipped(path)).toBe(skipped)
  })
})

describe('createIgnoreMatcher', () => {
  it('matches folders only for patterns ending in a slash', () => {
    const ignored = createIgnoreMatcher(['build/'])
    expect(ignored('build', true)).toBe(true)
    expect(ignored('build', false)).toBe(false)
    expect(ignored('build/out.js')).toBe(true)
  })

  it('is case-sensitive, like git on Linux', () => {
    expect(createIgnoreMatcher(['Docs/'])('docs/a.md')).toBe(false)
  })
})

describe('createPathFilter', () => {
  it('combines the fixed folders with the config patterns', () => {
    const skipped = createPathFilter(['*.snap'])
    expect(skipped('node_modules/x.js')).toBe(true)
    expect(skipped('a/b.snap')).toBe(true)
    expect(skipped('a/b.ts')).toBe(false)
  })
})
