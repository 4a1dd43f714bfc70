/**
 * The classification table: what an answer (or a failure to get one) means, in plain words, with the next step.
 * Data only; `classify.ts` evaluates it in order and the first case whose signature matches wins.
 * Sources: providers.md §4 (error bodies), §5 (probe safety), §7 (the table this one grows from), and the
 * one-api / new-api messages quoted there (Chinese by default; current new-api localises, so both are listed).
 *
 * Texts use `{{placeholders}}` filled by `caseData` (describe.ts): key (masked), host, url, path, method, answer
 * (`HTTP 401, invalid_api_key` or the failure code), detail (the provider's message, scrubbed), model, count,
 * suggestions, location, title, contentType, timeout, retryAfter, keyProvider, hostProvider, apiRoot, reason.
 * A finding's message is the explanation and its tip the next step: each one clause, lower-case start, no final full stop.
 */
import type { Severity } from '../core/types.js'
import type { Outcome, ProbeRuleId, StepKind, TransportFailure } from './types.js'

/** A status, or a class of them. */
export type StatusPattern = number | '2xx' | '3xx'

/** Conditions on one observation; all given ones must hold. */
export interface CaseSignature {
  readonly failure?: readonly TransportFailure[]
  readonly status?: readonly StatusPattern[]
  readonly step?: readonly StepKind[]
  /** Any of these equals one of the body's error codes, types or reasons (case-insensitive). */
  readonly codes?: readonly string[]
  /** Tested on the provider's message (or a plain-text body). */
  readonly message?: RegExp
  readonly html?: boolean
  readonly json?: boolean
  readonly header?: { readonly name: string; readonly value: RegExp }
  /** The registry id of the host's provider is one of these. */
  readonly hostProvider?: readonly string[]
  /** The key's format names another provider than the host's. */
  readonly keyMismatch?: boolean
  /** The answer carries the one-api / new-api fingerprint. */
  readonly oneApi?: boolean
  /** The request path contains `/v1/v1`. */
  readonly doubleVersion?: boolean
  /** A redirect whose `location` is on another host. */
  readonly crossHost?: boolean
  readonly modelsList?: boolean
  readonly chatReply?: boolean
  /** A JSON error in the body. */
  readonly bodyError?: boolean
}

export interface ProbeCase {
  /** camelCase; the finding's message id and the anchor in the rule's docs. */
  readonly id: string
  /** The subject the case speaks about, and so the rule of its finding. */
  readonly rule: ProbeRuleId
  readonly outcome: Outcome
  /** Further subjects the same answer settles with the same outcome (a chat reply proves key and route). */
  readonly alsoSettles?: readonly ProbeRuleId[]
  readonly explanation: string
  readonly nextStep: string
  /** Transient: worth another attempt after the server's retry-after (or a backoff). */
  readonly retry?: boolean
  /** Later steps still tell something after this answer; by default only a verified answer lets the probe go on. */
  readonly proceed?: boolean
  /** Overrides the severity that follows from the outcome. */
  readonly severity?: Severity
}

export interface HttpCase extends ProbeCase {
  /** Alternatives: the case matches when any signature matches. */
  readonly when: readonly CaseSignature[]
}

/** Providers whose models list needs no key (OpenRouter), so listing proves the route but not the key. */
export const PUBLIC_MODEL_LISTS: readonly string[] = ['openrouter']

/** Model name for the free chat probe: no provider has it, so a valid key gets "no such model" and nothing is billed. */
export const MADE_UP_MODEL = 'llm-env-lint-probe-no-such-model'

const NO_CREDIT_CODES = [
  'insufficient_quota',
  'credit_balance_exhausted',
  'organization_spend_limit_exceeded',
  'project_spend_limit_exceeded',
  'organization_usage_limit_exceeded',
  'billing_error',
  'insufficient_user_quota',
  'pre_consume_token_quota_failed'
]

const NO_CREDIT_MESSAGE =
  /额度不足|预扣费额度失败|余额不足|credit balance is too low|used all available credits|spending limit|insufficient (balance|credits?|quota)|exceeded your current quota|arrearage/i

const MODEL_WORDS = /model|模型|渠道|channel/i

/** Ordered: the first case with a matching signature wins. */
export const HTTP_CASES: readonly HttpCase[] = [
  // No answer at all.
  {
    id: 'dnsFailure',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['dns'] }],
    explanation: '{{host}} does not resolve ({{answer}})',
    nextStep: 'check the host name for typos; a localhost or internal name cannot be reached from the runner'
  },
  {
    id: 'tlsFailure',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['tls'] }],
    explanation: 'the TLS handshake with {{host}} failed ({{answer}}), so the key was not sent',
    nextStep: 'check the host name: its certificate does not match it or is not trusted'
  },
  {
    id: 'connectionRefused',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['refused'] }],
    explanation: '{{host}} refused the connection ({{answer}})',
    nextStep: 'check the host and port: nothing is listening there'
  },
  {
    id: 'connectionReset',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['reset'] }],
    explanation: 'the connection to {{host}} was reset before an answer arrived ({{answer}})',
    nextStep: 'retry later; if it keeps happening, a proxy or firewall in front of the API is dropping requests'
  },
  {
    id: 'timeout',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['timeout'] }],
    explanation: 'no answer from {{host}} within {{timeout}}',
    nextStep: 'retry later; an API that hangs for the probe also hangs the app'
  },
  {
    id: 'budgetExhausted',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['budget'] }],
    explanation: 'the overall probe budget ran out before {{host}} answered',
    nextStep: 'retry later, or probe fewer deployments per run: the budget is six times probe-timeout, and at least 60 s'
  },
  {
    id: 'networkFailure',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ failure: ['unreachable', 'network'] }],
    explanation: '{{host}} could not be reached ({{answer}})',
    nextStep: "check the host name and the runner's network"
  },

  // Answers that are not from the API at all.
  {
    id: 'cloudflareChallenge',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ header: { name: 'cf-mitigated', value: /challenge/i } }],
    explanation: '{{host}} answered with a Cloudflare bot challenge instead of the API ({{answer}})',
    nextStep: 'not a key problem: ask the provider to exempt API traffic from the challenge'
  },
  {
    id: 'redirectElsewhere',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ status: ['3xx'], crossHost: true }],
    explanation: '{{url}} redirects to another host ({{location}}); the redirect was not followed, so the key was not sent there',
    nextStep: 'if that host serves the API, use it in the base URL'
  },
  {
    id: 'redirect',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ status: ['3xx'] }],
    explanation: '{{url}} redirects to {{location}}, as a dashboard or login page does',
    nextStep: "use the provider's API root as the base URL"
  },
  {
    id: 'webPage',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: ['2xx', 404, 405], html: true }],
    explanation: '{{url}} answered with a web page ({{answer}}{{title}}), not the API: the base URL is a website, a dashboard or has a wrong prefix',
    nextStep: 'use the API root, {{apiRoot}}'
  },
  {
    id: 'chatAppNotApi',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: [401, 403], message: /empty access code|wrong access code|not allowed to access with your own api key|you are not allowed to request/i }],
    explanation: '{{host}} is a NextChat deployment, not a provider API ({{detail}})',
    nextStep: 'point the base URL at the provider or gateway, not at a chat app'
  },

  // Wrong paths.
  {
    id: 'doubleVersion',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: [404], doubleVersion: true }, { status: [404], message: /Invalid URL \([A-Z]+ [^)]*\/v1\/v1[/)]/ }],
    explanation: 'the request path has /v1 twice ({{path}}), so the API answers 404',
    nextStep: 'remove the trailing /v1 from the base URL: NextChat-style clients add /v1 themselves'
  },
  {
    id: 'wrongPath',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: [404], message: /^Invalid URL \(/ }],
    explanation: '{{host}} has no API at {{path}} ({{detail}})',
    nextStep:
      "check the base URL's path prefix: some APIs live under /openai/v1 (Groq), /inference/v1 (Fireworks), /api/paas/v4 (Zhipu) or /api/v3 (Ark)"
  },
  {
    id: 'methodNotAllowed',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: [405] }],
    explanation: '{{url}} does not accept {{method}} ({{answer}}): the base URL looks like a full endpoint',
    nextStep: 'use the API root, without /chat/completions'
  },
  {
    id: 'notImplemented',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: [501] }],
    explanation: '{{host}} does not implement {{path}} ({{answer}})',
    nextStep: 'use a client route the gateway supports, or another gateway'
  },

  // The key, and gateway tokens.
  {
    id: 'restrictedKey',
    rule: 'probe-key',
    outcome: 'indeterminate',
    proceed: true,
    when: [{ status: [401, 403], step: ['models'], message: /missing scopes?:/i }],
    explanation: 'the key may not list models ({{detail}}): it is a restricted key or token',
    nextStep: 'nothing to fix if it may chat; the chat probe decides'
  },
  {
    id: 'keyLacksScope',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [401, 403], step: ['chat-free', 'chat-real'], message: /missing scopes?:|insufficient permissions/i }],
    explanation: 'the key may not send chat requests ({{detail}})',
    nextStep: 'give the key the permission to call models (for OpenAI: model.request, or all permissions)'
  },
  {
    id: 'tokenExhausted',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [401, 403], message: /额度已用尽|quota (is )?(exhausted|used up)/i }],
    explanation: 'the gateway token {{key}} has used up its quota ({{answer}})',
    nextStep: "raise the token's quota in the gateway's dashboard, or create a new token"
  },
  {
    id: 'tokenExpired',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [401], message: /令牌已过期|token (has )?expired/i }],
    explanation: 'the gateway token {{key}} has expired ({{answer}})',
    nextStep: "extend it or create a new token in the gateway's dashboard"
  },
  {
    id: 'tokenDisabled',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [401], message: /状态不可用|token (is )?disabled/i }],
    explanation: 'the gateway token {{key}} is disabled ({{answer}})',
    nextStep: "enable it or create a new token in the gateway's dashboard"
  },
  {
    id: 'madeUpModelRefused',
    rule: 'probe-key',
    outcome: 'verified',
    alsoSettles: ['probe-route'],
    when: [
      { step: ['chat-free'], status: [400, 403, 404, 422, 503], codes: ['model_not_found', 'not_found_error', 'invalid_model'] },
      { step: ['chat-free'], status: [400, 403, 404, 422, 503], message: MODEL_WORDS },
      { step: ['chat-free'], status: [401], message: /not allowed to access model/i }
    ],
    explanation: '{{host}} accepted the key and the route, and refused a made-up model name as expected ({{answer}})',
    nextStep: 'nothing to do'
  },
  {
    id: 'modelForbidden',
    rule: 'probe-model',
    outcome: 'rejected',
    when: [
      { status: [401, 403], message: /无权使用模型|no access to model|not allowed to use .* model|not allowed to access model|can only access models/i },
      { status: [403], codes: ['token_model_forbidden', 'distributor.token_model_forbidden'] }
    ],
    explanation: 'the key may not use {{model}} ({{detail}})',
    nextStep: 'allow the model for this key in the dashboard, or configure a model it allows'
  },
  {
    id: 'ipNotAllowed',
    rule: 'probe-key',
    outcome: 'indeterminate',
    when: [{ status: [401, 403], message: /IP 不在|指定网段|ip (address )?(is )?not (authorized|allowed)|not in the (ip )?allow ?list/i }],
    explanation: 'the provider accepts this key only from certain IP addresses, and the runner is not one of them ({{answer}})',
    nextStep: "nothing to fix if the app's server is allowed; to probe from CI, allow the runner's addresses"
  },
  {
    id: 'keyProviderMismatch',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [
      { status: [401, 403], keyMismatch: true },
      { status: [400], keyMismatch: true, codes: ['API_KEY_INVALID'] },
      { status: [400], keyMismatch: true, message: /incorrect api key|api key not valid/i }
    ],
    explanation: '{{host}} rejected {{key}}, a {{keyProvider}} key: the key and the base URL belong to different providers ({{answer}})',
    nextStep: 'use a {{hostProvider}} key with this base URL, or the base URL of {{keyProvider}}'
  },
  {
    id: 'gatewayTokenRejected',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [401], oneApi: true }],
    explanation: 'the gateway rejected the token {{key}} ({{answer}}): it is unknown, disabled, expired or out of quota',
    nextStep: "check the token in the gateway's dashboard (new-api gives the same answer in all four cases) and that it was issued by this gateway"
  },
  {
    id: 'keyRejected',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [
      { status: [401] },
      { status: [400], codes: ['API_KEY_INVALID'] },
      { status: [400, 403], message: /incorrect api key|api key not valid|invalid api key/i },
      { status: [404], step: ['models'], hostProvider: ['anthropic'] }
    ],
    explanation: '{{host}} rejected the key {{key}} ({{answer}}): it is wrong, revoked, or belongs to another provider',
    nextStep: "create a key where the base URL's provider issues them, store it as a secret, and keep key and base URL from the same provider"
  },
  {
    id: 'noCredits',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [402] }, { status: [400, 403, 429], codes: NO_CREDIT_CODES }, { status: [400, 403, 429], message: NO_CREDIT_MESSAGE }],
    explanation: 'the account behind {{key}} has no credits left or reached its spend limit ({{answer}})',
    nextStep: "add credits or raise the limit in the provider's billing settings; retrying will not help"
  },
  {
    id: 'regionUnsupported',
    rule: 'probe-key',
    outcome: 'indeterminate',
    when: [{ status: [403], codes: ['unsupported_country_region_territory'] }],
    explanation: "{{host}} does not serve the runner's region ({{answer}})",
    nextStep: "nothing to fix if the app's server is in a supported region"
  },
  {
    id: 'accountBanned',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [401, 403], message: /封禁|banned/i }],
    explanation: 'the account behind {{key}} is banned ({{answer}})',
    nextStep: 'contact the provider'
  },
  {
    id: 'permissionDenied',
    rule: 'probe-key',
    outcome: 'rejected',
    when: [{ status: [403] }],
    explanation: '{{host}} refused the key {{key}} ({{answer}}): it exists but lacks permission, or the account has no credits',
    nextStep: "check the key's permissions, project and model access, and the account's credits"
  },

  // The model.
  {
    id: 'noChannel',
    rule: 'probe-model',
    outcome: 'rejected',
    when: [
      { step: ['chat-real'], status: [503], message: /无可用渠道|no available channel/i },
      { step: ['chat-real'], status: [503], codes: ['model_not_found'] }
    ],
    explanation: "the gateway has no channel serving {{model}} for this key's group ({{answer}})",
    nextStep: 'configure a model GET /models lists for this key, or ask the gateway to enable {{model}} for your group'
  },
  {
    id: 'modelNotFound',
    rule: 'probe-model',
    outcome: 'rejected',
    when: [
      { step: ['chat-real'], status: [400, 404], codes: ['model_not_found', 'DeploymentNotFound', 'invalid_model'] },
      { step: ['chat-real'], status: [404], message: /model.*(does not exist|not found)|no such model/i },
      { step: ['chat-real'], status: [400], message: /not a valid model|invalid model/i },
      { step: ['chat-real'], status: [404], codes: ['not_found_error'] }
    ],
    explanation: '{{host}} does not offer {{model}} to this key ({{answer}})',
    nextStep: 'configure one of the ids GET /models returns for this key'
  },

  // Temporary trouble.
  {
    id: 'upstreamSaturated',
    rule: 'probe-route',
    outcome: 'indeterminate',
    retry: true,
    when: [{ status: [429, 503], message: /上游负载已饱和|upstream.*saturated/i }, { status: [429], codes: ['channel.upstream_saturated'] }],
    explanation: "the gateway's upstream for this key's group is saturated ({{answer}}): temporary trouble on the gateway's side",
    nextStep: 'retry later; ask the gateway if it persists'
  },
  {
    id: 'rateLimited',
    rule: 'probe-key',
    outcome: 'indeterminate',
    retry: true,
    when: [{ status: [429] }],
    explanation: '{{host}} rate-limited the probe ({{answer}}{{retryAfter}})',
    nextStep: "retry later, or raise the account's rate limit"
  },
  {
    id: 'overloaded',
    rule: 'probe-route',
    outcome: 'indeterminate',
    retry: true,
    when: [
      { status: [529] },
      { status: [503], codes: ['overloaded_error', 'server_is_overloaded', 'slow_down'] },
      { status: [503], message: /overload/i }
    ],
    explanation: '{{host}} is overloaded ({{answer}})',
    nextStep: 'retry later: this is temporary, not a configuration problem'
  },
  {
    id: 'unavailable',
    rule: 'probe-route',
    outcome: 'indeterminate',
    retry: true,
    when: [{ status: [503] }],
    explanation: '{{host}} is temporarily unavailable ({{answer}})',
    nextStep: 'retry later; if it persists, ask the provider which route or model is down'
  },
  {
    id: 'serverError',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ status: [500, 502, 504] }],
    explanation: '{{host}} failed with a server error ({{answer}})',
    nextStep: 'retry later; if it persists, send the support block to the provider'
  },
  {
    id: 'tokenLimitRefused',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [
      { status: [400], codes: ['unsupported_parameter'], message: /max_(completion_)?tokens/ },
      { status: [400], message: /max_completion_tokens/ }
    ],
    explanation: '{{host}} refused the one-token limit of the probe ({{detail}})',
    nextStep: 'nothing to fix in the configuration; the probe could not ask for a one-token answer'
  },

  // Success, and 2xx answers that are not what an API sends.
  {
    id: 'publicModelsListed',
    rule: 'probe-route',
    outcome: 'verified',
    proceed: true,
    when: [{ status: ['2xx'], step: ['models'], modelsList: true, hostProvider: PUBLIC_MODEL_LISTS }],
    explanation: '{{host}} listed {{count}} models; its list needs no key, so the chat probe checks the key',
    nextStep: 'nothing to do'
  },
  {
    id: 'modelsListed',
    rule: 'probe-key',
    outcome: 'verified',
    alsoSettles: ['probe-route'],
    when: [{ status: ['2xx'], step: ['models'], modelsList: true }],
    explanation: '{{host}} accepted the key and listed {{count}} models',
    nextStep: 'nothing to do'
  },
  {
    id: 'chatReplied',
    rule: 'probe-route',
    outcome: 'verified',
    alsoSettles: ['probe-key', 'probe-model'],
    when: [{ status: ['2xx'], step: ['chat-real'], chatReply: true }],
    explanation: '{{model}} answered through {{url}}',
    nextStep: 'nothing to do'
  },
  {
    id: 'madeUpModelAnswered',
    rule: 'probe-key',
    outcome: 'verified',
    alsoSettles: ['probe-route'],
    when: [{ status: ['2xx'], step: ['chat-free'], chatReply: true }],
    explanation: '{{host}} answered even for a made-up model name: it maps unknown names to a default model',
    nextStep: 'nothing to fix; the gateway may have billed a one-token answer'
  },
  {
    id: 'errorInSuccess',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ status: ['2xx'], bodyError: true }],
    explanation: '{{host}} answered {{answer}} with an error in the body ({{detail}})',
    nextStep: 'retry later; send the support block to the provider if it persists'
  },
  {
    id: 'notJson',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: ['2xx'], json: false }],
    explanation: '{{url}} answered {{answer}} with something that is not JSON ({{contentType}}): not an OpenAI-compatible API',
    nextStep: 'use the API root, {{apiRoot}}'
  },
  {
    id: 'unexpectedJson',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ status: ['2xx'] }],
    explanation: '{{url}} answered JSON that is neither a models list nor a chat reply',
    nextStep: 'check that the base URL is the root of an OpenAI-compatible API'
  },

  // Everything else.
  {
    id: 'noModelsList',
    rule: 'probe-model',
    outcome: 'indeterminate',
    proceed: true,
    when: [{ step: ['models'], status: [400, 404] }],
    explanation: '{{host}} offers no models list at {{path}} ({{answer}}), so the configured models could not be checked',
    nextStep: 'nothing to fix if chat works; the chat probe checks the route'
  },
  {
    id: 'badRequest',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{ status: [400, 422] }],
    explanation: '{{host}} refused the probe request ({{answer}}: {{detail}})',
    nextStep: 'check the base URL and the model; send the support block to the provider if the app fails the same way'
  },
  {
    id: 'notFound',
    rule: 'probe-route',
    outcome: 'rejected',
    when: [{ status: [404] }],
    explanation: '{{url}} does not exist ({{answer}})',
    nextStep: "check the base URL's path"
  },
  {
    id: 'unexpectedAnswer',
    rule: 'probe-route',
    outcome: 'indeterminate',
    when: [{}],
    explanation: '{{host}} answered {{answer}}, which the probe cannot interpret ({{detail}})',
    nextStep: 'send the support block to the provider if the app fails too'
  }
]

/** The base URL's host may not receive the key ({@link isProbeAllowed}): nothing was sent. */
export const HOST_NOT_ALLOWED: ProbeCase = {
  id: 'hostNotAllowed',
  rule: 'probe-route',
  outcome: 'indeterminate',
  severity: 'warning',
  explanation: 'the key was not sent to {{host}}: {{reason}}',
  nextStep: 'if you trust {{host}} with the key, add it to probe-hosts'
}

/** Checked before any request: such a key cannot be sent in a header at all. */
export const KEY_MALFORMED: ProbeCase = {
  id: 'keyMalformed',
  rule: 'probe-key',
  outcome: 'rejected',
  explanation: 'the key {{key}} contains spaces, line breaks or other characters no API key has',
  nextStep: 'store the key without quotes, spaces or line breaks'
}

export const MODEL_LISTED: ProbeCase = {
  id: 'modelListed',
  rule: 'probe-model',
  outcome: 'verified',
  explanation: '{{host}} lists {{model}} for this key',
  nextStep: 'nothing to do'
}

export const MODEL_MISSING: ProbeCase = {
  id: 'modelMissing',
  rule: 'probe-model',
  outcome: 'rejected',
  explanation: '{{model}} is not among the {{count}} models {{host}} lists for this key{{suggestions}}',
  nextStep: 'configure one of the listed ids exactly as written'
}

/** Every case, for rule metadata and docs. */
export const ALL_CASES: readonly ProbeCase[] = [...HTTP_CASES, HOST_NOT_ALLOWED, KEY_MALFORMED, MODEL_LISTED, MODEL_MISSING]
