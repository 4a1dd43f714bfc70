import { clientProfiles } from '../clients/profiles.js'
import { loadConfig } from '../config/index.js'
import { buildReportContext } from '../core/report.js'
import { createCatalog } from '../providers/catalog.js'
import type { FailOn } from '../reporters/severity.js'
import type { ReportContext } from '../reporters/types.js'
import { rules } from '../rules/index.js'
import { scanRepository } from '../scan.js'

/** What both edges (CLI and action) ask of a scan. */
export interface LintRequest {
  /** Absolute path of the folder to scan. */
  readonly root: string
  /** Absolute path of a config file; unset: `.llm-env-lint.yml` in `root`, if any. */
  readonly configFile?: string
  readonly failOn: FailOn
}

/**
 * Config, scan, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
export async function lintRepository({ root, configFile, failOn }: LintRequest): Promise<ReportContext> {
  const config = await loadConfig({
    root,
    ...(configFile !== undefined && { file: configFile }),
    knownRuleIds: rules.map((rule) => rule.meta.id),
    knownClients: Object.keys(clientProfiles)
  })
  const result = await scanRepository(root, { config })
  return buildReportContext(result, {
    rules: rules.map((rule) => rule.meta),
    catalog: createCatalog(config.providers),
    failOn
  })
}
