/**
 * Whether a token of a shared shape (`sk-` + 48, `sk-` + 32 hex, a UUID, 32 hex) found in free text is an
 * LLM credential, judged by what surrounds it: the name it is assigned to on its line
 * (`-e OPENAI_API_KEY=…`, `api_key="…"`, `Authorization: Bearer …`), or an LLM API host or SDK call a few
 * lines around it. Only candidates are judged, so the cost stays with the rare shape matches.
 */
import type { KeyAttribution, Provider, ProviderCatalog, TextKeyMatch } from '../providers/types.js'
import { credentialNameSays } from '../rules/llm-key.js'
import { providerNamedBy } from '../rules/names.js'

/** How far around a token to look for an LLM host or SDK call. */
const WINDOW_LINES = 3
/** How far back on its line to read the name before a token, and how far a window reaches either side. */
const MAX_PREFIX = 80
const MAX_WINDOW = 1200
/** How much text is searched for LLM sites at a time, and how far past it a site may end (a host, `OpenAI (`). */
const SEARCH_PIECE = 8192
const SEARCH_OVERLAP = 256

/**
 * The word before a token, read backwards: `NAME=`, `name: "`, `"name": "`, `--name `, `${NAME:-`,
 * `name => '`, `os.environ["NAME"] = "`, `Bearer `. Group 2 holds what separates them; an operator or a quote there means the
 * token is assigned to that name. Escaped quotes count, as in notebook JSON (`api_key = \\"`).
 */
const NAME_BEFORE = /(?:^|[^A-Za-z0-9_.-])-{0,2}([A-Za-z_][A-Za-z0-9_.-]*)(\\?["'`]?\]?\s*(?:[:=]=?|=>|:-|\?=)?\s*\\?["'`]?\s*)$/

/** How far back on its line a list item's name may stand (`KEYS=k1,…,k9,k10`: ten keys of 51 characters). */
const MAX_LIST = 4096

/** SDK constructors and module calls of LLM clients (`OpenAI(`, `new Anthropic(`, `openai.chat…`, `litellm.completion`). */
const SDK_CALL =
  /\b(?:Async)?(?:OpenAI|AzureOpenAI|Anthropic|ChatOpenAI|ChatAnthropic|ChatDeepSeek|ZhipuAI|Groq|Mistral|Cerebras|Together|OpenRouter)\s*\(|\bcreate(?:OpenAI|Anthropic|OpenAICompatible|DeepSeek)\s*\(|\b(?:openai|anthropic|litellm|dashscope|zhipuai)\.[A-Za-z_]/g

const URL_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]+(?::\d+)?)/g

/** The text before a token ends inside a URL, past its host: `https://host/a/b/`. */
const IN_URL_PATH = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()]*\/$/i

/** An LLM API host or SDK call in the text: what makes the tokens around it LLM credentials. */
interface LlmSite {
  readonly offset: number
  /** The provider whose API host is written there, or whose SDK class is called (`AzureOpenAI(`); none for `OpenAI(`. */
  readonly provider?: Provider
}

/** The provider an SDK class or module of one provider names (`AzureOpenAI(`, `ChatDeepSeek(`, `zhipuai.`), by registry id. */
const CALL_PROVIDERS: Readonly<Record<string, string>> = {
  azureopenai: 'azure-openai',
  anthropic: 'anthropic',
  chatanthropic: 'anthropic',
  createanthropic: 'anthropic',
  chatdeepseek: 'deepseek',
  createdeepseek: 'deepseek',
  zhipuai: 'zhipu',
  groq: 'groq',
  mistral: 'mistral',
  cerebras: 'cerebras',
  together: 'together',
  openrouter: 'openrouter',
  dashscope: 'dashscope'
}

/** Judges the shared-shape tokens of one text (`llmContextOf` for each). */
export type KeyContextJudge = (match: TextKeyMatch) => KeyAttribution | undefined

/**
 * A judge for the candidates of one text. The LLM hosts and SDK calls are looked for only around the
 * candidates that need them, as the candidates come (in order), so a file without any is never searched
 * for them, and a file full of candidates is still read a bounded number of times.
 */
export function keyContextFor(text: string, catalog: ProviderCatalog): KeyContextJudge {
  // Made at the first candidate that needs them: most texts have none, and cost nothing here.
  let finders: { hosts: SiteFinder; calls: SiteFinder } | undefined
  const sitesNear = (match: TextKeyMatch): LlmSite[] => {
    finders ??= {
      hosts: siteFinder(text, URL_HOST, (m) => {
        const found = catalog.byHost(m[1]!)
        return found?.role === 'api' && !found.provider.local ? { offset: m.index, provider: found.provider } : undefined
      }),
      calls: siteFinder(text, SDK_CALL, (m) => {
        const id = CALL_PROVIDERS[m[0].replace(/^Async|[\s(.].*$/gs, '').toLowerCase()]
        const provider = id === undefined ? undefined : catalog.byId(id)
        return provider ? { offset: m.index, provider } : { offset: m.index }
      })
    }
    const from = linesBack(text, match.start, WINDOW_LINES, MAX_WINDOW)
    const to = linesForward(text, match.end, WINDOW_LINES, MAX_WINDOW)
    return [...finders.hosts(from, to), ...finders.calls(from, to)].sort((a, b) => a.offset - b.offset)
  }
  return (match) => llmContextOf(text, match, catalog, sitesNear)
}

/** The sites between two offsets of a text, for windows that move forward through it. */
type SiteFinder = (from: number, to: number) => LlmSite[]

/**
 * The sites of one kind between `from` and `to`, for windows that move forward through the text (as
 * candidates do). The text is searched in pieces of at least `SEARCH_PIECE` characters from where the
 * last piece ended, or from the window's start when it begins further on, so each part of the text is
 * searched about once and a file with one candidate is searched only around it. A piece is read with
 * `SEARCH_OVERLAP` characters either side, for a site that starts in it and ends past it.
 */
function siteFinder(
  text: string,
  pattern: RegExp,
  siteOf: (match: RegExpExecArray) => LlmSite | undefined
): SiteFinder {
  const regex = new RegExp(pattern.source, 'g')
  const sites: LlmSite[] = []
  let searched = 0
  return (from, to) => {
    searched = Math.max(searched, from)
    if (searched < to) {
      const end = Math.min(text.length, Math.max(to, searched + SEARCH_PIECE))
      // One character before the piece, for `\b`; a site starting there belongs to the text before.
      const base = Math.max(0, searched - 1)
      for (const m of text.slice(base, end + SEARCH_OVERLAP).matchAll(regex)) {
        const offset = base + m.index
        if (offset < searched) continue
        if (offset >= end) break
        const site = siteOf(Object.assign(m, { index: offset }))
        if (site) sites.push(site)
      }
      searched = end
    }
    const near: LlmSite[] = []
    for (let i = firstAtOrAfter(sites, from); i < sites.length && sites[i]!.offset < to; i++) near.push(sites[i]!)
    return near
  }
}

/**
 * Whose a shared-shape token is, when its context says it is an LLM credential; undefined otherwise. The provider
 * is the one its name or a nearby host points at when that provider issues the shape, else the shape's usual owner
 * (one-api for `sk-` + 48, Volcengine Ark for a UUID), marked `byShape`: others issue it too.
 */
function llmContextOf(text: string, match: TextKeyMatch, catalog: ProviderCatalog, sitesNear: (m: TextKeyMatch) => LlmSite[]): KeyAttribution | undefined {
  // An item of a list (`KEYS=k1,k2,`): the name before the list names every item, however many come first.
  const listStart = text.charCodeAt(lastNonSpace(text, match.start)) === 44 ? startOfList(text, match.start) : match.start
  const prefix = text.slice(linesBack(text, listStart, 0, MAX_PREFIX), listStart)
  // A segment of a URL's path (`…/v1/<account id>/<gateway>/…`, `/users/<uuid>`) is an id, not a credential.
  if (IN_URL_PATH.test(prefix)) return undefined
  const before = NAME_BEFORE.exec(prefix)
  const word = before?.[1]
  const says = word === undefined ? undefined : credentialNameSays(word, catalog)
  // Assigned to a name that is no credential (`request_id=…`, `"id": "…"`): not a key.
  if (says === undefined && before !== null && /[:=>"'`]/.test(before[2]!)) return undefined
  const issues = (p: Provider | undefined): p is Provider => p !== undefined && p.keyFormats.some((f) => f.id === match.format.id)
  const hostProvider = (): Provider | undefined => sitesNear(match).find((site) => issues(site.provider))?.provider
  const openAiStyle = match.token.startsWith('sk-')
  const confirmed = (provider: Provider | undefined): KeyAttribution | undefined => provider && { provider }
  const byShape: KeyAttribution = { provider: match.provider, byShape: true }
  if (says === 'llm' || (openAiStyle && (says === 'generic' || says === 'unknown'))) {
    const byAlias = says === 'llm' ? providerNamedBy(word!, catalog) : undefined
    const named = says === 'llm' ? (issues(byAlias) ? byAlias : catalog.providers.find((p) => issues(p) && nameNames(word!, p))) : undefined
    return confirmed(named ?? hostProvider()) ?? byShape
  }
  if (says === 'other' || says === 'unknown') return undefined
  // A generic name (`api_key=`, `Bearer`) or none at all: an LLM host or SDK call nearby decides.
  return confirmed(hostProvider()) ?? (sitesNear(match).length > 0 ? byShape : undefined)
}

/** The name's words include the provider's id or a word of its name (`DEEPSEEK_API_KEY` → DeepSeek). */
function nameNames(name: string, provider: Provider): boolean {
  const words = name.toLowerCase().split(/[^a-z0-9]+/)
  return words.includes(provider.id) || provider.name.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.length > 3 && words.includes(w))
}

/** The offset of the last character before `end` that is no space or tab (-1 when none). */
function lastNonSpace(text: string, end: number): number {
  let i = end - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--
  return i
}

/**
 * Where the list that the item at `end` belongs to starts: back over `item,` runs (letters, digits, `_`, `-`) on the
 * same line, at most `MAX_LIST` characters, so a long line of candidates stays linear.
 */
function startOfList(text: string, end: number): number {
  const stop = Math.max(0, end - MAX_LIST)
  let start = end
  for (let i = lastNonSpace(text, end); i >= stop && text.charCodeAt(i) === 44; i = lastNonSpace(text, start)) {
    let j = lastNonSpace(text, i)
    const itemEnd = j
    while (j >= stop && /[A-Za-z0-9_-]/.test(text[j]!)) j--
    if (j === itemEnd) break
    start = j + 1
  }
  return start
}

/** The index of the first site at or after `offset` (binary search). */
function firstAtOrAfter(sites: readonly LlmSite[], offset: number): number {
  let lo = 0
  let hi = sites.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sites[mid]!.offset < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Where the line `lines` lines above the one holding `offset` starts, looking back at most `limit`
 * characters: bounded, so a minified file of one long line full of candidates stays linear.
 */
function linesBack(text: string, offset: number, lines: number, limit: number): number {
  const stop = Math.max(0, offset - limit)
  let seen = 0
  for (let i = offset - 1; i >= stop; i--) if (text.charCodeAt(i) === 10 && seen++ === lines) return i + 1
  return stop
}

/** Where the line `lines` lines below the one holding `offset` ends, looking ahead at most `limit` characters. */
function linesForward(text: string, offset: number, lines: number, limit: number): number {
  const stop = Math.min(text.length, offset + limit)
  let seen = 0
  for (let i = offset; i < stop; i++) if (text.charCodeAt(i) === 10 && seen++ === lines) return i
  return stop
}
