#!/usr/bin/env node
/**
 * `npm run bench:adversarial`: the adversarial repositories of __tests__/cli/adversarial.test.ts at full size
 * (YAML bombs; a 100,000-line .env, 4 MB of minified `sk-` strings, a 1,000-job workflow, 20,000 aliased compose
 * services), each scanned once through the CLI's main(). Prints the seconds against the bound each must stay under;
 * exit code 1 when one is over. The test checks what is found at small sizes; this checks how long it takes.
 *
 * Usage: node bench/adversarial.mjs
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { compile, compileDir } from './compile.mjs'

/** Seconds each case may take on a 2-core machine (were minutes before pairing stopped being quadratic). */
const BOUNDS_S = { 'YAML bombs': 10, 'large inputs': 45 }

const out = await compileDir()
let failed = false
try {
  const load = await compile(out, ['src/cli/main.ts', '__tests__/helpers/adversarial.ts'])
  const { main } = await load('src/cli/main.js')
  const { yamlBombs, largeInputs, FULL_SIZES } = await load('__tests__/helpers/adversarial.js')
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load average ${loadavg()[0].toFixed(1)}`)
  for (const [label, files] of [['YAML bombs', yamlBombs()], ['large inputs', largeInputs(FULL_SIZES)]]) {
    const { seconds, findings } = await scanOnce(main, files)
    const ok = seconds < BOUNDS_S[label]
    failed ||= !ok
    console.log(`${label.padEnd(13)} ${seconds.toFixed(2)} s (bound ${BOUNDS_S[label]} s), ${findings.toLocaleString('en-US')} findings ${ok ? 'ok' : 'MISSED'}`)
  }
} finally {
  await rm(out, { recursive: true, force: true })
}
process.exitCode = failed ? 1 : 0

/** Writes `files` into a temporary folder, scans it with JSON output and removes it. */
async function scanOnce(main, files) {
  const repo = await mkdtemp(join(tmpdir(), 'llm-env-lint-bench-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(repo, path)), { recursive: true })
      await writeFile(join(repo, path), text)
    }
    let stdout = ''
    const started = performance.now()
    const code = await main(['--format', 'json', '--fail-on', 'never', repo], { stdout: { write: (t) => (stdout += t) }, stderr: { write: () => true }, cwd: repo, env: {} })
    const seconds = (performance.now() - started) / 1000
    if (code !== 0) throw new Error(`the CLI exited with ${code}`)
    return { seconds, findings: JSON.parse(stdout).findings.length }
  } finally {
    await rm(repo, { recursive: true, force: true })
  }
}
