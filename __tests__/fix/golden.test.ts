/**
 * `--fix` and `--fix-dry-run` over the repositories in __tests__/fixtures/fix/<case>: `before/` is the repository,
 * `after/` what `--fix` must leave, `dry-run.diff` what `--fix-dry-run` prints and `fixed.out` the report of the
 * `--fix` run (what is left). Each case runs as written (LF) and again with CRLF line endings and a BOM in every
 * file but package.json, which must come back byte for byte the same way. A second `--fix` changes nothing.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/main.js'
import { expectGolden } from '../helpers/golden.js'
import { fakeKeys } from '../helpers/keys.js'

const CASES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'fix')
const made: string[] = []
afterAll(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

type Files = Record<string, Buffer>

function readTree(dir: string, prefix = ''): Files {
  const files: Files = {}
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) Object.assign(files, readTree(dir, path))
    else files[path] = readFileSync(join(dir, path))
  }
  return files
}

function writeTree(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'llm-env-lint-fix-'))
  made.push(dir)
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), bytes)
  }
  return dir
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf])
type Variant = (files: Files) => Files
const VARIANTS: Readonly<Record<string, Variant>> = {
  lf: (files) => files,
  'crlf-bom': (files) =>
    Object.fromEntries(
      Object.entries(files).map(([path, bytes]) => [
        path,
        path === 'package.json' ? bytes : Buffer.concat([BOM, Buffer.from(bytes.toString('utf8').replace(/\n/g, '\r\n'))])
      ])
    )
}

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} })
  return { code, stdout, stderr }
}

describe.each(readdirSync(CASES))('fix case %s', (name) => {
  const before = readTree(join(CASES, name, 'before'))
  const after = readTree(join(CASES, name, 'after'))

  it.each(Object.keys(VARIANTS))('%s: the dry run prints the diff and changes nothing; --fix leaves after/; a second --fix changes nothing', async (variant) => {
    const shape = VARIANTS[variant]!
    const dir = writeTree(shape(before))
    const dry = await cli(['--fix-dry-run', '--fail-on', 'never'], dir)
    expect(dry.code).toBe(0)
    // Lines are printed without their endings, so both variants print the same diff.
    expectGolden('dry-run.diff', dry.stdout, join(CASES, name))
    expect(readTree(dir)).toEqual(shape(before))

    const fixed = await cli(['--fix', '--fail-on', 'never'], dir)
    expect(fixed.code).toBe(0)
    expect(readTree(dir)).toEqual(shape(after))
    expectGolden('fixed.out', fixed.stdout, join(CASES, name))

    const again = await cli(['--fix', '--fail-on', 'never'], dir)
    expect(readTree(dir)).toEqual(shape(after))
    expect(again.stdout).toBe(fixed.stdout)
    expect(again.stderr).not.toContain('applied')
  })
})

describe('fix and secrets', () => {
  it('prints no key in the diff, even on a context line, and leaves the key where it is', async () => {
    const key = fakeKeys.openaiProject('fix')
    const env = readFileSync(join(CASES, 'nextchat-dotenv', 'before', '.env'), 'utf8').replace('\n  DEFAULT_MODEL', `\nOPENAI_API_KEY=${key}\n  DEFAULT_MODEL`)
    const dir = writeTree({ 'package.json': Buffer.from('{ "name": "nextchat" }\n'), '.env': Buffer.from(env) })
    const dry = await cli(['--fix-dry-run', '--fail-on', 'never'], dir)
    expect(dry.stdout).toContain('+BASE_URL="https://api.rutaapi.com"')
    expect(dry.stdout).toContain(' OPENAI_API_KEY=sk-proj-…')
    expect(dry.stdout + dry.stderr).not.toContain(key.slice(8, 24))
    const fixed = await cli(['--fix', '--fail-on', 'never'], dir)
    expect(fixed.stdout + fixed.stderr).not.toContain(key.slice(8, 24))
    expect(readFileSync(join(dir, '.env'), 'utf8')).toContain(`\nOPENAI_API_KEY=${key}\n  DEFAULT_MODEL`)
  })
})

describe('fix metadata in reports', () => {
  it('gives JSON an edit next to fix and SARIF a replacement, inside the quotes of a quoted value', async () => {
    const dir = writeTree(readTree(join(CASES, 'nextchat-dotenv', 'before')))
    const json = JSON.parse((await cli(['--format', 'json', '--fail-on', 'never'], dir)).stdout) as { findings: { ruleId: string; fix?: string; edit?: unknown }[] }
    const path = json.findings.find((f) => f.ruleId === 'base-url-path')!
    expect(path.fix).toBe('https://api.rutaapi.com')
    expect(path.edit).toEqual({ range: { start: { line: 2, column: 11 }, end: { line: 2, column: 37 } }, replacement: 'https://api.rutaapi.com' })
    const sarif = JSON.parse((await cli(['--format', 'sarif', '--fail-on', 'never'], dir)).stdout) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] }
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'base-url-path')!
    expect(result.fixes).toEqual([
      {
        description: { text: 'Change it to "https://api.rutaapi.com"' },
        artifactChanges: [
          { artifactLocation: { uri: '.env' }, replacements: [{ deletedRegion: { startLine: 2, startColumn: 11, endLine: 2, endColumn: 37 }, insertedContent: { text: 'https://api.rutaapi.com' } }] }
        ]
      }
    ])
  })
})
