import { z } from 'zod'
import { compareText } from '../core/order.js'
import type { Finding } from '../core/types.js'

/**
 * A baseline: the findings a repository accepted when it adopted the tool, by fingerprint (rule, file, place in
 * the file's structure and value; not the line, so edits elsewhere keep them matched). Later runs report only what
 * is new; baselined findings stay in JSON and SARIF, marked suppressed, and never fail a run.
 */
export interface Baseline {
  /** The file as the user named it, for messages. */
  readonly file: string
  /** Fingerprint → the file the finding was in. */
  readonly fingerprints: ReadonlyMap<string, string>
}

/** A baseline file that cannot be used; the message names the file and what is wrong (a usage error). */
export class BaselineError extends Error {
  override readonly name = 'BaselineError'
}

const BASELINE_VERSION = 1

const baselineSchema = z.strictObject({
  tool: z.literal('llm-env-lint'),
  version: z.literal(BASELINE_VERSION),
  findings: z.array(z.strictObject({ fingerprint: z.string().regex(/^[0-9a-f]{32}$/), ruleId: z.string(), file: z.string() }))
})

/**
 * The baseline file for `findings`: every one not already suppressed otherwise (an inline comment, the config),
 * with its rule and file for the reader of a diff. Sorted, so rewriting an unchanged baseline changes nothing.
 */
export function writeBaseline(findings: readonly Finding[]): string {
  const accepted = findings
    .filter((finding) => finding.suppressed === undefined || finding.suppressed.by === 'baseline')
    .map(({ fingerprint, ruleId, file }) => ({ fingerprint, ruleId, file }))
    .sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint))
  return `${JSON.stringify({ tool: 'llm-env-lint', version: BASELINE_VERSION, findings: accepted }, null, 2)}\n`
}

/** Reads a baseline file's text; throws {@link BaselineError} naming `file` when it is not one. */
export function readBaseline(text: string, file: string): Baseline {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BaselineError(`${file}: not JSON; write a baseline with --write-baseline ${file}`)
  }
  const parsed = baselineSchema.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    throw new BaselineError(`${file}: ${issue.path.join('.') || 'the file'}: ${issue.message}; write a baseline with --write-baseline ${file}`)
  }
  return { file, fingerprints: new Map(parsed.data.findings.map((finding) => [finding.fingerprint, finding.file])) }
}

/**
 * Marks the findings the baseline holds as suppressed (`by: 'baseline'`), unless something else suppressed them
 * first; returns them with the files of the baseline entries that matched nothing (fixed since, or stale).
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { findings: Finding[]; unmatched: string[] } {
  const matched = new Set<string>()
  const marked = findings.map((finding): Finding => {
    if (!baseline.fingerprints.has(finding.fingerprint)) return finding
    matched.add(finding.fingerprint)
    return finding.suppressed ? finding : { ...finding, suppressed: { by: 'baseline', reason: `in the baseline ${baseline.file}` } }
  })
  const unmatched = [...baseline.fingerprints].filter(([fingerprint]) => !matched.has(fingerprint)).map(([, file]) => file)
  return { findings: marked, unmatched }
}
