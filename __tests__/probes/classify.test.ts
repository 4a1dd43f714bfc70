import { describe, it, expect } from '@jest/globals'
import { readAnswer } from '../../src/probes/body.js'
import { ALL_CASES, HTTP_CASES } from '../../src/probes/cases.js'
import { classify } from '../../src/probes/classify.js'
import { isKeyProviderMismatch } from '../../src/providers/key-match.js'
import type { Placeholder } from '../../src/probes/describe.js'
import type { HttpAnswer, StepKind, TransportFailure } from '../../src/probes/types.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { fakeKeys } from '../helpers/keys.js'

const OPENAI_CHAT = 'https://api.openai.com/v1/chat/completions'
const OPENAI_MODELS = 'https://api.openai.com/v1/models'

interface Case {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Record<string, string>
  readonly step?: StepKind
  readonly url?: string
  readonly hostProviderId?: string
  readonly keyMismatch?: boolean
}

function answer(c: Case): HttpAnswer {
  const text = typeof c.body === 'string' ? c.body : JSON.stringify(c.body ?? {})
  const contentType = typeof c.body === 'string' && c.body.startsWith('<') ? 'text/html' : typeof c.body === 'string' ? 'text/plain' : 'application/json'
  return { kind: 'answer', status: c.status, headers: { 'content-type': contentType, ...c.headers }, body: text, truncated: false, elapsedMs: 1 }
}

function caseOf(c: Case): string {
  const exchange = answer(c)
  return classify({
    step: c.step ?? 'chat-real',
    url: c.url ?? OPENAI_CHAT,
    exchange,
    facts: readAnswer(exchange),
    hostProviderId: c.hostProviderId,
    keyMismatch: c.keyMismatch ?? false
  }).id
}

const failureCase = (failure: TransportFailure): string =>
  classify({ step: 'models', url: OPENAI_MODELS, exchange: { kind: 'failure', failure, detail: 'E', elapsedMs: 1 }, keyMismatch: false }).id

const openAiError = (message: string, type: string, code: string | null) => ({ error: { message, type, param: null, code } })
const oneApiError = (message: string, code?: string) => ({ error: { message: `${message} (request id: 2026083012)`, type: 'one_api_error', ...(code && { code }) } })

describe('classify: the classification table, one behaviour per row', () => {
  it.each<[string, Case, string]>([
    ['401 invalid_api_key: wrong key', { status: 401, body: openAiError('Incorrect API key provided: sk-abc***wxyz.', 'invalid_request_error', 'invalid_api_key') }, 'keyRejected'],
    ['401 with a key of another provider', { status: 401, body: openAiError('Incorrect API key provided', 'invalid_request_error', 'invalid_api_key'), keyMismatch: true }, 'keyProviderMismatch'],
    ['400 API_KEY_INVALID (Gemini)', { status: 400, body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', status: 'INVALID_ARGUMENT', details: [{ reason: 'API_KEY_INVALID' }] } } }, 'keyRejected'],
    ['400 Incorrect API key (xAI)', { status: 400, body: { code: 'Client specified an invalid argument', error: 'Incorrect API key provided: xa***. You can obtain an API key from https://console.x.ai.' } }, 'keyRejected'],
    ['404 on Anthropic /v1/models: disabled key', { status: 404, step: 'models', url: 'https://api.anthropic.com/v1/models', hostProviderId: 'anthropic', body: { type: 'error', error: { type: 'not_found_error', message: 'Not found' } } }, 'keyRejected'],
    ['401 Missing scopes on /models: restricted key', { status: 401, step: 'models', url: OPENAI_MODELS, body: openAiError('You have insufficient permissions for this operation. Missing scopes: api.model.read.', 'invalid_request_error', null) }, 'restrictedKey'],
    ['403 Missing scopes on chat', { status: 403, step: 'chat-free', body: openAiError('You have insufficient permissions for this operation. Missing scopes: model.request.', 'invalid_request_error', null) }, 'keyLacksScope'],
    ['429 insufficient_quota: no credits', { status: 429, body: openAiError('You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota') }, 'noCredits'],
    ['429 credit_balance_exhausted', { status: 429, body: openAiError('You have no credits remaining.', 'insufficient_quota', 'credit_balance_exhausted') }, 'noCredits'],
    ['402 (OpenRouter, DeepSeek)', { status: 402, body: { error: { code: 402, message: 'Insufficient credits' } } }, 'noCredits'],
    ['402 billing_error (Anthropic)', { status: 402, body: { type: 'error', error: { type: 'billing_error', message: 'Billing' } } }, 'noCredits'],
    ['400 credit balance too low (Anthropic)', { status: 400, body: { type: 'error', error: { type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API.' } } }, 'noCredits'],
    ['403 insufficient_user_quota (one-api)', { status: 403, body: oneApiError('user quota is not enough', 'insufficient_user_quota') }, 'noCredits'],
    ['403 用户额度不足 (new-api)', { status: 403, body: oneApiError('用户额度不足, 剩余额度: 0') }, 'noCredits'],
    ['401 该令牌额度已用尽: token quota used up', { status: 401, body: oneApiError('[sk-abc***xyz] 该令牌额度已用尽') }, 'tokenExhausted'],
    ['401 该令牌已过期', { status: 401, body: oneApiError('该令牌已过期') }, 'tokenExpired'],
    ['401 该令牌状态不可用', { status: 401, body: oneApiError('该令牌状态不可用') }, 'tokenDisabled'],
    ['401 无效的令牌 on a one-api gateway', { status: 401, body: oneApiError('无效的令牌'), headers: { 'x-oneapi-request-id': '1' } }, 'gatewayTokenRejected'],
    ['401 Invalid token on new-api (English)', { status: 401, body: { error: { message: 'Invalid token (request id: 1)', type: 'new_api_error', code: '' } } }, 'gatewayTokenRejected'],
    ['403 该令牌无权使用模型 for a real model', { status: 403, body: oneApiError('该令牌无权使用模型：gpt-4o') }, 'modelForbidden'],
    ['403 user banned', { status: 403, body: oneApiError('用户已被封禁') }, 'accountBanned'],
    ['403 IP not allowed', { status: 403, body: oneApiError('您的 IP 不在令牌允许访问的列表中', 'access_denied') }, 'ipNotAllowed'],
    ['403 unsupported region', { status: 403, body: openAiError('Country, region, or territory not supported', 'request_forbidden', 'unsupported_country_region_territory') }, 'regionUnsupported'],
    ['403 other: permission', { status: 403, body: { error: { code: 403, message: 'Method doesn\'t allow unregistered callers', status: 'PERMISSION_DENIED' } } }, 'permissionDenied'],
    ['404 model_not_found for the real model', { status: 404, body: openAiError('The model `gpt-5x` does not exist or you do not have access to it.', 'invalid_request_error', 'model_not_found') }, 'modelNotFound'],
    ['404 model_not_found for the made-up model: key and route fine', { status: 404, step: 'chat-free', body: openAiError('The model `llm-env-lint-probe-no-such-model` does not exist', 'invalid_request_error', 'model_not_found') }, 'madeUpModelRefused'],
    ['503 无可用渠道 for the real model', { status: 503, body: oneApiError('当前分组 default 下对于模型 gpt-4o 无可用渠道') }, 'noChannel'],
    ['503 No available channel (new-api, English)', { status: 503, body: { error: { message: 'No available channel for model gpt-4o under group default (distributor)', type: 'new_api_error', code: 'model_not_found' } } }, 'noChannel'],
    ['503 无可用渠道 for the made-up model', { status: 503, step: 'chat-free', body: oneApiError('当前分组 default 下对于模型 llm-env-lint-probe-no-such-model 无可用渠道') }, 'madeUpModelRefused'],
    ['400 not a valid model ID for the made-up model (OpenRouter)', { status: 400, step: 'chat-free', body: { error: { code: 400, message: 'x is not a valid model ID' } } }, 'madeUpModelRefused'],
    ['404 Invalid URL /v1/v1: double /v1', { status: 404, url: 'https://api.rutaapi.com/v1/v1/chat/completions', body: openAiError('Invalid URL (POST /v1/v1/chat/completions)', 'invalid_request_error', null) }, 'doubleVersion'],
    ['404 on a /v1/v1 path whatever the body', { status: 404, url: 'https://gw.example.com/v1/v1/models', step: 'models', body: 'Not Found' }, 'doubleVersion'],
    ['404 Invalid URL elsewhere: wrong prefix', { status: 404, url: 'https://api.groq.com/v1/chat/completions', body: openAiError('Invalid URL (POST /v1/chat/completions)', 'invalid_request_error', null) }, 'wrongPath'],
    ['200 HTML: a website', { status: 200, step: 'models', url: 'https://rutaapi.com/v1/models', body: '<!doctype html><html><head><title>RutaAPI</title></head></html>' }, 'webPage'],
    ['404 HTML: a website', { status: 404, body: '<html><body>404</body></html>' }, 'webPage'],
    ['405: an endpoint as base URL', { status: 405, body: { error: 'Method Not Allowed' } }, 'methodNotAllowed'],
    ['501 api_not_implemented', { status: 501, body: { error: { message: 'API not implemented', type: 'one_api_error', code: 'api_not_implemented' } } }, 'notImplemented'],
    ['401 empty access code: a NextChat app as base URL', { status: 401, body: { error: true, msg: 'empty access code' } }, 'chatAppNotApi'],
    ['403 cf-mitigated: Cloudflare challenge', { status: 403, headers: { 'cf-mitigated': 'challenge' }, body: '<!DOCTYPE html><title>Just a moment...</title>' }, 'cloudflareChallenge'],
    ['302 to another host', { status: 302, headers: { location: 'https://login.example.com/' } }, 'redirectElsewhere'],
    ['302 on the same host', { status: 302, headers: { location: '/login' } }, 'redirect'],
    ['429 当前分组上游负载已饱和: gateway upstream saturated', { status: 429, body: oneApiError('当前分组上游负载已饱和，请稍后再试') }, 'upstreamSaturated'],
    ['429 rate_limit_exceeded', { status: 429, headers: { 'retry-after': '2' }, body: openAiError('Rate limit reached', 'requests', 'rate_limit_exceeded') }, 'rateLimited'],
    ['529 overloaded_error', { status: 529, body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } }, 'overloaded'],
    ['503 server_is_overloaded', { status: 503, body: openAiError('The server is overloaded', 'service_unavailable_error', 'server_is_overloaded') }, 'overloaded'],
    ['503 other', { status: 503, body: 'Service Unavailable' }, 'unavailable'],
    ['502', { status: 502, body: 'Bad gateway' }, 'serverError'],
    ['400 unsupported max_tokens', { status: 400, body: openAiError("Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", 'invalid_request_error', 'unsupported_parameter') }, 'tokenLimitRefused'],
    ['200 models list', { status: 200, step: 'models', url: OPENAI_MODELS, body: { object: 'list', data: [{ id: 'gpt-4o' }] } }, 'modelsListed'],
    ['200 public models list (OpenRouter)', { status: 200, step: 'models', url: 'https://openrouter.ai/api/v1/models', hostProviderId: 'openrouter', body: { data: [{ id: 'openai/gpt-4o' }] } }, 'publicModelsListed'],
    ['200 chat reply', { status: 200, body: { choices: [{ message: { content: '' }, finish_reason: 'length' }] } }, 'chatReplied'],
    ['200 chat reply for the made-up model', { status: 200, step: 'chat-free', body: { choices: [] } }, 'madeUpModelAnswered'],
    ['200 with an error in the body', { status: 200, body: { error: { code: 502, message: 'upstream died' } } }, 'errorInSuccess'],
    ['200 plain text', { status: 200, body: 'ok' }, 'notJson'],
    ['200 JSON of another kind', { status: 200, body: { hello: 'world' } }, 'unexpectedJson'],
    ['404 JSON on /models without Invalid URL', { status: 404, step: 'models', url: OPENAI_MODELS, body: { detail: 'Not Found' } }, 'noModelsList'],
    ['422', { status: 422, body: { detail: 'field required' } }, 'badRequest'],
    ['404 other', { status: 404, body: { detail: 'Not Found' } }, 'notFound'],
    ['418', { status: 418, body: 'teapot' }, 'unexpectedAnswer']
  ])('%s', (_name, c, expected) => {
    expect(caseOf(c)).toBe(expected)
  })

  it.each<[TransportFailure, string]>([
    ['dns', 'dnsFailure'],
    ['tls', 'tlsFailure'],
    ['refused', 'connectionRefused'],
    ['reset', 'connectionReset'],
    ['timeout', 'timeout'],
    ['budget', 'budgetExhausted'],
    ['unreachable', 'networkFailure'],
    ['network', 'networkFailure']
  ])('no answer (%s)', (failure, expected) => {
    expect(failureCase(failure)).toBe(expected)
  })

  it('retries only the transient cases: rate limits, saturation, overload, 503', () => {
    expect(HTTP_CASES.filter((c) => c.retry).map((c) => c.id)).toEqual(['upstreamSaturated', 'rateLimited', 'overloaded', 'unavailable'])
  })
})

describe('cases as data', () => {
  const placeholders: readonly Placeholder[] = ['key', 'host', 'url', 'path', 'method', 'answer', 'detail', 'model', 'count', 'suggestions', 'location', 'title', 'contentType', 'timeout', 'retryAfter', 'keyProvider', 'hostProvider', 'apiRoot', 'reason']

  it('have unique ids and use only known placeholders', () => {
    expect(new Set(ALL_CASES.map((c) => c.id)).size).toBe(ALL_CASES.length)
    for (const c of ALL_CASES) {
      const used = [...`${c.explanation} ${c.nextStep}`.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1])
      expect(used.filter((name) => !placeholders.includes(name as Placeholder))).toEqual([])
    }
  })

  it('end with a catch-all, so every answer gets an explanation', () => {
    expect(HTTP_CASES.at(-1)?.when).toEqual([{}])
  })
})

describe('isKeyProviderMismatch', () => {
  const catalog = createCatalog()
  const openai = catalog.byId('openai')
  it('is true for a unique-format key on another provider’s host, false for shared shapes and pass-through gateways', () => {
    expect(isKeyProviderMismatch(catalog.identifyKey(fakeKeys.anthropic()), openai)).toBe(true)
    expect(isKeyProviderMismatch(catalog.identifyKey(fakeKeys.openaiProject()), openai)).toBe(false)
    expect(isKeyProviderMismatch(catalog.identifyKey(fakeKeys.gateway()), openai)).toBe(false)
    expect(isKeyProviderMismatch(catalog.identifyKey(fakeKeys.anthropic()), catalog.byId('cloudflare-ai-gateway'))).toBe(false)
    expect(isKeyProviderMismatch(catalog.identifyKey(fakeKeys.anthropic()), undefined)).toBe(false)
  })
})
