/**
 * How a scan worker is told apart, by the entry points, without loading `node:worker_threads`: every run would pay
 * for that module, and only runs on more than two cores start workers.
 */

/** Appended to a worker's `process.argv` by the pool (./workers.ts): the entry hands the thread to ./scan-worker.ts. */
export const SCAN_WORKER_ARG = '--llm-env-lint-scan-worker'

/** Marks the threads the pool starts (in their `workerData`), so a bundle entry started in some other worker is left alone. */
export const SCAN_WORKER_ROLE = 'llm-env-lint scan worker'
