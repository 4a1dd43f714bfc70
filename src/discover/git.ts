import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Enough for a listing of millions of paths; execFile's default (1 MiB) is exceeded by ~20,000 files. */
const MAX_LISTING_BYTES = 512 * 1024 * 1024

/** Runs git in `root` and returns its stdout as bytes; `input` goes to its stdin (closed either way). */
function gitBytes(root: string, args: readonly string[], input = ''): Promise<Buffer> {
  const pending = run('git', args, { cwd: root, maxBuffer: MAX_LISTING_BYTES, windowsHide: true, encoding: 'buffer' })
  // git may exit before reading its input (not a repository): its exit status tells, not the broken pipe.
  pending.child.stdin?.on('error', () => {})
  pending.child.stdin?.end(input)
  return pending.then(({ stdout }) => stdout)
}

const git = async (root: string, args: readonly string[]) => ({ stdout: (await gitBytes(root, args)).toString('utf8') })

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
/** A file as the git index holds it: the staged blob's id, its path relative to the root, its mode. */
export interface StagedFile {
  readonly path: string
  readonly object: string
  /** `100644`, `100755`; `120000` (a symlink) and `160000` (a submodule) hold no text to scan. */
  readonly mode: string
}

/**
 * What `git commit` would commit under `root`: the index's entries (stage 0; paths in conflict are left out until
 * resolved), with paths relative to `root`. Undefined when `root` is not in a git work tree or git cannot run.
 */
export async function listStagedFiles(root: string): Promise<StagedFile[] | undefined> {
  try {
    const { stdout } = await git(root, ['ls-files', '-z', '--stage'])
    // `<mode> SP <object> SP <stage> TAB <path>`
    return stdout
      .split('\0')
      .map((record) => /^(\d{6}) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record))
      .filter((match): match is RegExpExecArray => match !== null && match[3] === '0')
      .map(([, mode, object, , path]) => ({ mode: mode!, object: object!, path: path! }))
  } catch {
    return undefined
  }
}

/** The sizes of blobs by id, in one `git cat-file --batch-check` run (`<id> <type> <size>` per id); missing ids are left out. */
export async function blobSizes(root: string, objects: readonly string[]): Promise<Map<string, number>> {
  if (objects.length === 0) return new Map()
  const out = (await gitBytes(root, ['cat-file', '--batch-check'], objects.map((object) => `${object}\n`).join(''))).toString('utf8')
  return new Map(
    out
      .split('\n')
      .map((line) => line.split(' '))
      .filter((parts) => parts.length === 3)
      .map(([object, , size]) => [object!, Number(size)])
  )
}

/**
 * The contents of blobs by id, in one `git cat-file --batch` run (git answers each id named on stdin with
 * `<id> <type> <size> LF <bytes> LF`, or `<id> missing LF`). Ids that are missing are left out of the map.
 */
export async function readBlobs(root: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  const blobs = new Map<string, Buffer>()
  if (objects.length === 0) return blobs
  const out = await gitBytes(root, ['cat-file', '--batch'], objects.map((object) => `${object}\n`).join(''))
  let at = 0
  while (at < out.length) {
    const headerEnd = out.indexOf(0x0a, at)
    if (headerEnd === -1) break
    const [object, type, size] = out.toString('utf8', at, headerEnd).split(' ')
    at = headerEnd + 1
    if (type === 'missing' || size === undefined) continue
    blobs.set(object!, out.subarray(at, at + Number(size)))
    at += Number(size) + 1
  }
  return blobs
}

/** git exited with an error while its output was streamed; the message holds its first line of stderr. */
export class GitStreamError extends Error {
  override readonly name = 'GitStreamError'
}

/**
 * Runs git in `root` and yields its stdout line by line as it comes (without the `\n`; a trailing `\r` is kept),
 * so output of any size passes through in constant memory. Throws GitStreamError when git cannot run or exits
 * with an error, after the lines it did print.
 */
export async function* gitLines(root: string, args: readonly string[]): AsyncGenerator<string> {
  const child = spawn('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 4096) stderr += chunk
  })
  // Settled from the start, so a spawn error (no git) is never an unhandled rejection.
  const exited = new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, error }))
    child.on('close', (code) => resolve({ code }))
  })
  let partial = ''
  try {
    for await (const chunk of child.stdout.setEncoding('utf8') as AsyncIterable<string>) {
      const parts = (partial + chunk).split('\n')
      partial = parts.pop() ?? ''
      yield* parts
    }
    if (partial !== '') yield partial
  } finally {
    // A consumer that stops early must not leave git running.
    if (child.exitCode === null) child.kill()
  }
  const { code, error } = await exited
  if (error !== undefined) throw new GitStreamError(`git could not be run in ${root}: ${error.message}`)
  if (code !== 0) throw new GitStreamError(`git failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`)
}
