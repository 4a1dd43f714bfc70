import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { parseBlockYaml } from '../../src/sources/yaml-block.js'
import { generator } from '../helpers/keys.js'

const OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false } as const
const ROOT = join(import.meta.dirname, '../..')

/** Every YAML file the tests and examples hold: fixtures, real-world cases, example repositories. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(path)
    return /\.ya?ml$/.test(entry.name) ? [path] : []
  })
}

/**
 * The first difference between the fast path's nodes and the package's, by what the YAML parsers read: kinds, scalar
 * values with their types, sources, styles, formats and value ranges, keys and items in order. Undefined when the same.
 */
function difference(fast: unknown, slow: unknown, at = '$'): string | undefined {
  if (fast === null || slow === null) return fast === slow ? undefined : `${at}: one is empty`
  if (isScalar(fast) && isScalar(slow)) {
    const show = (value: unknown) => (typeof value === 'symbol' ? `symbol ${value.description}` : `${typeof value} ${String(value)}`)
    const pairs: [string, unknown, unknown][] = [
      ['value', show(fast.value), show(slow.value)],
      ['source', fast.source, slow.source],
      ['type', fast.type, slow.type],
      ['start', fast.range?.[0], slow.range?.[0]],
      ['end', fast.range?.[1], slow.range?.[1]],
      ['format', fast.format, slow.format],
      ['minFractionDigits', fast.minFractionDigits, slow.minFractionDigits]
    ]
    const differing = pairs.find(([, a, b]) => a !== b)
    return differing && `${at}: ${differing[0]} ${JSON.stringify(differing[1])} vs ${JSON.stringify(differing[2])}`
  }
  if (isMap(fast) && isMap(slow)) {
    if (fast.items.length !== slow.items.length) return `${at}: ${fast.items.length} keys vs ${slow.items.length}`
    for (const [i, pair] of fast.items.entries()) {
      const other = slow.items[i]!
      const found = difference(pair.key, other.key, `${at}.key${i}`) ?? difference(pair.value, other.value, `${at}.${String((pair.key as { source?: string }).source)}`)
      if (found) return found
    }
    return undefined
  }
  if (isSeq(fast) && isSeq(slow)) {
    if (fast.items.length !== slow.items.length) return `${at}: ${fast.items.length} items vs ${slow.items.length}`
    for (const [i, item] of fast.items.entries()) {
      const found = difference(item, slow.items[i], `${at}[${i}]`)
      if (found) return found
    }
    return undefined
  }
  return `${at}: ${(fast as Node).constructor.name} vs ${(slow as Node | undefined)?.constructor.name}`
}

/** Whether the fast path, when it takes `text`, gives the package's nodes, and the package sees no error in it. */
function check(text: string): { taken: boolean; problem?: string } {
  const fast = parseBlockYaml(text, OPTIONS)
  if (fast === undefined) return { taken: false }
  const slow = parseDocument(text, OPTIONS)
  const problems = [...slow.errors, ...slow.warnings].map((e) => e.message)
  if (problems.length > 0) return { taken: true, problem: `the package reports ${problems[0]}` }
  const found = difference(fast.contents, slow.contents)
  return found === undefined ? { taken: true } : { taken: true, problem: found }
}

/** Small edits of a YAML text, the kinds that move it in and out of the subset: lines moved, indented, cut; indicators inserted. */
function mutations(text: string, seed: number, count: number): string[] {
  const next = generator(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const inserts = [' ', '  ', '#', ': ', ':', '- ', '-', "'", '"', '|', '|-', '>', '&a ', '*a', '!', '[', '{', '\n', '\n  ', '~', '0x1F', '1.50', 'true', '<<: ', '? ', '---\n', ']', ',', '[a, "b"]', '{}', '\\']
  return Array.from({ length: count }, () => {
    const lines = text.split('\n')
    const line = Math.floor(next() * lines.length)
    switch (Math.floor(next() * 5)) {
      case 0:
        lines.splice(line, 1)
        break
      case 1:
        lines.splice(line, 0, lines[Math.floor(next() * lines.length)]!)
        break
      case 2:
        lines[line] = ' '.repeat(1 + Math.floor(next() * 3)) + lines[line]
        break
      case 3:
        lines[line] = lines[line]!.replace(/^ {1,2}/, '')
        break
      default: {
        const at = Math.floor(next() * (lines[line]!.length + 1))
        lines[line] = lines[line]!.slice(0, at) + pick(inserts) + lines[line]!.slice(at)
      }
    }
    return lines.join('\n')
  })
}

/**
 * Texts built line by line at random indents from the subset's constructs and their edges (scalars of every style and
 * resolved type, keys the subset may refuse, block scalar headers and bodies, comments, blank lines): the combinations of
 * indentation, chomping and line ends that real files seldom hold.
 */
function synthesized(seed: number, count: number): string[] {
  const next = generator(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const keys = ['a', 'b c', '-a', '1', '1.50', 'null', '~', 'true', '<<', 'a:b', 'a#b', '?a', '%a', '@a', '---', 'é']
  const values = ['x', 'x y', 'a#b', 'a #b', 'a:b', 'a: b', '-', '-a', '- a', '0x1F', '1.0', '.inf', '~', 'False', "''", "'it''s'", '""', '"a # b"', '"a"b', '"a" # c', '[]', '[a,]', '[ a , "b" ]', '[-]', '[a]b', '[a] # c', '[a: b]', '{}', '{a}', '|', '|-', '>', '>-', '| # c', '|+', '|2', '# c', '']
  const lines = [() => `${pick(keys)}: ${pick(values)}`, () => `${pick(keys)}:`, () => `- ${pick(values)}`, () => `- ${pick(keys)}: ${pick(values)}`, () => '-', () => '# c', () => '', () => pick(['x', 'y z', '  ', '#', '- a: 1'])]
  return Array.from({ length: count }, () => {
    const text = Array.from({ length: 2 + Math.floor(next() * 8) }, () => ' '.repeat(pick([0, 0, 1, 2, 2, 3, 4])) + pick(lines)()).join('\n')
    return next() < 0.8 ? `${text}\n` : text
  })
}

describe('parseBlockYaml: the same nodes as the yaml package', () => {
  // YAML_CORPUS=<folder> adds every YAML file under it (e.g. repositories of workflows, compose files, manifests).
  const extra = process.env['YAML_CORPUS'] ? yamlFiles(process.env['YAML_CORPUS']) : []
  const corpus = [...yamlFiles(join(ROOT, '__tests__')), ...yamlFiles(join(ROOT, 'examples')), ...extra].map((path) => ({ path, text: readFileSync(path, 'utf8') }))

  it('on every YAML file of the tests and examples, and takes most of them', () => {
    expect(corpus.length).toBeGreaterThan(50)
    const results = corpus.map(({ path, text }) => ({ path, ...check(text) }))
    expect(results.filter((r) => r.problem).map((r) => `${r.path}: ${r.problem}`)).toEqual([])
    // The subset is the common case: a fast path that refused most real files would be dead weight.
    expect(results.filter((r) => r.taken).length).toBeGreaterThan(corpus.length / 2)
  })

  it('on thousands of small edits of them, whenever it takes one', () => {
    let taken = 0
    const problems: string[] = []
    for (const [i, { path, text }] of corpus.entries()) {
      for (const mutated of mutations(text, i + 1, 60)) {
        const result = check(mutated)
        if (result.taken) taken++
        if (result.problem) problems.push(`${path} (mutated): ${result.problem}\n${mutated}`)
      }
    }
    expect(problems.slice(0, 3)).toEqual([])
    expect(taken).toBeGreaterThan(corpus.length * 10)
  })

  it('on thousands of synthesized texts, whenever it takes one', () => {
    const results = synthesized(1, 20_000).map((text) => ({ text, ...check(text) }))
    expect(results.filter((r) => r.problem).slice(0, 3).map((r) => `${r.problem}\n${r.text}`)).toEqual([])
    expect(results.filter((r) => r.taken).length).toBeGreaterThan(1000)
  })

  it.each([
    ['nested mappings and comments', 'a: 1  # one\nb:\n  c: x\n  # between\n  d: "q y"\ne: \'it\'\'s\'\n'],
    ['a sequence under a key, at its indent and further in', 'a:\n- x\n- y: 1\n  z: 2\nb:\n  - ~\n  -\n  - w\n'],
    ['empty values and items', 'a:\nb:   # c\nc:\n  -\n  -   # c\n'],
    ['typed plain scalars, keys too', 'k: 0x1F\nl: 1.10\nm: .inf\nn: TRUE\no: 1e3\n1: a\n~: b\nnull: c\ntrue: d\np: 0o17\nq: -2\n'],
    ['literal and folded blocks with chomping', 'a: |\n  x\n\n  y\n\n\nb: |-\n  x\n  y\nc: >\n  a\n  b\n\n  c\nd: >-\n  a\n'],
    ['empty blocks', 'a: |\nb: >-\nc: |'],
    ['a block scalar at the end without a line break', 'run: |\n  echo "$A" # not a comment\n  exit 0'],
    ['a compact mapping in a sequence with a block scalar', 'steps:\n  - name: x\n    run: |\n      a\n      b\n  - uses: y@v1\n    with:\n      k: v\n'],
    ['values holding colons, hashes and quotes', 'url: http://a:8080/x#frag\nk: a#b\nq: say "hi"\nr: it\'s\n'],
    ['one-line flow sequences and an empty flow mapping', 'a: [main]\nb: [ "no-proxy" ]\nc: []\nd: [\'x\', "y", 1.0, ~,]  # c\ne: {}\nf:\n  - [CMD, "pg_isready -U x"]\n'],
    ['a merge key over a nested mapping', '<<:\n  a: 1\nb: 2\n'],
    ['keys just short of the length limit', `${'k'.repeat(1023)}: 1\na:\n${'k'.repeat(1023)}: 2\n`]
  ])('takes %s', (_, text) => {
    expect(check(text)).toEqual({ taken: true })
  })

  it.each([
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a nested flow collection', 'a: [1, [2]]\n'],
    ['a flow mapping with keys', 'a: {b: 1}\n'],
    ['a flow sequence over lines', 'a: [1,\n  2]\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['an escape in double quotes', 'a: "x\\ty"\n'],
    ['a quoted key', '"a": 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a tab', 'a:\t1\n'],
    ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a mapping in a one-line value (an error)', 'a: b: c\n'],
    ['a dedent to no parent (an error)', '  a: 1\nb: 2\n'],
    ['a key more indented than its siblings (an error)', 'a: 1\n b: 2\n'],
    ['keep chomping', 'a: |+\n  x\n\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a top-level scalar', 'just text\n'],
    // The package counts a key's length up to its `:` from where the node before it ends: here the line break after `a:`.
    ['a key of 1,024 characters after an empty value (an error)', `a:\n${'k'.repeat(1024)}: 1\n`],
    ['a key of 1,024 characters and a space before its `:` (an error)', `${'k'.repeat(1024)} : 1\n`],
    ['a `-` alone in a flow sequence (an error)', 'a: [-]\n'],
    ['collections nested past 100 levels (the package may run out of stack)', Array.from({ length: 101 }, (_, depth) => `${' '.repeat(depth)}a:\n`).join('')]
  ])('leaves %s to the package', (_, text) => {
    expect(parseBlockYaml(text, OPTIONS)).toBeUndefined()
  })

  it('gives no document for a text of comments and blank lines', () => {
    expect(parseBlockYaml('# only\n\n  # comments\n', OPTIONS)).toEqual({ contents: null, errors: [] })
    expect(parseDocument('# only\n\n  # comments\n', OPTIONS).contents).toBeNull()
  })
})
