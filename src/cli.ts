/** The CLI's entry point, bundled by ncc to dist/cli/index.js; `bin/llm-env-lint.js` adds the shebang. */
import { main } from './cli/main.js'

void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    // exitCode, not exit(): let a large report finish writing to a pipe first.
    process.exitCode = code
  }
)
