import { beforeAll, describe, it, expect, jest } from '@jest/globals'
import { createNodeTransport, retryWaitMs, sendWithRetries, startDeadline, DEFAULT_RETRY } from '../../src/probes/http.js'
import { serverWaitMs } from '../../src/probes/retry-after.js'
import type { HttpRequest } from '../../src/probes/types.js'
import {
  fixed,
  hanging,
  makeTestCertificate,
  rateLimitedOnce,
  redirecting,
  resetting,
  serverPool,
  startServer,
  type TlsMaterial
} from '../helpers/provider-server.js'

const transport = createNodeTransport()
const limits = { timeoutMs: 2000, maxBodyBytes: 1024 * 1024 }
const get = (url: string): HttpRequest => ({ method: 'GET', url, headers: { authorization: 'Bearer test-token' } })

const serve = serverPool()

describe('createNodeTransport', () => {
  it('returns status, lower-case headers and the body', async () => {
    const server = await serve(fixed(200, { ok: true }, { 'X-Request-Id': 'req_1' }))
    const exchange = await transport(get(`${server.origin}/v1/models`), limits)
    expect(exchange).toMatchObject({ kind: 'answer', status: 200, body: '{"ok":true}', truncated: false })
    expect(exchange.kind === 'answer' && exchange.headers['x-request-id']).toBe('req_1')
  })

  it('cuts the body at the size cap', async () => {
    const server = await serve(fixed(200, 'x'.repeat(3 * 1024 * 1024)))
    const exchange = await transport(get(`${server.origin}/big`), { ...limits, maxBodyBytes: 1024 })
    expect(exchange).toMatchObject({ kind: 'answer', status: 200, truncated: true })
    expect(exchange.kind === 'answer' && exchange.body.length).toBe(1024)
  })

  it('gives up on a server that hangs after the timeout', async () => {
    const server = await serve(hanging)
    const exchange = await transport(get(`${server.origin}/v1/models`), { ...limits, timeoutMs: 150 })
    expect(exchange).toMatchObject({ kind: 'failure', failure: 'timeout', detail: 'no answer within 150 ms' })
  })

  it('reports a reset connection', async () => {
    const server = await serve(resetting)
    expect(await transport(get(`${server.origin}/v1/models`), limits)).toMatchObject({ kind: 'failure', failure: 'reset', detail: 'ECONNRESET' })
  })

  it('reports a refused connection', async () => {
    const server = await startServer(hanging)
    await server.close()
    expect(await transport(get(`${server.origin}/v1/models`), limits)).toMatchObject({ kind: 'failure', failure: 'refused', detail: 'ECONNREFUSED' })
  })

  it('never follows a redirect: the other host receives nothing', async () => {
    const elsewhere = await serve(fixed(200, { data: [] }))
    const server = await serve(redirecting(`${elsewhere.origin}/v1/models`))
    const exchange = await transport(get(`${server.origin}/v1/models`), limits)
    expect(exchange).toMatchObject({ kind: 'answer', status: 302 })
    expect(elsewhere.requests).toHaveLength(0)
  })

  it('stops at once when the budget signal aborts', async () => {
    const server = await serve(hanging)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    expect(await transport(get(`${server.origin}/x`), { ...limits, signal: controller.signal })).toMatchObject({ kind: 'failure', failure: 'budget' })
    expect(await transport(get(`${server.origin}/x`), { ...limits, signal: controller.signal })).toMatchObject({ kind: 'failure', failure: 'budget' })
  })

  describe('over TLS', () => {
    let tls: TlsMaterial
    beforeAll(async () => {
      tls = await makeTestCertificate()
    })

    it('trusts a server whose certificate the injected CA signed', async () => {
      const server = await serve(fixed(200, { data: [] }), tls)
      const exchange = await createNodeTransport({ ca: tls.cert })(get(`${server.origin}/v1/models`), limits)
      expect(exchange).toMatchObject({ kind: 'answer', status: 200 })
    })

    it('refuses a self-signed certificate by default, before any request is sent', async () => {
      const server = await serve(fixed(200, { data: [] }), tls)
      const exchange = await transport(get(`${server.origin}/v1/models`), limits)
      expect(exchange).toMatchObject({ kind: 'failure', failure: 'tls', detail: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
      expect(server.requests).toHaveLength(0)
    })
  })
})

describe('sendWithRetries', () => {
  const options = (overrides = {}) => ({
    transport,
    timeoutMs: 2000,
    maxBodyBytes: 1024,
    deadline: startDeadline(10_000),
    retry: DEFAULT_RETRY,
    isTransient: (answer: { status: number }) => answer.status === 429,
    ...overrides
  })

  it('waits as long as retry-after says, then tries again', async () => {
    const server = await serve(rateLimitedOnce('1', fixed(200, { data: [] })))
    // The pauses asked for are recorded and cut to nothing: the test checks the wait, not the clock.
    const pauses: number[] = []
    const realSetTimeout = globalThis.setTimeout
    const spy = jest.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      pauses.push(ms ?? 0)
      return realSetTimeout(callback, ms === 1000 ? 0 : ms)
    }) as typeof setTimeout)
    try {
      const { exchange, attempts } = await sendWithRetries(get(`${server.origin}/v1/models`), options())
      expect(exchange).toMatchObject({ kind: 'answer', status: 200 })
      expect(attempts).toBe(2)
    } finally {
      spy.mockRestore()
    }
    expect(pauses).toContain(1000)
  })

  it('does not retry when the server asks for a longer pause than the cap', async () => {
    const server = await serve(rateLimitedOnce('3600', fixed(200, { data: [] })))
    const { exchange, attempts } = await sendWithRetries(get(`${server.origin}/v1/models`), options())
    expect(exchange).toMatchObject({ status: 429 })
    expect(attempts).toBe(1)
  })

  it('does not retry when the pause would outlast the budget', async () => {
    const server = await serve(rateLimitedOnce('2', fixed(200, { data: [] })))
    const { attempts } = await sendWithRetries(get(`${server.origin}/v1/models`), options({ deadline: startDeadline(1000) }))
    expect(attempts).toBe(1)
  })

  it('does not retry answers the classifier does not call transient', async () => {
    const server = await serve(fixed(401, { error: { message: 'bad key' } }))
    const { attempts } = await sendWithRetries(get(`${server.origin}/v1/models`), options())
    expect(attempts).toBe(1)
    expect(server.requests).toHaveLength(1)
  })
})

describe('retry-after', () => {
  it('reads retry-after-ms, seconds and HTTP dates', () => {
    const now = Date.parse('2026-08-30T12:00:00Z')
    expect(serverWaitMs({ 'retry-after-ms': '250' }, now)).toBe(250)
    expect(serverWaitMs({ 'retry-after': '2' }, now)).toBe(2000)
    expect(serverWaitMs({ 'retry-after': 'Sun, 30 Aug 2026 12:00:05 GMT' }, now)).toBe(5000)
    expect(serverWaitMs({}, now)).toBeUndefined()
  })

  it('falls back to exponential backoff, and refuses waits past the cap', () => {
    const policy = { retries: 3, maxWaitMs: 5000, backoffMs: 500 }
    expect([1, 2, 3].map((attempt) => retryWaitMs({}, attempt, policy))).toEqual([500, 1000, 2000])
    expect(retryWaitMs({ 'retry-after': '10' }, 1, policy)).toBeUndefined()
  })
})
