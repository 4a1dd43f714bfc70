import * as core from './commands.js'
import { relative, sep } from 'node:path'
import { toChangedLines, type ChangedFile } from '../discover/diff.js'
import { changedFilesFromGit, GitError } from '../discover/git.js'
import { addedLinesInCommits, type AddedLine } from '../discover/history.js'
import type { PrContext } from '../github/context.js'
import { reporter } from '../reporters/index.js'
import type { ReportContext } from '../reporters/types.js'
import type { ActionSettings } from './inputs.js'

/** Lines the pull request adds, by workspace-relative path. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>

/** What git (or the API) tells of a pull request: started before the scan, awaited by it when needed. */
export interface PullRequestChange {
  /** Lines the PR's commits added, relative to the scanned folder; rejects only on an internal error. */
  readonly history: Promise<AddedLine[]>
  /** `scope: changed`: the lines the PR adds by workspace-relative path; undefined when unknown. Never rejects. */
  readonly changedLines?: Promise<ChangedLines | undefined>
  /** The same files' paths relative to the scanned folder, for the scan (`ScanOptions.changed`). */
  readonly changedPaths?: Promise<ReadonlySet<string> | undefined>
}

/**
 * Starts git on the pull request (`git log -p` of its commits; `git diff` of its change for `scope: changed`), so it
 * runs beside the scan instead of before and after it. The scan awaits each answer when it needs it.
 */
export function startChange(settings: ActionSettings, pr: PrContext): PullRequestChange {
  const history = historyOf(settings, pr).then((lines) => withinRoot(lines, settings))
  // Awaited by the scan; this keeps a rejection handled should the scan fail before it awaits.
  history.catch(() => {})
  if (settings.scope !== 'changed') return { history }
  const changedLines = changedLinesOf(settings, pr)
  const changedPaths = changedLines.then((lines) => lines && new Set([...lines.keys()].flatMap((path) => inRoot(path, settings) ?? [])))
  return { history, changedLines, changedPaths }
}

/**
 * The files the PR changes. Git first, against the checked-out tree, so line numbers match the findings;
 * the API when the clone is too shallow for git. Undefined (with a warning) when neither can tell, and
 * the caller then reports on every file rather than silently on none.
 */
async function changedLinesOf(settings: ActionSettings, pr: PrContext): Promise<ChangedLines | undefined> {
  try {
    const files = await changedFilesList(settings, pr)
    if (files) return toChangedLines(files)
    core.warning('llm-env-lint could not list the files this pull request changes; reporting on every file (scope: all)')
  } catch (error) {
    // Whatever goes wrong talking to GitHub (a malformed answer we failed to foresee included) is a warning.
    core.warning(`llm-env-lint could not list the changed files: ${error instanceof Error ? error.message : String(error)}`)
  }
  return undefined
}

async function changedFilesList(settings: ActionSettings, pr: PrContext): Promise<readonly ChangedFile[] | undefined> {
  try {
    return await changedFilesFromGit(settings.workspace, pr.base.sha, 'HEAD')
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    core.info(`git could not diff the pull request (${error.message}); asking the GitHub API`)
  }
  if (!settings.githubToken) return undefined
  // GitHub's client (Octokit and its HTTP stack) is loaded only when a run talks to GitHub.
  const [{ changedFiles }, { githubClient }] = await Promise.all([import('../github/changed-files.js'), import('../github/client.js')])
  const listed = await changedFiles(githubClient(settings.githubToken), { owner: pr.owner, repo: pr.repo, pullNumber: pr.number })
  return listed.ok && listed.value.complete ? listed.value.files : undefined
}

/**
 * Lines added by each commit of the PR: a key committed and removed again is still in the history.
 * Needs `fetch-depth: 0`; without the commits this is a warning, not a failure.
 */
async function historyOf(settings: ActionSettings, pr: PrContext): Promise<AddedLine[]> {
  try {
    return await addedLinesInCommits(settings.workspace, pr.base.sha, pr.head.sha)
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    core.warning(`llm-env-lint did not scan the pull request's commits: ${error.message}`)
    return []
  }
}

/** A workspace-relative path relative to the scanned folder; undefined outside it. */
function inRoot(path: string, settings: ActionSettings): string | undefined {
  const folder = relative(settings.workspace, settings.root).split(sep).join('/')
  if (folder === '') return path
  return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined
}

/** Commit history paths are relative to the workspace; the scan's are relative to the scanned folder. */
function withinRoot(lines: readonly AddedLine[], settings: ActionSettings): AddedLine[] {
  return lines.flatMap((line) => {
    const file = inRoot(line.file, settings)
    return file === undefined ? [] : [{ ...line, file }]
  })
}

/**
 * Findings and scopes outside the files the PR changes are left to the summary. History findings always stay, and
 * so do live probe findings: a rejected key breaks the deployment whichever file the PR touched.
 */
export function onlyChanged(context: ReportContext, changed: ChangedLines): ReportContext {
  return {
    ...context,
    findings: context.findings.filter((f) => f.origin !== 'tree' || changed.has(f.file)),
    scopes: context.scopes.filter((s) => changed.has(s.file))
  }
}

/**
 * Writes or updates the one sticky comment. Never throws and never fails the step: a fork's read-only
 * token, a 404 or an outage become a warning, and the summary and annotations still carry everything.
 */
export async function postComment(
  context: ReportContext,
  settings: ActionSettings,
  pr: PrContext,
  changed: ChangedLines | undefined
): Promise<string> {
  if (!settings.githubToken) {
    core.warning('llm-env-lint did not comment: the github-token input is empty')
    return ''
  }
  const [{ githubClient }, { upsertStickyComment }, { renderShortPrComment }] = await Promise.all([
    import('../github/client.js'),
    import('../github/comment.js'),
    import('../reporters/pr-comment.js')
  ])
  const reviewed = changed !== undefined && (await postSuggestions(context, settings, pr, changed))
  const body = (await reporter('pr-comment')).render(context, {
    ...(changed ? { changedLines: changed, changedFilesOnly: true } : {}),
    // Suggestions posted as a review are not repeated in the comment.
    suggestions: !reviewed
  })
  const result = await upsertStickyComment(githubClient(settings.githubToken), {
    owner: pr.owner,
    repo: pr.repo,
    issueNumber: pr.number,
    body,
    ...(settings.commentKey && { key: settings.commentKey }),
    fallbackBody: renderShortPrComment(context, { note: 'The full report did not fit in a comment; see the job summary.' })
  })
  if (result.ok) return result.value.url
  core.warning(`llm-env-lint did not comment: ${result.failure.message}`)
  return ''
}

/**
 * The fixes on changed lines as one review of suggestion comments (input `suggestions: auto`, `pull_request` events
 * only: a `pull_request_target` run checks out the base). False when not posted, and the sticky comment then carries
 * the suggestions: a fork's read-only token (403) or any other failure is a warning, never a failed step.
 */
async function postSuggestions(context: ReportContext, settings: ActionSettings, pr: PrContext, changed: ChangedLines): Promise<boolean> {
  if (settings.suggestions === 'never' || pr.event !== 'pull_request') return false
  const [{ githubClient }, { syncSuggestions }, { lineSuggestions }] = await Promise.all([
    import('../github/client.js'),
    import('../github/review.js'),
    import('../reporters/pr-comment.js')
  ])
  const result = await syncSuggestions(githubClient(settings.githubToken), {
    owner: pr.owner,
    repo: pr.repo,
    pullNumber: pr.number,
    commitId: pr.head.sha,
    suggestions: lineSuggestions(context, { changedLines: changed }),
    ...(settings.commentKey && { key: settings.commentKey })
  })
  if (!result.ok) {
    core.warning(`llm-env-lint put its suggestions in the comment instead of a review: ${result.failure.message}`)
    return false
  }
  const { created, deleted, capped } = result.value
  if (capped > 0) core.notice(`llm-env-lint posted ${created} suggestions; ${capped} more follow in later runs`)
  if (created + deleted > 0) core.info(`llm-env-lint review suggestions: ${created} posted, ${deleted} removed as fixed`)
  return true
}
