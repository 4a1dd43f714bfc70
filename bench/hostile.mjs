/**
 * `npm run bench:hostile`: time and peak memory of the CLI on hostile files of 1, 5 and 10 MB, one shape each —
 * the inputs that were quadratic, exponential or unbounded in output before (see SECURITY.md).
 *
 *   node bench/hostile.mjs [--sizes 1,5,10] [--shapes expr,toml,...] [--cli path/to/cli.js] [--timeout S]
 *
 * The CLI is bundled from src/cli.ts with ncc into bench/tree/.cli (git-ignored) unless --cli names one. The size cap
 * is raised to 16 MiB (a `.llm-env-lint.yml` in each repository) so that the parsers are measured, not the cap.
 * Output: one line per shape and size: seconds, peak RSS (MB), findings, bytes of report.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const BENCH_DIR = dirname(fileURLToPath(import.meta.url))
const PROJECT = dirname(BENCH_DIR)
export const CLI_BUILD = join(BENCH_DIR, 'tree', '.cli')
const MB = 1024 * 1024

/** A key-shaped token built at run time (never stored whole): prefix + seeded body. */
export function fakeKey(seed) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
  let a = seed >>> 0
  let out = ''
  for (let i = 0; i < 93; i++) {
    a = (Math.imul(a ^ (a >>> 15), 1 | a) + 0x6d2b79f5) >>> 0
    out += alphabet[a % alphabet.length]
  }
  return `sk-ant-api${'03'}-${out}AA`
}

const repeatTo = (unit, bytes) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)))

/** Each shape: the files of a repository of about `bytes`. */
export const SHAPES = {
  /** A run line of unterminated `${{`. */
  expr: (bytes) => ({ '.github/workflows/x.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "echo ${repeatTo('${{ a', bytes)}"\n` }),
  /** One dotted TOML header of many segments. */
  toml: (bytes) => ({ 'fly.toml': `[${repeatTo('a.', bytes)}a]\nx = 1\n[env]\nOPENAI_BASE_URL = "https://api.openai.com"\n` }),
  /** A config key pattern with nested quantifiers, and text that makes it backtrack. */
  regex: (bytes) => ({
    '.llm-env-lint.yml': "providers:\n  - id: mine\n    name: Mine\n    apiRoot: https://llm.example.com/v1\n    keyFormats: [{ pattern: '(?:a+)+b', confidence: unique }]\n",
    'notes.txt': repeatTo('a', bytes)
  }),
  /** One line of keys separated by spaces: a finding per word. */
  words: (bytes) => {
    const keys = []
    for (let n = 0, i = 0; n < bytes; i++) keys.push(fakeKey(i)), (n += 110)
    return { 'notes.txt': keys.join(' ') + '\n' }
  },
  /** A compose file of one anchor and a great many aliases to it. */
  aliases: (bytes) => ({ 'docker-compose.yml': `x-a: &a v\nservices:\n  app:\n    image: x\n    command: [${repeatTo('*a, ', bytes)}*a]\n` }),
  /** UTF-16 without a byte order mark, holding a key. */
  utf16: (bytes) => ({ 'notes.txt': Buffer.from(repeatTo(`OPENAI_API_KEY=${fakeKey(7)}\n`, bytes / 2), 'utf16le') }),
  /** Thousands of lines of `${`, `$(` and quotes in one run script. */
  shell: (bytes) => ({ '.github/workflows/y.yml': `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n${repeatTo('          echo "$A ${B $(c \'d\n', bytes)}\n` })
}

export function bundleCli() {
  execFileSync(join(PROJECT, 'node_modules/.bin/ncc'), ['build', 'src/cli.ts', '-o', CLI_BUILD, '--quiet', '--transpile-only'], { cwd: PROJECT, stdio: 'inherit' })
  return join(CLI_BUILD, 'index.js')
}

export function writeRepo(files) {
  const root = mkdtempSync(join(tmpdir(), 'llm-env-lint-hostile-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

/** Runs the CLI over `root` under GNU time: seconds, peak RSS in MB, exit status, output. */
export function timedScan(cli, root, timeoutS) {
  const gnu = existsSync('/usr/bin/time')
  const args = [process.execPath, cli, '--format', 'json', '--fail-on', 'never', root]
  const started = performance.now()
  const run = spawnSync(gnu ? '/usr/bin/time' : args[0], gnu ? ['-v', ...args] : args.slice(1), {
    encoding: 'utf8',
    maxBuffer: 2 * 1024 * MB,
    timeout: timeoutS * 1000,
    env: { PATH: process.env.PATH }
  })
  const seconds = (performance.now() - started) / 1000
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '')
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : undefined, status: run.status, timedOut: run.error?.code === 'ETIMEDOUT', stdout: run.stdout ?? '', stderr: run.stderr ?? '' }
}

/** Every shape is scanned with the size cap raised past 10 MB, so the parsers, not the cap, are measured. */
function withConfig(files) {
  const config = files['.llm-env-lint.yml'] ?? ''
  return { ...files, '.llm-env-lint.yml': `maxFileSize: 16MiB\n${config}` }
}

function main() {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1,5,10' }, shapes: { type: 'string' }, cli: { type: 'string' }, timeout: { type: 'string', default: '120' } } })
  const cli = values.cli ?? bundleCli()
  const shapes = values.shapes ? values.shapes.split(',') : Object.keys(SHAPES)
  for (const shape of shapes) {
    for (const size of values.sizes.split(',').map(Number)) {
      const root = writeRepo(withConfig(SHAPES[shape](size * MB)))
      try {
        const run = timedScan(cli, root, Number(values.timeout))
        let findings = '?'
        try {
          findings = JSON.parse(run.stdout).findings.length
        } catch {}
        const what = run.timedOut ? `TIMEOUT after ${values.timeout} s` : `${run.seconds.toFixed(2)} s, ${run.rssMb?.toFixed(0) ?? '?'} MB peak, exit ${run.status}, ${findings} findings, ${run.stdout.length} bytes of report`
        console.log(`${shape.padEnd(8)} ${String(size).padStart(3)} MB: ${what}`)
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
