/**
 * End to end against fake providers on loopback: runProbes → policy → transport → classification → verdicts,
 * reports and support blocks. One behaviour per test; every test also checks the key never shows in any output.
 */
import { beforeAll, describe, it, expect } from '@jest/globals'
import { effectiveUrl } from '../../src/clients/effective-url.js'
import { clientProfiles } from '../../src/clients/profiles/index.js'
import type { BaseUrlVar } from '../../src/clients/types.js'
import { maskSecret } from '../../src/core/redact.js'
import { lineSpan } from '../../src/core/text.js'
import { createCatalog } from '../../src/providers/catalog.js'
import type { Provider } from '../../src/providers/types.js'
import { createNodeTransport } from '../../src/probes/http.js'
import { probeReports } from '../../src/probes/findings.js'
import { runProbes, type RunOptions } from '../../src/probes/run.js'
import { formatSupportBlock, supportInfo } from '../../src/probes/support.js'
import type { ProbeResult, ProbeTarget, Verdict } from '../../src/probes/types.js'
import { fakeKeys } from '../helpers/keys.js'
import {
  anthropicStyle,
  hanging,
  htmlSite,
  makeTestCertificate,
  oneApiStyle,
  openAiStyle,
  openRouterStyle,
  rateLimitedOnce,
  receivedKey,
  redirecting,
  resetting,
  serverPool,
  type FakeServer,
  type TlsMaterial
} from '../helpers/provider-server.js'

const catalog = createCatalog()
const NEXTCHAT_BASE_URL = clientProfiles.nextchat.baseUrlVars.find((v) => v.name === 'BASE_URL')!
const NEXTCHAT_ANTHROPIC_URL = clientProfiles.nextchat.baseUrlVars.find((v) => v.name === 'ANTHROPIC_URL')!
const SDK_BASE_URL = clientProfiles['openai-sdk'].baseUrlVars[0]!

const serve = serverPool()

interface TargetSpec {
  readonly key: string
  readonly base: string
  readonly variable?: BaseUrlVar
  readonly models?: readonly string[]
  readonly hostProvider?: Provider
  readonly id?: string
}

function target(spec: TargetSpec): ProbeTarget {
  const keyMatch = catalog.identifyKey(spec.key)
  return {
    id: spec.id ?? 'docker-compose.yml#services.chat',
    key: spec.key,
    baseUrl: spec.base,
    chatUrl: effectiveUrl(spec.base, spec.variable ?? NEXTCHAT_BASE_URL).url,
    ...(spec.hostProvider && { hostProvider: spec.hostProvider }),
    ...(keyMatch && { keyMatch }),
    models: spec.models ?? [],
    anchor: { file: 'docker-compose.yml', span: lineSpan(7, 20) }
  }
}

function options(servers: readonly FakeServer[], overrides: Partial<RunOptions> = {}): RunOptions {
  return { transport: createNodeTransport(), policy: { extraHosts: servers.map((s) => s.host) }, ...overrides }
}

async function probeOne(spec: TargetSpec, server: FakeServer, overrides: Partial<RunOptions> = {}): Promise<{ result: ProbeResult; t: ProbeTarget }> {
  const t = target(spec)
  const [result] = await runProbes([t], options([server], overrides))
  expectNoKeyIn(result!, t)
  return { result: result!, t }
}

const verdict = (result: ProbeResult, rule: Verdict['rule'], model?: string): Verdict | undefined =>
  result.verdicts.find((v) => v.rule === rule && (model === undefined || v.model === model))

/**
 * Nothing a probe returns — results, reports, support blocks — may hold the key or a run of 8 of its characters,
 * except the known prefix that the masked form shows (`sk-proj-…abcd`).
 */
function expectNoKeyIn(result: ProbeResult, t: ProbeTarget): void {
  const reports = probeReports(result, t).map(({ secrets: _secrets, ...rest }) => rest)
  const blocks = result.verdicts.map((v) => supportInfo(result, v, t)).filter((s) => s !== undefined).map(formatSupportBlock)
  const everything = JSON.stringify({ result, reports, blocks })
  const shownPrefix = maskSecret(t.key).split('…')[0]!.length
  for (let i = 0; i + 8 <= t.key.length; i++) {
    if (i + 8 > shownPrefix) expect(everything).not.toContain(t.key.slice(i, i + 8))
  }
}

describe('an OpenAI-style provider', () => {
  const key = fakeKeys.openaiProject()
  const models = ['gpt-4o', 'gpt-4o-mini', 'o3-mini']

  it('verifies a valid key, the route and the configured model, and reports nothing', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const { result, t } = await probeOne({ key, base: server.origin, models: ['gpt-4o-mini'] }, server)
    expect(result.verdicts.map((v) => [v.rule, v.outcome, v.caseId])).toEqual([
      ['probe-key', 'verified', 'madeUpModelRefused'],
      ['probe-route', 'verified', 'madeUpModelRefused'],
      ['probe-model', 'verified', 'modelListed']
    ])
    expect(result.modelIds).toEqual(models)
    expect(probeReports(result, t)).toEqual([])
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/models', 'POST /v1/chat/completions'])
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${key}`)
    expect(JSON.parse(server.requests[1]!.body)).toMatchObject({ model: 'llm-env-lint-probe-no-such-model', max_tokens: 1 })
  })

  it('rejects a wrong key, scrubs the key the provider echoes, and gives a support block', async () => {
    const server = await serve(openAiStyle({ key: fakeKeys.openaiProject('other'), models }))
    const { result, t } = await probeOne({ key, base: server.origin }, server)
    const key401 = verdict(result, 'probe-key')!
    expect(key401).toMatchObject({ outcome: 'rejected', caseId: 'keyRejected' })
    expect(result.steps[0]!.message).toMatch(/^Incorrect API key provided: \[key redacted\]\. You can find/)
    expect(server.requests).toHaveLength(1)
    const [report] = probeReports(result, t)
    expect(report).toMatchObject({ ruleId: 'probe-key', messageId: 'keyRejected', file: 'docker-compose.yml', secrets: [key] })
    expect(report!.severity).toBeUndefined()
    const block = formatSupportBlock(supportInfo(result, key401, t)!)
    expect(block).toMatch(/^Time \(UTC\): +\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/m)
    expect(block).toContain(`GET ${server.origin}/v1/models`)
    expect(block).toMatch(/^HTTP status: +401$/m)
    expect(block).toMatch(/^Error code: +invalid_api_key$/m)
    expect(block).toMatch(/^Request id: +x-request-id: req_openai_0001$/m)
    expect(block).toMatch(new RegExp(`^API key: +sk-proj-…${key.slice(-4)} \\(OpenAI\\)$`, 'm'))
  })

  it('reports a configured model the key does not have, with the closest ids', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const { result, t } = await probeOne({ key, base: server.origin, models: ['gpt-4o-mnii'] }, server)
    expect(verdict(result, 'probe-model', 'gpt-4o-mnii')).toMatchObject({ outcome: 'rejected', caseId: 'modelMissing' })
    const [report] = probeReports(result, t)
    expect(report!.data!.suggestions).toBe('; closest: gpt-4o-mini, gpt-4o')
    expect(verdict(result, 'probe-key')!.outcome).toBe('verified')
  })

  it('with probe-chat, tells an account without credits (429 insufficient_quota) from a rate limit, without retrying', async () => {
    const server = await serve(openAiStyle({ key, models, noCredits: true }))
    const { result } = await probeOne({ key, base: server.origin, models: ['gpt-4o'] }, server, { chat: true })
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'noCredits' })
    expect(server.requests).toHaveLength(2)
    expect(result.steps[1]).toMatchObject({ kind: 'chat-real', status: 429, attempts: 1, model: 'gpt-4o' })
  })

  it('with probe-chat, falls back from max_tokens to max_completion_tokens', async () => {
    const server = await serve(openAiStyle({ key, models, reasoningModels: ['o3-mini'] }))
    const { result } = await probeOne({ key, base: server.origin, models: ['o3-mini'] }, server, { chat: true })
    expect(result.steps.map((s) => s.caseId)).toEqual(['modelsListed', 'tokenLimitRefused', 'chatReplied'])
    expect(JSON.parse(server.requests[2]!.body)).toMatchObject({ model: 'o3-mini', max_completion_tokens: 1 })
    expect(result.verdicts.every((v) => v.outcome === 'verified')).toBe(true)
  })

  it('names a key of another provider as the reason for a 401', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const anthropicKey = fakeKeys.anthropic()
    const { result, t } = await probeOne({ key: anthropicKey, base: server.origin, hostProvider: catalog.byId('openai')! }, server)
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'keyProviderMismatch' })
    expect(probeReports(result, t)[0]!.data).toMatchObject({ keyProvider: 'Anthropic', hostProvider: 'OpenAI' })
  })

  it('reports a key with a line break inside without sending it', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const { result } = await probeOne({ key: `${key.slice(0, 20)}\n${key.slice(20)}`, base: server.origin }, server)
    expect(result.verdicts).toMatchObject([{ rule: 'probe-key', outcome: 'rejected', caseId: 'keyMalformed' }])
    expect(server.requests).toHaveLength(0)
  })
})

describe('an Anthropic-style provider', () => {
  it('gets x-api-key and anthropic-version on the native route, never a Bearer header', async () => {
    const key = fakeKeys.anthropic()
    const server = await serve(anthropicStyle({ key, models: ['claude-sonnet-4-5'] }))
    const { result } = await probeOne({ key, base: server.origin, variable: NEXTCHAT_ANTHROPIC_URL, models: ['claude-sonnet-4-5'] }, server)
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/models', 'POST /v1/messages'])
    for (const r of server.requests) {
      expect(r.headers).toMatchObject({ 'x-api-key': key, 'anthropic-version': '2023-06-01' })
      expect(r.headers.authorization).toBeUndefined()
    }
    expect(result.verdicts.every((v) => v.outcome === 'verified')).toBe(true)
    expect(result.steps[1]!.requestIds).toEqual([{ name: 'request-id', value: 'req_011CAnthropic' }])
  })
})

describe('a one-api / new-api gateway', () => {
  const key = fakeKeys.gateway()
  const models = ['gpt-4o-mini', 'claude-sonnet-4-5', 'deepseek-chat']

  it('catches a NextChat BASE_URL ending in /v1 (/v1/v1 → Invalid URL) and stops there', async () => {
    const server = await serve(oneApiStyle({ key, models }))
    const { result, t } = await probeOne({ key, base: `${server.origin}/v1` }, server)
    expect(verdict(result, 'probe-route')).toMatchObject({ outcome: 'rejected', caseId: 'doubleVersion' })
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/v1/models'])
    expect(probeReports(result, t)[0]!.data!.path).toBe('/v1/v1/models')
  })

  it('accepts the same base for an SDK-style client that wants /v1', async () => {
    const server = await serve(oneApiStyle({ key, models }))
    const { result } = await probeOne({ key, base: `${server.origin}/v1`, variable: SDK_BASE_URL }, server)
    expect(verdict(result, 'probe-route')!.outcome).toBe('verified')
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'verified', caseId: 'madeUpModelRefused' })
  })

  it('explains 503 无可用渠道 (no channel) for a listed model, with the request id', async () => {
    const server = await serve(oneApiStyle({ key, models, channels: ['gpt-4o-mini'] }))
    const { result, t } = await probeOne({ key, base: server.origin, models: ['deepseek-chat'] }, server, { chat: true })
    expect(verdict(result, 'probe-model', 'deepseek-chat')).toMatchObject({ outcome: 'rejected', caseId: 'noChannel' })
    expect(result.steps[1]).toMatchObject({ status: 503, attempts: 1, errorCode: 'one_api_error' })
    expect(probeReports(result, t).map((r) => r.messageId)).toContain('noChannel')
    expect(supportInfo(result, verdict(result, 'probe-model', 'deepseek-chat')!, t)!.requestIds).toEqual([{ name: 'x-oneapi-request-id', value: '20260830120000123456789' }])
  })

  it('explains 403 insufficient_user_quota as no credits', async () => {
    const server = await serve(oneApiStyle({ key, models, noQuota: true }))
    const { result } = await probeOne({ key, base: server.origin, models: ['gpt-4o-mini'] }, server, { chat: true })
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'noCredits' })
  })

  it('explains 401 无效的令牌 as a token the gateway does not accept', async () => {
    const server = await serve(oneApiStyle({ key: fakeKeys.gateway('other'), models }))
    const { result } = await probeOne({ key, base: server.origin }, server)
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'gatewayTokenRejected' })
    expect(result.steps[0]!.message).toBe('无效的令牌 (request id: 20260830120000123456789)')
  })

  it('explains 该令牌额度已用尽 and scrubs the token the gateway echoes', async () => {
    const server = await serve(oneApiStyle({ key, models, tokenExhausted: true }))
    const { result } = await probeOne({ key, base: server.origin }, server)
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'tokenExhausted' })
    expect(result.steps[0]!.message).toMatch(/^\[\[key redacted\]\] 该令牌额度已用尽/)
  })

  it('calls the dashboard SPA a web page when the base has a wrong prefix', async () => {
    const server = await serve(oneApiStyle({ key, models }))
    const { result } = await probeOne({ key, base: `${server.origin}/openai` }, server)
    expect(verdict(result, 'probe-route')).toMatchObject({ outcome: 'rejected', caseId: 'webPage' })
  })
})

describe('an OpenRouter-style gateway', () => {
  const key = fakeKeys.openrouter()
  const models = ['openai/gpt-4o', 'anthropic/claude-sonnet-4.5']
  const openrouter = catalog.byId('openrouter')!

  it('does not take the public models list as proof of the key: the chat probe rejects a wrong one', async () => {
    const server = await serve(openRouterStyle({ key: fakeKeys.openrouter('other'), models }))
    const { result } = await probeOne({ key, base: `${server.origin}/api/v1`, variable: SDK_BASE_URL, hostProvider: openrouter }, server)
    expect(result.steps.map((s) => s.caseId)).toEqual(['publicModelsListed', 'keyRejected'])
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'keyRejected' })
  })

  it('explains 402 as no credits', async () => {
    const server = await serve(openRouterStyle({ key, models, noCredits: true }))
    const { result } = await probeOne({ key, base: `${server.origin}/api/v1`, variable: SDK_BASE_URL, hostProvider: openrouter, models: ['openai/gpt-4o'] }, server, { chat: true })
    expect(verdict(result, 'probe-key')).toMatchObject({ outcome: 'rejected', caseId: 'noCredits' })
    expect(result.steps[1]!.requestIds).toEqual([{ name: 'cf-ray', value: '8f0c0ffee-FRA' }])
  })
})

describe('servers that are not an API, or misbehave', () => {
  const key = fakeKeys.gateway('site')

  it('calls a marketing site answering 200 HTML a website, not an API', async () => {
    const server = await serve(htmlSite)
    const { result, t } = await probeOne({ key, base: server.origin }, server)
    expect(verdict(result, 'probe-route')).toMatchObject({ outcome: 'rejected', caseId: 'webPage' })
    expect(probeReports(result, t)[0]!.data!.title).toBe(', “RutaAPI — one key for every model”')
  })

  it('gives up on a server that hangs: indeterminate, a note, or an error with failOnIndeterminate', async () => {
    const server = await serve(hanging)
    const { result, t } = await probeOne({ key, base: server.origin }, server, { timeoutMs: 200 })
    expect(verdict(result, 'probe-route')).toMatchObject({ outcome: 'indeterminate', caseId: 'timeout' })
    expect(verdict(result, 'probe-route')!.explanation).toBe(`no answer from ${server.host} within 0.2 s`)
    expect(probeReports(result, t)[0]!.severity).toBe('note')
    expect(probeReports(result, t, { failOnIndeterminate: true })[0]!.severity).toBe('error')
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/models']) // no chat request after a timeout
  })

  it('reports a connection reset', async () => {
    const server = await serve(resetting)
    const { result } = await probeOne({ key, base: server.origin }, server)
    expect(verdict(result, 'probe-route')).toMatchObject({ outcome: 'indeterminate', caseId: 'connectionReset' })
    expect(server.requests).toHaveLength(1)
  })

  it('waits out a 429 with retry-after and then verifies', async () => {
    const openaiKey = fakeKeys.openaiProject('rl')
    const server = await serve(rateLimitedOnce('1', openAiStyle({ key: openaiKey, models: ['gpt-4o'] })))
    const { result } = await probeOne({ key: openaiKey, base: server.origin }, server)
    expect(result.steps[0]).toMatchObject({ caseId: 'modelsListed', attempts: 2 })
    expect(verdict(result, 'probe-key')!.outcome).toBe('verified')
  })

  it('does not follow a redirect to another host: that host receives nothing', async () => {
    const elsewhere = await serve(openAiStyle({ key, models: [] }))
    const server = await serve(redirecting(`${elsewhere.origin}/v1/models`))
    const t = target({ key, base: server.origin })
    const [result] = await runProbes([t], options([server, elsewhere]))
    expect(verdict(result!, 'probe-route')).toMatchObject({ outcome: 'indeterminate', caseId: 'redirectElsewhere' })
    expect(verdict(result!, 'probe-route')!.data.location).toBe(`${elsewhere.origin}/v1/models`)
    expect(elsewhere.requests).toHaveLength(0)
  })
})

describe('the attack: a base URL pointing at a server that is not allowed', () => {
  const key = fakeKeys.openaiProject('victim')

  it('sends nothing to a loopback server missing from probe-hosts, and says why', async () => {
    const attacker = await serve(openAiStyle({ key, models: ['gpt-4o'] }))
    const t = target({ key, base: attacker.origin })
    const [result] = await runProbes([t], options([]))
    expect(attacker.requests).toHaveLength(0)
    expect(receivedKey(attacker, key)).toBe(false)
    expect(result!.verdicts).toMatchObject([{ rule: 'probe-route', outcome: 'indeterminate', caseId: 'hostNotAllowed' }])
    const [report] = probeReports(result!, t)
    expect(report).toMatchObject({ severity: 'warning', messageId: 'hostNotAllowed' })
    expect(report!.data!.reason).toMatch(/loopback address not listed in probe-hosts/)
    expectNoKeyIn(result!, t)
  })

  it('sends nothing when probe-hosts lists the same address with another port', async () => {
    const attacker = await serve(openAiStyle({ key, models: ['gpt-4o'] }))
    await runProbes([target({ key, base: attacker.origin })], { ...options([]), policy: { extraHosts: ['127.0.0.1:1'] } })
    expect(attacker.requests).toHaveLength(0)
  })

  it('sends nothing to a host reached only through a cross-host redirect from an allowed one', async () => {
    const attacker = await serve(openAiStyle({ key, models: ['gpt-4o'] }))
    const allowed = await serve(redirecting(`${attacker.origin}/steal`, 307))
    await runProbes([target({ key, base: allowed.origin })], options([allowed]))
    expect(receivedKey(attacker, key)).toBe(false)
    expect(attacker.requests).toHaveLength(0)
  })
})

describe('over https', () => {
  let tls: TlsMaterial
  beforeAll(async () => {
    tls = await makeTestCertificate()
  })

  it('verifies through a transport that trusts the test CA', async () => {
    const key = fakeKeys.openaiProject('tls')
    const server = await serve(openAiStyle({ key, models: ['gpt-4o'] }), tls)
    const { result } = await probeOne({ key, base: server.origin, models: ['gpt-4o'] }, server, { transport: createNodeTransport({ ca: tls.cert }) })
    expect(result.verdicts.every((v) => v.outcome === 'verified')).toBe(true)
  })

  it('stops at an untrusted certificate, and the key never reaches the server', async () => {
    const key = fakeKeys.openaiProject('tls2')
    const server = await serve(openAiStyle({ key, models: ['gpt-4o'] }), tls)
    const { result } = await probeOne({ key, base: server.origin }, server)
    expect(verdict(result, 'probe-route')).toMatchObject({ outcome: 'indeterminate', caseId: 'tlsFailure' })
    expect(server.requests).toHaveLength(0)
  })
})

describe('runProbes', () => {
  it('sends each distinct request once, however many deployments share it', async () => {
    const key = fakeKeys.openaiProject('shared')
    const server = await serve(openAiStyle({ key, models: ['gpt-4o'] }))
    const targets = ['a', 'b', 'c'].map((id) => target({ key, base: server.origin, id, models: ['gpt-4o'] }))
    const results = await runProbes(targets, options([server]))
    expect(results.map((r) => r.target)).toEqual(['a', 'b', 'c'])
    expect(results.every((r) => r.verdicts.every((v) => v.outcome === 'verified'))).toBe(true)
    expect(server.requests).toHaveLength(2)
  })

  it('ends everything still running when the overall budget runs out', async () => {
    const server = await serve(hanging)
    const key = fakeKeys.gateway('budget')
    const targets = ['a', 'b'].map((id) => target({ key: fakeKeys.gateway(id), base: server.origin, id }))
    const results = await runProbes(targets, options([server], { budgetMs: 200, timeoutMs: 5000 }))
    expect(results.map((r) => verdict(r, 'probe-route')!.caseId)).toEqual(['budgetExhausted', 'budgetExhausted'])
    expect(key).toBeDefined()
  })

  it('respects the concurrency cap', async () => {
    let inFlight = 0
    let peak = 0
    const key = fakeKeys.openaiProject('cap')
    const inner = openAiStyle({ key, models: ['gpt-4o'] })
    const server = await serve((req, res) => {
      peak = Math.max(peak, ++inFlight)
      setTimeout(() => {
        inFlight--
        inner(req, res)
      }, 30)
    })
    const targets = Array.from({ length: 6 }, (_, i) => target({ key: fakeKeys.openaiProject(`cap${i}`), base: server.origin, id: `t${i}` }))
    await runProbes(targets, options([server], { concurrency: 2 }))
    expect(peak).toBe(2)
  })
})
