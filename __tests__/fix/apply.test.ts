import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { applyEdits, safeEdits } from '../../src/fix/apply.js'
import { unifiedDiff } from '../../src/fix/diff.js'
import { editFor } from '../../src/core/edit.js'
import { lint } from '../../src/engine/lint.js'
import type { Entry, Finding, Span, TextEdit } from '../../src/core/types.js'
import { ALL_RULE_METAS } from '../../src/probes/rules.js'
import { defineRule } from '../../src/rules/types.js'
import { fakeKeys } from '../helpers/keys.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const span = (line: number, from: number, to: number, toLine = line): Span => ({ start: { line, column: from }, end: { line: toLine, column: to } })
const edit = (line: number, from: number, to: number, replacement: string): TextEdit => ({ range: span(line, from, to), replacement })

describe('applyEdits', () => {
  it('replaces inside lines and keeps every other byte, CRLF and lone CR included', () => {
    const text = 'A=1\r\nB=22\rC=333\n'
    const out = applyEdits(text, [edit(2, 3, 5, 'x'), edit(3, 3, 6, 'yy')])
    expect(out.text).toBe('A=1\r\nB=x\rC=yy\n')
    expect(out.applied).toHaveLength(2)
  })

  it('makes identical edits once and neither of two overlapping ones', () => {
    const text = 'BASE_URL=https://a/v1\nX=1\n'
    const same = applyEdits(text, [edit(1, 10, 22, 'https://a'), edit(1, 10, 22, 'https://a')])
    expect(same.text).toBe('BASE_URL=https://a\nX=1\n')
    expect(same.applied).toHaveLength(1)
    const clash = applyEdits(text, [edit(1, 10, 22, 'https://a'), edit(1, 11, 22, 'x'), edit(2, 3, 4, '2')])
    expect(clash.text).toBe('BASE_URL=https://a/v1\nX=2\n')
    expect(clash.skipped).toHaveLength(2)
  })

  it('skips edits past their line, across lines, or adding a line break', () => {
    const text = 'A=1\nB=2\n'
    const out = applyEdits(text, [edit(1, 3, 9, 'x'), { range: span(1, 3, 2, 2), replacement: 'x' }, edit(2, 3, 4, 'x\ny'), edit(7, 1, 1, 'x')])
    expect(out.text).toBe(text)
    expect(out.skipped).toHaveLength(4)
  })
})

describe('safeEdits', () => {
  const base: Finding = { ruleId: 'base-url-path', messageId: 'doubledVersion', severity: 'error', message: 'm', file: '.env', span: span(1, 10, 22), fingerprint: 'f', fix: 'https://a', edit: edit(1, 10, 22, 'https://a'), origin: 'tree' }
  it('takes listed messages only, not notes, suppressed findings or files with a parse error', () => {
    const findings: Finding[] = [
      base,
      { ...base, file: 'b.env' },
      { ...base, file: 'c.env', messageId: 'defaultList', ruleId: 'model-name' },
      { ...base, file: 'd.env', severity: 'note' },
      { ...base, file: 'e.env', suppressed: { by: 'inline' } },
      { ...base, file: 'b.env', ruleId: 'parse-error', messageId: 'x', edit: undefined }
    ]
    expect([...safeEdits(findings, ALL_RULE_METAS).keys()]).toEqual(['.env'])
  })
})

describe('editFor', () => {
  const entry = (raw: string, value: string, from = 10): Entry => ({
    file: '.env', kind: 'dotenv', scope: '.env', path: ['BASE_URL'], key: 'BASE_URL', keySpan: span(1, 1, 9), value, raw, valueSpan: span(1, from, from + raw.length), form: 'literal'
  })
  it('replaces a bare value, the text inside quotes, or a bare name', () => {
    const bare = entry('https://a/v1', 'https://a/v1')
    expect(editFor({ span: bare.valueSpan!, entry: bare, fix: 'https://a' })).toEqual(edit(1, 10, 22, 'https://a'))
    const quoted = entry("'https://a/v1'", 'https://a/v1')
    expect(editFor({ span: quoted.valueSpan!, entry: quoted, fix: 'https://a' })).toEqual(edit(1, 11, 23, 'https://a'))
    expect(editFor({ span: bare.keySpan, entry: bare, fix: 'OTHER_URL' })).toEqual(edit(1, 1, 9, 'OTHER_URL'))
  })
  it('makes none when the span is not exactly the text, the fix would need escaping, or the value is not literal', () => {
    const escaped = entry('"https://a/v1\\n"', 'https://a/v1\n')
    expect(editFor({ span: escaped.valueSpan!, entry: escaped, fix: 'https://a' })).toBeUndefined()
    const bare = entry('https://a/v1', 'https://a/v1')
    expect(editFor({ span: bare.valueSpan!, entry: bare, fix: 'https://a b' })).toBeUndefined()
    expect(editFor({ span: bare.valueSpan!, entry: bare, fix: 'https://a/$X' })).toBeUndefined()
    expect(editFor({ span: bare.valueSpan!, entry: { ...bare, form: 'template' }, fix: 'https://a' })).toBeUndefined()
    expect(editFor({ span: span(1, 10, 21), entry: bare, fix: 'https://a' })).toBeUndefined()
    expect(editFor({ span: bare.keySpan, entry: { ...bare, keySpan: span(1, 1, 11) }, fix: 'OTHER_URL' })).toBeUndefined()
  })
  it("makes none in place of a value decoded from base64 (a Secret's data): the fix is plain text, the file holds base64", () => {
    const decoded: Entry = { ...entry('aHR0cHM6Ly9hL3Yx', 'aHR0cHM6Ly9hL3Yx'), meta: { base64: true } }
    expect(editFor({ span: decoded.valueSpan!, entry: decoded, fix: 'https://a' })).toBeUndefined()
    // A rename is still made: the name is written as itself.
    expect(editFor({ span: decoded.keySpan, entry: decoded, fix: 'OTHER_URL' })).toEqual(edit(1, 1, 9, 'OTHER_URL'))
  })
  it("masks the base64 text of a decoded value with the secrets a report declares, and gives no corrected line for it", () => {
    const key = fakeKeys.openaiProject('edit-b64')
    const encoded = Buffer.from(key).toString('base64')
    const quoting = defineRule({
      meta: { id: 'quoting', description: 'test', severity: 'warning', messages: { m: 'as written: {{raw}}' } },
      check(context) {
        const entry = context.model.files[0]!.entries[0]!
        context.report({ messageId: 'm', data: { raw: entry.raw! }, file: entry.file, span: entry.keySpan, entry, fix: 'OPENAI_KEY', secrets: [entry.value!] })
      }
    })
    const text = `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata:\n  OPENAI_API_KEY: ${encoded}\n`
    const finding = lint([{ path: 'k8s/s.yaml', text }], { rules: {}, providers: [] }, { rules: [quoting] }).findings[0]!
    expect(finding.message).not.toContain(encoded)
    expect(finding.message).toMatch(/^as written: …/)
    expect(finding.fixedLine).toBeUndefined()
  })
  it('is dropped in the core when the fix holds a secret', () => {
    const key = fakeKeys.openaiProject('edit')
    const leaky = defineRule({
      meta: { id: 'leaky', description: 'test', severity: 'error', messages: { m: 'm' } },
      check(context) {
        const entry = context.model.scopes[0]!.entries[0]!
        context.report({ messageId: 'm', file: '.env', span: entry.valueSpan!, entry, fix: `https://a/${key}`, secrets: [key] })
      }
    })
    const finding = lint([{ path: '.env', text: 'BASE_URL=https://a\n' }], { rules: {}, providers: [] }, { rules: [leaky] }).findings[0]!
    expect(finding.fix).not.toContain(key)
    expect(finding.edit).toBeUndefined()
  })
})

describe('unifiedDiff', () => {
  it('prints hunks with three lines of context, merging near changes, and marks a last line without a newline', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'].join('\n')
    const after = before.replace('b', 'B').replace('d', 'D').replace('l', 'L')
    expect(unifiedDiff('x.env', before, after)).toBe(
      [
        '--- a/x.env', '+++ b/x.env',
        '@@ -1,7 +1,7 @@', ' a', '-b', '+B', ' c', '-d', '+D', ' e', ' f', ' g',
        '@@ -9,4 +9,4 @@', ' i', ' j', ' k', '-l', '\\ No newline at end of file', '+L', '\\ No newline at end of file', ''
      ].join('\n')
    )
    expect(unifiedDiff('x.env', 'a\n', 'a\n')).toBe('')
  })
})
