import { describe, it, expect, beforeAll } from '@jest/globals'
import { join } from 'node:path'
import { main, type CliIo } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { TOOL } from '../../src/version.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

async function cli(argv: string[], cwd: string, env: CliIo['env'] = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env
  })
  return { code, stdout, stderr }
}

const key = fakeKeys.openaiProject('cli')
const FINDING_LINE = /^[^\s:]+:\d+:\d+: (error|warning|note) .+ \[[a-z-]+\]$/

let clean: string
let leaked: string
let warningOnly: string
let suppressed: string
let nested: string

beforeAll(async () => {
  clean = await makeRepo({ 'README.md': '# a chat app\n' })
  leaked = await makeRepo({ '.env': `OPENAI_API_KEY=${key}\n`, 'README.md': '# a chat app\n' })
  warningOnly = await makeRepo({ 'vercel.json': '{ "env": { "BASE_URL": }\n' })
  suppressed = await makeRepo({ '.env': `# llm-env-lint-ignore leaked-key\nOPENAI_API_KEY=${key}\n` })
  nested = await makeRepo({ 'deploy/app/.env': `OPENAI_API_KEY=${key}\n` })
})

describe('llm-env-lint CLI', () => {
  it('prints the usage with --help and the version with --version, exit 0', async () => {
    const help = await cli(['--help'], clean)
    expect(help).toMatchObject({ code: 0, stderr: '' })
    expect(help.stdout).toMatch(/^Usage: llm-env-lint \[options\] \[folder \| file\.\.\.\]/)
    expect(help.stdout).toContain('--fail-on error|warning|note|never')
    expect(await cli(['--version'], clean)).toEqual({ code: 0, stdout: `llm-env-lint ${TOOL.version}\n`, stderr: '' })
  })

  it('exits 2 on a usage error, naming the flag, with a hint and nothing on stdout', async () => {
    const run = await cli(['--fail-on', 'sometimes'], clean)
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'llm-env-lint: invalid --fail-on "sometimes": expected one of error, warning, note, never\nRun "llm-env-lint --help" for usage.\n'
    })
    expect((await cli(['--loud'], clean)).stderr).toMatch(/^llm-env-lint: unknown option '--loud'\n/)
    expect((await cli(['no-such-folder'], clean)).stderr).toMatch(/^llm-env-lint: path "no-such-folder" does not exist\n/)
  })

  it('exits 0 with only the summary line on a clean repository', async () => {
    expect(await cli([], clean)).toEqual({ code: 0, stdout: '0 errors, 0 warnings, 0 notes in 1 file\n', stderr: '' })
  })

  it('exits 1 on a leaked key, printing file:line:col lines and the summary, never the key', async () => {
    const run = await cli(['.'], leaked)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.slice(0, -1).every((line) => FINDING_LINE.test(line))).toBe(true)
    expect(lines).toContainEqual(expect.stringMatching(/^\.env:1:\d+: error .+ \[leaked-key\]$/))
    expect(lines.at(-1)).toMatch(/^[1-9]\d* errors?, \d+ warnings?, \d+ notes? in 2 files$/)
    expect(run.stdout).not.toContain(key)
    expect(run.stdout).not.toContain(key.slice(20, 40))
  })

  it('applies --fail-on: never passes with findings, warning fails on a warning that error lets through', async () => {
    const never = await cli(['--fail-on', 'never'], leaked)
    expect(never.code).toBe(0)
    expect(never.stdout).toContain('[leaked-key]')

    const byDefault = await cli([], warningOnly)
    expect(byDefault.code).toBe(0)
    expect(byDefault.stdout).toMatch(/^vercel\.json:\d+:\d+: warning .+ \[parse-error\]$/m)
    expect((await cli(['--fail-on', 'warning'], warningOnly)).code).toBe(1)
  })

  it('does not fail on or print suppressed findings, and counts them in the summary', async () => {
    const run = await cli([], suppressed)
    expect(run.stdout).not.toContain('[leaked-key]')
    expect(run.stdout).toMatch(/ in 1 file \(1 suppressed\)\n$/)
    expect(run.code).toBe(0)
  })

  it('writes JSON with paths relative to the scanned folder, whatever the working directory', async () => {
    const run = await cli(['--format', 'json', join(nested, 'deploy')], clean)
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.tool).toEqual({ name: 'llm-env-lint', version: TOOL.version })
    expect(report.summary).toMatchObject({ suppressed: 0, files: 1 })
    expect(report.summary.errors).toBeGreaterThan(0)
    const leak = report.findings.find((finding) => finding.ruleId === 'leaked-key')
    expect(leak).toMatchObject({ severity: 'error', file: 'app/.env', line: 1, endLine: 1 })
    expect(leak?.fingerprint).toEqual(expect.any(String))
    expect(run.stdout).not.toContain(key)
  })

  it('writes SARIF 2.1.0 with --format sarif', async () => {
    const run = await cli(['--format=sarif'], leaked)
    expect(run.code).toBe(1)
    const sarif = JSON.parse(run.stdout) as { version: string; runs: { results: { ruleId: string }[] }[] }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.results.map((result) => result.ruleId)).toContain('leaked-key')
    expect(run.stdout).not.toContain(key)
  })

  it('exits 2 on a config error, naming the file and the field', async () => {
    const repo = await makeRepo({ '.llm-env-lint.yml': 'rules:\n  leaked-key: loud\n' })
    const run = await cli([], repo)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/\.llm-env-lint\.yml:2:\d+: rules\.leaked-key: /)

    const missing = await cli(['--config', 'nowhere.yml'], repo)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(join(repo, 'nowhere.yml'))
  })

  it('reads --config relative to the working directory', async () => {
    const settings = await makeRepo({ 'lint.yml': 'rules:\n  leaked-key: "off"\n' })
    const run = await cli(['--config', 'lint.yml', leaked], settings)
    expect(run.stdout).not.toContain('[leaked-key]')
  })
})
