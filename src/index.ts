/** The action's entry point (action.yml `main: dist/index.js`); `run()` lives apart so tests import it without running it. */
import { run } from './action/main.js'

void run()
