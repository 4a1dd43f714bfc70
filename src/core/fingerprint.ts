import { createHash } from 'node:crypto'

/**
 * A finding's identity that survives unrelated edits: rule, file, where in the file's structure
 * (entry path, not line number) and what (a hash of the value). `occurrence` tells apart the same
 * token repeated in one file.
 */
export function fingerprint(parts: {
  readonly ruleId: string
  readonly messageId: string
  readonly file: string
  readonly where: string
  readonly what: string
  readonly occurrence: number
}): string {
  const what = createHash('sha256').update(parts.what).digest('hex')
  return createHash('sha256')
    .update([parts.ruleId, parts.messageId, parts.file, parts.where, what, String(parts.occurrence)].join('\0'))
    .digest('hex')
    .slice(0, 32)
}
