/**
 * The key regex the minimal scanner runs: the one combined regex of the formats the scan looks for anywhere
 * (src/providers/catalog.ts `textScanRegex`), derived from the registry at bench time and cached in
 * bench/tree/.key-regex.json (git-ignored), keyed by a hash of src/providers/, so no key-shaped text is written into
 * the repository and the floor follows the registry.
 *
 *   node bench/key-regex.mjs   → derives it when the cache is missing or stale, prints its size
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { compile, compileDir, PROJECT } from './compile.mjs'

export const KEY_REGEX_FILE = join(PROJECT, 'bench', 'tree', '.key-regex.json')
const PROVIDERS = join(PROJECT, 'src', 'providers')

/** The cached regex as written (no staleness check): what the minimal scanner reads on every run. */
export function cachedKeyRegex() {
  if (!existsSync(KEY_REGEX_FILE)) return undefined
  const { source, flags } = JSON.parse(readFileSync(KEY_REGEX_FILE, 'utf8'))
  return new RegExp(source, flags)
}

/** The regex, derived again when src/providers/ changed since the cache was written. */
export async function keyRegex() {
  const hash = providersHash()
  if (existsSync(KEY_REGEX_FILE) && JSON.parse(readFileSync(KEY_REGEX_FILE, 'utf8')).hash === hash) return cachedKeyRegex()
  const dir = await compileDir()
  try {
    const load = await compile(dir, ['src/providers/catalog.ts'])
    const { textScanRegex } = await load('src/providers/catalog.js')
    const regex = textScanRegex()
    mkdirSync(join(PROJECT, 'bench', 'tree'), { recursive: true })
    writeFileSync(KEY_REGEX_FILE, JSON.stringify({ hash, source: regex.source, flags: regex.flags }))
    return regex
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function providersHash() {
  const hash = createHash('sha256')
  for (const name of readdirSync(PROVIDERS).sort()) hash.update(name).update(readFileSync(join(PROVIDERS, name)))
  return hash.digest('hex')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const regex = await keyRegex()
  console.log(`${KEY_REGEX_FILE}: ${regex.source.length} characters, flags ${regex.flags}`)
}
