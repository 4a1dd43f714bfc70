import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize, relative } from 'node:path'

/**
 * Imports run one way: a folder of src/ may import only from the folders below it (or from itself), and no file
 * reaches itself through its imports. Type-only imports count: a type circle is still a circle to a reader.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['providers', 'version.ts', 'young-generation.ts', 'background-threads.ts'],
  ['core'],
  ['config', 'clients', 'discover'],
  ['sources'],
  ['model'],
  ['rules'],
  ['probes'],
  ['reporters', 'fix'],
  ['engine'],
  ['github'],
  ['cli', 'action', 'exit.ts', 'tune-runtime.ts'],
  ['index.ts', 'cli.ts']
]

const SRC = join(process.cwd(), 'src')
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []
  )
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(SPECIFIER)].map((m) => normalize(join(dirname(file), m[1]!.replace(/\.js$/, '.ts'))))
}

/** The folder under src/ a file is in, or the file's own name for the few files at the top. */
const top = (file: string): string => relative(SRC, file).split('/')[0]!
const layerOf = (file: string): number => LAYERS.findIndex((layer) => layer.includes(top(file)))
const name = (file: string): string => relative(SRC, file)

const files = sourceFiles(SRC)
const graph = new Map(files.map((f) => [f, importsOf(f)]))

describe('import direction', () => {
  it('places every folder of src/ in a layer', () => {
    expect(files.filter((f) => layerOf(f) < 0).map(name)).toEqual([])
  })

  it('imports only from the same folder or a lower layer', () => {
    const upward: string[] = []
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (top(target) === top(file)) continue
        if (layerOf(target) >= layerOf(file)) upward.push(`${name(file)} -> ${name(target)}`)
      }
    }
    expect(upward.sort()).toEqual([])
  })

  it('has no import circle', () => {
    const state = new Map<string, 'open' | 'done'>()
    const circles: string[] = []
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        circles.push([...path.slice(path.indexOf(file)), file].map(name).join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const target of graph.get(file) ?? []) visit(target, [...path, file])
      state.set(file, 'done')
    }
    for (const file of files) visit(file, [])
    expect(circles).toEqual([])
  })
})
