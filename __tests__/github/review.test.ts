import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { SUGGESTION_MARKER, syncSuggestions, type ReviewSuggestion, type SuggestionsRequest } from '../../src/github/review.js'
import type { GitHubClient, RetryOptions } from '../../src/github/retry.js'
import { GitHubServer } from '../helpers/github-server.js'

const REPO = 'octo/nextchat-fork'
const PR = 7

let server: GitHubServer
let octokit: GitHubClient
const retry: RetryOptions = { sleep: async () => {}, now: () => Date.parse('2026-11-26T12:00:00Z') }

beforeEach(async () => {
  server = await GitHubServer.start()
  server.addPullRequest(REPO, PR)
  octokit = getOctokit('test-token', { baseUrl: server.url })
})

afterEach(() => server.close())

const suggestion = (path: string, line: number, fixed: string): ReviewSuggestion => ({ path, line, body: `**base-url-path**: use it\n\n\`\`\`suggestion\n${fixed}\n\`\`\`\n` })
const request = (suggestions: readonly ReviewSuggestion[], extra: Partial<SuggestionsRequest> = {}): SuggestionsRequest => ({
  owner: 'octo',
  repo: 'nextchat-fork',
  pullNumber: PR,
  commitId: 'abc123',
  suggestions,
  retry,
  ...extra
})

const base = suggestion('.env', 1, 'BASE_URL=https://api.rutaapi.com')
const model = suggestion('.env', 3, 'DEFAULT_MODEL=gpt-4o@openai')

describe('syncSuggestions', () => {
  it('posts one review on the first run, nothing again on an unchanged run, and deletes what was fixed', async () => {
    const first = await syncSuggestions(octokit, request([base, model]))
    expect(first).toEqual({ ok: true, value: { created: 2, kept: 0, deleted: 0, capped: 0 } })
    expect(server.requestsTo('create-review')).toHaveLength(1)
    expect(server.requestsTo('create-review')[0]!.body).toMatchObject({ commit_id: 'abc123', event: 'COMMENT' })
    expect(server.reviewComments.map(c => [c.path, c.line, c.body.split('\n')[0]])).toEqual([
      ['.env', 1, SUGGESTION_MARKER],
      ['.env', 3, SUGGESTION_MARKER]
    ])

    const unchanged = await syncSuggestions(octokit, request([base, model]))
    expect(unchanged).toEqual({ ok: true, value: { created: 0, kept: 2, deleted: 0, capped: 0 } })
    expect(server.requestsTo('create-review')).toHaveLength(1)

    // The base URL was fixed: its suggestion goes; the model's stays, not posted again.
    const fixed = await syncSuggestions(octokit, request([model]))
    expect(fixed).toEqual({ ok: true, value: { created: 0, kept: 1, deleted: 1, capped: 0 } })
    expect(server.reviewComments.map(c => c.line)).toEqual([3])
  })

  it('replaces a suggestion whose corrected line changed, and leaves other authors and other jobs alone', async () => {
    server.reviewComments.push({ id: 1, repo: REPO, pullNumber: PR, reviewId: 0, path: '.env', line: 1, body: `${SUGGESTION_MARKER}\ncopied`, user: { login: 'someone', type: 'User' } })
    await syncSuggestions(octokit, request([base], { key: 'ci/web' }))
    await syncSuggestions(octokit, request([base], { key: 'ci/api' }))
    const changed = suggestion('.env', 1, 'BASE_URL=https://api.rutaapi.com/api')
    const result = await syncSuggestions(octokit, request([changed], { key: 'ci/web' }))
    expect(result).toEqual({ ok: true, value: { created: 1, kept: 0, deleted: 1, capped: 0 } })
    expect(server.reviewComments.map(c => `${c.user.login} ${c.body.split('\n')[0]}`)).toEqual([
      `someone ${SUGGESTION_MARKER}`,
      'github-actions[bot] <!-- llm-env-lint:suggestion key=ci%2Fapi -->',
      'github-actions[bot] <!-- llm-env-lint:suggestion key=ci%2Fweb -->'
    ])
  })

  it('caps the comments of one review; the rest follow on the next run', async () => {
    const many = Array.from({ length: 5 }, (_, i) => suggestion('.env', i + 1, `X${i}=1`))
    expect(await syncSuggestions(octokit, request(many, { max: 3 }))).toEqual({ ok: true, value: { created: 3, kept: 0, deleted: 0, capped: 2 } })
    expect(await syncSuggestions(octokit, request(many, { max: 3 }))).toEqual({ ok: true, value: { created: 2, kept: 3, deleted: 0, capped: 0 } })
  })

  it('returns a forbidden failure on a read-only fork token and deletes nothing', async () => {
    await syncSuggestions(octokit, request([base]))
    server.fail('create-review', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const result = await syncSuggestions(octokit, request([model]))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.failure.kind).toBe('forbidden')
    expect(server.reviewComments.map(c => c.line)).toEqual([1])
  })
})
