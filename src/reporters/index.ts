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

/** The reporter of `format`, loaded on first use. */
export const reporter = <F extends Format>(format: F): ReturnType<(typeof REPORTERS)[F]> => REPORTERS[format]() as ReturnType<(typeof REPORTERS)[F]>

/** The formats that render a whole report as one file: what the CLI's `--format` accepts. */
export const FILE_FORMATS = ['text', 'json', 'sarif'] as const satisfies readonly Format[]
export type FileFormat = (typeof FILE_FORMATS)[number]
