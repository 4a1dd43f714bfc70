/**
 * The action's live probes end to end: real inputs, the real pipeline and @actions/core, fake providers on loopback.
 * Every run checks that no key shows anywhere the action writes, except in the `::add-mask::` commands that hide it.
 */
import { describe, it, expect } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { openAiStyle, receivedKey, serverPool } from '../helpers/provider-server.js'
import { commands, runAction, type ActionRun, type RunEvent } from './run.js'

const key = fakeKeys.openaiProject('action-probe')
const anthropicKey = fakeKeys.anthropic('action-probe')
const models = ['gpt-4o', 'gpt-4o-mini']

const serve = serverPool()

/** A NextChat deployment reading its key from the secret `OPENAI_API_KEY`, sending it to `base`. */
const nextchat = (base: string, model = 'gpt-4o-mini'): Record<string, string> => ({
  'package.json': '{"name":"nextchat"}\n',
  '.env': `OPENAI_API_KEY=\${OPENAI_API_KEY}\nBASE_URL=${base}\nDEFAULT_MODEL=${model}\nCODE=\${ACCESS_CODE}\n`
})

/** A GitHub workflow deploying NextChat with the secret `OPENAI_API_KEY` and an OpenAI BASE_URL. */
const deployWorkflow = {
  'package.json': '{"name":"nextchat"}\n',
  '.github/workflows/deploy.yml':
    'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      BASE_URL: https://api.openai.com\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n      CODE: ${{ secrets.ACCESS_CODE }}\n    steps:\n      - run: npx vercel deploy\n'
}

const secrets = (values: Record<string, string>): string => JSON.stringify({ github_token: 'ghs_not-a-real-token', ...values })

/** The key in no output: log (but for the masking commands), summary, outputs, JSON report, SARIF. */
async function expectNoKey(run: ActionRun, secret: string, sarifFile?: string): Promise<void> {
  const log = run.log
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
  const texts = [log, run.summary, JSON.stringify(run.outputs), await readFile(run.outputs['report-json']!, 'utf8')]
  if (sarifFile) texts.push(await readFile(sarifFile, 'utf8'))
  // Count rather than compare, so a failure never prints the key.
  for (const text of texts) expect([secret, secret.slice(16, 40), secret.slice(-20)].filter((part) => text.includes(part)).length).toBe(0)
}

const probeFindings = async (run: ActionRun) =>
  (JSON.parse(await readFile(run.outputs['report-json']!, 'utf8')) as JsonReport).findings.filter((f) => f.ruleId.startsWith('probe-'))

describe('action run() with live probes', () => {
  it('probes the secret behind a key setting at a loopback provider listed in probe-hosts, and shows it verified', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const run = await runAction(nextchat(server.origin), { probe: 'true', secrets: secrets({ OPENAI_API_KEY: key }), 'probe-hosts': server.host })
    expect(run.log).toContain(`::add-mask::${key}\n`)
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/models', 'POST /v1/chat/completions'])
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`)
    expect(await probeFindings(run)).toEqual([])
    expect(run.summary).toContain('#### Live probes')
    expect(run.summary).toContain(`✅ **verified** · \`OPENAI_API_KEY\` = \`sk-proj-…${key.slice(-4)}\` from \`.env\``)
    expect(run.exitCode).toBeUndefined()
    await expectNoKey(run, key)
  })

  it('fails on a rejected api-key, annotating the key setting, with the support block in the summary', async () => {
    const server = await serve(openAiStyle({ key: fakeKeys.openaiProject('the-real-one'), models }))
    const run = await runAction(nextchat(server.origin), { probe: 'true', 'api-key': key, 'probe-hosts': server.host, 'sarif-file': 'llm.sarif' })
    expect(receivedKey(server, key)).toBe(true)
    expect(commands(run.log, 'error')).toContainEqual(expect.stringMatching(/^::error title=probe-key,file=\.env,line=1,endLine=1,col=16,/))
    expect(run.summary).toMatch(/❌ \*\*rejected\*\*, key: .*HTTP 401, invalid\\_api\\_key/)
    expect(run.summary).toContain('Request id:  x-request-id: req_openai_0001')
    expect(run.summary).toContain(`API key:     sk-proj-…${key.slice(-4)} (OpenAI)`)
    const sarif = JSON.parse(await readFile(join(run.workspace, 'llm.sarif'), 'utf8')) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] }
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['probe-key', 'probe-model', 'probe-route']))
    expect(run.log).toMatch(/^::error::\d+ findings? at or above fail-on: error$/m)
    expect(run.exitCode).toBe(1)
    await expectNoKey(run, key, join(run.workspace, 'llm.sarif'))
  })

  it('the attack: a BASE_URL pointing at a loopback server not in probe-hosts receives no request carrying the key', async () => {
    const trusted = await serve(openAiStyle({ key, models }))
    const attacker = await serve(openAiStyle({ key, models }))
    const run = await runAction(nextchat(attacker.origin), {
      probe: 'true',
      'api-key': key,
      secrets: secrets({ OPENAI_API_KEY: key }),
      'probe-hosts': `${trusted.host}, 127.0.0.1:1`
    })
    expect(attacker.requests).toEqual([])
    expect(receivedKey(attacker, key)).toBe(false)
    expect(trusted.requests).toEqual([])
    expect((await probeFindings(run)).map((f) => [f.ruleId, f.severity])).toEqual([['probe-route', 'warning']])
    expect(commands(run.log, 'warning')).toContainEqual(expect.stringContaining('the key was not sent to 127.0.0.1'))
    expect(run.exitCode).toBeUndefined()
    await expectNoKey(run, key)
  })

  it('skips probing on a pull request from a fork, with a notice and no request', async () => {
    const server = await serve(openAiStyle({ key, models }))
    const fork: RunEvent = {
      name: 'pull_request',
      payload: {
        pull_request: {
          number: 3,
          base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/chat' } },
          head: { sha: 'b'.repeat(40), ref: 'patch-1', repo: { full_name: 'mallory/chat' } }
        }
      }
    }
    const run = await runAction(
      nextchat(server.origin),
      { probe: 'true', 'api-key': key, 'probe-hosts': server.host, comment: 'never', scope: 'all' },
      { event: fork }
    )
    expect(server.requests).toEqual([])
    expect(commands(run.log, 'notice')).toContainEqual('::notice::llm-env-lint did not probe: this pull request comes from a fork, and forks get no secrets')
    expect(run.summary).not.toContain('Live probes')
    expect(run.exitCode).toBeUndefined()
  })

  it('skips a key whose secret is missing with a notice, never a failure', async () => {
    const run = await runAction(nextchat('https://api.rutaapi.com'), { probe: 'true', secrets: secrets({}) })
    expect(commands(run.log, 'notice')).toContainEqual(
      '::notice::llm-env-lint: OPENAI_API_KEY in .env: not probed, OPENAI_API_KEY is empty or missing in the secrets input'
    )
    expect(run.summary).toContain('*No key was probed; the log says why.*')
    expect(run.exitCode).toBeUndefined()
  })

  it('says api-key does nothing while probe is off', async () => {
    const run = await runAction(nextchat('https://api.rutaapi.com'), { 'api-key': key })
    expect(commands(run.log, 'notice')).toContainEqual('::notice::llm-env-lint did not probe: api-key or base-url is set, but probe is not true')
    await expectNoKey(run, key)
  })

  it('probes the api-key and base-url inputs alone, reporting on the running workflow file', async () => {
    const server = await serve(openAiStyle({ key: fakeKeys.openaiProject('the-real-one'), models }))
    const run = await runAction(
      { '.github/workflows/llm.yml': 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/llm-env-lint@v1\n' },
      { probe: 'true', 'api-key': key, 'base-url': server.origin, model: 'gpt-4o', 'probe-hosts': server.host },
      { env: { GITHUB_REPOSITORY: 'acme/chat', GITHUB_WORKFLOW_REF: 'acme/chat/.github/workflows/llm.yml@refs/heads/main' } }
    )
    expect(commands(run.log, 'error')).toContainEqual(expect.stringMatching(/^::error title=probe-key,file=\.github\/workflows\/llm\.yml,line=1,/))
    expect(run.summary).toContain('❌ **rejected** · `api-key input`')
    await expectNoKey(run, key)
  })
})

describe('action run() offline secrets check', () => {
  it('finds an Anthropic key in the secret feeding OPENAI_API_KEY next to an OpenAI BASE_URL, without any request', async () => {
    const run = await runAction(deployWorkflow, { secrets: secrets({ OPENAI_API_KEY: anthropicKey, ACCESS_CODE: 'team-code-2026' }) })
    const report = JSON.parse(await readFile(run.outputs['report-json']!, 'utf8')) as JsonReport
    const mismatch = report.findings.find((f) => f.ruleId === 'provider-mismatch')
    expect(mismatch).toMatchObject({ file: '.github/workflows/deploy.yml', line: 7, fix: 'ANTHROPIC_API_KEY' })
    expect(mismatch!.message).toContain(`gets secret OPENAI_API_KEY, which holds Anthropic key sk-ant-api03-…${anthropicKey.slice(-4)}`)
    expect(mismatch!.tip).toContain('reads Anthropic keys from ANTHROPIC_API_KEY: move the key there')
    expect(commands(run.log, 'error')).toContainEqual(expect.stringMatching(/^::error title=provider-mismatch,file=\.github\/workflows\/deploy\.yml,line=7,/))
    expect(run.log).toContain(`::add-mask::${anthropicKey}\n`)
    expect(run.exitCode).toBe(1)
    await expectNoKey(run, anthropicKey)
  })

  it('stays quiet when the secret holds a key of the provider its base URL names', async () => {
    const run = await runAction(deployWorkflow, { secrets: secrets({ OPENAI_API_KEY: key }) })
    const report = JSON.parse(await readFile(run.outputs['report-json']!, 'utf8')) as JsonReport
    expect(report.findings.filter((f) => f.ruleId === 'provider-mismatch')).toEqual([])
    await expectNoKey(run, key)
  })

  it('fails naming the secrets input, without quoting it, when it is not JSON', async () => {
    const run = await runAction(deployWorkflow, { secrets: `{"OPENAI_API_KEY": "${anthropicKey}"` })
    expect(run.log).toBe("::error::Input 'secrets' is not valid JSON; pass ${{ toJSON(secrets) }} or a JSON object of secret names and values\n")
    expect(run.outputs).toEqual({})
    expect(run.exitCode).toBe(1)
  })
})
