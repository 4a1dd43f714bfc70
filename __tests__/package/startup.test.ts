import { describe, expect, it } from '@jest/globals'
import { claims, kindsFor } from '../../src/sources/claims.js'
import { loadedKinds, loadParsers } from '../../src/sources/index.js'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/**
 * What each entry point loads before it runs. The bundler (ncc) puts every dynamic `import()` in a chunk of its own
 * and loads it only when that line runs, so what a run compiles at start-up is the closure of the entry's static
 * imports (type-only imports are erased). These tests follow that closure in src/ and name what must stay out of it.
 */
const SRC = join(process.cwd(), 'src')

/** `import … from 'x'`, `export … from 'x'` and `import 'x'`, across lines; `import type` and `export type` are erased. */
const STATIC = /^\s*(import|export)\s+(?:(type\s)?([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/gm

interface Edge {
  /** A src/ path relative to src/, or a package by name (Node's own as `node:name`). */
  readonly target: string
  /** `export { a } from`: followed only when one of its names is asked for (package.json `sideEffects: false`). */
  readonly reexport: boolean
  /** The names taken (`*` for all); empty for `import 'x'`. */
  readonly names: readonly string[]
}

/** The static imports and re-exports of `file`. */
function staticImports(file: string): Edge[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  const edges: Edge[] = []
  for (const [, keyword, typeOnly, clause = '', specifier] of text.matchAll(STATIC)) {
    if (typeOnly) continue
    const braced = /\{([^}]*)\}/.exec(clause)?.[1]
    const named = (braced ?? '').split(',').map((name) => name.trim()).filter(Boolean)
    // `import { type A, type B } from` is erased as well.
    if (braced !== undefined && named.length > 0 && named.every((name) => name.startsWith('type '))) continue
    const names = [
      ...named.filter((name) => !name.startsWith('type ')).map((name) => name.split(/\s+as\s+/)[keyword === 'export' ? 1 : 0] ?? name),
      ...(clause.includes('*') ? ['*'] : []),
      ...(/^[\w$]+/.test(clause.trim()) ? ['default'] : [])
    ]
    const target = specifier!.startsWith('.')
      ? relative(SRC, normalize(join(SRC, dirname(file), specifier!.replace(/\.js$/, '.ts'))))
      : specifier!.startsWith('node:')
        ? specifier!
        : specifier!.split('/').slice(0, specifier!.startsWith('@') ? 2 : 1).join('/')
    edges.push({ target, reexport: keyword === 'export', names })
  }
  return edges
}

/**
 * Every module reached from `entry` through static imports, itself included, sorted. As the bundler does with
 * `sideEffects: false`, a re-export (`export { a } from './x.js'` in a barrel) brings its module in only when a name it
 * re-exports is imported.
 */
function loadedAtStart(entry: string): string[] {
  const asked = new Map<string, Set<string>>([[entry, new Set(['*'])]])
  const visit = (file: string, names: readonly string[]): void => {
    const known = asked.get(file)
    const fresh = known === undefined ? names : names.filter((name) => !known.has(name))
    if (known !== undefined && fresh.length === 0 && names.length > 0) return
    asked.set(file, new Set([...(known ?? []), ...names]))
    if (!file.endsWith('.ts')) return
    expect(existsSync(join(SRC, file))).toBe(true)
    const wanted = (name: string) => fresh.includes('*') || fresh.includes(name)
    for (const edge of staticImports(file)) {
      if (edge.reexport) {
        const passed = edge.names.filter((name) => name === '*' || wanted(name))
        if (passed.length > 0) visit(edge.target, edge.names.includes('*') ? ['*'] : passed)
      } else if (known === undefined) {
        visit(edge.target, edge.names)
      }
    }
  }
  asked.delete(entry)
  visit(entry, ['*'])
  return [...asked.keys()].sort()
}

describe('start-up: what an entry loads before it runs', () => {
  it('reads the static imports the way the compiler keeps them', () => {
    // A check of the reader itself, on files whose imports are known.
    expect(staticImports('cli.ts').map((edge) => edge.target).sort()).toEqual(['cli/exit-status.ts', 'cli/usage.ts', 'engine/worker-role.ts', 'exit.ts', 'version.ts'])
    expect(staticImports('index.ts')).toEqual([
      { target: 'node:module', reexport: false, names: ['default'] },
      { target: 'engine/worker-role.ts', reexport: false, names: ['SCAN_WORKER_ARG'] },
      { target: 'exit.ts', reexport: false, names: ['watchOutput'] }
    ])
    expect(staticImports('config/index.ts')).toEqual(
      expect.arrayContaining([{ target: 'config/load.ts', reexport: true, names: ['parseConfig'] }, { target: 'config/find.ts', reexport: true, names: ['loadConfig', 'CONFIG_FILE_NAMES'] }])
    )
  })

  it('the CLI answers --version and --help from its entry, its help text, the version and how it exits alone', () => {
    expect(loadedAtStart('cli.ts')).toEqual(['cli.ts', 'cli/exit-status.ts', 'cli/usage.ts', 'engine/worker-role.ts', 'exit.ts', 'node:module', 'reporters/index.ts', 'version.ts'])
  })

  it('the CLI lints without zod, the probe runner or the reports it does not write', () => {
    const loaded = loadedAtStart('cli/main.ts')
    // The probe policy comes with the public suffix list (tldts) and a registry of its own: `--probe` runs load it.
    const unused = ['zod', '@actions/core', '@actions/github', 'config/load.ts', 'engine/baseline.ts', 'cli/merge.ts', 'probes/step.ts', 'probes/run.ts', 'probes/policy.ts', 'tldts', 'reporters/json.ts', 'reporters/sarif.ts', 'node:http', 'node:https', 'node:tls']
    expect(unused.filter((module) => loaded.includes(module))).toEqual([])
    expect(loaded).toEqual(expect.arrayContaining(['engine/pipeline.ts', 'cli/args.ts']))
  })

  it('the job summary and the other reports load neither zod nor the HTTP and TLS modules of Node', () => {
    for (const format of ['summary', 'json', 'sarif', 'text', 'annotations']) {
      expect(loadedAtStart(`reporters/${format}.ts`).filter((module) => ['zod', 'node:http', 'node:https', 'node:tls'].includes(module))).toEqual([])
    }
  })

  it('the action entry loads nothing before the run', () => {
    // A scan worker (which re-enters the bundle) is told by its arguments: node:worker_threads only where workers run.
    expect(loadedAtStart('index.ts')).toEqual(['engine/worker-role.ts', 'exit.ts', 'index.ts', 'node:module', 'version.ts'])
  })

  it('the action on a push loads neither the GitHub client, nor the probe runner, nor the reports it does not write', () => {
    const loaded = loadedAtStart('action/main.ts')
    // @actions/core is not used at all (action/commands.ts speaks the runner protocol); the others only when used.
    const unused = [
      '@actions/core',
      '@actions/github',
      // zod: the config schema (only with a config file), the baseline and the GitHub API's answers.
      'zod',
      'config/load.ts',
      'engine/baseline.ts',
      'github/context.ts',
      'github/client.ts',
      'github/comment.ts',
      'github/review.ts',
      'github/history.ts',
      'action/pull-request.ts',
      'probes/step.ts',
      'probes/run.ts',
      'probes/http.ts',
      'probes/probes.ts',
      'probes/proxy.ts',
      // The probe-hosts checker and its public suffix list: only when the input has entries.
      'probes/policy.ts',
      'tldts',
      // The reporter registry loads each format when it is written.
      'reporters/json.ts',
      'reporters/sarif.ts',
      'reporters/summary.ts',
      'reporters/markdown.ts',
      'reporters/pr-comment.ts',
      'reporters/annotations.ts',
      // Node's HTTP and TLS stack comes with the GitHub client and the probes.
      'node:http',
      'node:https',
      'node:tls'
    ]
    expect(unused.filter((module) => loaded.includes(module))).toEqual([])
    // The scan itself is loaded: the test would pass vacuously if the closure stopped at the first file.
    expect(loaded).toEqual(expect.arrayContaining(['engine/pipeline.ts', 'engine/scan.ts', 'reporters/index.ts', 'action/commands.ts']))
  })

  it('a pull request loads the GitHub client only to talk to GitHub: git tells its change', () => {
    const loaded = [...loadedAtStart('action/main.ts'), ...loadedAtStart('action/pull-request.ts')]
    const unused = ['@actions/github', 'github/client.ts', 'github/comment.ts', 'github/review.ts', 'github/changed-files.ts', 'reporters/pr-comment.ts', 'node:https']
    expect(unused.filter((module) => loaded.includes(module))).toEqual([])
    expect(loaded).toEqual(expect.arrayContaining(['discover/git.ts', 'discover/history.ts']))
  })

  it('a pull request reads its event payload without zod', () => {
    expect(loadedAtStart('github/context.ts')).toEqual(['github/context.ts'])
  })
})

/** The parser modules of src/sources and the libraries they parse with: none is loaded before a scan lists its files. */
const PARSERS = ['yaml', 'smol-toml', 'toml-eslint-parser', 'jsonc-parser', 'sources/dotenv.ts', 'sources/yaml.ts', 'sources/toml.ts', 'sources/json.ts']

describe('start-up: parsers load by the kinds of the files listed', () => {
  it('neither the action nor the CLI loads a parser or a parsing library before the scan lists the files', () => {
    for (const entry of ['action/main.ts', 'cli/main.ts']) {
      const loaded = loadedAtStart(entry)
      expect([entry, PARSERS.filter((module) => loaded.includes(module))]).toEqual([entry, []])
      // The claims decide the kinds without loading any parser.
      expect(loaded).toEqual(expect.arrayContaining(['sources/claims.ts', 'sources/index.ts']))
    }
  })

  it('an empty repository needs no parser, and files no kind claims need none either', () => {
    expect([...kindsFor([])]).toEqual([])
    expect([...kindsFor(['README.md', 'src/app.ts', 'package.json', 'docs/notes.txt'])]).toEqual([])
  })

  it('a repository with only a .env loads the dotenv parser, which needs neither YAML, TOML nor JSON', async () => {
    expect([...kindsFor(['.env'])]).toEqual(['dotenv'])
    const loaded = loadedAtStart('sources/dotenv.ts')
    expect(PARSERS.filter((module) => loaded.includes(module))).toEqual(['sources/dotenv.ts'])
    // Nothing else in this test file loads a parser: the registry holds exactly what was asked for.
    expect(loadedKinds()).toEqual([])
    await loadParsers(kindsFor(['.env']))
    expect(loadedKinds()).toEqual(['dotenv'])
  })

  it('a YAML file no name claims loads the kinds found by content; a TOML file its own kind with the TOML libraries only', () => {
    expect([...kindsFor(['k8s/deployment.yaml'])]).toEqual(claims.filter((claim) => claim.sniffed).map((claim) => claim.kind))
    expect([...kindsFor(['fly.toml', '.github/workflows/ci.yml'])]).toEqual(['fly', 'workflow'])
    const loaded = loadedAtStart('sources/fly.ts')
    expect(PARSERS.filter((module) => loaded.includes(module)).sort()).toEqual(['smol-toml', 'sources/toml.ts', 'toml-eslint-parser'])
  })

  it('every claimed kind loads a parser of that kind', async () => {
    await loadParsers()
    expect(loadedKinds().sort()).toEqual(claims.map((claim) => claim.kind).sort())
  })
})

