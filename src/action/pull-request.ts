import * as core from './commands.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { GitError } from '../discover/git.js'
import { changedFiles, changedFilesFromGit, toChangedLines, type ChangedFile } from '../github/changed-files.js'
import { githubClient } from '../github/client.js'
import { upsertStickyComment } from '../github/comment.js'
import { syncSuggestions } from '../github/review.js'
import type { PrContext } from '../github/context.js'
import { addedLinesInCommits, type AddedLine } from '../github/history.js'
import { maskStraySecrets, secretLikeTokens } from '../core/redact.js'
import { decodeText } from '../discover/read.js'
import { PROBE_RULES } from '../probes/rules.js'
import { reporter } from '../reporters/index.js'
import { lineSuggestions, renderShortPrComment } from '../reporters/pr-comment.js'
import type { ProviderCatalog } from '../providers/types.js'
import type { ReportContext } from '../reporters/types.js'
import type { ActionSettings } from './inputs.js'

const PROBE_RULE_IDS: ReadonlySet<string> = new Set(PROBE_RULES.map((rule) => rule.id))

/** Lines the pull request adds, by workspace-relative path. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>

/**
 * The files the PR changes. Git first, against the checked-out tree, so line numbers match the findings;
 * the API when the clone is too shallow for git. Undefined (with a warning) when neither can tell, and
 * the caller then reports on every file rather than silently on none.
 */
export async function changedLinesOf(settings: ActionSettings, pr: PrContext): Promise<ChangedLines | undefined> {
  const files = await changedFilesList(settings, pr)
  if (files) return toChangedLines(files)
  core.warning('llm-env-lint could not list the files this pull request changes; reporting on every file (scope: all)')
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
  const listed = await changedFiles(githubClient(settings.githubToken), { owner: pr.owner, repo: pr.repo, pullNumber: pr.number })
  return listed.ok && listed.value.complete ? listed.value.files : undefined
}

/**
 * Lines added by each commit of the PR: a key committed and removed again is still in the history.
 * Needs `fetch-depth: 0`; without the commits this is a warning, not a failure.
 */
export async function historyOf(settings: ActionSettings, pr: PrContext): Promise<readonly AddedLine[]> {
  try {
    return await addedLinesInCommits(settings.workspace, pr.base.sha, pr.head.sha)
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    core.warning(`llm-env-lint did not scan the pull request's commits: ${error.message}`)
    return []
  }
}

/**
 * Findings and scopes outside the files the PR changes are left to the summary. History findings always stay, and
 * so do live probe findings: a rejected key breaks the deployment whichever file the PR touched.
 */
export function onlyChanged(context: ReportContext, changed: ChangedLines): ReportContext {
  return {
    ...context,
    findings: context.findings.filter((f) => changed.has(f.file) || f.messageId === 'inHistory' || PROBE_RULE_IDS.has(f.ruleId)),
    scopes: context.scopes.filter((s) => changed.has(s.file))
  }
}

/**
 * Writes or updates the one sticky comment. Never throws and never fails the step: a fork's read-only
 * token, a 404 or an outage become a warning, and the summary and annotations still carry everything.
 */
export async function postComment(
  context: ReportContext,
  catalog: ProviderCatalog,
  settings: ActionSettings,
  pr: PrContext,
  changed: ChangedLines | undefined
): Promise<string> {
  if (!settings.githubToken) {
    core.warning('llm-env-lint did not comment: the github-token input is empty')
    return ''
  }
  const lineText = lineReader(settings.workspace, context, catalog)
  const reviewed = changed !== undefined && (await postSuggestions(context, settings, pr, changed, lineText))
  const body = (await reporter('pr-comment')).render(context, {
    ...(changed ? { changedLines: changed, changedFilesOnly: true } : {}),
    // Suggestions posted as a review are not repeated in the comment.
    ...(!reviewed && { lineText })
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
async function postSuggestions(context: ReportContext, settings: ActionSettings, pr: PrContext, changed: ChangedLines, lineText: (file: string, line: number) => string | undefined): Promise<boolean> {
  if (settings.suggestions === 'never' || pr.event !== 'pull_request') return false
  const result = await syncSuggestions(githubClient(settings.githubToken), {
    owner: pr.owner,
    repo: pr.repo,
    pullNumber: pr.number,
    commitId: pr.head.sha,
    suggestions: lineSuggestions(context, { changedLines: changed, lineText }),
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

/**
 * Line texts for suggestion blocks. That text bypasses the core's masking, so a line is never returned
 * when a security rule reported on it or anything in it may be a credential: a key of any format, a
 * random-looking token, a URL password or a credential query value (`leaked-key` may be off, and only
 * knows keys in key variables).
 */
export function lineReader(workspace: string, context: ReportContext, catalog: ProviderCatalog): (file: string, line: number) => string | undefined {
  const secretLines = new Set(
    context.findings.filter((f) => context.rules.find((r) => r.id === f.ruleId)?.security).map((f) => `${f.file}:${f.span.start.line}`)
  )
  const cache = new Map<string, string[] | undefined>()
  return (file, line) => {
    if (secretLines.has(`${file}:${line}`)) return undefined
    if (!cache.has(file)) cache.set(file, readLines(join(workspace, file)))
    const text = cache.get(file)?.[line - 1]
    if (text === undefined || secretLikeTokens(text, catalog).length > 0 || maskStraySecrets(text, catalog) !== text) return undefined
    return text
  }
}

/** Decoded as the scan decoded it (UTF-16, BOM), so lines and columns match the findings'. */
function readLines(path: string): string[] | undefined {
  try {
    return decodeText(readFileSync(path)).split(/\r\n|\r|\n/)
  } catch {
    return undefined
  }
}
