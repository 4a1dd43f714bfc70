import { afterEach, jest } from '@jest/globals'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { run } from '../../src/action/main.js'
import { makeRepo } from '../cli/repo.js'
import { inputVariable, readOutputs, runnerFiles, setEnv, withoutInputs } from './env.js'

export interface ActionRun {
  /** Everything the action wrote to stdout: log lines and workflow commands. */
  readonly log: string
  readonly outputs: Record<string, string>
  /** The job summary the step wrote. */
  readonly summary: string
  readonly exitCode: number | undefined
  readonly workspace: string
}

/** The event the run is for: `push` by default; a pull request's payload, written where a runner writes it. */
export interface RunEvent {
  readonly name: string
  readonly payload: object
}

let restore: () => void = () => {}

afterEach(() => {
  restore()
  restore = () => {}
  process.exitCode = undefined
})

/**
 * Runs the real action in a workspace holding `files`, as the runner would, its workflow commands on stdout. `env`
 * adds or removes runner variables; `event` is the event the run is for, its payload in the file at GITHUB_EVENT_PATH.
 */
export async function runAction(
  files: Record<string, string>,
  inputs: Record<string, string>,
  options: { readonly env?: Record<string, string | undefined>; readonly event?: RunEvent } = {}
): Promise<ActionRun> {
  const workspace = await makeRepo(files)
  const runner = await runnerFiles()
  const eventPath = join(runner.temp, 'event.json')
  await writeFile(eventPath, JSON.stringify(options.event?.payload ?? {}))
  const restoreEnv = setEnv({
    ...withoutInputs(),
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKFLOW_REF: undefined,
    GITHUB_OUTPUT: runner.output,
    GITHUB_STEP_SUMMARY: runner.summary,
    RUNNER_TEMP: runner.temp,
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value])),
    ...options.env
  })
  restore = restoreEnv
  let log = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk)
    return true
  })
  try {
    await run()
  } finally {
    write.mockRestore()
  }
  return {
    log,
    outputs: await readOutputs(runner.output),
    summary: await readFile(runner.summary, 'utf8'),
    exitCode: process.exitCode as number | undefined,
    workspace
  }
}

/** The workflow commands of one kind (`error`, `warning`, `notice`) in a log. */
export const commands = (log: string, name: string): string[] => log.split('\n').filter((line) => line.startsWith(`::${name} `) || line.startsWith(`::${name}::`))
