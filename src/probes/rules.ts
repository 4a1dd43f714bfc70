/**
 * Metadata of the three probe rules, for docs, SARIF `tool.driver.rules` and the config's rule names.
 * Messages come from the classification table, so a new case is documented the moment it exists.
 */
import { rules } from '../rules/index.js'
import type { RuleMeta } from '../rules/types.js'
import { ALL_CASES } from './cases.js'
import type { ProbeRuleId } from './types.js'

/** The explanation (message) and next step (tip) of every case that can become a finding of `rule` (verified cases never do). */
function messagesOf(rule: ProbeRuleId): Pick<RuleMeta, 'messages' | 'tips'> {
  const cases = ALL_CASES.filter((c) => c.rule === rule && c.outcome !== 'verified')
  return {
    messages: Object.fromEntries(cases.map((c) => [c.id, c.explanation])),
    tips: Object.fromEntries(cases.map((c) => [c.id, c.nextStep]))
  }
}

export const probeKeyRule: RuleMeta = {
  id: 'probe-key',
  description: 'The provider accepts the API key (live probe, opt-in)',
  severity: 'error',
  ...messagesOf('probe-key')
}

export const probeModelRule: RuleMeta = {
  id: 'probe-model',
  description: 'The configured model is offered to the key (live probe, opt-in)',
  severity: 'error',
  ...messagesOf('probe-model')
}

export const probeRouteRule: RuleMeta = {
  id: 'probe-route',
  description: 'The chat route the client builds from the base URL reaches the API (live probe, opt-in)',
  severity: 'error',
  ...messagesOf('probe-route')
}

export const PROBE_RULES: readonly RuleMeta[] = [probeKeyRule, probeModelRule, probeRouteRule]

/** Every rule a report can name: the static rules, then the probes' (for SARIF, the docs and the config's rule names). */
export const ALL_RULE_METAS: readonly RuleMeta[] = [...rules.map((rule) => rule.meta), ...PROBE_RULES]
