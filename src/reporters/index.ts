/**
 * The output formats, by name: each a loader of its reporter, so a run compiles only the formats it writes (the
 * bundler makes every dynamic import a chunk of its own). The CLI's `--format` and every output of the action
 * (log, annotations, job summary, PR comment, JSON and SARIF files) go through here; a new format is one entry.
 */
import type { AnnotationReport } from './annotations.js'
import type { PrCommentOptions } from './pr-comment.js'
import type { Reporter } from './types.js'

export const REPORTERS = {
  text: async (): Promise<Reporter> => (await import('./text.js')).textReporter,
  json: async (): Promise<Reporter> => (await import('./json.js')).jsonReporter,
  sarif: async (): Promise<Reporter> => (await import('./sarif.js')).sarifReporter,
  summary: async (): Promise<Reporter> => (await import('./summary.js')).summaryReporter,
  annotations: async (): Promise<Reporter<AnnotationReport>> => (await import('./annotations.js')).annotationsReporter,
  'pr-comment': async (): Promise<Reporter<string, PrCommentOptions>> => (await import('./pr-comment.js')).prCommentReporter
} as const

export type Format = keyof typeof REPORTERS

const loading = new Map<Format, Promise<unknown>>()

/** The reporter of `format`, loaded on first use (or by {@link preloadReporters}) and kept. */
export function reporter<F extends Format>(format: F): ReturnType<(typeof REPORTERS)[F]> {
  let loaded = loading.get(format)
  if (loaded === undefined) loading.set(format, (loaded = REPORTERS[format]()))
  return loaded as ReturnType<(typeof REPORTERS)[F]>
}

/**
 * Starts loading the reporters a run will write with, as it begins: their chunks are then read from disk while the
 * scan runs, where loading them at the end left the thread waiting on the read. A load that fails is reported when
 * the reporter is asked for.
 */
export function preloadReporters(formats: readonly Format[]): void {
  for (const format of formats) reporter(format).catch(() => {})
}

/** The formats that render a whole report as one file: what the CLI's `--format` accepts. */
export const FILE_FORMATS = ['text', 'json', 'sarif'] as const satisfies readonly Format[]
export type FileFormat = (typeof FILE_FORMATS)[number]
