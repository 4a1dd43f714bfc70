/** The Markdown escaping every byte from the repository goes through (src/reporters/markdown-escape.ts). */
import { describe, it, expect } from '@jest/globals'
import { code, details, escapeHtml, escapeText, fencedBlock, link, messageMarkdown, table } from '../../src/reporters/markdown-escape.js'

describe('markdown escaping', () => {
  it('escapes markup, HTML, math and mentions in text', () => {
    expect(escapeText('a *b* _c_ `d` [e](f) <img src=x> | ~g~ & #1 $x$')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<img src=x\\> \\| \\~g\\~ \\& \\#1 \\$x\\$'
    )
    expect(escapeText('ask @octocat or @org/team, mail a@b')).toBe('ask @&#8203;octocat or @&#8203;org/team, mail a@&#8203;b')
    expect(escapeText('two\nlines\r\nhere')).toBe('two lines here')
  })

  it('escapes HTML for <summary>', () => {
    expect(escapeHtml('<b>"x" & y</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;')
  })

  it('makes code spans that survive backticks, and shows empty values', () => {
    expect(code('https://api.rutaapi.com')).toBe('`https://api.rutaapi.com`')
    expect(code('a`b')).toBe('``a`b``')
    expect(code('`edge`')).toBe('`` `edge` ``')
    expect(code('')).toBe('*empty*')
    expect(code('multi\nline')).toBe('`multi line`')
  })

  it('percent-encodes link destinations and escapes link text', () => {
    expect(link('rule [x]', 'https://example.test/a b/(c).md')).toBe('[rule \\[x\\]](https://example.test/a%20b/%28c%29.md)')
  })

  it('escapes pipes in table cells, inside code spans too, but not twice', () => {
    const rendered = table(['A', 'B'], [[code('gpt-4o|mini'), escapeText('x|y')]])
    expect(rendered).toBe('| A | B |\n| --- | --- |\n| `gpt-4o\\|mini` | x\\|y |')
  })

  it('makes fences longer than any backtick run inside', () => {
    expect(fencedBlock('suggestion', 'a')).toBe('```suggestion\na\n```')
    expect(fencedBlock('suggestion', 'x ```` y')).toBe('`````suggestion\nx ```` y\n`````')
  })

  it('collapses with a plain-text summary', () => {
    expect(details('3 <more>', 'body')).toBe('<details><summary>3 &lt;more&gt;</summary>\n\nbody\n\n</details>')
  })

  it('turns quoted values of messages into code spans and escapes the rest', () => {
    expect(messageMarkdown('BASE_URL "https://x.test/v1" ends in /v1 *really*')).toBe('BASE\\_URL `https://x.test/v1` ends in /v1 \\*really\\*')
    expect(messageMarkdown('model "a|b" by @someone')).toBe('model `a|b` by @&#8203;someone')
  })
})

describe('hostile input', () => {
  // What a pull request author controls: file names, values, provider messages. None of it may become markup.
  const hostile = [
    '</details><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[click](https://evil.example) ![x](https://evil.example/p.png)',
    '**bold** _it_ ~~strike~~ `code` $$math$$',
    '| a | b |\n|---|---|',
    '# heading\n- item\n> quote',
    '@octocat @org/team #123',
    'https://evil.example www.evil.example javascript:alert(1)',
    'a\u202eevil\u2066b',
    '&lt;&#64;&amp;',
    '\\*not bold\\*'
  ]

  /** Markup characters not escaped by an odd run of backslashes; the escaper's own zero-width spaces aside. */
  const bare = (text: string): string[] =>
    [...text.replaceAll('&#8203;', '').matchAll(/(\\*)([<>[\]`*_|~$#&])/g)].filter((m) => m[1]!.length % 2 === 0).map((m) => m[2]!)

  it.each(hostile)('escapeText leaves no markup, mention, autolink or bidi control in %j', (input) => {
    const out = escapeText(input)
    expect(out).not.toMatch(/[\n\r]/)
    expect(bare(out)).toEqual([])
    expect(out).not.toMatch(/@[A-Za-z0-9]/)
    expect(out).not.toMatch(/:\/\//)
    expect(out).not.toMatch(/\bwww\./i)
    expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
  })

  it.each(hostile)('code keeps %j on one line inside a fence no backtick run can close', (input) => {
    const out = code(input)
    const fence = /^`+/.exec(out)![0]
    expect(out.endsWith(fence)).toBe(true)
    expect(out.slice(fence.length, -fence.length)).not.toContain(fence)
    expect(out).not.toMatch(/[\n\r\u202a-\u202e\u2066-\u2069]/)
  })

  it.each(hostile)('escapeHtml keeps %j from opening or closing a tag', (input) => {
    expect(escapeHtml(input)).not.toMatch(/[<>"]/)
  })

  it('a summary cannot close its <details> early', () => {
    expect(details('</summary></details><b>x', 'body')).toBe('<details><summary>&lt;/summary&gt;&lt;/details&gt;&lt;b&gt;x</summary>\n\nbody\n\n</details>')
  })

  it('a link destination cannot end early or carry a second link', () => {
    expect(link('docs', 'https://d.test/a) [x](https://evil.example')).toBe('[docs](https://d.test/a%29%20[x]%28https://evil.example)')
  })

  it('a fenced block cannot be closed by its content', () => {
    expect(fencedBlock('text', '```\n# not a heading')).toBe('````text\n```\n# not a heading\n````')
  })
})
