#!/usr/bin/env node
/**
 * `npm run bench:history`: `--history` on a generated history of 5,000 commits. Each commit changes a few files of a
 * small app (code, docs, settings); every 50th adds a fake key, and most of those are removed again later. Prints
 * commits/s and MB/s of `git log -p` read by keysAddedInHistory, and checks that every planted key was found once.
 * For `npm run bench` (run.mjs) it exports `ratios({ runs })`: the history scan against its floor, git writing the
 * same `git log -p` into a pipe that is only counted, in interleaved runs.
 *
 *   node bench/history.mjs [--commits N] [--regenerate]
 *
 * The repository is built once with `git fast-import` and cached under bench/tree/history/ (git-ignored).
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { compile, compileDir, PROJECT } from './compile.mjs'

const DEFAULT_COMMITS = 5000
const repoOf = (commits) => join(PROJECT, 'bench', 'tree', 'history', `repo-${commits}`)
const plantedOf = (commits) => join(repoOf(commits), '..', `planted-${commits}.json`)

/** Git with no user or system config, as the tests run it. */
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
const git = (repo, args, options = {}) => execFileSync('git', args, { cwd: repo, env: GIT_ENV, maxBuffer: 1 << 30, ...options })

/** A fake key of a unique format, assembled at run time; it exists only in the generated repository. */
const fakeKey = () => `sk-ant-api03-${randomBytes(70).toString('base64url').slice(0, 93)}AA`

function generate(commits) {
  const repo = repoOf(commits)
  rmSync(repo, { recursive: true, force: true })
  mkdirSync(repo, { recursive: true })
  git(repo, ['init', '--quiet', '--initial-branch=main'])
  const files = Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? `deploy/svc${i}/.env` : i % 3 === 0 ? `docs/page${i}.md` : `src/module${i}.js`))
  const contents = new Map(files.map((path) => [path, '']))
  const planted = []
  let stream = ''
  const chunks = []
  const flush = () => {
    chunks.push(stream)
    stream = ''
  }
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`
  let pendingRemoval = []
  for (let c = 0; c < commits; c++) {
    const changed = [files[(c * 7) % files.length], files[(c * 13 + 5) % files.length], files[(c * 31 + 11) % files.length]]
    for (const path of changed) {
      const lines = Array.from({ length: 12 }, (_, i) => `// commit ${c} line ${i}: ${randomBytes(24).toString('hex')}`)
      contents.set(path, (contents.get(path) + lines.join('\n') + '\n').split('\n').slice(-400).join('\n'))
    }
    if (c % 50 === 25) {
      const key = fakeKey()
      const path = `deploy/leak${c}/.env`
      contents.set(path, `ANTHROPIC_API_KEY=${key}\n`)
      changed.push(path)
      planted.push(key)
      if (c % 100 === 25) pendingRemoval.push(path)
    } else if (c % 50 === 40 && pendingRemoval.length > 0) {
      for (const path of pendingRemoval) {
        contents.set(path, 'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n')
        changed.push(path)
      }
      pendingRemoval = []
    }
    const when = 1_700_000_000 + c * 60
    stream += `commit refs/heads/main\nmark :${c + 1}\ncommitter Bench <bench@example.test> ${when} +0000\n${data(`change ${c}`)}`
    if (c > 0) stream += `from :${c}\n`
    for (const path of new Set(changed)) stream += `M 100644 inline ${path}\n${data(contents.get(path))}`
    if (stream.length > 1 << 20) flush()
  }
  flush()
  git(repo, ['fast-import', '--quiet'], { input: chunks.join('') })
  git(repo, ['checkout', '--quiet', '-f', 'main'])
  writeFileSync(plantedOf(commits), JSON.stringify(planted))
}

/** The generated repository (made once) and the keys planted in it. */
function history(commits, regenerate) {
  if (regenerate || !existsSync(plantedOf(commits))) {
    console.log(`generating ${commits.toLocaleString('en-US')} commits in ${repoOf(commits)} (once) …`)
    const started = performance.now()
    generate(commits)
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
  return { repo: repoOf(commits), planted: JSON.parse(readFileSync(plantedOf(commits), 'utf8')) }
}

/** The sources the history scan runs, compiled once per call; `close` removes them. */
async function historyScanner() {
  const out = await compileDir()
  const load = await compile(out, ['src/discover/history.ts', 'src/discover/diff.ts', 'src/providers/catalog.ts'])
  const { keysAddedInHistory } = await load('src/discover/history.js')
  const { DIFF_OPTIONS } = await load('src/discover/diff.js')
  const { createCatalog } = await load('src/providers/catalog.js')
  const catalog = createCatalog()
  return {
    diffOptions: DIFF_OPTIONS,
    scan: async (repo) => {
      const started = performance.now()
      const scan = await keysAddedInHistory(repo, { findKeys: (text) => catalog.scanText(text), isSkipped: () => false })
      return { ...scan, seconds: (performance.now() - started) / 1000, found: new Set(scan.lines.flatMap((line) => catalog.scanText(line.text).map((match) => match.token))) }
    },
    close: () => rm(out, { recursive: true, force: true })
  }
}

/** The floor: git writing the diff the scan reads (the same `git log -p` options) into a pipe that is only counted. */
function gitAlone(repo, diffOptions) {
  const args = ['-c', 'core.quotePath=false', 'log', '-p', '--no-merges', '--reverse', '--format=commit %H', ...diffOptions, '--relative', 'HEAD', '--']
  return new Promise((done, fail) => {
    const started = performance.now()
    const child = spawn('git', args, { cwd: repo, env: GIT_ENV, stdio: ['ignore', 'pipe', 'inherit'] })
    let bytes = 0
    child.stdout.on('data', (chunk) => (bytes += chunk.length))
    child.on('error', fail)
    child.on('close', (code) => (code === 0 ? done({ bytes, seconds: (performance.now() - started) / 1000 }) : fail(new Error(`git log exited with ${code}`))))
  })
}

export async function ratios({ runs, regenerate = false, commits = DEFAULT_COMMITS }) {
  const { repo, planted } = history(commits, regenerate)
  const scanner = await historyScanner()
  try {
    const rounds = []
    for (let i = 0; i < Math.max(3, runs); i++) rounds.push({ tool: await scanner.scan(repo), git: await gitAlone(repo, scanner.diffOptions) })
    const last = rounds.at(-1).tool
    const missed = planted.filter((key) => !last.found.has(key)).length
    if (missed > 0 || last.lines.length !== planted.length) throw new Error(`${missed} of ${planted.length} planted keys missed, ${last.lines.length} found`)
    const values = rounds.map((round) => round.tool.seconds / round.git.seconds).sort((a, b) => a - b)
    const seconds = rounds.map((round) => round.tool.seconds).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]
    return [
      {
        figure: 'history: `--history` scan / `git log -p` alone',
        ratio: values[Math.floor(values.length / 2)],
        spread: [values[0], values.at(-1)],
        detail:
          `${last.commits.toLocaleString('en-US')} commits in ${seconds.toFixed(2)} s: ${Math.round(last.commits / seconds).toLocaleString('en-US')} commits/s, ` +
          `${(last.bytes / 1e6 / seconds).toFixed(1)} MB/s of diff; ${planted.length} planted keys all found once`
      }
    ]
  } finally {
    await scanner.close()
  }
}

// Run on its own (`npm run bench:history`): one scan, printed in full.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { commits: { type: 'string', default: String(DEFAULT_COMMITS) }, regenerate: { type: 'boolean' } } })
  const commits = Math.max(10, Number(values.commits) || DEFAULT_COMMITS)
  const { repo, planted } = history(commits, values.regenerate ?? false)
  const scanner = await historyScanner()
  try {
    console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)}`)
    const scan = await scanner.scan(repo)
    const missed = planted.filter((key) => !scan.found.has(key)).length
    console.log(
      `history  ${scan.commits.toLocaleString('en-US')} commits, ${(scan.bytes / 1e6).toFixed(1)} MB of diff in ${scan.seconds.toFixed(2)} s: ` +
        `${Math.round(scan.commits / scan.seconds).toLocaleString('en-US')} commits/s, ${(scan.bytes / 1e6 / scan.seconds).toFixed(1)} MB/s`
    )
    console.log(`keys     ${planted.length} planted, ${scan.lines.length} found once each, ${missed} missed ${missed === 0 && scan.lines.length === planted.length ? 'ok' : 'MISSED'}`)
    process.exitCode = missed === 0 && scan.lines.length === planted.length ? 0 : 1
  } finally {
    await scanner.close()
  }
}
