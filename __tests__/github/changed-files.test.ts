import { afterEach, beforeEach, describe, it, expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { toChangedLines, type ChangedFile } from '../../src/discover/diff.js'
import { changedFiles } from '../../src/github/changed-files.js'
import type { GitHubClient } from '../../src/github/retry.js'
import { GitHubServer, type StoredFile } from '../helpers/github-server.js'

const REPO = 'octo/nextchat-fork'
const pr = { owner: 'octo', repo: 'nextchat-fork', pullNumber: 7 }

/** Sorted by path, lines as arrays: easy to compare. */
function plain(files: readonly ChangedFile[]): object[] {
  return [...files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map(file => ({ ...file, ...(file.addedLines ? { addedLines: [...file.addedLines].sort((a, b) => a - b) } : {}) }))
}

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
