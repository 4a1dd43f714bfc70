/**
 * `scope: changed` (a pull request costs its change): which files a scan reads. The files the repository's model
 * rests on — any a parser may read, any a client fingerprint may come from — are read in full whatever changed; of
 * the other files, which are only searched for keys, just the ones the pull request changes. Findings on the changed
 * files are those of a full scan: a changed file is read whole, and every rule but `leaked-key` judges only the
 * files the model rests on.
 */
import { fingerprintedPaths, mayFingerprint } from '../clients/fingerprints.js'
import { anyPathOf, matchesPath } from '../core/path-patterns.js'
import type { FileFacts } from '../core/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { mayParse, parsablePaths } from '../sources/index.js'
import type { CommittedLine } from './history.js'

/**
 * The parsers' and the fingerprints' patterns in one pair: asked of every path git lists, they rule out nearly all
 * of them in two regex tests, before the claims are walked.
 */
const modelPaths = anyPathOf([parsablePaths, fingerprintedPaths])

/** Whether the model may need a file whatever the change: by its path, before reading it. */
export const isModelFile = (path: string): boolean => matchesPath(modelPaths, path) && (mayParse(path) || mayFingerprint(path))

/**
 * The discovery filter for a change still coming from git (`DiscoverOptions.select`): the model's files and the
 * changed ones; undefined when the change is unknown, and every file is read.
 */
export async function changedSelection(changed: PromiseLike<ReadonlySet<string> | undefined>): Promise<((path: string) => boolean) | undefined> {
  const paths = await changed
  return paths && ((path) => paths.has(path) || isModelFile(path))
}

/**
 * Whether a key the pull request's commits added is in none of the files read. It may still stand in a file that was
 * not read, and `leaked-key` reports a key where it stands rather than as a history leak: the scan must read them all.
 */
export function hasUnplacedKeys(committed: readonly CommittedLine[], read: readonly FileFacts[], catalog: ProviderCatalog): boolean {
  const found = new Set(read.flatMap((file) => file.keyHits.map((hit) => hit.token)))
  return committed.some((line) => catalog.scanText(line.text).some((match) => !found.has(match.token)))
}
