/**
 * The boundary to the GitHub API: bounded retries with backoff, and every failure turned into a typed,
 * explained {@link GitHubFailure} instead of an exception.
 *
 * Retried: 5xx and network errors, and rate limits (403/429 with `retry-after`, or `x-ratelimit-remaining: 0`
 * with `x-ratelimit-reset`), as GitHub's "Rate limits for the REST API" page asks. Nothing else is retried:
 * a 403 without those headers is a permission problem (a fork PR's read-only token) and will not go away.
 */
import type { getOctokit } from '@actions/github'
import { z } from 'zod'

/** The client `getOctokit` from @actions/github returns; injected so tests can point it at a local server. */
export type GitHubClient = ReturnType<typeof getOctokit>

export type GitHubFailureKind =
  /** 401: the token is missing, expired or revoked. */
  | 'unauthorized'
  /** 403: the token lacks a permission; on pull requests from forks it is read-only. */
  | 'forbidden'
  /** 404/410: no such repository, pull request or comment, or the token cannot see it. */
  | 'not-found'
  /** 422: GitHub refused the content (e.g. a body over 65,536 characters). */
  | 'rejected'
  /** Still rate limited after the retries, or asked to wait longer than we are willing to. */
  | 'rate-limited'
  /** 5xx or no answer, after the retries. */
  | 'unavailable'
  | 'unexpected'

/** Why a GitHub call failed, for a warning in the log. Never contains the response body: it can echo what we sent. */
export interface GitHubFailure {
  readonly kind: GitHubFailureKind
  /** The HTTP status, when GitHub answered. */
  readonly status?: number
  /** One or two sentences: what failed, why, and what to do. */
  readonly message: string
  /** `x-github-request-id`, for GitHub support. */
  readonly requestId?: string
  /** How many requests were made. */
  readonly attempts: number
}

/** The outcome of a call at the boundary: a value, or a failure the caller reports and moves on from. */
export type GitHubResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: GitHubFailure }

export interface RetryOptions {
  /** Retries after the first attempt. Default: `3`. */
  readonly retries?: number
  /** Backoff before retry n is `baseDelayMs * 2^n` unless GitHub says how long to wait. Default: `1000`. */
  readonly baseDelayMs?: number
  /** The longest single wait accepted; a longer `retry-after` or reset gives up at once. Default: `60000`. */
  readonly maxDelayMs?: number
  /** Default: a `setTimeout` promise. Tests inject a recorder. */
  readonly sleep?: (ms: number) => Promise<void>
  /** Default: `Date.now`; used for `x-ratelimit-reset` and date-valued `retry-after`. */
  readonly now?: () => number
}

/** The parts of an Octokit `RequestError` we read; anything else thrown has none of them. */
interface HttpErrorLike {
  readonly status?: number
  readonly response?: { readonly headers?: Readonly<Record<string, string | number | undefined>>; readonly data?: unknown }
}

const DEFAULTS = { retries: 3, baseDelayMs: 1000, maxDelayMs: 60_000 }
/** GitHub: without `retry-after`, wait at least one minute after a secondary rate limit. */
const SECONDARY_LIMIT_WAIT_MS = 60_000

const sleepFor = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

function statusOf(error: unknown): number | undefined {
  const status = (error as HttpErrorLike | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

function header(error: unknown, name: string): string | undefined {
  const value = (error as HttpErrorLike | undefined)?.response?.headers?.[name]
  return value === undefined ? undefined : String(value)
}

/** True when GitHub answered nothing: Octokit reports network errors as status 500 without a response. */
function isNetworkError(error: unknown): boolean {
  return statusOf(error) === 500 && (error as HttpErrorLike).response === undefined
}

function mentionsSecondaryLimit(error: unknown): boolean {
  const data = (error as HttpErrorLike | undefined)?.response?.data
  const message = typeof data === 'object' && data !== null && 'message' in data ? String(data.message) : ''
  return /secondary rate limit/i.test(message)
}

/** Milliseconds GitHub asks us to wait, from `retry-after` (seconds or an HTTP date) or the rate limit reset. */
function requestedWait(error: unknown, now: number): number | undefined {
  const retryAfter = header(error, 'retry-after')
  if (retryAfter !== undefined) {
    const seconds = Number(retryAfter)
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now
    if (Number.isFinite(ms)) return Math.max(0, ms)
  }
  const reset = Number(header(error, 'x-ratelimit-reset'))
  if (header(error, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now)
  return undefined
}

/** Whether a 403/429 is a rate limit (to wait out) rather than a permission problem. */
function isRateLimit(error: unknown, now: number): boolean {
  const status = statusOf(error)
  if (status === 429) return true
  return status === 403 && (requestedWait(error, now) !== undefined || mentionsSecondaryLimit(error))
}

/** How long to wait before retrying, or undefined when the error is final. */
function retryDelay(error: unknown, retry: number, options: Required<RetryOptions>): number | undefined {
  const status = statusOf(error)
  const serverError = status !== undefined && status >= 500
  if (!serverError && !isRateLimit(error, options.now())) return undefined
  const asked = requestedWait(error, options.now())
  if (asked !== undefined) return asked
  const backoff = options.baseDelayMs * 2 ** retry
  return status === 403 ? Math.max(backoff, SECONDARY_LIMIT_WAIT_MS) : backoff
}

function withDefaults(options: RetryOptions = {}): Required<RetryOptions> {
  return { ...DEFAULTS, sleep: sleepFor, now: Date.now, ...options }
}

/** The last error of a call that did not succeed, with how many requests were made. */
interface GaveUp {
  readonly error: unknown
  readonly attempts: number
  /** GitHub asked to wait longer than `maxDelayMs`. */
  readonly waitTooLong: boolean
}

async function attempt<T>(operation: () => Promise<T>, options: Required<RetryOptions>): Promise<{ readonly value: T } | GaveUp> {
  for (let retry = 0; ; retry++) {
    try {
      return { value: await operation() }
    } catch (error) {
      const delay = retryDelay(error, retry, options)
      const waitTooLong = delay !== undefined && delay > options.maxDelayMs
      if (delay === undefined || waitTooLong || retry >= options.retries) return { error, attempts: retry + 1, waitTooLong }
      await options.sleep(delay)
    }
  }
}

/**
 * Runs one GitHub request with bounded retries, and never throws: the result is the value or an
 * explained failure. `what` names the operation in the failure message (`creating the PR comment`);
 * `permission` is the workflow permission it needs (`pull-requests: write`), named in a 403's message.
 */
export async function callGitHub<T>(
  what: string,
  operation: () => Promise<T>,
  options: RetryOptions & { readonly permission?: string } = {}
): Promise<GitHubResult<T>> {
  const settings = withDefaults(options)
  const outcome = await attempt(operation, settings)
  if ('value' in outcome) return { ok: true, value: outcome.value }
  return { ok: false, failure: describeFailure(what, outcome, { permission: options.permission, now: settings.now() }) }
}

function describeFailure(
  what: string,
  { error, attempts, waitTooLong }: GaveUp,
  facts: { readonly permission?: string; readonly now: number }
): GitHubFailure {
  const status = statusOf(error)
  const requestId = header(error, 'x-github-request-id')
  const base = { status, requestId, attempts }
  const tries = attempts > 1 ? ` after ${attempts} attempts` : ''
  if (status === undefined) {
    // Not an HTTP error: a bug or a broken client. Its message is ours, not GitHub's, so it is safe to show.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return { kind: 'unexpected', attempts, message: `${what} failed: ${detail}` }
  }
  if (isNetworkError(error)) {
    return { kind: 'unavailable', attempts, message: `${what} failed: GitHub could not be reached${tries}.` }
  }
  if (isRateLimit(error, facts.now)) {
    const why = waitTooLong ? 'GitHub asked to wait longer than this action waits' : `still rate limited${tries}`
    return { kind: 'rate-limited', ...base, message: `${what} failed: ${why} (HTTP ${status}).` }
  }
  if (status >= 500) {
    return { kind: 'unavailable', ...base, message: `${what} failed: GitHub answered ${status}${tries}; it is usually temporary.` }
  }
  const grant = facts.permission ? ` Grant the job \`${facts.permission}\`.` : ''
  switch (status) {
    case 401:
      return { kind: 'unauthorized', ...base, message: `${what} failed: GitHub rejected the token (401). Check the github-token input.` }
    case 403:
      return {
        kind: 'forbidden',
        ...base,
        message: `${what} failed: the token may not do this (403). Pull requests from forks get a read-only token.${grant}`
      }
    case 404:
    case 410:
      return {
        kind: 'not-found',
        ...base,
        message: `${what} failed: not found (${status}). The repository or pull request does not exist, or the token cannot see it.`
      }
    case 422:
      return { kind: 'rejected', ...base, message: `${what} failed: GitHub rejected the content (422).` }
    default:
      return { kind: 'unexpected', ...base, message: `${what} failed: GitHub answered ${status}.` }
  }
}

/** A page of a list endpoint, as Octokit returns it; `data` is checked before use. */
interface Page {
  readonly data: unknown
}

/**
 * Checks an answer GitHub sent with status 2xx against the shape we read. A malformed answer (an object or `null`
 * where a list belongs, an item without its fields) becomes an `unexpected` failure the caller reports, never an
 * exception that would lose the report.
 */
export function checked<T>(what: string, schema: z.ZodType<T>, data: unknown): GitHubResult<T> {
  const parsed = schema.safeParse(data)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
  return { ok: false, failure: { kind: 'unexpected', attempts: 1, message: `${what} failed: GitHub's answer did not have the expected shape${where} (${issue?.message ?? 'invalid'}).` } }
}

/**
 * Fetches every page of a list endpoint (`per_page` 100), retrying each page on its own, up to `maxPages`, and
 * checks every item against `item`. `complete` is false when it stopped at the cap (GitHub itself lists at most
 * 3,000 files of a PR).
 */
export async function collectPages<T>(
  what: string,
  item: z.ZodType<T>,
  fetchPage: (page: number, perPage: number) => Promise<Page>,
  options: RetryOptions & { readonly maxPages: number; readonly permission?: string }
): Promise<GitHubResult<{ readonly items: readonly T[]; readonly complete: boolean }>> {
  const perPage = 100
  const items: T[] = []
  for (let page = 1; page <= options.maxPages; page++) {
    const what_ = `${what} (page ${page})`
    const result = await callGitHub(what_, () => fetchPage(page, perPage), options)
    if (!result.ok) return result
    const data = checked(what_, z.array(item), result.value.data)
    if (!data.ok) return data
    items.push(...data.value)
    if (data.value.length < perPage) return { ok: true, value: { items, complete: true } }
  }
  return { ok: true, value: { items, complete: false } }
}
