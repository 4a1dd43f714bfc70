import { describe, it, expect } from '@jest/globals'
import { systemdParser } from '../../src/sources/systemd.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string) => systemdParser.parse({ path: 'deploy/chat.service', text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('systemdParser', () => {
  it('matches *.service units', () => {
    expect(['chat.service', 'deploy/systemd/chat.service', 'chat.service.d/x.conf', 'chat.socket'].map((path) => isClaimedBy('systemd', path))).toEqual([true, true, false, false])
  })

  it('reads Environment= in [Service]: several per line, whole-assignment quotes, repeated lines', () => {
    const key = fakeKeys.deepseek()
    const text = lines(
      '[Unit]',
      'Environment=NOT_A_SERVICE_SETTING=1',
      '[Service]',
      '# Environment=COMMENTED=1',
      `Environment=OPENAI_API_KEY=${key} "BASE_URL=https://api.deepseek.com" MODEL=deepseek-chat`,
      'Environment="GREETING=hello world" LITERAL=$HOME 100%%',
      'Environment=CONT=a \\',
      '  NEXT=b',
      'ExecStart=/usr/bin/node server.js'
    )
    const { entries, diagnostics } = parse(text)
    expect(entries.map((e) => [e.key, e.value, e.form])).toEqual([
      ['OPENAI_API_KEY', key, 'literal'],
      ['BASE_URL', 'https://api.deepseek.com', 'literal'],
      ['MODEL', 'deepseek-chat', 'literal'],
      ['GREETING', 'hello world', 'literal'],
      ['LITERAL', '$HOME', 'literal'],
      ['CONT', 'a', 'literal'],
      ['NEXT', 'b', 'literal']
    ])
    expect(entries[1]).toMatchObject({
      kind: 'systemd',
      scope: 'deploy/chat.service',
      path: ['Service', 'Environment', 'BASE_URL'],
      keySpan: span(5, 65, 5, 73),
      valueSpan: span(5, 74, 5, 98),
      raw: 'https://api.deepseek.com'
    })
    expect(entries[6]!.keySpan).toEqual(span(8, 3, 8, 7))
    expect(diagnostics.map((d) => [d.message, d.span.start.line])).toEqual([['Environment=: "100%%" is not NAME=value', 6]])
  })

  it('never throws on bad input', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [] })
    expect(parse(lines('[Service]', 'Environment=', 'Environment=\\'))).toEqual({ entries: [], diagnostics: [] })
    const open = parse(lines('[Service]', 'Environment="A=1 B=2'))
    expect(open.entries).toEqual([])
    expect(open.diagnostics.map((d) => d.message)).toEqual(['Environment=: unterminated quote'])
    expect(parse(lines('[Service', 'Environment=A=1')).entries).toEqual([])
  })
})
