/**
 * URLs as people write them in settings: split without normalising (the WHATWG parser would hide the very
 * mistakes the rules look for), and the few host and path helpers clients, rules and probes share.
 */

import { memoize } from './memo.js'

/** A base URL as written, split into the parts the rules judge. Hosts are lower-cased. */
export interface ParsedUrl {
  /** `https`, `http`, …; undefined when written without `scheme://`. */
  readonly scheme?: string
  readonly userinfo?: string
  readonly host: string
  readonly port?: string
  /** Everything between the host and `?` or `#`, as written (`/v1/`, `//v1`, or empty). */
  readonly path: string
  /** `?a=b`, or empty. */
  readonly query: string
  readonly fragment: string
}

const URL_SHAPE = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:([^@/?#\s]*)@)?(\[[^\]\s]+\]|[^:/?#\s]+)(?::(\d*))?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/

/** Splits a URL without normalising it. Remembered per text: the same base URL is set in many files. */
export const parseUrl: (text: string) => ParsedUrl | undefined = memoize(splitUrl)

function splitUrl(text: string): ParsedUrl | undefined {
  const m = URL_SHAPE.exec(text)
  if (!m) return undefined
  const [, scheme, userinfo, host, port, path, query, fragment] = m
  return {
    ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
    ...(userinfo !== undefined ? { userinfo } : {}),
    host: host!.toLowerCase().replace(/^\[|\]$/g, ''),
    ...(port ? { port } : {}),
    path: path ?? '',
    query: query ?? '',
    fragment: fragment ?? ''
  }
}

/** `host` or `host:port`, as written in a URL. */
export const hostOf = (url: ParsedUrl): string => (url.port ? `${url.host}:${url.port}` : url.host)

/** Path segments without empty ones: `/openai/v1/` → `['openai', 'v1']`. */
export const segments = (path: string): string[] => path.split('/').filter((s) => s !== '')

/** The path of a URL string, or empty. */
export const pathOf = (url: string): string => parseUrl(url)?.path ?? ''

/** `https://x/v1//` → `https://x/v1`. */
export const withoutTrailingSlashes = (url: string): string => url.replace(/\/+$/, '')

/** A URL without its query, fragment and trailing slashes: what a test of how its path ends compares. */
export const withoutQueryOrSlashes = (url: string): string => withoutTrailingSlashes(url.replace(/[?#].*$/, ''))

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/**
 * Whether text without a scheme still names a host: `localhost`, an address, a dotted name ending in
 * a real top-level label, or anything with a port. `gpt-3.5-turbo` and `true` do not.
 */
export function looksLikeHost(url: ParsedUrl): boolean {
  if (url.scheme !== undefined || url.port !== undefined) return true
  if (url.host === 'localhost' || IPV4.test(url.host) || url.host.includes(':')) return true
  return /\.[a-z][a-z-]*[a-z]$/.test(url.host)
}

/** Loopback, private ranges, link-local, `.local`/`.internal` names and single-label service names. */
export function isInternalHost(host: string): boolean {
  if (host === 'localhost' || host === '::1' || host.endsWith('.localhost')) return true
  if (!host.includes('.') && !host.includes(':')) return true
  // Kubernetes service names (`ollama.ai.svc`, `….svc.cluster.local`) resolve inside the cluster only.
  if (/\.(?:local|internal|lan|home\.arpa|svc)$/.test(host)) return true
  const ip = IPV4.exec(host) ? host.split('.').map(Number) : undefined
  if (!ip) return /^f[cd][0-9a-f]{2}:/.test(host)
  const [a, b] = ip as [number, number]
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
}

/**
 * The URL as `fetch` will read it (WHATWG, resolved against `base`), or undefined: what a probe decides which host it
 * talks to by, where `parseUrl` keeps what a person wrote.
 */
export function urlAsFetched(text: string, base?: string): URL | undefined {
  try {
    return new URL(text, base)
  } catch {
    return undefined
  }
}

/** A URL for a message: credentials and query values never shown. */
export function showUrl(text: string): string {
  return text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/?#\s]*@/, '$1…@').replace(/\?.*$/, '?…')
}
