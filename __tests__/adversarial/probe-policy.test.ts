/**
 * Class 9: where a key may go. Every `*.openai.azure.com` host was trusted, though any Azure customer can create one;
 * a `probe-hosts` wildcard could span a public suffix; nothing bounded the keyed requests of a run.
 */
import { describe, it, expect } from '@jest/globals'
import { isProbeAllowed, parseProbeHosts } from '../../src/probes/policy.js'
import { capped } from '../../src/probes/run.js'
import type { HttpExchange, Transport } from '../../src/probes/types.js'

describe('probe policy', () => {
  it('sends a key to an Azure AI host only when probe-hosts lists it', () => {
    for (const url of ['https://attacker.openai.azure.com/openai/v1/models', 'https://x.cognitiveservices.azure.com/', 'https://x.services.ai.azure.com/']) {
      expect(isProbeAllowed(url, { extraHosts: [] })).toMatchObject({ allowed: false, code: 'host-shared-suffix' })
    }
    expect(isProbeAllowed('https://mine.openai.azure.com/openai/v1/models', { extraHosts: ['mine.openai.azure.com'] })).toEqual({ allowed: true })
    expect(isProbeAllowed('https://api.openai.com/v1/models', { extraHosts: [] })).toEqual({ allowed: true })
  })

  it('refuses probe-hosts wildcards that span a public suffix, a shared provider suffix or a numeric range', () => {
    const { hosts, invalid } = parseProbeHosts('*.co.uk, *.github.io, *.vercel.app, *.openai.azure.com, *.0.0.10, *.corp.example.com, *.example.co.uk')
    expect(invalid).toEqual(['*.co.uk', '*.github.io', '*.vercel.app', '*.openai.azure.com', '*.0.0.10'])
    expect(hosts).toEqual(['*.corp.example.com', '*.example.co.uk'])
  })

  it('caps the keyed requests of a run; later ones fail as budget without reaching the transport', async () => {
    let reached = 0
    const answer: HttpExchange = { kind: 'failure', failure: 'refused', detail: 'x', elapsedMs: 0 }
    const transport: Transport = async () => (reached++, answer)
    const send = capped(transport, 3)
    const results = await Promise.all(Array.from({ length: 10 }, () => send({ method: 'GET', url: 'https://api.openai.com/v1/models', headers: {} }, { timeoutMs: 1, maxBodyBytes: 1 })))
    expect(reached).toBe(3)
    expect(results.filter((r) => r.kind === 'failure' && r.failure === 'budget')).toHaveLength(7)
  })
})
