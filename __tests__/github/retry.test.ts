import { afterEach, beforeEach, describe, it, expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { z } from 'zod'
import { callGitHub, collectPages, type GitHubClient } from '../../src/github/retry.js'
import { GitHubServer } from '../helpers/github-server.js'

const NOW = Date.parse('2026-11-26T12:00:00Z')

describe('callGitHub', () => {
  let server: GitHubServer
  let octokit: GitHubClient
  let sleeps: number[]
  const sleep = async (ms: number): Promise<void> => void sleeps.push(ms)
  const listFiles = (): ReturnType<GitHubClient['rest']['pulls']['listFiles']> =>
    octokit.rest.pulls.listFiles({ owner: 'octo', repo: 'app', pull_number: 1 })

  beforeEach(async () => {
    server = await GitHubServer.start()
    server.addPullRequest('octo/app', 1, [{ filename: '.env', status: 'added', changes: 1 }])
    octokit = getOctokit('test-token', { baseUrl: server.url })
    sleeps = []
  })

  afterEach(() => server.close())

  it('honours retry-after given as an HTTP date', async () => {
    server.fail('list-files', { status: 429, headers: { 'retry-after': new Date(NOW + 12_000).toUTCString() } })
    const result = await callGitHub('listing files', listFiles, { sleep, now: () => NOW })
    expect(result.ok).toBe(true)
    expect(sleeps).toEqual([12_000])
  })

  it('uses the given backoff and retry count', async () => {
    server.fail('list-files', { status: 503, times: 5 })
    const result = await callGitHub('listing files', listFiles, { sleep, retries: 2, baseDelayMs: 10 })
    expect(!result.ok && result.failure).toMatchObject({ kind: 'unavailable', status: 503, attempts: 3 })
    expect(!result.ok && result.failure.message).toBe('listing files failed: GitHub answered 503 after 3 attempts; it is usually temporary.')
    expect(sleeps).toEqual([10, 20])
  })

  it('explains a rejected token (401) without retrying', async () => {
    server.fail('list-files', { status: 401, body: { message: 'Bad credentials' } })
    const result = await callGitHub('listing files', listFiles, { sleep })
    expect(!result.ok && result.failure).toMatchObject({ kind: 'unauthorized', status: 401, attempts: 1 })
    expect(!result.ok && result.failure.message).toBe('listing files failed: GitHub rejected the token (401). Check the github-token input.')
  })

  it('reports an unexpected status as such', async () => {
    server.fail('list-files', { status: 418 })
    const result = await callGitHub('listing files', listFiles, { sleep })
    expect(!result.ok && result.failure).toMatchObject({ kind: 'unexpected', status: 418, message: 'listing files failed: GitHub answered 418.' })
  })

  it('turns a bug in the operation into an explained failure instead of throwing', async () => {
    const result = await callGitHub('listing files', () => Promise.reject(new TypeError('x is not a function')), { sleep })
    expect(result).toEqual({ ok: false, failure: { kind: 'unexpected', attempts: 1, message: 'listing files failed: TypeError: x is not a function' } })
  })
})

describe('collectPages', () => {
  it('stops at the page cap and says the list is incomplete', async () => {
    const pages: number[] = []
    const result = await collectPages(
      'listing',
      z.number(),
      async (page, perPage) => {
        pages.push(page)
        return { data: Array.from({ length: perPage }, (_, i) => page * 1000 + i) }
      },
      { maxPages: 2 }
    )
    expect(pages).toEqual([1, 2])
    expect(result.ok && result.value.items).toHaveLength(200)
    expect(result.ok && result.value.complete).toBe(false)
  })
})
