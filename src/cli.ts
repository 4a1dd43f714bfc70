/** The CLI's entry point, bundled by ncc to dist/cli/index.js; `bin/llm-env-lint.js` adds the shebang. */
import { USAGE } from './cli/usage.js'
import { TOOL } from './version.js'
import { SCAN_WORKER_ARG } from './engine/worker-role.js'
import { watchOutput } from './exit.js'
import { EXIT } from './cli/exit-status.js'

const argv = process.argv.slice(2)
const only = argv.length === 1 ? argv[0] : undefined

// `--version` and `--help` alone answer from this small entry, before the parser and the scanner (chunks of their
// own) are loaded; `main` answers them too when they come with other arguments.
if (only === '--version' || only === '-v') {
  process.stdout.write(`${TOOL.name} ${TOOL.version}\n`)
} else if (only === '--help' || only === '-h') {
  process.stdout.write(USAGE)
} else {
  // A scan worker (src/engine/workers.ts) starts this bundle again, marked: it serves the pool instead. Anyone else
  // passing the mark gets the CLI, which refuses it as an unknown option.
  if (argv.length === 1 && argv[0] === SCAN_WORKER_ARG) void import('./engine/scan-worker.js').then(({ served }) => (served ? undefined : runCli()))
  else void runCli()
}

function runCli(): Promise<void> {
  const end = watchOutput(EXIT.internal)
  return Promise.all([import('./cli/main.js'), import('./tune-runtime.js')])
    .then(([{ main }, { tuneRuntime }]) => {
      tuneRuntime()
      return main(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
    })
    .then(end)
}
