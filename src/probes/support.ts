/** The support block ({@link SupportInfo}): gathered from a probe's steps, and written out for a summary or comment. */
import type { AnswerFacts } from './body.js'
import { displayUrl } from './describe.js'
import { cleanDetail } from '../core/redact.js'
import type { Provider } from '../providers/types.js'
import type { ProbeResult, ProbeTarget, RequestId, SupportInfo, Verdict } from './types.js'

/**
 * Response headers that identify a request (providers.md §6): OpenAI, Groq, vLLM `x-request-id`; Anthropic
 * `request-id`; one-api/new-api `x-oneapi-request-id` and `x-upstream-request-id`; Azure `apim-request-id`; LiteLLM
 * `x-litellm-call-id`; Cloudflare `cf-ray` and AI Gateway `cf-aig-log-id`; Vercel `x-vercel-id`; Volcengine `x-tt-logid`.
 */
export const REQUEST_ID_HEADERS: readonly string[] = [
  'x-request-id',
  'request-id',
  'x-oneapi-request-id',
  'x-upstream-request-id',
  'apim-request-id',
  'x-litellm-call-id',
  'cf-aig-log-id',
  'cf-ray',
  'x-vercel-id',
  'x-tt-logid'
]

/** The request ids an answer carries, from its headers (the list above plus the provider's own) and its body. */
export function requestIdsOf(
  headers: Readonly<Record<string, string>>,
  facts: AnswerFacts | undefined,
  provider: Provider | undefined,
  key: string
): RequestId[] {
  const names = [...new Set([...REQUEST_ID_HEADERS, ...(provider?.requestIdHeaders ?? []).map((h) => h.toLowerCase())])]
  const ids = names.filter((name) => headers[name]).map((name) => ({ name, value: cleanDetail(headers[name]!, key, 120) }))
  if (facts?.bodyRequestId && !ids.some((id) => id.value === facts.bodyRequestId)) {
    ids.push({ name: 'body', value: cleanDetail(facts.bodyRequestId, key, 120) })
  }
  return ids
}

/** The support facts behind a verdict, or undefined when no request was sent (host not allowed, malformed key). */
export function supportInfo(result: ProbeResult, verdict: Verdict, target: ProbeTarget): SupportInfo | undefined {
  const step = verdict.step === undefined ? undefined : result.steps[verdict.step]
  if (!step) return undefined
  return {
    time: step.at,
    request: `${step.method} ${step.url}`,
    baseUrl: shownBaseUrl(target),
    ...(step.model !== undefined && { model: step.model }),
    ...(step.status !== undefined && { status: step.status }),
    ...(step.errorCode !== undefined && { errorCode: step.errorCode }),
    ...(step.failure !== undefined && { failure: step.failure }),
    requestIds: step.requestIds,
    key: result.keyMasked,
    ...(target.keyMatch && { keyProvider: target.keyMatch.provider.name })
  }
}

/**
 * A target's base URL as it may be shown: origin and path as configured (no `/` added to a bare host), scrubbed of
 * any fragment of the key.
 */
export function shownBaseUrl(target: ProbeTarget): string {
  const shown = displayUrl(target.baseUrl)
  const asWritten = target.baseUrl.endsWith('/') ? shown : shown.replace(/\/$/, '')
  return cleanDetail(asWritten || target.baseUrl, target.key, 300)
}

/** Plain-text lines, one fact per line, ready for a code block in a comment or summary. */
export function formatSupportBlock(info: SupportInfo): string {
  const lines: [string, string | undefined][] = [
    ['Time (UTC)', info.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z')],
    ['Request', info.request],
    ['Base URL', info.baseUrl],
    ['Model', info.model],
    ['HTTP status', info.status === undefined ? `no answer (${info.failure ?? 'unknown'})` : String(info.status)],
    ['Error code', info.errorCode],
    ['Request id', info.requestIds.length ? info.requestIds.map((id) => `${id.name}: ${id.value}`).join('; ') : 'none in the answer'],
    ['API key', info.keyProvider ? `${info.key} (${info.keyProvider})` : info.key]
  ]
  const width = Math.max(...lines.map(([label]) => label.length)) + 2
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`)
    .join('\n')
}
