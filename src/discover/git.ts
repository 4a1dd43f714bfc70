/**
 * The one way this tool runs git. The folder it runs in is the repository under review, whose `.git/config` is
 * written by whoever made the clone — or by a tarball a user was asked to scan — so every call overrides the
 * settings that make git run programs: `core.fsmonitor` (run on every index refresh), `core.hooksPath`, and
 * `log.showSignature` with `gpg.program` (run by `git log` on signed commits). Options on the command line beat
 * every config file. The system config is skipped; the user's global config is kept, since it holds their own
 * `safe.directory` entries (actions/checkout adds one in containers). `safe.directory` itself is never widened: a
 * repository owned by another user is refused by git, and the caller walks the folder instead.
 */
import { spawn } from 'node:child_process'
import type { Readable } from 'node:stream'
import { ioCounts } from './counts.js'
import { DIFF_OPTIONS, readDiff, type ChangedFile } from './diff.js'
import { indexedPaths } from './git-index.js'

/** Overrides for settings of the scanned repository that would make git run a program of its choosing. */
export const HARDENED_CONFIG = [
  '-c', 'core.fsmonitor=false',
  '-c', 'core.hooksPath=/dev/null',
  '-c', 'log.showSignature=false',
  '-c', 'gpg.program=false',
  '-c', 'gpg.ssh.program=false',
  '-c', 'core.quotePath=false'
] as const

/** The environment git runs with: no system config, no prompts, no index writes for a read-only listing. */
function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' }
}

/** A git command that failed, or a revision that cannot be passed to git; the message says what to do. */
export class GitError extends Error {
  override readonly name = 'GitError'
  constructor(
    message: string,
    /** The exit status, when git ran. */
    readonly exitCode?: number | null
  ) {
    super(message)
  }
}

/** Rejects revisions git could read as options; whether they exist is git's to judge. */
export function checkedRevision(rev: string): string {
  if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev)) throw new GitError(`not a git revision: ${JSON.stringify(rev)}`)
  return rev
}

/** `git diff base...head failed (exit 128): fatal: bad revision 'x'.` plus a hint for shallow clones. */
function explainGitFailure(args: readonly string[], exitCode: number | null, stderr: string): string {
  const firstLine = stderr.split('\n').find(line => line.trim() !== '')?.trim() ?? 'no error output'
  const revisions = args.includes('--end-of-options') ? args.slice(args.indexOf('--end-of-options') + 1).filter(arg => arg !== '--') : []
  const hint = /bad revision|unknown revision|no merge base|bad object|invalid symmetric difference/i.test(stderr)
    ? ' The base or head commit is not in the clone: check out with `fetch-depth: 0` (actions/checkout).'
    : ''
  // The subcommand follows any `-c name=value` options.
  let at = 0
  while (args[at] === '-c') at += 2
  return `git ${[args[at], ...revisions].join(' ')} failed (exit ${exitCode ?? 'by signal'}): ${firstLine}.${hint}`
}

/** A hardened git process: its stdout, and a promise of how it ended with the start of its stderr. */
interface GitProcess {
  readonly stdout: Readable
  readonly stop: () => void
  /** Resolves (never rejects) once git exits; throw its `error` to report a failure. */
  readonly ended: Promise<{ readonly error?: GitError }>
}

/** Starts git hardened, without a shell; `input`, when given, is written to its stdin. */
function startGit(cwd: string, args: readonly string[], input?: string): GitProcess {
  ioCounts.gitSpawn++
  const child = spawn('git', [...HARDENED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    if (stderr.length < 4096) stderr += chunk
  })
  // Settled from the start, so a spawn error (no git, no cwd) is never an unhandled rejection.
  const ended = new Promise<{ error?: GitError }>((resolve) => {
    child.on('error', (error) => resolve({ error: new GitError(`git could not be run in ${cwd}: ${error.message}`) }))
    child.on('close', (code) => resolve(code === 0 ? {} : { error: new GitError(explainGitFailure(args, code, stderr), code) }))
  })
  // git may exit before reading its input (not a repository): its exit status tells, not the broken pipe.
  child.stdin.on('error', () => {})
  child.stdin.end(input ?? '')
  return { stdout: child.stdout, stop: () => void (child.exitCode === null && child.kill()), ended }
}

/**
 * Runs git hardened, without a shell, and returns its output split at `separator` (for lines, a trailing `\r`
 * dropped). Throws {@link GitError} when git cannot run or exits non-zero.
 */
export async function runGit(cwd: string, args: readonly string[], { separator = '\n' }: { readonly separator?: '\n' | '\0' } = {}): Promise<string[]> {
  const parts: string[] = []
  for await (const batch of gitOutput(cwd, args, { separator })) {
    for (const part of batch) parts.push(separator === '\n' && part.endsWith('\r') ? part.slice(0, -1) : part)
  }
  return parts
}

/**
 * The files changed between the merge base of `base` and `head`, and the lines `head` adds, from
 * `git diff --unified=0 base...head` in `cwd`. Needs both commits in the clone (`fetch-depth: 0`).
 * Throws {@link GitError} when git fails.
 */
export async function changedFilesFromGit(cwd: string, base: string, head: string): Promise<ChangedFile[]> {
  const lines = await runGit(cwd, ['diff', ...DIFF_OPTIONS, '--end-of-options', `${checkedRevision(base)}...${checkedRevision(head)}`, '--'])
  return readDiff(lines).map(file => ({
    path: file.path,
    status: file.status,
    ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
    ...(file.binary ? {} : { addedLines: new Set(file.added.map(added => added.line)) })
  }))
}

/** Which of git's files {@link listGitFiles} lists: all it would commit, or the tracked or the untracked ones alone. */
export type GitListing = 'all' | 'tracked' | 'untracked'

const LISTING_OPTIONS: Readonly<Record<GitListing, readonly string[]>> = {
  all: ['--cached', '--others', '--exclude-standard'],
  tracked: ['--cached'],
  // Git walks the whole work tree for these: the slow part of a listing.
  untracked: ['--others', '--exclude-standard']
}

/**
 * The files git would commit under `root` (or of them, the tracked or the untracked ones): tracked files plus
 * untracked ones it does not ignore, as paths relative to `root` with '/' separators. Run from `root`, git limits the
 * listing to that folder and prints paths relative to it, so a root inside a work tree needs no prefix handling.
 *
 * Returns undefined when `root` is not in a git work tree, when git cannot run (not installed, a
 * repository owned by another user), or when git ignores `root` itself (someone asked to scan a
 * build folder): the caller then walks the folder instead of silently scanning nothing.
 */
export async function listGitFiles(root: string, which: GitListing = 'all'): Promise<string[] | undefined> {
  // The tracked files alone are what the index holds: read there when it can be (git-index.ts), with no git to start.
  const indexed = which === 'tracked' ? indexedPaths(root) : undefined
  if (indexed !== undefined && indexed.length > 0) return indexed
  try {
    const listed = await runGit(root, ['ls-files', '-z', ...LISTING_OPTIONS[which]], { separator: '\0' })
    // Unmerged paths are listed once per conflict stage, one stage after another (git lists its index in path order,
    // after the untracked files, which are never in it): dropping repeats needs no Set of every path.
    const paths = listed.filter((path, at) => path !== '' && path !== listed[at - 1])
    if (paths.length === 0 && which !== 'untracked' && (await isIgnoredByGit(root))) return undefined
    return paths
  } catch {
    return undefined
  }
}

/** `git check-ignore` exits 0 when the path is ignored and 1 when it is not. */
async function isIgnoredByGit(root: string): Promise<boolean> {
  return runGit(root, ['check-ignore', '--quiet', '.']).then(
    () => true,
    () => false
  )
}

/**
 * Runs git hardened (as {@link runGit}) with `input` on its stdin and returns its stdout as bytes, for
 * `cat-file --batch`, whose answers hold blobs of any content. Throws {@link GitError} on failure.
 */
async function gitBytes(root: string, args: readonly string[], input = ''): Promise<Buffer> {
  const git = startGit(root, args, input)
  const chunks: Buffer[] = []
  for await (const chunk of git.stdout as AsyncIterable<Buffer>) chunks.push(chunk)
  const { error } = await git.ended
  if (error) throw error
  return Buffer.concat(chunks)
}

/**
 * The files git ignores under `root`, for `--include-ignored` (a local `.env.local` beside the app), without
 * descending into `node_modules` (`--directory` would be cheaper, but it folds a folder holding nothing but
 * ignored files, `app/` with its `.env.local`, into one entry). Empty when git cannot run.
 */
export async function listIgnoredFiles(root: string): Promise<string[]> {
  try {
    const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', '.', ':(exclude,glob)**/node_modules/**']
    return (await runGit(root, args, { separator: '\0' })).filter((path) => path !== '')
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
    // `<mode> SP <object> SP <stage> TAB <path>`
    return (await runGit(root, ['ls-files', '-z', '--stage'], { separator: '\0' }))
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

/**
 * Runs git in `root` and yields its stdout split at `separator` as it comes, the complete parts of each chunk read
 * in one batch (lines without the `\n`; a trailing `\r` is kept), so output of any size passes through in constant
 * memory: a stream, not execFile, whose `maxBuffer` would cut a large diff or listing; a batch, not a part at a
 * time, since each step of an async iteration costs more than the work on a short line. Throws {@link GitError}
 * when git cannot run or exits with an error, after the parts it did print.
 */
export async function* gitOutput(root: string, args: readonly string[], { separator = '\n' }: { readonly separator?: '\n' | '\0' } = {}): AsyncGenerator<string[]> {
  const git = startGit(root, args)
  let partial = ''
  let read = false
  try {
    for await (const chunk of git.stdout.setEncoding('utf8') as AsyncIterable<string>) {
      const parts = (partial + chunk).split(separator)
      partial = parts.pop() ?? ''
      if (parts.length > 0) yield parts
    }
    if (partial !== '') yield [partial]
    read = true
  } finally {
    // A consumer that stops early must not leave git running; one that read it all lets git exit by itself.
    if (!read) git.stop()
  }
  const { error } = await git.ended
  if (error) throw error
}
