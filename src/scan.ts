import { toLintSettings, type Config } from './config/index.js'
import { analyzeFile, isEmptyFacts } from './core/analyze.js'
import { historyFacts, type CommittedLine } from './core/history.js'
import { lintFacts } from './core/lint.js'
import type { FileFacts, LintResult, LintSettings, SkippedFile } from './core/types.js'
import { byPath, discoverFiles, isSkippedFile, readSource } from './discover/index.js'
import { createCatalog } from './providers/catalog.js'
import type { ProviderCatalog } from './providers/types.js'

export interface ScanOptions {
  readonly config: Config
  /** Lines a pull request's commits added: keys found there and gone from the tree are still leaks. */
  readonly history?: readonly CommittedLine[]
  /** Secret values by name, for rules that judge what a `${{ secrets.X }}` holds (`LintSettings.secretValues`). */
  readonly secretValues?: ReadonlyMap<string, string>
}

/**
 * The lint result plus every file that was not scanned (also reported as notes among the findings), and
 * the settings and registry it was linted with, for later steps (probes, reports) to reuse.
 */
export type ScanResult = LintResult & {
  readonly skipped: SkippedFile[]
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
export async function scanRepository(root: string, { config, history = [], secretValues }: ScanOptions): Promise<ScanResult> {
  const settings = { ...toLintSettings(config), ...(secretValues && { secretValues }) }
  const catalog = createCatalog(settings.providers)
  const discovery = await discoverFiles(root, { ignore: config.ignore, maxFileSize: config.maxFileSize })
  const facts: FileFacts[] = []
  const skipped = [...discovery.skipped]
  let scannedFiles = 0
  for (const { path } of discovery.files) {
    const source = readSource(root, path, config.maxFileSize)
    if (isSkippedFile(source)) {
      skipped.push(source)
      continue
    }
    scannedFiles++
    const analysed = analyzeFile(source, catalog)
    if (!isEmptyFacts(analysed)) facts.push(analysed)
  }
  skipped.sort(byPath)
  facts.push(...historyFacts(history, catalog))
  return { ...lintFacts(facts, settings, { skipped, catalog, scannedFiles }), skipped, settings, catalog }
}
