/** Files discovery could not read, as `parse-error` notes: never dropped in silence. */
import { lineSpan } from '../core/text.js'
import type { FileFacts, SkippedFile } from '../core/types.js'

/** Binary files are skipped by design and not reported; these are files that should have been read. */
export type ReportedSkip = SkippedFile & { readonly reason: Exclude<SkippedFile['reason'], 'binary'> }

const SKIP_REASONS: Readonly<Record<ReportedSkip['reason'], string>> = {
  'too-large': 'not scanned: the file is larger than the size limit',
  'symlink-outside-root': 'not scanned: a symbolic link that points outside the scanned folder',
  unreadable: 'not scanned: the file could not be read'
}

/**
 * One note per file not scanned, except files that vanished between listing and reading (a build deleting its
 * output while the scan runs): those are one note, on the first of them, with their count — thousands of them
 * would otherwise bury every other finding.
 */
export function skippedNotes(skipped: readonly ReportedSkip[]): FileFacts[] {
  const isVanished = (f: ReportedSkip): boolean => f.reason === 'unreadable' && f.detail === 'ENOENT'
  const vanished = skipped.filter(isVanished)
  if (vanished.length < 2) return skipped.map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : '')))
  const others = vanished.length - 1
  return [
    ...skipped.filter((f) => !isVanished(f)).map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : ''))),
    skippedFacts(vanished[0]!.path, `not scanned: this file and ${others} other${others === 1 ? '' : 's'} vanished while the scan ran`)
  ]
}

function skippedFacts(path: string, message: string): FileFacts {
  return {
    path,
    kind: 'text',
    entries: [],
    diagnostics: [{ message, span: lineSpan(1), severity: 'note' }],
    keyHits: [],
    ignores: [],
    fingerprints: []
  }
}
