#!/usr/bin/env node
/**
 * A pull request costs its change: a one-file PR in `scope: changed` against a push scan of the same tree. The cached
 * 20k-file tree (bench/generate.mjs, bench/tree/repo) is copied once into bench/tree/pr as a git repository with a base
 * commit and a head commit that changes one code file (adding a fake key to it); the copy is kept until the tree is
 * regenerated. Each run is a fresh `node` process:
 * - the built action (dist/index.js) on a `push` event and on a `pull_request` event, as a runner starts it, when
 *   dist/ is current (built from the sources as they are: no commit touching src/ after the last one touching dist/,
 *   and nothing uncommitted in src/);
 * - otherwise (or with `--harness`) the sources' scan compiled with tsc, called as the action calls it, with a note.
 * The push run reads every file; the PR run starts `git diff` and `git log -p` of base..head beside the scan and reads
 * the files the model needs plus the changed one. Runs are interleaved, and the ratio of each pair kept. Also checks
 * that both find the same on the changed file.
 *
 *   node bench/pr.mjs [--runs N] [--harness] [--dist DIR]   (`npm run bench` prints the same figure through `ratios`)
 *
 * `--dist DIR` measures another build of the action (DIR/index.js), e.g. `ncc build src/index.ts -o DIR`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { compile, compileDir, PROJECT } from './compile.mjs'
import { cachedTree, REPO, TREE_DIR, TREE_VERSION } from './generate.mjs'

/** issue 13: a one-file PR at most this share of a push scan. */
const TARGET_PR = 0.3
const PR_REPO = join(TREE_DIR, 'pr')
/** What the copy was made from and of; inside .git/, so no scan sees it. */
const PR_MARK = join(PR_REPO, '.git', 'bench-pr.json')
const ACTION = join(PROJECT, 'dist', 'index.js')
const GNU_TIME = '/usr/bin/time'
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

/** The figure for `npm run bench`: [{ figure, ratio, spread: [min, max], detail, target }]. */
export async function ratios({ runs = 5, regenerate = false, harness = false, dist } = {}) {
  cachedTree({ regenerate })
  const change = pullRequestRepository()
  const action = dist ? join(dist, 'index.js') : !harness && distIsCurrent() ? ACTION : undefined
  const runner = action ? actionRunner(change, action) : await harnessRunner(change, harness ? 'asked for with --harness' : 'dist/ is not built from the current sources')
  try {
    console.log(`measuring ${runner.name}`)
    // Pairs in turn, so a change in the machine's load touches both alike; the first pair warms the page cache.
    const pairs = Array.from({ length: runs + 1 }, () => [runner.run('push'), runner.run('pr')]).slice(1)
    const { changedFile } = change
    const sameFindings = pairs.every(([push, pr]) => JSON.stringify(push.onChanged[changedFile]) === JSON.stringify(pr.onChanged[changedFile]) && (pr.onChanged[changedFile]?.length ?? 0) > 0)
    const values = pairs.map(([push, pr]) => pr.seconds / push.seconds)
    const [push, pr] = [median(pairs.map(([p]) => p.seconds)), median(pairs.map(([, p]) => p.seconds))]
    const [last, lastPr] = pairs.at(-1)
    const cpu = pairs.every(([p, q]) => p.cpu && q.cpu) ? ratioOf(pairs.map(([p, q]) => q.cpu / p.cpu)) : undefined
    const cpuDetail = cpu ? `; CPU time x${cpu.ratio.toFixed(2)} (x${cpu.spread[0].toFixed(2)}–x${cpu.spread[1].toFixed(2)})` : ''
    return [
      {
        figure: 'one-file PR / push scan',
        ...ratioOf(values),
        target: TARGET_PR,
        detail:
          `${push.toFixed(2)} s push vs ${pr.toFixed(2)} s PR (${runner.label}), medians of ${runs} interleaved pairs of processes; ` +
          `the PR run scanned ${count(lastPr.files)} of ${count(last.files)} files${cpuDetail}; findings on the changed file ${sameFindings ? 'the same' : 'DIFFERENT'}`
      }
    ]
  } finally {
    await runner.close()
  }
}

/**
 * The cached tree as a repository with a base and a head commit, made once per tree: the head adds one line with a
 * fake key to one code file.
 */
function pullRequestRepository() {
  if (existsSync(PR_MARK)) {
    const mark = JSON.parse(readFileSync(PR_MARK, 'utf8'))
    if (mark.version === TREE_VERSION) return mark
  }
  console.log('copying the tree into bench/tree/pr/ and committing a one-file change (once) …')
  rmSync(PR_REPO, { recursive: true, force: true })
  cpSync(REPO, PR_REPO, { recursive: true })
  // No automatic gc: after a commit of 20,000 files it would run in the background while the bench measures.
  const git = (...args) => execFileSync('git', ['-c', 'gc.auto=0', ...args], { cwd: PR_REPO, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 28 }).trim()
  git('commit', '--quiet', '-m', 'base')
  const base = git('rev-parse', 'HEAD')
  const changedFile = git('ls-files', 'part-a/packages/pkg-00/src').split('\n').find((path) => path.endsWith('.ts'))
  // Assembled at run time: a Groq-shaped fake key that exists only in the generated repository.
  const key = `gsk_${randomBytes(64).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 52)}`
  appendFileSync(join(PR_REPO, changedFile), `export const groqKey = '${key}'\n`)
  git('commit', '--quiet', '-am', 'one file')
  const mark = { version: TREE_VERSION, base, head: git('rev-parse', 'HEAD'), changedFile }
  writeFileSync(PR_MARK, JSON.stringify(mark))
  return mark
}

/** Whether dist/ was built from the sources as they are: no later commit touches src/, and src/ has no edits. */
function distIsCurrent() {
  if (!existsSync(ACTION)) return false
  const git = (...args) => spawnSync('git', args, { cwd: PROJECT, encoding: 'utf8' })
  const lastOf = (path) => git('rev-list', '-1', 'HEAD', '--', path).stdout.trim()
  const [src, dist] = [lastOf('src'), lastOf('dist')]
  if (!src || !dist || git('status', '--porcelain', '--', 'src').stdout.trim() !== '') return false
  return git('merge-base', '--is-ancestor', src, dist).status === 0
}

/** The built action as a runner starts it: `push` or `pull_request` (scope `changed`, its default there). */
function actionRunner({ base, head }, action) {
  return {
    name: `the built action (node ${action}) on push and pull_request events in ${PR_REPO.slice(PROJECT.length + 1)}/`,
    label: 'built action',
    run(mode) {
      const temp = mkdtempSync(join(tmpdir(), 'llm-env-lint-bench-pr-'))
      try {
        const { seconds, cpu, ...run } = timedNode([action], runnerEnvironment(temp, mode, base, head))
        const folder = readdirSync(temp).find((name) => name.startsWith('llm-env-lint-'))
        if (run.status !== 0 || folder === undefined) throw new Error(`the action's ${mode} run failed (exit ${run.status}): ${run.stdout.slice(-2000)}${run.stderr}`)
        const report = JSON.parse(readFileSync(join(temp, folder, 'report.json'), 'utf8'))
        return { seconds, cpu, files: report.summary.files, onChanged: byFile(report.findings.map((f) => [f.file, `${f.ruleId}:${f.messageId}:${f.line}`])) }
      } finally {
        rmSync(temp, { recursive: true, force: true })
      }
    },
    close: async () => {}
  }
}

/** What a runner gives the action: the workspace, the event and its payload, the files for outputs, the inputs. */
function runnerEnvironment(temp, mode, base, head) {
  const plain = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(GITHUB_|RUNNER_|INPUT_)/.test(name)))
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => {
      const path = join(temp, name.toLowerCase())
      writeFileSync(path, '')
      return [name, path]
    })
  )
  const repo = { full_name: 'bench/tree' }
  const payload = mode === 'pr' ? { pull_request: { number: 1, base: { sha: base, ref: 'main', repo }, head: { sha: head, ref: 'change', repo } } } : {}
  const event = join(temp, 'event.json')
  writeFileSync(event, JSON.stringify(payload))
  return {
    ...plain,
    ...files,
    GITHUB_WORKSPACE: PR_REPO,
    GITHUB_EVENT_NAME: mode === 'pr' ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: repo.full_name,
    RUNNER_TEMP: temp,
    'INPUT_FAIL-ON': 'never',
    'INPUT_GITHUB-TOKEN': '',
    INPUT_COMMENT: 'never'
  }
}

/** The sources' scan compiled with tsc, called as src/action/main.ts calls it (a fallback: no bundle start-up). */
async function harnessRunner({ base }, why) {
  console.log(`note: measuring the TypeScript-compiled sources, not the built action (${why})`)
  const out = await compileDir()
  await compile(out, ENTRY_POINTS)
  return {
    name: `scanRepository compiled with tsc, in ${PR_REPO.slice(PROJECT.length + 1)}/`,
    label: 'compiled sources',
    run(mode) {
      const { seconds, cpu, ...run } = timedNode([fileURLToPath(import.meta.url), '--child', out, PR_REPO, base, mode], process.env)
      if (run.status !== 0) throw new Error(`the ${mode} scan failed: ${run.stderr}`)
      return { seconds, cpu, ...JSON.parse(run.stdout) }
    },
    close: () => rm(out, { recursive: true, force: true })
  }
}

/** The child: a push scan, or a PR scan with git started beside it as src/action/pull-request.ts does. */
async function scanOnce(out, repo, base, mode) {
  const load = (path) => import(pathToFileURL(join(out, path)).href)
  const [{ scanRepository }, { changedFilesFromGit }, { addedLinesInCommits }, { defaultConfig }] = await Promise.all(
    ['src/engine/scan.js', 'src/discover/git.js', 'src/discover/history.js', 'src/config/index.js'].map(load)
  )
  const pr = mode === 'pr' && {
    history: addedLinesInCommits(repo, base, 'HEAD'),
    changed: changedFilesFromGit(repo, base, 'HEAD').then((files) => new Set(files.map((file) => file.path)))
  }
  const result = await scanRepository(repo, { config: defaultConfig, ...pr })
  return { files: result.stats.files, onChanged: byFile(result.findings.map((f) => [f.file, `${f.ruleId}:${f.messageId}:${f.span.start.line}`])) }
}

/**
 * `node <args>`: wall time, and CPU time (user + system, git's included) through GNU time where installed — on a
 * loaded machine the CPU ratio moves less than the wall-clock one.
 */
function timedNode(args, env) {
  const gnuTime = existsSync(GNU_TIME)
  const started = performance.now()
  const run = spawnSync(gnuTime ? GNU_TIME : process.execPath, gnuTime ? ['-f', '%U %S', process.execPath, ...args] : args, { encoding: 'utf8', maxBuffer: 1 << 28, env })
  const seconds = (performance.now() - started) / 1000
  const times = gnuTime ? /(\d+\.\d+) (\d+\.\d+)\s*$/.exec(run.stderr) : null
  return { seconds, cpu: times ? Number(times[1]) + Number(times[2]) : undefined, status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** Findings (rule, message and line) by file. */
function byFile(entries) {
  const found = {}
  for (const [file, finding] of entries) (found[file] ??= []).push(finding)
  return found
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const count = (n) => n.toLocaleString('en-US')

/** The median of interleaved runs' ratios and their spread (lowest, highest). */
function ratioOf(values) {
  return { ratio: median(values), spread: [Math.min(...values), Math.max(...values)] }
}

async function main() {
  const options = { runs: { type: 'string', default: '5' }, child: { type: 'boolean' }, harness: { type: 'boolean' }, dist: { type: 'string' } }
  const { values } = parseArgs({ options, allowPositionals: true, strict: false })
  if (values.child) {
    const [out, repo, base, mode] = process.argv.slice(3)
    console.log(JSON.stringify(await scanOnce(out, repo, base, mode)))
    return
  }
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start`)
  for (const { figure, ratio, spread, detail, target } of await ratios({ runs: Math.max(1, Number(values.runs) || 5), harness: values.harness ?? false, ...(values.dist && { dist: resolve(values.dist) }) })) {
    console.log(`${figure}  x${ratio.toFixed(2)} (x${spread[0].toFixed(2)}–x${spread[1].toFixed(2)}, target <= x${target}): ${detail}`)
  }
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
