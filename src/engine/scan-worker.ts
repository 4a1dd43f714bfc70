/**
 * A worker thread of the scan's pool (./workers.ts): it answers batches of files with their outcomes (./outcome.ts,
 * the per-file work the main thread runs too, so both give the same facts).
 *
 * A worker starts the module it is given: from the sources (tsc output) this file, from an ncc bundle the bundle's
 * entry, which imports this file when its arguments carry the pool's mark (src/cli.ts, src/index.ts). ncc cannot emit
 * a separate worker file (it copies `new URL('./x.js', import.meta.url)` targets as raw assets), so the worker
 * re-enters the bundle it came from.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { readRoot, readSource } from '../discover/index.js'
import { PARSE_CAP_BYTES } from '../sources/limits.js'
import { kindsFor, loadParsers } from '../sources/index.js'
import { createCatalog } from '../providers/catalog.js'
import type { Provider } from '../providers/types.js'
import { fileOutcome, type FileOutcome } from './outcome.js'
import { SCAN_WORKER_ROLE } from './worker-role.js'

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
  const base = readRoot(root)
  port.on('message', async ({ batch, paths }: BatchRequest) => {
    await loadParsers(kindsFor(paths))
    const outcomes = paths.map((path) => fileOutcome(readSource(base, path, { maxFileSize, wholeUpTo: PARSE_CAP_BYTES }), catalog))
    port.postMessage({ batch, outcomes } satisfies BatchResult)
  })
}

const isScanWorker = (data: unknown): data is ScanWorkerData => (data as Partial<ScanWorkerData> | null)?.role === SCAN_WORKER_ROLE

/** Whether this thread is one the pool started, now serving it; false elsewhere (the entry then runs as usual). */
export const served = !isMainThread && parentPort !== null && isScanWorker(workerData)

if (served) serve(parentPort!, workerData as ScanWorkerData)
