import { describe, it, expect } from '@jest/globals'
import { dockerfileParser } from '../../src/sources/dockerfile.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'Dockerfile') => dockerfileParser.parse({ path, text })
const summary = (text: string) => parse(text).entries.map((e) => [e.meta?.instruction, e.key, e.value, e.raw])

describe('dockerfileParser.matches', () => {
  it.each(['Dockerfile', 'docker/Dockerfile.prod', 'web.Dockerfile', 'api.dockerfile', 'Containerfile', 'dockerfile'])('reads %s', (path) =>
    expect(isClaimedBy('dockerfile', path)).toBe(true)
  )
  it.each(['Dockerfile.dockerignore', '.dockerignore', 'docker-compose.yml', 'Dockerfiles', 'README.Dockerfile.md'])('skips %s', (path) =>
    expect(isClaimedBy('dockerfile', path)).toBe(false)
  )
})

describe('dockerfileParser.parse', () => {
  it('reads ENV pairs with exact positions', () => {
    const key = fakeKeys.openaiProject()
    const text = ['FROM node:20-alpine', `ENV OPENAI_API_KEY=${key} BASE_URL="https://api.example.com"`].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const urlColumn = 20 + key.length + 1
    expect(entries).toEqual([
      {
        file: 'Dockerfile',
        kind: 'dockerfile',
        scope: 'Dockerfile',
        path: ['ENV', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(2, 5, 2, 19),
        value: key,
        valueSpan: span(2, 20, 2, 20 + key.length),
        raw: key,
        form: 'literal',
        meta: { instruction: 'ENV' }
      },
      {
        file: 'Dockerfile',
        kind: 'dockerfile',
        scope: 'Dockerfile',
        path: ['ENV', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(2, urlColumn, 2, urlColumn + 8),
        value: 'https://api.example.com',
        valueSpan: span(2, urlColumn + 9, 2, urlColumn + 34),
        raw: '"https://api.example.com"',
        form: 'literal',
        meta: { instruction: 'ENV' }
      }
    ])
  })

  it('reads the legacy ENV form, empty values and lower-case instructions', () => {
    const text = ['env PROMPT You are a helpful  assistant   ', 'ENV CODE="" HIDE=', 'Env TITLE "My Chat"'].join('\n')
    expect(summary(text)).toEqual([
      ['ENV', 'PROMPT', 'You are a helpful  assistant', 'You are a helpful  assistant'],
      ['ENV', 'CODE', '', '""'],
      ['ENV', 'HIDE', '', ''],
      ['ENV', 'TITLE', 'My Chat', '"My Chat"']
    ])
    const entries = parse(text).entries
    expect(entries[0]).toMatchObject({ keySpan: span(1, 5, 1, 11), valueSpan: span(1, 12, 1, 40) })
    expect(entries[2]).toMatchObject({ keySpan: span(2, 13, 2, 17), valueSpan: span(2, 18, 2, 18) })
  })

  it('reads ARG with and without defaults', () => {
    const text = ['ARG NODE_VERSION=20', 'FROM node:${NODE_VERSION}', 'ARG OPENAI_API_KEY', 'ARG A=1 B'].join('\n')
    const { entries } = parse(text)
    expect(entries.map((e) => [e.key, e.value, e.meta])).toEqual([
      ['NODE_VERSION', '20', { instruction: 'ARG' }],
      ['OPENAI_API_KEY', undefined, { instruction: 'ARG' }],
      ['A', '1', { instruction: 'ARG' }],
      ['B', undefined, { instruction: 'ARG' }]
    ])
    expect(entries[1]).toEqual({
      file: 'Dockerfile',
      kind: 'dockerfile',
      scope: 'Dockerfile',
      path: ['ARG', 'OPENAI_API_KEY'],
      key: 'OPENAI_API_KEY',
      keySpan: span(3, 5, 3, 19),
      form: 'literal',
      meta: { instruction: 'ARG' }
    })
  })

  it('follows line continuations, skipping comment and empty lines inside them', () => {
    const text = ['FROM base', 'ENV A=1 \\', '    # a comment inside', '', '    B="two \\', 'words" \\   ', '    C=3', 'RUN echo done'].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.key, e.value, e.keySpan, e.valueSpan])).toEqual([
      ['A', '1', span(2, 5, 2, 6), span(2, 7, 2, 8)],
      ['B', 'two words', span(5, 5, 5, 6), span(5, 7, 6, 7)],
      ['C', '3', span(7, 5, 7, 6), span(7, 7, 7, 8)]
    ])
    expect(entries[1]!.raw).toBe('"two \\\nwords"')
  })

  it('honours the escape parser directive', () => {
    const text = ['# escape=`', 'FROM mcr.microsoft.com/windows', 'ENV DIR=C:\\app `', '    URL=https://api.example.com'].join('\n')
    expect(summary(text)).toEqual([
      ['ENV', 'DIR', 'C:\\app', 'C:\\app'],
      ['ENV', 'URL', 'https://api.example.com', 'https://api.example.com']
    ])
  })

  it('removes quotes and applies escapes as the BuildKit shell lexer does', () => {
    const text = ['FROM x', `ENV A='single $x' B="say \\"hi\\" \\n" C=one\\ two D=mixed"quo"'ted'`].join('\n')
    expect(summary(text)).toEqual([
      ['ENV', 'A', 'single $x', `'single $x'`],
      ['ENV', 'B', 'say "hi" \\n', '"say \\"hi\\" \\n"'],
      ['ENV', 'C', 'one two', 'one\\ two'],
      ['ENV', 'D', 'mixedquoted', `mixed"quo"'ted'`]
    ])
  })

  it('classifies references and resolves them from earlier ENV and ARG in the stage', () => {
    const text = [
      'ARG HOST=global.example.com',
      'FROM node AS build',
      'ARG HOST',
      'ENV BASE_URL=https://${HOST}/v1',
      'FROM node AS run',
      'ENV KEY=$OPENAI_API_KEY',
      'ENV URL=https://${HOST}/v1',
      "ENV LITERAL='${HOST}' ESCAPED=\\$HOST",
      'ENV MODEL=${MODEL:-gpt-4o}'
    ].join('\n')
    const byKey = Object.fromEntries(parse(text).entries.map((e) => [e.key, e]))
    expect(byKey.BASE_URL).toMatchObject({ form: 'template', value: 'https://${HOST}/v1', resolved: 'https://global.example.com/v1' })
    expect(byKey.KEY).toMatchObject({ form: 'reference', ref: { context: 'shell', name: 'OPENAI_API_KEY' } })
    expect(byKey.KEY!.resolved).toBeUndefined()
    // The second stage did not redeclare ARG HOST, so the global default is not visible there.
    expect(byKey.URL).toMatchObject({ form: 'template' })
    expect(byKey.URL!.resolved).toBeUndefined()
    expect(byKey.LITERAL).toMatchObject({ form: 'literal', value: '${HOST}' })
    expect(byKey.ESCAPED).toMatchObject({ form: 'literal', value: '$HOST' })
    expect(byKey.MODEL).toMatchObject({ form: 'reference', ref: { name: 'MODEL', fallback: 'gpt-4o' }, resolved: 'gpt-4o' })
  })

  it('ignores comments, FROM, other instructions and heredoc bodies', () => {
    const text = [
      '# ENV COMMENTED=1',
      'FROM node:20 AS base',
      'RUN <<EOF',
      'ENV NOT_AN_INSTRUCTION=1',
      'EOF',
      'COPY <<-"CONF" /etc/app.conf',
      '\tENV ALSO_NOT=1',
      '\tCONF',
      'LABEL org.opencontainers.image.title="x"',
      'ENV REAL=1'
    ].join('\n')
    expect(summary(text)).toEqual([['ENV', 'REAL', '1', '1']])
  })

  it('reports malformed ENV and unterminated quotes, and keeps the rest', () => {
    const text = ['FROM x', 'ENV', 'ENV LONELY', 'ENV A=1 B', 'ENV Q="open', 'ENV OK=1'].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(entries.map((e) => [e.key, e.value])).toEqual([
      ['A', '1'],
      ['Q', 'open'],
      ['OK', '1']
    ])
    expect(diagnostics).toEqual([
      { message: 'ENV needs a name and a value', span: span(2, 4, 2, 4) },
      { message: 'ENV needs a name and a value', span: span(3, 5, 3, 11) },
      { message: 'ENV: no "=" in "B" (expected name=value)', span: span(4, 9, 4, 10) },
      { message: 'unterminated quote', span: span(5, 7, 5, 12) }
    ])
  })

  it('gives the same entries for LF, CRLF and lone CR, and tolerates a BOM', () => {
    const lf = 'FROM x\nENV A=1 \\\n  B="2"\n'
    const expected = parse(lf)
    const strip = (r: ReturnType<typeof parse>) => r.entries.map(({ raw: _raw, ...rest }) => rest)
    expect(strip(parse(lf.replace(/\n/g, '\r\n')))).toEqual(strip(expected))
    expect(strip(parse(lf.replace(/\n/g, '\r')))).toEqual(strip(expected))
    expect(parse('\uFEFFENV A=1').entries[0]).toMatchObject({ keySpan: span(1, 6, 1, 7), valueSpan: span(1, 8, 1, 9) })
  })

  it('never throws on odd input', () => {
    for (const text of ['', '\\', 'ENV \\', 'ENV A="\\', "ARG '", 'RUN <<EOF', '# escape=`\nENV A=`', 'ENV =', 'ENV A=1 \\\n# only a comment']) {
      expect(() => parse(text)).not.toThrow()
    }
  })
})
