/**
 * The only code that talks to the network. One request at a time, with a timeout, a cap on the body size, no
 * redirects followed (a redirect could carry the key to another host), and every failure turned into a value.
 * Retries live here too, but whether an answer is worth retrying is the classifier's call.
 */
import { setMaxListeners } from 'node:events'
import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import tls from 'node:tls'
import { openTunnel, proxyFor, type ProxySettings } from './proxy.js'
import { serverWaitMs } from './retry-after.js'
import type { HttpAnswer, HttpExchange, HttpFailure, HttpLimits, HttpRequest, Transport, TransportFailure } from './types.js'

export interface NodeTransportOptions {
  /**
   * Certificates to trust instead of the system's roots: a company CA, or a test CA made at test time.
   * Verification stays on whatever is passed; there is no switch to turn it off.
   */
  readonly ca?: string | Buffer | (string | Buffer)[]
  /** HTTPS_PROXY and NO_PROXY (`proxyFromEnv`): https requests go through a CONNECT tunnel; unset: direct. */
  readonly proxy?: ProxySettings
}

/** A {@link Transport} on node:http / node:https. No connection reuse: each probe stands alone. */
export function createNodeTransport(options: NodeTransportOptions = {}): Transport {
  const agents = {
    'http:': new http.Agent({ keepAlive: false }),
    'https:': new https.Agent({ keepAlive: false, ...(options.ca !== undefined && { ca: options.ca }) })
  }
  return (request, limits) => send(request, limits, agents, options)
}

type Agents = { readonly 'http:': http.Agent; readonly 'https:': https.Agent }

function send(request: HttpRequest, limits: HttpLimits, agents: Agents, options: NodeTransportOptions): Promise<HttpExchange> {
  const started = performance.now()
  const elapsedMs = (): number => Math.round(performance.now() - started)
  return new Promise((resolve) => {
    let settled = false
    /** The request, and the proxy's CONNECT request and tunnel before it: all end with the exchange. */
    const requests: { destroy(): unknown }[] = []
    const timer = setTimeout(() => fail('timeout', `no answer within ${limits.timeoutMs} ms`), limits.timeoutMs)
    const onAbort = (): void => fail('budget', 'probe budget exhausted')
    limits.signal?.addEventListener('abort', onAbort, { once: true })

    function finish(exchange: HttpExchange): void {
      if (settled) return
      settled = true
      clearTimeout(timer)
      limits.signal?.removeEventListener('abort', onAbort)
      for (const req of requests) req.destroy()
      resolve(exchange)
    }
    function fail(failure: TransportFailure, detail: string): void {
      finish({ kind: 'failure', failure, detail, elapsedMs: elapsedMs() } satisfies HttpFailure)
    }

    if (limits.signal?.aborted) return onAbort()
    let url: URL
    try {
      url = new URL(request.url)
    } catch (error) {
      return fail('network', errorCode(error))
    }
    const protocol = url.protocol === 'https:' ? 'https:' : 'http:'
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
    // Options rather than the URL object: a URL with user info would add an Authorization header of its own.
    const target = {
      protocol,
      hostname,
      port: url.port,
      path: url.pathname + url.search,
      method: request.method,
      headers: { ...request.headers, 'accept-encoding': 'identity' }
    }
    const proxy = proxyFor(url, options.proxy ?? {})
    if (proxy === undefined) return start(() => (protocol === 'https:' ? https : http).request({ ...target, agent: agents[protocol] }))
    openTunnel(proxy, hostname, Number(url.port) || 443, (connect) => requests.push(connect), (tunnel) => {
      if (tunnel instanceof Error) return fail('network', `proxy ${proxy.host || proxy.protocol}: ${errorCode(tunnel)}`)
      requests.push(tunnel)
      if (settled) return void tunnel.destroy()
      // TLS from here to the target through the tunnel: the target's certificate is checked as on a direct connection.
      const secure = () => tls.connect({ socket: tunnel, ...(isIP(hostname) === 0 && { servername: hostname }), ...(options.ca !== undefined && { ca: options.ca }) })
      start(() => https.request({ ...target, createConnection: secure }))
    })

    function start(open: () => http.ClientRequest): void {
      let req: http.ClientRequest
      try {
        req = open()
      } catch (error) {
        return fail('network', errorCode(error))
      }
      requests.push(req)
      req.on('error', (error) => fail(failureOf(error), errorCode(error)))
      req.on('response', (res) => {
        readBody(res, limits.maxBodyBytes, (body, truncated) =>
          finish({ kind: 'answer', status: res.statusCode ?? 0, headers: flatHeaders(res.headers), body, truncated, elapsedMs: elapsedMs() } satisfies HttpAnswer)
        )
        res.on('error', (error) => fail(failureOf(error), errorCode(error)))
      })
      req.end(request.body)
    }
  })
}

/** Collects at most `max` bytes; a longer body is cut there and its connection closed. */
function readBody(res: http.IncomingMessage, max: number, done: (body: string, truncated: boolean) => void): void {
  const chunks: Buffer[] = []
  let size = 0
  let full = false
  const deliver = (truncated: boolean): void => done(new TextDecoder().decode(Buffer.concat(chunks)), truncated)
  res.on('data', (chunk: Buffer) => {
    if (full) return
    const room = max - size
    if (chunk.length <= room) {
      chunks.push(chunk)
      size += chunk.length
      return
    }
    chunks.push(chunk.subarray(0, room))
    full = true
    deliver(true)
  })
  res.on('end', () => deliver(false))
}

/** Set-Cookie is dropped: nothing needs it and it may hold a session. */
function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || name === 'set-cookie') continue
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

const FAILURE_BY_CODE: Readonly<Record<string, TransportFailure>> = {
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  ECONNREFUSED: 'refused',
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  EPROTO: 'tls'
}

/** OpenSSL verification codes (`CERT_HAS_EXPIRED`, `DEPTH_ZERO_SELF_SIGNED_CERT`…) and Node's TLS errors. */
const TLS_CODE = /^ERR_TLS_|^ERR_SSL_|CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/

function failureOf(error: unknown): TransportFailure {
  const code = errorCode(error)
  return FAILURE_BY_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : 'network')
}

/** Only the code: messages of some errors quote request data. */
function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'ERR_UNKNOWN'
}

/** How many attempts, and how long to wait between them. */
export interface RetryPolicy {
  /** Attempts after the first. */
  readonly retries: number
  /** The longest `retry-after` honoured; a server asking for more gets no retry. */
  readonly maxWaitMs: number
  /** Wait when the server names none; doubles with each retry. */
  readonly backoffMs: number
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 1, maxWaitMs: 20_000, backoffMs: 500 }

/** The overall probe budget: a signal that aborts requests in flight, and the time left. */
export interface Deadline {
  readonly signal: AbortSignal
  remainingMs(): number
}

/** A {@link Deadline} `budgetMs` from now. */
export function startDeadline(budgetMs: number): Deadline {
  const end = Date.now() + budgetMs
  const signal = AbortSignal.timeout(budgetMs)
  // One listener per request in flight, each removed when its request settles: not a leak, however many run at once.
  setMaxListeners(0, signal)
  return { signal, remainingMs: () => end - Date.now() }
}

export interface RetryingOptions {
  readonly transport: Transport
  readonly timeoutMs: number
  readonly maxBodyBytes: number
  readonly deadline: Deadline
  readonly retry: RetryPolicy
  /** Whether an answer is transient (429 rate limit, 503…): decided by the classification table. */
  readonly isTransient: (answer: HttpAnswer) => boolean
}

/**
 * Sends `request`, and again after a pause while the answer is transient, retries remain, and the pause
 * (the server's `retry-after-ms` / `retry-after`, else exponential backoff) fits both the cap and the budget.
 */
export async function sendWithRetries(
  request: HttpRequest,
  options: RetryingOptions
): Promise<{ readonly exchange: HttpExchange; readonly attempts: number }> {
  const limits = { timeoutMs: options.timeoutMs, maxBodyBytes: options.maxBodyBytes, signal: options.deadline.signal }
  for (let attempt = 1; ; attempt++) {
    const exchange = await options.transport(request, limits)
    if (exchange.kind === 'failure' || attempt > options.retry.retries || !options.isTransient(exchange)) {
      return { exchange, attempts: attempt }
    }
    const wait = retryWaitMs(exchange.headers, attempt, options.retry)
    if (wait === undefined || wait >= options.deadline.remainingMs()) return { exchange, attempts: attempt }
    await sleep(wait, options.deadline.signal)
  }
}

/**
 * The pause before retry number `attempt`: the server's `retry-after-ms` or `retry-after` (seconds or an HTTP
 * date) when given, else `backoffMs · 2^(attempt-1)`. Undefined when the server asks for more than `maxWaitMs`.
 */
export function retryWaitMs(headers: Readonly<Record<string, string>>, attempt: number, policy: RetryPolicy, now = Date.now()): number | undefined {
  const asked = serverWaitMs(headers, now)
  const wait = asked ?? policy.backoffMs * 2 ** (attempt - 1)
  if (asked !== undefined && asked > policy.maxWaitMs) return undefined
  return Math.min(wait, policy.maxWaitMs)
}

/** Resolves after `ms`, or at once when `signal` aborts (the next attempt then fails as `budget`). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
    function done(): void {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
  })
}
