/** The bound on findings per line and per file, so a report's size follows the number of files, not their content. */
import { SEVERITY_RANK } from '../core/order.js'
import { lineSpan } from '../core/text.js'
import type { Severity } from '../core/types.js'
import { rules as allRules } from '../rules/index.js'
import { compareDrafts, type Draft } from './draft.js'

/** Findings listed per line and per file at most: a line of ten thousand keys is one problem to fix, not ten thousand. */
export const FINDINGS_PER_LINE = 20
export const FINDINGS_PER_FILE = 1000

const parseError = allRules.find((rule) => rule.meta.id === 'parse-error')!.meta

/**
 * Keeps the first findings of each line and each file (in report order) and replaces the rest of a file by one note
 * that counts them, so the size of every report is bounded by the number of files, not by what a file holds.
 */
export function capDrafts(drafts: readonly Draft[]): Draft[] {
  const kept: Draft[] = []
  const perLine = new Map<string, number>()
  const perFile = new Map<string, number>()
  const cut = new Map<string, { count: number; rules: Set<string>; severity: Severity }>()
  for (const draft of [...drafts].sort(compareDrafts)) {
    const { file, span } = draft.descriptor
    const line = `${file}\0${span.start.line}`
    const onLine = perLine.get(line) ?? 0
    const inFile = perFile.get(file) ?? 0
    if (onLine < FINDINGS_PER_LINE && inFile < FINDINGS_PER_FILE) {
      kept.push(draft)
      perLine.set(line, onLine + 1)
      perFile.set(file, inFile + 1)
      continue
    }
    const entry = cut.get(file) ?? { count: 0, rules: new Set<string>(), severity: 'note' as Severity }
    entry.count++
    entry.rules.add(draft.meta.id)
    if (SEVERITY_RANK[draft.severity] > SEVERITY_RANK[entry.severity]) entry.severity = draft.severity
    cut.set(file, entry)
  }
  // As severe as the worst finding it stands for, so a cut never turns a failing run into a passing one.
  for (const [file, { count, rules, severity }] of cut) {
    kept.push({
      meta: parseError,
      origin: 'tree',
      severity,
      descriptor: {
        messageId: 'findingsCut',
        data: { count: String(count), rules: [...rules].sort().join(', '), perLine: String(FINDINGS_PER_LINE), perFile: String(FINDINGS_PER_FILE) },
        file,
        span: lineSpan(1),
        severity
      }
    })
  }
  return kept
}
