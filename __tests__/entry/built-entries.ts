import { expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The built entry points, as a user and a runner start them. */
export const CLI = resolve('dist/cli/index.js')
export const ACTION = resolve('dist/index.js')

/** The runner's environment for the action on a push to `workspace`, its runner folder made under `dir`. */
function pushEventEnv(dir: string, workspace: string): Record<string, string> {
  const runnerTemp = join(dir, 'runner-temp')
  mkdirSync(runnerTemp, { recursive: true })
  return { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'push', RUNNER_TEMP: runnerTemp, 'INPUT_FAIL-ON': 'never', INPUT_COMMENT: 'never', 'INPUT_GITHUB-TOKEN': '' }
}

/** How to start an entry on the folder `tree` inside the test folder `dir`: its path, its arguments, its environment. */
type Start = (dir: string, tree: string) => readonly [string, readonly string[], Record<string, string>]

/** Each entry as a test row: the CLI scanning `tree`, and the action on a push to it. */
export const BUILT_ENTRIES: readonly (readonly [string, Start])[] = [
  ['CLI', (_dir, tree) => [CLI, [tree, '--format', 'json'], {}]],
  ['action', (dir, tree) => [ACTION, [], pushEventEnv(dir, tree)]]
]

/**
 * Runs a built entry in `dir` with `preload` required first; the preload writes what it saw to the file named by
 * `SEEN`, which comes back parsed. Only `PATH` is passed on from this process, and git stops looking at `dir`.
 */
export function runUnderPreload<Seen>(entry: string, args: readonly string[], { dir, preload, env }: { dir: string; preload: string; env: Record<string, string> }): Seen {
  const seen = join(dir, 'seen.json')
  const result = spawnSync(process.execPath, ['--require', preload, entry, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GIT_CEILING_DIRECTORIES: dir, SEEN: seen, ...env }
  })
  expect(result.status).toBe(0)
  return JSON.parse(readFileSync(seen, 'utf8')) as Seen
}
