#!/usr/bin/env node
/**
 * A pull request costs its change: a one-file PR in `scope: changed` against a push scan of the same tree, the
 * generated 20k-file tree (bench/generate.mjs) made a git repository in a temporary folder with a base commit and a
 * head commit that changes one code file (adding a fake key to it). Each run is a fresh `node` process through the
 * sources' scan (compiled with tsc), as the action calls it: the push scan reads every file; the PR scan starts
 * `git diff` and `git log -p` of base..head beside the scan and reads the files the model needs plus the changed one.
 * Runs are interleaved, and the ratio of each pair kept. Also checks that both find the same on the changed file.
 *
 *   node bench/pr.mjs [--runs N]        (`npm run bench` prints the same figure through `ratios`)
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { compile, compileDir } from './compile.mjs'
import { generateTree } from './generate.mjs'

const ENTRY_POINTS = ['src/engine/scan.ts', 'src/discover/git.ts', 'src/discover/history.ts', 'src/config/index.ts']
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test'
}

/** The figure for `npm run bench`: [{ figure, ratio, spread: [min, max], detail }]. */
export async function ratios({ runs = 5 } = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'llm-env-lint-bench-pr-'))
  const out = await compileDir()
  try {
    await compile(out, ENTRY_POINTS)
    const { repo, base, changedFile } = makeRepository(join(folder, 'repo'))
    // Pairs in turn, so a change in the machine's load touches both alike; the first pair warms the page cache.
    const pairs = Array.from({ length: runs + 1 }, () => [child(out, repo, base, 'push'), child(out, repo, base, 'pr')]).slice(1)
    const sameFindings = pairs.every(([push, pr]) => JSON.stringify(push.onChanged[changedFile]) === JSON.stringify(pr.onChanged[changedFile]) && (pr.onChanged[changedFile]?.length ?? 0) > 0)
    const values = pairs.map(([push, pr]) => pr.seconds / push.seconds)
    const [push, pr] = [median(pairs.map(([p]) => p.seconds)), median(pairs.map(([, p]) => p.seconds))]
    // Without starting node and loading the compiled modules, which the bundled action does faster.
    const inProcess = median(pairs.map(([push, pr]) => pr.scanSeconds / push.scanSeconds))
    const [last, lastPr] = pairs.at(-1)
    return [
      {
        figure: 'one-file PR vs push scan',
        ratio: median(values),
        spread: [Math.min(...values), Math.max(...values)],
        detail:
          `${push.toFixed(2)} s push vs ${pr.toFixed(2)} s PR, medians of ${runs} interleaved pairs of processes (x${inProcess.toFixed(2)} ` +
          `in process); the PR scan read ${count(lastPr.files)} of ${count(last.files)} files; findings on the changed file ${sameFindings ? 'the same' : 'DIFFERENT'}`
      }
    ]
  } finally {
    await rm(out, { recursive: true, force: true })
    rmSync(folder, { recursive: true, force: true })
  }
}

/** The generated tree, committed as the base; the head adds one line with a fake key to one code file. */
function makeRepository(repo) {
  generateTree(repo)
  // No automatic gc: after a commit of 20,000 files it would run in the background while the folder is removed.
  const git = (...args) => execFileSync('git', ['-c', 'gc.auto=0', ...args], { cwd: repo, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 28 }).trim()
  git('commit', '--quiet', '-m', 'base')
  const base = git('rev-parse', 'HEAD')
  const changedFile = git('ls-files', 'part-a/packages/pkg-00/src').split('\n').find((path) => path.endsWith('.ts'))
  // Assembled at run time: a Groq-shaped fake key that exists only in the generated repository.
  const key = `gsk_${randomBytes(64).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 52)}`
  appendFileSync(join(repo, changedFile), `export const groqKey = '${key}'\n`)
  git('commit', '--quiet', '-am', 'one file')
  return { repo, base, changedFile }
}

/** One scan in a fresh process: wall time, files read, and the findings on each file (rule and line). */
function child(out, repo, base, mode) {
  const started = performance.now()
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', out, repo, base, mode], { encoding: 'utf8', maxBuffer: 1 << 28 })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`the ${mode} scan failed: ${run.stderr}`)
  return { seconds, ...JSON.parse(run.stdout) }
}

/** The child: a push scan, or a PR scan with git started beside it as src/action/pull-request.ts does. */
async function scanOnce(out, repo, base, mode) {
  const load = (path) => import(pathToFileURL(join(out, path)).href)
  const [{ scanRepository }, { changedFilesFromGit }, { addedLinesInCommits }, { defaultConfig }] = await Promise.all(
    ['src/engine/scan.js', 'src/discover/git.js', 'src/discover/history.js', 'src/config/index.js'].map(load)
  )
  const started = performance.now()
  const pr = mode === 'pr' && {
    history: addedLinesInCommits(repo, base, 'HEAD'),
    changed: changedFilesFromGit(repo, base, 'HEAD').then((files) => new Set(files.map((file) => file.path)))
  }
  const result = await scanRepository(repo, { config: defaultConfig, ...pr })
  const scanSeconds = (performance.now() - started) / 1000
  const onChanged = {}
  for (const f of result.findings) (onChanged[f.file] ??= []).push(`${f.ruleId}:${f.messageId}:${f.span.start.line}`)
  return { files: result.stats.files, scanSeconds, onChanged }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const count = (n) => n.toLocaleString('en-US')

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, child: { type: 'boolean' } }, allowPositionals: true, strict: false })
  if (values.child) {
    const [out, repo, base, mode] = process.argv.slice(3)
    console.log(JSON.stringify(await scanOnce(out, repo, base, mode)))
    return
  }
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)} at start`)
  for (const { figure, ratio, spread, detail } of await ratios({ runs: Math.max(1, Number(values.runs) || 5) })) {
    console.log(`${figure}  x${ratio.toFixed(2)} (x${spread[0].toFixed(2)}–x${spread[1].toFixed(2)}): ${detail}`)
  }
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
