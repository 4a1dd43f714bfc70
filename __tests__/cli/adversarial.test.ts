/**
 * Bad input through the real CLI: files built to exhaust the parsers or the pairing must end in findings, never a
 * crash, a hang or lost results for the other files. How long the full sizes take is measured by
 * `npm run bench:adversarial` (bench/adversarial.mjs), not asserted here: a test asserts what is found.
 */
import { describe, it, expect } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { largeInputs, yamlBombs } from '../helpers/adversarial.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

/** Runs the CLI with JSON output; every repository also holds one leaked key, which must always be found. */
async function scan(files: Record<string, string | Buffer>): Promise<JsonReport> {
  const repo = await makeRepo({ ...files, 'leak/.env': `OPENAI_API_KEY=${fakeKeys.openaiProject('adversarial')}\n` })
  let stdout = ''
  const code = await main(['--format', 'json', '--fail-on', 'never', repo], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: repo, env: {} })
  expect(code).toBe(0)
  const report = JSON.parse(stdout) as JsonReport
  expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: 'leak/.env' }))
  return report
}

const messages = (report: JsonReport, ruleId: string): string[] => report.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}: ${f.message}`)
const count = (report: JsonReport, ruleId: string, file: string): number => report.findings.filter((f) => f.ruleId === ruleId && f.file === file).length

describe('adversarial input', () => {
  it('YAML bombs: merge keys and aliases that multiply are not expanded, and say so', async () => {
    const report = await scan(yamlBombs())
    expect(messages(report, 'parse-error')).toEqual([
      expect.stringMatching(/^\.github\/workflows\/bomb\.yml: could not read the workflow: aliases here would expand the file past \d+ nodes/),
      expect.stringMatching(/^cycle\/docker-compose\.yml: .*or into themselves/),
      expect.stringMatching(/^docker-compose\.yml: could not read the compose file: aliases here would expand/)
    ])
  })

  it('a large .env of credentials, a minified file full of sk- strings, a 500-job workflow, 1,000 aliased services', async () => {
    const sizes = { envLines: 5000, minifiedChars: 128 * 1024, jobs: 500, services: 1000 }
    const report = await scan(largeInputs(sizes))
    // Every line is a leak: the first 1,000 are listed, the rest counted in one finding of the same severity.
    expect(count(report, 'leaked-key', 'big/.env')).toBe(1000)
    expect(report.findings.map((f) => f.message)).toContainEqual(expect.stringMatching(/^\d{4} more findings in this file were not listed \(leaked-key\)/))
    expect(report.findings.filter((f) => f.ruleId === 'workflow-secret-exposure')).toHaveLength(sizes.jobs)
    // Every service reads the one anchored map: a scope each, one finding at the anchor's position.
    expect(report.scopes.filter((scope) => scope.file === 'many/docker-compose.yml')).toHaveLength(sizes.services)
    expect(count(report, 'base-url-not-api', 'many/docker-compose.yml')).toBe(1)
  }, 60_000)

  it('deep nesting, broken UTF-16 and UTF-8, and odd file names end as findings, not crashes', async () => {
    const report = await scan({
      'deep/docker-compose.yml': `services:\n  app:\n    environment: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
      'deep/vercel.json': '['.repeat(200_000),
      'utf16/.env': Buffer.from([0xff, 0xfe, 0x42, 0x00, 0x00, 0xd8, 0x3d, 0x00, 0x0a, 0x00, 0x00, 0xdc]),
      'utf8/.env': Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x0a, 0x42, 0x3d, 0xff]),
      'odd:name\nwith lines/.env': 'BASE_URL=https://app.rutaapi.com\n'
    })
    expect(messages(report, 'parse-error')).toEqual([
      expect.stringMatching(/^deep\/docker-compose\.yml: could not read the compose file: /),
      expect.stringMatching(/^deep\/vercel\.json: could not read vercel\.json: /)
    ])
    expect(messages(report, 'base-url-not-api')).toEqual([expect.stringMatching(/^odd:name\nwith lines\/\.env: BASE_URL in the \.env file points at app\.rutaapi\.com/)])
  })
})
