/**
 * Inputs that cost more than their size, against their floor (bench/minimal.mjs on the same tree), as ratios of
 * interleaved runs (median and lowest–highest spread):
 * - a 200 MB log (the cap raised to 256 MiB in its folder's config, the only shape with one), against the minimal
 *   scanner reading it in chunks: it is scanned for keys as a stream, in flat memory;
 * - a 5 MB generated workflow of 12,000 jobs: over the parse cap, so scanned for keys only, with a note;
 * - 5,000 small `.env` files, each parsed: the work per file above reading it.
 *
 *   node bench/bigfiles.mjs [--runs N] [--harness]
 *
 * `ratios({ runs })` is what `npm run bench` prints. The trees are generated once under bench/tree/big/
 * (git-ignored). The scanner is the built CLI (dist/cli/), or with `--harness` (and when the CLI is not built) a
 * bundle of src/engine/scan.ts, so the sources can be measured without a build.
 */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { bundleScanHarness } from './compile.mjs'
import { generator, PLAIN_TREE_ENV } from './generate.mjs'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const PROJECT = dirname(BENCH_DIR)
const BIG = join(BENCH_DIR, 'tree', 'big')
const CLI = join(PROJECT, 'dist/cli/index.js')
const HARNESS_BUILD = join(BENCH_DIR, 'tree', '.harness-big')
const GNU_TIME = '/usr/bin/time'
/** Bump when a shape changes so cached trees are rebuilt. */
const VERSION = 2
const MAX_FILE_SIZE = 256 * 1024 * 1024

const HEX = '0123456789abcdef'
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * The shapes: a folder each, what generates it, and how the floor reads it. Only the log needs a config file (to
 * raise the size cap): reading one is a fixed cost of start-up (zod, the YAML parser), not work per file, and the
 * CLI on an empty folder with and without one shows it apart (`bench/startup.mjs`).
 */
const SHAPES = [
  { figure: '200 MB log', dir: 'log', floorArgs: ['--stream'], write: writeLog, config: 'maxFileSize: 256MiB\n' },
  { figure: '5 MB workflow (12,000 jobs)', dir: 'workflow', floorArgs: [], write: writeWorkflow },
  // issue 13: many small configuration files at most twice the floor.
  { figure: '5,000 .env files', dir: 'envs', floorArgs: [], write: writeEnvFiles, target: 2 }
]

/** Runs each shape's scan and floor `runs` times, interleaved; one row per shape. */
export async function ratios({ runs = 3, harness = false } = {}) {
  ensureTrees()
  const scanner = harness || !existsSync(CLI) ? harnessScanner() : cliScanner()
  return SHAPES.map(({ figure, dir, floorArgs, target }) => {
    const root = join(BIG, dir)
    const pairs = Array.from({ length: Math.max(1, runs) }, () => [scanner.scan(root), floor(root, floorArgs)])
    const sorted = pairs.map(([tool, bare]) => tool.seconds / bare.seconds).sort((a, b) => a - b)
    const middle = (list) => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]
    const tool = middle(pairs.map(([t]) => t))
    const bare = middle(pairs.map(([, b]) => b))
    return {
      figure,
      ...(target !== undefined && { target }),
      ratio: sorted[Math.floor(sorted.length / 2)],
      spread: [sorted[0], sorted.at(-1)],
      detail:
        `${tool.seconds.toFixed(2)} s and ${mb(tool.peakRssKb)} MB peak vs ${bare.seconds.toFixed(2)} s and ${mb(bare.peakRssKb)} MB ` +
        `(${scanner.name}, ${pairs.length} interleaved run${pairs.length === 1 ? '' : 's'}, load average ${loadavg()[0].toFixed(1)})`
    }
  })
}

function floor(root, extra) {
  const run = timed([join(BENCH_DIR, 'minimal.mjs'), root, String(MAX_FILE_SIZE), ...extra])
  if (run.status !== 0) throw new Error(`the minimal scanner failed: ${run.stderr}`)
  return run
}

function cliScanner() {
  return {
    name: 'the CLI',
    scan: (root) => {
      const run = timed([CLI, root, '--format', 'json'])
      if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited with ${run.status}: ${run.stderr}`)
      return run
    }
  }
}

/** scanRepository bundled from src/engine/scan.ts with ncc (the same harness as `bench/run.mjs --harness`). */
function harnessScanner() {
  const bundle = bundleScanHarness(HARNESS_BUILD)
  return {
    name: 'scanRepository bundled from src/',
    scan: (root) => {
      const run = timed([join(BENCH_DIR, 'harness.mjs'), bundle, root, String(MAX_FILE_SIZE)])
      if (run.status !== 0) throw new Error(`the harness failed: ${run.stderr}`)
      return run
    }
  }
}

/** `node <args>`: wall time, and peak resident memory (kB) when GNU time is installed. */
function timed(args) {
  const useGnuTime = existsSync(GNU_TIME)
  const started = performance.now()
  const result = spawnSync(useGnuTime ? GNU_TIME : process.execPath, useGnuTime ? ['-v', process.execPath, ...args] : args, {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: PLAIN_TREE_ENV
  })
  const seconds = (performance.now() - started) / 1000
  const peakRssKb = useGnuTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]) : NaN
  return { seconds, peakRssKb, status: result.status, stderr: result.stderr }
}

/** Generates the trees once (or again when the generator changed). */
function ensureTrees() {
  const stamp = join(BIG, 'version.json')
  if (existsSync(stamp) && JSON.parse(readFileSync(stamp, 'utf8')).version === VERSION) return
  rmSync(BIG, { recursive: true, force: true })
  for (const { dir, write, config } of SHAPES) {
    const root = join(BIG, dir)
    mkdirSync(root, { recursive: true })
    if (config !== undefined) writeFileSync(join(root, '.llm-env-lint.yml'), config)
    write(root, randomOf(VERSION * 1000 + dir.length))
  }
  writeFileSync(stamp, JSON.stringify({ version: VERSION }))
}

function randomOf(seed) {
  const next = generator(seed)
  const int = (max) => Math.floor(next() * max)
  const chars = (length, alphabet) => Array.from({ length }, () => alphabet[int(alphabet.length)]).join('')
  return { int, chars }
}

/** 200 MB of access-log lines, a fake OpenRouter key every 100,000 lines (assembled here, never stored). */
function writeLog(root, r) {
  const fd = openSync(join(root, 'app.log'), 'w')
  try {
    const paths = ['/v1/chat/completions', '/v1/models', '/health', '/v1/embeddings', '/static/app.js']
    let written = 0
    for (let line = 0; written < 200e6; ) {
      const lines = []
      for (let i = 0; i < 10_000; i++, line++) {
        const key = line % 100_000 === 50_000 ? ` key=sk-or-v1-${r.chars(64, HEX)}` : ''
        lines.push(`2026-12-02T07:${String(line % 60).padStart(2, '0')}:00.${String(line % 1000).padStart(3, '0')}Z INFO req=${line} GET ${paths[line % paths.length]} 200 ${r.int(900)}ms ua=bench/1.0${key}`)
      }
      written += writeSync(fd, lines.join('\n') + '\n')
    }
  } finally {
    closeSync(fd)
  }
}

/** A generated workflow: 12,000 jobs, about 5 MB. */
function writeWorkflow(root, r) {
  const jobs = Array.from({ length: 12_000 }, (_, i) =>
    [
      `  shard-${i}:`,
      '    runs-on: ubuntu-latest',
      '    env:',
      '      OPENAI_BASE_URL: https://api.openai.com/v1',
      `      SHARD: "${i}"`,
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: actions/setup-node@v4',
      '        with: { node-version: 20 }',
      `      - run: npm test -- --shard ${i + 1}/12000 --seed ${r.chars(12, ALNUM)}`,
      '        env:',
      '          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}'
    ].join('\n')
  )
  mkdirSync(join(root, '.github/workflows'), { recursive: true })
  writeFileSync(join(root, '.github/workflows/generated.yml'), `name: shards\non: [push]\njobs:\n${jobs.join('\n')}\n`)
}

/** 5,000 `.env` files of a few settings each, 20 to a folder. */
function writeEnvFiles(root, r) {
  for (let i = 0; i < 5000; i++) {
    const dir = join(root, `services/svc-${Math.floor(i / 20)}/app-${i % 20}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, '.env'),
      `# service ${i}\nPORT=${3000 + (i % 100)}\nOPENAI_BASE_URL=https://api.openai.com/v1\nOPENAI_API_KEY=\${OPENAI_API_KEY}\n` +
        `DEFAULT_MODEL=gpt-4o-mini\nDATABASE_URL=postgres://app:${r.chars(16, ALNUM)}@db:5432/app\nLOG_LEVEL=info\n`
    )
  }
}

const mb = (kb) => (Number.isFinite(kb) ? (kb / 1024).toFixed(0) : '?')

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, harness: { type: 'boolean' } } })
  for (const { figure, ratio, spread, detail } of await ratios({ runs: Number(values.runs) || 3, harness: values.harness ?? false })) {
    console.log(`${figure.padEnd(28)} x${ratio.toFixed(2)} (x${spread[0].toFixed(2)}–x${spread[1].toFixed(2)}) its floor: ${detail}`)
  }
}
