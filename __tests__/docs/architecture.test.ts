import { describe, it, expect } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The architecture page and the README's layout name real files, and the page names every folder of src/. */
const ROOT = process.cwd()
const PAGES = ['docs/architecture.md', 'README.md']

const OURS = new Set(readdirSync(join(ROOT, 'src')))

/**
 * This project's `src/…` paths written in a page. Paths under a name our src/ does not have are other projects'
 * (citations of client sources such as LibreChat's), and templates such as `src/rules/<rule-id>.ts` are cut at `<`.
 */
function pathsIn(page: string): string[] {
  const text = readFileSync(join(ROOT, page), 'utf8')
  return [...new Set([...text.matchAll(/\bsrc\/[\w./-]*[\w/]/g)].map((m) => m[0]))].filter((p) => OURS.has(p.split('/')[1]!))
}

describe('architecture docs match the tree', () => {
  it.each(PAGES)('%s names only paths that exist', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8')
    const templated = new Set([...text.matchAll(/\bsrc\/[\w./-]*<[^>]+>[\w.]*/g)].map((m) => m[0].slice(0, m[0].indexOf('<'))))
    const missing = pathsIn(page).filter((p) => !existsSync(join(ROOT, p)) && ![...templated].some((t) => t.startsWith(p)))
    expect(missing).toEqual([])
  })

  it('names every folder of src/ on the architecture page', () => {
    const text = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `src/${d.name}`)
    expect(folders.filter((f) => !text.includes(f))).toEqual([])
  })
})
