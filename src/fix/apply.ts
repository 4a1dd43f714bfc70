/**
 * Applying fixes: which findings' edits `--fix` may make, and making them in a text. Pure; the CLI reads and
 * writes the files. Everything outside the edited ranges stays byte for byte (line endings, quotes,
 * comments, indentation, key order): edits replace text inside one line and never add a line break.
 */
import { LineIndex } from '../core/text.js'
import type { Finding, TextEdit } from '../core/types.js'
import type { RuleMeta } from '../rules/types.js'

/**
 * The edits `--fix` may make, by file: findings not suppressed whose rule lists their message among its
 * safe fixes (`RuleMeta.autofix`), in files without a `parse-error` finding (a file read wrongly has
 * positions that cannot be trusted). Notes are left alone: a guessed convention or a value the client
 * tolerates is no reason to change a setting that may work.
 */
export function safeEdits(findings: readonly Finding[], rules: readonly RuleMeta[]): Map<string, TextEdit[]> {
  const autofix = new Map(rules.map((rule) => [rule.id, new Set<string>(rule.autofix ?? [])]))
  const unreadable = new Set(findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file))
  const byFile = new Map<string, TextEdit[]>()
  for (const finding of findings) {
    if (!finding.edit || finding.suppressed || finding.severity === 'note' || unreadable.has(finding.file) || !autofix.get(finding.ruleId)?.has(finding.messageId)) continue
    const list = byFile.get(finding.file) ?? []
    list.push(finding.edit)
    byFile.set(finding.file, list)
  }
  return byFile
}

export interface Applied {
  readonly text: string
  /** The edits made, in text order (identical edits counted once). */
  readonly applied: readonly TextEdit[]
  /** Edits left out: they overlap another edit with a different replacement, or fall outside their line. */
  readonly skipped: readonly TextEdit[]
}

/**
 * Makes the edits in `text` (BOM already removed, as the core's positions assume). Identical edits are one;
 * of two overlapping edits neither is made, since either would undo the other's reasoning.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): Applied {
  const index = new LineIndex(text)
  const located: { edit: TextEdit; from: number; to: number }[] = []
  const skipped: TextEdit[] = []
  const seen = new Set<string>()
  for (const edit of edits) {
    const { start, end } = edit.range
    const key = `${start.line}:${start.column}:${end.line}:${end.column}\0${edit.replacement}`
    if (seen.has(key)) continue
    seen.add(key)
    const inLine = start.line === end.line && start.line <= index.lineCount && start.column >= 1 && end.column >= start.column
    if (!inLine || end.column - 1 > index.lineText(start.line).length || /[\r\n]/.test(edit.replacement)) {
      skipped.push(edit)
      continue
    }
    located.push({ edit, from: index.offset(start), to: index.offset(end) })
  }
  located.sort((a, b) => a.from - b.from || a.to - b.to)
  const overlapping = new Set<number>()
  for (let i = 0; i < located.length; i++) {
    for (let j = i + 1; j < located.length && located[j]!.from < located[i]!.to; j++) {
      overlapping.add(i)
      overlapping.add(j)
    }
  }
  const kept = located.filter((_, i) => !overlapping.has(i))
  skipped.push(...located.filter((_, i) => overlapping.has(i)).map((l) => l.edit))
  let out = ''
  let at = 0
  for (const { edit, from, to } of kept) {
    out += text.slice(at, from) + edit.replacement
    at = to
  }
  return { text: out + text.slice(at), applied: kept.map((l) => l.edit), skipped }
}
