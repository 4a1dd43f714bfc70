import { describe, it, expect } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { commands, runAction } from './run.js'

const key = fakeKeys.openaiProject('action')
const leakedApp = { 'app/.env': `OPENAI_API_KEY=${key}\n`, 'README.md': '# deploy\n' }

describe('action run()', () => {
  it('annotates a leaked key at its workspace-relative path, sets every output, writes the report, and fails', async () => {
    const { log, outputs, exitCode } = await runAction(leakedApp, { path: 'app' })
    expect(commands(log, 'error')).toContainEqual(expect.stringMatching(/^::error title=leaked-key,file=app\/\.env,line=1,endLine=1,col=\d+,endColumn=\d+::/))

    const declared = Object.keys((parse(await readFile('action.yml', 'utf8')) as { outputs: object }).outputs)
    expect(Object.keys(outputs).sort()).toEqual(declared.sort())
    expect(Number(outputs.errors)).toBeGreaterThan(0)
    expect(Number(outputs.findings)).toBe(Number(outputs.errors) + Number(outputs.warnings) + Number(outputs.notes))
    expect(outputs['comment-url']).toBe('')
    expect(outputs['sarif-file']).toBe('')

    const report = JSON.parse(await readFile(outputs['report-json']!, 'utf8')) as JsonReport
    expect(outputs['report-json']).toContain(process.env.RUNNER_TEMP!)
    expect(report.summary.errors).toBe(Number(outputs.errors))
    expect(report.findings.find((f) => f.ruleId === 'leaked-key')?.file).toBe('app/.env')

    expect(log).toMatch(/^::error::\d+ findings? at or above fail-on: error$/m)
    expect(exitCode).toBe(1)
  })

  it('never writes the key to the log, the outputs or the report', async () => {
    const { log, outputs } = await runAction(leakedApp, { path: 'app', 'fail-on': 'never' })
    const report = await readFile(outputs['report-json']!, 'utf8')
    for (const text of [log, JSON.stringify(outputs), report]) {
      expect(text).not.toContain(key)
      expect(text).not.toContain(key.slice(20, 40))
    }
  })

  it('reports without failing when fail-on is never', async () => {
    const { log, outputs, exitCode } = await runAction(leakedApp, { path: 'app', 'fail-on': 'never' })
    expect(Number(outputs.errors)).toBeGreaterThan(0)
    expect(log).not.toMatch(/^::error::/m)
    expect(exitCode).toBeUndefined()
  })

  it('passes on a clean repository with zero counts', async () => {
    const { outputs, exitCode } = await runAction({ 'README.md': '# nothing here\n' }, {})
    expect(outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0', notes: '0' })
    expect(exitCode).toBeUndefined()
  })

  it('logs the full list in a group, with workflow commands paused around repository text', async () => {
    const { log } = await runAction(leakedApp, { path: 'app', 'fail-on': 'never' })
    const group = log.slice(log.indexOf('::group::'), log.indexOf('::endgroup::'))
    expect(group).toMatch(/^::group::llm-env-lint: \d+ errors?, \d+ warnings?, \d+ notes? in 1 file\n/)
    const token = /::stop-commands::(\S+)\n/.exec(group)?.[1]
    expect(token).toBeDefined()
    const paused = group.slice(group.indexOf(`::stop-commands::${token}`), group.indexOf(`::${token}::`))
    expect(paused).toMatch(/^app\/\.env:1:\d+: error .+ \[leaked-key\]$/m)
    expect(paused).toMatch(/^\d+ errors?, .+ in 1 file$/m)
  })

  it('caps annotations at ten per level and adds one notice for the rest', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}.env`, `OPENAI_API_KEY=${fakeKeys.openaiProject(`cap${i}`)}\n`]))
    const { log, outputs } = await runAction(files, { 'fail-on': 'never' })
    expect(Number(outputs.errors)).toBeGreaterThanOrEqual(12)
    expect(commands(log, 'error')).toHaveLength(10)
    const notices = commands(log, 'notice')
    expect(notices.length).toBeLessThanOrEqual(10)
    expect(notices.at(-1)).toMatch(/^::notice title=llm-env-lint::\d+ more findings? (is|are) not annotated/)
  })

  it('writes SARIF to the sarif-file path and names it in the output', async () => {
    const { outputs, workspace } = await runAction(leakedApp, { path: 'app', 'fail-on': 'never', 'sarif-file': 'reports/llm.sarif' })
    const sarifFile = join(workspace, 'reports/llm.sarif')
    expect(outputs['sarif-file']).toBe(sarifFile)
    const sarif = JSON.parse(await readFile(sarifFile, 'utf8')) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('app/.env')
  })

  it('fails naming the input and its allowed values, before scanning or setting outputs', async () => {
    const { log, outputs, exitCode } = await runAction(leakedApp, { 'fail-on': 'sometimes' })
    expect(log).toBe("::error::Input 'fail-on' must be one of error, warning, note, never; got 'sometimes'\n")
    expect(outputs).toEqual({})
    expect(exitCode).toBe(1)
  })

  it('fails with the config error, naming the field', async () => {
    const { log, outputs, exitCode } = await runAction({ ...leakedApp, 'app/.llm-env-lint.yml': 'rules:\n  leaked-key: loud\n' }, { path: 'app' })
    expect(log).toMatch(/^::error::.*\.llm-env-lint\.yml:2:\d+: rules\.leaked-key: /m)
    expect(outputs).toEqual({})
    expect(exitCode).toBe(1)
  })

  it('uses the config file named by the config input, relative to the workspace', async () => {
    const { outputs, exitCode } = await runAction(
      { ...leakedApp, 'ci/lint.yml': 'rules:\n  leaked-key: "off"\n' },
      { path: 'app', config: 'ci/lint.yml' }
    )
    const report = JSON.parse(await readFile(outputs['report-json']!, 'utf8')) as JsonReport
    expect(report.findings.some((f) => f.ruleId === 'leaked-key')).toBe(false)
    expect(existsSync(outputs['report-json']!)).toBe(true)
    expect(exitCode === undefined || report.summary.errors > 0).toBe(true)
  })
})
