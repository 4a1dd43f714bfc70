/**
 * The one reader of unified diffs: `git diff`, `git log -p` (src/discover/git.ts, src/discover/history.ts) and a
 * pull request file's `patch` from the API (src/github/changed-files.ts). Pure: text in, files and added lines out.
 */

/** GitHub's status of a file in a pull request (git's diff gives the first five). */
export type ChangeStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'

/** A file a pull request changes, from git or from the API. */
export interface ChangedFile {
  /** Repository-relative path at the head, `/`-separated. */
  readonly path: string
  readonly status: ChangeStatus
  /** The path before a rename or copy. */
  readonly previousPath?: string
  /** 1-based line numbers at the head that the PR adds or changes; undefined when unknown (binary, or no patch from GitHub). */
  readonly addedLines?: ReadonlySet<number>
}

/**
 * The added lines of each changed file, in the shape `renderPrComment` takes as `changedLines`. Every changed
 * file is in the map: one whose lines are unknown (binary, or a diff too large for GitHub to send a `patch`) is
 * judged whole, with no line known as added, so a key in it is never filtered out of the PR's report.
 */
export function toChangedLines(files: readonly ChangedFile[]): Map<string, ReadonlySet<number>> {
  return new Map(files.map(file => [file.path, file.addedLines ?? new Set<number>()] as const))
}

/**
 * Options for every diff we read: no context lines, explicit `a/` `b/` prefixes whatever the user's config
 * says (`diff.noprefix`, `diff.mnemonicPrefix`), and no external diff or textconv programs.
 */
export const DIFF_OPTIONS = ['--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/']

/** One file in a unified diff, with the lines added at the new side. */
export interface DiffFile {
  /** The commit, for `git log -p` output (lines `commit <sha>` before each commit's diff). */
  readonly commit?: string
  readonly path: string
  readonly previousPath?: string
  readonly status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied'
  readonly binary: boolean
  readonly added: readonly { readonly line: number; readonly text: string }[]
}

interface MutableDiffFile {
  commit?: string
  path: string
  previousPath?: string
  status: DiffFile['status']
  binary: boolean
  added: { line: number; text: string }[]
}

/**
 * Reads unified diff text as git prints it (`git diff`, `git log -p --format='commit %H'`) or as an API
 * patch. Hunk line counts decide where a hunk ends, so added lines that look like headers (`+++ x`) are
 * read as content.
 */
export function readDiff(lines: Iterable<string>): DiffFile[] {
  const files: MutableDiffFile[] = []
  let commit: string | undefined
  let file: MutableDiffFile | undefined
  let oldLeft = 0
  let newLeft = 0
  let newLine = 0
  const startFile = (path = ''): MutableDiffFile => {
    const started: MutableDiffFile = { commit, path, status: 'modified', binary: false, added: [] }
    files.push(started)
    return started
  }
  for (const line of lines) {
    if (oldLeft > 0 || newLeft > 0) {
      const mark = line[0]
      if (mark === '+') {
        file?.added.push({ line: newLine++, text: line.slice(1) })
        newLeft--
      } else if (mark === '-') oldLeft--
      else if (mark === ' ') {
        oldLeft--
        newLeft--
        newLine++
      }
      // `\ No newline at end of file` belongs to the hunk but counts for neither side.
      continue
    }
    const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
    if (hunk) {
      oldLeft = Number(hunk[1] ?? 1)
      newLine = Number(hunk[2])
      newLeft = Number(hunk[3] ?? 1)
      file ??= startFile()
    } else if (line.startsWith('commit ')) {
      commit = line.slice('commit '.length).trim()
      file = undefined
    } else if (line.startsWith('diff --git ')) {
      file = startFile(pathFromDiffHeader(line.slice('diff --git '.length)))
    } else if (line.startsWith('+++ ')) {
      file ??= startFile()
      const path = stripPrefix(line.slice(4), 'b/')
      if (path !== undefined) file.path = path
    } else if (line.startsWith('--- ') && file !== undefined && file.path === '') {
      file.path = stripPrefix(line.slice(4), 'a/') ?? ''
    } else if (file !== undefined) {
      readExtendedHeader(file, line)
    }
  }
  return files
}

/** `new file mode`, `rename from`, `Binary files … differ` and friends. */
function readExtendedHeader(file: MutableDiffFile, line: string): void {
  if (line.startsWith('new file mode')) file.status = 'added'
  else if (line.startsWith('deleted file mode')) file.status = 'removed'
  else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
    file.status = line.startsWith('rename') ? 'renamed' : 'copied'
    file.previousPath = unquote(line.slice(line.indexOf(' from ') + ' from '.length))
  } else if (line.startsWith('rename to ') || line.startsWith('copy to ')) file.path = unquote(line.slice(line.indexOf(' to ') + ' to '.length))
  else if (line.startsWith('Binary files ') || line === 'GIT binary patch') file.binary = true
}

/** `a/x b/x` → `x`, when both sides name the same path (renames are read from `rename to`). */
function pathFromDiffHeader(rest: string): string {
  if (rest.startsWith('"')) {
    const end = closingQuote(rest)
    const path = stripPrefix(rest.slice(0, end + 1), 'a/')
    return path ?? ''
  }
  const half = (rest.length - 1) / 2
  const left = rest.slice(0, half)
  return Number.isInteger(half) && rest === `${left} b/${left.slice(2)}` ? left.slice(2) : ''
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === '"') return i
  }
  return text.length - 1
}

/** The path of a `---`/`+++` line without its prefix; undefined for `/dev/null`. */
function stripPrefix(raw: string, prefix: string): string | undefined {
  // git appends a tab to paths with spaces in ---/+++ lines so that tools can find the end.
  const path = unquote(raw.replace(/\t$/, ''))
  if (path === '/dev/null') return undefined
  return path.startsWith(prefix) ? path.slice(prefix.length) : path
}

/** Undoes git's C-style quoting of unusual paths (`"a/t\303\251st\tfile"`); octal escapes are UTF-8 bytes. */
export function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2)) return path
  const named: Readonly<Record<string, number>> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 }
  const bytes: number[] = []
  const body = path.slice(1, -1)
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1))
    if (octal) {
      bytes.push(parseInt(octal[0], 8))
      i += 3
    } else {
      const next = body[++i] ?? ''
      bytes.push(named[next] ?? next.charCodeAt(0))
    }
  }
  return Buffer.from(bytes).toString('utf8')
}
