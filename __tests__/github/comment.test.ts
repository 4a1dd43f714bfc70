import { afterEach, beforeEach, describe, it, expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { stickyMarker, upsertStickyComment, type StickyCommentRequest } from '../../src/github/comment.js'
import type { GitHubClient, RetryOptions } from '../../src/github/retry.js'
import { PR_COMMENT_MARKER, renderPrComment, renderShortPrComment } from '../../src/reporters/pr-comment.js'
import { GitHubServer } from '../helpers/github-server.js'
import { fakeKeys } from '../helpers/keys.js'
import { expectNoSecrets, reportContext } from '../reporters/report-fixture.js'

const REPO = 'octo/nextchat-fork'
const PR = 7

let server: GitHubServer
let octokit: GitHubClient
let sleeps: number[]
let retry: RetryOptions

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addPullRequest(REPO, PR)
  octokit = getOctokit('test-token', { baseUrl: server.url })
  sleeps = []
  retry = { sleep: async ms => void sleeps.push(ms), now: () => Date.parse('2026-11-26T12:00:00Z') }
})

afterEach(() => server.close())

function request(body: string, extra: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return { owner: 'octo', repo: 'nextchat-fork', issueNumber: PR, body, retry, ...extra }
}

const report = renderPrComment(reportContext())

describe('upsertStickyComment', () => {
  it('creates the comment on the first run', async () => {
    const result = await upsertStickyComment(octokit, request(report))
    expect(result).toEqual({ ok: true, value: { action: 'created', id: 1000, url: `https://github.test/${REPO}/pull/7#issuecomment-1000`, shortened: false } })
    expect(server.requests.map(r => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/${REPO}/issues/7/comments`,
      `POST /repos/${REPO}/issues/7/comments`
    ])
    expect(server.requestsTo('list-comments')[0]!.query.get('per_page')).toBe('100')
    expect(server.requestsTo('create-comment')[0]!.body).toEqual({ body: report })
    expect(server.requests[0]!.headers.authorization).toBe('token test-token')
  })

  it('updates the same comment on the next run, and leaves an unchanged one alone', async () => {
    const first = await upsertStickyComment(octokit, request(report))
    const changed = `${report}\nchanged\n`
    const second = await upsertStickyComment(octokit, request(changed))
    expect(second).toEqual({ ok: true, value: { action: 'updated', id: 1000, url: expect.any(String), shortened: false } })
    expect(server.requestsTo('update-comment').map(r => r.path)).toEqual([`/repos/${REPO}/issues/comments/1000`])
    expect(server.requestsTo('update-comment')[0]!.body).toEqual({ body: changed })
    const third = await upsertStickyComment(octokit, request(changed))
    expect(third.ok && third.value.action).toBe('unchanged')
    expect(server.requestsTo('update-comment')).toHaveLength(1)
    expect(server.comments).toHaveLength(1)
    expect(first.ok && first.value.id).toBe(1000)
  })

  it('turns into the all-clear when the findings are fixed', async () => {
    await upsertStickyComment(octokit, request(report))
    const allClear = renderPrComment({ ...reportContext(), findings: [] })
    const result = await upsertStickyComment(octokit, request(allClear))
    expect(result.ok && result.value.action).toBe('updated')
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]!.body).toBe(allClear)
    expect(server.comments[0]!.body).toContain('✅ **No problems found**')
  })

  it('finds its comment among many pages, preferring github-actions[bot] over other bots and people', async () => {
    for (let i = 0; i < 120; i++) server.addComment(REPO, PR, `chatter ${i}`, { login: `user${i}`, type: 'User' })
    server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nquoted by a person`, { login: 'someone', type: 'User' })
    server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nfrom another bot`, { login: 'other-app[bot]', type: 'Bot' })
    for (let i = 0; i < 90; i++) server.addComment(REPO, PR, `more ${i}`, { login: 'user', type: 'User' })
    const ours = server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nold report`)
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value).toMatchObject({ action: 'updated', id: ours.id })
    expect(server.requestsTo('list-comments').map(r => r.query.get('page'))).toEqual(['1', '2', '3'])
    expect(server.comments.filter(comment => comment.body.startsWith(PR_COMMENT_MARKER))).toHaveLength(3)
  })

  it('never overwrites a person quoting the marker: it creates its own comment', async () => {
    const quoted = server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nI copied this`, { login: 'someone', type: 'User' })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('created')
    expect(server.comments.find(comment => comment.id === quoted.id)!.body).toBe(`${PR_COMMENT_MARKER}\nI copied this`)
  })

  it('counts only the given author when one is set (a personal token)', async () => {
    server.actor = { login: 'release-bot', type: 'User' }
    server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nby the actions bot`)
    const mine = server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nmine`, { login: 'release-bot', type: 'User' })
    const result = await upsertStickyComment(octokit, request(report, { author: 'release-bot' }))
    expect(result.ok && result.value).toMatchObject({ action: 'updated', id: mine.id })
  })

  it('creates a new comment when ours was deleted between listing and updating', async () => {
    server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nold`)
    server.fail('update-comment', { status: 404, body: { message: 'Not Found' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('created')
    expect(server.requestsTo('create-comment')).toHaveLength(1)
  })

  it('reports a fork PR read-only token (403) as forbidden, without retrying', async () => {
    server.fail('create-comment', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.failure).toMatchObject({ kind: 'forbidden', status: 403, attempts: 1, requestId: expect.stringMatching(/^REQ-/) })
    expect(result.failure.message).toBe(
      'creating the pull request comment failed: the token may not do this (403). Pull requests from forks get a read-only token. Grant the job `pull-requests: write`.'
    )
    expect(sleeps).toEqual([])
    expect(server.comments).toHaveLength(0)
  })

  it('reports a missing pull request or repository (404)', async () => {
    const result = await upsertStickyComment(octokit, request(report, { repo: 'gone' }))
    expect(!result.ok && result.failure).toMatchObject({ kind: 'not-found', status: 404, attempts: 1 })
    expect(!result.ok && result.failure.message).toMatch(/^listing the pull request comments \(page 1\) failed: not found \(404\)/)
  })

  it('retries a 500 with backoff, then succeeds', async () => {
    server.fail('create-comment', { status: 500, times: 2 })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('created')
    expect(sleeps).toEqual([1000, 2000])
    expect(server.requestsTo('create-comment')).toHaveLength(3)
    expect(server.comments).toHaveLength(1)
  })

  it('gives up after the bounded retries when GitHub stays down', async () => {
    server.fail('list-comments', { status: 502, times: 10 })
    const result = await upsertStickyComment(octokit, request(report))
    expect(!result.ok && result.failure).toMatchObject({ kind: 'unavailable', status: 502, attempts: 4 })
    expect(sleeps).toEqual([1000, 2000, 4000])
    expect(server.requestsTo('create-comment')).toHaveLength(0)
  })

  it('waits out a 429 for as long as retry-after says', async () => {
    server.fail('create-comment', { status: 429, headers: { 'retry-after': '7' }, body: { message: 'Too Many Requests' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('created')
    expect(sleeps).toEqual([7000])
  })

  it('waits out a secondary rate limit (403 with retry-after)', async () => {
    server.fail('update-comment', {
      status: 403,
      headers: { 'retry-after': '3' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }
    })
    server.addComment(REPO, PR, `${PR_COMMENT_MARKER}\nold`)
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('updated')
    expect(sleeps).toEqual([3000])
  })

  it('waits a minute for a secondary rate limit without retry-after', async () => {
    server.fail('create-comment', { status: 403, body: { message: 'You have exceeded a secondary rate limit.' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('created')
    expect(sleeps).toEqual([60_000])
  })

  it('waits for the primary rate limit reset (x-ratelimit-remaining: 0)', async () => {
    const reset = String(Date.parse('2026-11-26T12:00:30Z') / 1000)
    server.fail('list-comments', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.action).toBe('created')
    expect(sleeps).toEqual([30_000])
  })

  it('gives up at once when asked to wait longer than it will', async () => {
    server.fail('create-comment', { status: 429, headers: { 'retry-after': '3600' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(!result.ok && result.failure).toMatchObject({ kind: 'rate-limited', status: 429, attempts: 1 })
    expect(!result.ok && result.failure.message).toContain('GitHub asked to wait longer than this action waits')
    expect(sleeps).toEqual([])
  })

  it('posts the short body once when GitHub rejects the full one (422)', async () => {
    const tooLong = `${PR_COMMENT_MARKER}\n${'x'.repeat(70_000)}`
    const fallbackBody = renderShortPrComment(reportContext(), { note: 'The full report was too long for a comment; see the job summary.' })
    const result = await upsertStickyComment(octokit, request(tooLong, { fallbackBody }))
    expect(result.ok && result.value).toMatchObject({ action: 'created', shortened: true })
    expect(server.requestsTo('create-comment')).toHaveLength(2)
    expect(server.comments.map(comment => comment.body)).toEqual([fallbackBody])
  })

  it('falls back to a default short body that can still be found again', async () => {
    server.fail('create-comment', { status: 422, body: { message: 'Validation Failed' } })
    const result = await upsertStickyComment(octokit, request(report))
    expect(result.ok && result.value.shortened).toBe(true)
    expect(server.comments[0]!.body.startsWith(`${PR_COMMENT_MARKER}\n`)).toBe(true)
    expect(server.comments[0]!.body).toContain('see the job summary')
  })

  it('stops after one fallback when that is rejected too, and never echoes the error body', async () => {
    // A body GitHub echoes back, holding a key: it must not reach the failure message.
    const leaked = fakeKeys.openaiProject('echo')
    const echo = { message: 'Validation Failed', errors: [{ field: 'body', message: `rejected content: ${leaked}` }] }
    server.fail('create-comment', { status: 422, body: echo, times: 2 })
    const result = await upsertStickyComment(octokit, request(report))
    expect(!result.ok && result.failure).toMatchObject({ kind: 'rejected', status: 422, attempts: 1 })
    expect(server.requestsTo('create-comment')).toHaveLength(2)
    expectNoSecrets(JSON.stringify(result), [leaked])
  })

  it('explains a network failure after retrying', async () => {
    const closed = await GitHubServer.start()
    const unreachable = getOctokit('test-token', { baseUrl: closed.url })
    await closed.close()
    const result = await upsertStickyComment(unreachable, request(report))
    expect(!result.ok && result.failure).toMatchObject({ kind: 'unavailable', attempts: 4 })
    expect(!result.ok && result.failure.message).toBe(
      'listing the pull request comments (page 1) failed: GitHub could not be reached after 4 attempts.'
    )
  })

  it('keeps one comment per job key, found by key and author across all pages', async () => {
    // Two hundred other comments push ours past the first page.
    for (let i = 0; i < 200; i++) server.addComment(REPO, PR, `comment ${i}`, { login: 'someone', type: 'User' })
    const web = await upsertStickyComment(octokit, request(report, { key: 'llm-env-lint/lint (web)' }))
    const api = await upsertStickyComment(octokit, request(report, { key: 'llm-env-lint/lint (api)' }))
    expect(web.ok && api.ok && web.value.id !== api.value.id).toBe(true)
    const webMarker = stickyMarker('llm-env-lint/lint (web)')
    expect(webMarker).toBe('<!-- llm-env-lint:report key=llm-env-lint%2Flint%20(web) -->')
    // Another author quoting the web job's marker is never taken for it.
    server.addComment(REPO, PR, `${webMarker}\nquoted`, { login: 'someone', type: 'User' })
    const again = await upsertStickyComment(octokit, request(`${report}\nweb changed\n`, { key: 'llm-env-lint/lint (web)' }))
    expect(again.ok && again.value).toMatchObject({ action: 'updated', id: web.ok ? web.value.id : -1 })
    const ours = server.comments.filter(comment => comment.user.login === 'github-actions[bot]')
    expect(ours.map(comment => comment.body.split('\n')[0])).toEqual([webMarker, stickyMarker('llm-env-lint/lint (api)')])
    expect(ours[0]!.body).toContain('web changed')
    expect(ours[1]!.body).not.toContain('web changed')
  })

  it('never takes an unkeyed comment for a keyed job, nor the other way round; a key cannot close the HTML comment', async () => {
    const plain = await upsertStickyComment(octokit, request(report))
    const keyed = await upsertStickyComment(octokit, request(report, { key: 'ci/lint' }))
    expect(plain.ok && keyed.ok && plain.value.id !== keyed.value.id).toBe(true)
    const plainAgain = await upsertStickyComment(octokit, request(`${report}\nx\n`))
    expect(plainAgain.ok && plainAgain.value).toMatchObject({ action: 'updated', id: plain.ok ? plain.value.id : -1 })
    expect(stickyMarker('a --> <b>')).toBe('<!-- llm-env-lint:report key=a%20--%3E%20%3Cb%3E -->')
  })

})
