/**
 * The background threads at the lowest priority (src/background-threads.ts), read back with os.getPriority per thread,
 * never timed: the module in child processes (a priority lowered in the test's own process could not be raised
 * again), and the built CLI and action, which lower it first. Each child also runs without it, so a test whose
 * threads were already at the lowest priority could not pass. Linux only: elsewhere the module does nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compile, compileDir } from '../../bench/compile.mjs'
import { BUILT_ENTRIES, CLI, runUnderPreload } from './built-entries.js'

const onLinux = existsSync('/proc/self/task')
const describeOnLinux = onLinux ? describe : describe.skip

/** Each thread's priority as `{ main, others: [...] }`, as a child prints it. */
const PRIORITIES = `(() => {
  const { readdirSync } = require('node:fs'), { getPriority } = require('node:os')
  const threads = readdirSync('/proc/self/task').map(Number)
  return { main: getPriority(process.pid), others: threads.filter((thread) => thread !== process.pid).map((thread) => getPriority(thread)) }
})()`

interface Priorities {
  readonly main: number
  readonly others: readonly number[]
}

describeOnLinux('yieldCoresToMainThread in a process', () => {
  let dir: string

  beforeAll(async () => {
    dir = await compileDir()
    await compile(dir, ['src/background-threads.ts'])
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** Runs `setup` in a child, then reports its threads' priorities. */
  function priorities(setup: string): Priorities {
    const script = `import { createRequire } from 'node:module'
import { yieldCoresToMainThread } from './src/background-threads.js'
const require = createRequire(import.meta.url)
${setup}
console.log(JSON.stringify(${PRIORITIES}))`
    const file = join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`)
    writeFileSync(file, script)
    const run = spawnSync(process.execPath, [file], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    return JSON.parse(run.stdout) as Priorities
  }

  it('runs every thread at the normal priority without it', () => {
    const { main, others } = priorities('')
    expect(main).toBe(0)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((priority) => priority === 0)).toBe(true)
  })

  it('lowers every thread but the main one to the lowest priority', () => {
    const { main, others } = priorities('yieldCoresToMainThread()')
    expect(main).toBe(0)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((priority) => priority === 19)).toBe(true)
  })

  it('does nothing where there is no list of threads (not Linux)', () => {
    const { main, others } = priorities(`yieldCoresToMainThread(${JSON.stringify(join(dir, 'no-such-folder'))})`)
    expect(main).toBe(0)
    expect(others.every((priority) => priority === 0)).toBe(true)
  })

  it('does nothing from a worker thread, which would lower the main thread too', () => {
    const { main, others } = priorities(`const { Worker } = await import('node:worker_threads')
await new Promise((done, fail) => {
  const source = "import(" + JSON.stringify(new URL('./src/background-threads.js', import.meta.url).href) + ").then(({ yieldCoresToMainThread }) => yieldCoresToMainThread())"
  new Worker(source, { eval: true }).on('exit', done).on('error', fail)
})`)
    expect(main).toBe(0)
    expect(others.every((priority) => priority === 0)).toBe(true)
  })
})

describeOnLinux('the built entry points', () => {
  let dir: string
  let tree: string
  let preload: string

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'llm-env-lint-threads-'))
    tree = join(dir, 'tree')
    mkdirSync(tree)
    writeFileSync(join(tree, '.env'), 'OPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY=${OPENAI_API_KEY}\n')
    // Records, at exit, the priority of each thread that was running before the entry: V8's, libuv's on node 20.
    preload = join(dir, 'preload.cjs')
    writeFileSync(
      preload,
      `const { readdirSync, writeFileSync } = require('node:fs'), { getPriority } = require('node:os')
const before = readdirSync('/proc/self/task').map(Number).filter((thread) => thread !== process.pid)
process.on('exit', () => writeFileSync(process.env.SEEN, JSON.stringify({ main: getPriority(process.pid), others: before.map((thread) => getPriority(thread)) })))
`
    )
  })

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const run = (entry: string, args: readonly string[], env: Record<string, string>): Priorities => runUnderPreload(entry, args, { dir, preload, env })

  it.each(BUILT_ENTRIES)('the %s runs its background threads at the lowest priority and its main thread at the normal one', (_, entry) => {
    const [path, args, env] = entry(dir, tree)
    const { main, others } = run(path, args, env)
    expect(main).toBe(0)
    expect(others.length).toBeGreaterThan(0)
    expect(others.every((priority) => priority === 19)).toBe(true)
  })

  it('leaves them alone for --version, which answers before any work', () => {
    const { others } = run(CLI, ['--version'], {})
    expect(others.every((priority) => priority === 0)).toBe(true)
  })
})
