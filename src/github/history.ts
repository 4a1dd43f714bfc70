/**
 * The lines each commit of a pull request adds. A key committed and removed again in a later commit is
 * gone from the final diff but still in the history (and in every clone), so the action scans these too.
 */
import { checkedRevision, runGit } from '../discover/git.js'
import { DIFF_OPTIONS, readDiff } from './changed-files.js'

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
