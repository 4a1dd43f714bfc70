/** The CLI's entry point, bundled by ncc to dist/cli/index.js; `bin/llm-env-lint.js` adds the shebang. */
import { TOOL } from './version.js'

const argv = process.argv.slice(2)
const only = argv.length === 1 ? argv[0] : undefined

// `--version` and `--help` alone answer before the scanner is loaded (it is a chunk of its own): as `main` does.
if (only === '--version' || only === '-v') {
  process.stdout.write(`${TOOL.name} ${TOOL.version}\n`)
} else if (only === '--help' || only === '-h') {
  void import('./cli/args.js').then(({ USAGE }) => process.stdout.write(USAGE))
} else {
  // A scan worker (src/engine/workers.ts) starts this bundle again, without arguments: it serves the pool instead.
  void import('node:worker_threads').then(async ({ isMainThread }) => {
    if (isMainThread) await runCli()
    else await import('./engine/scan-worker.js')
  })
}

function runCli(): Promise<void> {
  return import('./cli/main.js')
    .then(({ main }) => main(argv, { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }))
    .then((code) => {
      // exitCode, not exit(): let a large report finish writing to a pipe first.
      process.exitCode = code
    })
}
