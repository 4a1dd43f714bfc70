/**
 * `scope: changed` in discovery: with a selection, a work tree is not walked; git's listing is narrowed by the
 * selection and only the selected paths are looked at, so the work follows the change, not the tree. Counted, not timed.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { byPath, discoverFiles, ioCounts, resetIoCounts, type Discovery } from '../../src/discover/index.js'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { addFiles, addLink, cleanup, git, gitRepo, makeTree } from './tree.js'

const defaults = { ignore: [] as string[], maxFileSize: 1024 * 1024 }

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map(cleanup))
})

/** A repository of `folders` × 10 code files in their own folders, plus a `.env` and a compose file. */
async function repository(folders: number): Promise<string> {
  const files: Record<string, string> = { '.env': 'A=1\n', 'deploy/compose.yaml': 'services: {}\n' }
  for (let f = 0; f < folders; f++) for (let i = 0; i < 10; i++) files[`src/mod-${f}/file-${i}.ts`] = `export const x${i} = ${f}\n`
  const root = await makeTree(files)
  roots.push(root)
  gitRepo(root)
  return root
}

const selecting = (paths: readonly string[]) => Promise.resolve((path: string) => paths.includes(path))

/** A discovery's files and skipped files, those listed later included, in path order. */
async function whole(discovery: Discovery): Promise<Omit<Discovery, 'later'>> {
  const later = await discovery.later
  return { files: [...discovery.files, ...(later?.files ?? [])].sort(byPath), skipped: [...discovery.skipped, ...(later?.skipped ?? [])].sort(byPath) }
}

describe('discoverFiles with a selection (scope: changed)', () => {
  it('walks no folder and looks only at the selected paths, however large the tree', async () => {
    const selected = ['.env', 'deploy/compose.yaml', 'src/mod-3/file-7.ts']
    for (const folders of [5, 40]) {
      const root = await repository(folders)
      resetIoCounts()
      const found = await whole(await discoverFiles(root, { ...defaults, select: selecting(selected) }))
      expect(found.files.map((file) => file.path)).toEqual(selected)
      // The tracked files come from git's index file; git lists the untracked ones, walking the tree in its own
      // process. An lstat for each selected path and each folder they lie in (deploy, src, src/mod-3), whatever the
      // tree holds besides.
      expect(ioCounts).toMatchObject({ readdir: 0, lstat: selected.length + 3, realpath: 0, gitSpawn: 1 })
    }
  })

  it('finds what a full scan finds among the selected paths: links, files git alone lists, gone files, config ignores', async () => {
    const root = await repository(3)
    await addFiles(root, { '.gitignore': 'build/\n', 'build/keep.env': 'B=2\n', 'build/other.env': 'C=3\n' })
    await addLink(root, 'linked.env', 'build/other.env')
    await addLink(root, 'outside.env', '/etc/hostname')
    git(root, 'add', '.')
    git(root, 'add', '--force', 'build/keep.env')
    await rm(join(root, 'src/mod-0/file-0.ts'))
    const select = (path: string): boolean => !path.startsWith('src/mod-1/')
    const options = { ...defaults, ignore: ['src/mod-2/'] }
    const full = await discoverFiles(root, options)
    const narrowed = await whole(await discoverFiles(root, { ...options, select: Promise.resolve(select) }))
    expect(narrowed).toEqual({ files: full.files.filter((file) => select(file.path)), skipped: full.skipped.filter((file) => select(file.path)) })
    expect(narrowed.files.map((file) => file.path)).toEqual(expect.arrayContaining(['build/keep.env', 'linked.env', 'src/mod-0/file-1.ts']))
    expect(narrowed.files.map((file) => file.path)).not.toEqual(expect.arrayContaining(['src/mod-0/file-0.ts']))
    expect(narrowed.skipped).toEqual([{ path: 'outside.env', reason: 'symlink-outside-root' }])
  })

  it('reads no tracked file through a folder replaced by a link out of the root, at any depth; a link inside is followed', async () => {
    const outside = await makeTree({ 'app.env': 'KEY=outside\n', 'inner/b.env': 'KEY=outside\n' })
    roots.push(outside)
    const root = await repository(1)
    await addFiles(root, { 'config/app.env': 'A=1\n', 'nest/inner/b.env': 'B=1\n', 'moved/c.env': 'C=1\n', 'alias/c.env': 'C=1\n' })
    git(root, 'add', '.')
    // The index still lists config/app.env, nest/inner/b.env and alias/c.env: their folders are links now.
    for (const folder of ['config', 'nest/inner', 'alias']) await rm(join(root, folder), { recursive: true })
    await addLink(root, 'config', outside)
    await addLink(root, 'nest/inner', join(outside, 'inner'))
    await addLink(root, 'alias', 'moved')
    const paths = ['config/app.env', 'nest/inner/b.env', 'alias/c.env', 'moved/c.env']
    for (const select of [undefined, selecting(paths)]) {
      const found = await whole(await discoverFiles(root, { ...defaults, ...(select && { select }) }))
      const listed = found.files.map((file) => file.path).filter((path) => paths.includes(path))
      expect(listed).toEqual(['alias/c.env', 'moved/c.env'])
      // (A full discovery also walks the links themselves, `config` and `nest/inner`, and reports them.)
      expect(found.skipped).toEqual(
        expect.arrayContaining([
          { path: 'config/app.env', reason: 'symlink-outside-root' },
          { path: 'nest/inner/b.env', reason: 'symlink-outside-root' }
        ])
      )
    }
  })

  it('lists the tracked files first and the untracked ones later; a link and its target are still read once', async () => {
    const root = await repository(1)
    git(root, 'add', '.')
    await addFiles(root, { 'new.env': 'N=1\n', 'src/mod-0/new.ts': 'export {}\n' })
    // A tracked link to a file that is not tracked yet, and an untracked link to a tracked file.
    await addLink(root, 'tracked-link.env', 'new.env')
    git(root, 'add', 'tracked-link.env')
    await addLink(root, 'untracked-link.env', '.env')
    const found = await discoverFiles(root, { ...defaults, select: Promise.resolve(() => true) })
    const later = await found.later
    expect(found.files.map((file) => file.path)).toEqual(expect.arrayContaining(['.env', 'deploy/compose.yaml', 'src/mod-0/file-0.ts']))
    expect(found.files.map((file) => file.path)).not.toEqual(expect.arrayContaining(['tracked-link.env']))
    expect(later?.files.map((file) => file.path)).toEqual(['new.env', 'src/mod-0/new.ts'])
    expect(await whole(found)).toEqual(await discoverFiles(root, defaults))
  })

  it('walks as a full scan does when the change is unknown', async () => {
    const root = await repository(2)
    resetIoCounts()
    const found = await discoverFiles(root, { ...defaults, select: Promise.resolve(undefined) })
    expect(found).toEqual(await discoverFiles(root, defaults))
    expect(ioCounts.readdir).toBeGreaterThan(0)
  })

  it('adds the gitignored files includeIgnored accepts, marked, with a selection or with a change that is unknown', async () => {
    const root = await repository(1)
    await addFiles(root, { '.gitignore': '.env.local\n', '.env.local': 'L=1\n', 'app/.env.local': 'L=2\n' })
    const options = { ...defaults, includeIgnored: (path: string) => path.endsWith('.env.local') }
    const full = await discoverFiles(root, options)
    expect(full.files.filter((file) => file.ignored)).toEqual([{ path: '.env.local', ignored: true }, { path: 'app/.env.local', ignored: true }])
    const narrowed = await whole(await discoverFiles(root, { ...options, select: selecting(['.env']) }))
    expect(narrowed).toEqual({ files: full.files.filter((file) => file.path === '.env' || file.ignored), skipped: [] })
    expect(await discoverFiles(root, { ...options, select: Promise.resolve(undefined) })).toEqual(full)
  })

  it('walks a folder that is no work tree, a selection or not', async () => {
    const root = await makeTree({ '.env': 'A=1\n', 'src/a.ts': 'export {}\n' })
    roots.push(root)
    resetIoCounts()
    const found = await discoverFiles(root, { ...defaults, select: selecting(['src/a.ts']) })
    expect(found.files).toEqual([{ path: 'src/a.ts' }])
    expect(ioCounts).toMatchObject({ gitSpawn: 0, lstat: 0 })
    expect(ioCounts.readdir).toBeGreaterThan(0)
  })
})
