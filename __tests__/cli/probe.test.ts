/**
 * The CLI's live probes end to end: keys from the environment only, fake providers on loopback, notices and
 * outcomes on stderr so stdout keeps the report. The key never shows on either stream.
 */
import { describe, it, expect } from '@jest/globals'
import { main, type CliIo } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { openAiStyle, receivedKey, serverPool, type FakeServer } from '../helpers/provider-server.js'
import { makeRepo } from './repo.js'

const key = fakeKeys.openaiProject('cli-probe')
const models = ['gpt-4o', 'gpt-4o-mini']
const pool = serverPool()

const serve = (validKey: string): Promise<FakeServer> => pool(openAiStyle({ key: validKey, models }))

async function cli(argv: string[], cwd: string, env: CliIo['env']): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env })
  // Count rather than compare, so a failure never prints the key.
  expect([key, key.slice(16, 40), key.slice(-20)].filter((part) => stdout.includes(part) || stderr.includes(part)).length).toBe(0)
  return { code, stdout, stderr }
}

/** A NextChat deployment whose compose service reads OPENAI_API_KEY from the environment. */
const compose = (base: string, model = 'gpt-4o-mini') =>
  makeRepo({
    'docker-compose.yml': `services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      BASE_URL: ${base}\n      DEFAULT_MODEL: ${model}\n      CODE: \${ACCESS_CODE}\n`
  })

describe('llm-env-lint --probe', () => {
  it('probes the environment variable a setting references, and says it is verified on stderr', async () => {
    const server = await serve(key)
    const run = await cli(['--probe', '--probe-hosts', server.host, '--format', 'json'], await compose(server.origin), { OPENAI_API_KEY: key })
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${key}`, `Bearer ${key}`])
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(`llm-env-lint: probed OPENAI_API_KEY from docker-compose.yml (sk-proj-…${key.slice(-4)}) at ${server.origin}: verified\n`)
    expect((JSON.parse(run.stdout) as JsonReport).findings.filter((f) => f.ruleId.startsWith('probe-'))).toEqual([])
  })

  it('exits 1 on a model the key is not offered, with the closest ids', async () => {
    const server = await serve(key)
    const run = await cli(['--probe', '--probe-hosts', server.host], await compose(server.origin, 'gpt-4o-min'), { OPENAI_API_KEY: key })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^docker-compose\.yml:5:23: error gpt-4o-min is not among the 2 models 127\.0\.0\.1:\d+ lists for this key; closest: gpt-4o-mini, gpt-4o: .+ \[probe-model\]$/m)
  })

  it('takes LLM_ENV_LINT_API_KEY with --base-url alone', async () => {
    const server = await serve(fakeKeys.openaiProject('the-real-one'))
    const repo = await makeRepo({ 'README.md': '# no settings\n' })
    const run = await cli(['--probe', '--probe-hosts', server.host, '--base-url', server.origin, '--model', 'gpt-4o'], repo, { LLM_ENV_LINT_API_KEY: key })
    expect(receivedKey(server, key)).toBe(true)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^\(command line\): error 127\.0\.0\.1:\d+ rejected the key sk-proj-…[\w-]{4} \(HTTP 401, invalid_api_key\).+\[probe-key\]$/m)
  })

  it('sends nothing to a BASE_URL host that is not allowed', async () => {
    const server = await serve(key)
    const run = await cli(['--probe'], await compose(server.origin), { OPENAI_API_KEY: key })
    expect(server.requests).toEqual([])
    expect(run.stdout).toMatch(/: warning the key was not sent to 127\.0\.0\.1:\d+: it is a loopback address not listed in probe-hosts.+\[probe-route\]$/m)
    expect(run.code).toBe(0)
  })

  it('refuses probe hosts that would trust strangers as a usage error (exit 2), before reading the repository', async () => {
    const run = await cli(['--probe', '--probe-hosts', 'llm.example.com,*.com'], await compose('https://api.rutaapi.com'), {})
    expect(run.stderr).toContain('invalid --probe-hosts entries: *.com; write host, host:port, *.domain or a URL')
    expect(run.stdout).toBe('')
    expect(run.code).toBe(2)
  })

  it('explains on stderr why a key was not probed, and exits 0', async () => {
    const run = await cli(['--probe'], await compose('https://api.rutaapi.com'), {})
    expect(run.stderr).toBe('llm-env-lint: OPENAI_API_KEY in docker-compose.yml#services.chat: not probed, OPENAI_API_KEY is empty or missing in the environment\n')
    expect(run.code).toBe(0)
  })

  it('checks what a workflow secret holds, read from the environment, only with --probe', async () => {
    const anthropicKey = fakeKeys.anthropic('cli-probe')
    const repo = await makeRepo({
      'package.json': '{"name":"nextchat"}\n',
      '.github/workflows/deploy.yml':
        'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      BASE_URL: https://api.openai.com\n      OPENAI_API_KEY: ${{ secrets.LLM_KEY }}\n    steps:\n      - run: npx vercel deploy\n'
    })
    const without = await cli([], repo, { LLM_KEY: anthropicKey })
    expect(without.stdout).not.toContain('provider-mismatch')
    const probed = await cli(['--probe'], repo, { LLM_KEY: anthropicKey, OPENAI_API_KEY: key })
    expect(probed.stdout).toMatch(/^\.github\/workflows\/deploy\.yml:7:7: error OPENAI_API_KEY in the workflow gets secret LLM_KEY, which holds Anthropic key sk-ant-api03-…[\w-]{4}.+\[provider-mismatch\]$/m)
    expect(probed.stdout).not.toContain(anthropicKey.slice(16, 40))
  })
})
