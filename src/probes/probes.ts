/**
 * One deployment's probe: list the models (key accepted? configured models there?), then the chat route as the
 * client builds it, by default with a made-up model name (free: auth runs first, then the model is refused) or, with
 * `probe-chat`, a real one-token completion. Each answer is classified; the texts explain it.
 */
import type { AuthScheme, Provider } from '../providers/types.js'
import { readAnswer, type AnswerFacts } from './body.js'
import { HOST_NOT_ALLOWED, KEY_MALFORMED, MADE_UP_MODEL, MODEL_LISTED, MODEL_MISSING, type HttpCase } from './cases.js'
import { classify } from './classify.js'
import { isKeyProviderMismatch } from '../providers/key-match.js'
import { caseData, displayUrl, settle, type CaseData, type DescribeContext } from './describe.js'
import { closestModelIds } from './models.js'
import { isProbeAllowed, type ProbePolicy } from './policy.js'
import { cleanDetail, maskSecret } from '../core/redact.js'
import { requestIdsOf } from './support.js'
import type { HttpAnswer, HttpExchange, HttpRequest, ProbeResult, ProbeStep, ProbeTarget, StepKind, Verdict } from './types.js'

/** Sends a request (with retries while `isTransient` says so); the run supplies it. */
export type Sender = (
  request: HttpRequest,
  isTransient: (answer: HttpAnswer) => boolean
) => Promise<{ readonly exchange: HttpExchange; readonly attempts: number }>

export interface ProbeContext {
  readonly policy: ProbePolicy
  readonly send: Sender
  /** Only for texts (`no answer within 10 s`); the sender enforces it. */
  readonly timeoutMs: number
  /** `probe-chat`: a real one-token completion instead of the free made-up-model request. */
  readonly chat: boolean
  readonly clock: () => Date
}

/** Header values cannot hold spaces or control characters; such a key is reported, never sent. */
const SENDABLE_KEY = /^[\x21-\x7e]+$/

/** Probes one target. Never throws for anything the network or the provider does. */
export async function probeTarget(target: ProbeTarget, ctx: ProbeContext): Promise<ProbeResult> {
  const key = target.key.trim()
  const keyMasked = maskSecret(key)
  const described: DescribeContext = { target, key, keyMasked, timeoutMs: ctx.timeoutMs }
  const nothingSent = (verdicts: Verdict[]): ProbeResult => ({ target: target.id, keyMasked, steps: [], verdicts })
  if (!SENDABLE_KEY.test(key)) return nothingSent(settle(KEY_MALFORMED, caseData(described, { method: 'GET', url: target.chatUrl })))

  const modelsUrl = target.modelsUrl !== undefined ? target.modelsUrl : target.hostProvider?.modelsPath === null ? null : modelsUrlFor(target.chatUrl)
  for (const url of modelsUrl ? [modelsUrl, target.chatUrl] : [target.chatUrl]) {
    const permission = isProbeAllowed(url, ctx.policy)
    if (!permission.allowed) {
      return nothingSent(settle(HOST_NOT_ALLOWED, caseData(described, { method: 'GET', url }, { reason: permission.reason })))
    }
  }

  const session = new Session(target, key, described, ctx)
  let listed: readonly string[] | undefined
  if (modelsUrl) {
    const models = await session.step('models', request('GET', modelsUrl, authOf(target, modelsUrl), key))
    if (!models.proceed) return session.result(keyMasked)
    listed = models.facts?.modelIds
    if (listed) session.checkModels(listed, models.data)
  }
  const realModel = ctx.chat ? target.models.find((m) => !listed || listed.includes(m)) : undefined
  if (realModel) await session.chat('chat-real', realModel)
  else await session.chat('chat-free', MADE_UP_MODEL)
  return session.result(keyMasked, listed)
}

/** The steps of one probe and what they concluded; later verdicts on a subject replace earlier ones. */
class Session {
  private readonly steps: ProbeStep[] = []
  private readonly verdicts: Verdict[] = []
  private readonly keyMismatch: boolean

  constructor(
    private readonly target: ProbeTarget,
    private readonly key: string,
    private readonly described: DescribeContext,
    private readonly ctx: ProbeContext
  ) {
    this.keyMismatch = isKeyProviderMismatch(target.keyMatch, target.hostProvider)
  }

  /** Sends one request, records it, and settles what its answer says. */
  async step(kind: StepKind, req: HttpRequest, model?: string): Promise<{ case: HttpCase; facts?: AnswerFacts; data: CaseData; proceed: boolean }> {
    const at = this.ctx.clock().toISOString()
    const judge = (exchange: HttpExchange, facts?: AnswerFacts): HttpCase =>
      classify({ step: kind, url: req.url, exchange, facts, hostProviderId: this.target.hostProvider?.id, keyMismatch: this.keyMismatch })
    const { exchange, attempts } = await this.ctx.send(req, (answer) => judge(answer, readAnswer(answer)).retry === true)
    const facts = exchange.kind === 'answer' ? readAnswer(exchange) : undefined
    const probeCase = judge(exchange, facts)
    const data = caseData(this.described, { method: req.method, url: req.url, exchange, facts }, { model: model ?? '' })
    const index = this.steps.push(this.record({ kind, req, model, at, attempts, exchange, facts, probeCase, data })) - 1
    this.verdicts.push(...settle(probeCase, data, { step: index, ...(model !== undefined && kind === 'chat-real' && { model }) }))
    return { case: probeCase, facts, data, proceed: probeCase.outcome === 'verified' || probeCase.proceed === true }
  }

  /** A chat request; a model that refuses `max_tokens` gets one more try with `max_completion_tokens`. */
  async chat(kind: 'chat-free' | 'chat-real', model: string): Promise<void> {
    const { chatUrl } = this.target
    const auth = authOf(this.target, chatUrl)
    const first = await this.step(kind, request('POST', chatUrl, auth, this.key, chatBody(chatUrl, model, 'max_tokens')), model)
    if (first.case.id === 'tokenLimitRefused' && !isMessagesRoute(chatUrl)) {
      await this.step(kind, request('POST', chatUrl, auth, this.key, chatBody(chatUrl, model, 'max_completion_tokens')), model)
    }
  }

  /** Each configured model is in the list, or missing with the closest ids as suggestions. */
  checkModels(listed: readonly string[], data: CaseData): void {
    const step = this.steps.length - 1
    for (const model of this.target.models) {
      if (listed.includes(model)) {
        this.verdicts.push(...settle(MODEL_LISTED, { ...data, model }, { step, model }))
        continue
      }
      const closest = closestModelIds(model, listed).map((id) => cleanDetail(id, this.key, 80))
      const suggestions = closest.length ? `; closest: ${closest.join(', ')}` : ''
      this.verdicts.push(...settle(MODEL_MISSING, { ...data, model, suggestions }, { step, model }))
    }
  }

  result(keyMasked: string, listed?: readonly string[]): ProbeResult {
    const modelIds = listed?.map((id) => cleanDetail(id, this.key, 200))
    return { target: this.target.id, keyMasked, steps: this.steps, verdicts: latestPerSubject(this.verdicts), ...(modelIds && { modelIds }) }
  }

  private record(step: RecordedStep): ProbeStep {
    const { exchange, facts, req } = step
    const answered = exchange.kind === 'answer'
    const code = answered ? facts?.codes.find((c) => !/^\d+$/.test(c)) : exchange.detail
    return {
      kind: step.kind,
      method: req.method,
      url: displayUrl(req.url),
      at: step.at,
      attempts: step.attempts,
      elapsedMs: exchange.elapsedMs,
      ...(step.model !== undefined && { model: step.model }),
      ...(answered ? { status: exchange.status } : { failure: exchange.failure }),
      ...(code !== undefined && { errorCode: cleanDetail(code, this.key, 60) }),
      ...(facts?.message !== undefined && { message: step.data.detail }),
      requestIds: answered ? requestIdsOf(exchange.headers, facts, this.target.hostProvider, this.key) : [],
      caseId: step.probeCase.id,
      ...(answered && exchange.truncated && { truncated: true })
    }
  }
}

/** Everything known about a request once its answer is classified. */
interface RecordedStep {
  readonly kind: StepKind
  readonly req: HttpRequest
  readonly model: string | undefined
  readonly at: string
  readonly attempts: number
  readonly exchange: HttpExchange
  readonly facts: AnswerFacts | undefined
  readonly probeCase: HttpCase
  readonly data: CaseData
}

/** The last verdict per subject (and per model for model verdicts), in first-seen order. */
function latestPerSubject(verdicts: readonly Verdict[]): Verdict[] {
  const latest = new Map<string, Verdict>()
  for (const verdict of verdicts) latest.set(`${verdict.rule}\u0000${verdict.model ?? ''}`, verdict)
  return [...latest.values()]
}

/**
 * Whether the probe can call `chatUrl`: an OpenAI-compatible `…/chat/completions` or Anthropic `…/messages` route with
 * no placeholder left in it (NextChat's Azure `{deployment}` until CUSTOM_MODELS names one, Gemini's native `{model}`).
 */
export function isProbeableChatUrl(chatUrl: string): boolean {
  if (/[{}]/.test(chatUrl)) return false
  try {
    return /\/(chat\/completions|messages)\/?$/.test(new URL(chatUrl).pathname)
  } catch {
    return false
  }
}

/**
 * The models list next to a chat route: `…/chat/completions` or `…/messages` → `…/models` (query kept: Azure's
 * `api-version`). Azure deployment routes have no such sibling: null.
 */
export function modelsUrlFor(chatUrl: string): string | null {
  const url = new URL(chatUrl)
  const route = /\/(chat\/completions|messages)\/?$/.exec(url.pathname)
  if (!route || url.pathname.includes('/deployments/')) return null
  return `${url.origin}${url.pathname.slice(0, route.index)}/models${url.search}`
}

/**
 * The auth header a client sends along its chat route `chatUrl` (and to `url` on the same API, the models list by
 * default): Azure `api-key`; Anthropic's native route (`…/messages`) `x-api-key`, and its `/models` too; nothing for
 * providers that take no key; Bearer everywhere else (OpenAI-compatible routes).
 */
export function authFor(chatUrl: string, provider?: Provider, url = chatUrl): AuthScheme {
  if (provider?.auth === 'api-key' || provider?.auth === 'none') return provider.auth
  if (isMessagesRoute(chatUrl) || (provider?.id === 'anthropic' && /\/models\/?$/.test(new URL(url).pathname))) return 'x-api-key'
  return 'bearer'
}

const authOf = (target: ProbeTarget, url: string): AuthScheme => target.auth ?? authFor(target.chatUrl, target.hostProvider, url)

const isMessagesRoute = (url: string): boolean => /\/messages\/?$/.test(new URL(url).pathname)

function request(method: 'GET' | 'POST', url: string, auth: AuthScheme, key: string, body?: string): HttpRequest {
  return {
    method,
    url,
    headers: {
      accept: 'application/json',
      // new-api localises its errors; English ones are the ones the table knows best.
      'accept-language': 'en',
      'user-agent': 'llm-env-lint-probe',
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...authHeaders(auth, key)
    },
    ...(body !== undefined && { body })
  }
}

function authHeaders(auth: AuthScheme, key: string): Record<string, string> {
  switch (auth) {
    case 'bearer':
      return { authorization: `Bearer ${key}` }
    case 'x-api-key':
      return { 'x-api-key': key, 'anthropic-version': '2023-06-01' }
    case 'api-key':
      return { 'api-key': key }
    case 'x-goog-api-key':
      return { 'x-goog-api-key': key }
    case 'none':
      return {}
  }
}

/** A one-word prompt and a one-token limit; Anthropic's Messages API wants `max_tokens`, always. */
function chatBody(url: string, model: string, limit: 'max_tokens' | 'max_completion_tokens'): string {
  const messages = [{ role: 'user', content: 'ping' }]
  if (isMessagesRoute(url)) return JSON.stringify({ model, max_tokens: 1, messages })
  return JSON.stringify({ model, messages, [limit]: 1, stream: false })
}
