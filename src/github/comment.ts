/**
 * The sticky PR comment: found by the hidden marker its body starts with, updated in place, created only
 * when there is none. Failures come back as values (see retry.ts); the action turns them into warnings,
 * and its exit status never depends on the comment.
 */
import { PR_COMMENT_MARKER } from '../reporters/pr-comment.js'
import { z } from 'zod'
import { callGitHub, checked, collectPages, type GitHubClient, type GitHubResult, type RetryOptions } from './retry.js'

/** The login of the bot behind the default `GITHUB_TOKEN`. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/** Posted when GitHub rejects the report and no `fallbackBody` is given. */
const DEFAULT_FALLBACK_BODY = `${PR_COMMENT_MARKER}\nThe llm-env-lint report could not be posted as a comment; see the job summary of this run.\n`

export interface StickyCommentRequest {
  readonly owner: string
  readonly repo: string
  /** The pull request number (PR comments are issue comments). */
  readonly issueNumber: number
  /** The full body; it must start with {@link PR_COMMENT_MARKER} to be found again. */
  readonly body: string
  /**
   * Which job's comment this is (the action's `comment-key`: workflow and job by default), so two jobs on one pull
   * request keep one comment each. Written into the marker line; unset: the plain marker, as versions before it.
   */
  readonly key?: string
  /** Posted once instead when GitHub rejects `body` (422). Default: a short note pointing at the job summary. */
  readonly fallbackBody?: string
  /**
   * Only comments by this login count as ours. Default: {@link ACTIONS_BOT_LOGIN}, or, when only other authors'
   * comments carry the marker, the token's own user (a personal or app token), so neither a human quoting the
   * marker nor another bot copying it is ever overwritten or taken for ours.
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

/** The fields of an issue comment we read, checked: a malformed answer is a failure, not a crash. */
const ISSUE_COMMENT = z.object({
  id: z.number().int(),
  body: z.string().nullish(),
  html_url: z.string(),
  user: z.object({ login: z.string(), type: z.string() }).nullable()
})
type IssueComment = z.infer<typeof ISSUE_COMMENT>

/**
 * Creates or updates the one report comment of a pull request. Never creates a second comment while
 * one of ours exists; skips the write when the body is unchanged. Never throws.
 */
export async function upsertStickyComment(octokit: GitHubClient, request: StickyCommentRequest): Promise<GitHubResult<StickyComment>> {
  const marker = stickyMarker(request.key)
  const found = await findStickyComment(octokit, request, marker)
  if (!found.ok) return found
  const existing = found.value
  const first = await writeComment(octokit, request, existing, keyed(request.body, marker))
  if (first.ok || first.failure.kind !== 'rejected') return withShortened(first, false)
  const fallback = await writeComment(octokit, request, existing, keyed(request.fallbackBody ?? DEFAULT_FALLBACK_BODY, marker))
  return withShortened(fallback, true)
}

/**
 * The first line of a comment of this job. The key is percent-encoded, so a workflow name cannot close the HTML
 * comment, and the keyed line never starts with the plain marker, so a keyed run and an older unkeyed one never
 * take each other's comment.
 */
export function stickyMarker(key: string | undefined): string {
  return keyedMarker(PR_COMMENT_MARKER, key)
}

/** `<!-- name -->` as `<!-- name key=… -->`; the plain marker when there is no key. */
export function keyedMarker(marker: string, key: string | undefined): string {
  return key ? `${marker.slice(0, -' -->'.length)} key=${encodeURIComponent(key)} -->` : marker
}

/** The body with its leading plain marker replaced by the job's marker line. */
const keyed = (body: string, marker: string): string => (body.startsWith(PR_COMMENT_MARKER) ? marker + body.slice(PR_COMMENT_MARKER.length) : `${marker}\n${body}`)

/** The comment's first line is exactly the marker. */
export const hasMarker = (body: string | null | undefined, marker: string): boolean => body === marker || (body?.startsWith(`${marker}\n`) ?? false)

function withShortened(
  result: GitHubResult<Omit<StickyComment, 'shortened'>>,
  shortened: boolean
): GitHubResult<StickyComment> {
  return result.ok ? { ok: true, value: { ...result.value, shortened } } : result
}

/** Our comment on the PR, if any: its first line is this job's marker, and the author is ours. */
async function findStickyComment(octokit: GitHubClient, request: StickyCommentRequest, marker: string): Promise<GitHubResult<IssueComment | undefined>> {
  const pages = await collectPages(
    'listing the pull request comments',
    ISSUE_COMMENT,
    (page, perPage) =>
      octokit.rest.issues.listComments({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, per_page: perPage, page }),
    // Every page: a busy pull request can have thousands of comments, and ours may be the oldest.
    { ...request.retry, maxPages: Number.POSITIVE_INFINITY }
  )
  if (!pages.ok) return pages
  const marked = pages.value.items.filter(comment => hasMarker(comment.body, marker))
  // By marker AND author: another bot (or app) whose comment carries our marker must not stand in for ours.
  const author = request.author ?? ACTIONS_BOT_LOGIN
  const ours = marked.find(comment => comment.user?.login === author)
  if (ours || request.author !== undefined || marked.length === 0) return { ok: true, value: ours }
  // A personal or app token writes as its own user: ask who that is, only when a marked comment by someone else exists.
  const me = await callGitHub('finding the token user', () => octokit.rest.users.getAuthenticated(), request.retry)
  const login = me.ok ? checked('finding the token user', z.object({ login: z.string() }), me.value.data) : undefined
  return { ok: true, value: login?.ok ? marked.find(comment => comment.user?.login === login.value.login) : undefined }
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
    if (updated.ok) return written('updating the pull request comment', 'updated', updated.value.data)
    if (updated.failure.kind !== 'not-found') return updated
  }
  const created = await callGitHub(
    'creating the pull request comment',
    () => octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }),
    options
  )
  return created.ok ? written('creating the pull request comment', 'created', created.value.data) : created
}

/** The comment GitHub says it wrote, checked. */
function written(what: string, action: 'created' | 'updated', data: unknown): GitHubResult<Omit<StickyComment, 'shortened'>> {
  const comment = checked(what, z.object({ id: z.number().int(), html_url: z.string() }), data)
  return comment.ok ? { ok: true, value: { action, id: comment.value.id, url: comment.value.html_url } } : comment
}
