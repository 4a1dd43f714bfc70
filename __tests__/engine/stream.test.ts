import { beforeAll, describe, it, expect } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { analyzeFile } from '../../src/engine/analyze.js'
import { PARSE_CAP_BYTES } from '../../src/sources/limits.js'
import { analyzeStream, CONTEXT_CHARS, type StreamStats } from '../../src/engine/stream.js'
import { CHUNK_BYTES, isStreamed, readSource } from '../../src/discover/read.js'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCatalog } from '../../src/providers/catalog.js'
import { fakeKeys } from '../helpers/keys.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const catalog = createCatalog()

/** `bytes` cut at each of `offsets` (byte offsets, in order). */
function cutAt(bytes: Buffer, offsets: readonly number[]): Buffer[] {
  const pieces: Buffer[] = []
  let from = 0
  for (const to of [...offsets, bytes.length]) {
    pieces.push(bytes.subarray(from, to))
    from = to
  }
  return pieces
}

/** `bytes` in pieces of `size`. */
const pieces = (bytes: Buffer, size: number): Buffer[] =>
  cutAt(bytes, Array.from({ length: Math.ceil(bytes.length / size) - 1 }, (_, i) => (i + 1) * size))

/** A log of `lines` filler lines with keys, a key in context, ignore directives and non-ASCII text among them. */
function log(lines: number, newline = '\n'): { text: string; keys: string[] } {
  const keys: string[] = []
  const out: string[] = []
  for (let i = 0; i < lines; i++) {
    if (i % 97 === 5) {
      const key = fakeKeys.anthropic(String(i))
      keys.push(key)
      out.push(`${i} ünïcode 日本 request failed, key=${key} retrying`)
    } else if (i % 131 === 7) {
      const key = fakeKeys.gateway(String(i))
      keys.push(key)
      out.push(`export OPENAI_API_KEY=${key}`)
    } else if (i % 211 === 3) {
      out.push(`# llm-env-lint-ignore leaked-key`)
    } else {
      out.push(`${i} GET /v1/models 200 ${'x'.repeat(i % 50)} — ok`)
    }
  }
  return { text: out.join(newline) + newline, keys }
}

const whole = (path: string, text: string) => analyzeFile({ path, text }, catalog)
const byLine = <T extends { line: number }>(list: readonly T[]) => [...list].sort((a, b) => a.line - b.line)

describe('analyzeStream', () => {
  it.each([
    ['\\n', '\n'],
    ['\\r\\n', '\r\n'],
    ['\\r', '\r']
  ])('finds what a whole read finds, line and column alike, whatever the chunks (%s)', (_name, newline) => {
    const { text, keys } = log(3000, newline)
    const bytes = Buffer.from(text)
    const expected = whole('app.log', text)
    expect(expected.keyHits.length).toBe(keys.length)
    expect(expected.ignores.length).toBeGreaterThan(0)
    for (const size of [1000, 4099, 65536, bytes.length]) {
      const facts = analyzeStream('app.log', pieces(bytes, size), catalog)
      expect(facts.keyHits).toEqual(expected.keyHits)
      expect(byLine(facts.ignores)).toEqual(byLine(expected.ignores))
      expect(facts.kind).toBe('text')
    }
  })

  it('finds keys cut at every place by a chunk boundary: at their start, inside, at their end, inside a character', () => {
    const { text } = log(2000)
    const bytes = Buffer.from(text)
    const expected = whole('app.log', text)
    const offsets = expected.keyHits.flatMap((hit) => {
      const start = Buffer.byteLength(text.slice(0, text.indexOf(hit.token)))
      const end = start + hit.token.length
      // The byte after `ü` (two bytes in UTF-8) on the same line splits a character.
      const character = Buffer.byteLength(text.slice(0, text.lastIndexOf('ü', text.indexOf(hit.token)))) + 1
      return [character, start, start + 1, start + 20, end - 1, end, end + 1]
    })
    const cuts = [...new Set(offsets.filter((o) => o > 0 && o < bytes.length))].sort((a, b) => a - b)
    const facts = analyzeStream('app.log', cutAt(bytes, cuts), catalog)
    expect(facts.keyHits).toEqual(expected.keyHits)
  })

  it('finds a key inside a line longer than the context kept, with its column', () => {
    const key = fakeKeys.groq('long')
    const line = `${'a '.repeat(3 * CONTEXT_CHARS)}token ${key} ${'b '.repeat(3 * CONTEXT_CHARS)}`
    const text = `first\n${line}\nlast ${fakeKeys.openrouter('z')}\n`
    const expected = whole('bundle.min.js', text)
    const stats: StreamStats = { peakWindowChars: 0 }
    const facts = analyzeStream('bundle.min.js', pieces(Buffer.from(text), 5000), catalog, stats)
    // A long line is carried over in parts, not whole.
    expect(stats.peakWindowChars).toBeLessThanOrEqual(5000 + 3 * CONTEXT_CHARS)
    expect(facts.keyHits.map((hit) => [hit.token, hit.span])).toEqual(expected.keyHits.map((hit) => [hit.token, hit.span]))
    expect(facts.keyHits[0]!.span.start).toEqual({ line: 2, column: 3 * 2 * CONTEXT_CHARS + 7 })
  })

  it('holds a chunk and three contexts at most, however large the file', () => {
    const line = Buffer.from(`INFO request served ${'z'.repeat(60)}\n`)
    const chunk = Buffer.concat(Array.from({ length: Math.ceil(CHUNK_BYTES / line.length) }, () => line)).subarray(0, CHUNK_BYTES)
    const key = fakeKeys.openrouter('tail')
    const count = 24
    function* chunks(): Generator<Uint8Array> {
      for (let i = 0; i < count; i++) yield chunk
      yield Buffer.from(`\nlast ${key}\n`)
    }
    const stats: StreamStats = { peakWindowChars: 0 }
    const facts = analyzeStream('server.log', chunks(), catalog, stats)
    expect(stats.peakWindowChars).toBeLessThanOrEqual(CHUNK_BYTES + 3 * CONTEXT_CHARS)
    const lines = (chunk.toString().match(/\n/g)?.length ?? 0) * count + 2
    expect(facts.keyHits.map((hit) => [hit.token, hit.span.start])).toEqual([[key, { line: lines, column: 6 }]])
  })

  it('finds what a whole read finds in a file read from disk in chunks, characters of every width cut anywhere', () => {
    const { text: logText } = log(3000)
    // Four-byte characters (surrogate pairs in the text) on every line, so chunk ends and carried windows fall among them.
    const text = logText.replace(/\n/g, ' 😀𝔘\n').repeat(Math.ceil((2.5 * CHUNK_BYTES) / Buffer.byteLength(logText)))
    const dir = mkdtempSync(join(tmpdir(), 'llm-env-lint-stream-'))
    try {
      writeFileSync(join(dir, 'app.log'), text)
      const source = readSource(dir, 'app.log', { maxFileSize: 8 * CHUNK_BYTES, wholeUpTo: CHUNK_BYTES })
      if (!isStreamed(source)) throw new Error('not streamed')
      const facts = analyzeStream('app.log', source.chunks, catalog)
      const expected = whole('app.log', text)
      expect(expected.keyHits.length).toBeGreaterThan(90)
      expect(facts.keyHits).toEqual(expected.keyHits)
      expect(byLine(facts.ignores)).toEqual(byLine(expected.ignores))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says a file a parser would read was only scanned for keys', () => {
    const facts = analyzeStream('.github/workflows/generated.yml', [Buffer.from('on: push\njobs:\n'), Buffer.from('  a:\n    runs-on: x\n')], catalog)
    expect(facts).toMatchObject({ kind: 'workflow', matchedBy: 'name', entries: [] })
    expect(facts.diagnostics).toEqual([expect.objectContaining({ severity: 'note', message: expect.stringMatching(/^not parsed: .* limit for a full parse, so it was only scanned for keys$/) })])
  })
})

describe('analyzeFile: the parse cap', () => {
  it('does not parse a configuration text over the cap, notes it, and still finds its keys', () => {
    const key = fakeKeys.anthropic('cap')
    const jobs = Array.from({ length: Math.ceil(PARSE_CAP_BYTES / 30) }, (_, i) => `  job-${i}:\n    runs-on: ubuntu-latest\n`).join('')
    const text = `on: push\nenv:\n  ANTHROPIC_API_KEY: ${key}\njobs:\n${jobs}`
    const facts = analyzeFile({ path: '.github/workflows/generated.yml', text }, catalog)
    expect(facts).toMatchObject({ kind: 'workflow', matchedBy: 'name', entries: [] })
    expect(facts.workflow).toBeUndefined()
    expect(facts.diagnostics).toEqual([expect.objectContaining({ severity: 'note', message: expect.stringContaining('1 MiB limit for a full parse') })])
    expect(facts.keyHits.map((hit) => hit.span.start)).toEqual([{ line: 3, column: 22 }])
  })
})
