import { statSync } from 'node:fs'
import type { DiscoverOptions, Discovery } from './types.js'
import { createPathFilter } from './filter.js'
import { listGitFiles } from './git.js'
import { inspectCandidates } from './inspect.js'
import { walkFiles, type WalkResult } from './walk.js'

export type { DiscoverOptions, DiscoveredFile, Discovery } from './types.js'
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
