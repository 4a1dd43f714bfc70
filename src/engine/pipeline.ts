import { clientProfiles } from '../clients/profiles/index.js'
import { loadConfig, type ConfigVocabulary } from '../config/index.js'
import type { Baseline } from './baseline.js'
import { createRedactor, knownSecrets, redactAll } from '../core/redact.js'
import { addProbeReports } from './lint.js'
import { buildReportContext } from './report.js'
import { ALL_RULE_METAS } from '../probes/rules.js'
import type { ProbeOptions } from '../probes/step.js'
import type { Finding } from '../core/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import type { FailOn } from '../reporters/severity.js'
import type { ReportContext } from '../reporters/types.js'
import { scanRepository, type ScanOptions } from './scan.js'

/** The rule ids and client ids a config file may name. */
export const configVocabulary = (): ConfigVocabulary => ({ knownRuleIds: ALL_RULE_METAS.map((meta) => meta.id), knownClients: Object.keys(clientProfiles) })

/** What both edges (CLI and action) ask of a scan: where, which config, what fails, and the scan's own options. */
export interface LintRequest extends Pick<ScanOptions, 'history' | 'changed' | 'secretValues' | 'includeIgnored' | 'staged' | 'only' | 'gitHistory'> {
  /** Absolute path of the folder to scan. */
  readonly root: string
  /** Absolute path of a config file; unset: `.llm-env-lint.yml` in `root`, if any. */
  readonly configFile?: string
  readonly failOn: FailOn
  /** Live probes; unset: none. */
  readonly probe?: ProbeOptions
  /** Findings accepted earlier: marked suppressed (`by: 'baseline'`), so only new ones count. */
  readonly baseline?: Baseline
}

export interface LintOutcome {
  readonly context: ReportContext
  /** The registry with the config's providers, for edges that scan text of their own. */
  readonly catalog: ProviderCatalog
  /** Files named but not scanned, keys that were not probed, and why (for the log; never a failure). */
  readonly notices: readonly string[]
  /** The masking the context and notices went through, for edges that show text of their own (changed paths). */
  readonly redact: (text: string) => string
}

/**
 * Config, scan, the optional live probes, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
export async function lintRepository({
  root,
  configFile,
  failOn,
  history,
  secretValues,
  probe,
  includeIgnored,
  staged,
  only,
  baseline,
  gitHistory,
  changed
}: LintRequest): Promise<LintOutcome> {
  const config = await loadConfig({
    root,
    ...(configFile !== undefined && { file: configFile }),
    ...configVocabulary()
  })
  const scanned = await scanRepository(root, {
    config,
    ...(history && { history }),
    ...(secretValues && { secretValues }),
    ...(staged && { staged }),
    ...(only && { only }),
    ...(gitHistory && { gitHistory }),
    ...(changed && { changed }),
    ...(includeIgnored && { includeIgnored })
  })
  const { catalog, settings } = scanned
  // Probes enter here: their reports become findings by the engine's own steps, their summaries join the context.
  // The probes (and the baseline, with zod) are loaded only by the runs that use them: a plain scan starts faster.
  const probed = probe && (await (await import('../probes/step.js')).probeStep(scanned.model, catalog, probe))
  const result = probed ? addProbeReports(scanned, probed.reports, settings, catalog) : scanned
  const built = buildReportContext(result, { rules: ALL_RULE_METAS, catalog, failOn })
  const baselined = baseline && (await import('./baseline.js')).applyBaseline(built.findings, baseline)
  const notices = [
    ...scanned.unlisted.map((path) => `${path} was not scanned: ${staged ? 'it is not staged' : 'git ignores it, or the config file\'s ignore patterns leave it out'}`),
    ...(probed ? probed.notices : []),
    ...staleBaseline(baselined?.unmatched.filter((file) => only === undefined || only.has(file)) ?? [], baseline)
  ]
  // The one masking path: every string bound for any reporter or log line, whatever field it sits in.
  const probeKey = probe?.keys.apiKey
  const redact = createRedactor(knownSecrets(result.model.files, catalog, { ...(secretValues && { values: secretValues }), ...(probeKey && { keys: [probeKey] }) }), catalog)
  const findings = (baselined?.findings ?? built.findings).map((finding) => keepFixedLine(finding, redact))
  const withBaseline = { ...built, findings, files: scanned.files }
  const { rules, tool, ...reported } = probed ? { ...withBaseline, probes: probed.probes } : withBaseline
  return {
    context: { rules, tool, ...redactAll(reported, redact) },
    catalog,
    notices: redactAll(notices, redact),
    redact
  }
}

/** A corrected line is a replacement to commit: one the masking would change is dropped, never shown masked. */
function keepFixedLine(finding: Finding, redact: (text: string) => string): Finding {
  if (finding.fixedLine === undefined || redact(finding.fixedLine) === finding.fixedLine) return finding
  const { fixedLine: _dropped, ...rest } = finding
  return rest
}

/** A notice for baseline entries no finding matched (in the files this run reports on). */
function staleBaseline(unmatched: readonly string[], baseline: Baseline | undefined): string[] {
  if (unmatched.length === 0 || baseline === undefined) return []
  const entries = unmatched.length === 1 ? '1 entry' : `${unmatched.length} entries`
  return [`${entries} of the baseline ${baseline.file} matched no finding (fixed, or changed since): rewrite it with --write-baseline to drop them`]
}
