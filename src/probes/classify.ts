/**
 * Finds the case an observation belongs to: the first entry of the classification table whose signature matches.
 * Pure; the table itself is data in `cases.ts`.
 */
import type { AnswerFacts } from './body.js'
import { HTTP_CASES, type CaseSignature, type HttpCase, type StatusPattern } from './cases.js'
import type { HttpExchange, StepKind } from './types.js'

/** One request and what came back, with the facts the table asks about. */
export interface Observation {
  readonly step: StepKind
  /** The request URL. */
  readonly url: string
  readonly exchange: HttpExchange
  /** {@link readAnswer} of the answer; absent for failures. */
  readonly facts?: AnswerFacts
  readonly hostProviderId?: string
  readonly keyMismatch: boolean
}

/** The first matching case; the table ends with a catch-all, so there always is one. */
export function classify(observation: Observation, cases: readonly HttpCase[] = HTTP_CASES): HttpCase {
  const found = cases.find((c) => c.when.some((signature) => matches(signature, observation)))
  if (!found) throw new Error('the classification table has no catch-all case')
  return found
}

/** one-api / new-api: their request-id header, their error types, or the `(request id: …)` suffix. */
export function isOneApiAnswer(headers: Readonly<Record<string, string>>, facts: AnswerFacts | undefined): boolean {
  if (headers['x-oneapi-request-id'] !== undefined) return true
  if (facts?.codes.some((c) => c === 'one_api_error' || c === 'new_api_error')) return true
  return /\(request id: [^)]+\)\s*$/.test(facts?.message ?? '')
}

function matches(sig: CaseSignature, obs: Observation): boolean {
  const { exchange, facts } = obs
  if (sig.step && !sig.step.includes(obs.step)) return false
  if (exchange.kind === 'failure') return sig.failure ? sig.failure.includes(exchange.failure) : isEmpty(sig)
  if (sig.failure) return false
  return (
    (!sig.status || sig.status.some((pattern) => statusMatches(pattern, exchange.status))) &&
    (!sig.codes || sig.codes.some((code) => facts?.codes.some((c) => c.toLowerCase() === code.toLowerCase()))) &&
    (!sig.message || sig.message.test(facts?.message ?? '')) &&
    (sig.html === undefined || sig.html === (facts?.html ?? false)) &&
    (sig.json === undefined || sig.json === (facts?.json !== undefined)) &&
    (!sig.header || sig.header.value.test(exchange.headers[sig.header.name] ?? '')) &&
    (!sig.hostProvider || (obs.hostProviderId !== undefined && sig.hostProvider.includes(obs.hostProviderId))) &&
    (sig.keyMismatch === undefined || sig.keyMismatch === obs.keyMismatch) &&
    (sig.oneApi === undefined || sig.oneApi === isOneApiAnswer(exchange.headers, facts)) &&
    (sig.doubleVersion === undefined || sig.doubleVersion === hasDoubleVersion(obs.url)) &&
    (sig.crossHost === undefined || sig.crossHost === redirectsElsewhere(obs.url, exchange.headers.location)) &&
    (sig.modelsList === undefined || sig.modelsList === (facts?.modelIds !== undefined)) &&
    (sig.chatReply === undefined || sig.chatReply === (facts?.chatReply ?? false)) &&
    (sig.bodyError === undefined || sig.bodyError === (facts?.hasError ?? false))
  )
}

/** A signature with no conditions is the catch-all; it matches failures too. */
const isEmpty = (sig: CaseSignature): boolean => Object.keys(sig).length === 0

function statusMatches(pattern: StatusPattern, status: number): boolean {
  if (pattern === '2xx') return status >= 200 && status < 300
  if (pattern === '3xx') return status >= 300 && status < 400
  return pattern === status
}

function hasDoubleVersion(url: string): boolean {
  return /\/v1\/v1(\/|$)/.test(new URL(url).pathname)
}

/** Another origin counts: an https → http hop or another port would carry the key just as far. */
function redirectsElsewhere(url: string, location: string | undefined): boolean {
  if (!location) return false
  try {
    return new URL(location, url).origin !== new URL(url).origin
  } catch {
    return true
  }
}
