/**
 * The pull request a workflow run is about, read from the event payload (`github.context.payload`).
 */

/** Events whose payload carries the pull request at `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

/** What is read of a payload: `pull_request` with these fields, or nothing. */
interface PayloadPullRequest {
  readonly number: number
  readonly base: { readonly sha: string; readonly ref: string; readonly repo: { readonly full_name: string } }
  // `repo` is null when the fork the PR came from has been deleted.
  readonly head: { readonly sha: string; readonly ref: string; readonly repo: { readonly full_name: string } | null }
}

/*
 * Checked by hand rather than with zod: a pull request run need not load the schema library (its chunk alone takes tens of
 * milliseconds to compile) for six fields.
 */
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const isRepo = (value: unknown): value is { full_name: string } => isRecord(value) && typeof value['full_name'] === 'string' && /^[^/]+\/[^/]+$/.test(value['full_name'])
const isSide = (value: unknown, repo: (value: unknown) => boolean): boolean =>
  isRecord(value) && typeof value['sha'] === 'string' && value['sha'] !== '' && typeof value['ref'] === 'string' && repo(value['repo'])

function payloadPullRequest(payload: unknown): PayloadPullRequest | undefined {
  const pr = isRecord(payload) ? payload['pull_request'] : undefined
  if (!isRecord(pr) || !Number.isInteger(pr['number']) || (pr['number'] as number) <= 0) return undefined
  if (!isSide(pr['base'], isRepo) || !isSide(pr['head'], (repo) => repo === null || isRepo(repo))) return undefined
  return pr as unknown as PayloadPullRequest
}

export interface PrContext {
  readonly event: string
  readonly number: number
  /** The base repository, where the comment goes. */
  readonly owner: string
  readonly repo: string
  readonly base: { readonly sha: string; readonly ref: string }
  readonly head: {
    readonly sha: string
    readonly ref: string
    /** `owner/name` of the repository the PR comes from; undefined when that fork was deleted. */
    readonly repoFullName?: string
  }
  /**
   * The PR comes from another repository: on `pull_request` events its token is read-only and secrets
   * are empty. Decided by comparing repository names, not by `head.repo.fork`, which is also true for a
   * branch of a repository that is itself a fork (most NextChat deployments are).
   */
  readonly isFork: boolean
}

/** Whether the event (`GITHUB_EVENT_NAME`) is about a pull request: only then is its payload read. */
export const isPullRequestEvent = (eventName: string): boolean => PULL_REQUEST_EVENTS.has(eventName)

/** The pull request of the event, or undefined for other events (push, schedule, …) and malformed payloads. */
export function prContext(eventName: string, payload: unknown): PrContext | undefined {
  if (!isPullRequestEvent(eventName)) return undefined
  const pr = payloadPullRequest(payload)
  if (pr === undefined) return undefined
  const { number, base, head } = pr
  const [owner = '', repo = ''] = base.repo.full_name.split('/')
  return {
    event: eventName,
    number,
    owner,
    repo,
    base: { sha: base.sha, ref: base.ref },
    head: { sha: head.sha, ref: head.ref, ...(head.repo ? { repoFullName: head.repo.full_name } : {}) },
    isFork: head.repo?.full_name.toLowerCase() !== base.repo.full_name.toLowerCase()
  }
}
