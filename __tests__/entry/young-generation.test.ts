/**
 * V8's young generation held at its size (src/young-generation.ts), counted in V8's own heap statistics, never timed:
 * the module in child processes (compiled with tsc, since a flag set in the test's own process would stay there), and
 * the built CLI and action, which set it once their chunks are loaded. Each child also runs without it, so a test
 * whose workload grew nothing could not pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compile, compileDir } from '../../bench/compile.mjs'
import { holdsYoungGeneration } from '../../src/young-generation.js'
import { BUILT_ENTRIES, runUnderPreload } from './built-entries.js'

const MiB = 1024 * 1024

/** The young generation's size (both halves) in the running process. */
const NEW_SPACE_SIZE = "(await import('node:v8')).getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size"

/** Garbage enough for a few collections, after which both halves of the space are in use (the second is taken at the first). */
const FIRST_COLLECTIONS = 'let last; for (let i = 0; i < 300_000; i++) last = { at: i }; void last'

/** Some 30 MB of small objects kept to the end, as a scan keeps its facts: enough survivors to grow the space. */
const KEEP_SURVIVORS = 'const kept = []; for (let i = 0; i < 400_000; i++) kept.push({ at: i, name: `NAME_${i}` })'

describe('holdsYoungGeneration', () => {
  it('holds it on the V8 of node 20, 22 and 24, where it was measured', () => {
    expect(holdsYoungGeneration('11.3.244.8-node.28')).toBe(true)
    expect(holdsYoungGeneration('12.4.254.21-node.57')).toBe(true)
    expect(holdsYoungGeneration('13.6.233.17-node.63')).toBe(true)
  })

  it('leaves any other V8 alone, which may not know the flag', () => {
    expect(holdsYoungGeneration('10.2.154.26-node.26')).toBe(false)
    expect(holdsYoungGeneration('14.1.146.11-node.1')).toBe(false)
    expect(holdsYoungGeneration('')).toBe(false)
  })
})

describe('the young generation in a process', () => {
  let dir: string

  beforeAll(async () => {
    dir = await compileDir()
    await compile(dir, ['src/young-generation.ts', 'src/discover/read.ts'])
    // A text file just over the size that lets the space grow when streamed, and one well under it.
    writeFileSync(join(dir, 'large.log'), 'a log line with nothing in it\n'.repeat(Math.ceil((32 * MiB + 1) / 30)))
    writeFileSync(join(dir, 'small.log'), 'a log line with nothing in it\n'.repeat(Math.ceil((2 * MiB) / 30)))
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** The space's size before and after keeping the survivors, with `setup` run first; and what the child wrote to stderr. */
  function sizes(setup: string): { before: number; after: number; stderr: string } {
    const script = `import { keepYoungGenerationSmall, letYoungGenerationGrow } from './src/young-generation.js'
import { readRoot, readSource } from './src/discover/read.js'
const stream = (path) => [...readSource(readRoot(${JSON.stringify(dir)}), path, { maxFileSize: 100 * ${MiB}, wholeUpTo: ${MiB} }).chunks].length
${setup}
${FIRST_COLLECTIONS}
const before = ${NEW_SPACE_SIZE}
${KEEP_SURVIVORS}
console.log(JSON.stringify({ before, after: ${NEW_SPACE_SIZE}, kept: kept.length }))`
    const file = join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`)
    writeFileSync(file, script)
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    return { ...(JSON.parse(run.stdout) as { before: number; after: number }), stderr: run.stderr }
  }

  it('grows without it: the workload is one that grows the space', () => {
    const { before, after } = sizes('')
    expect(after).toBeGreaterThanOrEqual(4 * before)
  })

  it('stays at its size once held', () => {
    const { before, after, stderr } = sizes('keepYoungGenerationSmall()')
    expect(after).toBe(before)
    expect(stderr).toBe('')
  })

  it('grows again once let grow (a large file is streamed)', () => {
    const { before, after } = sizes('keepYoungGenerationSmall(); letYoungGenerationGrow()')
    expect(after).toBeGreaterThanOrEqual(4 * before)
  })

  it('grows again once a file over 32 MiB is streamed, not for a smaller one', () => {
    const large = sizes("keepYoungGenerationSmall(); stream('large.log')")
    expect(large.after).toBeGreaterThanOrEqual(4 * large.before)
    const small = sizes("keepYoungGenerationSmall(); stream('small.log')")
    expect(small.after).toBe(small.before)
  })

  it('is left alone on a V8 it was not measured on, and nothing is written to stderr', () => {
    const { before, after, stderr } = sizes("keepYoungGenerationSmall('14.1.146.11-node.1'); letYoungGenerationGrow('14.1.146.11-node.1')")
    expect(after).toBeGreaterThanOrEqual(4 * before)
    expect(stderr).toBe('')
  })
})

describe('the built entry points', () => {
  let dir: string
  let tree: string
  let preload: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'llm-env-lint-young-'))
    tree = join(dir, 'tree')
    // 1,500 small `.env` files: the shape of many small config files whose facts survive to the end of the run.
    for (let i = 0; i < 1500; i++) {
      const app = join(tree, `services/svc-${i % 50}/app-${i}`)
      mkdirSync(app, { recursive: true })
      writeFileSync(join(app, '.env'), `PORT=${3000 + i}\nOPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY=\${OPENAI_API_KEY}\nLOG_LEVEL=info\n`)
    }
    // Records the space's size when the entry sets the flag and at exit; with CONTROL the flag is never set.
    preload = join(dir, 'preload.cjs')
    writeFileSync(
      preload,
      `const v8 = require('node:v8')
const size = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size
const seen = { flags: [] }
const set = v8.setFlagsFromString
v8.setFlagsFromString = (flag) => { seen.flags.push({ flag, size: size() }); if (!process.env.CONTROL) set(flag) }
require('node:module').syncBuiltinESMExports()
process.on('exit', () => { seen.end = size(); require('node:fs').writeFileSync(process.env.SEEN, JSON.stringify(seen)) })
`
    )
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  interface Seen {
    readonly flags: readonly { readonly flag: string; readonly size: number }[]
    readonly end: number
  }

  /** Runs a built entry under the preload; what it saw. */
  const run = (entry: string, args: readonly string[], env: Record<string, string>, control: boolean): Seen =>
    runUnderPreload(entry, args, { dir, preload, env: { ...(control && { CONTROL: '1' }), ...env } })

  it.each(BUILT_ENTRIES)('the %s holds it from when its chunks are loaded to the end of the scan', (_, entry) => {
    const [path, args, env] = entry(dir, tree)
    const held = run(path, args, env, false)
    expect(held.flags.map(({ flag }) => flag)).toEqual(['--semi-space-growth-factor=1'])
    expect(held.end).toBe(held.flags[0]!.size)
    // The same run without the flag grows the space past where the held one stayed.
    const grown = run(path, args, env, true)
    expect(grown.end).toBeGreaterThanOrEqual(2 * held.end)
  })
})
