/**
 * How the entry points treat their output and end a run (src/exit.ts, `watchOutput` and the function it returns): `exit`
 * once stdout and stderr are flushed; a reader that goes away (EPIPE) is no error; any other write error ends the run
 * with a message and the entry's code.
 * The module is compiled with tsc (bench/compile.mjs) and run in child processes that write more than a pipe holds.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type StdioOptions } from 'node:child_process'
import { closeSync, existsSync, openSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile, compileDir } from '../../bench/compile.mjs'

const MiB = 1024 * 1024
let dir: string

beforeAll(async () => {
  dir = await compileDir()
  await compile(dir, ['src/exit.ts'])
  // Each run writes past a pipe's 64 KiB; the interval would keep it alive, so only an exit ends it.
  writeFileSync(
    join(dir, 'child.mjs'),
    `import { writeFileSync } from 'node:fs'
import { watchOutput } from './src/exit.js'
const [mode, marker] = process.argv.slice(2)
const exitOnceFlushed = watchOutput(5)
setInterval(() => {}, 1000)
process.stdout.write('o'.repeat(4 * ${MiB}))
if (mode === 'flush') {
  process.stderr.write('e'.repeat(${MiB}))
  exitOnceFlushed(3)
} else {
  // The run goes on once its reader has gone (stdout stays open, its pending write dropped): it writes a file, then ends.
  const poll = setInterval(() => {
    if (process.stdout.writableLength > 0) return
    clearInterval(poll)
    writeFileSync(marker, 'written after the reader went away')
    exitOnceFlushed(3)
  }, 10)
}
`
  )
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface ChildRun {
  readonly code: number | null
  readonly stdout: number
  readonly stderr: string
}

/**
 * Runs the child in `mode`, reading its output only after it has written all of it (so the writes wait in the pipes);
 * with `closeEarly`, the reader closes stdout at its first chunk, as `| head` does. `stdout` may be a file descriptor.
 */
function runChild(mode: 'flush' | 'go-on', { closeEarly = false, stdout: stdoutFd }: { closeEarly?: boolean; stdout?: number } = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const stdio: StdioOptions = ['ignore', stdoutFd ?? 'pipe', 'pipe']
    const child = spawn(process.execPath, [join(dir, 'child.mjs'), mode, join(dir, 'marker')], { stdio })
    let stdout = 0
    let stderr = ''
    child.stdout?.pause()
    child.stderr!.pause()
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.length
      if (closeEarly) child.stdout!.destroy()
    })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    // Reading starts once the child has filled its pipes and waits on them.
    setTimeout(() => {
      child.stdout?.resume()
      child.stderr!.resume()
    }, 200)
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('the end of a run', () => {
  it('exits with the code, after every byte written to stdout and stderr reached a slow reader', async () => {
    const run = await runChild('flush')
    expect({ ...run, stderr: run.stderr.length }).toEqual({ code: 3, stdout: 4 * MiB, stderr: MiB })
  })

  it('exits with the code and no stack trace when the reader closes stdout early (`| head`)', async () => {
    const run = await runChild('flush', { closeEarly: true })
    expect(run.code).toBe(3)
    expect(run.stdout).toBeLessThan(4 * MiB)
    expect(run.stderr).toBe('e'.repeat(MiB))
  })
})

describe('write errors during a run', () => {
  it('lets a run go on after its reader went away, and end with its own code', async () => {
    rmSync(join(dir, 'marker'), { force: true })
    const run = await runChild('go-on', { closeEarly: true })
    expect(run).toMatchObject({ code: 3, stderr: '' })
    expect(existsSync(join(dir, 'marker'))).toBe(true)
  })

  it('ends a run whose output cannot be written (a full disk) with a message and the code for an unfinished run', async () => {
    const full = openSync('/dev/full', 'w')
    try {
      const run = await runChild('flush', { stdout: full })
      expect(run).toEqual({ code: 5, stdout: 0, stderr: `${'e'.repeat(MiB)}llm-env-lint: cannot write to stdout: ENOSPC\n` })
    } finally {
      closeSync(full)
    }
  })
})
