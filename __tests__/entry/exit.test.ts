/**
 * The entry points end with `exitOnceFlushed` (src/exit.ts): `exit` once stdout and stderr are flushed. A process
 * that writes more than a pipe holds, then ends that way with a timer still keeping it alive, must hand its reader
 * every byte and the exit code. The module is compiled with tsc (bench/compile.mjs) and run in a child process.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compile, compileDir } from '../../bench/compile.mjs'

let dir: string

beforeAll(async () => {
  dir = await compileDir()
  await compile(dir, ['src/exit.ts'])
  // 4 MiB to stdout and 1 MiB to stderr, far past a pipe's 64 KiB, then the exit; the interval would keep it alive.
  writeFileSync(
    join(dir, 'child.mjs'),
    `import { exitOnceFlushed } from './src/exit.js'
process.stdout.write('o'.repeat(4 * 1024 * 1024))
process.stderr.write('e'.repeat(1024 * 1024))
setInterval(() => {}, 1000)
exitOnceFlushed(3)
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
 * Runs the child, reading its output only after it has written all of it (so the writes wait in the pipes); with
 * `closeEarly`, the reader closes stdout at its first chunk, as `| head` does.
 */
function runChild(closeEarly = false): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'child.mjs')], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = 0
    let stderr = ''
    child.stdout.pause()
    child.stderr.pause()
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.length
      if (closeEarly) child.stdout.destroy()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    // Reading starts once the child has filled both pipes and waits on them.
    setTimeout(() => {
      child.stdout.resume()
      child.stderr.resume()
    }, 200)
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe('exitOnceFlushed', () => {
  it('exits with the code, after every byte written to stdout and stderr reached a slow reader', async () => {
    const run = await runChild()
    expect({ ...run, stderr: run.stderr.length }).toEqual({ code: 3, stdout: 4 * 1024 * 1024, stderr: 1024 * 1024 })
  })

  it('exits with the code and no stack trace when the reader closes stdout early (`| head`)', async () => {
    const run = await runChild(true)
    expect(run.code).toBe(3)
    expect(run.stdout).toBeLessThan(4 * 1024 * 1024)
    expect(run.stderr).toBe('e'.repeat(1024 * 1024))
  })
})
