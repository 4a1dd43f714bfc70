import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Enough for a listing of millions of paths; execFile's default (1 MiB) is exceeded by ~20,000 files. */
const MAX_LISTING_BYTES = 512 * 1024 * 1024

const git = (root: string, args: readonly string[]) =>
  run('git', args, { cwd: root, maxBuffer: MAX_LISTING_BYTES, windowsHide: true })

/**
 * The files git would commit under `root`: tracked files plus untracked ones it does not ignore,
 * as paths relative to `root` with '/' separators. Run from `root`, git limits the listing to that
 * folder and prints paths relative to it, so a root inside a work tree needs no prefix handling.
 *
 * Returns undefined when `root` is not in a git work tree, when git cannot run (not installed, a
 * repository owned by another user), or when git ignores `root` itself (someone asked to scan a
 * build folder): the caller then walks the folder instead of silently scanning nothing.
 */
export async function listGitFiles(root: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'])
    // Unmerged paths are listed once per conflict stage, hence the Set.
    const paths = [...new Set(stdout.split('\0').filter((path) => path !== ''))]
    if (paths.length === 0 && (await isIgnoredByGit(root))) return undefined
    return paths
  } catch {
    return undefined
  }
}

/** `git check-ignore` exits 0 when the path is ignored and 1 when it is not. */
async function isIgnoredByGit(root: string): Promise<boolean> {
  return git(root, ['check-ignore', '--quiet', '.']).then(
    () => true,
    () => false
  )
}

/**
 * The files git ignores under `root`, for `--include-ignored` (a local `.env.local` beside the app), without
 * descending into `node_modules` (`--directory` would be cheaper, but it folds a folder holding nothing but
 * ignored files, `app/` with its `.env.local`, into one entry). Empty when git cannot run.
 */
export async function listIgnoredFiles(root: string): Promise<string[]> {
  try {
    const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', '.', ':(exclude,glob)**/node_modules/**']
    const { stdout } = await git(root, args)
    return stdout.split('\0').filter((path) => path !== '')
  } catch {
    return []
  }
}
