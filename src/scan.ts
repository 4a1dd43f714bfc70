import { toLintSettings, type Config } from './config/index.js'
import { analyzeFile } from './core/analyze.js'
import { lintFacts } from './core/lint.js'
import type { FileFacts, LintResult, SkippedFile } from './core/types.js'
import { byPath, discoverFiles, isSkippedFile, mapWithConcurrency, readSource } from './discover/index.js'
import { createCatalog } from './providers/catalog.js'

/**
 * Files read at once. Enough to keep the disk and libuv's thread pool busy while the main thread
 * analyses; few enough that at most this many texts (each at most `maxFileSize`) are held at a time.
 */
const READ_CONCURRENCY = 16

export interface ScanOptions {
  readonly config: Config
}

/** The lint result plus every file that was not scanned (also reported as notes among the findings). */
export type ScanResult = LintResult & { readonly skipped: SkippedFile[] }

/**
 * Scans a repository from disk: discover the files, read them a few at a time, analyse each one as
 * soon as it is read and let its text go, then run the rules over what was kept. Memory follows the
 * number of settings and key hits found, not the size of the repository.
 *
 * Throws when `root` is not a readable folder, or when a rule fails (RuleError).
 */
export async function scanRepository(root: string, { config }: ScanOptions): Promise<ScanResult> {
  const settings = toLintSettings(config)
  const catalog = createCatalog(settings.providers)
  const discovery = await discoverFiles(root, { ignore: config.ignore, maxFileSize: config.maxFileSize })
  const outcomes = await mapWithConcurrency(discovery.files, READ_CONCURRENCY, async ({ path }) => {
    const source = await readSource(root, path, config.maxFileSize)
    return isSkippedFile(source) ? source : analyzeFile(source, catalog)
  })
  const facts = outcomes.filter((outcome): outcome is FileFacts => !isSkippedFile(outcome))
  const skipped = [...discovery.skipped, ...outcomes.filter(isSkippedFile)].sort(byPath)
  return { ...lintFacts(facts, settings, skipped, catalog), skipped }
}
