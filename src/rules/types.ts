import type { ProviderCatalog } from '../providers/types.js'
import type { Entry, Severity, Span } from '../core/types.js'
import type { RepoModel } from '../model/types.js'

/** A rule's metadata: the single source for docs, SARIF `tool.driver.rules` and the config's rule names. */
export interface RuleMeta<M extends string = string> {
  /** kebab-case; equals the file name; never renamed. */
  readonly id: string
  /** One line: docs index, SARIF shortDescription. */
  readonly description: string
  /** Default severity; the config may override it or turn the rule off. */
  readonly severity: Severity
  /**
   * Message templates by id, with `{{placeholders}}`: what is wrong, one sentence, lower-case start, no final
   * full stop. The id is the anchor of the message's section in the rule's docs (`#<id in lower case>`).
   */
  readonly messages: Readonly<Record<M, string>>
  /**
   * What to do about a message, by id, with the same placeholders: the remediation the Markdown reports and
   * SARIF help show apart from the message. One clause, lower-case start, no final full stop.
   */
  readonly tips?: Readonly<Partial<Record<NoInfer<M>, string>>>
  /** Security rules feed SARIF `security-severity` and tags. */
  readonly security?: boolean
  /**
   * Messages whose fix `--fix` applies: the corrected value is certain and cannot break a working setting.
   * Other fixes stay advice (shown, and offered as edits in JSON and SARIF).
   */
  readonly autofix?: readonly NoInfer<M>[]
}

export interface ReportDescriptor<M extends string> {
  readonly messageId: M
  readonly data?: Readonly<Record<string, string>>
  readonly file: string
  readonly span: Span
  /** The entry the finding is about: its path and value make the fingerprint. */
  readonly entry?: Entry
  /** Extra text for the fingerprint when there is no entry (e.g. a key hit's token). */
  readonly identity?: string
  /** The corrected value, when known. Never a secret. */
  readonly fix?: string
  /** Raw values that must be masked in every output before the finding leaves the core. */
  readonly secrets?: readonly string[]
  /** Lower the severity for this finding (e.g. an unknown client's convention is only a guess). */
  readonly severity?: Severity
  readonly scope?: string
  /** The commit that added the line, for a finding in the history rather than in the tree. */
  readonly commit?: string
}

export interface RuleContext<M extends string> {
  readonly model: RepoModel
  readonly providers: ProviderCatalog
  /** Secret values by name, when the run was given them (`LintSettings.secretValues`); never shown unmasked. */
  readonly secretValues?: ReadonlyMap<string, string>
  /** The files are staged, not committed yet (`LintSettings.staged`): messages say so. */
  readonly staged?: boolean
  report(descriptor: ReportDescriptor<M>): void
}

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>
  check(context: RuleContext<M>): void
}

/** Identity helper: lets TypeScript infer the message ids from `meta.messages`. */
export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule
