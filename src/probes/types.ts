/**
 * Shapes shared by the live probes: what goes over the wire, what came back, and what it means.
 * Nothing here holds a key except {@link ProbeTarget.key}; every other field is safe to print.
 */
import type { Entry, Span } from '../core/types.js'
import type { AuthScheme, KeyMatch, Provider } from '../providers/types.js'

/** trufflehog's three states: the provider said yes, said no, or could not be asked. */
export type Outcome = 'verified' | 'rejected' | 'indeterminate'

/** The finding rules a probe can produce. */
export type ProbeRuleId = 'probe-key' | 'probe-model' | 'probe-route'

/**
 * Which request a step sends: the models list, a chat request for a made-up model (free: the provider
 * refuses the model after it accepted the key), or a real one-token completion (`probe-chat`).
 */
export type StepKind = 'models' | 'chat-free' | 'chat-real'

/** Why no HTTP answer arrived. `budget`: the overall probe budget ran out first. */
export type TransportFailure = 'dns' | 'tls' | 'refused' | 'reset' | 'timeout' | 'unreachable' | 'budget' | 'network'

export interface HttpRequest {
  readonly method: 'GET' | 'POST'
  readonly url: string
  /** Lower-case names. Carries the key: never log or return a request. */
  readonly headers: Readonly<Record<string, string>>
  readonly body?: string
}

export interface HttpLimits {
  readonly timeoutMs: number
  readonly maxBodyBytes: number
  /** Aborts the request when the overall budget runs out. */
  readonly signal?: AbortSignal
}

/** An HTTP answer, whatever its status. Redirects are answers too: they are never followed. */
export interface HttpAnswer {
  readonly kind: 'answer'
  readonly status: number
  /** Lower-case names; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>
  /** UTF-8 text of at most `maxBodyBytes` bytes. */
  readonly body: string
  readonly truncated: boolean
  readonly elapsedMs: number
}

export interface HttpFailure {
  readonly kind: 'failure'
  readonly failure: TransportFailure
  /** The system error code (`ENOTFOUND`, `CERT_HAS_EXPIRED`…); never a header or body. */
  readonly detail: string
  readonly elapsedMs: number
}

export type HttpExchange = HttpAnswer | HttpFailure

/**
 * Sends one request and never throws: every problem becomes an {@link HttpFailure}.
 * Injected so tests can trust a test CA; production uses {@link createNodeTransport} as is.
 */
export type Transport = (request: HttpRequest, limits: HttpLimits) => Promise<HttpExchange>

/** Where findings about a target are reported: usually the key's or the base URL's entry. */
export interface ProbeAnchor {
  readonly file: string
  readonly span: Span
  readonly entry?: Entry
  readonly scope?: string
}

/** One key sent to one route, as a deployment would use it. */
export interface ProbeTarget {
  /** Stable and unique per target: scope id plus key variable, for instance. */
  readonly id: string
  /** The secret. Sent only to hosts {@link isProbeAllowed} accepts. */
  readonly key: string
  /** The base URL as configured (shown in messages and the support block). */
  readonly baseUrl: string
  /** The URL the client really calls for a chat request (`effectiveUrl(base, variable).url`). */
  readonly chatUrl: string
  /**
   * Where to list models. Default: next to `chatUrl` (`…/chat/completions` → `…/models`), or none when the host's
   * provider has no models list; null skips the step.
   */
  readonly modelsUrl?: string | null
  /** The registry's provider for the base URL's host, when known. */
  readonly hostProvider?: Provider
  /** What the key's format says about its provider, when known (`catalog.identifyKey`). */
  readonly keyMatch?: KeyMatch
  /** Auth scheme of the chat route. Default from the URL and host provider ({@link authFor}). */
  readonly auth?: AuthScheme
  /** Configured model ids to look for in the models list (DEFAULT_MODEL, CUSTOM_MODELS, the `model` input). */
  readonly models: readonly string[]
  readonly anchor: ProbeAnchor
}

/** What a probe concluded about one subject (key, model or route). */
export interface Verdict {
  readonly rule: ProbeRuleId
  readonly outcome: Outcome
  /** The classification case; doubles as the finding's message id. */
  readonly caseId: string
  /** Placeholder values for the case's texts; never a key, only its masked form. */
  readonly data: Readonly<Record<string, string>>
  readonly explanation: string
  readonly nextStep: string
  /** The model the verdict is about (model verdicts only). */
  readonly model?: string
  /** Index into {@link ProbeResult.steps} of the request behind the verdict; absent when none was sent. */
  readonly step?: number
}

/** One request a probe sent, as it may be shown: no key, no query string, scrubbed text. */
export interface ProbeStep {
  readonly kind: StepKind
  readonly method: 'GET' | 'POST'
  /** Request URL without query string or credentials. */
  readonly url: string
  /** UTC, ISO 8601. */
  readonly at: string
  readonly attempts: number
  readonly elapsedMs: number
  /** The model the request named (the made-up one for `chat-free`). */
  readonly model?: string
  readonly status?: number
  readonly failure?: TransportFailure
  /** Error code or type from the body (`invalid_api_key`, `model_not_found`), or the system code of a failure. */
  readonly errorCode?: string
  /** The provider's message, scrubbed of key fragments and cut short. */
  readonly message?: string
  readonly requestIds: readonly RequestId[]
  readonly caseId: string
  /** The body that arrived was cut at the size cap. */
  readonly truncated?: boolean
}

export interface ProbeResult {
  readonly target: ProbeTarget['id']
  /** The key as it may be shown: known prefix and last 4 characters. */
  readonly keyMasked: string
  readonly steps: readonly ProbeStep[]
  readonly verdicts: readonly Verdict[]
  /** Model ids the models list returned, when it was read. */
  readonly modelIds?: readonly string[]
}

export interface RequestId {
  /** The header name, or `body` for an id found in the error body. */
  readonly name: string
  readonly value: string
}

/**
 * The support block: what a provider's support asks for when a request fails (time in UTC, model, HTTP status and
 * error code, base URL, request id) and the key's prefix and last 4 characters, never more of it.
 */
export interface SupportInfo {
  /** ISO 8601, UTC. */
  readonly time: string
  /** `POST https://api.example.com/v1/chat/completions`, without query. */
  readonly request: string
  readonly baseUrl: string
  readonly model?: string
  readonly status?: number
  /** The provider's error code or type, or the system code (`ENOTFOUND`) when no answer arrived. */
  readonly errorCode?: string
  /** Why no answer arrived (`dns`, `timeout`…); `errorCode` then holds the system code. */
  readonly failure?: string
  readonly requestIds: readonly RequestId[]
  /** Known prefix and last 4 characters. */
  readonly key: string
  readonly keyProvider?: string
}

/** One live probe as the reports show it: which key went where, and what each check concluded. Never a raw key. */
export interface ProbeSummary {
  /** The key variable (`OPENAI_API_KEY`), or `api-key input` for a target built from the inputs alone. */
  readonly name: string
  /** Where the key is configured (empty for the inputs alone). */
  readonly file: string
  /** The deployment scope's label (`service chatgpt-next-web`), when the key belongs to one. */
  readonly scope?: string
  /** The key as it may be shown: known prefix and last 4 characters. */
  readonly key: string
  readonly baseUrl: string
  /** Rejected when any check is, else indeterminate when any check is, else verified. */
  readonly outcome: Outcome
  readonly checks: readonly ProbeCheck[]
}

/** What one probe concluded about one subject: the key, a configured model, or the chat route. */
export interface ProbeCheck {
  readonly rule: ProbeRuleId
  readonly outcome: Outcome
  readonly explanation: string
  readonly nextStep: string
  /** The model a `probe-model` check is about. */
  readonly model?: string
  /** What a provider's support asks for; present on failed checks that sent a request. */
  readonly support?: SupportInfo
}
