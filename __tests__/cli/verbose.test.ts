import { describe, it, expect, afterAll } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { cleanup, gitRepo, makeTree } from '../discover/tree.js'
import { fakeKeys } from '../helpers/keys.js'

const roots: string[] = []
afterAll(() => Promise.all(roots.map(cleanup)))

async function cli(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} })
  return { code, stdout, stderr }
}

const key = fakeKeys.openaiProject('verbose')

async function repo(): Promise<string> {
  const root = await makeTree({
    '.gitignore': '.env.local\n',
    '.env': 'BASE_URL=https://api.rutaapi.com\n',
    '.env.local': `OPENAI_API_KEY=${key}\n`,
    'k8s/web.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata: {A: "1"}\n',
    'README.md': '# app\n',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
  })
  gitRepo(root)
  roots.push(root)
  return root
}

describe('--verbose', () => {
  it('lists the files read as configuration and the files not read before the findings', async () => {
    const root = await repo()
    const run = await cli(['--verbose', '.'], root)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^Deployment scopes and their clients \(\d+\):\n/)
    expect(run.stdout).toMatch(
      /\nConfiguration files read \(2\):\n {2}\.env {10}dotenv, by name\n {2}k8s\/web\.yaml {2}kubernetes, by content\nFiles not read \(1\):\n {2}logo\.png {2}binary \(png\)\n\n/
    )
    // Without the flag, no header; the ignored .env.local is not read.
    const quiet = await cli(['.'], root)
    expect(quiet.stdout).toMatch(/^\.env:1:10: warning /)
    expect(quiet.stdout).not.toContain('.env.local')
  })

  it('goes to stderr with --format json, whose report carries the same lists', async () => {
    const root = await repo()
    const run = await cli(['--verbose', '--format', 'json', '.'], root)
    expect(run.stderr).toMatch(/^Deployment scopes and their clients \(\d+\):\n[^]*\nConfiguration files read \(2\):/)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.files).toEqual({
      read: [
        { path: '.env', kind: 'dotenv', matchedBy: 'name' },
        { path: 'k8s/web.yaml', kind: 'kubernetes', matchedBy: 'content' }
      ],
      skipped: [{ path: 'logo.png', reason: 'binary', detail: 'png' }]
    })
  })
})

describe('--include-ignored', () => {
  it('reads gitignored env files, and every finding from them says the file is not committed', async () => {
    const root = await repo()
    const run = await cli(['--include-ignored', '--verbose', '.'], root)
    expect(run.stdout).toContain('  .env.local    dotenv, by name, not committed (git ignores it)\n')
    const findings = run.stdout.split('\n').filter((line) => line.startsWith('.env.local:'))
    expect(findings.length).toBeGreaterThan(0)
    for (const line of findings) {
      expect(line).toMatch(/\(not committed: git ignores this file\)(: [^[]+)? \[[a-z-]+\]$/)
      expect(line).not.toMatch(/revoke it and/)
      expect(line).not.toContain(key)
    }
    expect(findings.join('\n')).toMatch(/key sk-proj-…\w{4} is in the \.env file \(not committed: git ignores this file\): keep it out of commits/)
  })
})
