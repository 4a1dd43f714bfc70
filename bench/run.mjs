/**
 * `npm run bench`: every figure of issue 13 as a ratio against its floor, measured in one run, in one table.
 *
 *   node bench/run.mjs [--runs N] [--only PART,…] [--regenerate] [--harness] [--dist DIR]
 *
 * Each part is a module exporting `ratios({ runs })` → `[{ figure, ratio, spread: [min, max], detail, target? }]`:
 * the median ratio of interleaved runs (the tool and its floor in turn, so a change in the machine's load touches
 * both alike), the lowest and highest, a line on what was measured, and optionally the ratio it must not exceed.
 * The parts (PARTS below): the full scan against a minimal Node scanner (this file), the cold start against
 * `node -e 0` (startup.mjs), a one-file pull request against a push scan (pr.mjs), the big-file shapes against their
 * streaming floor (bigfiles.mjs), history scanning against git producing the same diff (history.mjs).
 *
 * The scan tree (about 20,000 files, 150 MB) is generated once and cached under bench/tree/ (git-ignored).
 * Half the tree and a doubled copy are scanned too: peak memory may rise from the half to the whole while
 * V8's young generation grows to its cap, but must stay about the same from the whole to the double.
 * `--harness` scans through a bundle of src/engine/scan.ts instead of the CLI; it is also the fallback when
 * the CLI cannot be built. `--dist DIR` times another build's cold start. MB are 10^6 bytes.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { bundleScanHarness } from './compile.mjs'
import { cachedTree, PLAIN_TREE_ENV, REPO, TREE_DIR } from './generate.mjs'
import { keyRegex } from './key-regex.mjs'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const PROJECT = dirname(BENCH_DIR)
/** Both parts of the tree, each copied twice: twice the files and bytes of REPO. */
const DOUBLE = join(TREE_DIR, 'double')
const CLI = join(PROJECT, 'dist/cli/index.js')
const ACTION = join(PROJECT, 'dist/index.js')
const HARNESS_BUILD = join(TREE_DIR, '.harness')
const GNU_TIME = '/usr/bin/time'
/** The CLI's default cap (src/config/types.ts), given to the harness and the minimal scanner alike. */
const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024

const TARGET_MB_PER_S = 100
/** issue 13: the full scan at most this much above the minimal scanner. */
const TARGET_FULL_SCAN = 1.1
/** "Flat" memory: the doubled tree may peak at most this much above the whole one. */
const FLAT_MEMORY_RATIO = 1.25

/**
 * The parts of the benchmark, in the order they run and print. Each is a module exporting `ratios(options)`; a part
 * that fails is listed as not measured, with its error, and the run exits 1.
 */
const PARTS = [
  { name: 'scan', load: async () => ({ ratios: scanRatios }) },
  { name: 'startup', load: () => import('./startup.mjs') },
  { name: 'pr', load: () => import('./pr.mjs') },
  { name: 'bigfiles', load: () => import('./bigfiles.mjs') },
  { name: 'history', load: () => import('./history.mjs') }
]

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      only: { type: 'string' },
      regenerate: { type: 'boolean' },
      harness: { type: 'boolean' },
      dist: { type: 'string' }
    }
  })
  const runs = Math.max(1, Number(values.runs) || 3)
  const only = values.only?.split(',')
  // Timings on a shared machine mean little without the load they were taken under.
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`)
  const options = { runs, regenerate: values.regenerate ?? false, harness: values.harness ?? false, ...(values.dist && { dist: resolve(values.dist) }) }
  const rows = []
  for (const part of PARTS.filter((p) => !only || only.includes(p.name))) {
    console.log(`\n[${part.name}]`)
    try {
      const { ratios } = await part.load()
      rows.push(...(await ratios(options)))
    } catch (error) {
      console.log(`failed: ${error?.stack ?? error}`)
      rows.push({ figure: `${part.name}: not measured`, detail: String(error?.message ?? error).split('\n')[0] })
      process.exitCode = 1
    }
  }
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end\n`)
  printTable(rows)
}

/** One line per figure: the median ratio, its spread over the runs, the target when there is one, and the detail. */
function printTable(rows) {
  const cells = rows.map((row) => [
    row.figure,
    row.ratio === undefined ? '–' : `x${row.ratio.toFixed(2)}`,
    row.spread ? `x${row.spread[0].toFixed(2)}–x${row.spread[1].toFixed(2)}` : '',
    row.target === undefined || row.ratio === undefined ? '' : `<= x${row.target} ${verdict(row.ratio <= row.target)}`,
    row.detail ?? ''
  ])
  const header = ['figure', 'median', 'spread', 'target', 'detail']
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => cell[i].length)))
  const line = (cell) => cell.map((text, i) => (i === cell.length - 1 ? text : text.padEnd(widths[i]))).join('  ')
  console.log(line(header))
  console.log(line(widths.map((width, i) => '-'.repeat(i === widths.length - 1 ? header[i].length : width))))
  for (const cell of cells) console.log(line(cell))
}

/** The full scan with the built CLI against the minimal Node scanner, and memory from the half to the double tree. */
async function scanRatios({ runs, regenerate, harness }) {
  const manifest = cachedTree({ regenerate })
  const scanner = harness ? harnessScanner() : (cliScanner() ?? harnessScanner())
  console.log(`tree: ${count(manifest.total.files)} files, ${mb(manifest.total.bytes)} MB in ${relative(PROJECT, REPO)}/`)
  console.log(`scanner: ${scanner.name}; ${runs} run(s) each, median shown; peak RSS via ${existsSync(GNU_TIME) ? GNU_TIME + ' -v' : 'process.resourceUsage()'}`)

  // The scanner and the floor, interleaved, so a change in the machine's load touches both alike.
  const floor = () => {
    const run = timed([join(BENCH_DIR, 'minimal.mjs'), REPO, String(DEFAULT_MAX_FILE_SIZE)])
    if (run.status !== 0) throw new Error(`the minimal scanner failed: ${run.stderr}`)
    return run
  }
  // The floor's regex is the scan's own, derived from the registry now (bench/key-regex.mjs), outside the timings.
  const keys = await keyRegex()
  console.log(`key regex: the catalog's combined regex of the formats found anywhere (${keys.source.length} characters)`)
  const pairs = Array.from({ length: runs }, () => [scanner.scan(REPO), floor()])
  const full = medianOf(pairs.map(([tool]) => tool))
  const minimal = medianOf(pairs.map(([, bare]) => bare))
  const halves = Array.from({ length: runs }, () => scanner.scan(join(REPO, 'part-a')))
  const doubles = Array.from({ length: runs }, () => scanner.scan(doubledTree()))
  const [half, double] = [halves, doubles].map(medianOf)
  report('full scan', full, manifest.total)
  report('minimal scanner (walk, one read per file, the combined key regex)', { ...minimal, findings: JSON.parse(minimal.stdout).matches }, manifest.total)
  report('half scan', half, manifest.parts['part-a'])
  const { 'part-a': a, 'part-b': b } = manifest.parts
  report('double scan', double, { files: 2 * (a.files + b.files), bytes: 2 * (a.bytes + b.bytes) })

  const mbPerS = manifest.total.bytes / 1e6 / full.seconds
  const scanRatiosOfRuns = pairs.map(([tool, bare]) => tool.seconds / bare.seconds)
  // Peak memory moves by several MB from run to run: each tree's median over its runs, and the ratios of the runs in turn.
  const wholes = pairs.map(([tool]) => tool)
  const [halfRss, wholeRss, doubleRss] = [halves, wholes, doubles].map(medianRss)
  const growths = doubles.map((run, i) => run.peakRssKb / wholes[i].peakRssKb)
  const cpuRatios = pairs.every(([tool, bare]) => tool.cpuSeconds && bare.cpuSeconds) ? ratioOf(pairs.map(([tool, bare]) => tool.cpuSeconds / bare.cpuSeconds)) : undefined
  const cpuDetail = cpuRatios ? `; CPU time x${cpuRatios.ratio.toFixed(2)} (x${cpuRatios.spread[0].toFixed(2)}–x${cpuRatios.spread[1].toFixed(2)})` : ''
  return [
    {
      figure: 'full scan / minimal Node scanner',
      ...ratioOf(scanRatiosOfRuns),
      target: TARGET_FULL_SCAN,
      detail: `${full.seconds.toFixed(2)} s vs ${minimal.seconds.toFixed(2)} s; ${mbPerS.toFixed(1)} MB/s (target >= ${TARGET_MB_PER_S} ${verdict(mbPerS >= TARGET_MB_PER_S)})${cpuDetail}`
    },
    {
      figure: 'peak memory: double tree / whole tree',
      ...ratioOf(growths),
      target: FLAT_MEMORY_RATIO,
      detail: `${mb(doubleRss * 1024)} MB vs ${mb(wholeRss * 1024)} MB (${mb(halfRss * 1024)} MB for half), medians of ${runs} runs each: memory that does not grow with the tree`
    }
  ]
}

/** Copies both parts of the tree twice, once; the copy is cached beside the tree. */
function doubledTree() {
  if (!existsSync(join(DOUBLE, 'd'))) {
    rmSync(DOUBLE, { recursive: true, force: true })
    for (const [copy, part] of [['a', 'part-a'], ['b', 'part-b'], ['c', 'part-a'], ['d', 'part-b']]) {
      cpSync(join(REPO, part), join(DOUBLE, copy), { recursive: true })
    }
  }
  return DOUBLE
}

/** Scans with the built CLI (`--format json`), building it first when dist/ lacks it. */
function cliScanner() {
  if (!existsSync(CLI) || !existsSync(ACTION)) build()
  if (!existsSync(CLI)) {
    console.log('the CLI could not be built: falling back to the scanRepository harness')
    return undefined
  }
  return {
    name: `node ${relative(PROJECT, CLI)} <tree> --format json`,
    scan: (root) => {
      const run = timed([CLI, root, '--format', 'json'])
      if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited with ${run.status}: ${run.stderr}`)
      return { ...run, findings: JSON.parse(run.stdout).findings.length }
    }
  }
}

/** Scans through scanRepository, bundled from src/engine/scan.ts with ncc into bench/tree/.harness/. */
function harnessScanner() {
  const bundle = bundleScanHarness(HARNESS_BUILD)
  return {
    name: 'scanRepository (src/engine/scan.ts bundled with ncc)',
    scan: (root) => {
      const run = timed([join(BENCH_DIR, 'harness.mjs'), bundle, root, String(DEFAULT_MAX_FILE_SIZE)])
      if (run.status !== 0) throw new Error(`the harness failed: ${run.stderr}`)
      return { ...run, findings: JSON.parse(run.stdout).findings }
    }
  }
}

function build() {
  console.log('dist/ is incomplete: npm run build …')
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: PROJECT, stdio: 'inherit' })
  if (result.status !== 0) console.log(`npm run build failed (exit ${result.status})`)
}

/**
 * Runs `node <args>` and measures wall time and peak resident memory (kB): with GNU time when
 * installed, else with a preloaded probe that writes `process.resourceUsage().maxRSS` on exit.
 */
function timed(args, env = PLAIN_TREE_ENV) {
  const useGnuTime = existsSync(GNU_TIME)
  const probeFile = join(TREE_DIR, '.rss')
  const command = useGnuTime ? GNU_TIME : process.execPath
  const fullArgs = useGnuTime ? ['-v', process.execPath, ...args] : ['--import', join(BENCH_DIR, 'rss-probe.mjs'), ...args]
  const started = performance.now()
  const result = spawnSync(command, fullArgs, {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: useGnuTime ? env : { ...env, BENCH_RSS_FILE: probeFile }
  })
  const seconds = (performance.now() - started) / 1000
  const peakRssKb = useGnuTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1])
    : Number(readFileSync(probeFile, 'utf8'))
  // CPU time (user + system) moves less than wall time with the load of a shared machine; GNU time only.
  const cpu = useGnuTime ? ['User', 'System'].map((kind) => Number(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr)?.[1])) : []
  const cpuSeconds = cpu.length === 2 && cpu.every(Number.isFinite) ? cpu[0] + cpu[1] : undefined
  return { seconds, cpuSeconds, peakRssKb, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Runs `run` `runs` times and keeps the run with the median time. */
/** The median peak resident memory (kB) of some runs. */
function medianRss(results) {
  const sorted = results.map((run) => run.peakRssKb).sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** The run with the median time. */
function medianOf(results) {
  return [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)]
}

function report(label, run, size) {
  console.log(
    `${label}  ${run.seconds.toFixed(2)} s: ${(size.bytes / 1e6 / run.seconds).toFixed(1)} MB/s, ` +
      `${count(Math.round(size.files / run.seconds))} files/s, peak RSS ${mb(run.peakRssKb * 1024)} MB, ` +
      `${count(run.findings)} findings (${count(size.files)} files, ${mb(size.bytes)} MB)`
  )
}

const mb = (bytes) => (bytes / 1e6).toFixed(1)
const count = (n) => n.toLocaleString('en-US')
const verdict = (ok) => (ok ? 'ok' : 'MISSED')

/** The median of interleaved runs' ratios and their spread (lowest, highest). */
function ratioOf(values) {
  const sorted = [...values].sort((x, y) => x - y)
  return { ratio: sorted[Math.floor(sorted.length / 2)], spread: [sorted[0], sorted.at(-1)] }
}

await main()
