/** Client profiles: which variables an app reads and how it turns a base URL into a request URL. */
import type { ApiFamily } from '../providers/types.js'

export type { ApiFamily }

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

/**
 * The request protocol a variable speaks. A provider serves one or more families, each at its own root
 * (`Provider.apiRoot` for `openai`, `Provider.apis` for the others); a fix never switches family.
 */

/**
 * A different reading of the same variable, chosen by its value or by a sibling field: LobeChat routes
 * `MOONSHOT_PROXY_URL=…/anthropic` to its Anthropic runtime; Continue's `provider: ollama` makes `apiBase`
 * a native Ollama root.
 */
export interface BaseUrlVariant {
  /** The value's path ends with this (case-insensitive, trailing `/` ignored). */
  readonly pathEndsWith?: string
  /** A sibling field of the same list item has this value (`provider: anthropic`). */
  readonly sibling?: { readonly name: string; readonly equals: readonly string[] }
  readonly family: ApiFamily
  readonly convention: JoinConvention
  readonly chatPath: string
  readonly normalize?: BaseUrlVar['normalize']
  readonly provider?: string
  readonly defaultUrl?: string
  /** The value is the chat endpoint itself (LibreChat `directEndpoint: true`), not a base. */
  readonly fullEndpoint?: boolean
}

/** A variable (or config field) holding a base URL, and what the client appends to it for a chat request. */
export interface BaseUrlVar {
  readonly name: string
  readonly convention: JoinConvention
  /** The protocol the client speaks through this variable. */
  readonly family: ApiFamily
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
   * - `nextchat`: prefixes `https://` unless the value starts with `http`, strips one trailing `/`
   *   (`app/api/common.ts`);
   * - `sdk`: drops one `/` where base and path meet (openai-node and anthropic-sdk `buildURL`);
   * - `none`: appends as written (Codex `format!("{base_url}/…")`, Open WebUI list entries);
   * - `adds-v1-if-missing`: appends `/v1` unless the value already contains `/v1` (chatgpt-web since 2024-03).
   */
  readonly normalize?: 'nextchat' | 'sdk' | 'none' | 'adds-v1-if-missing'
  /**
   * Tails the client cuts off before appending `chatPath`, first match only: LobeChat's Anthropic runtime cuts
   * `/v1/messages` and `/v1`; LibreChat's `extractBaseURL` turns `…/v1/chat/completions` back into `…/v1`.
   */
  readonly strips?: readonly { readonly tail: string; readonly keep?: string }[]
  /**
   * The name alone does not say "LLM" (`BASE_URL`, `*_BASE_URL` in the unknown-client guess): the setting is
   * judged only next to an LLM key or model of its stem, or when it points at a known provider.
   */
  readonly generic?: boolean
  /** Values that are not URLs but that the client understands (Open WebUI `OLLAMA_BASE_URL=/ollama`). */
  readonly sentinels?: readonly string[]
  /** NextChat rewrites Cloudflare AI Gateway URLs for this variable (`BASE_URL`, `AZURE_URL`, `ANTHROPIC_URL` only). */
  readonly cloudflareRewrite?: boolean
  /** A fork rewrites Cloudflare AI Gateway URLs with code of its own, which is not modelled: such values are not judged. */
  readonly forkRewrite?: boolean
  /** The value is the chat endpoint itself, posted to as given (LibreChat `directEndpoint: true`). */
  readonly fullEndpoint?: boolean
  /** Other readings selected by the value or a sibling field; the first that applies wins. */
  readonly variants?: readonly BaseUrlVariant[]
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

/**
 * A flag the client reads as "set or not", or compares exactly: the obvious value may do the opposite
 * (NextChat `HIDE_USER_API_KEY=false` hides the key field, because any non-empty value counts).
 */
export interface FlagVar {
  readonly name: string
  /**
   * `non-empty`: any non-empty value is on (`!!process.env.X`); `equals`: on only for `value` (NextChat
   * `ENABLE_MCP === "true"`); `not-equals`: on unless it is `value` (LobeChat `ENABLED_OLLAMA !== '0'`).
   */
  readonly reads: 'non-empty' | 'equals' | 'not-equals'
  readonly value?: string
  /** The comparison ignores case (Open WebUI `.lower() == 'true'`). */
  readonly ignoreCase?: boolean
  /** What "on" does, for messages: `hides the user API key field`. */
  readonly whenOn: string
  readonly source: string
  /**
   * The expression the client's own server config reads the flag with (`!!process.env.HIDE_USER_API_KEY`), when that
   * config may be in the repository (a NextChat fork's `app/config/server.ts`): a copy without it reads the flag its own
   * way, which is not known here, so the flag is no trap there.
   */
  readonly expression?: string
}

/** A variable the client ignores whenever another one is set (Open WebUI `OPENAI_API_BASE_URL` under `OPENAI_API_BASE_URLS`). */
export interface ShadowedVar {
  readonly name: string
  readonly shadowedBy: string
  readonly source: string
}

/** A name people set that the client does not read. */
export interface UnusedVar {
  readonly name: string
  /** The name the client does read, when there is one. */
  readonly replacement?: string
  readonly reason: string
  /**
   * The day the client stopped reading the name (`2024-09-19`), for names older versions read: a deployment
   * pinned to such a version reads it still, so the finding is a note, not a warning.
   */
  readonly droppedOn?: string
  /**
   * A name the SDK itself does not read but apps often read in their own code and pass to it as the base URL
   * (`OPENAI_API_BASE`, which LangChain's ChatOpenAI reads too): whether it has an effect depends on code the linter
   * does not read, so the finding is a note with no rename, and the value is still judged as a base URL.
   */
  readonly readByApps?: boolean
}

/** Evidence in a repository that it deploys this client. */
export interface ClientFingerprint {
  /** `package-dependency`: a dependency in package.json or requirements.txt (`openai`, `@anthropic-ai/sdk`). */
  readonly type: 'package-name' | 'package-dependency' | 'path-constant' | 'docker-image' | 'file-present'
  /** A RegExp source matched against the fingerprint value. */
  readonly pattern: string
  /**
   * Counts only when the repository also holds one of these: a name that says which project a folder comes from
   * but not that the code which reads the variables is that project's (chatgpt-web's root package is its Vue front
   * end; its `service/` reads the variables, and a rewrite may keep the name and drop the service).
   */
  readonly confirmedBy?: readonly { readonly type: ClientFingerprint['type']; readonly pattern: string }[]
}

/**
 * What the client's own project publishes: a container that runs one of these images runs the very code the profile
 * was read from, so the profile lists every variable it reads. A fork's source may read more (it is not this code).
 */
export interface UpstreamBuild {
  /** Image names as fingerprints hold them (lower case, no registry `docker.io/`, tag or digest). */
  readonly images: readonly string[]
  /** Where the images and the completeness of the variable list were read. */
  readonly source: string
  /**
   * A flag under which the client hands its whole environment to programs of the user's choice (NextChat's MCP
   * servers): with it on, a name the client does not read may still be read by one of them.
   */
  readonly passesEnvWhen?: string
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
  readonly flags?: readonly FlagVar[]
  readonly shadowed?: readonly ShadowedVar[]
  readonly fingerprints: readonly ClientFingerprint[]
  /** The images the client's project publishes, when its variable list is known to be complete for them. */
  readonly upstream?: UpstreamBuild
  /**
   * An SDK inside an app: the app's own code may hand the SDK a base URL or key itself (`OpenAI(base_url=…)`), so what
   * the SDK does with its variables unset is a guess about the app.
   */
  readonly inApp?: boolean
  /**
   * A fork's own file that decides who may spend the server's keys, when it is none of upstream's versions (a NextChat
   * fork's `app/api/auth.ts` or provider route): the gate the client's rules rely on (NextChat's `CODE`) is not known.
   */
  readonly forkGate?: string
  readonly sources: readonly string[]
}

/**
 * How a scope's client was chosen, strongest first:
 * - `file-kind`: a client config file (librechat.yaml, `.continue/`, `.codex/config.toml`, `.claude/settings.json`);
 * - `image`: the scope's own container image (a compose service, a Kubernetes container);
 * - `configured`: the config file's `client:`;
 * - `manifest`: the nearest app manifest or source marker in the scope's folder or a parent;
 * - `repository`: evidence elsewhere in the repository (a fallback: the scope's own folders say nothing);
 * - `default`: nothing at all; the SDK convention is assumed.
 */
export type ClientBasis = 'file-kind' | 'image' | 'configured' | 'manifest' | 'repository' | 'default'

/** The client chosen for a scope, and why. */
export interface DetectedClient {
  readonly profile: ClientProfile
  readonly how: ClientBasis
  /** The facts behind the choice: `docker-image lobehub/lobe-chat in docker-compose.yml`. */
  readonly evidence?: string
  /**
   * `known` when the choice rests on evidence about this scope (or on the config); `guessed` for the
   * default and for a repository fallback where the evidence disagrees. Findings that depend on the
   * client are at most warnings when guessed.
   */
  readonly confidence: 'known' | 'guessed'
  /**
   * The upstream image the scope's own container runs (`yidadaa/chatgpt-next-web`, one of `profile.upstream.images`,
   * pulled, not built from the repository): the scope is read by exactly the profile's variables. Unset for every
   * other basis, a fork's source or image included.
   */
  readonly upstreamImage?: string
}

/** The URL a client will really call for a chat request, and how it was built. */
export interface EffectiveUrl {
  /** Full request URL: `https://api.rutaapi.com/v1/v1/chat/completions`. */
  readonly url: string
  /** The base after the client's own normalisation (scheme added, one trailing slash removed). */
  readonly base: string
  readonly chatPath: string
}
