import { describe, it, expect } from '@jest/globals'
import { ALL_CASES } from '../../src/probes/cases.js'
import { PROBE_RULES, probeKeyRule, probeModelRule, probeRouteRule } from '../../src/probes/rules.js'

describe('probe rule metadata', () => {
  it('names the three probe rules', () => {
    expect(PROBE_RULES.map((r) => r.id)).toEqual(['probe-key', 'probe-model', 'probe-route'])
    expect(PROBE_RULES.every((r) => r.severity === 'error' && r.description.length > 0)).toBe(true)
  })

  it('has a message (the explanation) and a tip (the next step) for every case that can become a finding, under the rule of its subject', () => {
    for (const c of ALL_CASES.filter((c) => c.outcome !== 'verified')) {
      const rule = { 'probe-key': probeKeyRule, 'probe-model': probeModelRule, 'probe-route': probeRouteRule }[c.rule]
      expect([rule.messages[c.id], rule.tips?.[c.id]]).toEqual([c.explanation, c.nextStep])
    }
  })

  it('writes messages as one sentence: lower-case start, no final full stop', () => {
    for (const message of PROBE_RULES.flatMap((r) => Object.values(r.messages))) {
      expect(message).toMatch(/^[a-z{]/)
      expect(message).not.toMatch(/\.$/)
    }
  })
})
