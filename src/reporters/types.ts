import type { ClientBasis } from '../clients/types.js'
import type { FileInventory, Finding } from '../core/types.js'
import type { SupportInfo } from '../probes/support.js'
import type { Outcome, ProbeRuleId } from '../probes/types.js'
import type { RuleMeta } from '../rules/types.js'
import type { FailOn } from './severity.js'

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

/** One live probe as the reports show it: which key went where, and what each check concluded. Never a raw key. */
export interface ProbeSummary {
  /** The key variable (`OPENAI_API_KEY`), or `api-key input` for a target built from the inputs alone. */
  readonly name: string
  /** Where the key is configured (empty for the inputs alone). */
  readonly file: string
  /** The deployment scope's label (`service chatgpt-next-web`), when the key belongs to one. */
  readonly scope?: string
  /** The key as it may be shown: known prefix and last 4 characters. */
  readonly key: string
  readonly baseUrl: string
  /** Rejected when any check is, else indeterminate when any check is, else verified. */
  readonly outcome: Outcome
  readonly checks: readonly ProbeCheck[]
}

/** What one probe concluded about one subject: the key, a configured model, or the chat route. */
export interface ProbeCheck {
  readonly rule: ProbeRuleId
  readonly outcome: Outcome
  readonly explanation: string
  readonly nextStep: string
  /** The model a `probe-model` check is about. */
  readonly model?: string
  /** What a provider's support asks for; present on failed checks that sent a request. */
  readonly support?: SupportInfo
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
