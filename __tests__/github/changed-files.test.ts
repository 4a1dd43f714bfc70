import { afterAll, afterEach, beforeAll, beforeEach, describe, it, expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  changedFiles,
  changedFilesFromGit,
  readDiff,
  toChangedLines,
  unquote,
  type ChangedFile
} from '../../src/github/changed-files.js'
import { GitError } from '../../src/discover/git.js'
import type { GitHubClient } from '../../src/github/retry.js'
import { GitHubServer, type StoredFile } from '../helpers/github-server.js'
import { GitRepo } from './git-repo.js'

const REPO = 'octo/nextchat-fork'
const pr = { owner: 'octo', repo: 'nextchat-fork', pullNumber: 7 }

/** Sorted by path, lines as arrays: easy to compare. */
function plain(files: readonly ChangedFile[]): object[] {
  return [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(file => ({ ...file, ...(file.addedLines ? { addedLines: [...file.addedLines].sort((a, b) => a - b) } : {}) }))
}

describe('readDiff', () => {
  it('reads added lines by hunk counts, so content that looks like a header stays content', () => {
    const files = readDiff([
      'diff --git a/.env b/.env',
      'index 1111111..2222222 100644',
      '--- a/.env',
      '+++ b/.env',
      '@@ -2 +2,3 @@',
      '-BASE_URL=https://api.rutaapi.com/v1',
      '+BASE_URL=https://api.rutaapi.com',
      '+++ not a header',
      '+diff --git not a header either',
      '@@ -9,0 +11 @@ some context',
      '+LAST=1',
      '\\ No newline at end of file'
    ])
    expect(files).toEqual([
      {
        commit: undefined,
        path: '.env',
        status: 'modified',
        binary: false,
        added: [
          { line: 2, text: 'BASE_URL=https://api.rutaapi.com' },
          { line: 3, text: '++ not a header' },
          { line: 4, text: 'diff --git not a header either' },
          { line: 11, text: 'LAST=1' }
        ]
      }
    ])
  })

  it('reads an API patch (hunks only)', () => {
    const [file] = readDiff('@@ -1,2 +1,2 @@\n context\n-old\n+new'.split('\n'))
    expect(file!.added).toEqual([{ line: 2, text: 'new' }])
  })

  it('undoes git quoting of unusual paths', () => {
    expect(unquote('"a/t\\303\\251st\\tfile \\"q\\""')).toBe('a/tést\tfile "q"')
    expect(unquote('plain/path')).toBe('plain/path')
  })
})

describe('changedFiles (API)', () => {
  let server: GitHubServer
  let octokit: GitHubClient

  beforeEach(async () => {
    server = await GitHubServer.start()
    octokit = getOctokit('test-token', { baseUrl: server.url })
  })

  afterEach(() => server.close())

  it('lists files with the lines their patches add', async () => {
    const files: StoredFile[] = [
      { filename: '.env', status: 'modified', changes: 3, patch: '@@ -1,2 +1,3 @@\n OPENAI_API_KEY=x\n-BASE_URL=a\n+BASE_URL=b\n+MODEL=c' },
      { filename: 'docker-compose.yml', status: 'added', changes: 2, patch: '@@ -0,0 +1,2 @@\n+services:\n+  app: {}' },
      { filename: 'old.env', status: 'removed', changes: 1, patch: '@@ -1 +0,0 @@\n-A=1' },
      { filename: 'renamed.env', status: 'renamed', previous_filename: 'moved.env', changes: 0 },
      { filename: 'huge.lock', status: 'modified', changes: 40_000 }
    ]
    server.addPullRequest(REPO, 7, files)
    const result = await changedFiles(octokit, pr)
    expect(result.ok && result.value.complete).toBe(true)
    expect(result.ok && plain(result.value.files)).toEqual([
      { path: '.env', status: 'modified', addedLines: [2, 3] },
      { path: 'docker-compose.yml', status: 'added', addedLines: [1, 2] },
      // No patch and changes: GitHub left the patch out (too large), so the lines are unknown.
      { path: 'huge.lock', status: 'modified' },
      { path: 'old.env', status: 'removed', addedLines: [] },
      { path: 'renamed.env', status: 'renamed', previousPath: 'moved.env', addedLines: [] }
    ])
    expect(toChangedLines(result.ok ? result.value.files : [])).toEqual(
      new Map([
        ['.env', new Set([2, 3])],
        ['docker-compose.yml', new Set([1, 2])],
        // Lines unknown: judged whole, never dropped.
        ['huge.lock', new Set()],
        ['old.env', new Set()],
        ['renamed.env', new Set()]
      ])
    )
  })

  it('pages through every file', async () => {
    server.addPullRequest(REPO, 7, Array.from({ length: 250 }, (_, i) => ({ filename: `f${i}.env`, status: 'added', changes: 1, patch: '@@ -0,0 +1 @@\n+A=1' })))
    const result = await changedFiles(octokit, pr)
    expect(result.ok && result.value.files).toHaveLength(250)
    expect(result.ok && result.value.complete).toBe(true)
    expect(server.requestsTo('list-files').map(r => r.query.get('page'))).toEqual(['1', '2', '3'])
  })

  it('says when GitHub stopped at its 3,000-file cap', async () => {
    server.addPullRequest(REPO, 7, Array.from({ length: 3500 }, (_, i) => ({ filename: `f${i}.env`, status: 'added', changes: 0 })))
    const result = await changedFiles(octokit, pr)
    expect(result.ok && result.value.files).toHaveLength(3000)
    expect(result.ok && result.value.complete).toBe(false)
  })

  it('returns the failure when the pull request is not there', async () => {
    server.repos.add(REPO)
    const result = await changedFiles(octokit, pr)
    expect(!result.ok && result.failure).toMatchObject({ kind: 'not-found', status: 404 })
  })
})

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
