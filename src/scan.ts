import { toLintSettings, type Config } from './config/index.js'
import { analyzeFile, isEmptyFacts } from './core/analyze.js'
import { historyFacts, type CommittedLine } from './core/history.js'
import { lintFacts } from './core/lint.js'
import type { ConfigFileRead, FileFacts, FileInventory, LintResult, LintSettings, SkippedFile } from './core/types.js'
import { byPath, discoverFiles, isSkippedFile, readSource } from './discover/index.js'
import { dotenvParser } from './sources/dotenv.js'
import { createCatalog } from './providers/catalog.js'
import type { ProviderCatalog } from './providers/types.js'

export interface ScanOptions {
  readonly config: Config
  /** Lines a pull request's commits added: keys found there and gone from the tree are still leaks. */
  readonly history?: readonly CommittedLine[]
  /** Secret values by name, for rules that judge what a `${{ secrets.X }}` holds (`LintSettings.secretValues`). */
  readonly secretValues?: ReadonlyMap<string, string>
  /** Read the env files git ignores (a local `.env.local`) too; their findings say they are not committed. */
  readonly includeIgnored?: boolean
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
}

/**
 * Scans a repository from disk: discover the files, then read and analyse them one at a time, letting
 * each text go as soon as its facts are taken, and run the rules over what was kept. Memory follows
 * the number of settings and key hits found, not the size of the repository. Reads are synchronous
 * (see readSource): on 2 cores that beats overlapping promise-based reads with the analysis.
 *
 * Throws when `root` is not a readable folder, or when a rule fails (RuleError).
 */
export async function scanRepository(root: string, { config, history = [], secretValues, includeIgnored }: ScanOptions): Promise<ScanResult> {
  const settings = { ...toLintSettings(config), ...(secretValues && { secretValues }) }
  const catalog = createCatalog(settings.providers)
  const discovery = await discoverFiles(root, {
    ignore: config.ignore,
    maxFileSize: config.maxFileSize,
    ...(includeIgnored && { includeIgnored: (path: string) => dotenvParser.matches(path) })
  })
  const facts: FileFacts[] = []
  const read: ConfigFileRead[] = []
  const skipped = [...discovery.skipped]
  let scannedFiles = 0
  for (const { path, ignored } of discovery.files) {
    const source = readSource(root, path, config.maxFileSize)
    if (isSkippedFile(source)) {
      skipped.push(source)
      continue
    }
    scannedFiles++
    const analysed = analyzeFile(source, catalog)
    const file = ignored ? { ...analysed, uncommitted: true } : analysed
    if (file.matchedBy) read.push({ path, kind: file.kind, matchedBy: file.matchedBy, ...(ignored && { uncommitted: true }) })
    if (!isEmptyFacts(file)) facts.push(file)
  }
  skipped.sort(byPath)
  facts.push(...historyFacts(history, catalog))
  const result = lintFacts(facts, settings, { skipped, catalog, scannedFiles })
  return { ...result, skipped, files: { read, skipped }, settings, catalog }
}
