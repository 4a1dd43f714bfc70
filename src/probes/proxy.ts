/**
 * Probes through an HTTPS proxy, as corporate networks require: which requests go through it (`HTTPS_PROXY`,
 * `NO_PROXY`) and the CONNECT tunnel they go through. The proxy only ever carries TLS bytes it cannot read: the key
 * travels inside TLS to the target host, whose certificate is checked as without a proxy, and the host allowlist
 * is applied to the target before any request, never to the proxy. Plain-http targets (listed loopback hosts only)
 * never use the proxy.
 *
 * Variables and NO_PROXY matching as undici's EnvHttpProxyAgent reads them (nodejs/undici v6.29.1,
 * lib/dispatcher/env-http-proxy-agent.js): `https_proxy`, then `HTTPS_PROXY`, then the http proxy variables;
 * NO_PROXY entries split on commas and spaces, `*` for every host, `host[:port]` exact, `.domain` or `*.domain`
 * for the domain's hosts.
 */
import http from 'node:http'
import type { Socket } from 'node:net'

/** The proxy settings of the environment the probes run in. */
export interface ProxySettings {
  /** The proxy for https requests, an `http://[user:password@]host:port` URL; unset: none. */
  readonly httpsProxy?: string
  /** NO_PROXY as written. */
  readonly noProxy?: string
}

/** The proxy settings from environment variables (the CLI's environment, the runner's for the action). */
export function proxyFromEnv(env: Readonly<Record<string, string | undefined>>): ProxySettings {
  const httpsProxy = env.https_proxy || env.HTTPS_PROXY || env.http_proxy || env.HTTP_PROXY
  const noProxy = env.no_proxy ?? env.NO_PROXY
  return { ...(httpsProxy && { httpsProxy }), ...(noProxy && { noProxy }) }
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { 'http:': 80, 'https:': 443 }

/** The proxy URL an https request to `target` goes through, or undefined to connect directly. */
export function proxyFor(target: URL, settings: ProxySettings): URL | undefined {
  if (target.protocol !== 'https:' || !settings.httpsProxy) return undefined
  const hostname = target.host.replace(/:\d*$/, '').toLowerCase()
  const port = Number(target.port) || DEFAULT_PORTS[target.protocol]!
  const entries = (settings.noProxy ?? '').split(/[,\s]/).filter((entry) => entry !== '')
  if (entries.includes('*')) return undefined
  const bypassed = entries.some((entry) => {
    const [, name = entry, entryPort] = /^(.+):(\d+)$/.exec(entry) ?? []
    if (entryPort !== undefined && Number(entryPort) !== port) return false
    const host = name.toLowerCase()
    return /^[.*]/.test(host) ? hostname.endsWith(host.replace(/^\*/, '')) : hostname === host
  })
  if (bypassed) return undefined
  try {
    return new URL(settings.httpsProxy)
  } catch {
    // Not a URL: say so through the failure, rather than silently going direct.
    return new URL('invalid-proxy:')
  }
}

/** Why a tunnel could not be opened: a code for the probe's detail, never the proxy's answer body. */
export class TunnelError extends Error {
  constructor(readonly code: string) {
    super(code)
  }
}

/**
 * Opens a CONNECT tunnel to `host:port` through `proxy` and hands over the socket, or a TunnelError (a proxy that
 * answers other than 2xx: `PROXY_<status>`; a proxy URL that is not http: `ERR_PROXY_PROTOCOL`) or the socket's
 * own error. `register` receives the CONNECT request so the caller can destroy it on timeout.
 */
export function openTunnel(
  proxy: URL,
  host: string,
  port: number,
  register: (request: http.ClientRequest) => void,
  done: (outcome: Socket | Error) => void
): void {
  if (proxy.protocol !== 'http:') return done(new TunnelError('ERR_PROXY_PROTOCOL'))
  const authority = `${host.includes(':') ? `[${host}]` : host}:${port}`
  const credentials = proxy.username ? `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}` : undefined
  const request = http.request({
    hostname: proxy.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: proxy.port || 80,
    method: 'CONNECT',
    path: authority,
    headers: { host: authority, ...(credentials && { 'proxy-authorization': `Basic ${Buffer.from(credentials).toString('base64')}` }) },
    agent: false
  })
  register(request)
  request.on('connect', (response, socket) => {
    if ((response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300) return done(socket)
    socket.destroy()
    done(new TunnelError(`PROXY_${response.statusCode ?? 0}`))
  })
  request.on('error', done)
  request.end()
}
