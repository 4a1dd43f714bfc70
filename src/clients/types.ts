/** Client profiles: which variables an app reads and how it turns a base URL into a request URL. */

export type ClientId =
  | 'nextchat'
  | 'chatgpt-web'
  | 'lobechat'
  | 'open-webui'
  | 'librechat'
  | 'continue'
  | 'codex'
  | 'openai-sdk'
  | 'anthropic-sdk'
  | 'claude-code'
  | 'unknown'

/**
 * How a client joins a base URL and a request path.
 * - `host-root`: the client appends the version itself (`/v1/chat/completions`): the base must not end in `/v1`.
 * - `includes-version`: the client appends `/chat/completions`: the base must carry `/v1` or the provider's prefix.
 * - `verbatim`: the value is used as given (Azure deployment URLs and the like); only host checks apply.
 */
export type JoinConvention = 'host-root' | 'includes-version' | 'verbatim'

/** A variable (or config field) holding a base URL, and what the client appends to it for a chat request. */
export interface BaseUrlVar {
  readonly name: string
  readonly convention: JoinConvention
  /** The path appended for a chat request: `/v1/chat/completions`, `/chat/completions`, `/v1/messages`. */
  readonly chatPath: string
  /** The provider the variable is meant for (`openai` for NextChat `BASE_URL`, `anthropic` for `ANTHROPIC_URL`). */
  readonly provider?: string
  /** The variable used when this one is unset (NextChat `ANTHROPIC_URL` falls back to `BASE_URL`). */
  readonly fallback?: string
  /** The URL used when neither this nor its fallback is set. */
  readonly defaultUrl?: string
  /**
   * How the client tidies the value before appending `chatPath` (default `sdk`):
   * - `nextchat`: prefixes `https://` unless the value starts with `http`, strips one trailing `/`,
   *   then rewrites Cloudflare AI Gateway URLs (`app/api/common.ts`, `app/utils/cloudflare.ts`);
   * - `sdk`: drops one `/` where base and path meet (openai-node and anthropic-sdk `buildURL`);
   * - `none`: appends as written (Codex `format!("{base_url}/…")`, chatgpt-web `${OPENAI_API_BASE_URL}/v1`).
   */
  readonly normalize?: 'nextchat' | 'sdk' | 'none'
  /** Separator when the variable holds a list of base URLs (Open WebUI `OPENAI_API_BASE_URLS`: `;`). */
  readonly listSeparator?: ',' | ';'
}

export interface KeyVar {
  readonly name: string
  readonly provider?: string
  /** The base URL variable this key is sent to. */
  readonly baseUrlVar?: string
  /** Separator when the variable holds a list of keys (NextChat `,`, Open WebUI `;`). */
  readonly listSeparator?: ',' | ';'
  /** Whether the client trims spaces around list entries (NextChat yes, LobeChat no). */
  readonly trimsListEntries?: boolean
  /**
   * Whether the client keeps empty list entries (`a,,b`, a trailing comma) and may pick one, sending no
   * key (NextChat yes; LobeChat drops them; Open WebUI pairs them with a URL on purpose).
   */
  readonly keepsEmptyListEntries?: boolean
}

/** A name people set that the client does not read. */
export interface UnusedVar {
  readonly name: string
  /** The name the client does read, when there is one. */
  readonly replacement?: string
  readonly reason: string
}

/** Evidence in a repository that it deploys this client. */
export interface ClientFingerprint {
  /** `package-dependency`: a dependency in package.json or requirements.txt (`openai`, `@anthropic-ai/sdk`). */
  readonly type: 'package-name' | 'package-dependency' | 'path-constant' | 'docker-image' | 'file-present'
  /** A RegExp source matched against the fingerprint value. */
  readonly pattern: string
}

export interface ClientProfile {
  readonly id: ClientId
  readonly name: string
  readonly baseUrlVars: readonly BaseUrlVar[]
  readonly keyVars: readonly KeyVar[]
  /** Variables holding a model name or a model list. */
  readonly modelVars: readonly string[]
  /** Every other variable the client reads (so `env-name-unused` knows what is real). */
  readonly otherVars: readonly string[]
  readonly unusedVars: readonly UnusedVar[]
  readonly fingerprints: readonly ClientFingerprint[]
  readonly sources: readonly string[]
}

/** The client chosen for a repository or scope, and why. */
export interface DetectedClient {
  readonly profile: ClientProfile
  /** `configured` by the config file, `detected` from fingerprints, `file-kind` from the file (librechat.yaml), `default` otherwise. */
  readonly how: 'configured' | 'detected' | 'file-kind' | 'default'
  readonly evidence?: string
}

/** The URL a client will really call for a chat request, and how it was built. */
export interface EffectiveUrl {
  /** Full request URL: `https://api.rutaapi.com/v1/v1/chat/completions`. */
  readonly url: string
  /** The base after the client's own normalisation (scheme added, one trailing slash removed). */
  readonly base: string
  readonly chatPath: string
}
