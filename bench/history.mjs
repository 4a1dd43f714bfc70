#!/usr/bin/env node
/**
 * `npm run bench:history`: `--history` on a generated history of 5,000 commits. Each commit changes a few files of a
 * small app (code, docs, settings); every 50th adds a fake key, and most of those are removed again later. Prints
 * commits/s and MB/s of `git log -p` read by keysAddedInHistory, and checks that every planted key was found once.
 *
 *   node bench/history.mjs [--commits N] [--regenerate]
 *
 * The repository is built once with `git fast-import` and cached under bench/tree/history/ (git-ignored).
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { compile, compileDir, PROJECT } from './compile.mjs'

const { values } = parseArgs({ options: { commits: { type: 'string', default: '5000' }, regenerate: { type: 'boolean' } } })
const COMMITS = Math.max(10, Number(values.commits) || 5000)
const REPO = join(PROJECT, 'bench', 'tree', 'history', `repo-${COMMITS}`)
const PLANTED = join(REPO, '..', `planted-${COMMITS}.json`)

/** Git with no user or system config, as the tests run it. */
const git = (args, options = {}) =>
  execFileSync('git', args, { cwd: REPO, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }, maxBuffer: 1 << 30, ...options })

/** A fake key of a unique format, assembled at run time; it exists only in the generated repository. */
const fakeKey = () => `sk-ant-api03-${randomBytes(70).toString('base64url').slice(0, 93)}AA`

function generate() {
  rmSync(REPO, { recursive: true, force: true })
  mkdirSync(REPO, { recursive: true })
  git(['init', '--quiet', '--initial-branch=main'])
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
  for (let c = 0; c < COMMITS; c++) {
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
  git(['fast-import', '--quiet'], { input: chunks.join('') })
  git(['checkout', '--quiet', '-f', 'main'])
  writeFileSync(PLANTED, JSON.stringify(planted))
}

if (values.regenerate || !existsSync(PLANTED)) {
  console.log(`generating ${COMMITS.toLocaleString('en-US')} commits in ${REPO} (once) …`)
  const started = performance.now()
  generate()
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
const planted = JSON.parse(readFileSync(PLANTED, 'utf8'))

const out = await compileDir()
try {
  const load = await compile(out, ['src/discover/history.ts', 'src/providers/catalog.ts'])
  const { keysAddedInHistory } = await load('src/discover/history.js')
  const { createCatalog } = await load('src/providers/catalog.js')
  const catalog = createCatalog()
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)}`)
  const started = performance.now()
  const scan = await keysAddedInHistory(REPO, { findKeys: (text) => catalog.scanText(text), isSkipped: () => false })
  const seconds = (performance.now() - started) / 1000
  const found = new Set(scan.lines.flatMap((line) => catalog.scanText(line.text).map((match) => match.token)))
  const missed = planted.filter((key) => !found.has(key)).length
  console.log(
    `history  ${scan.commits.toLocaleString('en-US')} commits, ${(scan.bytes / 1e6).toFixed(1)} MB of diff in ${seconds.toFixed(2)} s: ` +
      `${Math.round(scan.commits / seconds).toLocaleString('en-US')} commits/s, ${(scan.bytes / 1e6 / seconds).toFixed(1)} MB/s`
  )
  console.log(`keys     ${planted.length} planted, ${scan.lines.length} found once each, ${missed} missed ${missed === 0 && scan.lines.length === planted.length ? 'ok' : 'MISSED'}`)
  process.exitCode = missed === 0 && scan.lines.length === planted.length ? 0 : 1
} finally {
  await rm(out, { recursive: true, force: true })
}
