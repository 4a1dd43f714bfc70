import { toLintSettings, type Config } from '../config/index.js'
import { historyFacts, type CommittedLine } from './history.js'
import { lintFacts } from './lint.js'
import type { ConfigFileRead, FileFacts, FileInventory, LintSettings, SkippedFile } from '../core/types.js'
import type { DiscoveredFile } from '../discover/index.js'
import type { LintResult } from './types.js'
import { byPath, isSkippedFile, stagedFiles, workTreeFiles } from '../discover/index.js'
import { createPathFilter } from '../discover/filter.js'
import { keysAddedInHistory } from '../discover/history.js'
import { changedSelection, hasUnplacedKeys } from './scope.js'
import { isClaimedBy, kindsFor, loadParsers } from '../sources/index.js'
import { PARSE_CAP_BYTES } from '../sources/limits.js'
import { createCatalog } from '../providers/catalog.js'
import { fileOutcome, type FileOutcome } from './outcome.js'
import { scanInWorkers, threadsFor, threadsSetting } from './workers.js'
import type { ProviderCatalog } from '../providers/types.js'

export interface ScanOptions {
  readonly config: Config
  /**
   * Lines a pull request's commits added: keys found there and gone from the tree are still leaks. May still be
   * coming from git: awaited once the files are read.
   */
  readonly history?: readonly CommittedLine[] | PromiseLike<readonly CommittedLine[]>
  /**
   * `scope: changed`: the root-relative paths a pull request changes, still coming from git while the files are
   * listed; of the files no parser or client fingerprint reads, only these are read (engine/scope.ts). Resolving to
   * undefined (the change is unknown): every file.
   */
  readonly changed?: PromiseLike<ReadonlySet<string> | undefined>
  /** Secret values by name, for rules that judge what a `${{ secrets.X }}` holds (`LintSettings.secretValues`). */
  readonly secretValues?: ReadonlyMap<string, string>
  /** Read the env files git ignores (a local `.env.local`) too; their findings say they are not committed. */
  readonly includeIgnored?: boolean
  /** Scan what the git index holds (`--staged`: what the next commit would hold) instead of the working tree. */
  readonly staged?: boolean
  /**
   * Report only on these root-relative paths (files named on the command line). The other files are still read,
   * for client detection, pairing and `env_file`s, but their findings and skips are left out.
   */
  readonly only?: ReadonlySet<string>
  /**
   * Also read every commit reachable from HEAD (after `since` when set) for keys added and removed again
   * (`--history`). Throws GitError when git cannot read that history.
   */
  readonly gitHistory?: { readonly since?: string }
  /** Threads that scan the files (`1`: the main thread alone); default: `LLM_ENV_LINT_THREADS`, else by cores and bytes (`threadsFor`). */
  readonly threads?: number
}

/**
 * The lint result plus every file that was not scanned (also reported as notes among the findings), and
 * the settings and registry it was linted with, for later steps (probes, reports) to reuse.
 */
export type ScanResult = LintResult & {
  readonly skipped: SkippedFile[]
  readonly files: FileInventory
  readonly settings: LintSettings
  readonly catalog: ProviderCatalog
  /** The paths `only` names that were neither listed for scanning nor reported as skipped (git ignores them, say). */
  readonly unlisted: readonly string[]
}

/**
 * Scans a repository from disk: discover the files, then read and analyse them one at a time, letting
 * each text go as soon as its facts are taken, and run the rules over what was kept. A file over the parse cap
 * is scanned for keys chunk by chunk (`analyzeStream`). Memory follows
 * the number of settings and key hits found, not the size of the repository or of its largest file. Reads
 * are synchronous (see readSource): on 2 cores that beats overlapping promise-based reads with the analysis.
 *
 * Throws when `root` is not a readable folder, or when a rule fails (RuleError).
 */
export async function scanRepository(root: string, scanOptions: ScanOptions): Promise<ScanResult> {
  const { config, history = [], secretValues, includeIgnored, staged = false, only, gitHistory, changed, threads } = scanOptions
  const settings = { ...toLintSettings(config), ...(secretValues && { secretValues }), ...(staged && { staged }) }
  const catalog = createCatalog(settings.providers)
  const options = {
    ignore: config.ignore,
    maxFileSize: config.maxFileSize,
    ...(includeIgnored && { includeIgnored: (path: string) => isClaimedBy('dotenv', path) }),
    ...(changed && { select: changedSelection(changed) })
  }
  // Git reads the history beside the scan; awaited after the files (the catch only keeps an early throw handled).
  const past = gitHistory && keysAddedInHistory(root, { ...gitHistory, findKeys: (text) => catalog.scanText(text), isSkipped: createPathFilter(config.ignore) })
  past?.catch(() => {})
  const fileSet = staged ? await stagedFiles(root, options) : await workTreeFiles(root, options)
  const reported = (path: string): boolean => only === undefined || only.has(path)
  const facts: FileFacts[] = []
  const read: ConfigFileRead[] = []
  const skipped = fileSet.skipped.filter((file) => reported(file.path))
  let scannedFiles = 0
  // Workers hook (./workers.ts): the working tree's files in worker threads; any file they did not answer for is
  // scanned below as on one thread.
  const workers = staged ? 1 : (threads ?? threadsFor(fileSet.files, threadsSetting()))
  // Only the parsers (and YAML/TOML/JSON libraries) the listed files may need, before the synchronous analysis.
  const parsers = loadParsers(kindsFor(fileSet.files.map((file) => file.path)))
  const pooled = workers > 1 ? await scanInWorkers(root, fileSet.files, { threads: workers, maxFileSize: config.maxFileSize, providers: settings.providers }) : undefined
  await parsers
  /** A file read and analysed here. Awaited only when it is a promise (the index's batches): working-tree reads stay synchronous. */
  const scanHere = (path: string): FileOutcome | Promise<FileOutcome> => {
    // A file over the parse cap would only be key-scanned anyway: it comes as a stream.
    const reading = fileSet.read(path, PARSE_CAP_BYTES)
    return reading instanceof Promise ? reading.then((source) => fileOutcome(source, catalog)) : fileOutcome(reading, catalog)
  }
  /** One listed file's outcome into the facts, or the skipped files. */
  const keep = ({ path, ignored }: DiscoveredFile, outcome: FileOutcome): void => {
    if (outcome !== null && isSkippedFile(outcome)) {
      if (reported(path)) skipped.push(outcome)
      return
    }
    if (reported(path)) scannedFiles++
    if (outcome === null) return
    const file = ignored ? { ...outcome, uncommitted: true } : outcome
    if (file.matchedBy) read.push({ path, kind: file.kind, matchedBy: file.matchedBy, ...(ignored && { uncommitted: true }) })
    facts.push(file)
  }
  for (let at = 0; at < fileSet.files.length; at++) {
    const file = fileSet.files[at]!
    const answered = pooled?.outcomes[at]
    const outcome = answered === undefined ? scanHere(file.path) : answered
    keep(file, outcome instanceof Promise ? await outcome : outcome)
  }
  // Files listed later (git's untracked ones, on a pull request) come after, and everything back in path order.
  const later = await fileSet.later
  if (later && (later.files.length > 0 || later.skipped.length > 0)) {
    await loadParsers(kindsFor(later.files.map((file) => file.path)))
    for (const file of later.files) keep(file, await scanHere(file.path))
    skipped.push(...later.skipped.filter((file) => reported(file.path)))
    facts.sort(byPath)
    read.sort(byPath)
  }
  skipped.sort(byPath)
  const committed = await history
  // scope: changed, when a key the PR's commits added is in no file read: it may stand in one not read.
  if ((await options.select) && hasUnplacedKeys(committed, facts, catalog)) return scanRepository(root, { ...scanOptions, history: committed, changed: undefined })
  const pastLines = ((await past)?.lines ?? []).filter((line) => reported(line.file)).map((line) => ({ ...line, history: 'repository' as const }))
  facts.push(...historyFacts([...committed, ...pastLines], catalog))
  const result = lintFacts(facts, settings, { skipped, catalog, scannedFiles })
  const findings = only === undefined ? result.findings : result.findings.filter((finding) => reported(finding.file))
  return { ...result, findings, skipped, files: { read, skipped }, settings, catalog, unlisted: only === undefined ? [] : notListed(only, [fileSet.files, fileSet.skipped, later?.files ?? [], later?.skipped ?? []]) }
}

/** The named paths in none of the lists, in their order (a set of every listed path cost a scan's end several MB). */
function notListed(named: ReadonlySet<string>, lists: readonly (readonly { readonly path: string }[])[]): string[] {
  const missing = new Set(named)
  for (const list of lists) for (const file of list) missing.delete(file.path)
  return [...missing]
}
