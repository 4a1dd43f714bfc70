import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { ConfigError } from '../config/index.js'
import type { Baseline } from '../engine/baseline.js'
import { GitError } from '../discover/git.js'
import { NoGitIndexError } from '../discover/index.js'
import type { ProbeOptions } from '../probes/step.js'
import { failingFindings } from '../reporters/severity.js'
import { preloadReporters, reporter, type FileFormat } from '../reporters/index.js'
import { commandSafe, escapeControl } from '../reporters/text.js'
import type { ReportContext } from '../reporters/types.js'
import { renderSections, verboseSections } from '../reporters/verbose.js'
import { TOOL } from '../version.js'
import { parseCliArgs, UsageError, type CliProbe, type MergeCommand } from './args.js'
import { USAGE } from './usage.js'
import { EXIT } from './exit-status.js'
import { colorize, useColor } from './color.js'
import { writeInSlices } from './write.js'
import { lintRepository, type LintOutcome } from '../engine/pipeline.js'
import { planFixes, renderDiff, writeFixes } from './fix.js'

/** The process around the command, injected so tests run it in-process (actionlint's Command). */
export interface CliIo {
  /** `isTTY` as a process's stdout has it: colours are for terminals. */
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean }
  readonly stderr: { write(text: string): unknown }
  /** The working directory that relative paths and `--config` resolve against. */
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
}

/** Runs `llm-env-lint` with `argv` (no node/script prefix) and returns the exit code; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv)
    if (command.kind === 'help') return done(io, USAGE)
    if (command.kind === 'version') return done(io, `${TOOL.name} ${TOOL.version}\n`)
    if (command.kind === 'merge') return await merge(command, io)
    const { root, only } = lintTarget(command, io.cwd)
    const baseline = command.baseline === undefined ? undefined : await loadBaseline(command.baseline, io.cwd)
    const probe = command.probe && (await probeOptions(command.probe, io.env))
    if (command.fix !== 'dry-run') preloadReporters([command.format])
    const run = () => lintRepository({
      root,
      ...(only && { only }),
      ...(command.staged && { staged: true }),
      ...(baseline && { baseline }),
      ...(command.history && { gitHistory: command.history }),
      ...(command.config !== undefined && { configFile: resolve(io.cwd, command.config) }),
      failOn: command.failOn,
      ...(probe && { secretValues: environmentValues(io.env), probe }),
      ...(command.includeIgnored && { includeIgnored: true })
    })
    const { context, notices } = command.fix === undefined ? await run() : await fix(command.fix, run, root, io)
    if (command.fix === 'dry-run') return failingFindings(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean
    // Before the findings in text output; on stderr otherwise, so JSON and SARIF stay parseable.
    if (command.verbose) (command.format === 'text' ? io.stdout : io.stderr).write(renderSections(verboseSections(context)))
    // stderr: stdout holds the report, which may be JSON or SARIF.
    // Notices name files and settings of the repository: escaped like the text report.
    for (const notice of notices) io.stderr.write(`${TOOL.name}: ${escapeControl(notice)}\n`)
    for (const probe of context.probes ?? []) {
      io.stderr.write(escapeControl(`${TOOL.name}: probed ${probe.name} from ${probe.file || 'the environment'} (${probe.key}) at ${probe.baseUrl}: ${probe.outcome}`) + '\n')
    }
    const shown = command.quiet ? { ...context, findings: context.findings.filter((finding) => finding.severity === 'error') } : context
    await emit(shown, command, io)
    if (command.writeBaseline !== undefined) {
      // Every finding, --quiet or not: the baseline accepts the warnings too.
      writeFile(resolve(io.cwd, command.writeBaseline), (await baselines()).writeBaseline(context.findings))
      io.stderr.write(`${TOOL.name}: wrote the current findings to the baseline ${escapeControl(command.writeBaseline)}\n`)
      return EXIT.clean
    }
    return failingFindings(shown.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean
  } catch (error) {
    return fail(io, error)
  }
}

/** Passes of fix and re-lint at most: a rename can bring its value under a new rule, whose fix the next pass makes. */
const FIX_PASSES = 5

/**
 * `--fix`: applies the safe fixes and lints again until nothing changes, so a second run finds nothing to fix,
 * and returns the last outcome, whose findings are what is left. `--fix-dry-run`: prints the first pass as a
 * diff on stdout (the report is not printed) and returns the outcome unchanged.
 */
async function fix(mode: 'apply' | 'dry-run', run: () => Promise<LintOutcome>, root: string, io: CliIo): Promise<LintOutcome> {
  let outcome = await run()
  let fixed = 0
  const changed = new Set<string>()
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const plan = planFixes(outcome, root)
    if (mode === 'dry-run' || plan.files.length === 0 || pass === FIX_PASSES - 1) {
      for (const notice of plan.notices) io.stderr.write(`${TOOL.name}: ${escapeControl(outcome.redact(notice))}\n`)
      if (mode === 'dry-run') io.stdout.write(renderDiff(plan, outcome))
      break
    }
    writeFixes(plan, root)
    for (const file of plan.files) changed.add(file.path)
    fixed += plan.files.reduce((n, file) => n + file.applied, 0)
    outcome = await run()
  }
  if (mode === 'apply' && fixed > 0) {
    io.stderr.write(`${TOOL.name}: applied ${fixed} fix${fixed === 1 ? '' : 'es'} in ${changed.size} file${changed.size === 1 ? '' : 's'}\n`)
  }
  return outcome
}

/**
 * With `--probe` the environment stands for the deployment's secrets: `${OPENAI_API_KEY}` and
 * `${{ secrets.OPENAI_API_KEY }}` are read from the variable `OPENAI_API_KEY`, and `LLM_ENV_LINT_API_KEY` stands for
 * every key the settings reference.
 */
async function probeOptions(flags: CliProbe, env: CliIo['env']): Promise<ProbeOptions> {
  // Node's HTTP modules come with the proxy settings, and the public suffix list with the hosts' check: loaded by the
  // runs that probe.
  const [{ proxyFromEnv }, { parseProbeHosts }] = await Promise.all([import('../probes/proxy.js'), import('../probes/policy.js')])
  const { hosts, invalid } = parseProbeHosts(flags.hosts)
  if (invalid.length > 0) throw new UsageError(`invalid --probe-hosts entries: ${invalid.join(', ')}; write host, host:port, *.domain or a URL`)
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
    hosts,
    chat: flags.chat,
    failOnIndeterminate: flags.failOnIndeterminate,
    timeoutMs: flags.timeoutMs,
    proxy: proxyFromEnv(env),
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

/** The report to `--output`, or to stdout, coloured when that is a terminal and the format is text. */
async function emit(context: ReportContext, { format, output }: { readonly format: FileFormat; readonly output?: string }, io: CliIo): Promise<void> {
  const report = (await reporter(format)).render(context)
  if (output !== undefined) writeFile(resolve(io.cwd, output), report)
  else writeInSlices(io.stdout, format === 'text' && useColor(io.env, io.stdout) ? colorize(report) : report)
}

/** `llm-env-lint merge`: reads the reports, writes one, and exits by `--fail-on` over all of them. */
async function merge(command: MergeCommand, io: CliIo): Promise<number> {
  const { mergeReports, readReport, ReportFileError } = await import('./merge.js')
  userErrors.add(ReportFileError)
  const reports = command.reports.map(({ name, file }) => {
    let text: string
    try {
      text = readFileSync(resolve(io.cwd, file), 'utf8')
    } catch (error) {
      throw new UsageError(`cannot read the report "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
    return { name, report: readReport(text, file) }
  })
  const context = mergeReports(reports, command.failOn)
  await emit(context, command, io)
  return failingFindings(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean
}

/** Writes a report or baseline file, making its folder first; a failure is the user's to fix (a usage error). */
function writeFile(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}

/** The baseline file named by `--baseline`; a missing or malformed one is a usage error. */
async function loadBaseline(file: string, cwd: string): Promise<Baseline> {
  const { readBaseline } = await baselines()
  let text: string
  try {
    text = readFileSync(resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read the baseline "${file}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  return readBaseline(text, file)
}

type LintCommand = Extract<ReturnType<typeof parseCliArgs>, { kind: 'lint' }>

/**
 * The folder to scan and, when files were named instead, the only paths to report on (relative to the folder,
 * which is then the working directory). With `--staged` a named file need not exist on disk: the index has it.
 */
function lintTarget(command: LintCommand, cwd: string): { root: string; only?: ReadonlySet<string> } {
  const stat = (path: string) => statSync(resolve(cwd, path), { throwIfNoEntry: false })
  if (command.files === undefined) {
    const stats = stat(command.path)
    if (stats?.isDirectory()) return { root: resolve(cwd, command.path) }
    if (!stats && !command.staged) throw new UsageError(`path "${command.path}" does not exist`)
    if (stats && !stats.isFile()) throw new UsageError(`path "${command.path}" is neither a folder nor a file`)
  }
  const named = command.files ?? [command.path]
  const only = new Set(
    named.map((given) => {
      const stats = stat(given)
      if (stats?.isDirectory()) throw new UsageError(`"${given}" is a folder: name one folder, or files`)
      if (!stats && !command.staged) throw new UsageError(`file "${given}" does not exist`)
      const path = relative(cwd, resolve(cwd, given))
      if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) throw new UsageError(`file "${given}" is outside the current folder, which the files are judged in`)
      return path.split(sep).join('/')
    })
  )
  return { root: resolve(cwd), only }
}

/**
 * Errors of the user's to fix besides usage and config errors: the git repository (--staged, --history), and, once
 * their modules are loaded (with zod, only by the runs that read a baseline or merge reports), the baseline file and
 * the merged reports. An error of a module that was not loaded cannot have been thrown.
 */
const userErrors = new Set<new (message: string) => Error>([NoGitIndexError, GitError])

/** The baseline's reader and writer, loaded by the runs that use a baseline. */
async function baselines(): Promise<typeof import('../engine/baseline.js')> {
  const module = await import('../engine/baseline.js')
  userErrors.add(module.BaselineError)
  return module
}

/** Usage and config errors are the user's to fix (2); anything else is a bug of ours (3). */
function fail(io: CliIo, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr.write(`${TOOL.name}: ${error.message}\nRun "${TOOL.name} --help" for usage.\n`)
    return EXIT.usage
  }
  if ([...userErrors].some((type) => error instanceof type)) {
    io.stderr.write(`${TOOL.name}: ${escapeControl((error as Error).message)}\n`)
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
