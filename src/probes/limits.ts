/**
 * The probes' defaults and the bounds of their inputs: what the CLI's flags and the action's inputs are checked
 * against on every run, apart from the probe runner, which only a run that probes loads.
 */

export const PROBE_DEFAULTS = {
  timeoutMs: 10_000,
  budgetMs: 60_000,
  concurrency: 20,
  maxBodyBytes: 1024 * 1024,
  maxRequests: 50
} as const

/** Longer than any provider takes to answer a tiny request; a run should not hang on one host. */
export const MAX_PROBE_TIMEOUT_S = 300

/** A per-request timeout given in seconds (`probe-timeout`), in milliseconds; undefined unless in (0, 300]. */
export function probeTimeoutMs(seconds: string): number | undefined {
  const value = Number(seconds)
  return seconds.trim() !== '' && Number.isFinite(value) && value > 0 && value <= MAX_PROBE_TIMEOUT_S ? value * 1000 : undefined
}

/** The most `probe-max-requests` accepts: beyond it a run is a load test, not a check. */
export const MAX_PROBE_REQUESTS = 1000

/** `probe-max-requests` as a count; undefined unless a whole number in [1, 1000]. */
export function probeMaxRequests(text: string): number | undefined {
  const value = Number(text)
  return /^\s*\d+\s*$/.test(text) && value >= 1 && value <= MAX_PROBE_REQUESTS ? value : undefined
}
