/**
 * Pre-commit use: `--staged` judges what the next commit would hold (the git index), not the files on disk, and
 * files named on the command line are judged with the rest of the repository but reported alone. Real git
 * repositories in temporary folders.
 */
import { describe, it, expect, afterEach } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { parseCliArgs } from '../../src/cli/args.js'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { GitRepo } from '../github/git-repo.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} })
  return { code, stdout, stderr }
}

const findings = (stdout: string) => (JSON.parse(stdout) as JsonReport).findings.map((f) => `${f.file}: ${f.ruleId}`)

const key = fakeKeys.openaiProject('staged')
const repos: GitRepo[] = []
afterEach(() => repos.splice(0).forEach((repo) => repo.dispose()))

function repo(): GitRepo {
  const made = new GitRepo()
  repos.push(made)
  return made
}

describe('--staged', () => {
  it('fails on a key that is staged, though the working copy no longer has it', async () => {
    const git = repo().write('README.md', '# app\n')
    git.commit('start')
    git.write('.env', `OPENAI_API_KEY=${key}\n`).git('add', '.env')
    git.write('.env', 'OPENAI_API_KEY=\n')
    const staged = await cli(['--staged'], git.dir)
    expect(staged.code).toBe(1)
    expect(staged.stdout).toMatch(/^\.env:1:16: error OpenAI key sk-proj-…\S{4} is staged in the \.env file: .+ \[leaked-key\]$/m)
    expect(staged.stdout).not.toContain(key)
    // The working tree is clean: without --staged there is nothing to report.
    expect(await cli([], git.dir)).toMatchObject({ code: 0 })
  })

  it('passes clean staged content, whatever an unstaged file holds', async () => {
    const git = repo().write('.env', 'OPENAI_API_KEY=${OPENAI_API_KEY}\n')
    git.commit('start')
    git.write('.env', `OPENAI_API_KEY=${key}\n`).write('notes/untracked.env', `OPENAI_API_KEY=${fakeKeys.anthropic('untracked')}\n`)
    expect(await cli(['--staged'], git.dir)).toMatchObject({ code: 0, stderr: '' })
    // Without --staged the working copy's key is found, and the untracked file's too.
    const worktree = await cli(['--format', 'json'], git.dir)
    expect(findings(worktree.stdout)).toEqual(['.env: leaked-key', 'notes/untracked.env: leaked-key'])
  })

  it('reads staged paths and content: a rename, a file deleted from disk, a binary', async () => {
    const git = repo().write('old.env', `OPENAI_API_KEY=${key}\n`).write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))
    git.commit('start')
    git.git('mv', 'old.env', 'new.env')
    git.remove('new.env')
    const staged = await cli(['--staged', '--format', 'json'], git.dir)
    expect(findings(staged.stdout)).toEqual(['new.env: leaked-key'])
  })

  it('is a usage error outside a git work tree', async () => {
    const folder = await makeRepo({ '.env': 'BASE_URL=https://api.openai.com/v1\n' })
    const run = await cli(['--staged'], folder)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^llm-env-lint: .+ is not in a git work tree, so there is no index to scan \(--staged\)\n/)
  })
})

describe('files named on the command line', () => {
  // NextChat is detected from package.json, which is not named: BASE_URL with /v1 is then an error.
  const files = {
    'package.json': '{ "name": "nextchat", "private": true }\n',
    'a.env': 'BASE_URL=https://api.rutaapi.com/v1\n',
    'b.env': `OPENAI_API_KEY=${key}\n`,
    'c.env': 'BASE_URL=https://app.rutaapi.com\n'
  }

  it('reports on the named files only, judged with the repository around them', async () => {
    const root = await makeRepo(files)
    const one = await cli(['--format', 'json', 'a.env'], root)
    expect(findings(one.stdout)).toEqual(['a.env: base-url-path'])
    expect((JSON.parse(one.stdout) as JsonReport).findings[0]!.message).toContain('NextChat')
    const two = await cli(['--format', 'json', 'a.env', `${root}/c.env`], root)
    expect(findings(two.stdout)).toEqual(['a.env: base-url-path', 'c.env: base-url-not-api'])
    expect(await cli(['--format', 'json', '.'], root).then((run) => findings(run.stdout))).toContainEqual('b.env: leaked-key')
  })

  it('with --staged: the staged content of the named files', async () => {
    const git = repo()
    for (const [path, text] of Object.entries(files)) git.write(path, text)
    git.commit('start')
    git.write('b.env', 'OPENAI_API_KEY=${OPENAI_API_KEY}\n')
    const run = await cli(['--staged', '--format', 'json', 'b.env'], git.dir)
    expect(run.code).toBe(1)
    expect(findings(run.stdout)).toContain('b.env: leaked-key')
    expect(findings(run.stdout).filter((finding) => !finding.startsWith('b.env: '))).toEqual([])
  })

  it('says when a named file was not scanned, and refuses files that are missing or outside the folder', async () => {
    const git = repo().write('.gitignore', 'local.env\n').write('local.env', `OPENAI_API_KEY=${key}\n`).write('a.env', 'X=1\n')
    git.commit('start')
    expect(await cli(['local.env', 'a.env'], git.dir)).toMatchObject({
      code: 0,
      stderr: "llm-env-lint: local.env was not scanned: git ignores it, or the config file's ignore patterns leave it out\n"
    })
    expect(await cli(['missing.env'], git.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('path "missing.env" does not exist') })
    expect(await cli(['a.env', 'missing.env'], git.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('file "missing.env" does not exist') })
    expect(await cli(['a.env', '../x.env'], `${git.dir}`)).toMatchObject({ code: 2 })
  })
})

describe('.pre-commit-hooks.yaml', () => {
  it("runs the package's bin with flags the CLI accepts, once, on the staged files", () => {
    const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Record<string, unknown>[]
    const bin = Object.keys((JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: object }).bin)
    expect(hooks).toEqual([expect.objectContaining({ id: 'llm-env-lint', language: 'node', pass_filenames: true, require_serial: true })])
    const [command, ...flags] = String(hooks[0]!.entry).split(' ')
    expect(bin).toContain(command)
    expect(parseCliArgs([...flags, 'a.env', 'b.yml'])).toMatchObject({ kind: 'lint', staged: true, files: ['a.env', 'b.yml'] })
  })
})
