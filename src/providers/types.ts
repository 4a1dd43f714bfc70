/** The provider registry: plain data about providers and gateways, with their sources in comments. */

/** What a host that is not the API serves; a base URL pointing there is `base-url-not-api`. */
export type NonApiRole = 'marketing' | 'dashboard' | 'docs' | 'chat-app'

export interface NonApiHost {
  readonly host: string
  readonly role: NonApiRole
}

/** An API host the provider stopped serving, where requests now fail (GitHub Models' `models.inference.ai.azure.com`). */
export interface RetiredHost {
  readonly host: string
  /** The day it stopped answering (`2025-10-17`). */
  readonly retiredOn: string
}

/** Another company's API under a name people take for the provider's (`api.gemini.com`, a crypto exchange). */
export interface LookalikeHost {
  readonly host: string
  /** Whose host it is, as a message names it: "the Gemini crypto exchange". */
  readonly owner: string
}

/**
 * One piece of a generated test key: literal text, or `length` characters drawn from `alphabet` (from
 * `alphabet` and `alternate` in turn when `alternate` is set: one-api's alternating-case hex).
 */
export type SamplePart = string | { readonly length: number; readonly alphabet: string; readonly alternate?: string }

/**
 * Where a format is looked for in free text (any file, any line):
 * - `anywhere`: the token alone is enough (unique prefixes, structural signatures);
 * - `context`: a shape other things share (`sk-` + 48, UUIDs, 32 hex), reported only when the text around
 *   it says it is an LLM credential (a key name on its line, an LLM host or SDK call nearby);
 * - `never`: only judged as the value of a key setting (`alnum32`, short prefixes such as `fw_`).
 */
export type TextScan = 'anywhere' | 'context' | 'never'

/** One key format. `pattern` is a RegExp source for the whole token, without anchors or flags. */
export interface KeyFormat {
  readonly id: string
  readonly pattern: string
  /**
   * `unique`: the prefix names the provider for certain (`sk-ant-api03-`, `gsk_`, `T3BlbkFJ`).
   * `shared`: a shape several providers share (`sk-` + 32 hex: DeepSeek and DashScope); never enough for a mismatch.
   */
  readonly confidence: 'unique' | 'shared'
  /** Default: `anywhere` for unique formats, `never` for shared ones. */
  readonly inText?: TextScan
  /** False for admin or OAuth keys that do not call inference endpoints. Default true. */
  readonly inference?: boolean
  /**
   * Where the shape comes from: a scanner rule or the provider's code or docs, with a commit or URL.
   * Every registry format has one (a test checks); formats from a config file may not.
   */
  readonly source?: string
  /** How tests build a key of this shape at run time (no whole key is stored anywhere). Registry formats only. */
  readonly sample?: readonly SamplePart[]
}

/**
 * The request protocols a provider may serve: `openai` (Chat Completions / Responses), `anthropic`
 * (Messages), and native APIs that only some clients speak.
 */
export type ApiFamily = 'openai' | 'anthropic' | 'gemini' | 'ollama' | 'dashscope' | 'baidu' | 'azure' | 'cohere'

/**
 * Roots of the non-OpenAI families a provider serves, each such that root + the family's request path
 * (`FAMILY_PATHS` in clients/effective-url.ts) is the endpoint: Anthropic `https://api.anthropic.com`,
 * DeepSeek's Anthropic-compatible `https://api.deepseek.com/anthropic`, Ollama `http://localhost:11434`.
 */
export type FamilyRoots = Readonly<Partial<Record<Exclude<ApiFamily, 'openai'>, string>>>

export type AuthScheme = 'bearer' | 'x-api-key' | 'api-key' | 'x-goog-api-key' | 'none'

export interface Provider {
  readonly id: string
  readonly name: string
  /** Hosts that serve the API; `*.` wildcards allowed (`*.openai.azure.com`). */
  readonly apiHosts: readonly string[]
  /** The OpenAI-compatible API root in the SDK convention (includes `/v1` or the provider's own prefix). */
  readonly apiRoot: string
  /** The other API families the provider serves, by root. */
  readonly apis?: FamilyRoots
  /**
   * Other OpenAI-compatible roots the provider answers on identically (DeepSeek serves both
   * `https://api.deepseek.com` and `https://api.deepseek.com/v1`). A base built from one of them is fine too.
   */
  readonly apiRootAliases?: readonly string[]
  /** Other roots of the non-OpenAI families the provider still answers on (an older endpoint it keeps serving). */
  readonly apiAliases?: Readonly<Partial<Record<Exclude<ApiFamily, 'openai'>, readonly string[]>>>
  /**
   * An api host that also serves the website, and the path the API lives under there (OpenRouter: `/api` on
   * `openrouter.ai`). A URL on that host outside the path is the marketing site; the provider's other api hosts
   * (OpenRouter's regional ones) are the API whatever their path.
   */
  readonly sharedWithWebsite?: { readonly host: string; readonly apiPath: string }
  readonly nonApiHosts: readonly NonApiHost[]
  /** Registry data only: a config file's providers declare no lookalikes. */
  readonly lookalikeHosts?: readonly LookalikeHost[]
  /** Registry data only: API hosts the provider no longer serves. */
  readonly retiredHosts?: readonly RetiredHost[]
  readonly keyFormats: readonly KeyFormat[]
  readonly auth: AuthScheme
  /** Relative to `apiRoot`; null when the provider has no models list. */
  readonly modelsPath: string | null
  readonly requestIdHeaders: readonly string[]
  /** A gateway that relays many upstream providers (one-api, new-api, OpenRouter, RutaAPI, LiteLLM). */
  readonly gateway?: boolean
  /** Runs on the user's machine (Ollama, LM Studio, vLLM): plain http to loopback is fine. */
  readonly local?: boolean
  /**
   * A local server's usual compose service or container names (`ollama`): `http://ollama:11434` names the server, not
   * only its default port.
   */
  readonly serviceNames?: readonly string[]
  /**
   * Any account can make the API host relay requests to a server of its own (Cloudflare AI Gateway's custom
   * providers), so the host alone does not say who receives a key: probes need it listed in `probe-hosts`.
   */
  readonly relaysAnywhere?: boolean
  readonly sources: readonly string[]
}

/** What a host is, according to the registry. */
export interface HostMatch {
  readonly provider: Provider
  /** `api` when the host serves the API, otherwise the role of the non-API host, or `lookalike`. */
  readonly role: 'api' | NonApiRole | 'lookalike' | 'retired'
  /** A lookalike's owner. */
  readonly owner?: string
  /** When a retired API host stopped answering. */
  readonly retiredOn?: string
  /** A local server found by a service name of its own on its default port (`ollama:11434`), not by the port alone. */
  readonly named?: boolean
}

/** A key token recognised by format. */
export interface KeyMatch {
  readonly provider: Provider
  readonly format: KeyFormat
}

/** A key token found in free text, with its 0-based, end-exclusive offsets. */
export interface TextKeyMatch extends KeyMatch {
  readonly token: string
  readonly start: number
  readonly end: number
  /** `provider` is only the usual owner of a shape others share: nothing around the token named the provider. */
  readonly byShape?: true
}

/** Whose a shared-shape token is, as its context tells (`engine/key-context.ts`). */
export interface KeyAttribution {
  readonly provider: Provider
  /** Neither the name it is assigned to nor a host nearby named the provider: `provider` is the shape's usual owner. */
  readonly byShape?: true
}

/** The registry plus the questions rules ask it. Built once from the data and the config's extra providers. */
export interface ProviderCatalog {
  readonly providers: readonly Provider[]
  byId(id: string): Provider | undefined
  /** Lower-cased host, no port. */
  byHost(host: string): HostMatch | undefined
  /**
   * Like `byHost`, for a whole URL (scheme optional): also applies `sharedWithWebsite`, so `https://openrouter.ai`
   * is the marketing site while `https://openrouter.ai/api/v1` is the API. Pass the effective request URL.
   */
  byUrl(url: string): HostMatch | undefined
  /** The value as a whole is a key of a known format (unique formats first). */
  identifyKey(value: string): KeyMatch | undefined
  /**
   * Every token in `text` of a format found anywhere (unique prefixes, structural signatures); placeholders
   * excluded. Hot path: keep it fast.
   */
  scanText(text: string): TextKeyMatch[]
  /**
   * Tokens of shapes other things share (`sk-` + 48, UUIDs, 32 hex) that `judge` accepts: it reads the
   * text around a candidate and returns whose it is, or undefined when it is no LLM credential
   * (`engine/key-context.ts`). Placeholders and `scanText`'s tokens excluded.
   */
  scanForContext(text: string, judge: (candidate: TextKeyMatch) => KeyAttribution | undefined): TextKeyMatch[]
  /** `scanText`'s tokens and `scanForContext`'s, in order, from one pass over the text for both. */
  scanKeys(text: string, judge: (candidate: TextKeyMatch) => KeyAttribution | undefined): TextKeyMatch[]
  /** `YOUR_RUTAAPI_KEY`, `sk-xxxx…`, `<api-key>`, `changeme`, `${VAR}`, `user_provided`, `sk-...DTMA`, runs, empty… */
  isPlaceholder(value: string): boolean
  /** An opaque value that looks random enough to be a real credential (length and entropy). */
  looksLikeSecret(value: string): boolean
}
