import { describe, it, expect, afterEach, beforeAll, jest } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { getSettings, InputError } from '../../src/action/inputs.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from '../cli/repo.js'
import { inputVariable, setEnv, withoutInputs } from './env.js'

let workspace: string
let restore: () => void = () => {}

beforeAll(async () => {
  workspace = await makeRepo({ 'app/.env': 'BASE_URL=https://api.openai.com\n', 'notes.txt': 'hello\n' })
})

afterEach(() => restore())

async function settingsWith(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  restore = setEnv({
    ...withoutInputs(),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_WORKFLOW_REF: undefined,
    GITHUB_WORKFLOW: undefined,
    GITHUB_JOB: undefined,
    RUNNER_TEMP: undefined,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
    ...env
  })
  return getSettings()
}

async function inputError(inputs: Record<string, string>): Promise<string> {
  try {
    await settingsWith(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no input error')
}

describe('getSettings', () => {
  it('fills the defaults: the whole workspace, fail on errors, comment auto, scope all outside pull requests', async () => {
    expect(await settingsWith({})).toEqual({
      workspace,
      root: workspace,
      failOn: 'error',
      githubToken: '',
      comment: 'auto',
      commentKey: '',
      suggestions: 'auto',
      scope: 'all',
      tempDir: tmpdir(),
      secrets: new Map(),
      probe: { enabled: false, hosts: [], chat: false, failOnIndeterminate: false, timeoutMs: 10_000, maxRequests: 50 },
      includeIgnored: false
    })
  })

  it('keys the sticky comment by workflow and job, unless comment-key says otherwise', async () => {
    expect((await settingsWith({}, { GITHUB_WORKFLOW: 'LLM config', GITHUB_JOB: 'lint' })).commentKey).toBe('LLM config/lint')
    expect((await settingsWith({ 'comment-key': 'web' }, { GITHUB_WORKFLOW: 'LLM config', GITHUB_JOB: 'lint' })).commentKey).toBe('web')
  })

  it('reads every input, resolving paths against the workspace', async () => {
    const settings = await settingsWith(
      {
        path: 'app',
        config: 'ci/lint.yml',
        'fail-on': ' warning ',
        'sarif-file': 'out/results.sarif',
        'github-token': 'token-for-tests',
        comment: 'never',
        'comment-key': 'web',
        suggestions: 'never',
        scope: 'changed',
        'include-ignored': 'true'
      },
      { RUNNER_TEMP: '/runner/temp' }
    )
    expect(settings).toEqual({
      workspace,
      root: join(workspace, 'app'),
      configFile: join(workspace, 'ci/lint.yml'),
      failOn: 'warning',
      sarifFile: join(workspace, 'out/results.sarif'),
      githubToken: 'token-for-tests',
      comment: 'never',
      commentKey: 'web',
      suggestions: 'never',
      scope: 'changed',
      tempDir: '/runner/temp',
      secrets: new Map(),
      probe: { enabled: false, hosts: [], chat: false, failOnIndeterminate: false, timeoutMs: 10_000, maxRequests: 50 },
      includeIgnored: true
    })
  })

  it('keeps an absolute sarif-file as it is', async () => {
    expect((await settingsWith({ 'sarif-file': '/tmp/x.sarif' })).sarifFile).toBe('/tmp/x.sarif')
  })

  it('defaults scope to changed on pull_request events, unless the input says otherwise', async () => {
    expect((await settingsWith({}, { GITHUB_EVENT_NAME: 'pull_request' })).scope).toBe('changed')
    expect((await settingsWith({}, { GITHUB_EVENT_NAME: 'pull_request_target' })).scope).toBe('changed')
    expect((await settingsWith({ scope: 'all' }, { GITHUB_EVENT_NAME: 'pull_request' })).scope).toBe('all')
  })

  it('names the input and its allowed values when a value is wrong', async () => {
    expect(await inputError({ 'fail-on': 'sometimes' })).toBe("Input 'fail-on' must be one of error, warning, note, never; got 'sometimes'")
    expect(await inputError({ comment: 'yes' })).toBe("Input 'comment' must be one of auto, always, never; got 'yes'")
    expect(await inputError({ scope: 'diff' })).toBe("Input 'scope' must be one of changed, all; got 'diff'")
  })

  it('rejects a path that does not exist or is not a folder', async () => {
    expect(await inputError({ path: 'missing' })).toBe(`Input 'path': ${join(workspace, 'missing')} does not exist`)
    expect(await inputError({ path: 'notes.txt' })).toBe(`Input 'path': ${join(workspace, 'notes.txt')} is not a folder`)
  })

  it('reads exactly the inputs action.yml declares', async () => {
    const declared = Object.keys((parse(await readFile('action.yml', 'utf8')) as { inputs: object }).inputs)
    await settingsWith({})
    const read = new Set<string>()
    const original = process.env
    process.env = new Proxy(original, {
      get(target, name) {
        if (typeof name === 'string' && name.startsWith('INPUT_')) read.add(name)
        return Reflect.get(target, name)
      }
    })
    try {
      await getSettings()
    } finally {
      process.env = original
    }
    expect([...read].sort()).toEqual(declared.map(inputVariable).sort())
  })
})

/** Runs `getSettings` and returns what it wrote to stdout: the `::add-mask::` commands among others. */
async function stdoutOf(read: () => unknown): Promise<string> {
  let out = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    await read()
  } finally {
    write.mockRestore()
  }
  return out
}

describe('getSettings: live probe inputs', () => {
  const apiKey = fakeKeys.gateway('inputs')
  const [first, second] = [fakeKeys.openaiProject('list1'), fakeKeys.openaiProject('list2')]

  it('reads every probe input, in seconds and lists as the action.yml describes them', async () => {
    let settings: Awaited<ReturnType<typeof settingsWith>> | undefined
    const read = (): Promise<unknown> => settingsWith({
      probe: 'true',
      'api-key': apiKey,
      'base-url': 'https://api.rutaapi.com',
      model: 'gpt-4o-mini',
      'probe-hosts': 'llm.example.com,\n*.corp.example.com 127.0.0.1:11434',
      'probe-chat': 'TRUE',
      'fail-on-indeterminate': 'True',
      'probe-timeout': '2.5'
    }).then((got) => (settings = got))
    expect(await stdoutOf(read)).toBe(`::add-mask::${apiKey}\n`)
    expect(settings!.probe).toEqual({
      enabled: true,
      apiKey,
      baseUrl: 'https://api.rutaapi.com',
      model: 'gpt-4o-mini',
      hosts: ['llm.example.com', '*.corp.example.com', '127.0.0.1:11434'],
      chat: true,
      failOnIndeterminate: true,
      timeoutMs: 2500,
      maxRequests: 50
    })
  })

  it('masks the api-key, every secret, each line of one and each item of a key list before anything else', async () => {
    const secrets = JSON.stringify({ RUTAAPI_KEY: `${first},${second}`, EMPTY: '', SHORT: 'on' })
    let settings: Awaited<ReturnType<typeof settingsWith>> | undefined
    const out = await stdoutOf(async () => (settings = await settingsWith({ 'api-key': apiKey, secrets })))
    const masks = out.split('\n').filter((line) => line.startsWith('::add-mask::')).map((line) => line.slice('::add-mask::'.length))
    expect(masks).toEqual([`${first},${second}`, first, second, 'on', apiKey])
    expect(settings!.secrets).toEqual(new Map([['RUTAAPI_KEY', `${first},${second}`], ['SHORT', 'on']]))
  })

  it('names the secrets input without quoting it when it is not a JSON object of strings', async () => {
    for (const secrets of [`{"RUTAAPI_KEY": "${apiKey}"`, `"${apiKey}"`, `{"RUTAAPI_KEY": ["${apiKey}"]}`]) {
      const message = await inputError({ secrets })
      expect(message).toMatch(/^Input 'secrets' (is not valid JSON|must be a JSON object)/)
      expect(message).not.toContain(apiKey.slice(3, 20))
    }
  })

  it('names the input and what it accepts when a probe input is wrong', async () => {
    expect(await inputError({ probe: 'yes' })).toBe("Input 'probe' must be true or false; got 'yes'")
    expect(await inputError({ 'probe-chat': '1' })).toBe("Input 'probe-chat' must be true or false; got '1'")
    expect(await inputError({ 'probe-timeout': '0' })).toBe("Input 'probe-timeout' must be a number of seconds greater than 0 and at most 300; got '0'")
    expect(await inputError({ 'probe-timeout': 'ten' })).toMatch(/^Input 'probe-timeout' must be a number of seconds/)
    expect(await inputError({ 'probe-hosts': 'api.example.com, *.com' })).toBe(
      "Input 'probe-hosts' has entries that are not hosts: *.com; write host, host:port, *.domain or a URL"
    )
  })

  it('finds the running workflow file in the scanned folder, for probes of the inputs alone', async () => {
    const ref = { GITHUB_REPOSITORY: 'acme/chat', GITHUB_WORKFLOW_REF: 'acme/chat/.github/workflows/llm.yml@refs/heads/main' }
    expect((await settingsWith({}, ref)).workflowFile).toBe('.github/workflows/llm.yml')
    expect((await settingsWith({ path: 'app' }, ref)).workflowFile).toBeUndefined()
    expect((await settingsWith({}, { GITHUB_REPOSITORY: undefined, GITHUB_WORKFLOW_REF: undefined })).workflowFile).toBeUndefined()
  })
})
