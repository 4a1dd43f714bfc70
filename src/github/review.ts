/**
 * Fix suggestions as pull request review comments: one review per run holding a `suggestion` comment on each
 * changed line that has a fix. Comments of earlier runs that still apply are kept (not posted again), those
 * whose fix is gone are deleted. Failures come back as values (see retry.ts): on a fork's read-only token (403)
 * the caller puts the suggestions in the sticky comment instead. Each suggestion's line is the corrected line the
 * engine carried on its finding (`fixedLine`, via `lineSuggestions`); nothing here reads a file.
 */
import { z } from 'zod'
import { ACTIONS_BOT_LOGIN, hasMarker, keyedMarker } from './comment.js'
import { callGitHub, checked, collectPages, type GitHubClient, type GitHubResult, type RetryOptions } from './retry.js'

/** The first line of every suggestion comment and review body of ours. */
export const SUGGESTION_MARKER = '<!-- llm-env-lint:suggestion -->'

/** New comments per review at most: a pull request that touches a thousand settings gets the rest in later runs. */
export const SUGGESTIONS_PER_REVIEW = 20

export interface ReviewSuggestion {
  /** Repository-relative path. */
  readonly path: string
  /** The line of the head commit the suggestion replaces. */
  readonly line: number
  /** Markdown after the marker line: the message and the `suggestion` block. */
  readonly body: string
}

export interface SuggestionsRequest {
  readonly owner: string
  readonly repo: string
  readonly pullNumber: number
  /** The commit the lines belong to (the pull request's head). */
  readonly commitId: string
  readonly suggestions: readonly ReviewSuggestion[]
  /** The job key, as for the sticky comment: two jobs keep their own suggestions. */
  readonly key?: string
  /** Only comments by this login are ours. Default: {@link ACTIONS_BOT_LOGIN}. */
  readonly author?: string
  readonly max?: number
  readonly retry?: RetryOptions
}

export interface SuggestionsResult {
  readonly created: number
  readonly kept: number
  readonly deleted: number
  /** Suggestions not posted because of the cap. */
  readonly capped: number
}

const REVIEW_COMMENT = z.object({
  id: z.number().int(),
  body: z.string().nullish(),
  path: z.string(),
  line: z.number().int().nullish(),
  user: z.object({ login: z.string() }).nullable()
})

/** Brings the pull request's suggestion comments of this job in line with `suggestions`. Never throws. */
export async function syncSuggestions(octokit: GitHubClient, request: SuggestionsRequest): Promise<GitHubResult<SuggestionsResult>> {
  const { owner, repo, pullNumber } = request
  const marker = keyedMarker(SUGGESTION_MARKER, request.key)
  const options = { ...request.retry, permission: 'pull-requests: write' }
  const listed = await collectPages(
    'listing the pull request review comments',
    REVIEW_COMMENT,
    (page, perPage) => octokit.rest.pulls.listReviewComments({ owner, repo, pull_number: pullNumber, per_page: perPage, page }),
    { ...request.retry, maxPages: Number.POSITIVE_INFINITY }
  )
  if (!listed.ok) return listed
  const author = request.author ?? ACTIONS_BOT_LOGIN
  const ours = listed.value.items.filter((comment) => comment.user?.login === author && hasMarker(comment.body, marker))
  const bodyOf = (s: ReviewSuggestion): string => `${marker}\n${s.body}`
  const same = (s: ReviewSuggestion, c: (typeof ours)[number]): boolean => c.path === s.path && c.line === s.line && c.body === bodyOf(s)
  const stale = ours.filter((comment) => !request.suggestions.some((s) => same(s, comment)))
  const fresh = request.suggestions.filter((s) => !ours.some((comment) => same(s, comment)))
  const posted = fresh.slice(0, request.max ?? SUGGESTIONS_PER_REVIEW)
  if (posted.length > 0) {
    const created = await callGitHub(
      'creating the pull request review',
      () =>
        octokit.rest.pulls.createReview({
          owner,
          repo,
          pull_number: pullNumber,
          commit_id: request.commitId,
          event: 'COMMENT',
          body: `${marker}\nllm-env-lint suggests ${posted.length === 1 ? 'a fix' : `${posted.length} fixes`} for the lines below.`,
          comments: posted.map((s) => ({ path: s.path, line: s.line, side: 'RIGHT' as const, body: bodyOf(s) }))
        }),
      options
    )
    if (!created.ok) return created
    const review = checked('creating the pull request review', z.object({ id: z.number().int() }), created.value.data)
    if (!review.ok) return review
  }
  // After the new review: a failure above leaves the earlier suggestions standing rather than none at all.
  for (const comment of stale) {
    const deleted = await callGitHub(
      'deleting a fixed suggestion',
      () => octokit.rest.pulls.deleteReviewComment({ owner, repo, comment_id: comment.id }),
      options
    )
    if (!deleted.ok && deleted.failure.kind !== 'not-found') return deleted
  }
  return { ok: true, value: { created: posted.length, kept: ours.length - stale.length, deleted: stale.length, capped: fresh.length - posted.length } }
}
