import { describe, it, expect } from '@jest/globals'
import { parse as smolParse } from 'smol-toml'
import { readToml, type TomlPair } from '../../src/sources/toml.js'
import { span } from './span-helper.js'

/** The value smol-toml gives at `path`. */
function smolValueAt(text: string, path: readonly (string | number)[]): unknown {
  let node: unknown = smolParse(text)
  for (const step of path) node = (node as Record<string | number, unknown>)[step]
  return node
}

const summary = (pairs: readonly TomlPair[]) => pairs.map((p) => [p.path.join('.'), p.type, p.value])

describe('readToml', () => {
  it('records keys and values with exact positions', () => {
    const text = ['top = "a"', '', '[build.environment]', '  NODE_VERSION = "20"  # pinned', "  'quoted.key' = 'lit'", 'PORT = 8080'].join('\n')
    const { pairs, diagnostics } = readToml(text)
    expect(diagnostics).toEqual([])
    expect(pairs).toEqual([
      { path: ['top'], keySpan: span(1, 1, 1, 4), valueSpan: span(1, 7, 1, 10), raw: '"a"', type: 'string', value: 'a' },
      {
        path: ['build', 'environment', 'NODE_VERSION'],
        keySpan: span(4, 3, 4, 15),
        valueSpan: span(4, 18, 4, 22),
        raw: '"20"',
        type: 'string',
        value: '20'
      },
      {
        path: ['build', 'environment', 'quoted.key'],
        keySpan: span(5, 3, 5, 15),
        valueSpan: span(5, 18, 5, 23),
        raw: "'lit'",
        type: 'string',
        value: 'lit'
      },
      { path: ['build', 'environment', 'PORT'], keySpan: span(6, 1, 6, 5), valueSpan: span(6, 8, 6, 12), raw: '8080', type: 'scalar', value: '8080' }
    ])
  })

  it('follows dotted keys, inline tables and arrays of tables', () => {
    const text = [
      'a.b . "c" = 1',
      'tbl = { x = "1", y.z = "2", inner = { w = true } }',
      '[[plugins]]',
      'package = "p0"',
      '[[plugins]]',
      'package = "p1"',
      '[plugins.inputs]',
      'k = "v"',
      '[[plugins.rules]]',
      'r = 1',
      '[[plugins]]',
      '[[plugins.rules]]',
      'r = 2',
      'list = [1, [2, 3], { a = "]" }, "x,y"] # tail',
      'when = 1979-05-27 07:32:00Z'
    ].join('\n')
    expect(readToml(text).diagnostics).toEqual([])
    expect(summary(readToml(text).pairs)).toEqual([
      ['a.b.c', 'scalar', '1'],
      ['tbl.x', 'string', '1'],
      ['tbl.y.z', 'string', '2'],
      ['tbl.inner.w', 'scalar', 'true'],
      ['plugins.0.package', 'string', 'p0'],
      ['plugins.1.package', 'string', 'p1'],
      ['plugins.1.inputs.k', 'string', 'v'],
      ['plugins.1.rules.0.r', 'scalar', '1'],
      ['plugins.2.rules.0.r', 'scalar', '2'],
      ['plugins.2.rules.0.list', 'array', undefined],
      ['plugins.2.rules.0.when', 'scalar', '1979-05-27 07:32:00Z']
    ])
    const list = readToml(text).pairs.find((p) => p.path.includes('list'))!
    expect(list.raw).toBe('[1, [2, 3], { a = "]" }, "x,y"]')
  })

  it('spans multi-line strings from delimiter to delimiter', () => {
    const text = 'A = """\nline one\nline two"""\nB = 1\n'
    const [a, b] = readToml(text).pairs
    expect(a).toMatchObject({ value: 'line one\nline two', valueSpan: span(1, 5, 3, 12), raw: '"""\nline one\nline two"""' })
    expect(b).toMatchObject({ path: ['B'], keySpan: span(4, 1, 4, 2) })
  })

  /** Differential test: every decoded string equals smol-toml's value at the same path. */
  const stringFixtures: Record<string, string> = {
    escapes: 'a = "tab\\tquote\\" back\\\\ uni\\u00e9 big\\U0001F600 esc\\e hex\\x41"\nb = \'C:\\\\no\\\\escapes\'',
    multilineBasic: 'a = """\nRoses are red\nViolets are blue"""\nb = """\\\n    The quick \\\n    brown fox"""\nc = """quotes "" inside""""\nd = """x\\\\"""',
    multilineLiteral: "a = '''\nfirst\n  second'''\nb = '''it''s''''\nc = '''\\n stays'''",
    crlf: 'a = """\r\none\r\ntwo"""\r\nb = "x"\r\n[t]\r\nc = \'\'\'\r\nq\r\n\'\'\'\r\n',
    inline: 'env = { A = "1", "B.C" = \'2\', D = """3""" }\n[t]\nx.y = "z"',
    keys: '"" = "empty key"\n"\\u0041" = "unicode key"\n1234 = "numeric key"\n-_- = "dashes"'
  }
  it.each(Object.keys(stringFixtures))('decodes strings as smol-toml does: %s', (name) => {
    const text = stringFixtures[name]!
    const { pairs, diagnostics } = readToml(text)
    expect(diagnostics).toEqual([])
    const strings = pairs.filter((p) => p.type === 'string')
    expect(strings.length).toBeGreaterThan(0)
    // Either may end the lines of a multi-line string as it likes: "TOML parsers should feel free to normalize newline
    // to whatever makes sense for their platform" (https://toml.io/en/v1.0.0#string); smol-toml keeps CRLF, ours LF.
    const lf = (value: unknown) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n') : value)
    for (const pair of strings) expect([pair.path, pair.value]).toEqual([pair.path, lf(smolValueAt(text, pair.path))])
  })

  it('reports smol-toml errors at their line and column and keeps the pairs before them', () => {
    const { pairs, diagnostics } = readToml('A = "1"\nB = \nC = "3"\n')
    expect(summary(pairs)).toEqual([['A', 'string', '1']])
    expect(diagnostics).toEqual([{ message: 'invalid TOML: invalid value', span: span(2, 5, 2, 5) }])
  })

  it('reports a duplicate key where smol-toml finds it', () => {
    const { diagnostics } = readToml('[env]\nA = "1"\nA = "2"\n')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.message).toMatch(/^invalid TOML: /)
    expect(diagnostics[0]!.span.start.line).toBe(3)
  })

  it('handles CRLF, lone CR and a BOM like LF', () => {
    const lf = '[env]\nA = "1"\nB = """x\ny"""\n'
    const expected = readToml(lf)
    const crlf = readToml(lf.replace(/\n/g, '\r\n'))
    expect(crlf.pairs.map((p) => [p.keySpan, p.valueSpan])).toEqual(expected.pairs.map((p) => [p.keySpan, p.valueSpan]))
    const cr = readToml(lf.replace(/\n/g, '\r'))
    expect(cr.diagnostics).toEqual([])
    expect(cr.pairs.map((p) => [p.keySpan, p.valueSpan])).toEqual(expected.pairs.map((p) => [p.keySpan, p.valueSpan]))
    const bom = readToml('\uFEFFA = "1"\nB = \n')
    expect(bom.pairs[0]).toMatchObject({ keySpan: span(1, 2, 1, 3) })
    expect(bom.diagnostics[0]!.span.start).toEqual({ line: 2, column: 5 })
    const bomFirstLine = readToml('\uFEFFA = \n')
    expect(bomFirstLine.diagnostics[0]!.span.start).toEqual({ line: 1, column: 6 })
  })

  it('never throws on broken input', () => {
    const broken = ['[', '[[', '[a', 'a = "', 'a = """', "a = '''", 'a = {', 'a = [1, 2', 'a = { b = ', '= 1', 'a.', '"\\', 'a = "\\q"', '[a]]\nb = {{']
    for (const text of broken) {
      const result = readToml(text)
      expect(result.diagnostics).toHaveLength(1)
    }
  })

  it('reads a key of 64 parts; one of 65, in a header, a pair or an inline table, stops the file before either parser', () => {
    const parts = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`).join('.')
    expect(readToml(`[${parts(64)}]\nk = "v"\n`).pairs).toEqual([expect.objectContaining({ path: [...parts(64).split('.'), 'k'] })])
    for (const text of [`[${parts(65)}]\n`, `[[${parts(65)}]]\n`, `${parts(65)} = 1\n`, `t = { a = 1, ${parts(65)} = 1 }\n`, `"q.q".${parts(64)} = 1`]) {
      const { pairs, diagnostics } = readToml(`A = "1"\n${text}`)
      expect(pairs).toEqual([])
      expect(diagnostics.map((d) => [d.message, d.span.start])).toEqual([[expect.stringContaining('a dotted key of more than 64 parts'), expect.objectContaining({ line: 2 })]])
    }
  })

  it('does not hand a file over 256 KiB to the parsers (the tree keeps about a kilobyte per token)', () => {
    const { pairs, diagnostics } = readToml(`a = [${'1,'.repeat(140_000)}1]\n`)
    expect(pairs).toEqual([])
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('larger than 256 KiB')])
  })

  it('looks for deep keys in one pass over text built to make it read far from each start', () => {
    const MB = 1024 * 1024
    const fill = (unit: string) => unit.repeat(MB / unit.length)
    for (const text of [fill(`,${'a.'.repeat(63)}=`), fill(',"'), `x = "${fill(',"a".')}"`, fill(',' + 'a,'.repeat(500) + '".'), fill('a')]) {
      expect(readToml(text).diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('larger than 256 KiB')])
    }
  })
})
