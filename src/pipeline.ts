import { clientProfiles } from './clients/profiles/index.js'
import { loadConfig } from './config/index.js'
import type { CommittedLine } from './core/history.js'
import { buildReportContext } from './core/report.js'
import { ALL_RULE_METAS } from './probes/rules.js'
import { probeStep, type ProbeOptions } from './probes/step.js'
import type { ProviderCatalog } from './providers/types.js'
import type { FailOn } from './reporters/severity.js'
import type { ReportContext } from './reporters/types.js'
import { scanRepository } from './scan.js'

/** What both edges (CLI and action) ask of a scan. */
export interface LintRequest {
  /** Absolute path of the folder to scan. */
  readonly root: string
  /** Absolute path of a config file; unset: `.llm-env-lint.yml` in `root`, if any. */
  readonly configFile?: string
  readonly failOn: FailOn
  /** Lines a pull request's commits added, relative to `root` (the action scans them for keys). */
  readonly history?: readonly CommittedLine[]
  /** Secret values by name, checked offline against the base URL they are sent to (`provider-mismatch`). */
  readonly secretValues?: ReadonlyMap<string, string>
  /** Live probes; unset: none. */
  readonly probe?: ProbeOptions
  /** Read gitignored env files too (`--include-ignored`). */
  readonly includeIgnored?: boolean
}

export interface LintOutcome {
  readonly context: ReportContext
  /** The registry with the config's providers, for edges that scan text of their own. */
  readonly catalog: ProviderCatalog
  /** Keys that were not probed, and why (for the log; never a failure). */
  readonly notices: readonly string[]
}

/**
 * Config, scan, the optional live probes, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
export async function lintRepository({ root, configFile, failOn, history, secretValues, probe, includeIgnored }: LintRequest): Promise<LintOutcome> {
  const config = await loadConfig({
    root,
    ...(configFile !== undefined && { file: configFile }),
    knownRuleIds: ALL_RULE_METAS.map((meta) => meta.id),
    knownClients: Object.keys(clientProfiles)
  })
  const scanned = await scanRepository(root, {
    config,
    ...(history && { history }),
    ...(secretValues && { secretValues }),
    ...(includeIgnored && { includeIgnored })
  })
  const { catalog, settings } = scanned
  const probed = probe && (await probeStep(scanned, settings, catalog, probe))
  const built = buildReportContext(probed ? probed.result : scanned, { rules: ALL_RULE_METAS, catalog, failOn })
  const context = { ...built, files: scanned.files }
  return { context: probed ? { ...context, probes: probed.probes } : context, catalog, notices: probed ? probed.notices : [] }
}
