import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path'
import type { SkippedFile } from '../core/types.js'
import type { DiscoveredFile, DiscoverOptions, Discovery, FileSet } from './types.js'
import { createPathFilter } from './filter.js'
import { blobSizes, listGitFiles, listIgnoredFiles, listStagedFiles, readBlobs } from './git.js'
import { inspectCandidates, inspectInTwoTurns, type Candidates } from './inspect.js'
import { byPath } from './order.js'
import { decodeSource, readRoot, readSource } from './read.js'
import { walkFiles, type WalkResult } from './walk.js'

export type { DiscoverOptions, DiscoveredFile, Discovery, FileSet } from './types.js'
export { readRoot, readSource, isSkippedFile, isStreamed, chunkDecoder, CHUNK_BYTES, type ReadResult, type StreamedSource } from './read.js'
export { ioCounts, resetIoCounts } from './counts.js'
export { byPath } from './order.js'

/**
 * The files to scan under `root`. Inside a git work tree: what git tracks plus untracked files it does
 * not ignore (deleted-but-tracked files drop out silently). Elsewhere: a walk honouring `.gitignore`
 * files. Either way `.git/`, `node_modules/` and the config's `ignore` patterns are left out, and
 * symlinks leaving the root and unreadable entries come back in `skipped` (files over `maxFileSize` are
 * told apart when read: their descriptor says how large they are). Gitignored files that
 * `includeIgnored` accepts are added, marked `ignored`.
 *
 * Inside a work tree the folder is walked too, while git lists it in its own process: the walk's directory
 * entries say which paths are plain files, so only links and the few paths git lists that the walk did not
 * see (files added with `--force` under an ignored folder, paths through a folder replaced by a link) are
 * looked at one by one. git is not run at all when no `.git` is up the tree.
 *
 * Throws only when `root` is not a readable folder.
 */
export async function discoverFiles(root: string, options: DiscoverOptions): Promise<Discovery> {
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a directory`)
  const isSkipped = createPathFilter(options.ignore)
  const { includeIgnored } = options
  // A root that holds nothing but `.git` (an empty repository): whatever git would list is gone from the work tree,
  // and so dropped anyway; one readdir spares the spawn.
  const inRepository = mayBeInGitRepository(root) && readdirSync(root).some((name) => name !== '.git')
  // Started before the walk, which blocks this thread while git works in its own process. For a selection, the
  // tracked files (git reads its index) apart from the untracked ones (git walks the tree): the scan starts on the first.
  const inTurns = inRepository && options.select !== undefined
  const tracked = inTurns ? listGitFiles(root, 'tracked') : undefined
  const untracked = inTurns ? listGitFiles(root, 'untracked') : undefined
  const wholeListing = inRepository && !inTurns ? listGitFiles(root) : Promise.resolve(undefined)
  // A selection's two listings are joined (20,000 paths into one more array) only when something asks for them all.
  let joined: Promise<readonly string[] | undefined> | undefined
  const listing = (): Promise<readonly string[] | undefined> => (joined ??= tracked && untracked ? bothListings(tracked, untracked) : wholeListing)
  const ignoredListing = inRepository && includeIgnored ? listIgnoredFiles(root) : Promise.resolve([])
  const ignoredOf = async (walked?: WalkResult): Promise<string[]> => ignoredFiles(root, { walked, listing, inRepository, ignoredListing, isSkipped, includeIgnored })
  const selected = tracked && untracked && (await selectedFromGit(root, { tracked, untracked, ignored: ignoredOf }, options.select, isSkipped))
  if (selected) return selected
  const candidates = await walkedCandidates(root, listing(), options.select, isSkipped, inRepository ? undefined : includeIgnored)
  const ignored = await ignoredOf(candidates.walked)
  return markIgnored(inspectCandidates(root, { ...candidates, unsure: [...candidates.unsure, ...ignored] }, isSkipped), ignored)
}

/** Git's tracked and untracked files together, as one listing of them all: undefined when either is. */
async function bothListings(tracked: Promise<string[] | undefined>, untracked: Promise<string[] | undefined>): Promise<string[] | undefined> {
  const [first, rest] = await Promise.all([tracked, untracked])
  return first && rest && [...new Set([...first, ...rest])]
}

/** The files of `discovery` that git ignores (`includeIgnored`), marked so. */
function markIgnored(discovery: Discovery, ignored: readonly string[]): Discovery {
  if (ignored.length === 0) return discovery
  const isIgnored = new Set(ignored)
  return { ...discovery, files: discovery.files.map((file) => (isIgnored.has(file.path) ? { ...file, ignored: true } : file)) }
}

/**
 * scope: changed in a work tree: git's listing narrowed by `select`, each path then looked at by itself (`lstat`), so
 * the work follows the selection rather than the tree, and no folder is walked. The tracked files come first; the
 * untracked ones (and the ignored ones `includeIgnored` asks for) follow in `later`, when git has walked the tree, so
 * the scan reads the first while git works. Undefined when git could not list the tracked files or the change is
 * unknown: every file is then walked as in a full scan.
 */
async function selectedFromGit(
  root: string,
  listings: {
    readonly tracked: Promise<readonly string[] | undefined>
    /** Undefined only when git failed after listing the tracked files: then there are none to add. */
    readonly untracked: Promise<readonly string[] | undefined>
    readonly ignored: () => Promise<string[]>
  },
  selecting: DiscoverOptions['select'],
  isSkipped: ReturnType<typeof createPathFilter>
): Promise<Discovery | undefined> {
  if (selecting === undefined) return undefined
  const [listed, select] = await Promise.all([listings.tracked, selecting])
  if (listed === undefined || select === undefined) return undefined
  const wanted = (path: string): boolean => select(path) && !isSkipped(path, false)
  const first = listed.filter(wanted)
  // A wanted path git lists both ways (added to the index between the two listings) is among the wanted tracked ones.
  const firstPaths = new Set(first)
  const ignored = listings.ignored()
  const rest = Promise.all([listings.untracked, ignored]).then(([untracked = [], ignoredPaths]) => [
    ...untracked.filter((path) => wanted(path) && !firstPaths.has(path)),
    ...ignoredPaths
  ])
  const turns = inspectInTwoTurns(root, first, rest, isSkipped)
  return { ...turns, later: Promise.all([turns.later, ignored]).then(([later, ignoredPaths]) => markIgnored(later, ignoredPaths)) }
}

/** The walk's candidates (git's listing, when there is one, says which of its paths count), narrowed by `select`. */
async function walkedCandidates(
  root: string,
  listing: Promise<readonly string[] | undefined>,
  selecting: DiscoverOptions['select'],
  isSkipped: (path: string, isDirectory: boolean) => boolean,
  includeIgnored: ((path: string) => boolean) | undefined
): Promise<Candidates & { readonly walked: WalkResult }> {
  const walked = walkFiles(root, isSkipped, includeIgnored)
  const listed = await listing
  const all = listed === undefined ? fromWalk(walked) : fromGit(walked, listed, isSkipped)
  const select = await selecting
  return { ...(select ? { ...all, files: all.files.filter(select), unsure: all.unsure.filter(select) } : all), walked }
}

/** The gitignored files `includeIgnored` accepts: git's list in a work tree, else the walk's. */
async function ignoredFiles(
  root: string,
  { walked, listing, inRepository, ignoredListing, isSkipped, includeIgnored }: {
    readonly walked: WalkResult | undefined
    /** Git's listing of the files it would commit: undefined when git could not list them. */
    readonly listing: () => Promise<readonly string[] | undefined>
    readonly inRepository: boolean
    readonly ignoredListing: Promise<string[]>
    readonly isSkipped: (path: string, isDirectory: boolean) => boolean
    readonly includeIgnored: ((path: string) => boolean) | undefined
  }
): Promise<string[]> {
  if (includeIgnored === undefined) return []
  if ((await listing()) !== undefined) return (await ignoredListing).filter((path) => !isSkipped(path, false) && includeIgnored(path))
  // A work tree whose git refused to list it (a root git ignores): walked without looking into ignored folders.
  return inRepository || walked === undefined ? walkFiles(root, isSkipped, includeIgnored).ignored : walked.ignored
}

/** A walk's findings as they are: files trusted, links to look at. */
function fromWalk(walked: WalkResult): Candidates {
  return { files: walked.files, unsure: walked.links, skipped: walked.unreadable }
}

/**
 * Git's listing, with the walk telling which of its paths are plain files. A walked path git does not list is
 * left out (ignored by `.git/info/exclude` or a global excludes file, or above the root's own `.gitignore`s).
 * Folders the walk could not list are git's to judge: their files are looked at one by one.
 */
function fromGit(walked: WalkResult, listed: readonly string[], isSkipped: (path: string, isDirectory: boolean) => boolean): Candidates {
  const gitListed = new Set(listed)
  const files = walked.files.filter((path) => gitListed.has(path))
  const seen = new Set([...walked.files, ...walked.links])
  const links = walked.links.filter((path) => gitListed.has(path))
  const others = listed.filter((path) => !seen.has(path) && !isSkipped(path, false))
  return { files, unsure: [...links, ...others], skipped: [] }
}

/**
 * Whether git could find a repository for `root`: `GIT_DIR` is set, or a `.git` (a folder, or the file of a linked
 * work tree) is in it or a folder above, by its path as given or its real path, short of the folders
 * `GIT_CEILING_DIRECTORIES` names (git does not go up into those). Outside one, git is not spawned: it would only fail.
 */
function mayBeInGitRepository(root: string): boolean {
  if (process.env.GIT_DIR) return true
  const ceilings = ceilingDirectories(process.env.GIT_CEILING_DIRECTORIES)
  const hasGitAbove = (start: string): boolean => {
    for (let dir = start; ; ) {
      if (existsSync(join(dir, '.git'))) return true
      const up = dirname(dir)
      if (up === dir || ceilings.has(up)) return false
      dir = up
    }
  }
  return hasGitAbove(resolve(root)) || hasGitAbove(realpathSync(root))
}

/** The absolute paths of a `GIT_CEILING_DIRECTORIES` value (a PATH-style list), as given and as real paths. */
function ceilingDirectories(value: string | undefined): ReadonlySet<string> {
  const ceilings = new Set<string>()
  for (const entry of value?.split(delimiter) ?? []) {
    if (!isAbsolute(entry)) continue // git ignores relative entries (and an empty one only changes symlink handling)
    ceilings.add(resolve(entry))
    try {
      ceilings.add(realpathSync(entry))
    } catch {
      // a ceiling that does not exist holds no repository anyway
    }
  }
  return ceilings
}

/** `--staged` outside a git work tree: there is no index to read (a usage error, not a crash). */
export class NoGitIndexError extends Error {
  override readonly name = 'NoGitIndexError'
}

/** The working tree's files ({@link discoverFiles}), read from disk. */
export async function workTreeFiles(root: string, options: DiscoverOptions): Promise<FileSet> {
  const discovery = await discoverFiles(root, options)
  const base = readRoot(root)
  return { ...discovery, read: (path, wholeUpTo = Infinity) => readSource(base, path, { maxFileSize: options.maxFileSize, wholeUpTo }) }
}

/** Staged blobs read per `git cat-file --batch` run: the most of the index held in memory at once. */
const STAGED_BATCH_BYTES = 32 * 1024 * 1024

/**
 * What the next commit would hold under `root`: each staged file with its staged path and its staged content
 * (`git ls-files --stage`, sizes from `git cat-file --batch-check`, then the blobs from `git cat-file --batch`, a
 * batch of up to 32 MiB at a time as the scan asks for them), whatever the working tree holds now. Symlinks and
 * submodules hold no text; the config's `ignore` patterns and `maxFileSize` apply as in a working-tree scan.
 *
 * Throws NoGitIndexError when `root` is not in a git work tree.
 */
export async function stagedFiles(root: string, options: DiscoverOptions, batchBytes = STAGED_BATCH_BYTES): Promise<FileSet> {
  const staged = await listStagedFiles(root)
  if (staged === undefined) throw new NoGitIndexError(`${root} is not in a git work tree, so there is no index to scan (--staged)`)
  const isSkipped = createPathFilter(options.ignore)
  const regular = staged.filter((file) => /^100[67]/.test(file.mode) && !isSkipped(file.path, false)).sort(byPath)
  const sizes = await blobSizes(root, [...new Set(regular.map((file) => file.object))])
  const files: (DiscoveredFile & { readonly size: number; readonly object: string })[] = []
  const skipped: SkippedFile[] = []
  for (const { path, object } of regular) {
    const size = sizes.get(object)
    if (size === undefined) skipped.push({ path, reason: 'unreadable', detail: 'the staged blob is missing' })
    else if (size > options.maxFileSize) skipped.push({ path, reason: 'too-large', detail: `${size} bytes` })
    else files.push({ path, size, object })
  }
  const index = new Map(files.map((file, i) => [file.path, i]))
  let batch = new Map<string, Buffer>()
  /** The blobs of the files from `first` on, up to `batchBytes` (at least one). */
  const loadBatch = async (first: number): Promise<void> => {
    let bytes = 0
    let end = first
    while (end < files.length && (end === first || bytes + files[end]!.size <= batchBytes)) bytes += files[end++]!.size
    batch = await readBlobs(root, [...new Set(files.slice(first, end).map((file) => file.object))])
  }
  return {
    files: files.map(({ path }) => ({ path })),
    skipped,
    async read(path) {
      const at = index.get(path)
      const object = at === undefined ? undefined : files[at]!.object
      if (object === undefined) return { path, reason: 'unreadable', detail: 'not staged' }
      if (!batch.has(object)) await loadBatch(at!)
      const bytes = batch.get(object)
      return bytes === undefined ? { path, reason: 'unreadable', detail: 'the staged blob is missing' } : decodeSource(path, bytes, options.maxFileSize)
    }
  }
}
