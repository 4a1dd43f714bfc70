/**
 * Baselines, round trip: `--write-baseline` records the findings, `--baseline` reports only new ones and lists the
 * others as suppressed in JSON and SARIF; the action's `baseline` input reads the same file.
 */
import { describe, it, expect } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { runAction } from '../action/run.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} })
  return { code, stdout, stderr }
}

const key = fakeKeys.openaiProject('baseline')
const files = {
  '.env': `OPENAI_API_KEY=${key}\nBASE_URL=https://app.rutaapi.com\n`,
  'package.json': '{ "name": "nextchat" }\n'
}

describe('--write-baseline and --baseline', () => {
  it('records the findings (no key in the file), then reports only new ones; the old ones stay, suppressed', async () => {
    const root = await makeRepo(files)
    const written = await cli(['--write-baseline', 'baseline.json', '.'], root)
    expect(written.code).toBe(0)
    expect(written.stderr).toBe('llm-env-lint: wrote the current findings to the baseline baseline.json\n')
    const baselineText = await readFile(join(root, 'baseline.json'), 'utf8')
    expect(baselineText).not.toContain(key.slice(10, 30))
    const baseline = JSON.parse(baselineText) as { tool: string; version: number; findings: { ruleId: string; file: string }[] }
    expect(baseline).toMatchObject({ tool: 'llm-env-lint', version: 1 })
    expect(baseline.findings.map((f) => `${f.file}: ${f.ruleId}`)).toEqual(expect.arrayContaining(['.env: base-url-not-api', '.env: leaked-key']))
    // Rewriting an unchanged baseline changes nothing.
    await cli(['--write-baseline', 'baseline.json', '.'], root)
    expect(await readFile(join(root, 'baseline.json'), 'utf8')).toBe(baselineText)

    const clean = await cli(['--baseline', 'baseline.json'], root)
    expect(clean).toEqual({ code: 0, stdout: `0 errors, 0 warnings, 0 notes in 3 files (${baseline.findings.length} suppressed)\n`, stderr: '' })

    // Lines moved and a new key added: the old findings stay accepted, the new one fails the run.
    const other = fakeKeys.anthropic('baseline')
    await writeFile(join(root, '.env'), `# moved down\n\n${files['.env']}ANTHROPIC_API_KEY=${other}\n`)
    const json = await cli(['--baseline', 'baseline.json', '--format', 'json'], root)
    expect(json.code).toBe(1)
    const report = JSON.parse(json.stdout) as JsonReport
    const fresh = report.findings.filter((f) => !f.suppressed).map((f) => `${f.file}:${f.line}: ${f.ruleId}`)
    expect(fresh).toContain('.env:5: leaked-key')
    expect(fresh.filter((finding) => !finding.startsWith('.env:5: '))).toEqual([])
    expect(report.findings.filter((f) => f.suppressed).map((f) => f.suppressed)).toEqual(
      baseline.findings.map(() => ({ by: 'baseline', reason: 'in the baseline baseline.json' }))
    )
    const sarif = JSON.parse((await cli(['--baseline', 'baseline.json', '--format', 'sarif'], root)).stdout) as {
      runs: { results: { suppressions?: { kind: string; justification?: string }[] }[] }[]
    }
    expect(sarif.runs[0]!.results.filter((r) => r.suppressions).map((r) => r.suppressions)).toEqual(
      baseline.findings.map(() => [{ kind: 'external', justification: 'in the baseline baseline.json' }])
    )
  })

  it('says when baseline entries match nothing any more', async () => {
    const root = await makeRepo(files)
    await cli(['--write-baseline', 'baseline.json'], root)
    await writeFile(join(root, '.env'), `OPENAI_API_KEY=${key}\n`)
    const run = await cli(['--baseline', 'baseline.json'], root)
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(/^llm-env-lint: 1 entry of the baseline baseline\.json matched no finding \(fixed, or changed since\): rewrite it with --write-baseline to drop them\n$/)
  })

  it('refuses a baseline it cannot read, naming the file (exit 2)', async () => {
    const root = await makeRepo({ ...files, 'bad.json': '{"tool":"gitleaks"}', 'text.json': 'nope' })
    expect(await cli(['--baseline', 'missing.json'], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read the baseline "missing.json": ENOENT') })
    expect(await cli(['--baseline', 'bad.json'], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^llm-env-lint: bad\.json: tool: .+; write a baseline with --write-baseline bad\.json\n/) })
    expect(await cli(['--baseline', 'text.json'], root)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^llm-env-lint: text\.json: not JSON/) })
    expect(await cli(['--baseline='], root)).toMatchObject({ code: 2, stderr: expect.stringContaining('--baseline needs a file name') })
  })
})

describe('the action with a baseline', () => {
  it('accepts what the CLI recorded: exit 0, nothing annotated, the findings suppressed in the JSON report', async () => {
    const app = { 'app/.env': files['.env'], 'app/package.json': files['package.json'] }
    const root = await makeRepo(app)
    await cli(['--write-baseline', 'llm-env-lint.baseline.json', 'app'], root)
    const baseline = await readFile(join(root, 'llm-env-lint.baseline.json'), 'utf8')
    const run = await runAction({ ...app, 'llm-env-lint.baseline.json': baseline }, { path: 'app', baseline: 'llm-env-lint.baseline.json' })
    expect(run.exitCode).toBeUndefined()
    expect(run.log).not.toMatch(/^::error /m)
    const report = JSON.parse(await readFile(run.outputs['report-json']!, 'utf8')) as JsonReport
    expect(report.findings.length).toBeGreaterThan(0)
    expect(report.findings.every((f) => f.suppressed?.by === 'baseline')).toBe(true)
    expect(run.outputs.findings).toBe('0')
  })

  it('fails with the input named when the baseline is missing', async () => {
    const run = await runAction(files, { baseline: 'nope.json' })
    expect(run.exitCode).toBe(1)
    expect(run.log).toMatch(/^::error::.*Input 'baseline': cannot read nope\.json \(ENOENT\)/m)
  })
})
