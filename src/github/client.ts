/**
 * The GitHub client the action uses: Octokit from @actions/github with a timeout on every request, so a GitHub
 * that accepts a connection and never answers cannot hold the job until its own timeout (six hours by default).
 * A request cut short fails like a network error: retried, then reported as a warning.
 */
import { getOctokit } from '@actions/github'
import type { GitHubClient } from './retry.js'

/** Longer than any GitHub answer to the small requests made here takes. */
export const GITHUB_REQUEST_TIMEOUT_MS = 30_000

export function githubClient(token: string, options: { readonly baseUrl?: string; readonly timeoutMs?: number } = {}): GitHubClient {
  const timeoutMs = options.timeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
  return getOctokit(token, { ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }), request: { fetch: timedFetch } })
}
