import { parseArgs } from 'node:util'
import { parseProbeHosts } from '../probes/policy.js'
import { PROBE_DEFAULTS } from '../probes/run.js'
import { MAX_PROBE_REQUESTS, MAX_PROBE_TIMEOUT_S, probeMaxRequests, probeTimeoutMs } from '../probes/step.js'
import { FAIL_ON_VALUES, isFailOn, type FailOn } from '../reporters/severity.js'

/** Output formats of the CLI. */
const FORMATS = ['text', 'json', 'sarif'] as const
export type Format = (typeof FORMATS)[number]

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'lint'
      /** The folder to scan, as given (resolved against the working directory later). Default: `.` */
      readonly path: string
      /** Default: `text` */
      readonly format: Format
      /** Default: `error` */
      readonly failOn: FailOn
      /** The config file, as given; when unset the config loader looks for `.llm-env-lint.yml` in the root. */
      readonly config?: string
      /** `--probe` and its flags; unset: no live probes. */
      readonly probe?: CliProbe
    }

/** The live probe flags. Keys are never among them: they come from the environment. */
export interface CliProbe {
  /** `--probe-hosts`: extra hosts that may receive a key. */
  readonly hosts: readonly string[]
  /** `--probe-chat`: a real one-token completion. */
  readonly chat: boolean
  readonly failOnIndeterminate: boolean
  /** `--probe-timeout`, in milliseconds. */
  readonly timeoutMs: number
  /** `--probe-max-requests`: requests carrying a key per run. */
  readonly maxRequests: number
  /** `--base-url`: probe `LLM_ENV_LINT_API_KEY` there alone. */
  readonly baseUrl?: string
  /** `--model`: a model to look for besides the configured ones. */
  readonly model?: string
}

/** A command line that cannot be run: the message names the flag and what it accepts (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export const USAGE = `Usage: llm-env-lint [options] [path]

Lints the LLM configuration of a repository (default path: .): leaked keys, wrong BASE_URL,
key/provider mismatches.

Options:
  --format text|json|sarif              output format (default: text)
  --fail-on error|warning|note|never    exit 1 when a finding is at or above this severity (default: error)
  --config FILE                         config file (default: .llm-env-lint.yml in the scanned folder)
  -h, --help                            show this help
  -v, --version                         show the version

Live probes (opt-in; see docs/probes.md):
  --probe                               check the keys live against the provider: models list, configured
                                        models, the chat route the client builds
  --probe-hosts LIST                    more hosts that may receive a key (comma-separated); the registry's
                                        API hosts are always allowed, plain http only to listed loopback hosts
  --probe-chat                          send a real one-token completion (billed) instead of a free request
  --fail-on-indeterminate               count probes that could not decide (timeouts, 5xx) as errors
  --probe-timeout SECONDS               per request (default: 10)
  --probe-max-requests N                requests carrying a key per run, retries included (default: 50)
  --base-url URL, --model NAME          probe LLM_ENV_LINT_API_KEY at this base URL alone, for this model
  Keys are never read from the command line: a setting OPENAI_API_KEY=\${OPENAI_API_KEY} or
  \${{ secrets.OPENAI_API_KEY }} is probed with the environment variable OPENAI_API_KEY, and
  LLM_ENV_LINT_API_KEY stands for every key the settings reference.

Exit status: 0 no failing findings, 1 findings at or above --fail-on, 2 usage or config error,
3 internal error.
`

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  probe: { type: 'boolean' },
  'probe-hosts': { type: 'string' },
  'probe-chat': { type: 'boolean' },
  'fail-on-indeterminate': { type: 'boolean' },
  'probe-timeout': { type: 'string' },
  'probe-max-requests': { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

const oneOf = (values: readonly string[]): string => values.join(', ')

/** Flags that only mean something with `--probe`. */
const PROBE_FLAGS = ['probe-hosts', 'probe-chat', 'fail-on-indeterminate', 'probe-timeout', 'probe-max-requests', 'base-url', 'model'] as const

/** `--api-key`, `--key`, `--token` and the like, with or without `=value`. */
const KEY_FLAG = /^--(?:[\w-]*-)?(?:key|token)(?:=|$)/

/** Reads the command line; throws {@link UsageError} for anything it cannot run. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  // Checked first and without quoting the argument: it may be the key itself.
  if (argv.some((arg) => KEY_FLAG.test(arg))) {
    throw new UsageError('keys are never read from the command line, where the shell history and the process list keep them; set LLM_ENV_LINT_API_KEY or the variable your settings reference')
  }
  const { values, positionals } = parseOrExplain(argv)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  if (positionals.length > 1) {
    throw new UsageError(`expected at most one path, got ${positionals.length}: ${positionals.join(' ')}`)
  }
  const format = values.format ?? 'text'
  if (!isFormat(format)) throw new UsageError(`invalid --format "${format}": expected one of ${oneOf(FORMATS)}`)
  const failOn = values['fail-on'] ?? 'error'
  if (!isFailOn(failOn)) throw new UsageError(`invalid --fail-on "${failOn}": expected one of ${oneOf(FAIL_ON_VALUES)}`)
  if (values.config === '') throw new UsageError('--config needs a file name')
  const probe = probeFlags(values)
  return {
    kind: 'lint',
    path: positionals[0] ?? '.',
    format,
    failOn,
    ...(values.config !== undefined && { config: values.config }),
    ...(probe && { probe })
  }
}

type Values = ReturnType<typeof parseOrExplain>['values']

/** The probe flags, or undefined without `--probe` (when the other probe flags are refused as meaningless). */
function probeFlags(values: Values): CliProbe | undefined {
  if (!values.probe) {
    const stray = PROBE_FLAGS.find((flag) => values[flag] !== undefined)
    if (stray) throw new UsageError(`--${stray} needs --probe`)
    return undefined
  }
  const { hosts, invalid } = parseProbeHosts(values['probe-hosts'] ?? '')
  if (invalid.length > 0) throw new UsageError(`invalid --probe-hosts entries: ${invalid.join(', ')}; write host, host:port, *.domain or a URL`)
  const timeout = values['probe-timeout']
  const timeoutMs = timeout === undefined ? PROBE_DEFAULTS.timeoutMs : probeTimeoutMs(timeout)
  if (timeoutMs === undefined) throw new UsageError(`invalid --probe-timeout "${timeout}": expected seconds greater than 0 and at most ${MAX_PROBE_TIMEOUT_S}`)
  const max = values['probe-max-requests']
  const maxRequests = max === undefined ? PROBE_DEFAULTS.maxRequests : probeMaxRequests(max)
  if (maxRequests === undefined) throw new UsageError(`invalid --probe-max-requests "${max}": expected a whole number from 1 to ${MAX_PROBE_REQUESTS}`)
  if (values['base-url'] === '') throw new UsageError('--base-url needs a URL')
  return {
    hosts,
    maxRequests,
    chat: values['probe-chat'] ?? false,
    failOnIndeterminate: values['fail-on-indeterminate'] ?? false,
    timeoutMs,
    ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
    ...(values.model ? { model: values.model } : {})
  }
}

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value)
}

/** node:util's parser throws TypeErrors with its own wording; turn them into usage errors. */
function parseOrExplain(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true })
  } catch (error) {
    // Read `message` without `instanceof`: under a test runner the error comes from another realm.
    throw new UsageError(firstSentence(String((error as { message?: unknown }).message ?? error)))
  }
}

/** `Unknown option '--foo'. To specify a positional…` → `unknown option '--foo'`. */
function firstSentence(text: string): string {
  const sentence = text.split(/\.\s|\.$|\n/)[0] ?? text
  return sentence.charAt(0).toLowerCase() + sentence.slice(1)
}
