/**
 * `scope: changed` (a pull request costs its change): which files a scan reads, and when. The files the repository's
 * model rests on — any a parser may read, any a client fingerprint may come from — are read in full first, while
 * git lists the change beside the scan; of the other files, which are only searched for keys, just the changed ones
 * are read after. Findings on the changed lines are those of a full scan: a changed file is read whole, and every
 * rule but `leaked-key` judges only the files the model rests on.
 */
import { mayFingerprint } from '../clients/fingerprints.js'
import type { ProviderCatalog } from '../providers/types.js'
import { mayParse } from '../sources/index.js'
import type { CommittedLine } from './history.js'

export interface ChangedScope {
  /** Root-relative paths the pull request changes; undefined when they could not be listed (every file is read). */
  readonly paths: PromiseLike<ReadonlySet<string> | undefined>
  /** Lines the pull request's commits added (`ScanOptions.history`). */
  readonly history: PromiseLike<readonly CommittedLine[]>
  readonly catalog: ProviderCatalog
  /** The keys found in the files read so far. */
  readonly keysFound: () => ReadonlySet<string>
}

/** Whether the model may need a file whatever the change: by its path, before reading it. */
export const isModelFile = (path: string): boolean => mayParse(path) || mayFingerprint(path)

/**
 * The files to read, in batches, each awaited only when the previous one is read: the model's files; the changed
 * ones among the rest; and, when a key the PR's commits added is in none of them, the rest after all — it may still
 * stand in a file not read, and `leaked-key` reports a key where it stands rather than as a history leak.
 */
export async function* changedScopeBatches<F extends { readonly path: string }>(files: readonly F[], scope: ChangedScope): AsyncGenerator<readonly F[]> {
  const model = files.filter((file) => isModelFile(file.path))
  const others = files.filter((file) => !isModelFile(file.path))
  yield model
  const paths = await scope.paths
  if (paths === undefined) {
    yield others
    return
  }
  yield others.filter((file) => paths.has(file.path))
  const found = scope.keysFound()
  const committed = await scope.history
  if (committed.some((line) => scope.catalog.scanText(line.text).some((match) => !found.has(match.token)))) {
    yield others.filter((file) => !paths.has(file.path))
  }
}
