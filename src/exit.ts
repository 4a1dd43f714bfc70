/**
 * How the entry points end a run: once what they wrote to stdout and stderr has reached the OS, with `exit`.
 *
 * Left to end by itself, Node frees the whole V8 heap first, which a large scan makes slow: the CLI on 5,000 `.env`
 * files ended 33 ms sooner this way (medians of 11 interleaved runs, 1,023 against 990 ms), a pull request's action
 * run 26 ms sooner. An empty write's callback runs once every earlier write to the stream has gone out, so a report
 * piped to a slow reader is not cut short.
 */
import module from 'node:module'

export function exitOnceFlushed(code: number): void {
  process.exitCode = code
  const streams = [process.stdout, process.stderr]
  let open = streams.length
  for (const stream of streams) {
    let settled = false
    const settle = (): void => {
      if (settled) return
      settled = true
      if (--open > 0) return
      // Where the compile cache is on (Node ≥ 22.1), what this run compiled is written now, not left to the exit.
      module.flushCompileCache?.()
      process.exit(code)
    }
    // A reader that went away (`| head`) takes nothing more: its stream is done, and its EPIPE is no stack trace.
    stream.on('error', settle)
    stream.write('', settle)
  }
}
