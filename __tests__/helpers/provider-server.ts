/**
 * Fake providers on loopback for the probe tests: real node:http / node:https servers that answer the way
 * OpenAI, Anthropic, one-api/new-api gateways and OpenRouter do (bodies from reference/providers.md §4), plus the
 * misbehaving kinds (a marketing site, a server that hangs, one that resets, a redirect). Every server records
 * what it received, so a test can assert where a key did, and did not, arrive.
 */
import { afterAll } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface RecordedRequest {
  readonly method: string
  /** Path and query. */
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
}

export type Handler = (req: RecordedRequest, res: http.ServerResponse) => void

export interface FakeServer {
  /** `http://127.0.0.1:<port>` (or https). */
  readonly origin: string
  /** `127.0.0.1:<port>`, as `probe-hosts` lists it. */
  readonly host: string
  readonly requests: RecordedRequest[]
  close(): Promise<void>
}

export interface TlsMaterial {
  readonly key: string
  readonly cert: string
}

/** Starts a server on 127.0.0.1 with a free port. With `tls`, it speaks https. */
export async function startServer(handler: Handler, tls?: TlsMaterial): Promise<FakeServer> {
  const requests: RecordedRequest[] = []
  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') }
      requests.push(recorded)
      handler(recorded, res)
    })
  }
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, listener) : http.createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/** A self-signed certificate for 127.0.0.1 and localhost, made with openssl for this test run only. */
/**
 * A `serve` function for one test file: each server it starts is closed after the file's tests.
 * Call it at the top level of the file, where `afterAll` belongs.
 */
export function serverPool(): (handler: Handler, tls?: TlsMaterial) => Promise<FakeServer> {
  const servers: FakeServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()))
  })
  return async (handler, tls) => {
    const server = await startServer(handler, tls)
    servers.push(server)
    return server
  }
}

export async function makeTestCertificate(): Promise<TlsMaterial> {
  const dir = await mkdtemp(join(tmpdir(), 'probe-tls-'))
  try {
    const keyPath = join(dir, 'key.pem')
    const certPath = join(dir, 'cert.pem')
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyPath, '-out', certPath, '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost'
    ])
    return { key: await readFile(keyPath, 'utf8'), cert: await readFile(certPath, 'utf8') }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

function bearer(req: RecordedRequest): string | undefined {
  const value = req.headers.authorization
  return typeof value === 'string' && value.startsWith('Bearer ') ? value.slice(7) : undefined
}

function chatRequest(req: RecordedRequest): { model?: string; max_tokens?: number; max_completion_tokens?: number } {
  try {
    return JSON.parse(req.body) as { model?: string }
  } catch {
    return {}
  }
}

export interface OpenAiOptions {
  readonly key: string
  readonly models: readonly string[]
  /** Chat answers 429 insufficient_quota (the account has no credits; /models still works). */
  readonly noCredits?: boolean
  /** Models that refuse `max_tokens` (o-series, gpt-5). */
  readonly reasoningModels?: readonly string[]
}

/** OpenAI: Bearer auth, `x-request-id`, the wrong-key message that echoes part of the key. */
export function openAiStyle(options: OpenAiOptions): Handler {
  return (req, res) => {
    const ids = { 'x-request-id': 'req_openai_0001' }
    const sent = bearer(req)
    if (sent !== options.key) {
      // OpenAI echoes a masked key; this fake echoes more of it than OpenAI does, to prove the scrubbing.
      const echo = sent ? `${sent.slice(0, 12)}${'*'.repeat(10)}${sent.slice(-4)}` : ''
      return json(res, 401, {
        error: { message: `Incorrect API key provided: ${echo}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' }
      }, ids)
    }
    if (req.method === 'GET' && req.url === '/v1/models') {
      return json(res, 200, { object: 'list', data: options.models.map((id) => ({ id, object: 'model', owned_by: 'openai' })) }, ids)
    }
    if (req.method === 'POST' && req.url === '/v1/chat/completions') {
      const body = chatRequest(req)
      if (!body.model || !options.models.includes(body.model)) {
        return json(res, 404, { error: { message: `The model \`${body.model}\` does not exist or you do not have access to it.`, type: 'invalid_request_error', param: null, code: 'model_not_found' } }, ids)
      }
      if (options.noCredits) {
        return json(res, 429, { error: { message: 'You exceeded your current quota, please check your plan and billing details.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } }, ids)
      }
      if (options.reasoningModels?.includes(body.model) && body.max_tokens !== undefined) {
        return json(res, 400, { error: { message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", type: 'invalid_request_error', param: 'max_tokens', code: 'unsupported_parameter' } }, ids)
      }
      return json(res, 200, { id: 'chatcmpl-1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: '' }, finish_reason: 'length' }] }, ids)
    }
    json(res, 404, { error: { message: `Invalid URL (${req.method} ${req.url})`, type: 'invalid_request_error', param: null, code: null } }, ids)
  }
}

/** Anthropic native: `x-api-key` + `anthropic-version`, `request-id`, its error envelope. */
export function anthropicStyle(options: { readonly key: string; readonly models: readonly string[] }): Handler {
  return (req, res) => {
    const ids = { 'request-id': 'req_011CAnthropic' }
    const error = (status: number, type: string, message: string): void =>
      json(res, status, { type: 'error', error: { type, message }, request_id: 'req_011CAnthropic' }, ids)
    if (req.headers['x-api-key'] !== options.key) return error(401, 'authentication_error', 'invalid x-api-key')
    if (req.headers['anthropic-version'] !== '2023-06-01') return error(400, 'invalid_request_error', 'anthropic-version: header is required')
    if (req.method === 'GET' && req.url === '/v1/models') return json(res, 200, { data: options.models.map((id) => ({ type: 'model', id })), has_more: false }, ids)
    if (req.method === 'POST' && req.url === '/v1/messages') {
      const body = chatRequest(req)
      if (!body.model || !options.models.includes(body.model)) return error(404, 'not_found_error', `model: ${body.model}`)
      return json(res, 200, { id: 'msg_1', type: 'message', role: 'assistant', content: [{ type: 'text', text: 'p' }] }, ids)
    }
    error(404, 'not_found_error', 'Not found')
  }
}

export interface OneApiOptions {
  readonly key: string
  /** What GET /v1/models lists for the token's group. */
  readonly models: readonly string[]
  /** Models with a channel; a listed model without one gets the 503 "no channel" answer. Default: all listed. */
  readonly channels?: readonly string[]
  /** The user's balance cannot cover the pre-consumed quota: 403 insufficient_user_quota. */
  readonly noQuota?: boolean
  /** The token's own quota is used up: 401 with the key echoed in brackets (new-api April 2025). */
  readonly tokenExhausted?: boolean
}

/**
 * one-api / new-api: tokens `sk-<48>`, looked up after stripping `sk-` and splitting on `-`; Chinese messages with a
 * `(request id: …)` suffix and the `X-Oneapi-Request-Id` header; `Invalid URL` for unknown /v1 paths, the dashboard
 * SPA (200 HTML) for any other path.
 */
export function oneApiStyle(options: OneApiOptions): Handler {
  const channels = options.channels ?? options.models
  return (req, res) => {
    const requestId = '20260830120000123456789'
    const ids = { 'X-Oneapi-Request-Id': requestId }
    const fail = (status: number, message: string, type = 'one_api_error', code?: string): void =>
      json(res, status, { error: { message: `${message} (request id: ${requestId})`, type, ...(code && { code }) } }, ids)
    const path = req.url.split('?')[0]!
    if (!path.startsWith('/v1') && !path.startsWith('/api')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      return res.end('<!doctype html><html><head><title>One API</title></head><body><div id="root"></div></body></html>')
    }
    const known = (req.method === 'GET' && path === '/v1/models') || (req.method === 'POST' && path === '/v1/chat/completions')
    if (!known) return json(res, 404, { error: { message: `Invalid URL (${req.method} ${path})`, type: 'invalid_request_error', param: '', code: '' } }, ids)
    const token = bearer(req)?.replace(/^sk-/, '').split('-')[0]
    if (token !== options.key.replace(/^sk-/, '')) return fail(401, '无效的令牌')
    if (options.tokenExhausted) {
      const sent = options.key
      return fail(401, `[${sent.slice(0, 6)}***${sent.slice(-3)}] 该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = 0`)
    }
    if (path === '/v1/models') return json(res, 200, { object: 'list', data: options.models.map((id) => ({ id, object: 'model', owned_by: 'custom' })), success: true }, ids)
    const model = chatRequest(req).model ?? ''
    if (!channels.includes(model)) return fail(503, `当前分组 default 下对于模型 ${model} 无可用渠道`)
    if (options.noQuota) return fail(403, 'user quota is not enough', 'one_api_error', 'insufficient_user_quota')
    json(res, 200, { id: 'chatcmpl-gw', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'p' }, finish_reason: 'length' }] }, ids)
  }
}

/** OpenRouter: a public models list under /api/v1, 401 "User not found.", 402 when the credits are gone. */
export function openRouterStyle(options: { readonly key: string; readonly models: readonly string[]; readonly noCredits?: boolean }): Handler {
  return (req, res) => {
    const ids = { 'cf-ray': '8f0c0ffee-FRA' }
    if (req.method === 'GET' && req.url === '/api/v1/models') return json(res, 200, { data: options.models.map((id) => ({ id, name: id })) }, ids)
    if (bearer(req) !== options.key) return json(res, 401, { error: { message: 'User not found.', code: 401 } }, ids)
    const model = chatRequest(req).model ?? ''
    if (!options.models.includes(model)) return json(res, 400, { error: { message: `${model} is not a valid model ID`, code: 400 } }, ids)
    if (options.noCredits) {
      return json(res, 402, { error: { message: 'Insufficient credits. Add more using https://openrouter.ai/settings/credits', code: 402, metadata: { limit_source: 'openrouter_credits' } } }, ids)
    }
    json(res, 200, { id: 'gen-1', choices: [{ message: { role: 'assistant', content: 'p' }, finish_reason: 'length' }] }, ids)
  }
}

/** A marketing site: 200 text/html for every path, as a Next.js or SPA host answers. */
export const htmlSite: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
  res.end('<!DOCTYPE html><html><head><title>RutaAPI — one key for every model</title></head><body><h1>Pricing</h1></body></html>')
}

/** Never answers (the test's short timeout ends it; `close()` drops the connection). */
export const hanging: Handler = () => undefined

/** Resets the connection (TCP RST) as soon as a request arrived. */
export const resetting: Handler = (_req, res) => {
  res.socket?.resetAndDestroy()
}

/** Redirects every request to `location`. */
export function redirecting(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location })
    res.end()
  }
}

/** The first request gets 429 with `retry-after`; later ones go to `then`. */
export function rateLimitedOnce(retryAfter: string, then: Handler): Handler {
  let limited = false
  return (req, res) => {
    if (limited) return then(req, res)
    limited = true
    json(res, 429, { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } }, { 'retry-after': retryAfter })
  }
}

/** Answers `status` with `body` (JSON unless a string) and `headers`, always. */
export function fixed(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    if (typeof body === 'string') {
      res.writeHead(status, { 'content-type': 'text/plain', ...headers })
      return res.end(body)
    }
    json(res, status, body, headers)
  }
}

/** Whether any recorded request carries `key` anywhere: a header value, the URL or the body. */
export function receivedKey(server: FakeServer, key: string): boolean {
  return server.requests.some(
    (r) => r.url.includes(key) || r.body.includes(key) || Object.values(r.headers).some((v) => (Array.isArray(v) ? v.join(' ') : (v ?? '')).includes(key))
  )
}
