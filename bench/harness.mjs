/**
 * Scans one folder through a bundle of src/engine/scan.ts with the default settings and prints a summary
 * as JSON: `node bench/harness.mjs <bundle> <root> <maxFileSize>`. Used by run.mjs when the CLI is
 * not built (or with --harness).
 */
import { pathToFileURL } from 'node:url'

const [bundle, root, maxFileSize] = process.argv.slice(2)
const { scanRepository } = await import(pathToFileURL(bundle).href)
const config = { rules: {}, ignore: [], maxFileSize: Number(maxFileSize), providers: [] }
const result = await scanRepository(root, { config })
console.log(JSON.stringify({ findings: result.findings.length, files: result.stats.files, skipped: result.skipped.length }))
