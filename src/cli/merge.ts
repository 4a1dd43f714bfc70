/**
 * `llm-env-lint merge`: the JSON reports of several repositories (an organisation's, collected by a workflow)
 * as one report in any format, each repository's paths under its name. Pure: the edge reads the files.
 */
import { z } from 'zod'
import { compareFindings } from '../core/order.js'
import type { Finding } from '../core/types.js'
import { ALL_RULE_METAS, PROBE_RULES } from '../probes/rules.js'
import type { FailOn } from '../reporters/severity.js'
import type { ReportContext, ScopeReport } from '../reporters/types.js'
import { TOOL } from '../version.js'

/** A report file that is not an llm-env-lint JSON report; the message names the file (a usage error). */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError'
}

const severity = z.enum(['error', 'warning', 'note'])

const position = z.object({ line: z.number().int(), column: z.number().int() })

/** What the merge reads of a JSON report (src/reporters/json.ts); anything else in it is ignored. */
const reportSchema = z.object({
  tool: z.object({ name: z.literal(TOOL.name), version: z.string() }),
  summary: z.object({ files: z.number().int().nonnegative() }),
  findings: z.array(
    z.object({
      ruleId: z.string(),
      severity,
      // Reports of earlier versions carry no message id and no tip.
      messageId: z.string().default(''),
      message: z.string(),
      tip: z.string().optional(),
      file: z.string(),
      line: z.number().int(),
      column: z.number().int(),
      endLine: z.number().int(),
      endColumn: z.number().int(),
      fingerprint: z.string(),
      fix: z.string().optional(),
      edit: z.object({ range: z.object({ start: position, end: position }), replacement: z.string() }).optional(),
      fixedLine: z.string().optional(),
      origin: z.enum(['tree', 'history', 'probe']).optional(),
      suppressed: z.object({ by: z.enum(['inline', 'config', 'baseline']), reason: z.string().optional() }).optional()
    })
  ),
  scopes: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      label: z.string(),
      client: z.string(),
      // Reports of earlier versions carry no basis: the client was then the repository's.
      clientBasis: z.enum(['file-kind', 'image', 'configured', 'manifest', 'repository', 'default']).default('repository'),
      clientEvidence: z.string().optional(),
      clientConfidence: z.enum(['known', 'guessed']).default('known'),
      rows: z.array(z.record(z.string(), z.union([z.string(), z.boolean()])))
    })
  )
})

type MergedReport = z.infer<typeof reportSchema>

/** Reads one report's text; throws ReportFileError naming `file` when it is not a JSON report of this tool. */
export function readReport(text: string, file: string): MergedReport {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new ReportFileError(`${file}: not JSON; pass reports written by llm-env-lint --format json or the action's report-json`)
  }
  const parsed = reportSchema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  throw new ReportFileError(`${file}: not an llm-env-lint JSON report (${issue.path.join('.') || 'the file'}: ${issue.message})`)
}

/** `name/path`; a finding of no file (a probe of a command-line base URL) belongs to the repository itself. */
const under = (name: string, path: string): string => (path === '' ? name : `${name}/${path}`)

/**
 * One report context for the reports, each repository's paths prefixed with its name, findings sorted as in any
 * report. Messages were masked when each report was written; nothing here unmasks or adds text.
 */
export function mergeReports(reports: readonly { readonly name: string; readonly report: MergedReport }[], failOn: FailOn): ReportContext {
  const findings = reports.flatMap(({ name, report }) =>
    report.findings.map(
      (finding): Finding => ({
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        message: finding.message,
        ...(finding.tip !== undefined && { tip: finding.tip }),
        file: under(name, finding.file),
        span: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        fingerprint: finding.fingerprint,
        ...(finding.fix !== undefined && { fix: finding.fix }),
        ...(finding.edit !== undefined && { edit: finding.edit }),
        ...(finding.fixedLine !== undefined && { fixedLine: finding.fixedLine }),
        // Reports of earlier versions do not say; only a probe rule's findings can be told apart.
        origin: finding.origin ?? (PROBE_RULES.some((rule) => rule.id === finding.ruleId) ? 'probe' : 'tree'),
        ...(finding.suppressed !== undefined && { suppressed: finding.suppressed })
      })
    )
  )
  const scopes = reports.flatMap(({ name, report }) =>
    report.scopes.map((scope): ScopeReport => ({ ...scope, id: under(name, scope.id), file: under(name, scope.file), label: `${name}: ${scope.label}` }))
  )
  return {
    findings: findings.sort(compareFindings),
    rules: ALL_RULE_METAS,
    scopes,
    tool: TOOL,
    stats: { files: reports.reduce((sum, { report }) => sum + report.summary.files, 0), entries: 0 },
    failOn
  }
}
