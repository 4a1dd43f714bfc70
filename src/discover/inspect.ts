import { lstatSync, realpathSync, statSync } from 'node:fs'
import { isAbsolute, posix, relative, sep } from 'node:path'
import type { SkippedFile } from '../core/types.js'
import { ioCounts } from './counts.js'
import type { DiscoveredFile, Discovery } from './types.js'
import { byPath } from './order.js'
import { readRoot } from './read.js'

/** What one candidate path turned out to be. */
type Inspection =
  | { readonly type: 'file'; readonly path: string }
  /** A symlink to a file inside the root; `target` is the file's real path relative to the real root. */
  | { readonly type: 'link'; readonly path: string; readonly target: string }
  | { readonly type: 'skipped'; readonly skipped: SkippedFile }
  /** Gone, a folder (a submodule, a link to a folder) or a special file: nothing to scan or report. */
  | { readonly type: 'none' }

/** What the listing step found. */
export interface Candidates {
  /** Regular files inside the root, as a directory walk saw them: kept without another look. */
  readonly files: readonly string[]
  /** Paths of unknown type (symlinks, paths only git listed): looked at one by one. */
  readonly unsure: readonly string[]
  /** What the listing step already skipped (folders it could not list). */
  readonly skipped: readonly SkippedFile[]
}

/**
 * Sorts candidate paths into files to scan and files to report as skipped: symlinks leaving the root,
 * unreadable entries. A symlink to a file inside the root is kept only when its target is not scanned
 * anyway (and not excluded by `isSkipped`, the scan's path filter), so every file is read once.
 * Sizes are not looked at here: reading measures each file on its open descriptor.
 *
 * Synchronous: 20,000 `lstat` calls take ~70 ms this way and ~250 ms through the thread pool — and a walked
 * tree needs none but for its links.
 */
export function inspectCandidates(root: string, candidates: Candidates, isSkipped: (path: string) => boolean): Discovery {
  const inspections = inspectorOf(root)(candidates.unsure)
  return settle(candidates.files, inspections, candidates.skipped, isSkipped)
}

/**
 * {@link inspectCandidates} in two turns, for paths that come in two lists (git's tracked files at once, its untracked
 * ones once it has walked the tree): the first list's files now, the rest's with `later`. A link waits for the second
 * turn, when every plain file is known, so a link and its target are still read once.
 */
export function inspectInTwoTurns(
  root: string,
  first: readonly string[],
  rest: Promise<readonly string[]>,
  isSkipped: (path: string) => boolean
): Discovery & { readonly later: Promise<Discovery> } {
  const inspect = inspectorOf(root)
  const inspected = inspect(first)
  const links = inspected.filter((inspection) => inspection.type === 'link')
  const now = settle([], inspected.filter((inspection) => inspection.type !== 'link'), [], isSkipped)
  const later = rest.then((paths) => {
    const all = settle(now.files.map((file) => file.path), [...links, ...inspect(paths)], [], isSkipped)
    const earlier = new Set(now.files.map((file) => file.path))
    return { files: all.files.filter((file) => !earlier.has(file.path)), skipped: all.skipped }
  })
  return { ...now, later }
}

/** Looks at paths one by one (`lstat`, and `realpath` for links), against the root's real path. */
function inspectorOf(root: string): (paths: readonly string[]) => Inspection[] {
  let inspect: ((path: string) => Inspection) | undefined
  return (paths) => {
    if (paths.length === 0) return []
    if (inspect === undefined) {
      // Listed paths are already normal: the root's is put before them as it is (see readSource).
      const base = readRoot(root)
      const realRoot = realpathSync.native(root)
      const folderInside = folderCheck(base, realRoot)
      inspect = (path) => inspectPath(base, realRoot, path, folderInside)
    }
    return paths.map(inspect)
  }
}

/** The files to scan and the skipped ones: `files` as they are, the inspected paths by what they turned out to be. */
function settle(files: readonly string[], inspections: readonly Inspection[], skippedAlready: readonly SkippedFile[], isSkipped: (path: string) => boolean): Discovery {
  const scanned: DiscoveredFile[] = files.map((path) => ({ path }))
  const skipped: SkippedFile[] = [...skippedAlready]
  const regular = new Set([...files, ...inspections.flatMap((i) => (i.type === 'file' ? [i.path] : []))])
  const linkedTargets = new Set<string>()
  for (const inspection of inspections) {
    if (inspection.type === 'skipped') skipped.push(inspection.skipped)
    if (inspection.type === 'link') {
      const { target } = inspection
      if (regular.has(target) || linkedTargets.has(target) || isSkipped(target)) continue
      linkedTargets.add(target)
    }
    if (inspection.type === 'file' || inspection.type === 'link') scanned.push({ path: inspection.path })
  }
  return { files: scanned.sort(byPath), skipped: skipped.sort(byPath) }
}

/**
 * Whether a folder of a listed path really lies inside the root. Git lists paths from its index, so a tracked
 * folder replaced by a symbolic link (`config -> /etc`) would have `config/passwd` read from outside the root:
 * `lstat` only looks at the last part of a path. Each folder is looked at once, after its parent: a folder that is
 * no link, in a folder inside the root, is inside too (one `lstat`); only a link is resolved (`realpath`).
 */
function folderCheck(base: string, realRoot: string): (folder: string) => boolean {
  const known = new Map<string, boolean>([['.', true]])
  const inside = (folder: string): boolean => {
    let answer = known.get(folder)
    if (answer === undefined) {
      answer = inside(posix.dirname(folder)) && !leavesRoot(base + folder, realRoot)
      known.set(folder, answer)
    }
    return answer
  }
  return inside
}

/** Whether the folder at `absolute` (in a folder inside the root) is a link whose target lies outside the root. */
function leavesRoot(absolute: string, realRoot: string): boolean {
  try {
    ioCounts.lstat++
    if (!lstatSync(absolute).isSymbolicLink()) return false
    ioCounts.realpath++
    return !isInside(relative(realRoot, realpathSync.native(absolute)))
  } catch {
    return false // gone or unreadable: lstat of the file says so
  }
}

function inspectPath(base: string, realRoot: string, path: string, folderInside: (folder: string) => boolean): Inspection {
  const absolute = base + path
  try {
    if (!folderInside(posix.dirname(path))) return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } }
    ioCounts.lstat++
    const entry = lstatSync(absolute)
    if (entry.isFile()) return { type: 'file', path }
    if (!entry.isSymbolicLink()) return { type: 'none' }
    ioCounts.realpath++
    const real = realpathSync.native(absolute)
    const target = relative(realRoot, real)
    if (!isInside(target)) return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } }
    // Links to folders are not followed: that is how a walk loops forever.
    if (!statSync(real).isFile()) return { type: 'none' }
    return { type: 'link', path, target: target.split(sep).join('/') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // Deleted but still tracked, or a dangling link: there is nothing to scan.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { type: 'none' }
    return { type: 'skipped', skipped: { path, reason: 'unreadable', detail: code ?? String(error) } }
  }
}

/** A path relative to the real root stays inside it ('' is the root itself). */
function isInside(relativePath: string): boolean {
  return !isAbsolute(relativePath) && relativePath.split(sep)[0] !== '..'
}
