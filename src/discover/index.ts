import { statSync } from 'node:fs'
import type { DiscoverOptions, Discovery } from './types.js'
import { createPathFilter } from './filter.js'
import { listGitFiles, listIgnoredFiles } from './git.js'
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
 * Gitignored files that `includeIgnored` accepts are added, marked `ignored`.
 *
 * Throws only when `root` is not a readable folder.
 */
export async function discoverFiles(root: string, options: DiscoverOptions): Promise<Discovery> {
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a directory`)
  const isSkipped = createPathFilter(options.ignore)
  const { paths, unreadable, ignored } = await listCandidates(root, isSkipped, options.includeIgnored)
  const discovery = inspectCandidates(root, [...paths, ...ignored], { maxFileSize: options.maxFileSize, isSkipped, skipped: unreadable })
  if (ignored.length === 0) return discovery
  const isIgnored = new Set(ignored)
  return { ...discovery, files: discovery.files.map((file) => (isIgnored.has(file.path) ? { ...file, ignored: true } : file)) }
}

/** Git's listing when `root` is in a work tree (filtered here), otherwise a walk that prunes as it goes. */
async function listCandidates(
  root: string,
  isSkipped: (path: string, isDirectory: boolean) => boolean,
  includeIgnored?: (path: string) => boolean
): Promise<WalkResult> {
  const listed = await listGitFiles(root)
  if (listed === undefined) return walkFiles(root, isSkipped, includeIgnored)
  const ignored = includeIgnored ? (await listIgnoredFiles(root)).filter((path) => !isSkipped(path, false) && includeIgnored(path)) : []
  return { paths: listed.filter((path) => !isSkipped(path, false)), unreadable: [], ignored }
}
