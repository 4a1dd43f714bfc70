/** Where the report goes and how it looks: colours on a terminal (NO_COLOR, FORCE_COLOR), `--output`, `--quiet`. */
import { describe, it, expect } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { colorize, useColor } from '../../src/cli/color.js'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

async function cli(argv: string[], cwd: string, options: { env?: Record<string, string>; tty?: boolean } = {}) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty ?? false },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: options.env ?? {}
  })
  return { code, stdout, stderr }
}

const ESC = '\u001b'
const plain = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '')

// An error (a leaked key) and a warning (a variable NextChat does not read).
const files = {
  'package.json': '{ "name": "nextchat" }\n',
  '.env': `OPENAI_API_KEY=${fakeKeys.openaiProject('output')}\nOPENAI_BASE_URL=https://api.openai.com/v1\n`
}

describe('colours', () => {
  it("follow Node's rule: FORCE_COLOR first, then NO_COLOR, NODE_DISABLE_COLORS and TERM=dumb, then the terminal", () => {
    const tty = { isTTY: true }
    const pipe = { isTTY: false }
    expect(useColor({}, tty)).toBe(true)
    expect(useColor({}, pipe)).toBe(false)
    expect(useColor({ NO_COLOR: '1' }, tty)).toBe(false)
    expect(useColor({ NO_COLOR: '' }, tty)).toBe(true)
    expect(useColor({ NODE_DISABLE_COLORS: '1' }, tty)).toBe(false)
    expect(useColor({ TERM: 'dumb' }, tty)).toBe(false)
    for (const value of ['', '1', '2', '3', 'true']) expect(useColor({ FORCE_COLOR: value, NO_COLOR: '1' }, pipe)).toBe(true)
    for (const value of ['0', 'false', 'no']) expect(useColor({ FORCE_COLOR: value }, tty)).toBe(false)
  })

  it('colour the text report on a terminal only, and change nothing but the escape codes', async () => {
    const root = await makeRepo(files)
    const piped = await cli([], root)
    const terminal = await cli([], root, { tty: true })
    expect(piped.stdout).not.toContain(ESC)
    expect(terminal.stdout).toContain(`${ESC}[1;31merror${ESC}[0m`)
    expect(terminal.stdout).toContain(`${ESC}[33mwarning${ESC}[0m`)
    expect(plain(terminal.stdout)).toBe(piped.stdout)
    expect((await cli([], root, { tty: true, env: { NO_COLOR: '1' } })).stdout).toBe(piped.stdout)
    expect((await cli(['--format', 'json'], root, { tty: true })).stdout).not.toContain(ESC)
    expect((await cli([], root, { env: { FORCE_COLOR: '1' } })).stdout).toBe(terminal.stdout)
  })

  it('leave a line alone that is not a finding, and colour the count line by the worst severity', () => {
    expect(colorize('hello\n')).toBe('hello\n')
    expect(colorize('0 errors, 0 warnings, 0 notes in 3 files\n')).toBe(`${ESC}[1;32m0 errors, 0 warnings, 0 notes in 3 files${ESC}[0m\n`)
    expect(colorize('0 errors, 2 warnings, 0 notes in 3 files')).toBe(`${ESC}[33m0 errors, 2 warnings, 0 notes in 3 files${ESC}[0m`)
  })
})

describe('--output', () => {
  it('writes the report to the file (its folder made), nothing to stdout, and the exit status still follows the findings', async () => {
    const root = await makeRepo(files)
    const run = await cli(['--format', 'json', '-o', 'reports/lint.json'], root, { tty: true })
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' })
    const report = JSON.parse(await readFile(join(root, 'reports/lint.json'), 'utf8')) as JsonReport
    expect(report.summary.errors).toBeGreaterThan(0)
    // A text report in a file has no colours, even when stdout is a terminal.
    await cli(['--output', 'lint.txt'], root, { tty: true, env: { FORCE_COLOR: '1' } })
    const text = await readFile(join(root, 'lint.txt'), 'utf8')
    expect(text).not.toContain(ESC)
    expect(text).toMatch(/\[leaked-key\]$/m)
  })
})

describe('--quiet', () => {
  it('reports errors only: warnings neither show nor fail the run', async () => {
    const root = await makeRepo(files)
    const loud = await cli(['--fail-on', 'warning'], root)
    expect(loud.stdout).toMatch(/ warning .+\[env-name-unused\]$/m)
    const quiet = await cli(['--quiet', '--fail-on', 'warning'], root)
    expect(quiet.code).toBe(1)
    expect(quiet.stdout).not.toMatch(/ warning /)
    expect(quiet.stdout).toMatch(/ error .+\[leaked-key\]$/m)
    const warningsOnly = await makeRepo({ 'package.json': files['package.json'], '.env': 'OPENAI_BASE_URL=https://api.openai.com/v1\n' })
    expect(await cli(['-q', '--fail-on', 'warning'], warningsOnly)).toMatchObject({ code: 0, stdout: '0 errors, 0 warnings, 0 notes in 2 files\n' })
  })
})
