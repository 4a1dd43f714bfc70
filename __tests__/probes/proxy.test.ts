/**
 * Probes through an HTTPS proxy: a CONNECT proxy on loopback (node:http) in front of a TLS provider on loopback.
 * The proxy only relays TLS, the target's certificate is still checked, NO_PROXY is honoured, and the host
 * allowlist applies to the target, never to the proxy.
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { effectiveUrl } from '../../src/clients/effective-url.js'
import { clientProfiles } from '../../src/clients/profiles/index.js'
import { lineSpan } from '../../src/core/text.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { createNodeTransport } from '../../src/probes/http.js'
import { proxyFor, proxyFromEnv } from '../../src/probes/proxy.js'
import { runProbes } from '../../src/probes/run.js'
import type { HttpRequest, ProbeTarget } from '../../src/probes/types.js'
import { fakeKeys } from '../helpers/keys.js'
import { fixed, makeTestCertificate, openAiStyle, serverPool, type TlsMaterial } from '../helpers/provider-server.js'

const serve = serverPool()
const limits = { timeoutMs: 5000, maxBodyBytes: 1024 * 1024 }
const get = (url: string): HttpRequest => ({ method: 'GET', url, headers: { authorization: 'Bearer test-token-through-proxy' } })

/** A CONNECT proxy: records each CONNECT target and every byte it relays; `refuse` answers 407 instead. */
interface FakeProxy {
  readonly url: string
  readonly host: string
  readonly connects: string[]
  readonly relayed: Buffer[]
  refuse: boolean
  close(): Promise<void>
}

async function startProxy(): Promise<FakeProxy> {
  const sockets = new Set<net.Socket>()
  const proxy: Omit<FakeProxy, 'url' | 'host' | 'close'> = { connects: [], relayed: [], refuse: false }
  const server = http.createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    sockets.add(client)
    proxy.connects.push(req.url ?? '')
    if (proxy.refuse) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\ncontent-length: 0\r\n\r\n')
    const [host, port] = [(req.url ?? '').replace(/:\d+$/, ''), Number(/:(\d+)$/.exec(req.url ?? '')?.[1])]
    const upstream = net.connect(port, host === 'localhost' ? '127.0.0.1' : host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      client.on('data', (chunk: Buffer) => proxy.relayed.push(chunk))
      upstream.on('data', (chunk: Buffer) => proxy.relayed.push(chunk))
      client.pipe(upstream).pipe(client)
    })
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((socket) => socket.destroy())
        server.close(() => resolve())
      })
  })
}

let tls: TlsMaterial
let proxy: FakeProxy
beforeAll(async () => {
  tls = await makeTestCertificate()
  proxy = await startProxy()
})
afterAll(() => proxy.close())

const relayedText = (): string => Buffer.concat(proxy.relayed).toString('latin1')
const reset = (): void => {
  proxy.connects.length = 0
  proxy.relayed.length = 0
  proxy.refuse = false
}

describe('proxy settings', () => {
  it('reads https_proxy before HTTPS_PROXY, falls back to the http proxy, and reads NO_PROXY', () => {
    expect(proxyFromEnv({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2', NO_PROXY: 'x' })).toEqual({ httpsProxy: 'http://a:1', noProxy: 'x' })
    expect(proxyFromEnv({ HTTP_PROXY: 'http://c:3' })).toEqual({ httpsProxy: 'http://c:3' })
    expect(proxyFromEnv({})).toEqual({})
  })

  it('proxies https only, and not the hosts NO_PROXY names', () => {
    const via = (url: string, noProxy?: string) => proxyFor(new URL(url), { httpsProxy: 'http://proxy.test:3128', ...(noProxy !== undefined && { noProxy }) })?.host
    expect(via('https://api.openai.com/v1')).toBe('proxy.test:3128')
    expect(via('http://127.0.0.1:8080/v1')).toBeUndefined()
    expect(via('https://api.openai.com/v1', '*')).toBeUndefined()
    expect(via('https://api.openai.com/v1', 'openai.com')).toBe('proxy.test:3128')
    expect(via('https://api.openai.com/v1', 'internal.test, .openai.com')).toBeUndefined()
    expect(via('https://api.openai.com/v1', '*.openai.com')).toBeUndefined()
    expect(via('https://API.OpenAI.com/v1', 'api.openai.com:443')).toBeUndefined()
    expect(via('https://api.openai.com/v1', 'api.openai.com:8443')).toBe('proxy.test:3128')
    expect(proxyFor(new URL('https://api.openai.com/v1'), {})).toBeUndefined()
  })
})

describe('the transport through a CONNECT proxy', () => {
  it('tunnels to the target: the proxy sees the host and port, never the key', async () => {
    reset()
    const server = await serve(fixed(200, { data: [] }), tls)
    const port = new URL(server.origin).port
    const transport = createNodeTransport({ ca: tls.cert, proxy: { httpsProxy: proxy.url } })
    const exchange = await transport(get(`https://localhost:${port}/v1/models`), limits)
    expect(exchange).toMatchObject({ kind: 'answer', status: 200, body: '{"data":[]}' })
    expect(proxy.connects).toEqual([`localhost:${port}`])
    expect(server.requests.map((r) => r.headers.authorization)).toEqual(['Bearer test-token-through-proxy'])
    expect(relayedText()).not.toContain('test-token-through-proxy')
  })

  it("still checks the target's certificate", async () => {
    reset()
    const server = await serve(fixed(200, { data: [] }), tls)
    const exchange = await createNodeTransport({ proxy: { httpsProxy: proxy.url } })(get(`https://localhost:${new URL(server.origin).port}/v1/models`), limits)
    expect(exchange).toMatchObject({ kind: 'failure', failure: 'tls', detail: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
    expect(server.requests).toEqual([])
  })

  it('goes direct for a NO_PROXY host, and names the proxy when it refuses', async () => {
    reset()
    const server = await serve(fixed(200, { data: [] }), tls)
    const port = new URL(server.origin).port
    const direct = createNodeTransport({ ca: tls.cert, proxy: { httpsProxy: proxy.url, noProxy: 'localhost' } })
    expect(await direct(get(`https://localhost:${port}/v1/models`), limits)).toMatchObject({ kind: 'answer', status: 200 })
    expect(proxy.connects).toEqual([])
    proxy.refuse = true
    const refused = await createNodeTransport({ ca: tls.cert, proxy: { httpsProxy: proxy.url } })(get(`https://localhost:${port}/v1/models`), limits)
    expect(refused).toMatchObject({ kind: 'failure', failure: 'network', detail: `proxy ${proxy.host}: PROXY_407` })
    const wrong = await createNodeTransport({ proxy: { httpsProxy: 'https://127.0.0.1:1' } })(get(`https://localhost:${port}/v1/models`), limits)
    expect(wrong).toMatchObject({ kind: 'failure', failure: 'network', detail: 'proxy 127.0.0.1:1: ERR_PROXY_PROTOCOL' })
  })
})

describe('the allowlist with a proxy', () => {
  const catalog = createCatalog()
  const key = fakeKeys.openaiProject('proxy')
  const baseUrlVar = clientProfiles['openai-sdk'].baseUrlVars[0]!
  const targetAt = (base: string): ProbeTarget => ({
    id: '.env',
    key,
    baseUrl: base,
    chatUrl: effectiveUrl(base, baseUrlVar).url,
    keyMatch: catalog.identifyKey(key)!,
    models: [],
    anchor: { file: '.env', span: lineSpan(1, 1) }
  })

  it('applies to the target: allowing the proxy host sends nothing; allowing the target probes it through the proxy', async () => {
    reset()
    const server = await serve(openAiStyle({ key, models: ['gpt-4o'] }), tls)
    const target = targetAt(`https://localhost:${new URL(server.origin).port}/v1`)
    const transport = createNodeTransport({ ca: tls.cert, proxy: { httpsProxy: proxy.url } })

    const [blocked] = await runProbes([target], { transport, policy: { extraHosts: [proxy.host] } })
    expect(blocked!.verdicts.every((v) => v.outcome === 'indeterminate')).toBe(true)
    expect(proxy.connects).toEqual([])
    expect(server.requests).toEqual([])

    const [allowed] = await runProbes([target], { transport, policy: { extraHosts: [new URL(target.baseUrl).host] } })
    expect(allowed!.verdicts.find((v) => v.rule === 'probe-key')?.outcome).toBe('verified')
    expect(proxy.connects.length).toBeGreaterThan(0)
    expect(relayedText()).not.toContain(key)
  })
})
