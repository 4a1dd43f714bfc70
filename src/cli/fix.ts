/**
 * `--fix` and `--fix-dry-run`: the file I/O around the pure edit application (src/fix/apply.ts). A file is
 * edited only when it is UTF-8 (a BOM is kept) and decodes to exactly the text the scan judged, so the
 * findings' positions hold; everything outside the edits is written back byte for byte.
 */
import { lstatSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve, sep } from 'node:path'
import { scrubSecrets, secretLikeTokens } from '../core/redact.js'
import { decodeText } from '../discover/read.js'
import { applyEdits, safeEdits } from '../fix/apply.js'
import { unifiedDiff } from '../fix/diff.js'
import type { LintOutcome } from '../engine/pipeline.js'
import { escapeControl } from '../reporters/text.js'
import { UsageError } from './args.js'

const BOM = Buffer.from([0xef, 0xbb, 0xbf])

/** One file's planned change. */
export interface FilePlan {
  readonly path: string
  readonly before: string
  readonly after: string
  readonly bom: boolean
  /** Edits made (identical edits from several findings count once). */
  readonly applied: number
  /** Edits left out because they overlap another. */
  readonly skipped: number
}

/** What one pass would change, and why files with fixes were left alone. */
export interface FixPlan {
  readonly files: readonly FilePlan[]
  readonly notices: readonly string[]
}

/** Reads each file with safe fixes and makes the edits in memory. */
export function planFixes({ context, redact }: LintOutcome, root: string): FixPlan {
  const files: FilePlan[] = []
  const notices: string[] = []
  for (const [path, all] of safeEdits(context.findings, context.rules)) {
    // The report's strings went through the masking: an edit it changed would write a mask, not a value.
    const edits = all.filter((edit) => redact(edit.replacement) === edit.replacement)
    const read = readForFix(root, path)
    if (typeof read === 'string') {
      notices.push(`${path} was not fixed: ${read}`)
      continue
    }
    const { text, applied, skipped } = applyEdits(read.text, edits)
    if (skipped.length > 0) notices.push(`${path}: ${skipped.length} fix${skipped.length === 1 ? '' : 'es'} left out, since ${skipped.length === 1 ? 'it overlaps' : 'they overlap'} another fix of the same text`)
    if (text !== read.text) files.push({ path, before: read.text, after: text, bom: read.bom, applied: applied.length, skipped: skipped.length })
  }
  return { files, notices }
}

/** Writes the planned texts, each with its BOM if it had one; a file that cannot be written is the user's to fix. */
export function writeFixes(plan: FixPlan, root: string): void {
  for (const file of plan.files) {
    const body = Buffer.from(file.after, 'utf8')
    try {
      writeFileSync(inside(root, file.path)!, file.bom ? Buffer.concat([BOM, body]) : body)
    } catch (error) {
      throw new UsageError(`cannot write the fixes to ${escapeControl(file.path)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
  }
}

/**
 * The plan as a unified diff. Lines come straight from the files, past the core's masking, so each is masked
 * again (known secrets, keys of any format, random-looking tokens) and its control characters escaped.
 */
export function renderDiff(plan: FixPlan, { catalog, redact }: LintOutcome): string {
  const show = (line: string): string => escapeControl(scrubSecrets(redact(line), secretLikeTokens(line, catalog)))
  return plan.files.map((file) => unifiedDiff(escapeControl(file.path), file.before, file.after, show)).join('')
}

/** The file's text without its BOM, or why it is not edited. */
function readForFix(root: string, path: string): { text: string; bom: boolean } | string {
  const absolute = inside(root, path)
  if (absolute === undefined) return 'it is outside the scanned folder'
  try {
    if (!lstatSync(absolute).isFile()) return 'it is not a regular file'
    const bytes = readFileSync(absolute)
    const bom = bytes.subarray(0, 3).equals(BOM)
    const body = bom ? bytes.subarray(3) : bytes
    const text = body.toString('utf8')
    if (!Buffer.from(text, 'utf8').equals(body)) return 'it is not UTF-8'
    // The scan may have decoded it otherwise (UTF-16 without a BOM); positions are only valid for its text.
    if (decodeText(bytes) !== text) return 'it does not read as the scan read it'
    return { text, bom }
  } catch (error) {
    return `it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`
  }
}

function inside(root: string, path: string): string | undefined {
  const absolute = resolve(root, path)
  return path !== '' && absolute.startsWith(root.endsWith(sep) ? root : root + sep) ? absolute : undefined
}
