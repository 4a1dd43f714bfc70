/**
 * Golden files: expected outputs kept in __tests__/golden/ and compared byte for byte.
 * `UPDATE_GOLDEN=1 npm test -- <paths>` rewrites them; review the diff before committing.
 */
import { expect } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where golden files live. */
export const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden')

/**
 * Compares `actual` with `<dir>/<name>` (default dir `__tests__/golden/`; name with its extension:
 * `pr-comment.md`, `report.sarif.json`), or writes it when UPDATE_GOLDEN=1.
 */
export function expectGolden(name: string, actual: string, dir: string = GOLDEN_DIR): void {
  const path = join(dir, name)
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npm test -- <this test>`)
  expect(actual).toBe(readFileSync(path, 'utf8'))
}
