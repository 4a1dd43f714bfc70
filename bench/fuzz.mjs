/**
 * `npm run bench:fuzz`: for a fixed time, runs the CLI over repositories of random bytes and of mutated real files
 * (the fixture repositories and the example), each seeded with fake keys made at run time, and checks every run:
 * no internal error (exit 3), no hang (a per-run timeout), and no seeded key that is still whole in the repository
 * shown in any output, whole or in part (12 characters of its body, in any case).
 *
 *   node bench/fuzz.mjs [--seconds 60] [--seed N] [--cli path/to/cli.js] [--keep]
 *
 * The CLI is bundled from src/cli.ts with ncc into bench/tree/.cli (git-ignored) unless --cli names one. A failing
 * case is written to bench/tree/fuzz-failures/<n>/ (the repository and what went wrong) and the exit status is 1.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generator } from './generate.mjs'
import { bundleCli, writeRepo } from './hostile.mjs'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const PROJECT = dirname(BENCH_DIR)
const FAILURES = join(BENCH_DIR, 'tree', 'fuzz-failures')
const SOURCES = [join(PROJECT, '__tests__', 'fixtures', 'repos'), join(PROJECT, 'examples')]
const RUN_TIMEOUT_S = 60

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Fake keys of a few formats, assembled from a prefix and a random body (never stored whole). */
function makeKeys(random) {
  const body = (n, alphabet = ALNUM) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
  return [
    `sk-ant-api${'03'}-${body(93, ALNUM + '_-')}AA`,
    `sk-proj-${body(58)}${'T3Bl'}${'bkFJ'}${body(58)}`,
    `gsk_${body(52)}`,
    `sk-or-v1-${body(64, '0123456789abcdef')}`
  ]
}

/** Text that has broken parsers, shells and reporters before. */
const HOSTILE = ['${{', '}}', '${', '$(', '*a', '&a ', '<<: *a', '[a.b.c', '"', "'", '\\', '::error::x', '\u202e', '\u2066', '\0', '\r', '\n  - ', '{', '[', '#', '=', 'https://www.evil.test/', '@someone', '__proto__', '${toString}', '${{ secrets.constructor }}', '\uFEFF', '\uD800']

function corpus() {
  const files = []
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (statSync(path).size < 256 * 1024) files.push(path)
    }
  }
  SOURCES.forEach(walk)
  return files
}

function mutate(text, random, keys) {
  let out = text
  const edits = 1 + Math.floor(random() * 8)
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * (out.length + 1))
    const pick = random()
    if (pick < 0.35) out = out.slice(0, at) + HOSTILE[Math.floor(random() * HOSTILE.length)] + out.slice(at)
    else if (pick < 0.5) out = out.slice(0, at) + keys[Math.floor(random() * keys.length)] + out.slice(at)
    else if (pick < 0.6) out = out.slice(0, at) + out.slice(at, at + 200).repeat(1 + Math.floor(random() * 50)) + out.slice(at + 200)
    else if (pick < 0.75) out = out.slice(0, at) + out.slice(at + Math.floor(random() * 40))
    else if (pick < 0.85) out = out.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + out.slice(at + 1)
    else out = out.slice(0, at) + HOSTILE[Math.floor(random() * HOSTILE.length)].repeat(1 + Math.floor(random() * 2000)) + out.slice(at)
  }
  return out
}

/** One repository: mutated corpus files at their own paths, random bytes, and a file named after a key. */
function makeCase(random, files, keys) {
  const repo = {}
  const count = 1 + Math.floor(random() * 6)
  for (let i = 0; i < count; i++) {
    const file = files[Math.floor(random() * files.length)]
    const path = relative(PROJECT, file).split('/').slice(-2).join('/').replace(/\.out$/, '.txt')
    repo[path] = mutate(readFileSync(file, 'utf8'), random, keys)
  }
  const bytes = Buffer.alloc(Math.floor(random() * 4096))
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256)
  repo[`bin/${Math.floor(random() * 1e6)}.dat`] = bytes
  if (random() < 0.3) repo[`${keys[0]}/.env`] = `OPENAI_API_KEY=${keys[1]}\n`
  if (random() < 0.2) repo['.env'] = `OPENAI_API_KEY=\${K}\nOPENAI_BASE_URL=\${K}\nX=${keys[2].toUpperCase()}\n`
  return repo
}

/** The seeded keys' bodies, in pieces a leak would show (any 12 characters after the prefix, in any case). */
function leaked(output, keys) {
  const text = output.toLowerCase()
  for (const key of keys) {
    const body = key.slice(12)
    for (let i = 0; i + 12 <= body.length - 4; i += 6) if (text.includes(body.slice(i, i + 12).toLowerCase())) return key.slice(0, 12) + '…'
  }
  return undefined
}

function main() {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' }, cli: { type: 'string' }, keep: { type: 'boolean' } } })
  const cli = values.cli ?? bundleCli()
  const seed = Number(values.seed ?? Date.now() % 1e9)
  const random = generator(seed)
  const files = corpus()
  const end = Date.now() + Number(values.seconds) * 1000
  let runs = 0
  let failures = 0
  console.log(`fuzzing ${cli} for ${values.seconds} s, seed ${seed}, ${files.length} corpus files`)
  while (Date.now() < end) {
    const keys = makeKeys(random)
    const repo = makeCase(random, files, keys)
    // Only keys still whole somewhere are secrets: a later mutation may have cut one into pieces that are no key.
    const whole = keys.filter((key, i) => (i === 3 && repo['.env'] !== undefined) || Object.entries(repo).some(([path, text]) => path.includes(key) || (typeof text === 'string' && text.includes(key))))
    const root = writeRepo(repo)
    try {
      for (const format of ['text', 'json', 'sarif']) {
        const run = spawnSync(process.execPath, [cli, '--format', format, '--fail-on', 'never', '--probe', root], {
          encoding: 'utf8',
          timeout: RUN_TIMEOUT_S * 1000,
          maxBuffer: 512 * 1024 * 1024,
          // --probe with the secret reference resolved from the environment; no host is listed, so nothing is sent.
          env: { PATH: process.env.PATH, K: keys[3] }
        })
        runs++
        const problem =
          run.error?.code === 'ETIMEDOUT' ? `hung over ${RUN_TIMEOUT_S} s` :
          run.status === 3 || run.status === null ? `exit ${run.status}: ${(run.stderr ?? '').slice(0, 300)}` :
          leaked((run.stdout ?? '') + (run.stderr ?? ''), whole)
        if (problem) {
          failures++
          const where = join(FAILURES, String(failures))
          mkdirSync(where, { recursive: true })
          cpSync(root, join(where, 'repo'), { recursive: true })
          writeFileSync(join(where, 'problem.txt'), `seed ${seed}, format ${format}: ${problem.startsWith('sk') || problem.startsWith('gsk') ? `a seeded key leaked (${problem})` : problem}\n`)
          console.log(`FAIL #${failures} (${format}): see ${where}`)
        }
      }
    } finally {
      if (!values.keep) rmSync(root, { recursive: true, force: true })
    }
  }
  console.log(`${runs} runs, ${failures} failures`)
  process.exitCode = failures > 0 ? 1 : 0
}

main()
