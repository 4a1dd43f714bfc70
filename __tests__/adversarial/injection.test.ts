/**
 * Class 6: names and values from the repository must not become commands or links. A file named `::error::…` began a
 * line of the CLI's text output (a workflow command when the CLI runs in Actions); bare URLs and `www.` names were
 * linked by GitHub in the comment and the summary; bidi controls made text read as something else.
 */
import { describe, it, expect } from '@jest/globals'
import { code, escapeHtml, escapeText, messageMarkdown } from '../../src/reporters/markdown-escape.js'
import { commandSafe } from '../../src/reporters/text.js'
import { fakeKeys } from '../helpers/keys.js'
import { runCli, withRepo } from './support.js'

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/

describe('no injection through names', () => {
  it('a file named like a workflow command cannot start a line of text output', async () => {
    const run = await withRepo({ '::error file=x::forged.txt': `${fakeKeys.anthropic('cmd')}\n` }, (root) => runCli(root, ['--fail-on', 'never']))
    expect(run.stdout).toContain('forged')
    for (const line of run.stdout.split('\n')) expect(line).not.toMatch(/^\s*::/)
    expect(commandSafe('  ::warning::x')).toBe('  \\u003a:warning::x')
  })

  it('Markdown links nothing by itself: bare URLs, www. names and e-mail-like mentions are defused', () => {
    const rendered = escapeText('see https://evil.example/x and www.evil.example and ftp://a.b and a@b.example')
    expect(rendered).not.toMatch(/[a-z]:\/\//i)
    expect(rendered).not.toMatch(/\bwww\./i)
    expect(rendered).not.toMatch(/@[a-z]/i)
    expect(messageMarkdown('calls https://api.example/v1: use "x"')).toBe('calls `https://api.example/v1`: use `x`')
  })

  it('bidi controls are removed from Markdown and escaped in text', async () => {
    const trojan = 'a\u202eb\u2066c\u200fd'
    for (const out of [escapeText(trojan), code(trojan), escapeHtml(trojan)]) expect(out).not.toMatch(BIDI)
    const run = await withRepo({ [`x${'\u202e'}txt.env`]: `${fakeKeys.anthropic('bidi')}\n` }, (root) => runCli(root, ['--fail-on', 'never']))
    expect(run.stdout).not.toMatch(BIDI)
    expect(run.stdout).toContain('\\u202e')
  })
})
