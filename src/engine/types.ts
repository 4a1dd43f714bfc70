import type { Finding } from '../core/types.js'
import type { RepoModel } from '../model/types.js'

/** What a run of the rules over a repository gives: the findings and the model they were judged on. */
export interface LintResult {
  /** Sorted by file, line, column, rule; suppressed findings included and marked. */
  readonly findings: readonly Finding[]
  readonly model: RepoModel
  readonly stats: { readonly files: number; readonly entries: number }
}
