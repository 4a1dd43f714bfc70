import { afterAll } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Every folder made here, removed after the test file that made it. */
const made: string[] = []
afterAll(() => Promise.all(made.splice(0).map((root) => rm(root, { recursive: true, force: true }))))

/**
 * Writes `files` (repository-relative path → text) into a fresh temporary folder and returns its path.
 * The folder is removed after the calling test file's last test.
 */
export async function makeRepo(files: Readonly<Record<string, string | Uint8Array>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'llm-env-lint-test-'))
  made.push(root)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), text)
  }
  return root
}
