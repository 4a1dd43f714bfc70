/**
 * Which URLs may receive a key. The base URL comes from the repository, so a pull request can change it:
 * a key must only go to hosts the maintainers trust (the built-in registry's API hosts, or `probe-hosts`),
 * and never in clear text except to a loopback server they listed themselves.
 */
import { urlAsFetched } from '../core/url.js'
import { getPublicSuffix } from 'tldts'
import { createCatalog } from '../providers/catalog.js'

export interface ProbePolicy {
  /** Entries of the `probe-hosts` input, as {@link parseProbeHosts} returns them. */
  readonly extraHosts: readonly string[]
}

/**
 * The built-in registry alone, never the config file's `providers`: the config is a file of the repository, so
 * a pull request that adds a gateway with `apiHosts: [its-own.server]` would otherwise be sent the key.
 */
const registry = createCatalog()

export type NotAllowedCode =
  | 'invalid-url'
  | 'credentials-in-url'
  | 'scheme'
  | 'loopback-not-listed'
  | 'plain-http'
  | 'host-relays-anywhere'
  | 'host-shared-suffix'
  | 'host-not-trusted'

export type ProbePermission =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: NotAllowedCode; readonly reason: string }

const REASONS: Readonly<Record<NotAllowedCode, string>> = {
  'invalid-url': 'it is not a valid URL',
  'credentials-in-url': 'it carries a user name or password',
  scheme: 'only https (and http to a listed loopback host) may receive a key',
  'loopback-not-listed':
    'it is a loopback address not listed in probe-hosts, and code run by the job could be listening there',
  'plain-http': 'plain http would send the key unencrypted; http is only for loopback hosts listed in probe-hosts',
  'host-relays-anywhere':
    'any account can make this host relay requests to a server of its own (another account\'s Cloudflare AI Gateway), so it is sent a key only when listed in probe-hosts',
  'host-shared-suffix':
    'the registry knows this provider only by a suffix any of its customers can create a host under (an Azure resource, an Alibaba Model Studio workspace), so it is sent a key only when listed in probe-hosts',
  'host-not-trusted':
    'the host is neither an API host of the provider registry nor listed in probe-hosts, and a pull request could point the base URL at a server of its choosing'
}

/**
 * Whether `url` may receive a key: https to an API host of the built-in registry that only its provider controls,
 * or to a `probe-hosts` entry; plain http only to a loopback host listed in `probe-hosts`. Loopback hosts always
 * need listing, whatever the scheme or the registry says (a job that runs repository code can open a server on the
 * runner). The reason explains a refusal in plain words.
 */
export function isProbeAllowed(url: string, policy: ProbePolicy): ProbePermission {
  const parsed = urlAsFetched(url)
  if (!parsed) return refuse('invalid-url')
  if (parsed.username || parsed.password) return refuse('credentials-in-url')
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return refuse('scheme')
  const host = parsed.hostname.toLowerCase()
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80')
  const listed = policy.extraHosts.some((entry) => hostMatches(entry, host, port))
  if (isLoopbackHost(host)) return listed ? { allowed: true } : refuse('loopback-not-listed')
  if (parsed.protocol === 'http:') return refuse('plain-http')
  if (listed) return { allowed: true }
  const match = registry.byHost(host)
  if (match?.role !== 'api' || match.provider.local) return refuse('host-not-trusted')
  const bare = host.replace(/\.$/, '')
  if (!match.provider.apiHosts.some((h) => h.toLowerCase() === bare)) return refuse('host-shared-suffix')
  return match.provider.relaysAnywhere ? refuse('host-relays-anywhere') : { allowed: true }
}

/**
 * Suffixes under which strangers own hosts: the registry's wildcard API hosts (`*.openai.azure.com`). With the
 * Public Suffix List's (`co.uk`, and private ones such as `github.io`), a `probe-hosts` wildcard may not span them.
 */
const SHARED_SUFFIXES: ReadonlySet<string> = new Set(
  registry.providers.flatMap((p) => p.apiHosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2).toLowerCase()))
)

/**
 * Whether `*.base` would trust hosts of many owners: a public suffix, numbers, or a provider's shared suffix, a domain
 * above one (`*.azure.com`) or one below it (`*.cn-beijing.maas.aliyuncs.com`, every workspace of a region: how many
 * labels a customer owns there is the provider's to decide, so none is trusted by a wildcard).
 */
function spansOwners(base: string): boolean {
  if (/(^|\.)\d+$/.test(base)) return true // `*.10.0.0`: a range of addresses, not a domain
  for (const shared of SHARED_SUFFIXES) if (shared === base || shared.endsWith(`.${base}`) || base.endsWith(`.${shared}`)) return true
  return getPublicSuffix(base, { allowPrivateDomains: true }) === base
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`, as the WHATWG URL parser normalises them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return (
    host === 'localhost' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]' ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  )
}

/** The result of reading the `probe-hosts` input: usable entries, and the ones that were refused. */
export interface ParsedProbeHosts {
  readonly hosts: readonly string[]
  readonly invalid: readonly string[]
}

/**
 * Reads `probe-hosts`: entries separated by commas, spaces or new lines; each a host (`api.example.com`), a host and
 * port (`127.0.0.1:8080`, `[::1]:11434`), a wildcard for subdomains (`*.example.com`), or a URL whose host is taken.
 * A wildcard must keep at least two labels (`*.com` is refused) and may not span a public suffix (`*.co.uk`,
 * `*.github.io`, per the Public Suffix List with its private domains), a provider's shared suffix, a domain above or
 * below one (`*.openai.azure.com`, `*.azure.com`, `*.cn-beijing.maas.aliyuncs.com`) or a numeric range (`*.0.0.10`):
 * one entry must not trust hosts of many owners.
 */
export function parseProbeHosts(text: string): ParsedProbeHosts {
  const hosts: string[] = []
  const invalid: string[] = []
  for (const raw of text.split(/[\s,]+/).filter(Boolean)) {
    const entry = normaliseEntry(raw)
    if (entry) hosts.push(entry)
    else invalid.push(raw)
  }
  return { hosts, invalid }
}

function normaliseEntry(raw: string): string | undefined {
  const isUrl = raw.includes('://')
  const url = isUrl ? urlAsFetched(raw) : undefined
  // `https://api.openai.com@evil.test/` names evil.test: a URL with user info is refused, not read.
  if (url?.username || url?.password) return undefined
  const text = isUrl ? url?.host : raw.replace(/\/+$/, '')
  if (!text) return undefined
  const entry = text.toLowerCase()
  if (entry.startsWith('*.')) return /^\*\.[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(entry) && !spansOwners(entry.slice(2)) ? entry : undefined
  const { host, port } = splitHostPort(entry)
  const parsed = urlAsFetched(`https://${host}/`)
  if (!parsed || parsed.pathname !== '/' || parsed.username || !/^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(parsed.hostname)) {
    return undefined
  }
  return port === undefined ? parsed.hostname : `${parsed.hostname}:${port}`
}

/** `entry` is `host`, `host:port` or `*.suffix`; a host without port matches every port. `port` is never empty. */
function hostMatches(entry: string, host: string, port: string): boolean {
  if (entry.startsWith('*.')) return host.endsWith(entry.slice(1))
  const wanted = splitHostPort(entry)
  return wanted.host === host && (wanted.port === undefined || wanted.port === port)
}

function splitHostPort(entry: string): { readonly host: string; readonly port?: string } {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry)
  if (!match) return { host: entry }
  return match[2] === undefined ? { host: match[1]! } : { host: match[1]!, port: match[2] }
}

const refuse = (code: NotAllowedCode): ProbePermission => ({ allowed: false, code, reason: REASONS[code] })
