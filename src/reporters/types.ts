import type { ClientBasis } from '../clients/types.js'
import type { FileInventory, Finding } from '../core/types.js'
import type { ProbeSummary } from '../probes/types.js'
import type { RuleMeta } from '../rules/types.js'
import type { FailOn } from './severity.js'

// The probes' own shapes; the reporters show them as they are.
export type { ProbeCheck, ProbeSummary } from '../probes/types.js'

/** One deployment scope as the reports show it: never a raw secret, only masked forms. */
export interface ScopeReport {
  readonly id: string
  readonly file: string
  readonly label: string
  readonly client: string
  /** How the client was chosen (`image`, `manifest`, …) and on what evidence; `guessed` findings are at most warnings. */
  readonly clientBasis: ClientBasis
  readonly clientEvidence?: string
  readonly clientConfidence: 'known' | 'guessed'
  /** One row per key ↔ base URL ↔ model pairing in the scope. */
  readonly rows: readonly {
    readonly keyName?: string
    /** Masked: provider, prefix and last 4 characters at most (`sk-ant-…x7Qa`), or `${{ secrets.X }}`. */
    readonly keyMasked?: string
    readonly keyProvider?: string
    readonly baseUrlName?: string
    readonly baseUrl?: string
    /** The base URL setting is empty (or absent), so the client's default applies. */
    readonly baseUrlDefault?: boolean
    readonly model?: string
    /** The URL the client will really call for a chat request. */
    readonly effectiveUrl?: string
  }[]
}

/** Everything a reporter gets. Reporters are pure: no fs, no network, no @actions/core. */
export interface ReportContext {
  /** Sorted and masked; suppressed ones are included and marked. */
  readonly findings: readonly Finding[]
  readonly rules: readonly RuleMeta[]
  readonly scopes: readonly ScopeReport[]
  readonly tool: {
    readonly name: string
    readonly version: string
    readonly docsBaseUrl: string
    /** The project's home page (SARIF `tool.driver.informationUri`); the docs are used when absent. */
    readonly informationUri?: string
  }
  readonly stats: { readonly files: number; readonly entries: number }
  /** Findings at or above this severity fail the run (`never`: nothing fails). */
  readonly failOn: FailOn
  /** Live probes, when the run probed (`probe: true`); their failures are among the findings too. */
  readonly probes?: readonly ProbeSummary[]
  /** The files read as configuration and the files not read, when the run scanned a folder. */
  readonly files?: FileInventory
}

/** One output format; `Options` are what only that format asks for (the PR comment's changed lines). */
export interface Reporter<Out = string, Options = never> {
  /** Its name in the registry (src/reporters/index.ts) and for `--format`. */
  readonly format: string
  render(context: ReportContext, options?: Options): Out
}
