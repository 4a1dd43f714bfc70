/**
 * The per-file work of a scan (read result in, facts out: parse by kind, key scan, ignore directives, fingerprints), as
 * the main thread runs it and as a worker thread of the pool (./scan-worker.ts) runs it: one function, so both give
 * the same facts.
 */
import { analyzeFile, isEmptyFacts } from './analyze.js'
import { lineSpan } from '../core/text.js'
import type { FileFacts, SkippedFile } from '../core/types.js'
import { isSkippedFile, isStreamed, type ReadResult } from '../discover/index.js'
import { analyzeStream } from './stream.js'
import type { ProviderCatalog } from '../providers/types.js'

/**
 * What the scan keeps of one listed file: why it was not scanned, its facts, or null when it was scanned and holds
 * nothing for any rule (most files; nothing crosses between threads for them).
 */
export type FileOutcome = SkippedFile | FileFacts | null

/**
 * The outcome of one file read (or not) from the working tree. Never throws: a failure of the analysis itself (a bug,
 * not bad input; parsers already return diagnostics) becomes a diagnostic on the file, so one file cannot lose the
 * rest of the scan, on any thread.
 */
export function fileOutcome(source: ReadResult, catalog: ProviderCatalog): FileOutcome {
  if (isSkippedFile(source)) return source
  try {
    // A file over the parse cap comes as a stream: it would only be key-scanned anyway.
    const facts = isStreamed(source) ? analyzeStream(source.path, source.chunks, catalog) : analyzeFile(source, catalog)
    return isEmptyFacts(facts) ? null : facts
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    const diagnostic = { message: `the scan failed on this file: ${reason}`, span: lineSpan(1) }
    return { path: source.path, kind: 'text', entries: [], diagnostics: [diagnostic], keyHits: [], ignores: [], fingerprints: [] }
  }
}
