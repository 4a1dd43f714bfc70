import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fillFakeKeys } from './keys.js'

/**
 * Copies a fixture repository into a temporary folder, filling `{{fake:<name>}}` markers with generated
 * keys on the way, so fixtures never store a whole key. Returns the folder and a cleanup function.
 */
export function materializeFixture(source: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'llm-env-lint-fixture-'))
  copyFilled(source, root)
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

/** Writes a map of relative paths to texts (keys filled) into a new temporary folder. */
export function writeRepo(files: Readonly<Record<string, string>>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'llm-env-lint-repo-'))
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, path)
    mkdirSync(join(target, '..'), { recursive: true })
    writeFileSync(target, fillFakeKeys(text))
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) }
}

function copyFilled(from: string, to: string): void {
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from)) {
    const source = join(from, name)
    const target = join(to, name)
    if (statSync(source).isDirectory()) copyFilled(source, target)
    else writeFileSync(target, fillFakeKeys(readFileSync(source, 'utf8')))
  }
}
