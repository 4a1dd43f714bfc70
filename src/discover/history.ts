/**
 * The lines commits added, read from the local clone with `git log -p`: those of a pull request's commits (the
 * action), and the keys of the whole history (`--history`). A key committed and removed again in a later commit is
 * gone from the final diff but still in the history (and in every clone), so both are scanned.
 */
import { DIFF_OPTIONS, readDiff } from './diff.js'
import { checkedRevision, gitOutput, runGit } from './git.js'

/** A line added by one commit. */
export interface AddedLine {
  /** Full SHA of the commit that added the line. */
  readonly commit: string
  /** Repository-relative path in that commit. */
  readonly file: string
  /** 1-based line number in the file as of that commit. */
  readonly line: number
  /**
   * The raw line. It may hold a secret: scan it, mask what the scanner finds, and never print it as is.
   */
  readonly text: string
}

/**
 * Every line added by the non-merge commits in `base..head`, oldest commit first, from
 * `git log -p --no-merges --unified=0` in `cwd`. Binary files are skipped. Needs the commits in the clone
 * (`fetch-depth: 0`); throws `GitError` otherwise.
 */
export async function addedLinesInCommits(cwd: string, base: string, head: string): Promise<AddedLine[]> {
  const lines = await runGit(cwd, [
    'log',
    '-p',
    '--no-merges',
    '--reverse',
    '--format=commit %H',
    ...DIFF_OPTIONS,
    '--end-of-options',
    `${checkedRevision(base)}..${checkedRevision(head)}`,
    '--'
  ])
  return readDiff(lines).flatMap(file =>
    file.added.map(added => ({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text }))
  )
}

/** What `keysAddedInHistory` found and how much history it read. */
export interface HistoryScan {
  /** One added line per key: where it first appeared, oldest commit first. Lines may hold secrets. */
  readonly lines: AddedLine[]
  /** Commits read. */
  readonly commits: number
  /** Bytes of diff read (UTF-8). */
  readonly bytes: number
}

export interface HistoryScanOptions {
  /** Only commits after this revision (`REF..HEAD`); unset: every commit reachable from HEAD. */
  readonly since?: string
  /** Finds keys in a line (the provider catalog's `scanText`). */
  readonly findKeys: (text: string) => readonly { readonly token: string }[]
  /** Paths the scan leaves out (the config's `ignore`, `node_modules`). */
  readonly isSkipped: (path: string) => boolean
}

/**
 * Every key any commit reachable from HEAD added under `cwd` (or since `since`), each once, where it first appeared.
 * One streaming pass over `git log -p --reverse` (oldest first, merges left out as for pull requests): the
 * diff is read one commit at a time and only lines with a key are kept, so memory follows the keys, not the history.
 * Throws GitError when git fails (not a repository, an unknown revision, no commits yet).
 */
export async function keysAddedInHistory(cwd: string, { since, findKeys, isSkipped }: HistoryScanOptions): Promise<HistoryScan> {
  const range = since === undefined ? 'HEAD' : `${checkedRevision(since)}..HEAD`
  const seen = new Set<string>()
  const lines: AddedLine[] = []
  let commits = 0
  let bytes = 0
  let commit: string[] = []
  const readCommit = (): void => {
    for (const file of readDiff(commit)) {
      if (file.binary || isSkipped(file.path)) continue
      for (const added of file.added) {
        const fresh = findKeys(added.text).filter((key) => !seen.has(key.token))
        if (fresh.length === 0) continue
        fresh.forEach((key) => seen.add(key.token))
        lines.push({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text })
      }
    }
    commit = []
  }
  const args = ['log', '-p', '--no-merges', '--reverse', '--format=commit %H', ...DIFF_OPTIONS, '--relative']
  for await (const batch of gitOutput(cwd, [...args, '--end-of-options', range, '--'])) {
    for (const raw of batch) {
      bytes += Buffer.byteLength(raw) + 1
      // With --unified=0 every line of a hunk starts with +, - or \, so `commit ` can only start the next commit.
      if (raw.startsWith('commit ')) {
        readCommit()
        commits++
      }
      commit.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw)
    }
  }
  readCommit()
  return { lines, commits, bytes }
}
