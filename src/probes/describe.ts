/**
 * Turns a case and an observation into words: the placeholder values the case texts use, and the verdicts.
 * Pure. Every value is safe to show: the key only masked, provider text scrubbed, URLs without query or user info.
 */
import { urlAsFetched } from '../core/url.js'
import type { AnswerFacts } from './body.js'
import type { ProbeCase } from './cases.js'
import { serverWaitMs } from './retry-after.js'
import { cleanDetail } from '../core/redact.js'
import type { HttpExchange, ProbeTarget, Verdict } from './types.js'

/** Every placeholder the case texts may use; each is always filled, possibly with an empty string. */
export type Placeholder =
  | 'key'
  | 'host'
  | 'url'
  | 'path'
  | 'method'
  | 'answer'
  | 'detail'
  | 'model'
  | 'count'
  | 'suggestions'
  | 'location'
  | 'title'
  | 'contentType'
  | 'timeout'
  | 'retryAfter'
  | 'keyProvider'
  | 'hostProvider'
  | 'apiRoot'
  | 'reason'

export type CaseData = Readonly<Record<Placeholder, string>>

/** What the texts may say about the request and its answer. */
export interface Observed {
  readonly method: 'GET' | 'POST'
  readonly url: string
  readonly exchange?: HttpExchange
  readonly facts?: AnswerFacts
}

export interface DescribeContext {
  readonly target: ProbeTarget
  /** Used only to scrub provider text. */
  readonly key: string
  readonly keyMasked: string
  readonly timeoutMs: number
}

/** Placeholder values for one observation; `extra` adds what only the caller knows (model, count, reason…). */
export function caseData(ctx: DescribeContext, observed: Observed, extra: Partial<Record<Placeholder, string>> = {}): CaseData {
  const { target } = ctx
  const { exchange, facts } = observed
  const url = urlAsFetched(observed.url)
  const title = facts?.title ? cleanDetail(facts.title, ctx.key, 80) : ''
  const answer = exchange?.kind === 'answer' ? exchange : undefined
  const wait = answer ? serverWaitMs(answer.headers) : undefined
  const redirected = answer !== undefined && answer.status >= 300 && answer.status < 400
  return {
    key: ctx.keyMasked,
    host: url?.host ?? cleanDetail(observed.url, ctx.key, 80),
    url: displayUrl(observed.url),
    path: url?.pathname ?? '',
    method: observed.method,
    answer: exchange ? answerLabel(exchange, facts, ctx.key) : '',
    detail: cleanDetail(facts?.message ?? '', ctx.key) || 'no message',
    model: '',
    count: facts?.modelIds ? String(facts.modelIds.length) : '',
    suggestions: '',
    location: redirected ? cleanDetail(redirectTarget(answer.headers.location, observed.url), ctx.key) : '',
    title: title ? `, “${title}”` : '',
    contentType: answer ? cleanDetail(answer.headers['content-type'] ?? 'no content type', ctx.key, 80) : '',
    timeout: `${ctx.timeoutMs / 1000} s`,
    retryAfter: wait === undefined ? '' : `, retry after ${Math.ceil(wait / 1000)} s`,
    keyProvider: target.keyMatch?.provider.name ?? 'unknown provider',
    hostProvider: target.hostProvider?.name ?? url?.host ?? 'this host',
    apiRoot: target.hostProvider?.apiRoot ?? "as the provider's API documentation gives it",
    reason: '',
    ...extra
  }
}

/** `{{name}}` → `data[name]`. */
export function fill(template: string, data: CaseData): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => data[name as Placeholder] ?? '')
}

/** The verdicts a case gives: one for its subject, and the same outcome for each subject it also settles. */
export function settle(probeCase: ProbeCase, data: CaseData, where: { readonly step?: number; readonly model?: string } = {}): Verdict[] {
  const explanation = fill(probeCase.explanation, data)
  const nextStep = fill(probeCase.nextStep, data)
  return [probeCase.rule, ...(probeCase.alsoSettles ?? [])].map((rule) => ({
    rule,
    outcome: probeCase.outcome,
    caseId: probeCase.id,
    data,
    explanation,
    nextStep,
    ...(where.step !== undefined && { step: where.step }),
    ...(rule === 'probe-model' && where.model !== undefined && { model: where.model })
  }))
}

/** A URL as it may be shown: origin and path, no user info, no query (Azure puts nothing secret there, others might). */
export function displayUrl(text: string): string {
  const url = urlAsFetched(text)
  return url ? `${url.origin}${url.pathname}` : ''
}

/** `HTTP 401, invalid_api_key`, or the failure's system code. */
function answerLabel(exchange: HttpExchange, facts: AnswerFacts | undefined, key: string): string {
  if (exchange.kind === 'failure') return exchange.detail
  const code = facts?.codes.find((c) => !/^\d+$/.test(c))
  return code ? `HTTP ${exchange.status}, ${cleanDetail(code, key, 60)}` : `HTTP ${exchange.status}`
}

function redirectTarget(location: string | undefined, base: string): string {
  if (!location) return 'nowhere (no location header)'
  const url = urlAsFetched(location, base)
  return url ? `${url.origin}${url.pathname}` : 'an invalid location'
}

