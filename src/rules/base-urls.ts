/** The base URL settings the URL rules judge, their values as URLs, and what the registry says of them. */
import type { BaseUrlVar } from '../clients/types.js'
import type { Entry } from '../core/types.js'
import { memoize, memoizeBy } from '../core/memo.js'
import { hostOf, looksLikeHost, parseUrl, segments, type ParsedUrl } from '../core/url.js'
import type { Pairing, RepoModel, Scope } from '../model/types.js'
import type { HostMatch, Provider, ProviderCatalog } from '../providers/types.js'
import { isKnownClient, once, unquote, valueOf } from './entries.js'
import { keyItems } from './keys.js'
import { namesLlm } from './names.js'

/** A base URL setting, the scope that reads it and the variable it is read as (when known). */
export interface BaseUrlSite {
  readonly scope: Scope
  readonly entry: Entry
  /** The profile's variable; undefined for names paired by prefix, whose convention is unknown. */
  readonly variable?: BaseUrlVar
  /**
   * The value is still a template to fill in (`https://<your-host>/v1`, `xxxx`): only `base-url-format` looks at
   * it, and only outside example files.
   */
  readonly placeholder?: boolean
}

/**
 * Every LLM base URL entry of the model once, as read by its own variable. Pairings that reach an entry
 * through another variable's fallback (NextChat `ANTHROPIC_URL` → `BASE_URL`) are left to
 * `provider-mismatch`; the entry itself is judged under its own name. A reference whose value comes
 * from another base URL setting (`BASE_URL: ${BASE_URL}` in compose, filled from the project `.env`)
 * is judged where the value is written, not a second time where it is used; one filled by its own default
 * (`${BASE_URL:-https://…}`) is written where it is used. Settings whose role is not
 * an LLM base (an app backend, a storage URL) and values that are placeholders or documented sentinels
 * are not sites at all (`isLlmBase`, `isJudgeableValue`).
 */
export function baseUrlSites(model: RepoModel, catalog: ProviderCatalog): readonly BaseUrlSite[] {
  let sites = sitesByModel.get(model)
  if (!sites) sitesByModel.set(model, (sites = collectSites(model, catalog)))
  return sites
}

/** Four rules walk the same sites; the model is immutable, so they are collected once per model. */
const sitesByModel = new WeakMap<RepoModel, readonly BaseUrlSite[]>()

function collectSites(model: RepoModel, catalog: ProviderCatalog): BaseUrlSite[] {
  const fresh = once()
  const sites: BaseUrlSite[] = []
  const { scopes } = model
  for (let s = 0; s < scopes.length; s++) {
    const scope = scopes[s]!
    for (let p = 0; p < scope.pairs.length; p++) {
      const pair = scope.pairs[p]!
      const entry = pair.baseUrl
      if (!entry || (pair.baseUrlVar && pair.baseUrlVar.name !== entry.key)) continue
      if (!isLlmBase(pair, catalog) || notRead(scope, entry) || isUnset(entry, pair.baseUrlVar) || forkRewritten(entry, pair.baseUrlVar)) continue
      if (!fresh(entry, 'base')) continue
      const placeholder = isPlaceholderValue(entry)
      const site: { -readonly [F in keyof BaseUrlSite]: BaseUrlSite[F] } = { scope, entry }
      if (pair.baseUrlVar) site.variable = pair.baseUrlVar
      if (placeholder) site.placeholder = placeholder
      sites.push(site)
    }
  }
  // Most trees set their base URLs as literals: then no site is a reference, and no index of where names are set is needed.
  if (!sites.some(({ entry }) => entry.form === 'reference')) return sites
  const filesByName = new Map<string, Set<string>>()
  for (const { entry } of sites) filesByName.set(entry.key, (filesByName.get(entry.key) ?? new Set()).add(entry.file))
  const writtenElsewhere = (entry: Entry): boolean => {
    const files = filesByName.get(entry.ref?.name ?? '')
    return files !== undefined && (files.size > 1 || !files.has(entry.file))
  }
  return sites.filter(({ entry }) => entry.form !== 'reference' || ownFallback(entry) || !writtenElsewhere(entry))
}

/**
 * A reference filled by its own default (`${OPENAI_API_BASE_URL:-https://api.openai.com}` where the compose project's
 * `.env` sets no such name): the value is written here, whatever other files (a Dockerfile, a manifest) set that name.
 */
const ownFallback = (entry: Entry): boolean => entry.ref?.fallback !== undefined && entry.resolved === entry.ref.fallback

/** A Cloudflare AI Gateway URL that a NextChat fork rewrites with code of its own: what it calls is not known. */
function forkRewritten(entry: Entry, variable: BaseUrlVar | undefined): boolean {
  return variable?.forkRewrite === true && (valueOf(entry) ?? '').includes('gateway.ai.cloudflare.com')
}

/**
 * A name the scope's known client does not read: `env-name-unused` says so, and its value never matters. Not so for
 * a name an app's own code may pass to its SDK (`readByApps`).
 */
const notRead = (scope: Scope, entry: Entry): boolean =>
  isKnownClient(scope.client) && scope.client.profile.unusedVars.some((u) => u.name === entry.key && u.readByApps !== true)

/**
 * A base URL is judged as an LLM base when the client profile names it as one (not a generic name), when it
 * pairs with a key or model of the same stem that is about an LLM, or when its value points at a known
 * provider. Everything else (`VITE_BACKEND_API_BASE_URL=http://localhost:8787`, `STORAGE_BASE_URL`) is some
 * other service's URL.
 */
function isLlmBase(pair: Pairing, catalog: ProviderCatalog): boolean {
  const entry = pair.baseUrl!
  if (pair.baseUrlVar && !pair.baseUrlVar.generic) return true
  if (pair.model || namesLlm(entry.key, catalog)) return true
  const key = pair.key
  if (key && (namesLlm(key.key, catalog) || keyItems(key, catalog).some((k) => k.match !== undefined))) return true
  const value = valueOf(entry)
  // Another company's API that only shares a provider's name (api.gemini.com) is no sign of an LLM.
  return value !== undefined && value.split(/[,;]/).some((v) => isProviderHost(catalog.byUrl(unquote(v))))
}

const isProviderHost = (match: HostMatch | undefined): boolean => match !== undefined && match.role !== 'lookalike'

/** Empty values are the client's default; documented sentinels (`/ollama`, `user_provided`) mean something to it. */
function isUnset(entry: Entry, variable: BaseUrlVar | undefined): boolean {
  const value = valueOf(entry)
  if (value === undefined) return false
  const text = unquote(value)
  return text === '' || variable?.sentinels?.includes(text) === true || SENTINEL_VALUES.has(text.toLowerCase())
}

/** `https://<your-host>/v1`, `https://{host}/v1`, `https://your-api.com`, `xxxx`: a template to fill in. */
function isPlaceholderValue(entry: Entry): boolean {
  const value = valueOf(entry)
  return value !== undefined && PLACEHOLDER_URL.test(unquote(value))
}

/** LibreChat's `user_provided` asks each user for their own URL (librechat.example.yaml). */
const SENTINEL_VALUES = new Set(['user_provided'])

/** `https://<your-host>/v1`, `https://{host}/v1`, `https://your-api.com`, `https://xxx`: a template to fill in. */
const PLACEHOLDER_URL = /[<>{}]|\$\(|\byour[-_.]|\bx{3,}\b|changeme|placeholder|\.\.\./i

/**
 * The URLs a base URL value holds, tidied of surrounding spaces and quotes (`base-url-format` reports
 * those), one per item for list variables (Open WebUI `OPENAI_API_BASE_URLS`). Empty when the value is
 * empty (the client's default applies); a reference that could not be resolved has no value at all.
 */
function urlValues(value: string, listSeparator: string): string[] {
  const items = listSeparator ? value.split(listSeparator) : [value]
  return items.map(unquote).filter((v) => v !== '')
}

/** A URL value that parses and names a host, ready for host and path checks. */
export interface UrlValue {
  readonly text: string
  readonly url: ParsedUrl
}

/**
 * `urlValues` that are URLs at all; `base-url-format` reports the rest. Remembered per value and separator: several
 * rules ask, and many files set the same URL.
 */
export function parsedUrlValues(entry: Entry, variable?: BaseUrlVar): readonly UrlValue[] {
  const value = valueOf(entry)
  if (value === undefined) return []
  const separator = variable?.listSeparator ?? ''
  let urlValuesOf = bySeparator.get(separator)
  if (!urlValuesOf) bySeparator.set(separator, (urlValuesOf = memoize((text) => parseUrlValues(text, separator))))
  return urlValuesOf(value)
}

/** A memo per list separator (few: none, `,`, `;`), so a lookup needs no key made of separator and value. */
const bySeparator = new Map<string, (value: string) => readonly UrlValue[]>()

function parseUrlValues(value: string, separator: string): readonly UrlValue[] {
  return urlValues(value, separator).flatMap((text) => {
    const url = parseUrl(text)
    return url && looksLikeHost(url) && (url.scheme === undefined || url.scheme === 'http' || url.scheme === 'https') ? [{ text, url }] : []
  })
}

/**
 * What the registry says about a URL value: its provider and whether it is the API. The host lookup
 * comes first because it is cheap and most hosts are not in the registry.
 */
export function urlMatch({ text }: UrlValue, catalog: ProviderCatalog): HostMatch | undefined {
  return matchOf(text, catalog)
}

const matchOf = memoizeBy((text: string, catalog: ProviderCatalog): HostMatch | undefined => {
  const url = parseUrl(text)
  return url && (catalog.byHost(hostOf(url)) ?? catalog.byHost(url.host)) ? catalog.byUrl(text) : undefined
})

/** The provider whose API a URL (scheme optional) points at; undefined for unknown hosts and non-API pages. */
export function apiProviderOf(url: string, catalog: ProviderCatalog): Provider | undefined {
  const match = catalog.byUrl(url)
  return match?.role === 'api' ? match.provider : undefined
}

/** Request paths people paste as a base, longest first so `/chat/completions` wins over `/completions`. */
// `/completion` is llama.cpp server's native endpoint.
const ENDPOINTS = ['/chat/completions', '/v1/messages', '/completions', '/completion', '/embeddings', '/responses', '/models']

/** The request endpoint a URL's path ends with (trailing slashes and case ignored), if it is one. */
export function endpointOf(url: ParsedUrl): string | undefined {
  return endpointOfPath(url.path)
}

/** Remembered per path: the rules ask of every base URL, and most repositories set a few. */
const endpointOfPath = memoize((path: string): string | undefined => {
  const tidy = `/${segments(path).join('/')}`.toLowerCase()
  return ENDPOINTS.find((e) => tidy.endsWith(e))
})
