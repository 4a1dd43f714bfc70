import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { Baseline } from '../engine/baseline.js'
import type { PrContext } from '../github/context.js'
import { lintRepository } from '../engine/pipeline.js'
import type { ProbeOptions } from '../probes/step.js'
import type { Annotation } from '../reporters/annotations.js'
import { preloadReporters, reporter } from '../reporters/index.js'
import { countFindings, failingFindings } from '../reporters/severity.js'
import { summaryLine } from '../reporters/text.js'
import type { ReportContext } from '../reporters/types.js'
// The runner protocol as @actions/core speaks it, without loading @actions/core (see commands.ts).
import * as core from './commands.js'
import { getSettings, InputError, type ActionSettings } from './inputs.js'
import { relativeToWorkspace } from './paths.js'

/** Every output declared in action.yml, set in one place. */
export interface ActionOutputs {
  readonly findings: number
  readonly errors: number
  readonly warnings: number
  readonly notes: number
  /** Empty until a PR comment is written. */
  readonly 'comment-url': string
  /** Empty when the `sarif-file` input is. */
  readonly 'sarif-file': string
  readonly 'report-json': string
}

/** The files a run writes. */
interface WrittenReports {
  readonly reportJson: string
  readonly sarifFile?: string
}

/**
 * The action: read the inputs, scan, then report through the log, annotations, files and outputs, and
 * fail the step per `fail-on`. Every error ends here as one `setFailed`.
 */
export async function run(): Promise<void> {
  try {
    const settings = await getSettings()
    // Local runs have no summary file.
    const summaryFile = process.env.GITHUB_STEP_SUMMARY
    preloadReporters(['text', 'annotations', 'json', ...(summaryFile ? (['summary'] as const) : []), ...(settings.sarifFile ? (['sarif'] as const) : [])])
    const pr = await pullRequest()
    // What only some runs use is loaded when used (ncc puts each in its own chunk): a push run starts faster.
    const pulls = pr && (await import('./pull-request.js'))
    // Git reads the PR's commits and change beside the scan, which awaits each when it needs it.
    const change = pulls && pulls.startChange(settings, pr)
    const probe = await probeOptions(settings, pr)
    const { context: report, notices, redact } = await lintRepository({
      root: settings.root,
      ...(settings.configFile !== undefined && { configFile: settings.configFile }),
      failOn: settings.failOn,
      ...(change && { history: change.history, ...(change.changedPaths && { changed: change.changedPaths }) }),
      ...(settings.secrets.size > 0 && { secretValues: settings.secrets }),
      ...(probe && { probe }),
      ...(settings.includeIgnored && { includeIgnored: true }),
      ...(settings.baselineFile !== undefined && { baseline: await baselineOf(settings.baselineFile, settings.workspace) })
    })
    notices.forEach((notice) => core.notice(`llm-env-lint: ${notice}`))
    const context = relativeToWorkspace(report, settings.workspace, settings.root)
    const listed = await change?.changedLines
    // Paths in the report went through the masking (a folder named after a key); the changed set must match them.
    const changed = listed && new Map([...listed].map(([path, lines]) => [redact(path), lines] as const))
    // What the PR author is shown and judged by; the log, summary and files keep every finding.
    const shown = changed && pulls ? pulls.onlyChanged(context, changed) : context
    await logFullReport(context)
    const annotations = await reporter('annotations')
    annotations.render(shown).annotations.forEach(issue)
    const written = await writeReports(context, settings)
    if (summaryFile) core.appendSummary(summaryFile, (await reporter('summary')).render(context))
    // Outputs before the comment: whatever GitHub answers, the counts and files are set.
    setOutputs(collectOutputs(context, written, ''))
    const commentUrl = pulls && settings.comment !== 'never' ? await orWarning('comment', () => pulls.postComment(shown, settings, pr, changed), '') : ''
    if (commentUrl) core.setOutput('comment-url', commentUrl)
    if (!pr && settings.comment === 'always') core.notice('llm-env-lint did not comment: this run is not for a pull request')
    failPerThreshold(shown, settings)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/**
 * A step that talks to GitHub: whatever goes wrong there (a malformed answer we failed to foresee included) is a
 * warning, never a lost report or a failed step.
 */
async function orWarning<T>(what: string, step: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await step()
  } catch (error) {
    core.warning(`llm-env-lint could not ${what}: ${error instanceof Error ? error.message : String(error)}`)
    return fallback
  }
}

/**
 * The live probes to run, or undefined (with a notice saying why when probe inputs were given) when they must not
 * run: `probe` is off, or the pull request comes from a fork, whose runs get no secrets and whose code must never
 * run next to them.
 */
async function probeOptions(settings: ActionSettings, pr: PrContext | undefined): Promise<ProbeOptions | undefined> {
  const { probe } = settings
  if (!probe.enabled) {
    if (probe.apiKey || probe.baseUrl) core.notice('llm-env-lint did not probe: api-key or base-url is set, but probe is not true')
    return undefined
  }
  if (pr?.isFork) {
    core.notice('llm-env-lint did not probe: this pull request comes from a fork, and forks get no secrets')
    return undefined
  }
  const { proxyFromEnv } = await import('../probes/proxy.js')
  return {
    keys: {
      ...(probe.apiKey !== undefined && { apiKey: probe.apiKey }),
      ...(probe.baseUrl !== undefined && { baseUrl: probe.baseUrl }),
      ...(probe.model !== undefined && { model: probe.model }),
      valueFor: (ref) => settings.secrets.get(ref.name),
      origin: 'the secrets input',
      ...(settings.workflowFile !== undefined && { inputsFile: settings.workflowFile })
    },
    hosts: probe.hosts,
    chat: probe.chat,
    failOnIndeterminate: probe.failOnIndeterminate,
    timeoutMs: probe.timeoutMs,
    // A self-hosted runner behind a proxy sets HTTPS_PROXY for every step.
    proxy: proxyFromEnv(process.env),
    maxRequests: probe.maxRequests
  }
}

/**
 * The whole list in a log group, since annotations are capped. Workflow commands are paused around
 * it: file names and messages come from the repository, and a line starting with `::` must not be
 * taken as a command.
 */
async function logFullReport(context: ReportContext): Promise<void> {
  const text = await reporter('text')
  await core.group(`${context.tool.name}: ${summaryLine(context)}`, async () => {
    const token = randomUUID()
    core.info(`::stop-commands::${token}`)
    core.info(text.render(context).trimEnd())
    core.info(`::${token}::`)
  })
}

const ISSUE = { error: core.error, warning: core.warning, note: core.notice } as const

/** The message and properties are escaped, so repository text cannot break the command. */
function issue({ level, message, properties }: Annotation): void {
  ISSUE[level](message, properties)
}

async function writeReports(context: ReportContext, settings: ActionSettings): Promise<WrittenReports> {
  // A fresh folder per run, so two steps of one job never overwrite each other's report.
  const reportJson = join(await mkdtemp(join(settings.tempDir, 'llm-env-lint-')), 'report.json')
  await writeFile(reportJson, (await reporter('json')).render(context))
  if (settings.sarifFile === undefined) return { reportJson }
  await mkdir(dirname(settings.sarifFile), { recursive: true })
  await writeFile(settings.sarifFile, (await reporter('sarif')).render(context))
  return { reportJson, sarifFile: settings.sarifFile }
}

/**
 * The pull request of the event; its reader (with zod) is loaded only for pull request events, whose names all start
 * with `pull_request`. The payload is read as @actions/github's `context` reads it (the file at GITHUB_EVENT_PATH, `{}`
 * when there is none: actions/toolkit packages/github/src/context.ts), without loading its HTTP client: a pull request that comments nothing never needs it.
 */
async function pullRequest(): Promise<PrContext | undefined> {
  const eventName = process.env.GITHUB_EVENT_NAME ?? ''
  if (!eventName.startsWith('pull_request')) return undefined
  const { isPullRequestEvent, prContext } = await import('../github/context.js')
  if (!isPullRequestEvent(eventName)) return undefined
  const eventPath = process.env.GITHUB_EVENT_PATH
  const payload: unknown = eventPath && existsSync(eventPath) ? JSON.parse(await readFile(eventPath, 'utf8')) : {}
  return prContext(eventName, payload)
}

function collectOutputs(context: ReportContext, written: WrittenReports, commentUrl: string): ActionOutputs {
  const { errors, warnings, notes } = countFindings(context.findings)
  return {
    findings: errors + warnings + notes,
    errors,
    warnings,
    notes,
    'comment-url': commentUrl,
    'sarif-file': written.sarifFile ?? '',
    'report-json': written.reportJson
  }
}

function setOutputs(outputs: ActionOutputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value)
}

function failPerThreshold(context: ReportContext, settings: ActionSettings): void {
  const failing = failingFindings(context.findings, settings.failOn).length
  if (failing === 0) return
  const findings = failing === 1 ? '1 finding' : `${failing} findings`
  core.setFailed(`${findings} at or above fail-on: ${settings.failOn}`)
}

/** Input `baseline`, read and checked; named in messages as the workflow wrote it (relative to the workspace). */
async function baselineOf(file: string, workspace: string): Promise<Baseline> {
  const { readBaseline } = await import('../engine/baseline.js')
  const named = relative(workspace, file).split(sep).join('/')
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`Input 'baseline': cannot read ${named} (${error.code ?? error.message})`)
  })
  return readBaseline(text, named)
}
