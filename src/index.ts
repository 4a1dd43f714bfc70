/** The action's entry point (action.yml `main: dist/index.js`); `run()` lives apart so tests import it without running it. */
import module from 'node:module'
import { SCAN_WORKER_ARG } from './engine/worker-role.js'
import { watchOutput } from './exit.js'

// Node ≥ 22.1 can keep compiled code between runs (a self-hosted runner, a local run); older Node goes without.
module.enableCompileCache?.()
// `run` fails the step by setting the exit code; so does output that cannot be written.
const runAction = (): Promise<void> => {
  const end = watchOutput(1)
  return Promise.all([import('./action/main.js'), import('./tune-runtime.js')])
    .then(([{ run }, { tuneRuntime }]) => {
      tuneRuntime()
      return run()
    })
    .then(() => end(Number(process.exitCode ?? 0)))
}
// A scan worker (src/engine/workers.ts) starts this bundle again, marked: it serves the pool, the action does not run.
if (process.argv.at(-1) === SCAN_WORKER_ARG) void import('./engine/scan-worker.js').then(({ served }) => (served ? undefined : runAction()))
else void runAction()
