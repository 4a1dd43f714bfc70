import { clientProfiles } from './clients/profiles.js'
import { loadConfig } from './config/index.js'
import type { CommittedLine } from './core/history.js'
import { createRedactor, knownSecrets, redactAll } from './core/redact.js'
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
}

export interface LintOutcome {
  readonly context: ReportContext
  /** The registry with the config's providers, for edges that scan text of their own. */
  readonly catalog: ProviderCatalog
  /** Keys that were not probed, and why (for the log; never a failure). */
  readonly notices: readonly string[]
  /** The masking the context and notices went through, for edges that show text of their own (changed paths). */
  readonly redact: (text: string) => string
}

/**
 * Config, scan, the optional live probes, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
export async function lintRepository({ root, configFile, failOn, history, secretValues, probe }: LintRequest): Promise<LintOutcome> {
  const config = await loadConfig({
    root,
    ...(configFile !== undefined && { file: configFile }),
    knownRuleIds: ALL_RULE_METAS.map((meta) => meta.id),
    knownClients: Object.keys(clientProfiles)
  })
  const scanned = await scanRepository(root, { config, ...(history && { history }), ...(secretValues && { secretValues }) })
  const { catalog, settings } = scanned
  const probed = probe && (await probeStep(scanned, settings, catalog, probe))
  const result = probed ? probed.result : scanned
  const built = buildReportContext(result, { rules: ALL_RULE_METAS, catalog, failOn })
  // The one masking path: every string bound for any reporter or log line, whatever field it sits in.
  const probeKey = probe?.keys.apiKey
  const redact = createRedactor(knownSecrets(result.model, catalog, { ...(secretValues && { values: secretValues }), ...(probeKey && { keys: [probeKey] }) }), catalog)
  const { rules, tool, ...reported } = probed ? { ...built, probes: probed.probes } : built
  return {
    context: { rules, tool, ...redactAll(reported, redact) },
    catalog,
    notices: redactAll(probed ? probed.notices : [], redact),
    redact
  }
}
