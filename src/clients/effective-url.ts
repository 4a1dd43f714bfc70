/**
 * The URL a client really calls for a chat request, built exactly as each client builds it, and the base
 * a variable should hold to reach a given provider. See `reference/clients.md` §1.2–1.4 and §3.
 */
import { hostOf, withoutTrailingSlashes, type ParsedUrl } from '../core/url.js'
import type { ApiFamily, Provider } from '../providers/types.js'
import type { BaseUrlVar, EffectiveUrl } from './types.js'

/** OpenAI-compatible endpoints, relative to a provider's `apiRoot`. */
const OPENAI_ENDPOINTS = ['/chat/completions', '/responses'] as const

/**
 * Joins a base URL and the variable's chat path the way the client does:
 * - `nextchat`: `https://` prefixed unless the value starts with `http` (a prefix test, so `httpbin.org`
 *   stays schemeless), ONE trailing `/` stripped, then NextChat's Cloudflare AI Gateway rewrite;
 * - `sdk`: one `/` dropped where base and path meet;
 * - `none`: appended as written.
 * For `verbatim` variables the base is first cut where it already holds the start of the chat path
 * (NextChat's `AZURE_URL.split("/deployments")`). Nothing else is touched: no trimming, no `/v1` removal.
 */
export function effectiveUrl(base: string, variable: BaseUrlVar): EffectiveUrl {
  const { chatPath } = variable
  const normalized = normalizeBase(base, variable)
  const joined = normalized + chatPath
  const url = variable.cloudflareRewrite === true ? cloudflareAIGatewayUrl(joined) : joined
  return { url, base: normalized, chatPath }
}

function normalizeBase(base: string, variable: BaseUrlVar): string {
  let b = base
  switch (variable.normalize ?? 'sdk') {
    case 'nextchat':
      if (!b.startsWith('http')) b = `https://${b}`
      if (b.endsWith('/')) b = b.slice(0, -1)
      break
    case 'sdk':
      if (b.endsWith('/') && variable.chatPath.startsWith('/')) b = b.slice(0, -1)
      break
    case 'adds-v1-if-missing':
      // chatgpt-web: `OPENAI_API_BASE_URL.includes('/v1') ? base : base + '/v1'`, no slash trimmed.
      if (!b.includes('/v1')) b = `${b}/v1`
      break
    case 'none':
      break
  }
  const cut = variable.strips?.find(({ tail }) => b.toLowerCase().endsWith(tail))
  if (cut !== undefined) b = b.slice(0, b.length - cut.tail.length) + (cut.keep ?? '')
  return variable.convention === 'verbatim' ? cutAtChatPath(b, variable.chatPath) : b
}

/** `https://r.openai.azure.com/openai/deployments/gpt4` → `https://r.openai.azure.com/openai`. */
function cutAtChatPath(base: string, chatPath: string): string {
  const firstSegment = /^\/[^/]+/.exec(chatPath)?.[0]
  const at = firstSegment === undefined ? -1 : base.indexOf(firstSegment)
  return at === -1 ? base : base.slice(0, at)
}

/**
 * NextChat's `app/utils/cloudflare.ts`: for `gateway.ai.cloudflare.com/v1/<account>/<gateway>/<provider>`
 * it keeps the gateway prefix and only the last path segments, which drops the doubled `v1` NextChat's
 * own path adds. Handles the `openai`, `anthropic` and `azure-openai` segments only, as NextChat does.
 */
function cloudflareAIGatewayUrl(url: string): string {
  const parts = url.split('/')
  if (parts[2] !== 'gateway.ai.cloudflare.com') return url
  if (parts[6] === 'azure-openai') return [...parts.slice(0, 8), ...parts.slice(-3)].join('/')
  if (parts[6] === 'openai' || parts[6] === 'anthropic') return [...parts.slice(0, 7), ...parts.slice(-2)].join('/')
  return url
}

/**
 * The request path each non-OpenAI family appends to its root (`FamilyRoots` in providers/types.ts).
 * OpenAI-compatible endpoints are `OPENAI_ENDPOINTS` relative to `apiRoot`.
 */
const FAMILY_PATHS: Readonly<Record<Exclude<ApiFamily, 'openai'>, string>> = {
  anthropic: '/v1/messages',
  gemini: '/models/{model}:streamGenerateContent',
  ollama: '/api/chat',
  dashscope: '/services/aigc/text-generation/generation',
  baidu: '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}',
  azure: '/deployments/{deployment}/chat/completions',
  cohere: '/chat'
}

/** Whether the registry says `provider` serves `family`. */
export function servesFamily(provider: Provider, family: ApiFamily): boolean {
  return family === 'openai' || provider.apis?.[family] !== undefined
}

/**
 * Every base that makes `variable`'s client reach `provider` in the variable's API family, preferred
 * first: the provider's root for that family plus the family's request path, less the path the client
 * appends itself (`https://api.groq.com/openai/v1` → `https://api.groq.com/openai` for NextChat's
 * `/v1/chat/completions`; DeepSeek's `https://api.deepseek.com/anthropic` as is for Claude Code's
 * `/v1/messages`). For `verbatim` variables, the root as is. Empty when the provider does not serve the
 * family, or when no base can work (NextChat `BASE_URL` always adds `/v1`, so it cannot reach Ark's
 * `/api/v3`). `at`, the URL actually written, gives the root the host it uses when the provider serves it there
 * (`api.moonshot.cn` keeps its own accounts; `{resource}.openai.azure.com` is a template), and a local server the
 * host and port it is reached at (`host.docker.internal:11434`, `ollama:11434`).
 */
export function acceptedBases(provider: Provider, variable: BaseUrlVar, at?: ParsedUrl): string[] {
  const host = at === undefined ? undefined : provider.local === true ? hostOf(at) : at.host
  const found = familyEndpoints(provider, variable)
    .map(({ root, endpoint }) => (variable.convention === 'verbatim' ? withoutTrailingSlashes(root) : baseFor(root, endpoint, variable)))
    .filter((b): b is string => b !== undefined)
    .map((b) => (host === undefined ? b : withHost(b, host, provider)))
  return [...new Set(found)]
}

/** The preferred base for `variable` to reach `provider` (the first of `acceptedBases`), if any. */
export function expectedBase(provider: Provider, variable: BaseUrlVar, at?: ParsedUrl): string | undefined {
  return acceptedBases(provider, variable, at)[0]
}

/**
 * A base to suggest for `variable`: the expected one, else the client's own default; never a root of
 * another API family (an OpenAI root for a variable that speaks Anthropic Messages would break it).
 */
export function suggestedBase(provider: Provider, variable: BaseUrlVar | undefined): string | undefined {
  if (!variable) return provider.apiRoot
  return expectedBase(provider, variable) ?? variable.defaultUrl ?? (variable.family === 'openai' ? provider.apiRoot : undefined)
}

/** The provider's roots in the variable's family, each with the endpoint the client asks for. */
function familyEndpoints(provider: Provider, variable: BaseUrlVar): { root: string; endpoint: string }[] {
  if (variable.family !== 'openai') {
    const root = provider.apis?.[variable.family]
    const endpoint = FAMILY_PATHS[variable.family]
    return root === undefined ? [] : [root, ...(provider.apiAliases?.[variable.family] ?? [])].map((r) => ({ root: r, endpoint }))
  }
  const endpoint = OPENAI_ENDPOINTS.find((e) => variable.chatPath.endsWith(e)) ?? variable.chatPath
  return [provider.apiRoot, ...(provider.apiRootAliases ?? [])].map((root) => ({ root, endpoint }))
}

/** The base that, joined with `chatPath`, gives `root` + `endpoint`; undefined when the client cannot get there. */
function baseFor(root: string, endpoint: string, variable: BaseUrlVar): string | undefined {
  const full = withoutTrailingSlashes(root) + endpoint
  if (!full.endsWith(variable.chatPath)) return undefined
  const base = full.slice(0, full.length - variable.chatPath.length)
  // The client's own tidying must leave the base as it is (chatgpt-web adds /v1 to a base without one).
  return effectiveUrl(base, variable).url === full ? base : undefined
}

/** Puts the host actually used in place of a templated one, or of another API host of the same provider. */
function withHost(url: string, host: string, provider: Provider): string {
  const servedHere = provider.apiHosts.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))))
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/]*)/i, (whole, scheme: string, authority: string) =>
    authority.includes('{') || provider.local === true || (servedHere && !authority.includes(':')) ? `${scheme}${host}` : whole
  )
}
