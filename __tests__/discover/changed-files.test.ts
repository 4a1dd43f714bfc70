import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import type { ChangedFile } from '../../src/discover/diff.js'
import { changedFilesFromGit, GitError } from '../../src/discover/git.js'
import { GitRepo } from '../github/git-repo.js'

/** Sorted by path, lines as arrays: easy to compare. */
function plain(files: readonly ChangedFile[]): object[] {
  return [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(file => ({ ...file, ...(file.addedLines ? { addedLines: [...file.addedLines].sort((a, b) => a - b) } : {}) }))
}

describe('changedFilesFromGit', () => {
  const repo = new GitRepo()
  let base: string
  let head: string

  beforeAll(() => {
    repo
      .write('.env', 'OPENAI_API_KEY=\nBASE_URL=https://api.rutaapi.com/v1\n')
      .write('gone.env', 'A=1\n')
      .write('moved.yml', 'services:\n  app:\n    image: yidadaa/chatgpt-next-web\n')
      .write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]))
    base = repo.commit('base')
    repo.git('checkout', '--quiet', '-b', 'feature')
    repo
      .write('.env', 'OPENAI_API_KEY=\r\nBASE_URL=https://api.rutaapi.com\r\nDEFAULT_MODEL=gpt-4o\r\n')
      .remove('gone.env')
      .remove('moved.yml')
      .write('deploy/moved.yml', 'services:\n  app:\n    image: yidadaa/chatgpt-next-web\n')
      .write('config/my app.env', 'BASE_URL=x\n')
      .write('config/tést.env', 'A=1\n+++ b/looks like a header\n')
      .write('config/say "hi".env', 'HELLO=world\n')
      .write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]))
    repo.commit('feature')
    // The base branch moves on after the PR branched: three dots leave its changes out.
    repo.git('checkout', '--quiet', 'main')
    repo.write('main-only.env', 'X=1\n').commit('main moves on')
    repo.git('checkout', '--quiet', 'feature')
    head = repo.git('rev-parse', 'HEAD')
    base = repo.git('rev-parse', 'main')
  })

  afterAll(() => repo.dispose())

  it('lists changed files and added lines between the merge base and head', async () => {
    const files = await changedFilesFromGit(repo.dir, base, head)
    expect(plain(files)).toEqual([
      { path: '.env', status: 'modified', addedLines: [1, 2, 3] },
      { path: 'config/my app.env', status: 'added', addedLines: [1] },
      { path: 'config/say "hi".env', status: 'added', addedLines: [1] },
      { path: 'config/tést.env', status: 'added', addedLines: [1, 2] },
      { path: 'deploy/moved.yml', status: 'renamed', previousPath: 'moved.yml', addedLines: [] },
      { path: 'gone.env', status: 'removed', addedLines: [] },
      { path: 'logo.png', status: 'modified' }
    ])
  })

  it('explains a missing base commit (a shallow clone)', async () => {
    const missing = 'deadbeef'.repeat(5)
    await expect(changedFilesFromGit(repo.dir, missing, head)).rejects.toThrow(GitError)
    await expect(changedFilesFromGit(repo.dir, missing, head)).rejects.toThrow(
      new RegExp(`^git diff ${missing}\\.\\.\\.${head} failed \\(exit 128\\): fatal: .*The base or head commit is not in the clone: check out with \`fetch-depth: 0\``)
    )
  })

  it('refuses revisions git could read as options', async () => {
    await expect(changedFilesFromGit(repo.dir, '--output=/tmp/x', head)).rejects.toThrow('not a git revision: "--output=/tmp/x"')
  })

  it('explains a folder that is not there', async () => {
    await expect(changedFilesFromGit('/nonexistent/llm-env-lint', base, head)).rejects.toThrow(/git could not be run in \/nonexistent/)
  })
})
