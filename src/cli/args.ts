import { parseArgs } from 'node:util'
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

Exit status: 0 no failing findings, 1 findings at or above --fail-on, 2 usage or config error,
3 internal error.
`

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

const oneOf = (values: readonly string[]): string => values.join(', ')

/** Reads the command line; throws {@link UsageError} for anything it cannot run. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
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
  return {
    kind: 'lint',
    path: positionals[0] ?? '.',
    format,
    failOn,
    ...(values.config !== undefined && { config: values.config })
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
