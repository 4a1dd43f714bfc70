import * as core from './commands.js'
import { statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { MAX_PROBE_REQUESTS, MAX_PROBE_TIMEOUT_S, PROBE_DEFAULTS, probeMaxRequests, probeTimeoutMs } from '../probes/limits.js'
import { FAIL_ON_VALUES, isFailOn, type FailOn } from '../reporters/severity.js'

const COMMENT_MODES = ['auto', 'always', 'never'] as const
const SUGGESTION_MODES = ['auto', 'never'] as const
const SCOPES = ['changed', 'all'] as const

/** The action's inputs, validated once; nothing else reads `core.getInput` (actions/checkout's input-helper). */
export interface ActionSettings {
  /** Where repository-relative paths start: `GITHUB_WORKSPACE`, or the working directory for local runs. */
  readonly workspace: string
  /** Absolute path of the folder to scan (input `path`, default `.`). */
  readonly root: string
  /** Absolute path of the config file (input `config`); unset: the loader looks in `root`. */
  readonly configFile?: string
  /** Absolute path of the baseline file (input `baseline`); unset: none. */
  readonly baselineFile?: string
  /** Input `fail-on`. Default: `error`. */
  readonly failOn: FailOn
  /** Absolute path for the SARIF report (input `sarif-file`); unset: no SARIF. */
  readonly sarifFile?: string
  /** Input `github-token`, for the PR comment and changed files. */
  readonly githubToken: string
  /** Input `comment`. Default: `auto`. */
  readonly comment: (typeof COMMENT_MODES)[number]
  /** Input `comment-key`: which job's sticky comment this run writes. Default: `<workflow>/<job>` from the runner. */
  readonly commentKey: string
  /** Input `suggestions`: fixes on changed lines as review suggestions (`auto`, on pull_request events) or `never`. */
  readonly suggestions: (typeof SUGGESTION_MODES)[number]
  /** Input `scope`, resolved: `changed` on pull_request events when left empty, else `all`. */
  readonly scope: (typeof SCOPES)[number]
  /** Where the JSON report is written: `RUNNER_TEMP`, or the OS temp folder for local runs. */
  readonly tempDir: string
  /** Input `secrets` (`${{ toJSON(secrets) }}`): secret values by name, already masked in the log. */
  readonly secrets: ReadonlyMap<string, string>
  /** The live probe inputs. */
  readonly probe: ProbeInputs
  /** Input `include-ignored`: read the env files git ignores too. Default: false. */
  readonly includeIgnored: boolean
  /**
   * The workflow file running the action, relative to the scanned folder, when it lies inside it: findings about
   * a key probed from the `api-key` and `base-url` inputs alone are reported there.
   */
  readonly workflowFile?: string
}

/** Inputs of the live probes. Keys are masked in the log as soon as they are read. */
export interface ProbeInputs {
  /** Input `probe`. Default: false. */
  readonly enabled: boolean
  /** Input `api-key`; unset when empty (a fork's pull request gets empty secrets). */
  readonly apiKey?: string
  /** Input `base-url`. */
  readonly baseUrl?: string
  /** Input `model`. */
  readonly model?: string
  /** Input `probe-hosts`: extra hosts that may receive a key. */
  readonly hosts: readonly string[]
  /** Input `probe-chat`. Default: false. */
  readonly chat: boolean
  /** Input `fail-on-indeterminate`. Default: false. */
  readonly failOnIndeterminate: boolean
  /** Input `probe-timeout`, in milliseconds. Default: 10 s. */
  readonly timeoutMs: number
  /** Input `probe-max-requests`. Default: 50. */
  readonly maxRequests: number
}

/** An input the action cannot use; the message names the input and what it accepts. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

/**
 * Reads and validates every input; throws {@link InputError} on the first bad one. The keys are read and masked
 * first, so nothing that follows (an error message included) can print them.
 */
export async function getSettings(): Promise<ActionSettings> {
  const secrets = secretsInput()
  const apiKey = maskedInput('api-key')
  const env = process.env
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const root = resolve(workspace, core.getInput('path') || '.')
  assertDirectory(root)
  const configFile = core.getInput('config')
  const sarifFile = core.getInput('sarif-file')
  const baselineFile = core.getInput('baseline')
  const workflowFile = workflowFileIn(root, workspace)
  return {
    workspace,
    root,
    ...(configFile && { configFile: resolve(workspace, configFile) }),
    ...(baselineFile && { baselineFile: resolve(workspace, baselineFile) }),
    failOn: choice('fail-on', 'error', FAIL_ON_VALUES, isFailOn),
    ...(sarifFile && { sarifFile: resolve(workspace, sarifFile) }),
    githubToken: core.getInput('github-token'),
    comment: choice('comment', 'auto', COMMENT_MODES),
    // Two workflows or jobs on one pull request keep a comment each; matrix legs share a job id and set the input.
    suggestions: choice('suggestions', 'auto', SUGGESTION_MODES),
    commentKey: core.getInput('comment-key') || [env.GITHUB_WORKFLOW, env.GITHUB_JOB].filter(Boolean).join('/'),
    scope: choice('scope', isPullRequest(env.GITHUB_EVENT_NAME) ? 'changed' : 'all', SCOPES),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    secrets,
    probe: await probeInputs(apiKey),
    includeIgnored: flag('include-ignored'),
    ...(workflowFile !== undefined && { workflowFile })
  }
}

async function probeInputs(apiKey: string): Promise<ProbeInputs> {
  const baseUrl = core.getInput('base-url')
  const model = core.getInput('model')
  return {
    enabled: flag('probe'),
    ...(apiKey && { apiKey }),
    ...(baseUrl && { baseUrl }),
    ...(model && { model }),
    hosts: await probeHosts(),
    chat: flag('probe-chat'),
    failOnIndeterminate: flag('fail-on-indeterminate'),
    timeoutMs: probeTimeout(),
    maxRequests: maxRequests()
  }
}

/** Parts of a secret shorter than this are not masked on their own: masking `1` would blank every 1 in the log. */
const MIN_MASKED_PART = 8

/**
 * Masks a secret in the log: the whole value, each of its lines (the runner masks line by line) and each item of a
 * key list (`k1,k2`), since an item may be used alone.
 */
function mask(value: string): void {
  core.setSecret(value)
  for (const part of value.split(/[\r\n,;]+/).map((p) => p.trim())) {
    if (part.length >= MIN_MASKED_PART && part !== value) core.setSecret(part)
  }
}

/** An input holding a key, masked before anything else happens. */
function maskedInput(name: string): string {
  const value = core.getInput(name)
  if (value) mask(value)
  return value
}

/**
 * Input `secrets`: a JSON object of names and string values, as `${{ toJSON(secrets) }}` gives it. Errors never
 * quote the input: it is made of secrets.
 */
function secretsInput(): ReadonlyMap<string, string> {
  const text = core.getInput('secrets')
  if (!text) return new Map()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new InputError("Input 'secrets' is not valid JSON; pass ${{ toJSON(secrets) }} or a JSON object of secret names and values")
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new InputError("Input 'secrets' must be a JSON object of secret names and string values, such as ${{ toJSON(secrets) }}")
  }
  const secrets = new Map(Object.entries(parsed as Record<string, string>).filter(([, value]) => value !== ''))
  secrets.forEach(mask)
  return secrets
}

/** A true/false input; empty means false. */
function flag(name: string): boolean {
  const value = core.getInput(name).toLowerCase()
  if (value === '' || value === 'false') return false
  if (value === 'true') return true
  throw new InputError(`Input '${name}' must be true or false; got '${core.getInput(name)}'`)
}

/** Input `probe-max-requests`; empty means the default. */
function maxRequests(): number {
  const text = core.getInput('probe-max-requests')
  if (text === '') return PROBE_DEFAULTS.maxRequests
  const count = probeMaxRequests(text)
  if (count === undefined) throw new InputError(`Input 'probe-max-requests' must be a whole number from 1 to ${MAX_PROBE_REQUESTS}; got '${text}'`)
  return count
}

/** Input `probe-timeout`, in seconds; empty means the default. */
function probeTimeout(): number {
  const text = core.getInput('probe-timeout')
  if (text === '') return PROBE_DEFAULTS.timeoutMs
  const timeoutMs = probeTimeoutMs(text)
  if (timeoutMs === undefined) {
    throw new InputError(`Input 'probe-timeout' must be a number of seconds greater than 0 and at most ${MAX_PROBE_TIMEOUT_S}; got '${text}'`)
  }
  return timeoutMs
}

/** Input `probe-hosts`: entries separated by commas, spaces or new lines; its checker (with the public suffix list) is loaded only for entries. */
async function probeHosts(): Promise<readonly string[]> {
  const text = core.getInput('probe-hosts')
  if (text === '') return []
  const { parseProbeHosts } = await import('../probes/policy.js')
  const { hosts, invalid } = parseProbeHosts(text)
  if (invalid.length > 0) {
    throw new InputError(`Input 'probe-hosts' has entries that are not hosts: ${invalid.join(', ')}; write host, host:port, *.domain or a URL`)
  }
  return hosts
}

/**
 * The running workflow's file (`GITHUB_WORKFLOW_REF` is `owner/repo/.github/workflows/ci.yml@refs/heads/main`),
 * relative to the scanned folder; undefined outside a workflow or when the folder does not hold it.
 */
function workflowFileIn(root: string, workspace: string): string | undefined {
  const { GITHUB_WORKFLOW_REF: ref, GITHUB_REPOSITORY: repository } = process.env
  if (!ref || !repository || !ref.startsWith(`${repository}/`)) return undefined
  const path = ref.slice(repository.length + 1).replace(/@[^@]*$/, '')
  const within = relative(root, join(workspace, path))
  return within === '' || within.startsWith(`..${sep}`) || isAbsolute(within) ? undefined : within.split(sep).join('/')
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
