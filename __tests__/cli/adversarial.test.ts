/**
 * Bad input through the real CLI: files built to exhaust the parsers or the pairing must end in findings within
 * seconds, never a crash, a hang or lost results for the other files.
 */
import { describe, it, expect } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { body, fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Runs the CLI with JSON output; every repository also holds one leaked key, which must always be found. */
async function scan(files: Record<string, string | Buffer>): Promise<{ report: JsonReport; seconds: number }> {
  const repo = await makeRepo({ ...files, 'leak/.env': `OPENAI_API_KEY=${fakeKeys.openaiProject('adversarial')}\n` } as Record<string, string>)
  let stdout = ''
  const started = performance.now()
  const code = await main(['--format', 'json', '--fail-on', 'never', repo], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: repo, env: {} })
  const seconds = (performance.now() - started) / 1000
  expect(code).toBe(0)
  const report = JSON.parse(stdout) as JsonReport
  expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: 'leak/.env' }))
  return { report, seconds }
}

const messages = (report: JsonReport, ruleId: string): string[] => report.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file}: ${f.message}`)

describe('adversarial input', () => {
  it('YAML bombs: merge keys and aliases that multiply are not expanded, and say so', async () => {
    const merges = ['x-m0: &m0 {OPENAI_API_KEY: a}']
    for (let i = 1; i <= 24; i++) merges.push(`x-m${i}: &m${i}\n  <<: [${Array(10).fill(`*m${i - 1}`).join(', ')}]`)
    const steps = Array.from({ length: 300 }, (_, i) => `  - run: echo \${{ secrets.K${i} }}\n    env:\n      OPENAI_API_KEY: \${{ secrets.K${i} }}`).join('\n')
    const jobs = Array.from({ length: 1000 }, (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    steps: *steps`).join('\n')
    const { report, seconds } = await scan({
      'docker-compose.yml': `${merges.join('\n')}\nservices:\n  app:\n    environment: *m24\n`,
      '.github/workflows/bomb.yml': `on: pull_request_target\nx-steps: &steps\n${steps}\njobs:\n${jobs}\n`,
      'cycle/docker-compose.yml': 'services: &s\n  app:\n    <<: *s\n'
    })
    expect(seconds).toBeLessThan(10)
    expect(messages(report, 'parse-error')).toEqual([
      expect.stringMatching(/^\.github\/workflows\/bomb\.yml: could not read the workflow: aliases here would expand the file past \d+ nodes/),
      expect.stringMatching(/^cycle\/docker-compose\.yml: .*or into themselves/),
      expect.stringMatching(/^docker-compose\.yml: could not read the compose file: aliases here would expand/)
    ])
  }, 30_000)

  it('a 100,000-line .env of credentials, a 4 MB minified file full of sk- strings and a 1,000-job workflow', async () => {
    const env = Array.from({ length: 100_000 }, (_, i) => `K${i}_API_KEY=${body(30, ALNUM, `env${i}`)}`).join('\n')
    let minified = ''
    for (let i = 0; minified.length < 4 * 1024 * 1024; i++) minified += `var a${i}="sk-${body(48, ALNUM, `js${i}`)}";`
    const jobs = Array.from(
      { length: 1000 },
      (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.K${i} }}\n    steps:\n      - run: echo "\${{ secrets.K${i} }}"`
    ).join('\n')
    const { report, seconds } = await scan({ 'big/.env': env, 'app.min.js': minified, '.github/workflows/ci.yml': `on: push\njobs:\n${jobs}\n` })
    // Was minutes: pairing by name stem looked through every entry of the file for each key.
    expect(seconds).toBeLessThan(45)
    // Every line is a leak: the first 1,000 are listed, the rest counted in one finding of the same severity.
    expect(report.findings.filter((f) => f.file === 'big/.env' && f.ruleId === 'leaked-key')).toHaveLength(1000)
    expect(messages(report, 'parse-error')).toContainEqual(expect.stringMatching(/^big\/\.env: 9\d{4} more findings in this file were not listed \(leaked-key\)/))
    expect(report.findings.filter((f) => f.ruleId === 'workflow-secret-exposure')).toHaveLength(1000)
  }, 90_000)

  it('deep nesting, broken UTF-16 and UTF-8, and odd file names end as findings, not crashes', async () => {
    const { report } = await scan({
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
