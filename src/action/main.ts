import * as core from '@actions/core'
import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { lintRepository } from '../cli/lint-repository.js'
import { renderAnnotations, type Annotation } from '../reporters/annotations.js'
import { jsonReporter } from '../reporters/json.js'
import { sarifReporter } from '../reporters/sarif.js'
import { countFindings, failingFindings } from '../reporters/severity.js'
import { summaryLine, textReporter } from '../reporters/text.js'
import type { ReportContext } from '../reporters/types.js'
import { getSettings, type ActionSettings } from './inputs.js'
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
    const settings = getSettings()
    const report = await lintRepository({
      root: settings.root,
      ...(settings.configFile !== undefined && { configFile: settings.configFile }),
      failOn: settings.failOn
    })
    const context = relativeToWorkspace(report, settings.workspace, settings.root)
    await logFullReport(context)
    renderAnnotations(context).annotations.forEach(issue)
    const written = await writeReports(context, settings)
    setOutputs(collectOutputs(context, written))
    failPerThreshold(context, settings)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/**
 * The whole list in a log group, since annotations are capped. Workflow commands are paused around
 * it: file names and messages come from the repository, and a line starting with `::` must not be
 * taken as a command.
 */
async function logFullReport(context: ReportContext): Promise<void> {
  await core.group(`${context.tool.name}: ${summaryLine(context)}`, async () => {
    const token = randomUUID()
    core.info(`::stop-commands::${token}`)
    core.info(textReporter.render(context).trimEnd())
    core.info(`::${token}::`)
  })
}

const ISSUE = { error: core.error, warning: core.warning, note: core.notice } as const

/** @actions/core escapes the message and properties, so repository text cannot break the command. */
function issue({ level, message, properties }: Annotation): void {
  ISSUE[level](message, properties)
}

async function writeReports(context: ReportContext, settings: ActionSettings): Promise<WrittenReports> {
  // A fresh folder per run, so two steps of one job never overwrite each other's report.
  const reportJson = join(await mkdtemp(join(settings.tempDir, 'llm-env-lint-')), 'report.json')
  await writeFile(reportJson, jsonReporter.render(context))
  if (settings.sarifFile === undefined) return { reportJson }
  await mkdir(dirname(settings.sarifFile), { recursive: true })
  await writeFile(settings.sarifFile, sarifReporter.render(context))
  return { reportJson, sarifFile: settings.sarifFile }
}

function collectOutputs(context: ReportContext, written: WrittenReports): ActionOutputs {
  const { errors, warnings, notes } = countFindings(context.findings)
  return {
    findings: errors + warnings + notes,
    errors,
    warnings,
    notes,
    'comment-url': '',
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
