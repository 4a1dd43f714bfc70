/**
 * The job summary: the whole report as GitHub-flavoured Markdown for `core.summary.addRaw()`, on every
 * event (push and schedule included). GitHub shows a step's summary only up to 1 MiB, so the text is cut
 * well before that, with a count of what was left out.
 */
import { renderReport } from './markdown.js'
import { escapeText } from './markdown-escape.js'
import type { ReportContext, Reporter } from './types.js'

/**
 * Bytes the summary may take. GitHub rejects a step summary over 1 MiB; the margin leaves room for
 * anything else the step appends.
 */
export const SUMMARY_MAX_BYTES = 900 * 1024

/** The job summary as Markdown (with a little HTML for collapsed sections). Pure. */
export function renderSummary(context: ReportContext): string {
  return renderReport(context, {
    preamble: `## ${escapeText(context.tool.name)}`,
    limit: {
      max: SUMMARY_MAX_BYTES,
      measure: text => Buffer.byteLength(text, 'utf8'),
      seeAlso: 'the JSON and SARIF reports list every finding'
    }
  })
}

/** {@link renderSummary} as a {@link Reporter}. */
export const summaryReporter: Reporter<string> = { format: 'summary', render: renderSummary }
