/**
 * The probe step of the pipeline, between the scan and the report: plan the targets from the scanned model, probe
 * them, and hand back their reports (for the engine to finalise like the rules') and their summaries (for the
 * reports' probe section). The network is reached only through the transport.
 */
import { scrubSecrets } from '../core/redact.js'
import type { RepoModel } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { probeReports, type ProbeReport } from './findings.js'
import { createNodeTransport } from './http.js'
import type { ProxySettings } from './proxy.js'
import { PROBE_DEFAULTS } from './limits.js'
import { runProbes } from './run.js'
import { shownBaseUrl, supportInfo } from './support.js'
import { INPUT_TARGET_ID, planProbes, type KeySource } from './targets.js'
import type { Outcome, ProbeCheck, ProbeResult, ProbeSummary, ProbeTarget, Transport } from './types.js'

/** What the edges ask of the probes (action inputs, CLI flags). */
export interface ProbeOptions {
  readonly keys: KeySource
  /** `probe-hosts`, as `parseProbeHosts` returns them. */
  readonly hosts: readonly string[]
  /** `probe-chat`: a real one-token completion instead of the free request. */
  readonly chat: boolean
  /** `fail-on-indeterminate`. */
  readonly failOnIndeterminate: boolean
  /** Per request. */
  readonly timeoutMs: number
  /** `probe-max-requests`: requests carrying a key per run, retries included. Default: 50. */
  readonly maxRequests?: number
  /** Default: node:http(s) trusting the system's certificates, through `proxy` when set. */
  readonly transport?: Transport
  /** HTTPS_PROXY and NO_PROXY of the environment (`proxyFromEnv`), for the default transport. */
  readonly proxy?: ProxySettings
}

export interface ProbeStepResult {
  /** A report per check that did not pass, for the engine (`addProbeReports`). */
  readonly reports: readonly ProbeReport[]
  /** Every probe with all its checks, for the reports' probe section; failed checks carry their support block. */
  readonly probes: readonly ProbeSummary[]
  /** Keys that were not probed, and why; for the log, never a failure. */
  readonly notices: readonly string[]
}

/**
 * A probe is at most three requests (models, chat, the chat again with `max_completion_tokens`), each tried twice:
 * the overall budget lets every one of them time out before it cuts the run short.
 */
const REQUESTS_PER_PROBE = 6

/** Probes the keys behind the repository's settings. Never rejects for network or provider trouble. */
export async function probeStep(model: RepoModel, catalog: ProviderCatalog, options: ProbeOptions): Promise<ProbeStepResult> {
  const plan = planProbes(model, options.keys, catalog)
  const results = await runProbes(plan.targets, {
    transport: options.transport ?? createNodeTransport({ ...(options.proxy && { proxy: options.proxy }) }),
    policy: { extraHosts: options.hosts },
    chat: options.chat,
    timeoutMs: options.timeoutMs,
    budgetMs: Math.max(PROBE_DEFAULTS.budgetMs, REQUESTS_PER_PROBE * options.timeoutMs),
    ...(options.maxRequests !== undefined && { maxRequests: options.maxRequests })
  })
  const scopeLabels = new Map(model.scopes.map((scope) => [scope.id, scope.label]))
  return {
    reports: results.flatMap((r, i) => probeReports(r, plan.targets[i]!, { failOnIndeterminate: options.failOnIndeterminate })),
    probes: probeSummaries(results, plan.targets, scopeLabels),
    notices: plan.skipped
  }
}

/** The probes as the reports show them, in target order. `scopeLabels` names scopes by id. */
export function probeSummaries(results: readonly ProbeResult[], targets: readonly ProbeTarget[], scopeLabels: ReadonlyMap<string, string>): ProbeSummary[] {
  return results.map((result, i) => {
    const target = targets[i]!
    // The engine only hands out masked keys; masking again costs nothing and keeps a slip from leaking.
    const safe = (text: string): string => scrubSecrets(text, [target.key])
    const checks = result.verdicts.map((verdict): ProbeCheck => {
      const support = verdict.outcome === 'verified' ? undefined : supportInfo(result, verdict, target)
      return {
        rule: verdict.rule,
        outcome: verdict.outcome,
        explanation: safe(verdict.explanation),
        nextStep: safe(verdict.nextStep),
        ...(verdict.model !== undefined && { model: safe(verdict.model) }),
        ...(support && { support })
      }
    })
    const scope = target.anchor.scope === undefined ? undefined : scopeLabels.get(target.anchor.scope)
    return {
      name: target.id === INPUT_TARGET_ID ? 'api-key input' : (target.anchor.entry?.key ?? target.id),
      file: target.anchor.file,
      ...(scope !== undefined && { scope }),
      key: result.keyMasked,
      baseUrl: shownBaseUrl(target),
      outcome: overallOutcome(checks.map((c) => c.outcome)),
      checks
    }
  })
}

/** Rejected beats indeterminate beats verified. */
function overallOutcome(outcomes: readonly Outcome[]): Outcome {
  if (outcomes.includes('rejected')) return 'rejected'
  return outcomes.includes('indeterminate') ? 'indeterminate' : 'verified'
}
