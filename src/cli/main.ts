import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError } from '../config/index.js'
import type { ProbeOptions } from '../probes/step.js'
import { jsonReporter } from '../reporters/json.js'
import { sarifReporter } from '../reporters/sarif.js'
import { failingFindings } from '../reporters/severity.js'
import { commandSafe, escapeControl, textReporter } from '../reporters/text.js'
import type { Reporter } from '../reporters/types.js'
import { TOOL } from '../version.js'
import { parseCliArgs, USAGE, UsageError, type CliProbe, type Format } from './args.js'
import { lintRepository } from '../pipeline.js'

/** The process around the command, injected so tests run it in-process (actionlint's Command). */
export interface CliIo {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown }
  /** The working directory that relative paths and `--config` resolve against. */
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
}

/** Exit codes, as actionlint has them. */
const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 } as const

const REPORTERS: Readonly<Record<Format, Reporter>> = { text: textReporter, json: jsonReporter, sarif: sarifReporter }

/** Runs `llm-env-lint` with `argv` (no node/script prefix) and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv)
    if (command.kind === 'help') return done(io, USAGE)
    if (command.kind === 'version') return done(io, `${TOOL.name} ${TOOL.version}\n`)
    const root = resolve(io.cwd, command.path)
    assertDirectory(root, command.path)
    const { context, notices } = await lintRepository({
      root,
      ...(command.config !== undefined && { configFile: resolve(io.cwd, command.config) }),
      failOn: command.failOn,
      ...(command.probe && { secretValues: environmentValues(io.env), probe: probeOptions(command.probe, io.env) })
    })
    // stderr: stdout holds the report, which may be JSON or SARIF.
    // Notices name files and settings of the repository: escaped like the text report.
    for (const notice of notices) io.stderr.write(`${TOOL.name}: ${escapeControl(notice)}\n`)
    for (const probe of context.probes ?? []) {
      io.stderr.write(escapeControl(`${TOOL.name}: probed ${probe.name} from ${probe.file || 'the environment'} (${probe.key}) at ${probe.baseUrl}: ${probe.outcome}`) + '\n')
    }
    io.stdout.write(REPORTERS[command.format].render(context))
    return failingFindings(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean
  } catch (error) {
    return fail(io, error)
  }
}

/**
 * With `--probe` the environment stands for the deployment's secrets: `${OPENAI_API_KEY}` and
 * `${{ secrets.OPENAI_API_KEY }}` are read from the variable `OPENAI_API_KEY`, and `LLM_ENV_LINT_API_KEY` stands for
 * every key the settings reference.
 */
function probeOptions(flags: CliProbe, env: CliIo['env']): ProbeOptions {
  const apiKey = env.LLM_ENV_LINT_API_KEY
  // A Map, not the environment object: a setting `${toString}` must not find Object.prototype.toString.
  const values = environmentValues(env)
  return {
    keys: {
      ...(apiKey && { apiKey }),
      ...(flags.baseUrl !== undefined && { baseUrl: flags.baseUrl }),
      ...(flags.model !== undefined && { model: flags.model }),
      valueFor: (ref) => values.get(ref.name),
      origin: 'the environment'
    },
    hosts: flags.hosts,
    chat: flags.chat,
    failOnIndeterminate: flags.failOnIndeterminate,
    timeoutMs: flags.timeoutMs,
    maxRequests: flags.maxRequests
  }
}

/** The environment's non-empty variables, for the offline check of what `${{ secrets.X }}` holds. */
function environmentValues(env: CliIo['env']): ReadonlyMap<string, string> {
  return new Map(Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1])))
}

function done(io: CliIo, text: string): number {
  io.stdout.write(text)
  return EXIT.clean
}

function assertDirectory(root: string, given: string): void {
  const stats = statSync(root, { throwIfNoEntry: false })
  if (!stats) throw new UsageError(`path "${given}" does not exist`)
  if (!stats.isDirectory()) throw new UsageError(`path "${given}" is not a folder`)
}

/** Usage and config errors are the user's to fix (2); anything else is a bug of ours (3). */
function fail(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr.write(`${TOOL.name}: ${error.message}\nRun "${TOOL.name} --help" for usage.\n`)
    return EXIT.usage
  }
  if (error instanceof ConfigError) {
    // One line per problem, each naming the file, the field and what is allowed.
    io.stderr.write(`${error.message.split('\n').map((line) => commandSafe(escapeControl(line))).join('\n')}\n`)
    return EXIT.usage
  }
  const detail = io.env.LLM_ENV_LINT_DEBUG && error instanceof Error ? error.stack : undefined
  io.stderr.write(`${TOOL.name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
  if (detail) io.stderr.write(`${detail}\n`)
  return EXIT.internal
}
