import { describe, it, expect } from '@jest/globals'
import { isScalar, type Scalar } from 'yaml'
import {
  field,
  fields,
  items,
  mapEntries,
  namedEntries,
  parseYaml,
  scalarString,
  scalarValue,
  spanInValue,
  spanOf,
  stringAt,
  valueOffsets,
  type YamlSource
} from '../../src/sources/yaml.js'
import { span } from './span-helper.js'

const load = (text: string) => parseYaml({ path: 'x.yml', text })
const root = (src: YamlSource) => src.doc.contents

/** The file text under the span `valueOffsets` gives for value characters [from, to). */
function textAt(src: YamlSource, scalar: Scalar, from: number, to: number): string {
  const s = spanInValue(src, valueOffsets(src, scalar), from, to)
  return src.text.slice(src.lines.offset(s.start), src.lines.offset(s.end))
}

function scalarAt(src: YamlSource, key: string): Scalar {
  const node = field(src, root(src), key)?.value
  if (!isScalar(node)) throw new Error(`no scalar at ${key}`)
  return node
}

describe('parseYaml', () => {
  it('reads a valid file without diagnostics', () => {
    const src = load('a: 1\n')
    expect(src.diagnostics).toEqual([])
    expect(stringAt(src, field(src, root(src), 'a')?.value)).toBe('1')
  })

  it('reports a syntax error at its position and keeps what it could read', () => {
    const src = load('a: [1\nb: 2\n')
    expect(src.diagnostics).toEqual([
      { message: 'Flow sequence in block collection must be sufficiently indented and end with a ]', span: span(2, 1, 2, 2) }
    ])
    expect(stringAt(src, field(src, root(src), 'b')?.value)).toBe('2')
  })

  it('reports duplicate keys, in order with the syntax errors', () => {
    const src = load('a: 1\na: 2\n')
    expect(src.diagnostics.map((d) => d.message)).toEqual(['Map keys must be unique'])
    expect(src.diagnostics[0]!.span).toEqual(span(2, 1, 2, 2))
    const mixed = load('x: [1\nb: {k: 1, k: 2}\n')
    expect(mixed.diagnostics.map((d) => [d.message, d.span.start.line])).toEqual([
      ['Flow sequence in block collection must be sufficiently indented and end with a ]', 2],
      ['Map keys must be unique', 2]
    ])
  })

  it('never throws on arbitrary input', () => {
    for (const text of ['', '{{{', ']]]', ':\n:\n', '- a\nb: c', '\t\tkey: "x', '*undefined', '&a [*a]']) {
      expect(() => load(text)).not.toThrow()
    }
  })

  it('reports an alias without an anchor', () => {
    expect(load('a: 1\nb: *nope\n').diagnostics).toEqual([{ message: 'Unresolved alias *nope: no anchor &nope before it', span: span(2, 4, 2, 9) }])
  })

  it('resolves an alias to the last anchor of its name before it, keys included', () => {
    const src = load('a: &x one\nb: *x\nc: &x two\nd: [*x]\n&k key: *k\ne: *later\nf: &later 1\n')
    const at = (key: string) => field(src, root(src), key)?.value
    expect([stringAt(src, at('b')), items(src, at('d')).map(scalarString), stringAt(src, at('key'))]).toEqual(['one', ['two'], 'key'])
    expect(src.diagnostics.map((d) => d.message)).toEqual(['Unresolved alias *later: no anchor &later before it'])
  })

  it('does not follow aliases that would expand without bound, and says so', () => {
    // "Billion laughs" through merge keys: each level merges the one before ten times (10^20 paths).
    const levels = ['x0: &x0 {K: v}']
    for (let i = 1; i <= 20; i++) levels.push(`x${i}: &x${i}\n  <<: [${Array(10).fill(`*x${i - 1}`).join(', ')}]\n  K${i}: v`)
    const src = load(`${levels.join('\n')}\nuse: *x20\n`)
    expect(fields(src, field(src, root(src), 'use')?.value)).toEqual([])
    expect(src.diagnostics).toEqual([{ message: expect.stringMatching(/^aliases here would expand the file past \d+ nodes/), span: span(3, 8, 3, 11) }])
    // A cycle counts as endless too.
    expect(load('a: &a [1, *a]\n').diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/or into themselves/)])
  })

  // How long this takes at full size is measured by `npm run bench:adversarial`, not asserted here.
  it('reads large mappings and many aliases', () => {
    const services = Array.from({ length: 20_000 }, (_, i) => `  s${i}: *env`).join('\n')
    const src = load(`env: &env {K: v}\nservices:\n${services}\n`)
    const all = fields(src, field(src, root(src), 'services')?.value)
    expect(all.map((s) => fields(src, s.value)[0]?.key)).toEqual(Array(20_000).fill('K'))
    expect(src.diagnostics).toEqual([])
  })

  it('gives the same positions for CRLF as for LF and tolerates a BOM', () => {
    const lf = load('a: 1\nb: two\n')
    const crlf = load('a: 1\r\nb: two\r\n')
    const bom = load('\uFEFFa: 1\nb: two\n')
    const b = (src: YamlSource) => spanOf(src, field(src, root(src), 'b')!.value!)
    expect(b(lf)).toEqual(span(2, 4, 2, 7))
    expect(b(crlf)).toEqual(span(2, 4, 2, 7))
    // The BOM is one UTF-16 unit on line 1 only.
    expect(b(bom)).toEqual(span(2, 4, 2, 7))
    expect(spanOf(bom, field(bom, root(bom), 'a')!.keyNode)).toEqual(span(1, 2, 1, 3))
  })
})

describe('scalarString', () => {
  it('keeps the source text of numbers and booleans and gives undefined for null', () => {
    const src = load('n: 3000\nf: 1.10\nb: true\nh: 0x1F\ne:\nt: ~\nq: "null"\ns: \'\'\nm: {a: 1}\n')
    const value = (key: string) => scalarString(field(src, root(src), key)?.value)
    expect(['n', 'f', 'b', 'h', 'e', 't', 'q', 's', 'm'].map(value)).toEqual(['3000', '1.10', 'true', '0x1F', undefined, undefined, 'null', '', undefined])
  })
})

describe('fields', () => {
  it('applies merge keys: own keys win, earlier merge sources win over later ones', () => {
    const src = load(['a: &a {X: a1, Y: a2}', 'b: &b {Y: b2, Z: b3}', 'c:', '  <<: [*a, *b]', '  X: own', ''].join('\n'))
    const c = fields(src, field(src, root(src), 'c')?.value)
    expect(c.map((f) => [f.key, scalarString(f.value)])).toEqual([
      ['X', 'own'],
      ['Y', 'a2'],
      ['Z', 'b3']
    ])
    // Merged fields keep the positions of the anchor definition.
    expect(spanOf(src, c[1]!.keyNode)).toEqual(span(1, 15, 1, 16))
    expect(spanOf(src, c[2]!.value!)).toEqual(span(2, 18, 2, 20))
  })

  it('follows an alias used as a whole mapping and a single merge source', () => {
    const src = load('base: &base\n  K: v\nuse: *base\nmerged:\n  <<: *base\n')
    expect(fields(src, field(src, root(src), 'use')?.value).map((f) => f.key)).toEqual(['K'])
    expect(fields(src, field(src, root(src), 'merged')?.value).map((f) => f.key)).toEqual(['K'])
  })

  it('merges a mapping reached through several merge sources once', () => {
    const src = load(['c: &c {X: c, Y: c}', 'a: &a {X: a, <<: *c}', 'b: &b {Z: b, <<: *c}', 't:', '  <<: [*a, *b]', ''].join('\n'))
    expect(fields(src, field(src, root(src), 't')?.value).map((f) => [f.key, scalarString(f.value)])).toEqual([
      ['X', 'a'],
      ['Y', 'c'],
      ['Z', 'b']
    ])
  })

  it('survives a mapping that merges itself', () => {
    const src = load('a: &a\n  K: v\n  <<: *a\n')
    expect(fields(src, field(src, root(src), 'a')?.value).map((f) => f.key)).toEqual(['K'])
  })

  it('keeps a key the mapping repeats, and field finds the first of fields for every key', () => {
    const text = ['c: &c {X: c, Y: c, W: c}', 'a: &a {X: a, <<: *c}', 't:', '  <<: [*a, *c]', '  Y: own', '  Y: again', '  <<: {V: v}', '']
    const src = load(text.join('\n'))
    const t = field(src, root(src), 't')?.value
    const all = fields(src, t)
    expect(all.map((f) => [f.key, scalarString(f.value)])).toEqual([
      ['Y', 'own'],
      ['Y', 'again'],
      ['X', 'a'],
      ['W', 'c'],
      ['V', 'v']
    ])
    for (const key of ['X', 'Y', 'W', 'V']) expect(field(src, t, key)).toEqual(all.find((f) => f.key === key))
    expect(field(src, t, 'nope')).toBeUndefined()
  })

  it('gives nothing for scalars, sequences and missing nodes', () => {
    const src = load('s: x\nq: [1]\n')
    expect(fields(src, field(src, root(src), 's')?.value)).toEqual([])
    expect(fields(src, field(src, root(src), 'q')?.value)).toEqual([])
    expect(fields(src, undefined)).toEqual([])
  })
})

describe('items', () => {
  it('resolves aliases inside a sequence', () => {
    const src = load('x: &x one\nlist: [*x, two]\n')
    expect(items(src, field(src, root(src), 'list')?.value).map(scalarString)).toEqual(['one', 'two'])
    expect(items(src, field(src, root(src), 'x')?.value)).toEqual([])
  })
})

describe('scalarValue', () => {
  it('gives value, raw text with quotes, and span', () => {
    const src = load('k: "https://x"  # comment\n')
    expect(scalarValue(src, field(src, root(src), 'k')?.value)).toEqual({ value: 'https://x', raw: '"https://x"', span: span(1, 4, 1, 15) })
  })

  it('gives nothing for null and collections', () => {
    const src = load('n:\nm: {a: 1}\n')
    expect(scalarValue(src, field(src, root(src), 'n')?.value)).toBeUndefined()
    expect(scalarValue(src, field(src, root(src), 'm')?.value)).toBeUndefined()
  })
})

describe('valueOffsets', () => {
  it('maps a literal block exactly, more-indented lines included', () => {
    const src = load('run: |\n  export A=1\n    nested B=2\n  last C=3\nnext: 1\n')
    const run = scalarAt(src, 'run')
    expect(run.value).toBe('export A=1\n  nested B=2\nlast C=3\n')
    const offsets = valueOffsets(src, run)
    expect(spanInValue(src, offsets, 7, 10)).toEqual(span(2, 10, 2, 13))
    expect(spanInValue(src, offsets, 13, 19)).toEqual(span(3, 5, 3, 11))
    expect(textAt(src, run, 20, 23)).toBe('B=2')
    expect(textAt(src, run, 24, 32)).toBe('last C=3')
  })

  it('maps a literal block with CRLF line ends to the same lines and columns', () => {
    const src = load('run: |\r\n  export A=1\r\n  echo B\r\n')
    const run = scalarAt(src, 'run')
    expect(spanInValue(src, valueOffsets(src, run), 16, 17)).toEqual(span(3, 8, 3, 9))
  })

  it('skips a header comment and an explicit indentation indicator', () => {
    const src = load('run: |2 # keep\n   indented\n')
    const run = scalarAt(src, 'run')
    expect(run.value).toBe(' indented\n')
    expect(textAt(src, run, 1, 9)).toBe('indented')
    expect(spanInValue(src, valueOffsets(src, run), 1, 9)).toEqual(span(2, 4, 2, 12))
  })

  it('maps a folded block: the folded line break lands on the line end', () => {
    const src = load('run: >\n  docker run -e A=1\n  -e B=2 img\n\n  echo C\n')
    const run = scalarAt(src, 'run')
    expect(run.value).toBe('docker run -e A=1 -e B=2 img\necho C\n')
    const offsets = valueOffsets(src, run)
    expect(spanInValue(src, offsets, 14, 17)).toEqual(span(2, 17, 2, 20))
    expect(spanInValue(src, offsets, 21, 24)).toEqual(span(3, 6, 3, 9))
    expect(spanInValue(src, offsets, 29, 35)).toEqual(span(5, 3, 5, 9))
  })

  it('maps double-quoted scalars past escapes, and single-quoted past doubled quotes', () => {
    const src = load('d: "A=\\"q\\" B=2"\ns: \'it\'\'s C=3\'\n')
    const d = scalarAt(src, 'd')
    expect(d.value).toBe('A="q" B=2')
    expect(textAt(src, d, 6, 9)).toBe('B=2')
    expect(textAt(src, d, 2, 3)).toBe('"')
    const s = scalarAt(src, 's')
    expect(s.value).toBe("it's C=3")
    expect(textAt(src, s, 5, 8)).toBe('C=3')
  })

  it('maps a multi-line plain scalar folded into one line', () => {
    const src = load('p: first\n  second\n')
    const p = scalarAt(src, 'p')
    expect(p.value).toBe('first second')
    expect(spanInValue(src, valueOffsets(src, p), 6, 12)).toEqual(span(2, 3, 2, 9))
  })

  it('gives an empty span at the end of the value for an empty slice', () => {
    const src = load('k: abc\ne: ""\n')
    expect(spanInValue(src, valueOffsets(src, scalarAt(src, 'k')), 3, 3)).toEqual(span(1, 7, 1, 7))
    expect(spanInValue(src, valueOffsets(src, scalarAt(src, 'e')), 0, 0)).toEqual(span(2, 4, 2, 4))
  })
})

describe('mapEntries and namedEntries', () => {
  it('builds entries with key and value spans, skipping nested collections', () => {
    const src = load('env:\n  A: "x"\n  B:\n  C: [1]\n  D: ${{ secrets.D }}\n')
    const entries = mapEntries(src, field(src, root(src), 'env')?.value, (f) => ({ kind: 'compose', scope: 'x.yml#s', path: ['env', f.key] }))
    expect(entries).toEqual([
      { file: 'x.yml', kind: 'compose', scope: 'x.yml#s', path: ['env', 'A'], key: 'A', keySpan: span(2, 3, 2, 4), value: 'x', valueSpan: span(2, 6, 2, 9), raw: '"x"', form: 'literal' },
      { file: 'x.yml', kind: 'compose', scope: 'x.yml#s', path: ['env', 'B'], key: 'B', keySpan: span(3, 3, 3, 4), form: 'literal' },
      {
        file: 'x.yml',
        kind: 'compose',
        scope: 'x.yml#s',
        path: ['env', 'D'],
        key: 'D',
        keySpan: span(5, 3, 5, 4),
        value: '${{ secrets.D }}',
        valueSpan: span(5, 6, 5, 22),
        raw: '${{ secrets.D }}',
        form: 'reference',
        ref: { context: 'secrets', name: 'D' }
      }
    ])
  })

  it('reads only the named scalar fields, in the order asked', () => {
    const src = load('m: {apiKey: k, extra: 1, apiBase: {nested: 1}, name: n}\n')
    const entries = namedEntries(src, field(src, root(src), 'm')?.value, ['name', 'apiBase', 'apiKey'], (f) => ({ kind: 'continue', scope: 's', path: [f.key], meta: { seen: true } }))
    expect(entries.map((e) => [e.key, e.value, e.meta])).toEqual([
      ['name', 'n', { seen: true }],
      ['apiKey', 'k', { seen: true }]
    ])
  })
})
