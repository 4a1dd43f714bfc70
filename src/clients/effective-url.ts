/**
 * The URL a client really calls for a chat request, built exactly as each client builds it, and the base
 * a variable should hold to reach a given provider. See `reference/clients.md` §1.2–1.4 and §3.
 */
import type { Provider } from '../providers/types.js'
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
  const url = variable.normalize === 'nextchat' ? cloudflareAIGatewayUrl(joined) : joined
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
    case 'none':
      break
  }
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
 * Every base that makes `variable`'s client reach `provider`, preferred first: for an OpenAI-compatible
 * chat path, the provider's `apiRoot` (and its aliases) with the part the client adds itself removed
 * (`https://api.groq.com/openai/v1` → `https://api.groq.com/openai` for NextChat's `/v1/chat/completions`);
 * for a native path (`/v1/messages`, Gemini's `/v1beta/models/…`), the native root without the segments
 * the path repeats; for `verbatim` variables, the native root as is. Empty when no base can work (NextChat
 * `BASE_URL` always adds `/v1`, so it cannot reach Perplexity's `https://api.perplexity.ai/chat/completions`).
 * `host` fills in a templated host (`{resource}.openai.azure.com`) with the one actually used.
 */
export function acceptedBases(provider: Provider, variable: BaseUrlVar, host?: string): string[] {
  const { chatPath } = variable
  const endpoint = OPENAI_ENDPOINTS.find((e) => chatPath.endsWith(e))
  let bases: (string | undefined)[]
  if (variable.convention === 'verbatim') {
    bases = [provider.nativeRoot ?? provider.apiRoot]
  } else if (endpoint !== undefined && !chatPath.includes('{')) {
    const addedByClient = chatPath.slice(0, chatPath.length - endpoint.length)
    bases = [provider.apiRoot, ...(provider.apiRootAliases ?? [])].map((root) => stripSuffix(withoutTrailingSlash(root), addedByClient))
  } else {
    bases = [withoutRepeatedSegments(provider.nativeRoot ?? provider.apiRoot, chatPath)]
  }
  const found = bases.filter((b): b is string => b !== undefined).map((b) => (host === undefined ? b : withHost(b, host)))
  return [...new Set(found)]
}

/** The preferred base for `variable` to reach `provider` (the first of `acceptedBases`), if any. */
export function expectedBase(provider: Provider, variable: BaseUrlVar, host?: string): string | undefined {
  return acceptedBases(provider, variable, host)[0]
}

function withoutTrailingSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url
}

function stripSuffix(root: string, suffix: string): string | undefined {
  if (suffix === '') return root
  return root.endsWith(suffix) ? root.slice(0, root.length - suffix.length) : undefined
}

/** Removes the longest tail of `root` that the chat path starts with: `…/v1beta` + `/v1beta/models/…`. */
function withoutRepeatedSegments(root: string, chatPath: string): string {
  const r = withoutTrailingSlash(root)
  const segments = chatPath.split('/').filter((s) => s.length > 0)
  for (let k = segments.length; k > 0; k--) {
    const repeated = `/${segments.slice(0, k).join('/')}`
    if (r.endsWith(repeated)) return r.slice(0, r.length - repeated.length)
  }
  return r
}

/** Replaces a templated authority (`{resource}.openai.azure.com`, `{host}`) with a real host. */
function withHost(url: string, host: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/]*)/i, (whole, scheme: string, authority: string) =>
    authority.includes('{') ? `${scheme}${host}` : whole
  )
}
