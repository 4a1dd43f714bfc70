import { statSync } from 'node:fs'
import type { DiscoverOptions, Discovery, FileSet } from './types.js'
import { createPathFilter } from './filter.js'
import { listGitFiles, listStagedFiles, readBlobs } from './git.js'
import { inspectCandidates } from './inspect.js'
import { byPath } from './order.js'
import { decodeSource, readSource } from './read.js'
import { walkFiles, type WalkResult } from './walk.js'

export type { DiscoverOptions, DiscoveredFile, Discovery, FileSet } from './types.js'
export { readSource, isSkippedFile } from './read.js'
export { byPath } from './order.js'

/**
 * The files to scan under `root`. Inside a git work tree: what git tracks plus untracked files it does
 * not ignore (deleted-but-tracked files drop out silently). Elsewhere: a walk honouring `.gitignore`
 * files. Either way `.git/`, `node_modules/` and the config's `ignore` patterns are left out, and
 * files over `maxFileSize`, symlinks leaving the root and unreadable entries come back in `skipped`.
 *
 * Throws only when `root` is not a readable folder.
 */
export async function discoverFiles(root: string, options: DiscoverOptions): Promise<Discovery> {
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a directory`)
  const isSkipped = createPathFilter(options.ignore)
  const { paths, unreadable } = await listCandidates(root, isSkipped)
  return inspectCandidates(root, paths, { maxFileSize: options.maxFileSize, isSkipped, skipped: unreadable })
}

/** Git's listing when `root` is in a work tree (filtered here), otherwise a walk that prunes as it goes. */
async function listCandidates(root: string, isSkipped: (path: string, isDirectory: boolean) => boolean): Promise<WalkResult> {
  const listed = await listGitFiles(root)
  if (listed === undefined) return walkFiles(root, isSkipped)
  return { paths: listed.filter((path) => !isSkipped(path, false)), unreadable: [] }
}

/** `--staged` outside a git work tree: there is no index to read (a usage error, not a crash). */
export class NoGitIndexError extends Error {
  override readonly name = 'NoGitIndexError'
}

/** The working tree's files ({@link discoverFiles}), read from disk. */
export async function workTreeFiles(root: string, options: DiscoverOptions): Promise<FileSet> {
  const discovery = await discoverFiles(root, options)
  return { ...discovery, read: (path) => readSource(root, path, options.maxFileSize) }
}

/**
 * What the next commit would hold under `root`: each staged file with its staged path and its staged content
 * (`git ls-files --stage`, then every blob in one `git cat-file --batch`), whatever the working tree holds now.
 * Symlinks and submodules hold no text; the config's `ignore` patterns apply as in a working-tree scan.
 *
 * Throws NoGitIndexError when `root` is not in a git work tree.
 */
export async function stagedFiles(root: string, options: DiscoverOptions): Promise<FileSet> {
  const staged = await listStagedFiles(root)
  if (staged === undefined) throw new NoGitIndexError(`${root} is not in a git work tree, so there is no index to scan (--staged)`)
  const isSkipped = createPathFilter(options.ignore)
  const regular = staged.filter((file) => /^100[67]/.test(file.mode) && !isSkipped(file.path, false))
  const blobs = await readBlobs(root, [...new Set(regular.map((file) => file.object))])
  const objects = new Map(regular.map((file) => [file.path, file.object]))
  return {
    files: regular.map((file) => ({ path: file.path, size: blobs.get(file.object)?.length ?? 0 })).sort(byPath),
    skipped: [],
    read(path) {
      const bytes = blobs.get(objects.get(path) ?? '')
      return bytes === undefined ? { path, reason: 'unreadable', detail: 'the staged blob is missing' } : decodeSource(path, bytes, options.maxFileSize)
    }
  }
}
