import { readdirSync, readFileSync, type Dirent } from 'node:fs'
import { join } from 'node:path'
import ignore from 'ignore'
import type { SkippedFile } from '../core/types.js'
import { ioCounts } from './counts.js'

/** The rules of one `.gitignore` file, which apply to paths below its folder. */
interface GitignoreLevel {
  /** The folder holding the `.gitignore`, relative to the root ('' for the root itself). */
  readonly base: string
  readonly rules: ignore.Ignore
  /** Whether a rule may match a file: not when every rule is a folder's (`dist/`), as in most root `.gitignore`s. */
  readonly mayMatchFiles: boolean
}

/** Candidate paths found by a walk, and folders that could not be listed. */
export interface WalkResult {
  /** Regular files, relative to the root: the directory listing said so, so nothing more is asked of them. */
  readonly files: string[]
  /** Symbolic links, to be resolved (they may point at a file, a folder, or outside the root). */
  readonly links: string[]
  readonly unreadable: SkippedFile[]
  /** Gitignored files that `includeIgnored` accepted (in folders that are not ignored themselves). */
  readonly ignored: string[]
}

/**
 * Walks `root` the way git would see it outside a repository: honouring every `.gitignore` on the way
 * (nested ones too) and never entering a folder that `isSkipped` rejects. Symlinks are returned as
 * candidates, not followed, so a link to a folder cannot make the walk loop. The type each directory entry
 * comes with is trusted: only links are looked at again (by the caller), so a tree of files costs one
 * `readdir` per folder and nothing per file. Special files (sockets, FIFOs) are left out. Synchronous, like
 * the rest of discovery: the thread-pool round trips of async calls cost more than the calls themselves.
 */
export function walkFiles(
  root: string,
  isSkipped: (path: string, isDirectory: boolean) => boolean,
  includeIgnored?: (path: string) => boolean
): WalkResult {
  const result: WalkResult = { files: [], links: [], unreadable: [], ignored: [] }
  // Normalised once; a folder's absolute path is then the root's plus its relative one, without a `join` per folder.
  walkDirectory(join(root, '/'), '', [], { isSkipped, includeIgnored, inIgnored: false }, result)
  return result
}

interface WalkOptions {
  readonly isSkipped: (path: string, isDirectory: boolean) => boolean
  /** Gitignored files to collect; with it, ignored folders are entered too (as git lists their files). */
  readonly includeIgnored: ((path: string) => boolean) | undefined
  /** Inside a gitignored folder: every file here is ignored. */
  readonly inIgnored: boolean
}

function walkDirectory(root: string, dir: string, inherited: readonly GitignoreLevel[], options: WalkOptions, result: WalkResult): void {
  const entries = listDirectory(root, dir, result)
  const own = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? readGitignore(root, dir) : undefined
  const levels = own ? [...inherited, own] : inherited
  const { isSkipped, includeIgnored } = options
  const prefix = dir === '' ? '' : `${dir}/`
  for (const entry of entries) {
    const path = prefix + entry.name
    const isDirectory = entry.isDirectory()
    if (isSkipped(path, isDirectory)) continue
    const ignored = options.inIgnored || isGitignored(levels, path, isDirectory)
    if (isDirectory) {
      if (!ignored || includeIgnored) walkDirectory(root, path, levels, { ...options, inIgnored: ignored }, result)
    } else if (!ignored) {
      if (entry.isFile()) result.files.push(path)
      else if (entry.isSymbolicLink()) result.links.push(path)
    } else if (includeIgnored?.(path)) {
      result.ignored.push(path)
    }
  }
}

/** A folder's entries (`root` ends with a separator); a subfolder that cannot be listed is recorded, the root itself must be listable. */
function listDirectory(root: string, dir: string, result: WalkResult): Dirent[] {
  try {
    ioCounts.readdir++
    return readdirSync(root + dir, { withFileTypes: true })
  } catch (error) {
    if (dir === '') throw error
    result.unreadable.push({ path: dir, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code })
    return []
  }
}

function readGitignore(root: string, dir: string): GitignoreLevel | undefined {
  try {
    const text = readFileSync(join(root, dir, '.gitignore'), 'utf8')
    return { base: dir, rules: ignore({ ignorecase: false }).add(text), mayMatchFiles: matchesFiles(text) }
  } catch {
    return undefined
  }
}

/**
 * Whether any rule of a `.gitignore` may match a file. A rule ending in `/` matches folders only (git's rule, and
 * trailing spaces do not count unless escaped); the walk enters no folder such a rule ignores, so it has no opinion
 * on the files it finds. A negation counts as one that may: it can re-include what a level above excludes.
 */
export function matchesFiles(gitignore: string): boolean {
  return gitignore.split(/\r?\n/).some((line) => {
    const rule = line.replace(/(?<!\\)\s+$/, '')
    return rule !== '' && !rule.startsWith('#') && (rule.startsWith('!') || !rule.endsWith('/'))
  })
}

/**
 * Git's precedence: the deepest `.gitignore` that has an opinion on a path wins, so a nested
 * `!keep.log` re-includes what the root's `*.log` excludes.
 */
function isGitignored(levels: readonly GitignoreLevel[], path: string, isDirectory: boolean): boolean {
  for (let i = levels.length - 1; i >= 0; i--) {
    const { base, rules, mayMatchFiles } = levels[i]!
    if (!isDirectory && !mayMatchFiles) continue
    const relative = base === '' ? path : path.slice(base.length + 1)
    const verdict = rules.test(isDirectory ? `${relative}/` : relative)
    if (verdict.ignored) return true
    if (verdict.unignored) return false
  }
  return false
}
