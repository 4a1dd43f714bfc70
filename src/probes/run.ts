/**
 * Probes many targets at once: a concurrency cap, one overall budget, and each distinct request sent once per run
 * (deployments sharing a key and base URL share the answer instead of counting twice against a rate limit).
 */
import { createHash } from 'node:crypto'
import { DEFAULT_RETRY, sendWithRetries, startDeadline, type Deadline, type RetryPolicy } from './http.js'
import { PROBE_DEFAULTS } from './limits.js'
import { isProbeAllowed, type ProbePolicy } from './policy.js'
import { probeTarget, type Sender } from './probes.js'
import type { HttpRequest, ProbeResult, ProbeTarget, Transport } from './types.js'

export interface RunOptions {
  readonly transport: Transport
  readonly policy: ProbePolicy
  /** `probe-chat`: a real one-token completion per target instead of the free made-up-model request. */
  readonly chat?: boolean
  /** Per request. */
  readonly timeoutMs?: number
  /** For the whole run; requests still in flight when it ends are abandoned as `budgetExhausted`. */
  readonly budgetMs?: number
  /** Targets probed at the same time. */
  readonly concurrency?: number
  readonly maxBodyBytes?: number
  readonly retry?: RetryPolicy
  readonly clock?: () => Date
  /** Requests carrying a key that may leave this run (retries included); later ones fail as `budget`. */
  readonly maxRequests?: number
}

/** Probes every target; results come back in the order of `targets`. Never rejects for network or provider trouble. */
export async function runProbes(targets: readonly ProbeTarget[], options: RunOptions): Promise<ProbeResult[]> {
  const timeoutMs = options.timeoutMs ?? PROBE_DEFAULTS.timeoutMs
  const deadline = startDeadline(options.budgetMs ?? PROBE_DEFAULTS.budgetMs)
  const ctx = {
    policy: options.policy,
    send: createSender({ ...options, transport: capped(options.transport, options.maxRequests ?? PROBE_DEFAULTS.maxRequests), timeoutMs, deadline }),
    timeoutMs,
    chat: options.chat ?? false,
    clock: options.clock ?? (() => new Date())
  }
  return mapConcurrently(targets, options.concurrency ?? PROBE_DEFAULTS.concurrency, (target) => probeTarget(target, ctx))
}

export interface SenderOptions {
  readonly transport: Transport
  readonly policy: ProbePolicy
  readonly timeoutMs: number
  readonly deadline: Deadline
  readonly maxBodyBytes?: number
  readonly retry?: RetryPolicy
}

/**
 * A {@link Sender} that sends each distinct request once (concurrent askers share the promise) and refuses, as a
 * last line of defence, any URL the policy does not allow: such a request is a bug, never a probe outcome.
 */
export function createSender(options: SenderOptions): Sender {
  const sent = new Map<string, ReturnType<Sender>>()
  return (request, isTransient) => {
    const permission = isProbeAllowed(request.url, options.policy)
    if (!permission.allowed) throw new Error(`refusing to send a key to a URL the probe policy does not allow: ${permission.reason}`)
    const id = requestIdentity(request)
    let answer = sent.get(id)
    if (!answer) {
      answer = sendWithRetries(request, {
        transport: options.transport,
        timeoutMs: options.timeoutMs,
        maxBodyBytes: options.maxBodyBytes ?? PROBE_DEFAULTS.maxBodyBytes,
        deadline: options.deadline,
        retry: options.retry ?? DEFAULT_RETRY,
        isTransient
      })
      sent.set(id, answer)
    }
    return answer
  }
}

/**
 * A transport that sends at most `max` requests: every request carries a key, and a repository with a thousand
 * deployments (or a pull request that adds them) must not make one run send it a thousand times.
 */
export function capped(transport: Transport, max: number): Transport {
  let sent = 0
  return (request, limits) =>
    sent++ < max ? transport(request, limits) : Promise.resolve({ kind: 'failure', failure: 'budget', detail: `probe-max-requests (${max}) reached`, elapsedMs: 0 })
}

/** A digest, so the map holds no key in clear. */
function requestIdentity(request: HttpRequest): string {
  const headers = Object.entries(request.headers).sort(([a], [b]) => a.localeCompare(b))
  return createHash('sha256').update(JSON.stringify([request.method, request.url, headers, request.body ?? ''])).digest('hex')
}

/** `work` over `items` with at most `limit` running at once; results in input order. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
