import { withTip } from '../core/message.js'
import type { Finding, Severity } from '../core/types.js'
import type { ReportContext, Reporter } from './types.js'
import { SEVERITIES } from './severity.js'

/**
 * GitHub shows at most this many annotations of each level per step and drops the rest silently
 * (actions/toolkit docs/problem-matchers.md, "Limitations"; runner `_maxCountPerIssueType`).
 */
export const ANNOTATIONS_PER_LEVEL = 10

/** The fields of `@actions/core`'s AnnotationProperties this tool sets. */
export interface AnnotationProperties {
  readonly title: string
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
}

/** One annotation to issue; `note` maps to `core.notice`. */
export interface Annotation {
  readonly level: Severity
  readonly message: string
  readonly properties: AnnotationProperties
}

export interface AnnotationReport {
  /** In issuing order; already capped so GitHub shows every one of them, the overflow notice last. */
  readonly annotations: readonly Annotation[]
  /** Findings that did not get an annotation (0 when all fit). */
  readonly overflow: number
}

function toAnnotation(finding: Finding): Annotation {
  const { start, end } = finding.span
  // GitHub ignores columns on a multi-line range; its endColumn is exclusive like ours (github/docs#40038).
  const columns = start.line === end.line ? { startColumn: start.column, endColumn: end.column } : {}
  return {
    level: finding.severity,
    message: withTip(finding.message, finding.tip),
    properties: { title: finding.ruleId, file: finding.file, startLine: start.line, endLine: end.line, ...columns }
  }
}

/** Security rules (leaked keys, exposed secrets) first within a level; otherwise the incoming order. */
function rankWithinLevel(findings: readonly Finding[], securityRules: ReadonlySet<string>): Finding[] {
  const security = (finding: Finding): number => (securityRules.has(finding.ruleId) ? 0 : 1)
  return [...findings].sort((a, b) => security(a) - security(b))
}

function overflowNotice(overflow: number, toolName: string): Annotation {
  const more = overflow === 1 ? '1 more finding is' : `${overflow} more findings are`
  return {
    level: 'note',
    message: `${more} not annotated: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level in a step. The full list is in this step's log and in the file named by the report-json output.`,
    properties: { title: toolName }
  }
}

/**
 * Picks the annotations GitHub will really display: the most severe findings first, at most
 * {@link ANNOTATIONS_PER_LEVEL} per level, and when some do not fit, one notice saying how many and
 * where to find them. The notice takes one of the notice slots so that it is never the one dropped.
 * Suppressed findings are never annotated and not counted as overflow.
 */
export function renderAnnotations(context: ReportContext): AnnotationReport {
  const active = context.findings.filter((finding) => !finding.suppressed)
  const securityRules = new Set(context.rules.filter((rule) => rule.security).map((rule) => rule.id))
  const byLevel = (level: Severity): Finding[] =>
    rankWithinLevel(active.filter((finding) => finding.severity === level), securityRules)

  const [errors, warnings, notes] = SEVERITIES.map(byLevel) as [Finding[], Finding[], Finding[]]
  const hiddenAbove = Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL) + Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL)
  const allFit = hiddenAbove === 0 && notes.length <= ANNOTATIONS_PER_LEVEL
  const noteSlots = allFit ? ANNOTATIONS_PER_LEVEL : ANNOTATIONS_PER_LEVEL - 1
  const annotations = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
    ...notes.slice(0, noteSlots)
  ].map(toAnnotation)
  const overflow = active.length - annotations.length
  return { annotations: overflow > 0 ? [...annotations, overflowNotice(overflow, context.tool.name)] : annotations, overflow }
}

/** {@link renderAnnotations} as a {@link Reporter}: the action issues each annotation. */
export const annotationsReporter: Reporter<AnnotationReport> = { format: 'annotations', render: renderAnnotations }
