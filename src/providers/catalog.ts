/**
 * The provider catalog: the registry (plus the config's extra providers) indexed once for the questions
 * rules ask — which provider serves a host or URL, which provider a key belongs to, and where keys hide
 * in free text.
 */
import { isPlaceholder, looksLikeSecret } from './placeholders.js'
import { providers as registry } from './registry.js'
import type { HostMatch, KeyFormat, KeyMatch, Provider, ProviderCatalog, TextKeyMatch } from './types.js'

interface CompiledFormat {
  readonly provider: Provider
  readonly format: KeyFormat
  /** The pattern anchored at both ends. */
  readonly whole: RegExp
}

interface HostIndex {
  readonly exact: ReadonlyMap<string, HostMatch>
  /** `*.openai.azure.com` stored as the suffix `.openai.azure.com`. */
  readonly wildcards: readonly { readonly suffix: string; readonly match: HostMatch }[]
}

/**
 * A match preceded by a letter or digit sits inside a longer word and is not a key (gitleaks' `\b…` boundary). One
 * glued to a name by `_` or `-` (`MY_sk-ant-…`) is reported: a separator does not make a key less of a key.
 */
const GLUED_TO_WORD = /[A-Za-z0-9]/

/**
 * Builds the catalog. `extra` providers (from the config file) take precedence: one with the id of a
 * registry provider replaces it, and their hosts win over the registry's. Key patterns must be valid
 * JavaScript RegExp sources without backreferences (they are joined into one scanner); an invalid one
 * throws a SyntaxError here, so the config layer should validate them first.
 */
export function createCatalog(extra: readonly Provider[] = []): ProviderCatalog {
  const extraIds = new Set(extra.map((p) => p.id))
  const all = [...extra, ...registry.filter((p) => !extraIds.has(p.id))]
  const byId = new Map(all.map((p) => [p.id, p]))
  const hosts = indexHosts(all)
  const formats = compileFormats(all)
  const unique = formats.filter((f) => f.format.confidence === 'unique')
  const ordered = [...unique, ...formats.filter((f) => f.format.confidence === 'shared')]
  const scanner = unique.length === 0 ? undefined : new RegExp(`(?:${unique.map((f) => f.format.pattern).join('|')})(?![A-Za-z0-9_-])`, 'g')

  const byHost = (host: string): HostMatch | undefined => lookupHost(hosts, host)

  return {
    providers: all,
    byId: (id) => byId.get(id),
    byHost,
    byUrl(url) {
      const parsed = parseUrl(url)
      if (!parsed) return undefined
      const match = byHost(parsed.host)
      const prefix = match?.provider.apiPathPrefix
      if (match?.role === 'api' && prefix !== undefined && !isUnderPath(parsed.pathname, prefix)) {
        return { provider: match.provider, role: 'marketing' }
      }
      return match
    },
    identifyKey(value) {
      const token = value.trim()
      return firstWholeMatch(ordered, token)
    },
    scanText(text) {
      return scanner ? scan(text, scanner, unique) : []
    },
    isPlaceholder,
    looksLikeSecret
  }
}

function indexHosts(providers: readonly Provider[]): HostIndex {
  const exact = new Map<string, HostMatch>()
  const wildcards: { suffix: string; match: HostMatch }[] = []
  const add = (host: string, match: HostMatch): void => {
    const h = host.toLowerCase()
    if (h.startsWith('*.')) wildcards.push({ suffix: h.slice(1), match })
    else if (!exact.has(h)) exact.set(h, match) // earlier (extra) providers win
  }
  for (const provider of providers) {
    for (const host of provider.apiHosts) add(host, { provider, role: 'api' })
    for (const { host, role } of provider.nonApiHosts) add(host, { provider, role })
  }
  return { exact, wildcards }
}

/**
 * Looks a host up as given (local servers are registered with their port, `localhost:11434`), then
 * without its port. Case and a trailing dot do not matter.
 */
function lookupHost(index: HostIndex, host: string): HostMatch | undefined {
  const h = host.trim().toLowerCase().replace(/\.$/, '')
  const withoutPort = stripPort(h)
  return lookupExactOrWildcard(index, h) ?? (withoutPort === h ? undefined : lookupExactOrWildcard(index, withoutPort))
}

function lookupExactOrWildcard(index: HostIndex, host: string): HostMatch | undefined {
  return index.exact.get(host) ?? index.wildcards.find((w) => host.endsWith(w.suffix) && host.length > w.suffix.length)?.match
}

/** `host:443` → `host`, `[::1]:8080` → `[::1]`; a bare IPv6 address is left alone. */
function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1) || host
  const colon = host.indexOf(':')
  return colon !== -1 && colon === host.lastIndexOf(':') ? host.slice(0, colon) : host
}

/** Parses a URL, assuming `https://` when no scheme is written (as NextChat does). */
function parseUrl(url: string): URL | undefined {
  const trimmed = url.trim()
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`)
  } catch {
    return undefined
  }
}

function isUnderPath(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)
}

function compileFormats(providers: readonly Provider[]): CompiledFormat[] {
  return providers.flatMap((provider) =>
    provider.keyFormats.map((format) => ({ provider, format, whole: new RegExp(`^(?:${format.pattern})$`) }))
  )
}

function firstWholeMatch(formats: readonly CompiledFormat[], token: string): KeyMatch | undefined {
  const found = formats.find((f) => f.whole.test(token))
  return found && { provider: found.provider, format: found.format }
}

/**
 * One pass of the combined regex over the text. The leading boundary is checked here rather than with a
 * lookbehind in the pattern, which keeps V8's fast literal-prefix scanning (about 3× faster on plain text).
 */
function scan(text: string, scanner: RegExp, unique: readonly CompiledFormat[]): TextKeyMatch[] {
  const found: TextKeyMatch[] = []
  scanner.lastIndex = 0
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const start = m.index
    const token = m[0]
    if (token.length === 0) {
      scanner.lastIndex++
      continue
    }
    if (start > 0 && GLUED_TO_WORD.test(text[start - 1]!)) {
      scanner.lastIndex = start + 1 // inside a longer word; a key may still start further on
      continue
    }
    const match = firstWholeMatch(unique, token)
    if (match && !isPlaceholder(token)) found.push({ ...match, token, start, end: start + token.length })
  }
  return found
}
