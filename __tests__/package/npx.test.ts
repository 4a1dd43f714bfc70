/**
 * The package as people get it: `npm pack`, installed from the tarball into an empty folder without the network,
 * then run with npx. It carries the committed CLI bundle (dist/cli), which the lead rebuilds from the sources at
 * merge; this test checks the packaging, not that the bundle is current (.ci/run checks that).
 */
import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const PROJECT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const EXAMPLE = join(PROJECT, 'examples', 'nextchat-vercel')
const BUNDLE = join(PROJECT, 'dist', 'cli', 'index.js')
const manifest = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  bin: Record<string, string>
  files: string[]
  engines: { node: string }
  dependencies?: object
}

/** npm with no prompts, no update check and nothing fetched: the tarball has no dependencies to fetch. */
const NPM_ENV = { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_offline: 'true' }

interface Run {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function run(command: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: NPM_ENV, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

const describeBuilt = existsSync(BUNDLE) ? describe : describe.skip
if (!existsSync(BUNDLE)) console.warn(`skipped: ${BUNDLE} is not built (npm run build)`)

describeBuilt('the npm package', () => {
  let temp = ''
  let app = ''
  let packed: { filename: string; files: { path: string }[] }

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'llm-env-lint-pack-'))
    const pack = await run('npm', ['pack', '--json', '--pack-destination', temp], PROJECT)
    expect(pack).toMatchObject({ code: 0 })
    packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!
    app = join(temp, 'app')
    await mkdir(app)
    await writeFile(join(app, 'package.json'), '{ "name": "empty-app", "private": true }\n')
    const install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(temp, packed.filename)], app)
    expect(install).toMatchObject({ code: 0 })
  }, 120_000)

  afterAll(() => rm(temp, { recursive: true, force: true }))

  it('is publishable: not private, no runtime dependencies (all bundled), a bin inside the files it ships', () => {
    expect(manifest).not.toHaveProperty('private')
    expect(manifest.dependencies ?? {}).toEqual({})
    const paths = packed.files.map((file) => file.path)
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', ...Object.values(manifest.bin), 'dist/cli/index.js']))
    expect(paths).toContain('schema/llm-env-lint.schema.json')
    // Only the CLI and the config schema: no sources, tests, fixtures (their key-shaped text) or the action's bundle.
    expect(paths.filter((path) => !/^(bin|dist\/cli|schema)\/|^(package\.json|README\.md|LICENSE)$/.test(path))).toEqual([])
  })

  it('runs with npx: --version', async () => {
    expect(await run('npx', ['--offline', 'llm-env-lint', '--version'], app)).toEqual({ code: 0, stdout: `${manifest.name} ${manifest.version}\n`, stderr: '' })
  })

  it('runs with npx: lints the example', async () => {
    const lint = await run('npx', ['--offline', 'llm-env-lint', EXAMPLE], app)
    expect(lint.code).toBe(1)
    expect(lint.stdout).toMatch(/^\.env:\d+:\d+: error .+ \[base-url-path\]$/m)
    expect(lint.stdout).toMatch(/^\d+ errors?, \d+ warnings?, \d+ notes? in \d+ files?$/m)
  })
})

/** The lowest Node.js major a range allows: `>= 18.17` → 18, `>=0.6.11 <=0.7.0 || >=0.7.3` → 0. */
function lowestMajor(range: string): number {
  return Math.min(...range.split('||').map((part) => Number(/>=\s*v?(\d+)/.exec(part)?.[1] ?? 0)))
}

/** Package names a bundle's licenses.txt lists (ncc writes each as a name line, then its licence id). */
function bundledPackages(licenses: string): string[] {
  const lines = licenses.split('\n')
  return lines.filter((line, i) => /^(@[\w.-]+\/)?[\w.-]+$/.test(line) && /^[A-Z][\w.-]*(?: (?:OR|AND) [\w.-]+)*$/.test(lines[i + 1] ?? ''))
}

/** The highest Node.js major any installed copy of `name` needs, from package-lock.json's engines. */
function neededMajor(name: string): number {
  const lock = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } }> }
  const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`))
  return Math.max(0, ...copies.map(([, entry]) => lowestMajor(entry.engines?.node ?? '')))
}

const describeLicensed = existsSync(join(PROJECT, 'dist', 'cli', 'licenses.txt')) ? describe : describe.skip

describeLicensed('the Node.js versions', () => {
  const licensesOf = (bundle: string) => readFileSync(join(PROJECT, bundle, 'licenses.txt'), 'utf8')

  it('package.json engines allow no Node.js older than a package bundled into the CLI needs', () => {
    const promised = lowestMajor(manifest.engines.node)
    const packages = bundledPackages(licensesOf('dist/cli'))
    expect(packages).toEqual(expect.arrayContaining(['yaml', 'zod']))
    expect(packages.filter((name) => neededMajor(name) > promised)).toEqual([])
  })

  it("the action's runtime (action.yml runs.using) is new enough for every package bundled into the action", () => {
    const runtime = Number(/^\s+using:\s*['"]?node(\d+)/m.exec(readFileSync(join(PROJECT, 'action.yml'), 'utf8'))?.[1])
    const packages = bundledPackages(licensesOf('dist'))
    // content-type (via @octokit/request) needs Node.js 22: fine for node24, and not in the CLI's bundle.
    expect(packages).toContain('@octokit/request')
    expect(packages.filter((name) => neededMajor(name) > runtime)).toEqual([])
  })
})
