/**
 * Golden tests over whole fixture repositories (actionlint's `testdata/projects` pattern).
 *
 * Each folder in `__tests__/fixtures/repos/` is a small repository; `<case>.out` next to it holds the
 * text report the real CLI prints for it: one finding per line, sorted, without the summary line. An
 * empty `.out` file means the repository must stay clean. Fixtures hold `{{fake:<name>}}` markers, never
 * whole keys: `materializeFixture` copies a case to a temporary folder and fills in generated keys.
 *
 * `UPDATE_GOLDEN=1 npm test -- __tests__/golden/repos.test.ts` rewrites the `.out` files; read every
 * changed line against reference/clients.md before keeping it.
 */
import { describe, it, expect, afterAll } from '@jest/globals'
import { mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { main } from '../../src/cli/main.js'
import { materializeFixture } from '../helpers/fixture-repo.js'
import { expectGolden } from '../helpers/golden.js'
import { fillFakeKeys } from '../helpers/keys.js'

const REPOS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'repos')

/**
 * Files a fixture folder cannot hold as written, created in the temporary copy before the scan:
 * `*.log` is ignored by this repository's .gitignore, the copy decodes fixtures as UTF-8 (an invalid
 * byte would not survive it), and a checkout may rewrite CRLF line ends.
 */
const GENERATED: Readonly<Record<string, Readonly<Record<string, Buffer>>>> = {
  'leaked-key': {
    // NextChat's getApiKey() prints the whole key it picked to the server log (NextChat #6772).
    'logs/server.log': Buffer.from('[Server Config] using 1 of 1 api key - {{fake:openaiProject:log}}\n')
  },
  'bad-input': {
    '.env': Buffer.from(
      '\uFEFFBASE_URL=https://api.rutaapi.com/v1\r\nOPENAI_API_KEY={{fake:gateway:crlf}}\r\nCODE=${ACCESS_CODE}\r\n'
    ),
    // "Configuración" saved as Latin-1: 0xF3 is not valid UTF-8.
    'legacy.env': Buffer.concat([
      Buffer.from('# Configuraci'),
      Buffer.from([0xf3]),
      Buffer.from('n antigua\nBASE_URL=https://api.rutaapi.com/v1\nCODE=${ACCESS_CODE}\n')
    ])
  }
}

/**
 * Cases whose current output is wrong. Their `.out` files hold the expected output, written by hand;
 * each stays skipped until the rule or parser named here is fixed.
 */
const KNOWN: Readonly<Partial<Record<string, string>>> = {}

const cases = readdirSync(REPOS)
  .filter((name) => statSync(join(REPOS, name)).isDirectory())
  .sort()

interface Run {
  readonly code: number
  /** The finding lines, root-relative, without the summary line. */
  readonly findings: string
  readonly summary: string
  readonly stderr: string
}

const cleanups: (() => void)[] = []
afterAll(() => cleanups.forEach((cleanup) => cleanup()))

async function lintCase(name: string): Promise<Run> {
  const { root, cleanup } = materializeFixture(join(REPOS, name))
  cleanups.push(cleanup)
  for (const [path, content] of Object.entries(GENERATED[name] ?? {})) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    // Latin-1 maps every byte to one character and back, so markers fill in and other bytes stay as they are.
    writeFileSync(join(root, path), Buffer.from(fillFakeKeys(content.toString('latin1')), 'latin1'))
  }
  let stdout = ''
  let stderr = ''
  const code = await main(['--format', 'text', root], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: root,
    env: {}
  })
  const lines = withoutRoot(stdout, root).trimEnd().split('\n')
  const summary = lines.pop() ?? ''
  return { code, findings: lines.map((line) => `${line}\n`).join(''), summary, stderr }
}

/** Paths are printed relative to the root already; this catches any message that names the temp folder. */
function withoutRoot(text: string, root: string): string {
  return [root, realpathSync(root)].reduce((out, path) => out.split(path).join('<root>'), text)
}

/** Every key a case's markers stand for, so the output can be searched for any part of one. */
function keysOf(name: string): string[] {
  const texts = [...filesUnder(join(REPOS, name)).map((file) => readFileSync(file, 'utf8'))]
  for (const content of Object.values(GENERATED[name] ?? {})) texts.push(content.toString('latin1'))
  const markers = texts.flatMap((text) => text.match(/\{\{fake:[a-zA-Z]+(?::[\w-]+)?\}\}/g) ?? [])
  return [...new Set(markers)].map(fillFakeKeys)
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** Masked forms show a known prefix and the last 4 characters; any 8 characters from the middle are a leak. */
function middlePieces(key: string): string[] {
  const middle = key.slice(12, -4)
  return Array.from({ length: Math.max(middle.length - 7, 0) }, (_, i) => middle.slice(i, i + 8))
}

describe('fixture repositories (golden text output)', () => {
  it('has a .out file for every case and a case for every .out file', () => {
    const outs = readdirSync(REPOS)
      .filter((name) => name.endsWith('.out'))
      .map((name) => name.slice(0, -'.out'.length))
      .sort()
    if (process.env.UPDATE_GOLDEN !== '1') expect(outs).toEqual(cases)
    expect(Object.keys(KNOWN).filter((name) => !cases.includes(name))).toEqual([])
  })

  for (const name of cases) {
    const known = KNOWN[name]
    const test = known === undefined ? it : it.skip
    test(known === undefined ? name : `${name} (KNOWN: ${known})`, async () => {
      const run = await lintCase(name)
      expect(run.stderr).toBe('')
      expectGolden(`../fixtures/repos/${name}.out`, run.findings)
      // --fail-on error (the default): exit 1 exactly when an error is printed.
      expect(run.code).toBe(/^\S+:\d+:\d+: error /m.test(run.findings) ? 1 : 0)
      const output = run.findings + run.summary
      for (const key of keysOf(name)) {
        expect(output).not.toContain(key)
        for (const piece of middlePieces(key)) expect(output).not.toContain(piece)
      }
    })
  }

  it('inline-ignore: suppressed findings are counted in the summary, not printed', async () => {
    const run = await lintCase('inline-ignore')
    expect(run.summary).toMatch(/\(3 suppressed\)$/)
  })
})
