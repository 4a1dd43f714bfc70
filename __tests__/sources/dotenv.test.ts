import { describe, it, expect } from '@jest/globals'
import { parse as dotenvParse } from 'dotenv'
import { dotenvParser } from '../../src/sources/dotenv.js'
import type { Entry } from '../../src/core/types.js'
import { fakeKeys, fillFakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = '.env') => dotenvParser.parse({ path, text })
const live = (entries: readonly Entry[]) => entries.filter((e) => !e.commented)
const valuesOf = (entries: readonly Entry[]) => Object.fromEntries(live(entries).map((e) => [e.key, e.value]))

describe('dotenvParser.matches', () => {
  it.each(['.env', '.env.local', '.env.example', '.env.production', 'apps/web/.env', 'prod.env', '.envrc', 'env.example', 'deploy/env.sample', '.env-example', '.env_sample', 'dotenv'])('reads %s', (path) => {
    expect(isClaimedBy('dotenv', path)).toBe(true)
  })
  it.each(['env', 'README.md', '.environment', 'src/.env.d.ts', '.env.schema.json', 'config/.env.yml', 'dotenv.ts', 'env.py', 'env.example.json', '.env-example.yaml'])('skips %s', (path) => {
    expect(isClaimedBy('dotenv', path)).toBe(false)
  })
})

describe('dotenvParser.parse', () => {
  it('shares what many small files repeat: a name with its path, and the span of a setting at the same place', () => {
    const [a, b] = [parse('PORT=3000\nLOG_LEVEL=info\n', 'a/.env'), parse('PORT=3001\nLOG_LEVEL=info\n', 'b/.env')]
    const [aPort, aLevel] = a.entries
    const [bPort, bLevel] = b.entries
    expect(aPort!.path).toEqual(['PORT'])
    expect(aPort!.path).toBe(bPort!.path)
    expect(aPort!.keySpan).toBe(bPort!.keySpan)
    expect(aLevel!.valueSpan).toBe(bLevel!.valueSpan)
    expect(aLevel!.path).not.toBe(aPort!.path)
  })

  it('reads a plain assignment with exact positions', () => {
    const key = fakeKeys.openaiProject()
    const { entries, diagnostics } = parse(`OPENAI_API_KEY=${key}\n`)
    expect(diagnostics).toEqual([])
    expect(entries).toEqual([
      {
        file: '.env',
        kind: 'dotenv',
        scope: '.env',
        path: ['OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(1, 1, 1, 15),
        value: key,
        valueSpan: span(1, 16, 1, 16 + key.length),
        raw: key,
        form: 'literal'
      }
    ])
  })

  it('accepts export, blanks around =, inline comments and empty values', () => {
    const text = ['export BASE_URL = https://api.example.com   # the gateway', '  CODE=', 'MODEL=gpt-4o#mini', 'HIDE= # nothing'].join('\n')
    const entries = parse(text).entries
    expect(entries.map((e) => [e.key, e.value, e.raw, e.keySpan, e.valueSpan])).toEqual([
      ['BASE_URL', 'https://api.example.com', 'https://api.example.com', span(1, 8, 1, 16), span(1, 19, 1, 42)],
      ['CODE', '', '', span(2, 3, 2, 7), span(2, 8, 2, 8)],
      // A `#` inside a word is not a comment (compose and the shell agree; dotenv would cut at it).
      ['MODEL', 'gpt-4o#mini', 'gpt-4o#mini', span(3, 1, 3, 6), span(3, 7, 3, 18)],
      ['HIDE', '', '', span(4, 1, 4, 5), span(4, 7, 4, 7)]
    ])
  })

  it('removes quotes and expands only \\n and \\r inside double quotes, as dotenv does', () => {
    const text = [`A='single $HOME \\n'`, 'B="line\\nnext \\"q\\" \\\\n"', 'C=`back # tick`', `D="x" # note`, `E='it''s'`].join('\n')
    const entries = parse(text).entries
    expect(entries.map((e) => [e.key, e.value, e.raw])).toEqual([
      ['A', 'single $HOME \\n', `'single $HOME \\n'`],
      ['B', 'line\nnext \\"q\\" \\\n', '"line\\nnext \\"q\\" \\\\n"'],
      ['C', 'back # tick', '`back # tick`'],
      ['D', 'x', '"x"'],
      ['E', "it''s", `'it''s'`]
    ])
  })

  it('spans a multi-line quoted value from its opening to its closing quote', () => {
    const text = 'PRIVATE="-----BEGIN-----\nabc\n-----END-----"\nNEXT=1\n'
    const [multi, next] = parse(text).entries
    expect(multi).toMatchObject({
      key: 'PRIVATE',
      value: '-----BEGIN-----\nabc\n-----END-----',
      raw: '"-----BEGIN-----\nabc\n-----END-----"',
      valueSpan: span(1, 9, 3, 15)
    })
    expect(next).toMatchObject({ key: 'NEXT', value: '1', keySpan: span(4, 1, 4, 5) })
  })

  it('classifies references and resolves templates against earlier assignments', () => {
    const text = [
      'HOST=api.example.com',
      'BASE_URL=https://${HOST}/v1',
      'KEY_REF=${OPENAI_API_KEY}',
      'BARE=$HOST',
      'WITH_DEFAULT=${MODEL:-gpt-4o}',
      'UNKNOWN=https://${NOPE}/v1',
      'CHAINED=${BASE_URL}/chat'
    ].join('\n')
    const byKey = Object.fromEntries(parse(text).entries.map((e) => [e.key, e]))
    expect(byKey.HOST).toMatchObject({ form: 'literal' })
    expect(byKey.HOST!.resolved).toBeUndefined()
    expect(byKey.BASE_URL).toMatchObject({ form: 'template', value: 'https://${HOST}/v1', resolved: 'https://api.example.com/v1' })
    expect(byKey.KEY_REF).toMatchObject({ form: 'reference', ref: { context: 'shell', name: 'OPENAI_API_KEY' } })
    expect(byKey.KEY_REF!.resolved).toBeUndefined()
    expect(byKey.BARE).toMatchObject({ form: 'reference', ref: { context: 'shell', name: 'HOST' }, resolved: 'api.example.com' })
    expect(byKey.WITH_DEFAULT).toMatchObject({
      form: 'reference',
      ref: { context: 'shell', name: 'MODEL', fallback: 'gpt-4o' },
      resolved: 'gpt-4o'
    })
    expect(byKey.UNKNOWN).toMatchObject({ form: 'template' })
    expect(byKey.UNKNOWN!.resolved).toBeUndefined()
    expect(byKey.CHAINED).toMatchObject({ form: 'template', resolved: 'https://api.example.com/v1/chat' })
  })

  it('keeps commented-out assignments, marked, and leaves prose alone', () => {
    const key = fakeKeys.anthropic()
    const text = [
      `# ANTHROPIC_API_KEY=${key}`,
      '#BASE_URL="https://old.example.com"',
      '## export MODEL=gpt-4',
      '# Set the key below, then restart: KEY=1',
      '# note: see README',
      '# lower_case=1',
      '#',
      'BASE_URL=https://api.example.com'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.key, e.value, e.commented ?? false, e.keySpan, e.valueSpan])).toEqual([
      ['ANTHROPIC_API_KEY', key, true, span(1, 3, 1, 20), span(1, 21, 1, 21 + key.length)],
      ['BASE_URL', 'https://old.example.com', true, span(2, 2, 2, 10), span(2, 11, 2, 36)],
      ['MODEL', 'gpt-4', true, span(3, 11, 3, 16), span(3, 17, 3, 22)],
      ['BASE_URL', 'https://api.example.com', false, span(8, 1, 8, 9), span(8, 10, 8, 33)]
    ])
  })

  it('does not let a commented-out value feed a later expansion', () => {
    const [, url] = parse('# HOST=old.example.com\nURL=https://${HOST}\n').entries
    expect(url).toMatchObject({ key: 'URL', form: 'template' })
    expect(url!.resolved).toBeUndefined()
  })

  it('ignores junk lines, YAML-style pairs and names without =', () => {
    const text = 'this is not an assignment\nBASE_URL: https://x.example.com\nJUST_A_NAME\n= no key\nOK=yes\n'
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.key, e.value])).toEqual([['OK', 'yes']])
  })

  it('reports an unterminated quote and reads the rest of the line, as dotenv does', () => {
    const { entries, diagnostics } = parse('A="abc\nB=2\nC=\'x\n')
    expect(entries.map((e) => [e.key, e.value, e.raw])).toEqual([
      ['A', '"abc', '"abc'],
      ['B', '2', '2'],
      ['C', "'x", "'x"]
    ])
    expect(diagnostics).toEqual([
      { message: 'unterminated quote: the value is read up to the end of the line', span: span(1, 3, 1, 7) },
      { message: 'unterminated quote: the value is read up to the end of the line', span: span(3, 3, 3, 5) }
    ])
  })

  it('reads text after a closing quote as an unquoted value without a diagnostic', () => {
    const { entries, diagnostics } = parse('H="abc" junk\n')
    expect(diagnostics).toEqual([])
    expect(entries[0]).toMatchObject({ value: '"abc" junk', raw: '"abc" junk', valueSpan: span(1, 3, 1, 13) })
  })

  it('gives the same entries for LF, CRLF and lone CR line endings, and with a BOM', () => {
    const lf = 'A=1\nB="multi\nline"\n# C=3\nD=4 # c\n'
    const expected = parse(lf).entries
    expect(parse(lf.replace(/\n/g, '\r\n')).entries).toEqual(expected.map((e) => (e.key === 'B' ? { ...e, raw: '"multi\r\nline"' } : e)))
    expect(parse(lf.replace(/\n/g, '\r')).entries).toEqual(expected.map((e) => (e.key === 'B' ? { ...e, raw: '"multi\rline"' } : e)))
    const withBom = parse('\uFEFF' + lf).entries
    expect(withBom[0]).toMatchObject({ key: 'A', keySpan: span(1, 2, 1, 3), valueSpan: span(1, 4, 1, 5) })
    expect(withBom.map((e) => e.value)).toEqual(expected.map((e) => e.value))
  })

  it('never throws on odd input', () => {
    for (const text of ['', '\n\n', '=', '"', 'A="', 'A=\\', '#', 'export', 'export A', '\uFEFF', 'A=`\n`\n`']) {
      expect(() => parse(text)).not.toThrow()
    }
  })
})

/**
 * Differential test: live values equal `dotenv.parse`. Fixtures avoid the documented differences
 * (a `#` inside an unquoted word, `KEY: value`, a quoted value starting on the line after `=`).
 */
describe('dotenvParser agrees with dotenv.parse', () => {
  const fixtures: Record<string, string> = {
    nextchat: fillFakeKeys(
      [
        '# Your openai api key. (required)',
        'OPENAI_API_KEY={{fake:openaiProject}}',
        '',
        '# Access password, separated by comma. (optional)',
        'CODE=your-password',
        'BASE_URL=https://api.example.com',
        'HIDE_USER_API_KEY=1',
        'CUSTOM_MODELS=-all,+gpt-4o,+claude-3-5-sonnet@anthropic'
      ].join('\n')
    ),
    quoting: [
      `SINGLE='single quotes'`,
      'DOUBLE="double \\n quotes"',
      'BACKTICK=`back "ticks" \'here\'`',
      `SPACED='   padded   '`,
      'EMPTY_DOUBLE=""',
      `EMPTY_SINGLE=''`,
      'INNER={"foo": "bar"}',
      `INNER_QUOTED='{"foo": "bar"}'`,
      'EQUALS=a==b',
      'ESCAPED="a \\"b\\" c"',
      'TRAILING="x"   # comment',
      'JUNK_AFTER="x" y',
      'UNTERMINATED="abc',
      '   INDENTED_KEY = parsed  ',
      'export EXPORTED=yes'
    ].join('\n'),
    multiline: ['PEM="-----BEGIN KEY-----', 'abc', '-----END KEY-----"', 'SINGLE_ML=\'a', 'b\'', 'BT_ML=`x', '"y"`', 'AFTER=1'].join('\r\n'),
    comments: ['# comment', 'A=1 # inline', 'B="2" # inline', "C='3'#tight", '#D=4', 'E=#leading', 'F= # only comment'].join('\n'),
    keys: ['dotted.key=1', 'dashed-key=2', 'lower=3', '_UNDERSCORE=4', 'A1=5', 'DUP=first', 'DUP=second'].join('\n')
  }

  it.each(Object.keys(fixtures))('%s', (name) => {
    const text = fixtures[name]!
    expect(valuesOf(parse(text).entries)).toEqual(dotenvParse(text))
  })

  it('differs from dotenv only where documented', () => {
    expect(dotenvParse('A=abc#def')).toEqual({ A: 'abc' })
    expect(valuesOf(parse('A=abc#def').entries)).toEqual({ A: 'abc#def' })
    expect(dotenvParse('A: yaml')).toEqual({ A: 'yaml' })
    expect(valuesOf(parse('A: yaml').entries)).toEqual({})
  })
})
