/**
 * The worker pool of a scan: the per-file work (./scan-worker.ts) spread over `worker_threads` when more than two
 * cores are free; model building, rules and reports stay on the main thread. Results come back by listing index, so
 * the facts, and every output built from them, are the same as a single-thread scan's.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import type { Provider } from '../providers/types.js'
import type { FileOutcome } from './outcome.js'
import type { BatchRequest, BatchResult, ScanWorkerData } from './scan-worker.js'
import { SCAN_WORKER_ARG, SCAN_WORKER_ROLE } from './worker-role.js'

/** The environment variable that sets the thread count (`1`: no workers); unset or `auto`: {@link threadsFor} decides. */
export const THREADS_VARIABLE = 'LLM_ENV_LINT_THREADS'
const MAX_THREADS = 64

/** The thread count {@link THREADS_VARIABLE} sets, or undefined for automatic. Throws for a value that is no count. */
export function threadsSetting(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const value = env[THREADS_VARIABLE]?.trim()
  if (value === undefined || value === '' || value === 'auto') return undefined
  const threads = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(threads >= 1 && threads <= MAX_THREADS)) throw new Error(`${THREADS_VARIABLE} must be auto or a whole number from 1 to ${MAX_THREADS}, not "${value}"`)
  return threads
}

/**
 * Files per worker, at least: a worker costs about 0.09 s of CPU to start from the CLI bundle, what one thread spends
 * scanning some 550 files of the benchmark tree (3.3 s for 20,000). Counted in files because discovery does not look
 * at sizes (it trusts the directory entries).
 */
const FILES_PER_WORKER = 1000
/** Workers at most, however many cores. */
const MAX_AUTO_THREADS = 8

/**
 * The threads to scan `files` with: the setting ({@link threadsSetting}) when there is one, else one thread on up to
 * two cores (there two workers would save a tenth of the time at best, for a fifth more CPU: README, Performance), else
 * a worker per core (at most 8) with at least FILES_PER_WORKER files each.
 */
export function threadsFor(files: readonly unknown[], setting: number | undefined, cores = availableParallelism()): number {
  if (setting !== undefined) return setting
  if (cores <= 2) return 1
  return Math.max(1, Math.min(cores, MAX_AUTO_THREADS, Math.floor(files.length / FILES_PER_WORKER)))
}

/**
 * Files of a batch: a few round trips per thousand files, small enough that the threads finish together (a file over
 * the parse cap is streamed in its worker, so one large file holds up one batch, not a thread's memory).
 */
const BATCH_FILES = 64
/** Batches sent ahead to each worker, so it never waits for the main thread between two. */
const IN_FLIGHT = 2

export interface PoolOptions {
  readonly threads: number
  readonly maxFileSize: number
  /** The config's providers, from which each worker builds its catalog. */
  readonly providers: readonly Provider[]
  /** The module a worker starts; default {@link workerEntry}. Tests pass a wrapper of their own. */
  readonly entry?: URL
}

export interface PoolResult {
  /**
   * By listing index: each file's outcome, or undefined where a worker failed before answering (it crashed, or could
   * not start); the caller scans those files itself, as it would on one thread.
   */
  readonly outcomes: readonly (FileOutcome | undefined)[]
  /** Files the workers answered for. */
  readonly inWorkers: number
}

/**
 * Scans `files` (working-tree paths under `root`, as listed) in `threads` workers. Resolves once every batch is
 * answered or its worker is gone, after every worker has exited: nothing is left running. Never rejects.
 */
export async function scanInWorkers(root: string, files: readonly { readonly path: string }[], options: PoolOptions): Promise<PoolResult> {
  const outcomes = new Array<FileOutcome | undefined>(files.length)
  const batches = batchesOf(files)
  const data: ScanWorkerData = { role: SCAN_WORKER_ROLE, root, maxFileSize: options.maxFileSize, providers: options.providers }
  const entry = options.entry ?? workerEntry()
  // Loaded here: a run on two cores or fewer starts no worker, and need not load the module.
  const { Worker } = await import('node:worker_threads')
  const workers = Array.from({ length: Math.min(options.threads, batches.length) }, () => startWorker(Worker, entry, data)).filter((worker) => worker !== undefined)
  let next = 0
  let inWorkers = 0
  await new Promise<void>((resolve) => {
    let running = workers.length
    if (running === 0) resolve()
    for (const worker of workers) {
      const pending = new Set<number>()
      const send = (): void => {
        while (pending.size < IN_FLIGHT && next < batches.length) {
          const batch = next++
          const { start, end } = batches[batch]!
          pending.add(batch)
          worker.postMessage({ batch, paths: files.slice(start, end).map((file) => file.path) } satisfies BatchRequest)
        }
        if (pending.size === 0) stop()
      }
      let stopped = false
      // A worker that is done, or gone: its unanswered batches stay undefined for the main thread.
      const stop = (): void => {
        if (stopped) return
        stopped = true
        if (--running === 0) resolve()
      }
      worker.on('message', ({ batch, outcomes: answered }: BatchResult) => {
        const start = batches[batch]!.start
        answered.forEach((outcome, i) => (outcomes[start + i] = outcome))
        inWorkers += answered.length
        pending.delete(batch)
        send()
      })
      worker.on('error', stop)
      worker.on('exit', stop)
      send()
    }
  })
  await Promise.all(workers.map((worker) => worker.terminate()))
  return { outcomes, inWorkers }
}

/** A worker, or undefined when the system refuses one (the main thread then scans its share). */
function startWorker(WorkerThread: typeof Worker, entry: URL, workerData: ScanWorkerData): Worker | undefined {
  try {
    return new WorkerThread(entry, { workerData, argv: [SCAN_WORKER_ARG] })
  } catch {
    return undefined
  }
}

/** Consecutive runs of at most BATCH_FILES files. */
function batchesOf(files: readonly unknown[]): { start: number; end: number }[] {
  const batches: { start: number; end: number }[] = []
  for (let start = 0; start < files.length; start += BATCH_FILES) batches.push({ start, end: Math.min(files.length, start + BATCH_FILES) })
  return batches
}

/**
 * What a worker starts: ./scan-worker.js beside this module when run from the sources (tsc output), else the ncc
 * bundle's entry beside its chunks, which hands a worker thread to scan-worker (see there). The name is built at run
 * time: ncc would otherwise copy a literal `new URL('./…', import.meta.url)` target into dist/ as a raw asset.
 */
export function workerEntry(): URL {
  const [sibling, bundleEntry] = [`scan-worker.js`, `index.js`].map((name) => new URL(`./${name}`, import.meta.url))
  return existsSync(fileURLToPath(sibling!)) ? sibling! : bundleEntry!
}
