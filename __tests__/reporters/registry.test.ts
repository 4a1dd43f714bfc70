import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCliArgs } from '../../src/cli/args.js'
import { FILE_FORMATS, preloadReporters, REPORTERS, reporter, type Format } from '../../src/reporters/index.js'
import { expectNoSecrets, reportContext } from './report-fixture.js'

const SRC = join(process.cwd(), 'src')
const read = (path: string): string => readFileSync(join(SRC, path), 'utf8')
const names = Object.keys(REPORTERS) as Format[]

describe('the reporter registry: one list of output formats', () => {
  it('registers every reporter of src/reporters under its own format name', async () => {
    const declared = readdirSync(join(SRC, 'reporters'))
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...read(`reporters/${file}`).matchAll(/^export const \w+: Reporter\b[^=]*= \{\s*format: '([\w-]+)'/gm)].map((m) => m[1]!))
    expect(declared.sort()).toEqual([...names].sort())
    for (const name of names) expect((await reporter(name)).format).toBe(name)
  })

  it('serves every format the CLI and the action write, and each renders the report masked', async () => {
    // The formats the edges ask for, by name, as written at their call sites.
    const asked = ['cli/main.ts', 'action/main.ts', 'action/pull-request.ts'].flatMap((file) => [...read(file).matchAll(/\breporter\('([\w-]+)'\)/g)].map((m) => m[1]!))
    expect(new Set(asked)).toEqual(new Set(['annotations', 'summary', 'text', 'json', 'sarif', 'pr-comment']))
    for (const name of names) {
      const output = (await reporter(name)).render(reportContext())
      expectNoSecrets(typeof output === 'string' ? output : JSON.stringify(output))
    }
  })

  it('is the only way the CLI and the action reach a reporter', () => {
    const edges = ['cli', 'action'].flatMap((folder) => readdirSync(join(SRC, folder)).map((file) => `${folder}/${file}`))
    const direct = edges.filter((file) => /\b(\w+Reporter|render(Sarif|Summary|Annotations|PrComment))\b/.test(read(file)))
    expect(direct).toEqual([])
  })

  it('loads each reporter once, whether preloaded at the start of a run or asked for when written', async () => {
    preloadReporters(['sarif', 'summary'])
    const preloaded = reporter('sarif')
    expect(reporter('sarif')).toBe(preloaded)
    expect((await preloaded).format).toBe('sarif')
    expect(reporter('summary')).toBe(reporter('summary'))
  })

  it('gives the CLI exactly the whole-report formats for --format', () => {
    for (const format of FILE_FORMATS) expect(parseCliArgs(['--format', format])).toMatchObject({ kind: 'lint', format })
    for (const format of names.filter((name) => !(FILE_FORMATS as readonly string[]).includes(name))) {
      expect(() => parseCliArgs(['--format', format])).toThrow(`invalid --format "${format}": expected one of ${FILE_FORMATS.join(', ')}`)
    }
  })
})
