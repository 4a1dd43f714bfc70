/**
 * The action's side of the runner protocol: inputs, masks, log groups, annotations, outputs, the job summary
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands). Written exactly as
 * @actions/core 3.0.1 writes them (lib/core.js, lib/command.js, lib/file-command.js; actions/toolkit
 * packages/core/src/command.ts @ a944251), names included, but without its cost: importing @actions/core loads its
 * OIDC client and undici with it, which took as long as Node's own start-up on an empty repository (issue 13).
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProperties } from '../reporters/annotations.js'

/** Input `name` as the runner sets it (`fail-on` in `INPUT_FAIL-ON`), trimmed; empty when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** `::name key=value,…::message`, with `%`, CR and LF escaped (and `:` `,` in values) so text cannot end the command. */
function issue(name: string, message: string, properties: Readonly<Record<string, string | number | undefined>> = {}): void {
  const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  const pairs = Object.entries(properties)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${escapeData(String(value)).replace(/:/g, '%3A').replace(/,/g, '%2C')}`)
  process.stdout.write(`::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`)
}

/** The runner's names for the annotation's place (its IssueCommandProperties). */
const placed = (p: AnnotationProperties | undefined) =>
  p && { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }

export const error = (message: string, properties?: AnnotationProperties): void => issue('error', message, placed(properties))
export const warning = (message: string, properties?: AnnotationProperties): void => issue('warning', message, placed(properties))
export const notice = (message: string, properties?: AnnotationProperties): void => issue('notice', message, placed(properties))

/** The runner replaces `secret` by `***` in every later log line. */
export const setSecret = (secret: string): void => issue('add-mask', secret)

export const info = (message: string): void => void process.stdout.write(`${message}${EOL}`)

/** `fn`'s log lines folded under `name`. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name)
  try {
    return await fn()
  } finally {
    issue('endgroup', '')
  }
}

/** The step fails when the action exits; `message` is its error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** An output of the step: a `name<<delimiter` block in the `GITHUB_OUTPUT` file (the log command outside a runner). */
export function setOutput(name: string, value: string | number): void {
  const file = process.env.GITHUB_OUTPUT
  const text = String(value)
  if (!file) {
    process.stdout.write(EOL)
    return issue('set-output', text, { name })
  }
  // A random delimiter, so a value cannot end its block early and set another output.
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** Markdown added to the job summary; the caller checks that the runner gave a summary file. */
export function appendSummary(file: string, markdown: string): void {
  appendFileSync(file, markdown, 'utf8')
}
