/**
 * The sticky PR comment: found by the hidden marker its body starts with, updated in place, created only
 * when there is none. Failures come back as values (see retry.ts); the action turns them into warnings,
 * and its exit status never depends on the comment.
 */
import { PR_COMMENT_MARKER } from '../reporters/pr-comment.js'
import { callGitHub, collectPages, type GitHubClient, type GitHubResult, type RetryOptions } from './retry.js'

/** The login of the bot behind the default `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** Pages of comments read when looking for ours (100 each). */
const MAX_COMMENT_PAGES = 50

/** Posted when GitHub rejects the report and no `fallbackBody` is given. */
const DEFAULT_FALLBACK_BODY = `${PR_COMMENT_MARKER}\nThe llm-env-lint report could not be posted as a comment; see the job summary of this run.\n`

export interface StickyCommentRequest {
  readonly owner: string
  readonly repo: string
  /** The pull request number (PR comments are issue comments). */
  readonly issueNumber: number
  /** The full body; it must start with {@link PR_COMMENT_MARKER} to be found again. */
  readonly body: string
  /** Posted once instead when GitHub rejects `body` (422). Default: a short note pointing at the job summary. */
  readonly fallbackBody?: string
  /**
   * Only comments by this login count as ours (for a personal or app token). Default: comments by bots,
   * {@link ACTIONS_BOT_LOGIN} first, so a human's comment quoting the marker is never overwritten.
   */
  readonly author?: string
  readonly retry?: RetryOptions
}

export interface StickyComment {
  readonly action: 'created' | 'updated' | 'unchanged'
  readonly id: number
  /** The comment's `html_url`, for the `comment-url` output. */
  readonly url: string
  /** The fallback body was posted because GitHub rejected the full one. */
  readonly shortened: boolean
}

/** The fields of an issue comment we read. */
interface IssueComment {
  readonly id: number
  readonly body?: string
  readonly html_url: string
  readonly user: { readonly login: string; readonly type: string } | null
}

/**
 * Creates or updates the one report comment of a pull request. Never creates a second comment while
 * one of ours exists; skips the write when the body is unchanged. Never throws.
 */
export async function upsertStickyComment(octokit: GitHubClient, request: StickyCommentRequest): Promise<GitHubResult<StickyComment>> {
  const found = await findStickyComment(octokit, request)
  if (!found.ok) return found
  const existing = found.value
  const first = await writeComment(octokit, request, existing, request.body)
  if (first.ok || first.failure.kind !== 'rejected') return withShortened(first, false)
  const fallback = await writeComment(octokit, request, existing, request.fallbackBody ?? DEFAULT_FALLBACK_BODY)
  return withShortened(fallback, true)
}

function withShortened(
  result: GitHubResult<Omit<StickyComment, 'shortened'>>,
  shortened: boolean
): GitHubResult<StickyComment> {
  return result.ok ? { ok: true, value: { ...result.value, shortened } } : result
}

/** Our comment on the PR, if any: body starts with the marker, and the author is ours. */
async function findStickyComment(octokit: GitHubClient, request: StickyCommentRequest): Promise<GitHubResult<IssueComment | undefined>> {
  const pages = await collectPages<IssueComment>(
    'listing the pull request comments',
    (page, perPage) =>
      octokit.rest.issues.listComments({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: perPage, page }),
    { ...request.retry, maxPages: MAX_COMMENT_PAGES }
  )
  if (!pages.ok) return pages
  const ours = pages.value.items.filter(comment => comment.body?.startsWith(PR_COMMENT_MARKER) && isOurAuthor(comment, request.author))
  const preferred = ours.find(comment => comment.user?.login === (request.author ?? ACTIONS_BOT_LOGIN)) ?? ours[0]
  return { ok: true, value: preferred }
}

function isOurAuthor(comment: IssueComment, author: string | undefined): boolean {
  return author === undefined ? comment.user?.type === 'Bot' : comment.user?.login === author
}

/** Updates `existing` (or creates a comment when there is none, or it was deleted meanwhile). */
async function writeComment(
  octokit: GitHubClient,
  request: StickyCommentRequest,
  existing: IssueComment | undefined,
  body: string
): Promise<GitHubResult<Omit<StickyComment, 'shortened'>>> {
  const options = { ...request.retry, permission: 'pull-requests: write' }
  if (existing?.body === body) return { ok: true, value: { action: 'unchanged', id: existing.id, url: existing.html_url } }
  if (existing !== undefined) {
    const updated = await callGitHub(
      'updating the pull request comment',
      () => octokit.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: existing.id, body }),
      options
    )
    if (updated.ok) return { ok: true, value: { action: 'updated', id: updated.value.data.id, url: updated.value.data.html_url } }
    if (updated.failure.kind !== 'not-found') return updated
  }
  const created = await callGitHub(
    'creating the pull request comment',
    () => octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }),
    options
  )
  return created.ok ? { ok: true, value: { action: 'created', id: created.value.data.id, url: created.value.data.html_url } } : created
}
