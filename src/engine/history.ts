import type { ProviderCatalog } from '../providers/types.js'
import type { FileFacts, KeyHit } from '../core/types.js'

/** A line one commit added (src/discover/history.ts reads these from a pull request's commits). */
export interface CommittedLine {
  readonly commit: string
  readonly file: string
  readonly line: number
  readonly text: string
  /** `repository` for lines of the whole history (`--history`); unset: a pull request's commits. */
  readonly history?: 'repository'
}

/**
 * Key hits in lines that commits added, as facts the `leaked-key` rule reads like any file's. Each hit
 * carries its commit; the rule reports only keys that are no longer in the tree (the others it reports
 * where they stand now).
 */
export function historyFacts(lines: readonly CommittedLine[], catalog: ProviderCatalog): FileFacts[] {
  const byFile = new Map<string, KeyHit[]>()
  for (const added of lines) {
    for (const match of catalog.scanText(added.text)) {
      const hits = byFile.get(added.file) ?? []
      hits.push({
        file: added.file,
        span: { start: { line: added.line, column: match.start + 1 }, end: { line: added.line, column: match.end + 1 } },
        token: match.token,
        provider: match.provider.id,
        format: match.format.id,
        line: added.text,
        commit: added.commit,
        ...(added.history && { history: added.history })
      })
      byFile.set(added.file, hits)
    }
  }
  return [...byFile].map(([path, keyHits]) => ({ path, kind: 'text', entries: [], diagnostics: [], keyHits, ignores: [], fingerprints: [], history: true }))
}
