/** The action's entry point (action.yml `main: dist/index.js`); `run()` lives apart so tests import it without running it. */
import module from 'node:module'

// Node ≥ 22.1 can keep compiled code between runs (a self-hosted runner, a local run); older Node goes without.
module.enableCompileCache?.()
void import('./action/main.js').then(({ run }) => run())
