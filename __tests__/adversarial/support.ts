/**
 * Shared by the adversarial suite: a throw-away repository on disk, and the real CLI run in-process over it.
 * Every folder made here is removed by the caller's `finally` through {@link withRepo}.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { main } from '../../src/cli/main.js'

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Writes `files` into a fresh folder, runs `body` with its path, and removes the folder whatever happens. */
export async function withRepo<T>(files: Readonly<Record<string, string | Buffer>>, body: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'llm-env-lint-adv-'))
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true })
      await writeFile(join(root, path), text)
    }
    return await body(root)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** The CLI over `root`, with `args` before the path and `env` as its environment. */
export async function runCli(root: string, args: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main([...args, root], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd: root,
    env
  })
  return { code, stdout, stderr }
}
