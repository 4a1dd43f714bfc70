/** `llm-env-lint merge`: JSON reports of several repositories as one report, each repository's paths under its name. */
import { describe, it, expect } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} })
  return { code, stdout, stderr }
}

const key = fakeKeys.openaiProject('merge')

/** Two repositories linted into reports/api.json and reports/web.json; `web` has its finding baselined. */
async function reports(): Promise<string> {
  const api = await makeRepo({ '.env': `OPENAI_API_KEY=${key}\n`, 'README.md': '# api\n' })
  const web = await makeRepo({ 'package.json': '{ "name": "nextchat" }\n', '.env': 'BASE_URL=https://app.rutaapi.com\n' })
  const out = await makeRepo({})
  await cli(['--write-baseline', 'baseline.json'], web)
  expect(await cli(['--format', 'json', '-o', join(out, 'reports/api.json')], api)).toMatchObject({ code: 1 })
  expect(await cli(['--format', 'json', '--baseline', 'baseline.json', '-o', join(out, 'reports/web.json')], web)).toMatchObject({ code: 0 })
  return out
}

describe('llm-env-lint merge', () => {
  it('prefixes each report\'s paths with its name, keeps suppressions, sums the files (web: 3 with its baseline), and exits by --fail-on', async () => {
    const out = await reports()
    const text = await cli(['merge', 'reports/api.json', 'reports/web.json'], out)
    expect(text.code).toBe(1)
    expect(text.stdout).toMatch(/^api\/\.env:1:16: error OpenAI key sk-proj-…\S{4} is committed in the \.env file: .+ \[leaked-key\]$/m)
    expect(text.stdout).not.toMatch(/^web\//m)
    expect(text.stdout).toMatch(/^1 error, 0 warnings, 0 notes in 5 files \(1 suppressed\)$/m)
    expect(text.stdout).not.toContain(key)
    expect(await cli(['merge', '--fail-on', 'never', 'reports/api.json'], out)).toMatchObject({ code: 0 })

    const json = await cli(['merge', '--format', 'json', '-o', 'all.json', 'backend=reports/api.json', 'reports/web.json'], out)
    expect(json).toEqual({ code: 1, stdout: '', stderr: '' })
    // A merged report is a report: it merges again.
    const again = JSON.parse((await cli(['merge', '--format', 'json', 'org=all.json'], out)).stdout) as JsonReport
    expect(again.findings.map((f) => `${f.file}: ${f.ruleId}${f.suppressed ? ` (${f.suppressed.by})` : ''}`)).toEqual([
      'org/backend/.env: leaked-key',
      'org/web/.env: base-url-not-api (baseline)'
    ])
    expect(again.scopes.map((scope) => scope.file)).toContain('org/web/.env')
    expect(again.summary.files).toBe(5)
    expect(again.findings.map((f) => f.origin)).toEqual(['tree', 'tree'])
  })

  it('reads reports of earlier versions, which do not give the origin: a probe rule\'s findings are the probe\'s', async () => {
    const out = await makeRepo({})
    const finding = { severity: 'error', message: 'm', file: '.env', line: 1, column: 1, endLine: 1, endColumn: 2, fingerprint: 'f' }
    const old = { tool: { name: 'llm-env-lint', version: '0.1.0' }, summary: { files: 1 }, scopes: [], findings: [{ ...finding, ruleId: 'probe-key' }, { ...finding, ruleId: 'base-url-path', fingerprint: 'g' }] }
    await writeFile(join(out, 'old.json'), JSON.stringify(old))
    const merged = JSON.parse((await cli(['merge', '--format', 'json', '--fail-on', 'never', 'old.json'], out)).stdout) as JsonReport
    expect(merged.findings.map((f) => [f.ruleId, f.origin])).toEqual([['base-url-path', 'tree'], ['probe-key', 'probe']])
  })

  it('writes SARIF with every repository\'s results', async () => {
    const out = await reports()
    const sarif = JSON.parse((await cli(['merge', '--format', 'sarif', 'reports/api.json', 'reports/web.json'], out)).stdout) as {
      version: string
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown[] }[] }[]
    }
    expect(sarif.version).toBe('2.1.0')
    const uris = sarif.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}${r.suppressions ? ' (suppressed)' : ''}`)
    expect(uris).toContain('api/.env')
    expect(uris).toContain('web/.env (suppressed)')
  })

  it('refuses what it cannot merge, naming the file (exit 2)', async () => {
    const out = await reports()
    await writeFile(join(out, 'other.json'), '{"version":"2.1.0","runs":[]}')
    await writeFile(join(out, 'text.json'), 'nope')
    expect(await cli(['merge'], out)).toMatchObject({ code: 2, stderr: expect.stringContaining('merge needs at least one report') })
    expect(await cli(['merge', 'reports/api.json', 'x/api.json'], out)).toMatchObject({ code: 2, stderr: expect.stringContaining('two reports are named "api"') })
    expect(await cli(['merge', 'missing.json'], out)).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot read the report "missing.json": ENOENT') })
    expect(await cli(['merge', 'other.json'], out)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^llm-env-lint: other\.json: not an llm-env-lint JSON report \(tool: /) })
    expect(await cli(['merge', 'text.json'], out)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^llm-env-lint: text\.json: not JSON/) })
    expect(await cli(['merge', '--probe', 'reports/api.json'], out)).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option '--probe'") })
  })
})
