import { describe, it, expect, afterEach, beforeAll } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { getSettings, InputError } from '../../src/action/inputs.js'
import { makeRepo } from '../cli/repo.js'
import { inputVariable, setEnv, withoutInputs } from './env.js'

let workspace: string
let restore: () => void = () => {}

beforeAll(async () => {
  workspace = await makeRepo({ 'app/.env': 'BASE_URL=https://api.openai.com\n', 'notes.txt': 'hello\n' })
})

afterEach(() => restore())

function settingsWith(inputs: Record<string, string>, env: Record<string, string | undefined> = {}) {
  restore = setEnv({
    ...withoutInputs(),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: undefined,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
    ...env
  })
  return getSettings()
}

function inputError(inputs: Record<string, string>): string {
  try {
    settingsWith(inputs)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as Error).message
  }
  throw new Error('no input error')
}

describe('getSettings', () => {
  it('fills the defaults: the whole workspace, fail on errors, comment auto, scope all outside pull requests', () => {
    expect(settingsWith({})).toEqual({
      workspace,
      root: workspace,
      failOn: 'error',
      githubToken: '',
      comment: 'auto',
      scope: 'all',
      tempDir: tmpdir()
    })
  })

  it('reads every input, resolving paths against the workspace', () => {
    const settings = settingsWith(
      {
        path: 'app',
        config: 'ci/lint.yml',
        'fail-on': ' warning ',
        'sarif-file': 'out/results.sarif',
        'github-token': 'token-for-tests',
        comment: 'never',
        scope: 'changed'
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
      scope: 'changed',
      tempDir: '/runner/temp'
    })
  })

  it('keeps an absolute sarif-file as it is', () => {
    expect(settingsWith({ 'sarif-file': '/tmp/x.sarif' }).sarifFile).toBe('/tmp/x.sarif')
  })

  it('defaults scope to changed on pull_request events, unless the input says otherwise', () => {
    expect(settingsWith({}, { GITHUB_EVENT_NAME: 'pull_request' }).scope).toBe('changed')
    expect(settingsWith({}, { GITHUB_EVENT_NAME: 'pull_request_target' }).scope).toBe('changed')
    expect(settingsWith({ scope: 'all' }, { GITHUB_EVENT_NAME: 'pull_request' }).scope).toBe('all')
  })

  it('names the input and its allowed values when a value is wrong', () => {
    expect(inputError({ 'fail-on': 'sometimes' })).toBe("Input 'fail-on' must be one of error, warning, note, never; got 'sometimes'")
    expect(inputError({ comment: 'yes' })).toBe("Input 'comment' must be one of auto, always, never; got 'yes'")
    expect(inputError({ scope: 'diff' })).toBe("Input 'scope' must be one of changed, all; got 'diff'")
  })

  it('rejects a path that does not exist or is not a folder', () => {
    expect(inputError({ path: 'missing' })).toBe(`Input 'path': ${join(workspace, 'missing')} does not exist`)
    expect(inputError({ path: 'notes.txt' })).toBe(`Input 'path': ${join(workspace, 'notes.txt')} is not a folder`)
  })

  it('reads exactly the inputs action.yml declares', async () => {
    const declared = Object.keys((parse(await readFile('action.yml', 'utf8')) as { inputs: object }).inputs)
    settingsWith({})
    const read = new Set<string>()
    const original = process.env
    process.env = new Proxy(original, {
      get(target, name) {
        if (typeof name === 'string' && name.startsWith('INPUT_')) read.add(name)
        return Reflect.get(target, name)
      }
    })
    try {
      getSettings()
    } finally {
      process.env = original
    }
    expect([...read].sort()).toEqual(declared.map(inputVariable).sort())
  })
})
