/**
 * The pull request a workflow run is about, read from the event payload (`github.context.payload`).
 */
import { z } from 'zod'

/** Events whose payload carries the pull request at `pull_request`. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])

const repoSchema = z.object({ full_name: z.string().regex(/^[^/]+\/[^/]+$/) })

const payloadSchema = z.object({
  pull_request: z.object({
    number: z.number().int().positive(),
    base: z.object({ sha: z.string().min(1), ref: z.string(), repo: repoSchema }),
    // `repo` is null when the fork the PR came from has been deleted.
    head: z.object({ sha: z.string().min(1), ref: z.string(), repo: repoSchema.nullable() })
  })
})

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
  const parsed = payloadSchema.safeParse(payload)
  if (!parsed.success) return undefined
  const { number, base, head } = parsed.data.pull_request
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
