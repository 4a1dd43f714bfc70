/**
 * The linter run on its own repository, as a user would run it: the tests, fixtures and docs are full
 * of key-shaped text, and none of it may be a committed key. Nothing is excluded beyond what the
 * repository's own .gitignore, config file and inline directives exclude.
 */
import { describe, it, expect } from '@jest/globals'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('llm-env-lint on this repository', () => {
  it('finds no leaked-key', async () => {
    let stdout = ''
    let stderr = ''
    await main(['--format', 'json', REPO_ROOT], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      cwd: REPO_ROOT,
      env: {}
    })
    expect(stderr).toBe('')
    const report = JSON.parse(stdout) as JsonReport
    const leaks = report.findings
      .filter((finding) => finding.ruleId === 'leaked-key' && finding.suppressed === undefined)
      .map((finding) => `${finding.file}:${finding.line}:${finding.column}: ${finding.message}`)
    expect(leaks).toEqual([])
    // The fixture repositories hold deliberate mistakes (but no keys): findings there show they were scanned.
    expect(report.findings.some((finding) => finding.file.startsWith('__tests__/fixtures/repos/'))).toBe(true)
  }, 60_000)
})
