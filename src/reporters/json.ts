import type { FileInventory, Finding, TextEdit } from '../core/types.js'
import { ruleDocUrl } from './doc-url.js'
import type { ReportContext, Reporter, ScopeReport } from './types.js'
import { countFindings, type FindingCounts } from './severity.js'

/** One finding in the JSON report: positions flattened, 1-based, end exclusive (as in SARIF). */
export interface JsonFinding {
  readonly ruleId: string
  /** The message's id in its rule's metadata (`doubledVersion`); the anchor of its section in the rule docs. */
  readonly messageId: string
  readonly severity: Finding['severity']
  /** What is wrong. */
  readonly message: string
  /** What to do about it, when the rule says. */
  readonly tip?: string
  /** The message's section of the rule docs (`…/base-url-path.md#doubledversion`). */
  readonly helpUri: string
  /** Relative to the scanned root, `/` separators. */
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly fingerprint: string
  readonly fix?: string
  /** Where `fix` goes: the exact range it replaces (1-based, end exclusive) and the text to put there. */
  readonly edit?: TextEdit
  /** The whole line after `edit`, when it holds nothing like a credential (a suggestion's text). */
  readonly fixedLine?: string
  /** `tree` (a file as it is), `history` (a line a commit added and a later one removed) or `probe` (a live probe). */
  readonly origin: Finding['origin']
  readonly suppressed?: Finding['suppressed']
}

/** The machine-readable report (`--format json`, the action's `report-json` file). */
export interface JsonReport {
  readonly findings: readonly JsonFinding[]
  readonly scopes: readonly ScopeReport[]
  /** Counts of findings that are not suppressed, by severity; `suppressed` counts the rest. */
  readonly summary: FindingCounts & { readonly files: number }
  readonly tool: { readonly name: string; readonly version: string }
  /** The files read as configuration (kind, matched by name or content) and the files not read, with the reason. */
  readonly files?: FileInventory
}

function toJsonFinding(context: ReportContext, finding: Finding): JsonFinding {
  const { start, end } = finding.span
  return {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.tip !== undefined && { tip: finding.tip }),
    helpUri: ruleDocUrl(context.tool, finding.ruleId, finding.messageId),
    file: finding.file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    fingerprint: finding.fingerprint,
    // Optional fields are left out rather than written as null, so consumers can test for presence.
    ...(finding.fix !== undefined && { fix: finding.fix }),
    ...(finding.edit !== undefined && { edit: finding.edit }),
    ...(finding.fixedLine !== undefined && { fixedLine: finding.fixedLine }),
    origin: finding.origin,
    ...(finding.suppressed !== undefined && { suppressed: finding.suppressed })
  }
}

function toJsonReport(context: ReportContext): JsonReport {
  return {
    findings: context.findings.map(finding => toJsonFinding(context, finding)),
    scopes: context.scopes,
    summary: { ...countFindings(context.findings), files: context.stats.files },
    tool: { name: context.tool.name, version: context.tool.version },
    ...(context.files && { files: context.files })
  }
}

/** Pretty-printed JSON with a final newline; every finding is included, suppressed ones marked. */
export const jsonReporter: Reporter = {
  format: 'json',
  render: (context) => JSON.stringify(toJsonReport(context), null, 2) + '\n'
}
