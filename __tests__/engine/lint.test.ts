import { describe, expect, it } from '@jest/globals'
import { extendResult, lint, RuleError } from '../../src/engine/lint.js'
import { defineRule } from '../../src/rules/types.js'
import { fakeKeys } from '../helpers/keys.js'

const settings = { rules: {}, providers: [] }
const files = [
  { path: 'package.json', text: '{"name":"nextchat"}\n' },
  { path: '.env', text: 'BASE_URL=https://api.rutaapi.com/v1\n' }
]

const probeLike = defineRule({
  meta: { id: 'probe-route', description: 'test', severity: 'error', messages: { timeout: 'the request to {{host}} timed out' } },
  check(context) {
    const entry = context.model.scopes[0]!.entries[0]!
    context.report({ messageId: 'timeout', data: { host: 'api.rutaapi.com' }, file: '.env', span: entry.keySpan, entry, severity: 'note' })
  }
})

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
    const result = extendResult(lint(files, settings), [leaky], settings)
    expect(result.findings.find((f) => f.ruleId === 'leaky')!.message).toBe(`value gsk_…${key.slice(-4)}`)
  })

  it('never lets a config raise a finding that asked for a lower severity', () => {
    const raised = { ...settings, rules: { 'probe-route': 'error' as const } }
    const result = extendResult(lint(files, raised), [probeLike], raised)
    expect(result.findings.find((f) => f.ruleId === 'probe-route')!.severity).toBe('note')
  })

  it('names the rule that threw', () => {
    const broken = defineRule({ meta: { id: 'broken', description: 'test', severity: 'error', messages: {} }, check: () => { throw new Error('boom') } })
    expect(() => extendResult(lint(files, settings), [broken], settings)).toThrow(new RuleError('broken', new Error('boom')))
  })
})
