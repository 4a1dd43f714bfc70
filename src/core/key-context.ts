/**
 * Whether a token of a shared shape (`sk-` + 48, `sk-` + 32 hex, a UUID, 32 hex) found in free text is an
 * LLM credential, judged by what surrounds it: the name it is assigned to on its line
 * (`-e OPENAI_API_KEY=…`, `api_key="…"`, `Authorization: Bearer …`), or an LLM API host or SDK call a few
 * lines around it. Only candidates are judged, so the cost stays with the rare shape matches.
 */
import type { Provider, ProviderCatalog, TextKeyMatch } from '../providers/types.js'
import { credentialNameSays } from '../rules/llm-key.js'

/** How far around a token to look for an LLM host or SDK call. */
const WINDOW_LINES = 3
/** Longest stretch of a line read for the name before a token, and of a window line. */
const MAX_PREFIX = 160
const MAX_WINDOW = 1200

/**
 * The word before a token, read backwards: `NAME=`, `name: "`, `"name": "`, `--name `, `${NAME:-`,
 * `name => '`, `os.environ["NAME"] = "`, `Bearer `. Group 2 holds what separates them; an operator or a quote there means the
 * token is assigned to that name. Escaped quotes count, as in notebook JSON (`api_key = \\"`).
 */
const NAME_BEFORE = /(?:^|[^A-Za-z0-9_.-])-{0,2}([A-Za-z_][A-Za-z0-9_.-]*)(\\?["'`]?\]?\s*(?:[:=]=?|=>|:-|\?=)?\s*\\?["'`]?\s*)$/

/** Earlier items of a list (`KEYS=k1,k2,`): the name before the list names every item. */
const LIST_ITEMS = /(?:[A-Za-z0-9_-]+\s*,\s*)+$/

/** SDK constructors and module calls of LLM clients (`OpenAI(`, `new Anthropic(`, `openai.chat…`, `litellm.completion`). */
const SDK_CALL =
  /\b(?:Async)?(?:OpenAI|AzureOpenAI|Anthropic|ChatOpenAI|ChatAnthropic|ChatDeepSeek|ZhipuAI|Groq|Mistral|Cerebras|Together|OpenRouter)\s*\(|\bcreate(?:OpenAI|Anthropic|OpenAICompatible|DeepSeek)\s*\(|\b(?:openai|anthropic|litellm|dashscope|zhipuai)\.[A-Za-z_]/

const URL_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]+(?::\d+)?)/g

/**
 * The provider a shared-shape token belongs to, when its context says it is an LLM credential; undefined
 * otherwise. The provider is the one its host or name points at when that provider issues the shape,
 * else the shape's generic owner (one-api for `sk-` + 48).
 */
export function llmContextOf(text: string, match: TextKeyMatch, catalog: ProviderCatalog): Provider | undefined {
  const lineStart = text.lastIndexOf('\n', match.start - 1) + 1
  const before = NAME_BEFORE.exec(text.slice(Math.max(lineStart, match.start - MAX_PREFIX), match.start).replace(LIST_ITEMS, ''))
  const word = before?.[1]
  const says = word === undefined ? undefined : credentialNameSays(word, catalog)
  // Assigned to a name that is no credential (`request_id=…`, `"id": "…"`): not a key.
  if (says === undefined && before !== null && /[:=>"'`]/.test(before[2]!)) return undefined
  const issues = (p: Provider | undefined): p is Provider => p !== undefined && p.keyFormats.some((f) => f.id === match.format.id)
  const openAiStyle = match.token.startsWith('sk-')
  if (says === 'llm' || (openAiStyle && (says === 'generic' || says === 'unknown'))) {
    const named = says === 'llm' ? catalog.providers.find((p) => issues(p) && nameNames(word!, p)) : undefined
    return named ?? nearbyProvider(text, match, catalog, issues) ?? match.provider
  }
  if (says === 'other' || says === 'unknown') return undefined
  // A generic name (`api_key=`, `Bearer`) or none at all: an LLM host or SDK call nearby decides.
  return nearbyProvider(text, match, catalog, issues) ?? (nearbyLlm(text, match, catalog) ? match.provider : undefined)
}

/** The name's words include the provider's id or a word of its name (`DEEPSEEK_API_KEY` → DeepSeek). */
function nameNames(name: string, provider: Provider): boolean {
  const words = name.toLowerCase().split(/[^a-z0-9]+/)
  return words.includes(provider.id) || provider.name.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.length > 3 && words.includes(w))
}

/** The lines around a match, cut to a bounded length either side. */
function windowAround(text: string, match: TextKeyMatch): string {
  let from = match.start
  for (let i = 0; i <= WINDOW_LINES && from > 0; i++) from = text.lastIndexOf('\n', from - 1)
  let to = match.end
  for (let i = 0; i <= WINDOW_LINES && to !== -1 && to < text.length; i++) to = text.indexOf('\n', to + 1)
  const start = Math.max(from + 1, match.start - MAX_WINDOW)
  const end = Math.min(to === -1 ? text.length : to, match.end + MAX_WINDOW)
  return text.slice(start, end)
}

/** A provider whose API host is written near the match and which issues its shape. Local servers do not count. */
function nearbyProvider(text: string, match: TextKeyMatch, catalog: ProviderCatalog, issues: (p: Provider | undefined) => p is Provider): Provider | undefined {
  for (const m of windowAround(text, match).matchAll(URL_HOST)) {
    const found = catalog.byHost(m[1]!)
    if (found?.role === 'api' && !found.provider.local && issues(found.provider)) return found.provider
  }
  return undefined
}

/** Any LLM API host (of any provider) or LLM SDK call near the match. */
function nearbyLlm(text: string, match: TextKeyMatch, catalog: ProviderCatalog): boolean {
  const window = windowAround(text, match)
  if (SDK_CALL.test(window)) return true
  for (const m of window.matchAll(URL_HOST)) {
    const found = catalog.byHost(m[1]!)
    if (found?.role === 'api' && !found.provider.local) return true
  }
  return false
}
