import { clientProfiles } from '../clients/profiles.js'
import { loadConfig } from '../config/index.js'
import { buildReportContext } from '../core/report.js'
import { createCatalog } from '../providers/catalog.js'
import type { FailOn } from '../reporters/severity.js'
import type { ReportContext } from '../reporters/types.js'
import type { CommittedLine } from '../core/history.js'
import type { ProviderCatalog } from '../providers/types.js'
import { rules } from '../rules/index.js'
import { scanRepository } from '../scan.js'

/** What both edges (CLI and action) ask of a scan. */
export interface LintRequest {
  /** Absolute path of the folder to scan. */
  readonly root: string
  /** Absolute path of a config file; unset: `.llm-env-lint.yml` in `root`, if any. */
  readonly configFile?: string
  readonly failOn: FailOn
  /** Lines a pull request's commits added, relative to `root` (the action scans them for keys). */
  readonly history?: readonly CommittedLine[]
}

export interface LintOutcome {
  readonly context: ReportContext
  /** The registry with the config's providers, for edges that scan text of their own. */
  readonly catalog: ProviderCatalog
}

/**
 * Config, scan, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
export async function lintRepository({ root, configFile, failOn, history }: LintRequest): Promise<LintOutcome> {
  const config = await loadConfig({
    root,
    ...(configFile !== undefined && { file: configFile }),
    knownRuleIds: rules.map((rule) => rule.meta.id),
    knownClients: Object.keys(clientProfiles)
  })
  const result = await scanRepository(root, { config, ...(history ? { history } : {}) })
  const catalog = createCatalog(config.providers)
  return { context: buildReportContext(result, { rules: rules.map((rule) => rule.meta), catalog, failOn }), catalog }
}
