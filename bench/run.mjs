/**
 * `npm run bench`: times full scans of a large mixed repository with the built CLI and the cold start
 * of the built action on an empty repository, and prints MB/s, files/s and peak memory, and, as ratios of
 * interleaved runs (median and spread), the full scan against a minimal Node scanner (bench/minimal.mjs) and
 * the cold start against `node -e 0`.
 *
 *   node bench/run.mjs [--runs N] [--regenerate] [--harness]
 *
 * The tree (about 20,000 files, 150 MB) is generated once and cached under bench/tree/ (git-ignored).
 * Half the tree and a doubled copy are scanned too. Peak memory may rise from the half to the whole while
 * V8's young generation grows to its cap, but must stay about the same from the whole to the double:
 * memory that does not grow with the repository.
 * `--harness` scans through a bundle of src/engine/scan.ts instead of the CLI; it is also the fallback when
 * the CLI cannot be built. MB are 10^6 bytes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateTree, TREE_VERSION } from './generate.mjs'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const PROJECT = dirname(BENCH_DIR)
const TREE_DIR = join(BENCH_DIR, 'tree')
const REPO = join(TREE_DIR, 'repo')
/** Both parts of the tree, each copied twice: twice the files and bytes of REPO. */
const DOUBLE = join(TREE_DIR, 'double')
const MANIFEST = join(TREE_DIR, 'manifest.json')
const CLI = join(PROJECT, 'dist/cli/index.js')
const ACTION = join(PROJECT, 'dist/index.js')
const HARNESS_BUILD = join(TREE_DIR, '.harness')
const GNU_TIME = '/usr/bin/time'
/** The CLI's default cap (src/config/types.ts), given to the harness and the minimal scanner alike. */
const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024

const TARGET_MB_PER_S = 100
const TARGET_COLD_START_MS = 300
/** "Flat" memory: the doubled tree may peak at most this much above the whole one. */
const FLAT_MEMORY_RATIO = 1.25

function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, regenerate: { type: 'boolean' }, harness: { type: 'boolean' } }
  })
  const runs = Math.max(1, Number(values.runs) || 3)
  const manifest = treeManifest(values.regenerate ?? false)
  const scanner = values.harness ? harnessScanner() : (cliScanner() ?? harnessScanner())
  console.log(`tree: ${count(manifest.total.files)} files, ${mb(manifest.total.bytes)} MB in ${relative(PROJECT, REPO)}/`)
  console.log(`scanner: ${scanner.name}; ${runs} run(s) each, median shown; peak RSS via ${existsSync(GNU_TIME) ? GNU_TIME + ' -v' : 'process.resourceUsage()'}`)
  // Timings on a shared machine mean little without the load they were taken under.
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`)

  // The scanner and the floor, interleaved, so a change in the machine's load touches both alike.
  const floor = () => {
    const run = timed([join(BENCH_DIR, 'minimal.mjs'), REPO, String(DEFAULT_MAX_FILE_SIZE)])
    if (run.status !== 0) throw new Error(`the minimal scanner failed: ${run.stderr}`)
    return run
  }
  const pairs = Array.from({ length: runs }, () => [scanner.scan(REPO), floor()])
  const full = medianOf(pairs.map(([tool]) => tool))
  const minimal = medianOf(pairs.map(([, bare]) => bare))
  const half = medianRun(runs, () => scanner.scan(join(REPO, 'part-a')))
  const double = medianRun(runs, () => scanner.scan(doubledTree()))
  report('full scan', full, manifest.total)
  report('minimal scanner (walk, one read per file, one regex)', { ...minimal, findings: JSON.parse(minimal.stdout).matches }, manifest.total)
  report('half scan', half, manifest.parts['part-a'])
  const { 'part-a': a, 'part-b': b } = manifest.parts
  report('double scan', double, { files: 2 * (a.files + b.files), bytes: 2 * (a.bytes + b.bytes) })

  const cold = coldStart(Math.max(5, runs))
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`)
  const mbPerS = manifest.total.bytes / 1e6 / full.seconds
  const growth = double.peakRssKb / full.peakRssKb
  console.log('')
  console.log(`throughput  ${mbPerS.toFixed(1)} MB/s (target >= ${TARGET_MB_PER_S}) ${verdict(mbPerS >= TARGET_MB_PER_S)}`)
  console.log(`full scan   ${ratioLine(pairs.map(([tool, bare]) => tool.seconds / bare.seconds))} the minimal scanner's time`)
  console.log(
    `memory      peak ${mb(double.peakRssKb * 1024)} MB double vs ${mb(full.peakRssKb * 1024)} MB full (${mb(half.peakRssKb * 1024)} MB half), x${growth.toFixed(2)} ` +
      `(flat: <= x${FLAT_MEMORY_RATIO}) ${verdict(growth <= FLAT_MEMORY_RATIO)}`
  )
  if (cold) {
    console.log(
      `cold start  ${cold.ms.toFixed(0)} ms for the action on an empty repository (node alone: ${cold.nodeMs.toFixed(0)} ms; ` +
        `target < ${TARGET_COLD_START_MS}) ${verdict(cold.ms < TARGET_COLD_START_MS)}`
    )
    console.log(`cold start  ${ratioLine(cold.ratios)} \`node -e 0\` for the action on an empty repository`)
    console.log(`--version   ${ratioLine(cold.versionRatios)} \`node -e 0\` for the CLI`)
  } else {
    console.log(`cold start  not measured: ${relative(PROJECT, ACTION)} is not built`)
  }
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

/** The cached tree's manifest, generating the tree first when it is missing, stale or asked for. */
function treeManifest(regenerate) {
  if (!regenerate && existsSync(MANIFEST)) {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
    if (manifest.version === TREE_VERSION && existsSync(REPO)) return manifest
  }
  console.log(`generating the benchmark tree in ${relative(PROJECT, REPO)}/ (once) …`)
  rmSync(DOUBLE, { recursive: true, force: true })
  const started = performance.now()
  const manifest = generateTree(REPO)
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2))
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return manifest
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
  execFileSync(join(PROJECT, 'node_modules/.bin/ncc'), ['build', 'src/engine/scan.ts', '-o', HARNESS_BUILD, '--quiet', '--transpile-only'], {
    cwd: PROJECT,
    stdio: 'inherit'
  })
  const bundle = join(HARNESS_BUILD, readdirSync(HARNESS_BUILD).find((name) => /^index\.(m?js)$/.test(name)))
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
function timed(args, env = process.env) {
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
  return { seconds, peakRssKb, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Runs `run` `runs` times and keeps the run with the median time. */
function medianRun(runs, run) {
  return medianOf(Array.from({ length: runs }, run))
}

/** The run with the median time. */
function medianOf(results) {
  return [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)]
}

/** Ratios of interleaved runs: the median and the spread (lowest–highest). */
function ratioLine(ratios) {
  const sorted = [...ratios].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return `x${median.toFixed(2)} (x${sorted[0].toFixed(2)}–x${sorted.at(-1).toFixed(2)} over ${sorted.length} runs)`
}

/**
 * The action's cold start: `node dist/index.js` on an empty git repository with the inputs and the
 * GitHub environment files a runner provides. Median of `runs`, next to a bare `node -e 0`.
 */
function coldStart(runs) {
  if (!existsSync(ACTION)) return undefined
  const workspace = mkdtempSync(join(tmpdir(), 'llm-env-lint-bench-'))
  try {
    execFileSync('git', ['init', '--quiet', join(workspace, 'repo')])
    const files = Object.fromEntries(
      ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => {
        const path = join(workspace, name.toLowerCase())
        writeFileSync(path, '')
        return [name, path]
      })
    )
    const event = join(workspace, 'event.json')
    writeFileSync(event, '{}')
    const env = {
      ...withoutGitHubVariables(process.env),
      ...files,
      GITHUB_WORKSPACE: join(workspace, 'repo'),
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'bench/empty',
      RUNNER_TEMP: workspace,
      INPUT_PATH: join(workspace, 'repo'),
      INPUT_CONFIG: '',
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': '',
      'INPUT_GITHUB-TOKEN': '',
      INPUT_COMMENT: 'never'
    }
    // Interleaved: the action, node alone and the CLI's --version in turn, each pair's ratio kept.
    const rounds = Array.from({ length: runs }, () => ({
      action: timed([ACTION], env).seconds,
      node: timed(['-e', '0'], process.env).seconds,
      version: timed([join(PROJECT, 'bin/llm-env-lint.js'), '--version'], process.env).seconds
    }))
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
    return {
      ms: median(rounds.map((r) => r.action)) * 1000,
      nodeMs: median(rounds.map((r) => r.node)) * 1000,
      ratios: rounds.map((r) => r.action / r.node),
      versionRatios: rounds.map((r) => r.version / r.node)
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

const withoutGitHubVariables = (env) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)))

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

main()
