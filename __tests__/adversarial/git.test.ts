/**
 * Class 5: scanning a repository must not run its code. Git read the scanned folder's `.git/config`, so a
 * `core.fsmonitor` there ran a program of the repository's choosing on every listing; and a tracked folder replaced
 * by a symbolic link had its files read from outside the scanned folder.
 */
import { afterEach, beforeEach, describe, it, expect } from '@jest/globals'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { GitRepo } from '../github/git-repo.js'
import { runCli } from './support.js'

describe('git runs with the scanned repository distrusted', () => {
  let repo: GitRepo
  let outside: string
  beforeEach(() => {
    repo = new GitRepo()
    outside = mkdtempSync(join(tmpdir(), 'llm-env-lint-outside-'))
  })
  afterEach(() => {
    repo.dispose()
    rmSync(outside, { recursive: true, force: true })
  })

  it('never runs core.fsmonitor, hooks or gpg.program from the repository config', async () => {
    const marker = join(outside, 'ran')
    const program = join(outside, 'program.sh')
    writeFileSync(program, `#!/bin/sh\ntouch '${marker}'\necho\n`)
    chmodSync(program, 0o755)
    repo.write('.env', 'BASE_URL=https://api.rutaapi.com\n').git('add', '.')
    repo.git('commit', '--quiet', '-m', 'init')
    repo.git('config', 'core.fsmonitor', program)
    repo.git('config', 'log.showSignature', 'true')
    repo.git('config', 'gpg.program', program)
    const run = await runCli(repo.dir, ['--format', 'json', '--fail-on', 'never'])
    expect(run.code).toBe(0)
    expect(existsSync(marker)).toBe(false)
  })

  it('does not read a tracked folder that was replaced by a link to a folder outside the root', async () => {
    const key = fakeKeys.anthropic('outside')
    repo.write('config/.env', 'BASE_URL=https://api.rutaapi.com\n').git('add', '.')
    repo.git('commit', '--quiet', '-m', 'init')
    rmSync(join(repo.dir, 'config'), { recursive: true })
    mkdirSync(join(outside, 'secrets'))
    writeFileSync(join(outside, 'secrets', '.env'), `ANTHROPIC_API_KEY=${key}\n`)
    symlinkSync(join(outside, 'secrets'), join(repo.dir, 'config'))
    const run = await runCli(repo.dir, ['--format', 'json', '--fail-on', 'never'])
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.findings.filter((f) => f.ruleId === 'leaked-key')).toEqual([])
    expect(report.findings).toContainEqual(expect.objectContaining({ file: 'config/.env', message: expect.stringContaining('symbolic link that points outside') }))
  })
})
