/**
 * The per-file work of a scan (read, parse by kind, key scan, ignore directives, fingerprints), as the main thread
 * runs it and as a worker thread of the pool (./workers.ts) runs it: one function, so both give the same facts.
 *
 * A worker starts the module it is given: from the sources (tsc output) this file, from an ncc bundle the bundle's
 * entry, which imports this file when it is not the main thread (src/cli.ts, src/index.ts). ncc cannot emit a
 * separate worker file (it copies `new URL('./x.js', import.meta.url)` targets as raw assets), so the worker
 * re-enters the bundle it came from.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { analyzeFile, isEmptyFacts } from './analyze.js'
import { lineSpan } from '../core/text.js'
import type { FileFacts, SkippedFile } from '../core/types.js'
import { isSkippedFile, isStreamed, readSource, type ReadResult } from '../discover/index.js'
import { PARSE_CAP_BYTES } from '../sources/limits.js'
import { kindsFor, loadParsers } from '../sources/index.js'
import { analyzeStream } from './stream.js'
import { createCatalog } from '../providers/catalog.js'
import type { Provider, ProviderCatalog } from '../providers/types.js'

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

/** Marks the threads the pool starts, so a bundle entry started in some other worker is left alone. */
export const SCAN_WORKER_ROLE = 'llm-env-lint scan worker'

/** What a worker is started with: where the files are and what the catalog holds (the config's providers). */
export interface ScanWorkerData {
  readonly role: typeof SCAN_WORKER_ROLE
  readonly root: string
  readonly maxFileSize: number
  readonly providers: readonly Provider[]
}

/** A run of consecutive listed files, by path, for one worker. */
export interface BatchRequest {
  readonly batch: number
  readonly paths: readonly string[]
}

/** The outcome of each file of the batch, in the batch's order. */
export interface BatchResult {
  readonly batch: number
  readonly outcomes: readonly FileOutcome[]
}

/**
 * Answers the pool's batches until it terminates the thread. Files are read as the working-tree scan reads them
 * (`workTreeFiles`: readSource with the config's size cap, whole up to the parse cap). Anything thrown here (a parser that cannot be
 * loaded, a result that cannot be sent) ends the thread; the pool then leaves the batch to the main thread.
 */
function serve(port: MessagePort, { root, maxFileSize, providers }: ScanWorkerData): void {
  const catalog = createCatalog(providers)
  port.on('message', async ({ batch, paths }: BatchRequest) => {
    await loadParsers(kindsFor(paths))
    const outcomes = paths.map((path) => fileOutcome(readSource(root, path, { maxFileSize, wholeUpTo: PARSE_CAP_BYTES }), catalog))
    port.postMessage({ batch, outcomes } satisfies BatchResult)
  })
}

const isScanWorker = (data: unknown): data is ScanWorkerData => (data as Partial<ScanWorkerData> | null)?.role === SCAN_WORKER_ROLE

if (!isMainThread && parentPort && isScanWorker(workerData)) serve(parentPort, workerData)
