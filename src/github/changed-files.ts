/**
 * The files a pull request changes and the lines it adds, from the API (`pulls.listFiles`). Git's answer to the
 * same question (`changedFilesFromGit`, src/discover/git.ts) comes first; this is the fallback for a clone too
 * shallow to diff, and stops at GitHub's 3,000-file cap. Patches are read by src/discover/diff.ts.
 */
import { z } from 'zod'
import { readDiff, type ChangedFile } from '../discover/diff.js'
import { collectPages, type GitHubClient, type GitHubResult, type RetryOptions } from './retry.js'

export interface PullRequestRef {
  readonly owner: string
  readonly repo: string
  readonly pullNumber: number
}

/** GitHub lists at most 3,000 files of a pull request. */
const MAX_FILE_PAGES = 30

/** The fields of a pull request file we read, checked: a malformed answer is a failure, not a crash. */
const PULL_REQUEST_FILE = z.object({
  filename: z.string().min(1),
  status: z.enum(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']),
  previous_filename: z.string().optional(),
  changes: z.number().int().nonnegative(),
  patch: z.string().optional()
})
type PullRequestFile = z.infer<typeof PULL_REQUEST_FILE>

/**
 * The files of a pull request from the API, with the lines each adds (parsed from its `patch`). When
 * `complete` is false the PR has more files than GitHub lists: use `changedFilesFromGit` (src/discover/git.ts) instead.
 */
export async function changedFiles(
  octokit: GitHubClient,
  pr: PullRequestRef,
  options: { readonly retry?: RetryOptions } = {}
): Promise<GitHubResult<{ readonly files: readonly ChangedFile[]; readonly complete: boolean }>> {
  const pages = await collectPages(
    'listing the pull request files',
    PULL_REQUEST_FILE,
    (page, perPage) => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.pullNumber, per_page: perPage, page }),
    { ...options.retry, maxPages: MAX_FILE_PAGES, permission: 'pull-requests: read' }
  )
  if (!pages.ok) return pages
  return { ok: true, value: { files: pages.value.items.map(fromApi), complete: pages.value.complete } }
}

function fromApi(file: PullRequestFile): ChangedFile {
  // GitHub sends no patch for binary files and very large diffs; a pure rename has no patch and no changes.
  const addedLines =
    file.patch !== undefined
      ? new Set(readDiff(file.patch.split('\n'))[0]?.added.map(added => added.line))
      : file.changes === 0
        ? new Set<number>()
        : undefined
  return {
    path: file.filename,
    status: file.status,
    ...(file.previous_filename !== undefined ? { previousPath: file.previous_filename } : {}),
    ...(addedLines !== undefined ? { addedLines } : {})
  }
}

