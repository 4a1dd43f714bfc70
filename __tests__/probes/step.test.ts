/**
 * probeStep: the pipeline's probe stage over a real lint result and fake providers on loopback. Its reports join the
 * static findings through the engine (masked, fingerprinted, severities from the config); summaries feed the reports.
 */
import { beforeAll, describe, it, expect } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { parseConfig, toLintSettings } from '../../src/config/index.js'
import { addProbeReports, lint } from '../../src/engine/lint.js'
import type { LintSettings } from '../../src/core/types.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { probeTimeoutMs } from '../../src/probes/limits.js'
import { probeStep, type ProbeOptions } from '../../src/probes/step.js'
import type { Transport } from '../../src/probes/types.js'
import { fakeKeys } from '../helpers/keys.js'
import { fixed, openAiStyle, receivedKey, serverPool, type FakeServer } from '../helpers/provider-server.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const catalog = createCatalog()
const key = fakeKeys.openaiProject('step')
const models = ['gpt-4o', 'gpt-4o-mini']
const serve = serverPool()

/** A NextChat deployment whose key comes from the environment and whose BASE_URL is `base`. */
function deployment(base: string, model = 'gpt-4o-mini') {
  return [
    { path: 'package.json', text: '{"name":"nextchat"}\n' },
    { path: '.env', text: `OPENAI_API_KEY=\${OPENAI_API_KEY}\nBASE_URL=${base}\nDEFAULT_MODEL=${model}\nCODE=\${ACCESS_CODE}\n` }
  ]
}

function options(server: FakeServer | undefined, sent: string, extra: Partial<ProbeOptions> = {}): ProbeOptions {
  return {
    keys: { valueFor: (ref) => (ref.name === 'OPENAI_API_KEY' ? sent : undefined), origin: 'the environment' },
    hosts: server ? [server.host] : [],
    chat: false,
    failOnIndeterminate: false,
    timeoutMs: 2000,
    ...extra
  }
}

async function probed(files: ReturnType<typeof deployment>, probe: ProbeOptions, rules: LintSettings['rules'] = {}) {
  const settings: LintSettings = { rules, providers: [] }
  const result = lint(files, settings)
  const outcome = await probeStep(result.model, catalog, probe)
  const findings = addProbeReports(result, outcome.reports, settings, catalog).findings
  const everything = JSON.stringify({ findings, probes: outcome.probes, notices: outcome.notices })
  expect(everything).not.toContain(key)
  expect(everything).not.toContain(key.slice(20, 40))
  return { ...outcome, probeFindings: findings.filter((f) => f.ruleId.startsWith('probe-')) }
}

describe('probeStep', () => {
  it('adds nothing to the findings for a working key, and summarises every check as verified', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const { probeFindings, probes, notices } = await probed(deployment(server.origin), options(server, key))
    expect(probeFindings).toEqual([])
    expect(notices).toEqual([])
    expect(probes).toEqual([
      expect.objectContaining({
        name: 'OPENAI_API_KEY',
        file: '.env',
        scope: '.env',
        key: `sk-proj-…${key.slice(-4)}`,
        baseUrl: server.origin,
        outcome: 'verified',
        checks: [
          expect.objectContaining({ rule: 'probe-key', outcome: 'verified' }),
          expect.objectContaining({ rule: 'probe-route', outcome: 'verified' }),
          expect.objectContaining({ rule: 'probe-model', outcome: 'verified', model: 'gpt-4o-mini' })
        ]
      })
    ])
    expect(probes[0]!.checks.every((c) => c.support === undefined)).toBe(true)
  })

  it('reports a rejected key as an error on the key setting, with a support block in the summary', async () => {
    const server = await serve(openAiStyle({ key: fakeKeys.openaiProject('the-real-one'), models }))
    const { probeFindings, probes } = await probed(deployment(server.origin), options(server, key))
    expect(probeFindings).toEqual([
      expect.objectContaining({ ruleId: 'probe-key', messageId: 'keyRejected', severity: 'error', file: '.env', span: expect.objectContaining({ start: { line: 1, column: 16 } }) })
    ])
    expect(probeFindings[0]!.message).toContain(`sk-proj-…${key.slice(-4)}`)
    expect(probes[0]).toMatchObject({ outcome: 'rejected' })
    const check = probes[0]!.checks.find((c) => c.rule === 'probe-key')!
    expect(check).toMatchObject({ outcome: 'rejected', support: { status: 401, errorCode: 'invalid_api_key', requestIds: [{ name: 'x-request-id', value: 'req_openai_0001' }] } })
  })

  it('names a missing model with the closest listed ids', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const { probeFindings } = await probed(deployment(server.origin, 'gpt-4o-min'), options(server, key))
    expect(probeFindings.map((f) => [f.ruleId, f.messageId])).toEqual([['probe-model', 'modelMissing']])
    expect(probeFindings[0]!.message).toContain('closest: gpt-4o-mini')
  })

  it('sends nothing to a host the policy does not allow, and warns why', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const { probeFindings, probes } = await probed(deployment(server.origin), options(undefined, key))
    expect(server.requests).toEqual([])
    expect(receivedKey(server, key)).toBe(false)
    expect(probeFindings.map((f) => [f.ruleId, f.messageId, f.severity])).toEqual([['probe-route', 'hostNotAllowed', 'warning']])
    expect(probes[0]).toMatchObject({ outcome: 'indeterminate' })
  })

  it('the attack through the config file: a gateway the pull request adds to .llm-env-lint.yml is not sent the key', async () => {
    const config = parseConfig('providers:\n  - id: my-gateway\n    name: My gateway\n    apiRoot: https://evil.test/v1\n    apiHosts: [evil.test]\n', {
      file: '.llm-env-lint.yml',
      knownRuleIds: [],
      knownClients: []
    })
    const settings = toLintSettings(config)
    const asked: string[] = []
    const transport: Transport = async (request) => {
      asked.push(request.url)
      return { kind: 'failure', failure: 'dns', detail: 'ENOTFOUND', elapsedMs: 0 }
    }
    const outcome = await probeStep(lint(deployment('https://evil.test'), settings).model, createCatalog(settings.providers), options(undefined, key, { transport }))
    expect(asked).toEqual([])
    expect(outcome.reports.map((r) => r.messageId)).toEqual(['hostNotAllowed'])
  })

  it('keeps indeterminate outcomes as notes, unless fail-on-indeterminate, whatever the config raises them to', async () => {
    const server = await serve(fixed(500, { error: { message: 'upstream exploded', type: 'server_error' } }))
    const notes = await probed(deployment(server.origin), options(server, key), { 'probe-route': 'error' })
    expect(notes.probeFindings.map((f) => [f.messageId, f.severity])).toEqual([['serverError', 'note']])
    const errors = await probed(deployment(server.origin), options(server, key, { failOnIndeterminate: true }))
    expect(errors.probeFindings.map((f) => [f.messageId, f.severity])).toEqual([['serverError', 'error']])
  })

  it('lets the config lower or turn off a probe rule', async () => {
    const server = await serve(openAiStyle({ key: fakeKeys.openaiProject('the-real-one'), models }))
    const lowered = await probed(deployment(server.origin), options(server, key), { 'probe-key': 'warning' })
    expect(lowered.probeFindings.map((f) => f.severity)).toEqual(['warning'])
    const off = await probed(deployment(server.origin), options(server, key), { 'probe-key': 'off' })
    expect(off.probeFindings).toEqual([])
    expect(off.probes[0]).toMatchObject({ outcome: 'rejected' })
  })

  it('passes on why keys were not probed', async () => {
    const { probes, notices } = await probed(deployment('https://api.rutaapi.com'), options(undefined, ''))
    expect(probes).toEqual([])
    expect(notices).toEqual(['OPENAI_API_KEY in .env: not probed, OPENAI_API_KEY is empty or missing in the environment'])
  })
})

describe('probeTimeoutMs', () => {
  it('reads seconds greater than 0 and at most 300', () => {
    expect(['10', '0.5', '300'].map(probeTimeoutMs)).toEqual([10_000, 500, 300_000])
    expect(['', ' ', '0', '-1', '301', 'ten', 'Infinity'].map(probeTimeoutMs)).toEqual(Array(7).fill(undefined))
  })
})
