import type { SkippedFile, SourceFile } from '../core/types.js'
import type { ReadResult } from './read.js'

/** What discovery needs from the settings. */
export interface DiscoverOptions {
  /** Gitignore-style patterns relative to the root; matching files are left out silently. */
  readonly ignore: readonly string[]
  /** Files larger than this many bytes are skipped as `too-large` (told when they are read). */
  readonly maxFileSize: number
  /** Gitignored files to read all the same (`--include-ignored`: local env files); unset: none. */
  readonly includeIgnored?: (path: string) => boolean
  /**
   * Narrows the listed paths before they are looked at (`scope: changed`: the files the model needs and the changed
   * ones), awaited once the listing is done, so git can work it out meanwhile. Unset or undefined: every path.
   */
  readonly select?: PromiseLike<((path: string) => boolean) | undefined>
}

/** A file to scan: its repository-relative path ('/' separators). */
export interface DiscoveredFile {
  readonly path: string
  /** Git ignores it: read only because `includeIgnored` asked for it, and not committed. */
  readonly ignored?: boolean
}

export interface Discovery {
  /** Sorted by path (code unit order, so the same on every machine). */
  readonly files: DiscoveredFile[]
  /** Files that exist but will not be scanned, with the reason; sorted by path. */
  readonly skipped: SkippedFile[]
  /**
   * More files, found after these (`scope: changed`: the untracked ones, which git lists only once it has walked the
   * tree): scanned after `files`, none of them among `files`, each list sorted by path. Never rejects.
   */
  readonly later?: Promise<Discovery>
}

/** The files of one scan and how to read each: from the working tree, or from the git index (`--staged`). */
export interface FileSet extends Discovery {
  /**
   * Reads and decodes one of `files`, in the order they are listed; never rejects (a file that cannot be read comes
   * back skipped). A file over `wholeUpTo` bytes (unset: none) may come back as a stream of chunks (`readSource`), to be consumed
   * before the next read. Synchronous for the working tree; the index's blobs come from git in batches, whole.
   */
  read(path: string, wholeUpTo?: number): ReadResult | Promise<SourceFile | SkippedFile>
}
