/**
 * Class 4: no input makes the work or the output grow faster than the input. Each case runs a size at which the
 * quadratic (or exponential) version took minutes, under jest's default timeout, and asserts on counts.
 */
import { beforeAll, describe, it, expect } from '@jest/globals'
import { unboundedPatternReason } from '../../src/config/pattern.js'
import { FINDINGS_PER_FILE, FINDINGS_PER_LINE } from '../../src/engine/cap.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { chooseParser, loadParsers } from '../../src/sources/index.js'
import { fakeKeys } from '../helpers/keys.js'
import { runCli, withRepo } from './support.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const MB = 1024 * 1024
const parse = (path: string, text: string) => chooseParser(path, text)!.parser.parse({ path, text })

describe('bounded work on hostile files', () => {
  it('a workflow run line of 0.9 MB of unclosed ${{ (was 48 s: a lazy regex rescanned to the end from each)', () => {
    // Just under the YAML size cap, so the workflow parser itself reads it.
    const run = '${{ a'.repeat((0.9 * MB) / 5)
    const parsed = parse('.github/workflows/x.yml', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: "echo ${run} $B \${C"\n`)
    expect(parsed.workflow?.jobs).toHaveLength(1)
  })

  it('a shell script of a megabyte of unclosed ${, $( and quotes', () => {
    const script = '          echo "$A ${B $(c \'d\n'.repeat(MB / 32)
    const parsed = parse('.github/workflows/y.yml', `on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: |\n${script}\n`)
    expect(parsed.workflow?.jobs).toHaveLength(1)
  })

  it('a TOML header of half a million dotted parts (was quadratic: every prefix joined and looked up)', () => {
    const parsed = parse('fly.toml', `[${'a.'.repeat(MB / 2)}a]\nx = 1\n[env]\nOPENAI_BASE_URL = "https://api.openai.com"\n`)
    expect(parsed.entries).toEqual([])
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('a dotted key of more than 64 parts')])
  })

  it('a YAML file of many aliases is not handed to the parser (it kept ~500 bytes per alias)', () => {
    const parsed = parse('docker-compose.yml', `x-a: &a v\nservices:\n  app:\n    image: x\n    command: [${'*a, '.repeat(60_000)}*a]\n`)
    expect(parsed.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('more than 50000 aliases')])
  })

  it('config key patterns that can backtrack without bound are refused; key-shaped ones pass', () => {
    for (const bad of ['(?:a+)+b', '(a|aa)*c', '[a-z]+x', 'k{2,}', '(?=a)a{3}', '(a)\\1', '(?:[a-z]{1,20}){1,20}']) {
      expect(unboundedPatternReason(bad)).toBeDefined()
    }
    for (const good of ['mg-[A-Za-z0-9]{32}', '(?:live|test)_[a-z0-9]{32,48}', 'sk-(?:proj-)?[A-Za-z0-9_-]{40,200}', 'a\\{2\\}', 'x[+*]{4}']) {
      expect(unboundedPatternReason(good)).toBeUndefined()
    }
  })

  it('a config with a catastrophic key pattern stops the run with a usage error instead of hanging', async () => {
    const config = "providers:\n  - id: mine\n    name: Mine\n    apiRoot: https://llm.example.com/v1\n    keyFormats: [{ pattern: '(?:a+)+b', confidence: unique }]\n"
    const run = await withRepo({ '.llm-env-lint.yml': config, 'notes.txt': 'a'.repeat(100_000) }, (root) => runCli(root))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unbounded repetition')
  })

  it('a line of 2,000 keys gives at most 20 findings, and the rest is counted in one finding as severe', async () => {
    const keys = Array.from({ length: 2000 }, (_, i) => fakeKeys.anthropic(`w${i}`)).join(' ')
    const run = await withRepo({ 'notes.txt': `${keys}\n` }, (root) => runCli(root, ['--format', 'json', '--fail-on', 'never']))
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.findings.filter((f) => f.ruleId === 'leaked-key')).toHaveLength(FINDINGS_PER_LINE)
    expect(report.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining(`1980 more findings in this file were not listed (leaked-key)`) })
    ])
    expect(FINDINGS_PER_FILE).toBeGreaterThan(FINDINGS_PER_LINE)
  }, 30_000)
})
