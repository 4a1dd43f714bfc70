/** Helpers the rules share: reading values, URLs, keys and names the same way everywhere. */
import type { BaseUrlVar, DetectedClient } from '../clients/types.js'
import type { Entry, FileFacts, Position, SourceKind, Span } from '../core/types.js'
import type { Pairing, RepoModel, Scope } from '../model/types.js'
import type { HostMatch, KeyMatch, Provider, ProviderCatalog } from '../providers/types.js'
import { effectiveValue } from '../sources/entry.js'

/** How messages name a kind of file: `BASE_URL in the compose file`. */
const KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  dotenv: 'the .env file',
  compose: 'the compose file',
  dockerfile: 'the Dockerfile',
  vercel: 'vercel.json',
  netlify: 'netlify.toml',
  render: 'render.yaml',
  fly: 'fly.toml',
  'app-json': 'app.json',
  workflow: 'the workflow',
  'claude-settings': 'the Claude Code settings',
  continue: 'the Continue config',
  librechat: 'librechat.yaml',
  codex: 'the Codex config',
  'codex-auth': 'the Codex auth.json',
  kubernetes: 'the Kubernetes manifest',
  helm: 'the Helm values',
  'gitlab-ci': 'the GitLab CI file',
  wrangler: 'wrangler.toml',
  'app-engine': 'the App Engine app.yaml',
  systemd: 'the systemd unit',
  shell: 'the shell script',
  mcp: 'the MCP config',
  text: 'the file'
}

/** `the .env file`, `the compose file`, `vercel.json`…, for messages. */
export const kindLabel = (kind: SourceKind): string => KIND_LABELS[kind]

/** Example and template files (`.env.example`, `docker-compose.sample.yml`, `.env.template`): they hold placeholders and samples on purpose. */
export const isExampleFile = (path: string): boolean => EXAMPLE_FILE.test(path.slice(path.lastIndexOf('/') + 1))

const EXAMPLE_FILE = /(?:^|[./_-])(?:example|sample|template|dist|tpl)(?:[./_-]|$)/i

/** Kinds that configure a deployed app (not CI runners, not developer tools). */
export const DEPLOYMENT_KINDS: ReadonlySet<SourceKind> = new Set([
  'dotenv',
  'compose',
  'dockerfile',
  'vercel',
  'netlify',
  'render',
  'fly',
  'app-json',
  'kubernetes',
  'helm',
  'wrangler',
  'app-engine',
  'systemd'
])

/** The value the app will read: the literal, or a reference's expansion when it could be resolved. */
export const valueOf = (entry: Entry): string | undefined => effectiveValue(entry)

/** Where to point at an entry's value, falling back to its key when it has no value span. */
export const valueSpan = (entry: Entry): Span => entry.valueSpan ?? entry.keySpan

/**
 * Remembers what was reported, so an entry read by several scopes (a `.env` file on its own and as a
 * compose `env_file`) gives one finding, not one per scope.
 */
export function once(): (entry: Entry, what: string) => boolean {
  const seen = new Set<string>()
  return (entry, what) => {
    const id = `${entry.file}:${entry.keySpan.start.line}:${entry.keySpan.start.column}:${what}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  }
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column < b.column)

/** A recognised key inside this entry's value was already reported by `leaked-key` from the text scan. */
export function coveredByKeyHit(entry: Entry, file: FileFacts): boolean {
  const span = entry.valueSpan
  return span !== undefined && file.keyHits.some((hit) => before(hit.span.start, span.end) && before(span.start, hit.span.end))
}

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
 * is judged where the value is written, not a second time where it is used. Settings whose role is not
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
  for (const scope of model.scopes) {
    for (const pair of scope.pairs) {
      const entry = pair.baseUrl
      if (!entry || (pair.baseUrlVar && pair.baseUrlVar.name !== entry.key)) continue
      if (!isLlmBase(pair, catalog) || notRead(scope, entry) || isUnset(entry, pair.baseUrlVar) || forkRewritten(entry, pair.baseUrlVar)) continue
      if (!fresh(entry, 'base')) continue
      const placeholder = isPlaceholderValue(entry)
      sites.push({ scope, entry, ...(pair.baseUrlVar ? { variable: pair.baseUrlVar } : {}), ...(placeholder ? { placeholder } : {}) })
    }
  }
  const filesByName = new Map<string, Set<string>>()
  for (const { entry } of sites) filesByName.set(entry.key, (filesByName.get(entry.key) ?? new Set()).add(entry.file))
  const writtenElsewhere = (entry: Entry): boolean => [...(filesByName.get(entry.ref?.name ?? '') ?? [])].some((f) => f !== entry.file)
  return sites.filter(({ entry }) => entry.form !== 'reference' || !writtenElsewhere(entry))
}

/** A Cloudflare AI Gateway URL that a NextChat fork rewrites with code of its own: what it calls is not known. */
function forkRewritten(entry: Entry, variable: BaseUrlVar | undefined): boolean {
  return variable?.forkRewrite === true && (valueOf(entry) ?? '').includes('gateway.ai.cloudflare.com')
}

/** A name the scope's known client does not read: `env-name-unused` says so, and its value never matters. */
const notRead = (scope: Scope, entry: Entry): boolean =>
  isKnownClient(scope.client) && scope.client.profile.unusedVars.some((u) => u.name === entry.key)

/** Words that mean language models without naming a provider, and providers the registry spells otherwise. */
const LLM_WORDS = new Set([
  'llm',
  'openai',
  'oai',
  'llms',
  'ai',
  'gpt',
  'chatgpt',
  'genai',
  'chat',
  'completion',
  'completions',
  'inference',
  'embedding',
  'embeddings',
  'model',
  'models',
  'bedrock',
  'hf',
  'huggingfacehub',
  'nvidia',
  'nim',
  'zhipuai',
  'siliconcloud',
  'moonshotai',
  'oneapi',
  'newapi'
])

/** `OPENAI_API_KEY` → openai, api, key; `openai.apiKey` → openai, api, key. */
export const wordsOf = (name: string): string[] =>
  name
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())

/** Whether a variable name (or its stem) speaks of LLMs or names an LLM provider (`LLM_BASE_URL`, `DEEPSEEK_API_KEY`). */
export function namesLlm(name: string, catalog: ProviderCatalog): boolean {
  return wordsOf(name).some((w) => LLM_WORDS.has(w)) || providerNamedBy(name, catalog) !== undefined
}

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
  return value !== undefined && value.split(/[,;]/).some((v) => catalog.byUrl(unquote(v)) !== undefined)
}

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


/** The pairings of every scope with the scope they belong to. */
export function* pairings(model: RepoModel): Generator<{ readonly scope: Scope; readonly pair: Pairing }> {
  for (const scope of model.scopes) for (const pair of scope.pairs) yield { scope, pair }
}

/** The client is known from evidence about the scope (or configured), not guessed. */
export const isKnownClient = (client: DetectedClient): boolean => client.profile.id !== 'unknown' && client.confidence === 'known'

/** How messages name a client: its name, marked when it is a guess, or the convention assumed when none was identified. */
export const clientName = (client: DetectedClient): string =>
  client.profile.id === 'unknown' ? 'an SDK-style app' : client.confidence === 'guessed' ? `${client.profile.name} (guessed)` : client.profile.name

/** Removes one pair of matching quotes around a value (`"https://x"` kept literally by compose list form). */
export function unquote(text: string): string {
  const t = text.trim()
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1).trim() : t
}

/**
 * The URLs a base URL entry holds, tidied of surrounding spaces and quotes (`base-url-format` reports
 * those), one per item for list variables (Open WebUI `OPENAI_API_BASE_URLS`). Empty when the value is
 * empty (the client's default applies) or a reference that could not be resolved.
 */
function urlValues(entry: Entry, variable?: BaseUrlVar): string[] {
  const value = valueOf(entry)
  if (value === undefined) return []
  const items = variable?.listSeparator ? value.split(variable.listSeparator) : [value]
  return items.map(unquote).filter((v) => v !== '')
}

/** A URL value that parses and names a host, ready for host and path checks. */
export interface UrlValue {
  readonly text: string
  readonly url: ParsedUrl
}

/** `urlValues` that are URLs at all; `base-url-format` reports the rest. Cached: several rules ask. */
export function parsedUrlValues(entry: Entry, variable?: BaseUrlVar): readonly UrlValue[] {
  const separator = variable?.listSeparator ?? ''
  const cached = urlValueCache.get(entry)?.get(separator)
  if (cached) return cached
  const values = urlValues(entry, variable).flatMap((text) => {
    const url = parseUrl(text)
    return url && looksLikeHost(url) && (url.scheme === undefined || url.scheme === 'http' || url.scheme === 'https') ? [{ text, url }] : []
  })
  urlValueCache.set(entry, (urlValueCache.get(entry) ?? new Map()).set(separator, values))
  return values
}

const urlValueCache = new WeakMap<Entry, Map<string, readonly UrlValue[]>>()

/**
 * What the registry says about a URL value: its provider and whether it is the API. The host lookup
 * comes first because it is cheap and most hosts are not in the registry.
 */
export function urlMatch({ text, url }: UrlValue, catalog: ProviderCatalog): HostMatch | undefined {
  return catalog.byHost(hostOf(url)) ?? catalog.byHost(url.host) ? catalog.byUrl(text) : undefined
}

/** Request paths people paste as a base, longest first so `/chat/completions` wins over `/completions`. */
// `/completion` is llama.cpp server's native endpoint.
const ENDPOINTS = ['/chat/completions', '/v1/messages', '/completions', '/completion', '/embeddings', '/responses', '/models']

/** The request endpoint a URL's path ends with (trailing slashes and case ignored), if it is one. */
export function endpointOf(url: ParsedUrl): string | undefined {
  const path = `/${segments(url.path).join('/')}`.toLowerCase()
  return ENDPOINTS.find((e) => path.endsWith(e))
}

/** `host` or `host:port`, as written in a URL. */
export const hostOf = (url: ParsedUrl): string => (url.port ? `${url.host}:${url.port}` : url.host)

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

/** Splits a URL without normalising it (the WHATWG parser would hide the very mistakes we look for). */
export function parseUrl(text: string): ParsedUrl | undefined {
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
  if (/\.(?:local|internal|lan|home\.arpa)$/.test(host)) return true
  const ip = IPV4.exec(host) ? host.split('.').map(Number) : undefined
  if (!ip) return /^f[cd][0-9a-f]{2}:/.test(host)
  const [a, b] = ip as [number, number]
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254)
}

/** A URL for a message: credentials and query values never shown. */
export function showUrl(text: string): string {
  return text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/?#\s]*@/, '$1…@').replace(/\?.*$/, '?…')
}

/** Path segments without empty ones: `/openai/v1/` → `['openai', 'v1']`. */
export const segments = (path: string): string[] => path.split('/').filter((s) => s !== '')

/** The path of a URL string, or empty. */
export const pathOf = (url: string): string => parseUrl(url)?.path ?? ''

/** The provider whose API a URL (scheme optional) points at; undefined for unknown hosts and non-API pages. */
export function apiProviderOf(url: string, catalog: ProviderCatalog): Provider | undefined {
  const match = catalog.byUrl(url)
  return match?.role === 'api' ? match.provider : undefined
}

/**
 * Gateways that pass provider keys through (providers.md §3 rule 2) and local servers, which accept
 * whatever key they were started with: a key of another provider is normal there.
 */
const PASSTHROUGH = new Set(['cloudflare-ai-gateway', 'litellm-proxy'])

export const carriesAnyKey = (provider: Provider): boolean => PASSTHROUGH.has(provider.id) || provider.local === true

/** One item of a key setting (a list such as NextChat's `key1,key2` yields several). */
export interface KeyItem {
  readonly value: string
  readonly match?: KeyMatch
}

/** The keys an entry's value holds, with the provider their format names; placeholders and unresolved references give none. */
export function keyItems(entry: Entry, catalog: ProviderCatalog): KeyItem[] {
  return keyItemsOf(valueOf(entry), catalog)
}

/** The items of a key list written as text, placeholders and empty items left out. */
export function keyItemsOf(value: string | undefined, catalog: ProviderCatalog): KeyItem[] {
  if (value === undefined) return []
  return value
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '' && !catalog.isPlaceholder(v))
    .map((v) => {
      const match = catalog.identifyKey(v)
      return match ? { value: v, match } : { value: v }
    })
}

/** Words in names that point at a provider other than by its id (`CLAUDE_API_KEY`, `GROK_KEY`, `QWEN_TOKEN`). */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  claude: 'anthropic',
  google: 'gemini',
  grok: 'xai',
  kimi: 'moonshot',
  qwen: 'dashscope',
  alibaba: 'dashscope',
  aliyun: 'dashscope',
  glm: 'zhipu',
  chatglm: 'zhipu',
  bigmodel: 'zhipu',
  pplx: 'perplexity',
  doubao: 'volcengine-ark',
  bytedance: 'volcengine-ark',
  volcengine: 'volcengine-ark',
  ark: 'volcengine-ark',
  ernie: 'baidu-qianfan',
  qianfan: 'baidu-qianfan',
  baidu: 'baidu-qianfan',
  azure: 'azure-openai'
}

/**
 * The one provider a variable or secret name names (`ANTHROPIC_KEY` → Anthropic), or undefined when
 * it names none or several (`AZURE_OPENAI_KEY` names Azure, because `azure` is more specific).
 */
export function providerNamedBy(name: string, catalog: ProviderCatalog): Provider | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '')
  const ids = new Set<string>()
  for (const word of words) {
    const id = (Object.hasOwn(PROVIDER_ALIASES, word) ? PROVIDER_ALIASES[word] : undefined) ?? (catalog.byId(word) ? word : undefined)
    if (id && catalog.byId(id)) ids.add(id)
  }
  // `azure` + `openai` is Azure OpenAI, not both.
  if (ids.has('azure-openai')) ids.delete('openai')
  return ids.size === 1 ? catalog.byId([...ids][0]!) : undefined
}
