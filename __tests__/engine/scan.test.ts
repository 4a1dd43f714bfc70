import { describe, it, expect, afterEach } from '@jest/globals'
import { readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultConfig, parseConfig, type Config } from '../../src/config/index.js'
import { analyzeFile } from '../../src/engine/analyze.js'
import { scanRepository } from '../../src/engine/scan.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { loadParsers } from '../../src/sources/index.js'
import { materializeFixture } from '../helpers/fixture-repo.js'
import { PARSE_CAP_BYTES } from '../../src/sources/limits.js'
import { CHUNK_BYTES } from '../../src/discover/read.js'
import { body, fakeKeys } from '../helpers/keys.js'
import { addLink, cleanup, gitRepo, makeTree } from '../discover/tree.js'

const roots: string[] = []
async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await makeTree(files, 'llm-env-lint-scan-')
  roots.push(root)
  return root
}
afterEach(async () => {
  await Promise.all(roots.splice(0).map(cleanup))
})

const config = (yaml: string): Config =>
  parseConfig(yaml, {
    file: '.llm-env-lint.yml',
    knownRuleIds: ['leaked-key', 'parse-error', 'open-relay'],
    knownClients: ['nextchat', 'openai-sdk']
  })

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])

describe('scanRepository', () => {
  it('finds a leaked key and counts the files it scanned', async () => {
    const root = await tree({ '.env': `OPENAI_API_KEY=${fakeKeys.openaiProject()}\n`, 'src/app.ts': 'export {}\n' })
    gitRepo(root)
    const result = await scanRepository(root, { config: defaultConfig })
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: '.env', severity: 'error' }))
    expect(result.stats.files).toBe(2)
    expect(result.skipped).toEqual([])
  })

  it('never puts the key itself in a finding', async () => {
    const key = fakeKeys.anthropic()
    const root = await tree({ 'docker-compose.yml': `services:\n  app:\n    environment:\n      - ANTHROPIC_API_KEY=${key}\n` })
    const result = await scanRepository(root, { config: defaultConfig })
    expect(result.findings.length).toBeGreaterThan(0)
    expect(JSON.stringify(result.findings)).not.toContain(key.slice(12))
  })

  it('returns binary, oversized and outside files as skipped, and reports all but binaries as notes', async () => {
    const outside = await tree({ 'secret.env': 'A=1\n' })
    const root = await tree({ 'logo.png': PNG, 'dump.sql': 'x'.repeat(2000), 'a.env': 'PORT=1\n' })
    await addLink(root, 'linked.env', join(outside, 'secret.env'))
    const result = await scanRepository(root, { config: config('maxFileSize: 1000\n') })
    expect(result.skipped).toEqual([
      { path: 'dump.sql', reason: 'too-large', detail: '2000 bytes' },
      { path: 'linked.env', reason: 'symlink-outside-root' },
      { path: 'logo.png', reason: 'binary', detail: 'png' }
    ])
    for (const file of ['dump.sql', 'linked.env']) {
      expect(result.findings).toContainEqual(expect.objectContaining({ file, severity: 'note' }))
    }
    // An image is no configuration: skipping it is not news, and one note per image would drown the rest.
    expect(result.findings.filter((f) => f.file === 'logo.png')).toEqual([])
    expect(result.stats.files).toBe(1)
  })

  it('applies the config: ignored paths are not read, rules turned off report nothing', async () => {
    const files = {
      'docs/examples/.env': `OPENAI_API_KEY=${fakeKeys.openaiProject('2')}\n`,
      'app/.env': `GROQ_API_KEY=${fakeKeys.groq()}\n`
    }
    const root = await tree(files)
    const ignoring = await scanRepository(root, { config: config('ignore: [docs/examples/]\n') })
    expect(ignoring.findings.map((f) => f.file)).not.toContain('docs/examples/.env')
    expect(ignoring.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: 'app/.env' }))
    const off = await scanRepository(root, { config: config('rules:\n  leaked-key: off\n') })
    expect(off.findings.filter((f) => f.ruleId === 'leaked-key')).toEqual([])
  })

  it('finds keys of a gateway defined in the config file', async () => {
    const token = `mg-${body(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 'scan')}`
    const root = await tree({ 'notes.md': `try it: ${token}\n` })
    const withGateway = config(`providers:
  - id: my-gateway
    name: My gateway
    apiRoot: https://llm.example.com/v1
    keyFormats: [{ pattern: 'mg-[A-Za-z0-9]{32}' }]
`)
    const result = await scanRepository(root, { config: withGateway })
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: 'notes.md' }))
    const without = await scanRepository(root, { config: defaultConfig })
    expect(without.findings.filter((f) => f.ruleId === 'leaked-key')).toEqual([])
  })

  it('reports keys that only the commit history still holds, without counting them as files', async () => {
    const root = await tree({ '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY}\n' })
    const history = [{ commit: 'abc1234', file: '.env', line: 1, text: `OPENAI_API_KEY=${fakeKeys.openaiProject('h')}` }]
    const result = await scanRepository(root, { config: defaultConfig, history })
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: '.env' }))
    expect(result.stats.files).toBe(1)
  })

  it('scans a folder that holds no files', async () => {
    const root = await tree({})
    const result = await scanRepository(root, { config: defaultConfig })
    expect(result.findings).toEqual([])
    expect(result.stats).toEqual({ files: 0, entries: 0 })
  })

  it('fails for a root that does not exist', async () => {
    await expect(scanRepository('/nonexistent/llm-env-lint', { config: defaultConfig })).rejects.toThrow(/ENOENT/)
  })

  it('streams a large log: a key across the first chunk boundary is found once, at its line and column', async () => {
    const key = fakeKeys.openrouter('log')
    const line = 'INFO request served in 12 ms by worker 3\n'
    const before = line.repeat(Math.floor(CHUNK_BYTES / line.length) - 1)
    // The key starts 10 bytes before the first chunk's end.
    const padding = 'x'.repeat(CHUNK_BYTES - before.length - 'token='.length - 10)
    const log = `${before}${padding}token=${key}\n${line.repeat(30000)}`
    const root = await tree({ 'app.log': log })
    const result = await scanRepository(root, { config: defaultConfig })
    const hits = result.findings.filter((f) => f.ruleId === 'leaked-key')
    expect(hits.map((f) => [f.file, f.span.start])).toEqual([['app.log', { line: before.split('\n').length, column: padding.length + 'token='.length + 1 }]])
    expect(result.skipped).toEqual([])
  })

  it('key-scans a workflow over the parse cap without parsing it, and says so in a note', async () => {
    const key = fakeKeys.anthropic('wf')
    const jobs = Array.from({ length: Math.ceil(PARSE_CAP_BYTES / 30) }, (_, i) => `  job-${i}:\n    runs-on: ubuntu-latest\n`).join('')
    const root = await tree({ '.github/workflows/generated.yml': `on: push\nenv:\n  ANTHROPIC_API_KEY: ${key}\njobs:\n${jobs}` })
    const result = await scanRepository(root, { config: defaultConfig })
    const file = '.github/workflows/generated.yml'
    expect(result.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file, span: expect.objectContaining({ start: { line: 3, column: 22 } }) }))
    expect(result.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'parse-error', file, severity: 'note', message: expect.stringMatching(/not parsed: at .* MiB it is over the 1 MiB limit for a full parse/) })
    )
  })
})

describe('ignore directives', () => {
  const REPOS = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'repos')

  // analyzeFile looks for directives only in files with something to report on; this holds the premise.
  it('are only needed where findings stand: every finding of every fixture repository is on a file with an entry, a key hit or a diagnostic', async () => {
    const cases = readdirSync(REPOS).filter((name) => statSync(join(REPOS, name)).isDirectory())
    const strays: string[] = []
    let findings = 0
    for (const name of cases) {
      const { root, cleanup } = materializeFixture(join(REPOS, name))
      try {
        const result = await scanRepository(root, { config: defaultConfig })
        const facts = new Map(result.model.files.filter((f) => !f.history).map((f) => [f.path, f]))
        for (const finding of result.findings) {
          findings++
          const file = facts.get(finding.file)
          if (!file || file.entries.length + file.keyHits.length + file.diagnostics.length === 0) strays.push(`${name}: ${finding.ruleId} on ${finding.file}`)
        }
      } finally {
        cleanup()
      }
    }
    expect(findings).toBeGreaterThan(100)
    expect(strays).toEqual([])
  })

  it('are looked for in a file with a key hit or settings, not in one with neither', async () => {
    await loadParsers(new Set(['dotenv']))
    const catalog = createCatalog()
    const directive = '# llm-env-lint-ignore leaked-key\n'
    expect(analyzeFile({ path: 'notes.txt', text: `${directive}nothing here\n` }, catalog).ignores).toEqual([])
    expect(analyzeFile({ path: 'notes.txt', text: `${directive}OPENAI_API_KEY=${fakeKeys.openaiProject()}\n` }, catalog).ignores).toEqual([{ line: 1, rules: ['leaked-key'] }])
    expect(analyzeFile({ path: '.env', text: `${directive}PORT=3000\n` }, catalog).ignores).toEqual([{ line: 1, rules: ['leaked-key'] }])
  })
})
