/**
 * Scanning in worker threads gives the single-thread result, byte for byte, whatever the workers do.
 *
 * A worker runs real files, not ts-jest's modules, so these tests compile the sources with tsc (bench/compile.mjs)
 * and run the compiled CLI and pool. They count work (files the workers answered for, workers started and gone),
 * never time.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHook } from 'node:async_hooks'
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compile, compileDir } from '../../bench/compile.mjs'
import type { main as Main } from '../../src/cli/main.js'
import type { discoverFiles as DiscoverFiles, readSource as ReadSource } from '../../src/discover/index.js'
import type * as Outcome from '../../src/engine/outcome.js'
import { fileOutcome } from '../../src/engine/outcome.js'
import type { scanInWorkers as ScanInWorkers } from '../../src/engine/workers.js'
import { THREADS_VARIABLE, threadsFor, threadsSetting } from '../../src/engine/workers.js'
import { PARSE_CAP_BYTES } from '../../src/sources/limits.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { loadConfig } from '../../src/config/index.js'
import { configVocabulary } from '../../src/engine/pipeline.js'
import { materializeFixture } from '../helpers/fixture-repo.js'
import { fakeKeys } from '../helpers/keys.js'

const REPOS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'repos')
const fixtures = readdirSync(REPOS)
  .filter((name) => statSync(join(REPOS, name)).isDirectory())
  .sort()

/** Files a worker of the crashing build fails on (see CRASH_FIRST); each holds a key, so losing one would show. */
const CRASH_FILES = { exit: 'aaa/crash-exit.txt', throw: 'zzz/crash-throw.txt' }

/**
 * Registered ahead of the real worker (ESM evaluates imports in order), it sees each batch first: a batch holding a
 * crash file never reaches the real listener, and the worker exits or throws before answering.
 */
const CRASH_FIRST = `import { isMainThread, parentPort } from 'node:worker_threads'
if (!isMainThread) parentPort.addEventListener('message', (event) => {
  const has = (file) => event.data.paths.includes(file)
  if (!has(${JSON.stringify(CRASH_FILES.exit)}) && !has(${JSON.stringify(CRASH_FILES.throw)})) return
  event.stopImmediatePropagation()
  if (has(${JSON.stringify(CRASH_FILES.exit)})) process.exit(7)
  throw new Error('a worker failed on purpose')
})
`

interface Compiled {
  readonly dir: string
  readonly main: typeof Main
  readonly scanInWorkers: typeof ScanInWorkers
  readonly discoverFiles: typeof DiscoverFiles
  readonly readSource: typeof ReadSource
  readonly fileOutcome: typeof Outcome.fileOutcome
  readonly createCatalog: typeof createCatalog
}

async function compiled(dir: string, load: (path: string) => Promise<unknown>): Promise<Compiled> {
  // One at a time: jest's module linker fails on concurrent imports of the same files.
  const modules: unknown[] = []
  for (const path of ['src/cli/main.js', 'src/engine/workers.js', 'src/discover/index.js', 'src/engine/outcome.js', 'src/providers/catalog.js']) modules.push(await load(path))
  const [cli, workers, discover, outcome, catalog] = modules as [{ main: typeof Main }, { scanInWorkers: typeof ScanInWorkers }, { discoverFiles: typeof DiscoverFiles; readSource: typeof ReadSource }, typeof Outcome, { createCatalog: typeof createCatalog }]
  return { dir, main: cli.main, scanInWorkers: workers.scanInWorkers, ...discover, fileOutcome: outcome.fileOutcome, createCatalog: catalog.createCatalog }
}

let clean: Compiled
/** The same build, with CRASH_FIRST ahead of the worker module. */
let crashing: Compiled
const cleanups: (() => void)[] = []

beforeAll(async () => {
  const dir = await compileDir()
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  clean = await compiled(dir, await compile(dir, ['src/cli/main.ts', 'src/engine/scan-worker.ts', 'src/cli.ts', 'src/index.ts']))
  const crashDir = await compileDir()
  cleanups.push(() => rmSync(crashDir, { recursive: true, force: true }))
  cpSync(dir, crashDir, { recursive: true })
  const engine = join(crashDir, 'src', 'engine')
  renameSync(join(engine, 'scan-worker.js'), join(engine, 'scan-worker-real.js'))
  writeFileSync(join(engine, 'crash-first.js'), CRASH_FIRST)
  writeFileSync(join(engine, 'scan-worker.js'), `import './crash-first.js'\nexport * from './scan-worker-real.js'\n`)
  crashing = await compiled(crashDir, (path) => import(pathToFileURL(join(crashDir, path)).href))
}, 300_000)

afterAll(() => cleanups.forEach((cleanup) => cleanup()))

/** The compiled CLI's JSON report of `root` with `threads` threads (set as users set it: the environment). */
async function report(build: Compiled, root: string, threads: number, extra: readonly string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const before = process.env[THREADS_VARIABLE]
  process.env[THREADS_VARIABLE] = String(threads)
  try {
    const code = await build.main(['--format', 'json', ...extra, root], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: root,
      env: {}
    })
    return { code, stdout, stderr }
  } finally {
    if (before === undefined) delete process.env[THREADS_VARIABLE]
    else process.env[THREADS_VARIABLE] = before
  }
}

/**
 * A repository of ~700 files of every kind the scan treats apart: code and docs with keys, env files, compose files
 * with env_file, a workflow, binaries, a file over the size cap, a UTF-16 file, a 2 MB file (streamed, over the parse cap), a
 * key of a provider from the config (the workers build their catalog from it), gitignored env files, and the crash
 * files.
 */
function generatedTree(): { root: string; cleanup: () => void } {
  const { root, cleanup } = materializeFixture(join(REPOS, 'leaked-key'))
  const write = (path: string, content: string | Buffer): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  const gatewayKey = (i: number): string => `mg-${fakeKeys.opaque(`mg${i}`, 32)}`
  write('.llm-env-lint.yml', [
    'maxFileSize: 3MiB',
    'providers:',
    '  - id: my-gateway',
    '    name: My gateway',
    '    apiHosts: [llm.example.com]',
    '    apiRoot: https://llm.example.com/v1',
    '    nonApiHosts: []',
    "    keyFormats: [{ id: my-gateway, pattern: 'mg-[A-Za-z0-9]{32}', confidence: unique }]",
    ''
  ].join('\n'))
  for (let i = 0; i < 400; i++) {
    const lines = Array.from({ length: 30 + (i % 17) }, (_, n) => `export const value${n} = ${JSON.stringify(`line ${n} of module ${i}`)}`)
    if (i % 37 === 0) lines.push(`const key = '${fakeKeys.openaiProject(String(i))}'`)
    if (i % 53 === 0) lines.push(`const gateway = '${gatewayKey(i)}' // llm-env-lint-ignore`)
    if (i % 41 === 0) lines.push('const base = process.env.OPENAI_BASE_URL')
    write(`src/pkg${i % 9}/module${i}.ts`, `${lines.join('\n')}\n`)
  }
  for (let i = 0; i < 60; i++) {
    write(`apps/app${i}/.env`, `BASE_URL=${i % 3 === 0 ? 'https://api.openai.com/v1/chat/completions' : 'https://api.openai.com/v1'}\nOPENAI_API_KEY=${i % 4 === 0 ? fakeKeys.gateway(String(i)) : '${OPENAI_API_KEY}'}\n`)
    write(`apps/app${i}/docker-compose.yml`, `services:\n  web:\n    image: yidadaa/chatgpt-next-web\n    env_file: .env\n    environment:\n      - BASE_URL=https://llm.example.com${i % 2 ? '/v1' : ''}\n`)
  }
  // Read only with --include-ignored, then marked as not committed.
  write('.gitignore', '.env.local\n')
  for (let i = 0; i < 60; i += 6) write(`apps/app${i}/.env.local`, `OPENAI_API_KEY=${fakeKeys.openaiProject(`local${i}`)}\n`)
  for (let i = 0; i < 80; i++) write(`docs/page${i}.md`, `# Page ${i}\n\nSet \`OPENAI_API_KEY\`${i % 20 === 0 ? ` to ${fakeKeys.anthropic(String(i))}` : ''}.\n`)
  for (let i = 0; i < 40; i++) write(`assets/blob${i}.bin`, Buffer.from(Array.from({ length: 3000 }, (_, n) => (n * (i + 7)) % 256)))
  write('.github/workflows/deploy.yml', 'on: pull_request_target\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { ref: "${{ github.event.pull_request.head.sha }}" }\n      - run: echo ${{ secrets.OPENAI_API_KEY }}\n')
  write('data/too-large.txt', 'x'.repeat(3 * 1024 * 1024 + 1))
  write('data/large.txt', `${'filler line\n'.repeat(170_000)}${fakeKeys.groq('big')}\n`)
  write('notes/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`OPENAI_API_KEY=${fakeKeys.openaiLegacy('w')}\n`, 'utf16le')]))
  write('config/broken.yml', 'services:\n  web: [unclosed\n')
  for (const file of Object.values(CRASH_FILES)) write(file, `token: ${gatewayKey(file.length)} ${fakeKeys.openaiProject(file)}\n`)
  return { root, cleanup }
}

describe('the worker pool, compiled', () => {
  it('reports every fixture repository byte for byte as one thread does', async () => {
    for (const name of fixtures) {
      const { root, cleanup } = materializeFixture(join(REPOS, name))
      try {
        // Two threads: each fixture is small, and starting workers is what costs; the generated tree below has three.
        const one = await report(clean, root, 1)
        const two = await report(clean, root, 2)
        expect({ name, ...two }).toEqual({ name, ...one })
      } finally {
        cleanup()
      }
    }
  }, 300_000)

  describe('on a generated tree', () => {
    let tree: { root: string; cleanup: () => void }
    beforeAll(() => {
      tree = generatedTree()
    })
    afterAll(() => tree.cleanup())

    it('gives the same JSON report with 1, 2 and 3 threads, and with --include-ignored', async () => {
      const one = await report(clean, tree.root, 1)
      expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(20)
      expect(await report(clean, tree.root, 2)).toEqual(one)
      expect(await report(clean, tree.root, 3)).toEqual(one)
      const withIgnored = await report(clean, tree.root, 1, ['--include-ignored'])
      expect(withIgnored.stdout).toContain('.env.local')
      expect(await report(clean, tree.root, 3, ['--include-ignored'])).toEqual(withIgnored)
    }, 120_000)

    it('has the workers answer for every file, with the outcomes one thread gets, and leaves no worker running', async () => {
      const { files } = await clean.discoverFiles(tree.root, { ignore: [], maxFileSize: 3 * 1024 * 1024 })
      const { providers } = await loadConfig({ root: tree.root, ...configVocabulary() })
      const catalog = clean.createCatalog(providers)
      const alone = files.map((file) => clean.fileOutcome(clean.readSource(tree.root, file.path, { maxFileSize: 3 * 1024 * 1024, wholeUpTo: PARSE_CAP_BYTES }), catalog))
      const { started, live, stop } = watchWorkers()
      const pooled = await clean.scanInWorkers(tree.root, files, { threads: 3, maxFileSize: 3 * 1024 * 1024, providers })
      await gone(live)
      stop()
      expect(pooled.inWorkers).toBe(files.length)
      expect(pooled.outcomes).toEqual(alone)
      expect(alone.some((outcome) => outcome !== null && 'keyHits' in outcome && outcome.keyHits.some((hit) => hit.provider === 'my-gateway'))).toBe(true)
      expect(started()).toBe(3)
      expect(live()).toBe(0)
    }, 120_000)

    it('loses nothing when workers exit or throw: the main thread scans their batches', async () => {
      const { files } = await crashing.discoverFiles(tree.root, { ignore: [], maxFileSize: 3 * 1024 * 1024 })
      const { started, live, stop } = watchWorkers()
      const pooled = await crashing.scanInWorkers(tree.root, files, { threads: 3, maxFileSize: 3 * 1024 * 1024, providers: [] })
      await gone(live)
      stop()
      for (const crashed of Object.values(CRASH_FILES)) expect(pooled.outcomes[files.findIndex((file) => file.path === crashed)]).toBeUndefined()
      expect(pooled.inWorkers).toBeGreaterThan(0)
      expect(pooled.inWorkers).toBeLessThan(files.length)
      expect([started(), live()]).toEqual([3, 0])
      expect(await report(crashing, tree.root, 3)).toEqual(await report(clean, tree.root, 1))
    }, 120_000)

    it('has workers that start an entry point, as a bundle\'s do, serve the pool', async () => {
      const { files } = await clean.discoverFiles(tree.root, { ignore: [], maxFileSize: 3 * 1024 * 1024 })
      for (const entryPoint of ['src/cli.js', 'src/index.js']) {
        const entry = pathToFileURL(join(clean.dir, entryPoint))
        const pooled = await clean.scanInWorkers(tree.root, files, { threads: 2, maxFileSize: 3 * 1024 * 1024, providers: [], entry })
        expect([entryPoint, pooled.inWorkers]).toEqual([entryPoint, files.length])
      }
    }, 120_000)

    it('falls back to the main thread when no worker can start', async () => {
      const { files } = await clean.discoverFiles(tree.root, { ignore: [], maxFileSize: 3 * 1024 * 1024 })
      const entry = pathToFileURL(join(clean.dir, 'no-such-worker.js'))
      const pooled = await clean.scanInWorkers(tree.root, files, { threads: 2, maxFileSize: 3 * 1024 * 1024, providers: [], entry })
      expect(pooled.inWorkers).toBe(0)
      expect(pooled.outcomes.every((outcome) => outcome === undefined)).toBe(true)
    }, 60_000)
  })
})

/** Waits until `live()` is 0: async_hooks reports a worker's end a few event-loop turns after its exit. */
async function gone(live: () => number): Promise<void> {
  for (let turn = 0; turn < 1000 && live() > 0; turn++) await new Promise((resolve) => setImmediate(resolve))
}

/** Counts worker threads started and not yet gone while it watches (async_hooks' WORKER resources). */
function watchWorkers(): { started: () => number; live: () => number; stop: () => void } {
  const live = new Set<number>()
  let started = 0
  const hook = createHook({
    init(id, type) {
      if (type !== 'WORKER') return
      started++
      live.add(id)
    },
    destroy(id) {
      live.delete(id)
    }
  }).enable()
  return { started: () => started, live: () => live.size, stop: () => hook.disable() }
}

describe('fileOutcome', () => {
  const catalog = createCatalog()

  it('keeps nothing of a file that holds nothing for any rule', () => {
    expect(fileOutcome({ path: 'src/a.ts', text: 'export const a = 1\n' }, catalog)).toBeNull()
  })

  it('passes a skipped file on', () => {
    const skipped = { path: 'a.png', reason: 'binary' as const, detail: 'png' }
    expect(fileOutcome(skipped, catalog)).toBe(skipped)
  })

  it('turns a failure of the analysis into a diagnostic on the file, not a lost scan', () => {
    const failing = { ...catalog, scanKeys: () => { throw new Error('scanner bug') } }
    expect(fileOutcome({ path: 'src/a.ts', text: 'x\n' }, failing)).toEqual({
      path: 'src/a.ts',
      kind: 'text',
      entries: [],
      diagnostics: [{ message: 'the scan failed on this file: scanner bug', span: expect.anything() }],
      keyHits: [],
      ignores: [],
      fingerprints: []
    })
  })
})

describe('the thread count', () => {
  it('reads LLM_ENV_LINT_THREADS: a count, or automatic when unset or auto', () => {
    expect(threadsSetting({ [THREADS_VARIABLE]: '3' })).toBe(3)
    expect(threadsSetting({ [THREADS_VARIABLE]: ' 1 ' })).toBe(1)
    expect(threadsSetting({ [THREADS_VARIABLE]: 'auto' })).toBeUndefined()
    expect(threadsSetting({})).toBeUndefined()
    for (const bad of ['0', '-2', '1.5', 'two', '65']) expect(() => threadsSetting({ [THREADS_VARIABLE]: bad })).toThrow(/LLM_ENV_LINT_THREADS must be auto or a whole number from 1 to 64/)
  })

  it('keeps one thread on two cores and on little work, else a worker per core up to 8', () => {
    const files = (count: number) => Array.from({ length: count }, (_, i) => ({ path: `f${i}` }))
    expect(threadsFor(files(20_000), undefined, 2)).toBe(1)
    expect(threadsFor(files(20_000), undefined, 4)).toBe(4)
    expect(threadsFor(files(20_000), undefined, 64)).toBe(8)
    expect(threadsFor(files(2_500), undefined, 4)).toBe(2)
    expect(threadsFor(files(100), undefined, 4)).toBe(1)
    expect(threadsFor(files(100), 3, 2)).toBe(3)
  })
})
