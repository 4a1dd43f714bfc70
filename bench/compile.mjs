/**
 * Compiles TypeScript entry points (and what they import) with the project's tsc into `outDir`, as ES modules,
 * without type checking: benches run the sources, not dist/. Returns a loader for the compiled files.
 */
import { execFile, execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { rewriteDir } from '../scripts/eager-modules.mjs'

export const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * A fresh folder for compiled files inside the project (node_modules/.cache), so their imports of packages
 * resolve to the project's node_modules. The caller removes it.
 */
export async function compileDir() {
  const cache = join(PROJECT, 'node_modules', '.cache')
  await mkdir(cache, { recursive: true })
  return mkdtemp(join(cache, 'llm-env-lint-bench-'))
}

/** `inputs` are paths relative to the project; the loader takes them with `.js` for `.ts`. */
export async function compile(outDir, inputs) {
  const tsc = join(PROJECT, 'node_modules', 'typescript', 'bin', 'tsc')
  await promisify(execFile)(process.execPath, [
    tsc, '--ignoreConfig', '--outDir', outDir, '--rootDir', PROJECT, '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--target', 'es2022', '--types', 'node', '--skipLibCheck', '--noCheck', '--declaration', 'false',
    ...inputs.map((p) => join(PROJECT, p))
  ], { cwd: PROJECT })
  await writeFile(join(outDir, 'package.json'), '{"type":"module"}\n')
  // Test helpers register jest hooks (afterAll) at load time; outside jest they are no-ops, the bench cleans up.
  const globals = join(outDir, 'node_modules', '@jest', 'globals')
  await mkdir(globals, { recursive: true })
  await writeFile(join(globals, 'package.json'), '{"name":"@jest/globals","type":"module","main":"index.js"}\n')
  await writeFile(join(globals, 'index.js'), 'const none = () => {}\nexport const afterAll = none, afterEach = none, beforeAll = none, beforeEach = none\n')
  return (path) => import(pathToFileURL(join(outDir, path)).href)
}

/**
 * `scanRepository` bundled from src/engine/scan.ts with ncc into `outDir` (for `bench/harness.mjs`): the sources
 * measured as a bundle, without rebuilding dist/, with the build's eager module wrappers. Returns the bundle's path.
 */
export function bundleScanHarness(outDir) {
  execFileSync(join(PROJECT, 'node_modules/.bin/ncc'), ['build', 'src/engine/scan.ts', '-o', outDir, '--quiet', '--transpile-only'], {
    cwd: PROJECT,
    stdio: 'inherit'
  })
  rewriteDir(outDir)
  return join(outDir, readdirSync(outDir).find((name) => /^index\.(m?js)$/.test(name)))
}
