import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Enough for a listing of millions of paths; execFile's default (1 MiB) is exceeded by ~20,000 files. */
const MAX_LISTING_BYTES = 512 * 1024 * 1024

/**
 * The files git would commit under `root`: tracked files plus untracked ones it does not ignore,
 * as paths relative to `root` with '/' separators. Run from `root`, git limits the listing to that
 * folder and prints paths relative to it, so a root inside a work tree needs no prefix handling.
 *
 * Returns undefined when `root` is not in a git work tree or git cannot run (not installed,
 * a repository owned by another user): the caller then walks the folder instead.
 */
export async function listGitFiles(root: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      maxBuffer: MAX_LISTING_BYTES,
      windowsHide: true
    })
    // Unmerged paths are listed once per conflict stage, hence the Set.
    return [...new Set(stdout.split('\0').filter((path) => path !== ''))]
  } catch {
    return undefined
  }
}
