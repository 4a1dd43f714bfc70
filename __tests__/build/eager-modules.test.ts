/**
 * The build's last step (scripts/eager-modules.mjs): ncc's module wrappers become function expressions, which V8
 * compiles in the first parse, except where an arrow and a function would differ.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { eagerModules, rewriteDir } from '../../scripts/eager-modules.mjs'

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A chunk as ncc writes one: a table of wrappers by module id, each called as `modules[id](module, exports, require)`. */
const chunk = (wrappers: readonly string[]): string =>
  `'use strict'\nconst modules = {\n${wrappers.map((w, i) => `/***/ ${100 + i}:\n/***/ ${w}\n\n/***/ })`).join(',\n\n')}\n}\n`

/** What each module of a chunk exports, run as ncc's runtime runs it. */
function exportsOf(text: string): unknown[] {
  const table = new Function(`${text}\nreturn modules`)() as Record<string, (module: object, exports: object) => void>
  return Object.keys(table).map((id) => {
    const module = { exports: {} as Record<string, unknown> }
    table[id]!(module, module.exports)
    return module.exports
  })
}

describe('eagerModules', () => {
  it('turns a wrapper into a function expression and leaves every other character as it was', () => {
    const text = chunk(['((module, exports) => {\nexports.answer = [1, 2].map((n) => n * 21)[1]\n'])
    const result = eagerModules(text)
    expect(result.text).toBe(text.replace('((module, exports) => {', '(function (module, exports) {'))
    expect(result).toMatchObject({ rewritten: 1, kept: 0, lines: [3] })
    expect(exportsOf(result.text)).toEqual(exportsOf(text))
  })

  it('keeps the arrow where the body uses this, arguments or new.target and a function would see its own', () => {
    const usingOwn = [
      '((module) => {\nmodule.exports = { self: typeof this }\n',
      '((module) => {\nconst first = () => arguments.length\nmodule.exports = { first: typeof first }\n',
      '((module) => {\nclass Field { value = this }\nmodule.exports = { field: typeof Field }\n',
      '((module) => {\nmodule.exports = { target: typeof (() => new.target) }\n'
    ]
    const text = chunk(usingOwn)
    expect(eagerModules(text)).toMatchObject({ text, rewritten: 0, kept: usingOwn.length })
  })

  it('rewrites a wrapper whose this and arguments belong to functions inside it', () => {
    const text = chunk([
      '((module) => {\nfunction own() { return [this, arguments.length] }\nclass C { get self() { return this } m() { return arguments } }\n' +
        'module.exports = { own: own.call(7, 1, 2), self: new C().self instanceof C }\n'
    ])
    const result = eagerModules(text)
    expect(result.rewritten).toBe(1)
    expect(exportsOf(result.text)).toEqual([{ own: [7, 2], self: true }])
  })

  it('leaves arrows that are no module wrapper alone', () => {
    const text = [
      "const named = { 'x': ((module) => {\nmodule.exports = 1\n}) }",
      'const table = { 1: ((module) => module), 2: (async (module) => {\nawait 0\n}), 3: (() => {}).call }',
      'const call = ((a, b) => {\nreturn a + b\n})(1, 2)'
    ].join('\n')
    expect(eagerModules(text)).toMatchObject({ text, rewritten: 0, kept: 0 })
  })
})

describe('the build', () => {
  it('ran the step on the committed CLI bundle: no wrapper in dist/cli is left to rewrite', () => {
    const dir = join(PROJECT, 'dist', 'cli')
    const results = readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => eagerModules(readFileSync(join(dir, name), 'utf8')))
    expect(results.reduce((sum, r) => sum + r.rewritten, 0)).toBe(0)
    expect(results.some((r) => r.text.includes('/***/ (function ('))).toBe(true)
  })

  describe('rewriteDir', () => {
    const temp = mkdtempSync(join(tmpdir(), 'eager-modules-'))
    afterAll(() => rmSync(temp, { recursive: true, force: true }))
    const text = chunk(['((module) => {\nmodule.exports = 1\n'])
    const wrapperLine = text.split('\n').findIndex((line) => line.startsWith('/***/ (('))

    it('rewrites a chunk whose source map maps nothing on the wrapper line', () => {
      const dir = mkdtempSync(join(temp, 'unmapped-'))
      writeFileSync(join(dir, '1.index.js'), text)
      writeFileSync(join(dir, '1.index.js.map'), JSON.stringify({ version: 3, mappings: 'AAAA;AACA;;;AACA' }))
      rewriteDir(dir)
      expect(readFileSync(join(dir, '1.index.js'), 'utf8')).toContain('/***/ (function (module) {')
    })

    it('stops, leaving the file as it was, when the map maps the wrapper line', () => {
      const dir = mkdtempSync(join(temp, 'mapped-'))
      writeFileSync(join(dir, '1.index.js'), text)
      const mappings = text.split('\n').map((_, i) => (i === wrapperLine ? 'AAAA' : '')).join(';')
      writeFileSync(join(dir, '1.index.js.map'), JSON.stringify({ version: 3, mappings }))
      expect(() => rewriteDir(dir)).toThrow(/maps line 4, a module wrapper's header/)
      expect(readFileSync(join(dir, '1.index.js'), 'utf8')).toBe(text)
    })
  })
})
