/**
 * The files a pull request changes and the lines it adds: from the API (`pulls.listFiles`), or from git
 * (`git diff base...head`) when the API is not available or stops at its 3,000-file cap. Also the unified
 * diff reader that history.ts uses for `git log -p`. Git runs through src/discover/git.ts, hardened.
 */
import { z } from 'zod'
import { checkedRevision, runGit } from '../discover/git.js'
import { collectPages, type GitHubClient, type GitHubResult, type RetryOptions } from './retry.js'

/** GitHub's status of a file in a pull request. */
export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

export interface ChangedFile {
  /** Repository-relative path at the head, `/`-separated. */
  readonly path: string
  readonly status: ChangeStatus
  /** The path before a rename or copy. */
  readonly previousPath?: string
  /** 1-based line numbers at the head that the PR adds or changes; undefined when unknown (binary, or no patch from GitHub). */
  readonly addedLines?: ReadonlySet<number>
}

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
 * `complete` is false the PR has more files than GitHub lists: use {@link changedFilesFromGit} instead.
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

/**
 * The files changed between the merge base of `base` and `head`, and the lines `head` adds, from
 * `git diff --unified=0 base...head` in `cwd`. Needs both commits in the clone (`fetch-depth: 0`).
 * Throws {@link GitError} when git fails.
 */
export async function changedFilesFromGit(cwd: string, base: string, head: string): Promise<ChangedFile[]> {
  const lines = await runGit(cwd, ['diff', ...DIFF_OPTIONS, '--end-of-options', `${checkedRevision(base)}...${checkedRevision(head)}`, '--'])
  return readDiff(lines).map(file => ({
    path: file.path,
    status: file.status,
    ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    ...(file.binary ? {} : { addedLines: new Set(file.added.map(added => added.line)) })
  }))
}

/**
 * The added lines of each changed file, in the shape `renderPrComment` takes as `changedLines`. Every changed
 * file is in the map: one whose lines are unknown (binary, or a diff too large for GitHub to send a `patch`) is
 * judged whole, with no line known as added, so a key in it is never filtered out of the PR's report.
 */
export function toChangedLines(files: readonly ChangedFile[]): Map<string, ReadonlySet<number>> {
  return new Map(files.map(file => [file.path, file.addedLines ?? new Set<number>()] as const))
}

/**
 * Options for every diff we read: no context lines, explicit `a/` `b/` prefixes whatever the user's config
 * says (`diff.noprefix`, `diff.mnemonicPrefix`), and no external diff or textconv programs.
 */
export const DIFF_OPTIONS = ['--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/']

/** One file in a unified diff, with the lines added at the new side. */
export interface DiffFile {
  /** The commit, for `git log -p` output (lines `commit <sha>` before each commit's diff). */
  readonly commit?: string
  readonly path: string
  readonly previousPath?: string
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied'
  readonly binary: boolean
  readonly added: readonly { readonly line: number; readonly text: string }[]
}

interface MutableDiffFile {
  commit?: string
  path: string
  previousPath?: string
  status: DiffFile['status']
  binary: boolean
  added: { line: number; text: string }[]
}

/**
 * Reads unified diff text as git prints it (`git diff`, `git log -p --format='commit %H'`) or as an API
 * patch. Hunk line counts decide where a hunk ends, so added lines that look like headers (`+++ x`) are
 * read as content.
 */
export function readDiff(lines: Iterable<string>): DiffFile[] {
  const files: MutableDiffFile[] = []
  let commit: string | undefined
  let file: MutableDiffFile | undefined
  let oldLeft = 0
  let newLeft = 0
  let newLine = 0
  const startFile = (path = ''): MutableDiffFile => {
    const started: MutableDiffFile = { commit, path, status: 'modified', binary: false, added: [] }
    files.push(started)
    return started
  }
  for (const line of lines) {
    if (oldLeft > 0 || newLeft > 0) {
      const mark = line[0]
      if (mark === '+') {
        file?.added.push({ line: newLine++, text: line.slice(1) })
        newLeft--
      } else if (mark === '-') oldLeft--
      else if (mark === ' ') {
        oldLeft--
        newLeft--
        newLine++
      }
      // `\ No newline at end of file` belongs to the hunk but counts for neither side.
      continue
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk) {
      oldLeft = Number(hunk[1] ?? 1)
      newLine = Number(hunk[2])
      newLeft = Number(hunk[3] ?? 1)
      file ??= startFile()
    } else if (line.startsWith('commit ')) {
      commit = line.slice('commit '.length).trim()
      file = undefined
    } else if (line.startsWith('diff --git ')) {
      file = startFile(pathFromDiffHeader(line.slice('diff --git '.length)))
    } else if (line.startsWith('+++ ')) {
      file ??= startFile()
      const path = stripPrefix(line.slice(4), 'b/')
      if (path !== undefined) file.path = path
    } else if (line.startsWith('--- ') && file !== undefined && file.path === '') {
      file.path = stripPrefix(line.slice(4), 'a/') ?? ''
    } else if (file !== undefined) {
      readExtendedHeader(file, line)
    }
  }
  return files
}

/** `new file mode`, `rename from`, `Binary files … differ` and friends. */
function readExtendedHeader(file: MutableDiffFile, line: string): void {
  if (line.startsWith('new file mode')) file.status = 'added'
  else if (line.startsWith('deleted file mode')) file.status = 'removed'
  else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
    file.status = line.startsWith('rename') ? 'renamed' : 'copied'
    file.previousPath = unquote(line.slice(line.indexOf(' from ') + ' from '.length))
  } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) file.path = unquote(line.slice(line.indexOf(' to ') + ' to '.length))
  else if (line.startsWith('Binary files ') || line === 'GIT binary patch') file.binary = true
}

/** `a/x b/x` → `x`, when both sides name the same path (renames are read from `rename to`). */
function pathFromDiffHeader(rest: string): string {
  if (rest.startsWith('"')) {
    const end = closingQuote(rest)
    const path = stripPrefix(rest.slice(0, end + 1), 'a/')
    return path ?? ''
  }
  const half = (rest.length - 1) / 2
  const left = rest.slice(0, half)
  return Number.isInteger(half) && rest === `${left} b/${left.slice(2)}` ? left.slice(2) : ''
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length - 1
}

/** The path of a `---`/`+++` line without its prefix; undefined for `/dev/null`. */
function stripPrefix(raw: string, prefix: string): string | undefined {
  // git appends a tab to paths with spaces in ---/+++ lines so that tools can find the end.
  const path = unquote(raw.replace(/\t$/, ''))
  if (path === '/dev/null') return undefined
  return path.startsWith(prefix) ? path.slice(prefix.length) : path
}

/** Undoes git's C-style quoting of unusual paths (`"a/t\303\251st\tfile"`); octal escapes are UTF-8 bytes. */
export function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2)) return path
  const named: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }
  const bytes: number[] = []
  const body = path.slice(1, -1)
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      i += 3
    } else {
      const next = body[++i] ?? ''
      bytes.push(named[next] ?? next.charCodeAt(0))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
