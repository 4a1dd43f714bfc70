import { parseArgs, type ParseArgsOptionsConfig } from 'node:util'
import { MAX_PROBE_REQUESTS, MAX_PROBE_TIMEOUT_S, PROBE_DEFAULTS, probeMaxRequests, probeTimeoutMs } from '../probes/limits.js'
import { FILE_FORMATS, type FileFormat } from '../reporters/index.js'
import { FAIL_ON_VALUES, isFailOn, type FailOn } from '../reporters/severity.js'

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | MergeCommand
  | {
      readonly kind: 'lint'
      /**
       * The folder to scan, as given (resolved against the working directory later), or the one file to scan.
       * Default: `.`
       */
      readonly path: string
      /** Two or more files to scan (`llm-env-lint a.env b.yml`); `path` is then `.`, the folder they are judged in. */
      readonly files?: readonly string[]
      /** `--staged`: scan what the git index holds, not the working tree. */
      readonly staged?: boolean
      /** `--baseline FILE`: report only findings that are not in this baseline. */
      readonly baseline?: string
      /** `--write-baseline FILE`: record the current findings there (they are accepted: exit 0). */
      readonly writeBaseline?: string
      /** `-o, --output FILE`: write the report there instead of to stdout. */
      readonly output?: string
      /** `-q, --quiet`: report errors only; warnings and notes neither show nor fail the run. */
      readonly quiet?: boolean
      /** `--history [--since REF]`: also read every commit reachable from HEAD (after REF) for keys removed again. */
      readonly history?: { readonly since?: string }
      /** Default: `text` */
      readonly format: FileFormat
      /** Default: `error` */
      readonly failOn: FailOn
      /** The config file, as given; when unset the config loader looks for `.llm-env-lint.yml` in the root. */
      readonly config?: string
      /** `--probe` and its flags; unset: no live probes. */
      readonly probe?: CliProbe
      /** `--verbose`: list the scopes with their clients, the files read as configuration and the files not read before the findings. */
      readonly verbose?: boolean
      /** `--include-ignored`: read the env files git ignores too. */
      readonly includeIgnored?: boolean
      /** `--fix`: apply the safe fixes in place; `--fix-dry-run`: print them as a unified diff instead. */
      readonly fix?: 'apply' | 'dry-run'
    }

/** `llm-env-lint merge [options] [NAME=]REPORT.json...`: JSON reports of several repositories as one report. */
export interface MergeCommand {
  readonly kind: 'merge'
  /** Each report file, with the name its paths are prefixed with (`NAME=` or the file's name without `.json`). */
  readonly reports: readonly { readonly name: string; readonly file: string }[]
  /** Default: `text` */
  readonly format: FileFormat
  /** Default: `error` */
  readonly failOn: FailOn
  readonly output?: string
}

/** The live probe flags. Keys are never among them: they come from the environment. */
export interface CliProbe {
  /**
   * `--probe-hosts` as written: extra hosts that may receive a key. Checked when the probe is set up (cli/main.ts), with
   * the probe policy and its public suffix list, which a run without `--probe` never loads.
   */
  readonly hosts: string
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

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  staged: { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  history: { type: 'boolean' },
  since: { type: 'string' },
  probe: { type: 'boolean' },
  'probe-hosts': { type: 'string' },
  'probe-chat': { type: 'boolean' },
  'fail-on-indeterminate': { type: 'boolean' },
  'probe-timeout': { type: 'string' },
  'probe-max-requests': { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  verbose: { type: 'boolean' },
  'include-ignored': { type: 'boolean' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
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
  if (argv[0] === 'merge') return parseMergeArgs(argv.slice(1))
  const { values, positionals } = parseOrExplain(argv)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  const format = values.format ?? 'text'
  if (!isFormat(format)) throw new UsageError(`invalid --format "${format}": expected one of ${oneOf(FILE_FORMATS)}`)
  const failOn = values['fail-on'] ?? 'error'
  if (!isFailOn(failOn)) throw new UsageError(`invalid --fail-on "${failOn}": expected one of ${oneOf(FAIL_ON_VALUES)}`)
  for (const flag of ['config', 'baseline', 'write-baseline', 'output'] as const) {
    if (values[flag] === '') throw new UsageError(`--${flag} needs a file name`)
  }
  if (values.since !== undefined && !values.history) throw new UsageError('--since needs --history')
  if (values.since !== undefined && (values.since === '' || values.since.startsWith('-'))) {
    throw new UsageError(`invalid --since "${values.since}": expected a git revision such as main or v1.2.0`)
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other')
  const fix = values.fix ? 'apply' : values['fix-dry-run'] ? 'dry-run' : undefined
  // The index is not the working tree the fixes would be written to; a baseline records findings, not fixes.
  if (fix && values.staged) throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} edits the working tree: it does not go with --staged`)
  if (fix && values['write-baseline'] !== undefined) throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} does not go with --write-baseline`)
  const probe = probeFlags(values)
  // Each pass lints again: live probes would send their keyed requests once per pass.
  if (fix && probe) throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} does not go with --probe`)
  return {
    kind: 'lint',
    path: positionals.length === 1 ? positionals[0]! : '.',
    ...(positionals.length > 1 && { files: positionals }),
    ...(values.staged && { staged: true }),
    ...(values.baseline !== undefined && { baseline: values.baseline }),
    ...(values['write-baseline'] !== undefined && { writeBaseline: values['write-baseline'] }),
    ...(values.output !== undefined && { output: values.output }),
    ...(values.quiet && { quiet: true }),
    ...(values.history && { history: values.since === undefined ? {} : { since: values.since } }),
    format,
    failOn,
    ...(values.config !== undefined && { config: values.config }),
    ...(probe && { probe }),
    ...(values.verbose && { verbose: true }),
    ...(values['include-ignored'] && { includeIgnored: true }),
    ...(fix && { fix })
  }
}

const MERGE_OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' }
} as const

function parseMergeArgs(argv: readonly string[]): MergeCommand | { readonly kind: 'help' } {
  const { values, positionals } = parseOrExplain(argv, MERGE_OPTIONS)
  if (values.help) return { kind: 'help' }
  if (positionals.length === 0) throw new UsageError('merge needs at least one report: llm-env-lint merge [NAME=]REPORT.json...')
  const format = values.format ?? 'text'
  if (!isFormat(format)) throw new UsageError(`invalid --format "${format}": expected one of ${oneOf(FILE_FORMATS)}`)
  const failOn = values['fail-on'] ?? 'error'
  if (!isFailOn(failOn)) throw new UsageError(`invalid --fail-on "${failOn}": expected one of ${oneOf(FAIL_ON_VALUES)}`)
  if (values.output === '') throw new UsageError('--output needs a file name')
  const reports = positionals.map((arg) => {
    const named = /^([\w.-]+)=(.+)$/.exec(arg)
    const file = named ? named[2]! : arg
    const name = named ? named[1]! : (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '')
    if (name === '' || name === '.' || name === '..') throw new UsageError(`cannot name the report "${arg}": write NAME=${file}`)
    return { name, file }
  })
  const duplicate = reports.find((report, i) => reports.findIndex((other) => other.name === report.name) !== i)
  if (duplicate) throw new UsageError(`two reports are named "${duplicate.name}": give them names with NAME=REPORT.json`)
  return { kind: 'merge', reports, format, failOn, ...(values.output !== undefined && { output: values.output }) }
}

type Values = ReturnType<typeof parseOrExplain<typeof OPTIONS>>['values']

/** The probe flags, or undefined without `--probe` (when the other probe flags are refused as meaningless). */
function probeFlags(values: Values): CliProbe | undefined {
  if (!values.probe) {
    const stray = PROBE_FLAGS.find((flag) => values[flag] !== undefined)
    if (stray) throw new UsageError(`--${stray} needs --probe`)
    return undefined
  }
  const timeout = values['probe-timeout']
  const timeoutMs = timeout === undefined ? PROBE_DEFAULTS.timeoutMs : probeTimeoutMs(timeout)
  if (timeoutMs === undefined) throw new UsageError(`invalid --probe-timeout "${timeout}": expected seconds greater than 0 and at most ${MAX_PROBE_TIMEOUT_S}`)
  const max = values['probe-max-requests']
  const maxRequests = max === undefined ? PROBE_DEFAULTS.maxRequests : probeMaxRequests(max)
  if (maxRequests === undefined) throw new UsageError(`invalid --probe-max-requests "${max}": expected a whole number from 1 to ${MAX_PROBE_REQUESTS}`)
  if (values['base-url'] === '') throw new UsageError('--base-url needs a URL')
  return {
    hosts: values['probe-hosts'] ?? '',
    maxRequests,
    chat: values['probe-chat'] ?? false,
    failOnIndeterminate: values['fail-on-indeterminate'] ?? false,
    timeoutMs,
    ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
    ...(values.model ? { model: values.model } : {})
  }
}

function isFormat(value: string): value is FileFormat {
  return (FILE_FORMATS as readonly string[]).includes(value)
}

/** node:util's parser throws TypeErrors with its own wording; turn them into usage errors. */
function parseOrExplain<T extends ParseArgsOptionsConfig = typeof OPTIONS>(argv: readonly string[], options: T = OPTIONS as unknown as T) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true })
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
