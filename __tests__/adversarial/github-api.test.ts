/**
 * Class 7: faults of the GitHub API must not lose the report. A malformed 200 crashed the action before any output was
 * set; a request without a timeout could hang the job; the comment lookup stopped at 5,000 comments; another bot's
 * comment carrying our marker was taken for ours.
 */
import { afterEach, beforeEach, describe, it, expect } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { changedFiles } from '../../src/github/changed-files.js'
import { githubClient } from '../../src/github/client.js'
import { upsertStickyComment } from '../../src/github/comment.js'
import { PR_COMMENT_MARKER } from '../../src/reporters/pr-comment.js'
import { GitHubServer } from '../helpers/github-server.js'

const REPO = 'octo/app'
const pr = { owner: 'octo', repo: 'app', pullNumber: 5 }
const noWait = { retries: 1, baseDelayMs: 0, sleep: async () => undefined }

describe('GitHub API faults', () => {
  let server: GitHubServer
  beforeEach(async () => (server = await GitHubServer.start()))
  afterEach(() => server.close())

  it.each([
    ['an object where the list belongs', { files: [] }],
    ['null entries in the list', [null, { filename: 'a.env', status: 'added', changes: 1 }]],
    ['an entry without its fields', [{ filename: 7 }]]
  ])('a malformed 200 (%s) is a failure value, not a crash', async (_label, body) => {
    server.addPullRequest(REPO, 5)
    server.fail('list-files', { status: 200, body })
    const result = await changedFiles(githubClient('t', { baseUrl: server.url }), pr, { retry: noWait })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.failure).toMatchObject({ kind: 'unexpected', message: expect.stringContaining('expected shape') })
  })

  it('finds our comment among more than 5,000, by marker and author, and leaves another bot’s marked comment alone', async () => {
    server.addPullRequest(REPO, 5)
    const impostor = server.addComment(REPO, 5, `${PR_COMMENT_MARKER}\nnot ours`, { login: 'other-bot[bot]', type: 'Bot' })
    for (let i = 0; i < 5100; i++) server.addComment(REPO, 5, `chatter ${i}`, { login: 'someone', type: 'User' })
    const ours = server.addComment(REPO, 5, `${PR_COMMENT_MARKER}\nold report`)
    const result = await upsertStickyComment(githubClient('t', { baseUrl: server.url }), { owner: 'octo', repo: 'app', issueNumber: 5, body: `${PR_COMMENT_MARKER}\nnew report` })
    expect(result.ok && result.value).toMatchObject({ action: 'updated', id: ours.id })
    expect(impostor.body).toBe(`${PR_COMMENT_MARKER}\nnot ours`)
  }, 30_000)
})

describe('a GitHub that never answers', () => {
  let silent: Server
  beforeEach(async () => {
    silent = createServer(() => undefined) // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
  })
  afterEach(async () => {
    silent.closeAllConnections()
    await new Promise((resolve) => silent.close(resolve))
  })

  it('times every request out and reports the failure', async () => {
    const { port } = silent.address() as AddressInfo
    const client = githubClient('t', { baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 200 })
    const result = await changedFiles(client, pr, { retry: noWait })
    expect(!result.ok && result.failure.kind).toBe('unavailable')
  })
})
