import * as core from '@actions/core'
import { statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { FAIL_ON_VALUES, isFailOn, type FailOn } from '../reporters/severity.js'

const COMMENT_MODES = ['auto', 'always', 'never'] as const
const SCOPES = ['changed', 'all'] as const

/** The action's inputs, validated once; nothing else reads `core.getInput` (actions/checkout's input-helper). */
export interface ActionSettings {
  /** Where repository-relative paths start: `GITHUB_WORKSPACE`, or the working directory for local runs. */
  readonly workspace: string
  /** Absolute path of the folder to scan (input `path`, default `.`). */
  readonly root: string
  /** Absolute path of the config file (input `config`); unset: the loader looks in `root`. */
  readonly configFile?: string
  /** Input `fail-on`. Default: `error`. */
  readonly failOn: FailOn
  /** Absolute path for the SARIF report (input `sarif-file`); unset: no SARIF. */
  readonly sarifFile?: string
  /** Input `github-token`, for the PR comment and changed files. */
  readonly githubToken: string
  /** Input `comment`. Default: `auto`. */
  readonly comment: (typeof COMMENT_MODES)[number]
  /** Input `scope`, resolved: `changed` on pull_request events when left empty, else `all`. */
  readonly scope: (typeof SCOPES)[number]
  /** Where the JSON report is written: `RUNNER_TEMP`, or the OS temp folder for local runs. */
  readonly tempDir: string
}

/** An input the action cannot use; the message names the input and what it accepts. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

/** Reads and validates every input; throws {@link InputError} on the first bad one. */
export function getSettings(): ActionSettings {
  const env = process.env
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const root = resolve(workspace, core.getInput('path') || '.')
  assertDirectory(root)
  const configFile = core.getInput('config')
  const sarifFile = core.getInput('sarif-file')
  return {
    workspace,
    root,
    ...(configFile && { configFile: resolve(workspace, configFile) }),
    failOn: choice('fail-on', 'error', FAIL_ON_VALUES, isFailOn),
    ...(sarifFile && { sarifFile: resolve(workspace, sarifFile) }),
    githubToken: core.getInput('github-token'),
    comment: choice('comment', 'auto', COMMENT_MODES),
    scope: choice('scope', isPullRequest(env.GITHUB_EVENT_NAME) ? 'changed' : 'all', SCOPES),
    tempDir: env.RUNNER_TEMP || tmpdir()
  }
}

/** An input limited to a few values; empty means `fallback`. */
function choice<T extends string>(
  name: string,
  fallback: T,
  allowed: readonly T[],
  isAllowed = (value: string): value is T => (allowed as readonly string[]).includes(value)
): T {
  const value = core.getInput(name) || fallback
  if (!isAllowed(value)) {
    throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')}; got '${value}'`)
  }
  return value
}

function assertDirectory(root: string): void {
  const stats = statSync(root, { throwIfNoEntry: false })
  if (!stats?.isDirectory()) {
    throw new InputError(`Input 'path': ${root} ${stats ? 'is not a folder' : 'does not exist'}`)
  }
}

const isPullRequest = (eventName: string | undefined): boolean =>
  eventName === 'pull_request' || eventName === 'pull_request_target'
