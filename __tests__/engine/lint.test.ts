import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { addProbeReports, lint, RuleError } from '../../src/engine/lint.js'
import { maskSecret } from '../../src/core/redact.js'
import type { LintSettings } from '../../src/core/types.js'
import type { ProbeReport } from '../../src/probes/findings.js'
import { PROBE_RULES } from '../../src/probes/rules.js'
import { defineRule } from '../../src/rules/types.js'
import { fakeKeys } from '../helpers/keys.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const settings: LintSettings = { rules: {}, providers: [] }
const files = [
  { path: 'package.json', text: '{"name":"nextchat"}\n' },
  { path: '.env', text: 'BASE_URL=https://api.rutaapi.com/v1\n' }
]

describe('lint', () => {
  it('runs every rule, and a malformed file becomes a parse-error finding, not a crash', () => {
    const result = lint([...files, { path: 'docker-compose.yml', text: 'services: [\n' }], settings)
    expect(result.findings.map((f) => f.ruleId)).toEqual(['base-url-path', 'parse-error'])
    expect(result.stats).toEqual({ files: 3, entries: 1 })
  })

  it('turns rules off and overrides severities from settings', () => {
    expect(lint(files, { ...settings, rules: { 'base-url-path': 'off' } }).findings).toEqual([])
    expect(lint(files, { ...settings, rules: { 'base-url-path': 'warning' } }).findings[0]!.severity).toBe('warning')
  })

  it('keeps fingerprints stable when unrelated lines move', () => {
    const moved = [files[0]!, { path: '.env', text: '# a comment\n\nBASE_URL=https://api.rutaapi.com/v1\n' }]
    const [a] = lint(files, settings).findings
    const [b] = lint(moved, settings).findings
    expect(b!.span.start.line).toBe(3)
    expect(b!.fingerprint).toBe(a!.fingerprint)
  })

  it('masks a key a rule forgot to declare', () => {
    const key = fakeKeys.groq()
    const leaky = defineRule({
      meta: { id: 'leaky', description: 'test', severity: 'warning', messages: { say: 'value {{v}}' } },
      check: (context) => context.report({ messageId: 'say', data: { v: key }, file: '.env', span: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } })
    })
    const result = lint(files, settings, { rules: [leaky] })
    expect(result.findings.find((f) => f.ruleId === 'leaky')!.message).toBe(`value gsk_…${key.slice(-4)}`)
  })

  it('names the rule that threw', () => {
    const broken = defineRule({ meta: { id: 'broken', description: 'test', severity: 'error', messages: {} }, check: () => { throw new Error('boom') } })
    expect(() => lint(files, settings, { rules: [broken] })).toThrow(new RuleError('broken', new Error('boom')))
  })
})

describe('addProbeReports', () => {
  const key = fakeKeys.openaiProject('engine-probe')
  const report = (settingsFor: LintSettings, extra: Partial<ProbeReport> = {}) => {
    const result = lint(files, settingsFor)
    const entry = result.model.scopes[0]!.entries[0]!
    const probe: ProbeReport = {
      ruleId: 'probe-route',
      outcome: 'indeterminate',
      messageId: 'timeout',
      data: { host: `api.rutaapi.com (${key})`, timeout: '10 s' },
      file: '.env',
      span: entry.keySpan,
      entry,
      identity: `probe|.env|${key}`,
      secrets: [key],
      severity: 'note',
      ...extra
    }
    return { before: result, after: addProbeReports(result, [probe], settingsFor) }
  }

  it('finalises probe reports under the probe rules, in order among the static findings, with origin probe', () => {
    const { before, after } = report(settings)
    // The probe points at the name (column 1), the static finding at the value (column 10).
    expect(after.findings.map((f) => [f.ruleId, f.origin])).toEqual([['probe-route', 'probe'], ['base-url-path', 'tree']])
    expect(after.findings[1]).toEqual(before.findings[0])
    const probe = after.findings[0]!
    expect(probe.message).toBe(render('probe-route', 'timeout', { host: `api.rutaapi.com (${maskSecret(key)})`, timeout: '10 s' }))
    expect(JSON.stringify(probe)).not.toContain(key.slice(10, 30))
    expect(probe.fingerprint).toMatch(/^[0-9a-f]{32}$/)
  })

  it('never lets a config raise a finding that asked for a lower severity, and turns a probe rule off', () => {
    const raised: LintSettings = { ...settings, rules: { 'probe-route': 'error' } }
    expect(report(raised).after.findings.find((f) => f.ruleId === 'probe-route')!.severity).toBe('note')
    expect(report({ ...settings, rules: { 'probe-route': 'off' } }).after.findings.map((f) => f.ruleId)).toEqual(['base-url-path'])
  })

  it('suppresses a probe finding by an inline directive on its line, as a static one', () => {
    const ignored = [files[0]!, { path: '.env', text: '# llm-env-lint-ignore probe-route\nBASE_URL=https://api.rutaapi.com/v1\n' }]
    const result = lint(ignored, settings)
    const entry = result.model.scopes[0]!.entries[0]!
    const probe: ProbeReport = { ruleId: 'probe-route', outcome: 'indeterminate', messageId: 'timeout', data: { host: 'h', timeout: '10 s' }, file: '.env', span: entry.keySpan, entry }
    expect(addProbeReports(result, [probe], settings).findings.find((f) => f.ruleId === 'probe-route')!.suppressed).toEqual({ by: 'inline' })
  })
})

/** A probe rule's message with its placeholders filled, as the engine renders it. */
function render(ruleId: string, messageId: string, data: Readonly<Record<string, string>>): string {
  const template = PROBE_RULES.find((rule) => rule.id === ruleId)!.messages[messageId]!
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => data[name]!)
}
