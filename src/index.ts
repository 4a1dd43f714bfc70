/** The action's entry point (action.yml `main: dist/index.js`); `run()` lives apart so tests import it without running it. */
import module from 'node:module'
import { isMainThread } from 'node:worker_threads'

// Node ≥ 22.1 can keep compiled code between runs (a self-hosted runner, a local run); older Node goes without.
module.enableCompileCache?.()
// A scan worker (src/engine/workers.ts) starts this bundle again: it serves the pool, the action does not run.
if (isMainThread) void import('./action/main.js').then(({ run }) => run())
else void import('./engine/scan-worker.js')
