/**
 * The sticky pull request comment: one comment per PR, found again by {@link PR_COMMENT_MARKER} and
 * updated in place (src/github/comment.ts). It carries the same report as the job summary, plus
 * `suggestion` blocks for fixes on lines the PR changes, and stays under GitHub's comment size limit.
 */
import type { Finding } from '../core/types.js'
import { footerLine, renderReport, verdictLine } from './markdown.js'
import { escapeText, fencedBlock, messageMarkdown } from './markdown-escape.js'
import type { ReportContext, Reporter } from './types.js'

/** The hidden first line by which the comment is found again. Never change it: old comments would be orphaned. */
export const PR_COMMENT_MARKER = '<!-- llm-env-lint:report -->'

/** GitHub rejects comment bodies over 65,536 characters (422 "Body is too long"). */
export const PR_COMMENT_MAX_LENGTH = 65_536

export interface PrCommentOptions {
  /**
   * Lines the pull request adds, by repository-relative path (`toChangedLines` in src/discover/diff.ts).
   * Suggestions are offered only on these lines, the only ones a suggestion can apply to.
   *
   * Note: in this conversation comment GitHub shows a `suggestion` block as a plain code block holding the
   * corrected line; the one-click "Commit suggestion" button exists only in review comments anchored to
   * the line. The block content is exactly what such a review comment would carry.
   */
  readonly changedLines?: ReadonlyMap<string, ReadonlySet<number>>
  /** Suggestion blocks on changed lines; false when they went out as a review instead. Default: `true`. */
  readonly suggestions?: boolean
  /** Default: {@link PR_COMMENT_MAX_LENGTH}. Counted in UTF-16 code units, never fewer than GitHub's count. */
  readonly maxLength?: number
  /** The findings were limited to files the PR changes (`scope: changed`): the footer says so. Default: `false`. */
  readonly changedFilesOnly?: boolean
}

/** Under the footer in `scope: changed` mode, so an all-clear is not read as "the whole repository is clean". */
const CHANGED_FILES_NOTE = 'Only findings in files this pull request changes are shown; the job summary lists every finding.'

function preamble(context: ReportContext): string {
  return `${PR_COMMENT_MARKER}\n### ${escapeText(context.tool.name)}`
}

/**
 * The comment body, Markdown, starting with {@link PR_COMMENT_MARKER}. With no active findings (and no live
 * probes to show) it is a short all-clear. Never longer than `maxLength`: the least severe findings are cut first
 * and counted.
 */
export function renderPrComment(context: ReportContext, options: PrCommentOptions = {}): string {
  const footerNote = options.changedFilesOnly ? CHANGED_FILES_NOTE : undefined
  // Probes that all passed still belong in the comment: the reader wants to see that the key works.
  if (context.findings.every(finding => finding.suppressed) && !context.probes?.length) return renderShortPrComment(context, { footerNote })
  return renderReport(context, {
    preamble: preamble(context),
    suggestion: suggestionMaker(options),
    footerNote,
    limit: {
      max: options.maxLength ?? PR_COMMENT_MAX_LENGTH,
      measure: text => text.length,
      seeAlso: 'see the job summary'
    }
  })
}

/**
 * A short body: marker, verdict, an optional note, and the footer. It is the all-clear, and the body to
 * post instead when GitHub rejects the full one (`fallbackBody` of `upsertStickyComment`).
 */
export function renderShortPrComment(context: ReportContext, notes: { readonly note?: string; readonly footerNote?: string } = {}): string {
  const parts = [preamble(context), verdictLine(context)]
  if (notes.note !== undefined) parts.push(escapeText(notes.note))
  parts.push(footerLine(context, notes.footerNote))
  return `${parts.join('\n\n')}\n`
}

/**
 * The `suggestion` block content for a finding, when its fix can be applied honestly: the engine gave it the
 * corrected line (a one-line edit, no credential on the line, no security rule), on a line the PR changes.
 */
export function suggestionMaker(options: PrCommentOptions): ((finding: Finding) => string | undefined) | undefined {
  const { changedLines, suggestions = true } = options
  if (changedLines === undefined || !suggestions) return undefined
  return ({ file, edit, fixedLine }) => (edit && changedLines.get(file)?.has(edit.range.start.line) ? fixedLine : undefined)
}

/** A review comment's place and Markdown (src/github/review.ts posts them). */
export interface LineSuggestion {
  readonly path: string
  readonly line: number
  readonly body: string
}

/**
 * One review suggestion per changed line that has a fix, from the first finding on it (in report order) whose
 * fix can be suggested: the rule, the message and a `suggestion` block with the corrected line. Suppressed
 * findings suggest nothing.
 */
export function lineSuggestions(context: ReportContext, options: PrCommentOptions): LineSuggestion[] {
  const suggest = suggestionMaker(options)
  if (suggest === undefined) return []
  const byLine = new Map<string, LineSuggestion>()
  for (const finding of context.findings) {
    const text = finding.suppressed ? undefined : suggest(finding)
    // A suggestion exists only for a finding with a one-line edit, on that line.
    const line = finding.edit?.range.start.line ?? 0
    const where = `${finding.file}\0${line}`
    if (text === undefined || byLine.has(where)) continue
    byLine.set(where, {
      path: finding.file,
      line,
      body: `**${escapeText(finding.ruleId)}**: ${messageMarkdown(finding.message)}\n\n${fencedBlock('suggestion', text)}\n`
    })
  }
  return [...byLine.values()]
}

/** {@link renderPrComment} as a {@link Reporter}. */
export const prCommentReporter: Reporter<string, PrCommentOptions> = { format: 'pr-comment', render: renderPrComment }
