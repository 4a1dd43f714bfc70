import { describe, it, expect, afterEach } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { delimiter, join } from 'node:path'
import { discoverFiles, ioCounts, resetIoCounts } from '../../src/discover/index.js'
import { listGitFiles } from '../../src/discover/git.js'
import { matchesFiles } from '../../src/discover/walk.js'
import { addFiles, addLink, cleanup, git, gitRepo, makeTree } from './tree.js'

const MiB = 1024 * 1024
const defaults = { ignore: [] as string[], maxFileSize: 5 * MiB }

const roots: string[] = []
async function tree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await makeTree(files)
  roots.push(root)
  return root
}
afterEach(async () => {
  await Promise.all(roots.splice(0).map(cleanup))
})

const pathsOf = async (root: string, options = defaults): Promise<string[]> =>
  (await discoverFiles(root, options)).files.map((file) => file.path)

describe('discoverFiles outside a git work tree', () => {
  it('lists every file, sorted by path', async () => {
    const root = await tree({ 'b.txt': 'bb', 'a/z.env': 'X=1\n', 'a/b/c.yml': '', '.env': 'A=1' })
    expect(await discoverFiles(root, defaults)).toEqual({
      files: [
        { path: '.env' },
        { path: 'a/b/c.yml' },
        { path: 'a/z.env' },
        { path: 'b.txt' }
      ],
      skipped: []
    })
  })

  it('honours .gitignore files, nested ones included, with git precedence', async () => {
    const root = await tree({
      '.gitignore': '*.log\nbuild/\n/secret.txt\n',
      'app.log': '',
      'secret.txt': '',
      'build/out.js': '',
      'src/secret.txt': '',
      'src/.gitignore': '!keep.log\ngenerated/\n',
      'src/keep.log': '',
      'src/other.log': '',
      'src/generated/x.ts': '',
      'src/main.ts': ''
    })
    expect(await pathsOf(root)).toEqual(['.gitignore', 'src/.gitignore', 'src/keep.log', 'src/main.ts', 'src/secret.txt'])
  })

  it('lists what git lists, folder-only rules among them: a file named like a folder rule, a folder a nested rule re-includes', async () => {
    const files = {
      '.gitignore': 'dist/\nbuild/  \n# a comment\n',
      'dist/a.js': '',
      'out/dist': '',
      'src/build': '',
      'src/build.ts': '',
      'a/.gitignore': '!dist/\n',
      'a/dist/x.js': '',
      'b/.gitignore': '*.map\ncache/\n',
      'b/app.js.map': '',
      'b/cache/y.js': '',
      'b/dist/z.js': '',
      'b/keep.js': ''
    }
    const root = await tree(files)
    const walked = await pathsOf(root)
    git(root, 'init', '--quiet')
    const listed = git(root, 'ls-files', '--others', '--exclude-standard').trim().split('\n').sort()
    expect(walked).toEqual(listed)
    expect(walked).toEqual(['.gitignore', 'a/.gitignore', 'a/dist/x.js', 'b/.gitignore', 'b/keep.js', 'out/dist', 'src/build', 'src/build.ts'])
  })

  it('asks a .gitignore of files only when one of its rules may match a file', () => {
    expect(matchesFiles('node_modules/\ndist/\n')).toBe(false)
    expect(matchesFiles('# only folders\n\nbuild/   \r\ncache/\n')).toBe(false)
    expect(matchesFiles('dist/\n*.log\n')).toBe(true)
    expect(matchesFiles('dist/\n!dist/keep/\n')).toBe(true)
    expect(matchesFiles('dist/\\ \n')).toBe(true)
    expect(matchesFiles('.env\n')).toBe(true)
  })

  it('always skips .git and node_modules folders at any depth', async () => {
    const root = await tree({
      '.git/config': '',
      'node_modules/x/index.js': '',
      'packages/a/node_modules/y/index.js': '',
      'packages/a/index.js': '',
      'node_modules.txt': ''
    })
    expect(await pathsOf(root)).toEqual(['node_modules.txt', 'packages/a/index.js'])
  })

  it('leaves out files matching the config ignore patterns', async () => {
    const root = await tree({
      'docs/examples/a.env': '',
      'docs/guide.md': '',
      'fixtures/x.env': '',
      'src/fixtures/y.env': '',
      'a.snap': '',
      'keep.snap': '',
      'vendor/lib/keep.snap': ''
    })
    const ignore = ['docs/examples/**', '/fixtures/', '*.snap', '!keep.snap', 'vendor/']
    // As in git, a negation cannot bring back a file whose folder is excluded (vendor/lib/keep.snap).
    expect(await pathsOf(root, { ...defaults, ignore })).toEqual(['docs/guide.md', 'keep.snap', 'src/fixtures/y.env'])
  })

  it('leaves sizes to reading: a file over the size cap is listed, and told apart when read', async () => {
    const root = await tree({ 'big.json': 'x'.repeat(101), 'small.json': 'x'.repeat(100) })
    expect(await discoverFiles(root, { ...defaults, maxFileSize: 100 })).toEqual({
      files: [{ path: 'big.json' }, { path: 'small.json' }],
      skipped: []
    })
  })

  it('throws when the root is not a folder', async () => {
    const root = await tree({ 'file.txt': '' })
    await expect(discoverFiles(join(root, 'file.txt'), defaults)).rejects.toThrow(/is not a directory/)
    await expect(discoverFiles(join(root, 'missing'), defaults)).rejects.toThrow(/ENOENT/)
  })
})

describe('discoverFiles inside a git work tree', () => {
  it('lists tracked files and untracked ones git does not ignore', async () => {
    const root = await tree({ '.gitignore': 'dist/\n*.local\n', 'src/a.ts': '', '.env.local': '' })
    gitRepo(root)
    await addFiles(root, { 'new.env': 'X=1', 'dist/bundle.js': '', 'notes.local': '' })
    expect(await pathsOf(root)).toEqual(['.gitignore', 'new.env', 'src/a.ts'])
  })

  it('scans a tracked file even when .gitignore matches it, as git does', async () => {
    const root = await tree({ '.gitignore': '*.env\n', 'prod.env': 'A=1' })
    gitRepo(root)
    git(root, 'add', '--force', 'prod.env')
    expect(await pathsOf(root)).toEqual(['.gitignore', 'prod.env'])
  })

  it('drops deleted-but-tracked files silently', async () => {
    const root = await tree({ 'gone.env': 'A=1', 'kept.env': 'B=2' })
    gitRepo(root)
    await rm(join(root, 'gone.env'))
    expect(await discoverFiles(root, defaults)).toEqual({ files: [{ path: 'kept.env' }], skipped: [] })
  })

  it('lists nothing in a work tree that holds only .git, whatever the index still tracks (git is not asked)', async () => {
    const root = await tree({ 'gone.env': 'A=1', 'sub/gone.yml': 'a: 1\n' })
    gitRepo(root)
    await rm(join(root, 'gone.env'))
    await rm(join(root, 'sub'), { recursive: true })
    expect(await discoverFiles(root, defaults)).toEqual({ files: [], skipped: [] })
    expect(await discoverFiles(root, { ...defaults, includeIgnored: () => true })).toEqual({ files: [], skipped: [] })
  })

  it('lists a path in conflict once, though git lists it once per conflict stage', async () => {
    const root = await tree({ 'app.env': 'A=1\n', 'b.ts': '' })
    gitRepo(root)
    const as = ['-c', 'user.name=t', '-c', 'user.email=t@example.com']
    const commit = (message: string): string => git(root, ...as, 'commit', '--quiet', '-am', message)
    commit('base')
    git(root, 'checkout', '--quiet', '-b', 'other')
    await addFiles(root, { 'app.env': 'A=2\n' })
    commit('other')
    git(root, 'checkout', '--quiet', '-')
    await addFiles(root, { 'app.env': 'A=3\n' })
    commit('this')
    expect(() => git(root, ...as, 'merge', 'other')).toThrow()
    await addFiles(root, { 'new.env': 'N=1\n' })
    expect(git(root, 'ls-files', '--cached', '--others', '--exclude-standard')).toBe('new.env\napp.env\napp.env\napp.env\nb.ts\n')
    expect(await listGitFiles(root)).toEqual(['new.env', 'app.env', 'b.ts'])
    expect(await listGitFiles(root, 'tracked')).toEqual(['app.env', 'b.ts'])
    expect(await pathsOf(root)).toEqual(['app.env', 'b.ts', 'new.env'])
  })

  it('skips node_modules even when it is tracked', async () => {
    const root = await tree({ 'node_modules/pkg/index.js': '', 'index.js': '' })
    gitRepo(root)
    git(root, 'add', '--force', 'node_modules')
    expect(await pathsOf(root)).toEqual(['index.js'])
  })

  it('lists paths relative to a root that is a subfolder of the work tree', async () => {
    const top = await tree({ '.gitignore': '*.log\n', 'outside.env': '', 'apps/web/.env': 'A=1', 'apps/web/src/x.ts': '' })
    gitRepo(top)
    await addFiles(top, { 'apps/web/untracked.env': '', 'apps/web/debug.log': '' })
    expect(await pathsOf(join(top, 'apps/web'))).toEqual(['.env', 'src/x.ts', 'untracked.env'])
  })

  it('keeps paths with spaces, quotes and non-ASCII characters intact', async () => {
    const names = ['a b.env', 'quote"d.env', 'ünïcode-日本.env', 'tab\there.env']
    const root = await tree(Object.fromEntries(names.map((name) => [name, ''])))
    gitRepo(root)
    expect(await pathsOf(root)).toEqual([...names].sort())
  })

  it('walks a root that git ignores instead of scanning nothing', async () => {
    const top = await tree({ '.gitignore': 'build/\n', 'src/a.ts': '', 'build/.env': 'A=1', 'build/.gitignore': '*.map\n', 'build/x.map': '' })
    gitRepo(top)
    expect(await pathsOf(join(top, 'build'))).toEqual(['.env', '.gitignore'])
  })

  it('applies the config ignore patterns to git listings too', async () => {
    const root = await tree({ 'docs/examples/a.env': '', 'docs/guide.md': '' })
    gitRepo(root)
    expect(await pathsOf(root, { ...defaults, ignore: ['docs/examples/'] })).toEqual(['docs/guide.md'])
  })
})

describe.each([
  ['walk', (_root: string) => undefined],
  ['git', (root: string) => gitRepo(root)]
])('symlinks (%s)', (_mode, prepare) => {
  it('refuses a link that leaves the root, to a file or a folder', async () => {
    const outside = await tree({ 'secret.env': 'KEY=1', 'dir/x.env': '' })
    const root = await tree({ 'a.env': '' })
    await addLink(root, 'leak.env', join(outside, 'secret.env'))
    await addLink(root, 'up', '..')
    await addLink(root, 'dir', join(outside, 'dir'))
    prepare(root)
    expect(await discoverFiles(root, defaults)).toEqual({
      files: [{ path: 'a.env' }],
      skipped: [
        { path: 'dir', reason: 'symlink-outside-root' },
        { path: 'leak.env', reason: 'symlink-outside-root' },
        { path: 'up', reason: 'symlink-outside-root' }
      ]
    })
  })

  it('does not walk links to folders inside the root, so cycles end', async () => {
    const root = await tree({ 'src/a.ts': '' })
    await addLink(root, 'src/loop', '..')
    await addLink(root, 'alias', 'src')
    prepare(root)
    expect(await discoverFiles(root, defaults)).toEqual({ files: [{ path: 'src/a.ts' }], skipped: [] })
  })

  it('reads a file reached through several links once', async () => {
    const root = await tree({ 'config/.env': 'A=1\n' })
    await addLink(root, '.env', 'config/.env')
    await addLink(root, 'copy.env', 'config/.env')
    prepare(root)
    expect(await pathsOf(root)).toEqual(['config/.env'])
  })

  it('drops a link whose target the config ignores: a link must not smuggle an ignored file in', async () => {
    const root = await tree({ 'shared/.env': 'A=1\n' })
    await addLink(root, 'app/.env', '../shared/.env')
    prepare(root)
    expect(await pathsOf(root, { ...defaults, ignore: ['shared/'] })).toEqual([])
  })

  it('keeps one link to a file that is not listed itself', async () => {
    const root = await tree({ '.gitignore': 'shared/\n', 'shared/.env': 'A=1\n' })
    await addLink(root, 'app/.env', '../shared/.env')
    await addLink(root, 'app/other.env', '../shared/.env')
    prepare(root)
    expect(await discoverFiles(root, defaults)).toEqual({
      files: [
        { path: '.gitignore' },
        { path: 'app/.env' }
      ],
      skipped: []
    })
  })

  it('ignores dangling links', async () => {
    const root = await tree({ 'a.env': '' })
    await addLink(root, 'dangling.env', 'nowhere.env')
    prepare(root)
    expect(await discoverFiles(root, defaults)).toEqual({ files: [{ path: 'a.env' }], skipped: [] })
  })
})

describe.each([
  ['walk', (_root: string) => undefined],
  ['git', (root: string) => gitRepo(root)]
])('includeIgnored (%s)', (_mode, prepare) => {
  const files = {
    '.gitignore': '.env.local\nbuild/\n*.log\n',
    '.env': 'A=1\n',
    '.env.local': 'A=2\n',
    'app/.env.local': 'A=3\n',
    'build/.env.local': 'A=4\n',
    'debug.log': 'x\n',
    'node_modules/pkg/.env.local': 'A=5\n'
  }

  it('leaves gitignored files out by default', async () => {
    const root = await tree(files)
    prepare(root)
    expect(await pathsOf(root)).toEqual(['.env', '.gitignore'])
  })

  it('adds the ignored files the predicate accepts, marked, never from node_modules', async () => {
    const root = await tree(files)
    prepare(root)
    const found = await discoverFiles(root, { ...defaults, includeIgnored: (path) => path.endsWith('.env.local') })
    expect(found.files).toEqual([
      { path: '.env' },
      { path: '.env.local', ignored: true },
      { path: '.gitignore' },
      { path: 'app/.env.local', ignored: true },
      { path: 'build/.env.local', ignored: true }
    ])
  })
})

describe('discoverFiles: work per file, counted', () => {
  const files = { 'a.env': 'A=1\n', 'src/app.ts': 'export {}\n', 'src/deep/x.json': '{}', 'docs/readme.md': '# x\n' }

  it('outside a work tree: no git run, no lstat but for the links the walk met', async () => {
    const root = await tree(files)
    await addLink(root, 'linked.env', 'a.env')
    await addLink(root, 'src/up', '..')
    resetIoCounts()
    expect(await pathsOf(root)).toEqual(['a.env', 'docs/readme.md', 'src/app.ts', 'src/deep/x.json'])
    // The two links, and the folder one of them is in (src); each link resolved.
    expect(ioCounts).toMatchObject({ gitSpawn: 0, lstat: 3, realpath: 2 })
  })

  it('below a folder GIT_CEILING_DIRECTORIES names: no git run, as git would not look above it', async () => {
    const outer = await tree({})
    gitRepo(outer)
    await addFiles(outer, Object.fromEntries(Object.entries(files).map(([path, text]) => [`inner/${path}`, text])))
    const root = join(outer, 'inner')
    const before = process.env.GIT_CEILING_DIRECTORIES
    try {
      resetIoCounts()
      expect(await pathsOf(root)).toEqual(['a.env', 'docs/readme.md', 'src/app.ts', 'src/deep/x.json'])
      expect(ioCounts.gitSpawn).toBeGreaterThan(0)
      process.env.GIT_CEILING_DIRECTORIES = ['relative/ignored', outer].join(delimiter)
      resetIoCounts()
      expect(await pathsOf(root)).toEqual(['a.env', 'docs/readme.md', 'src/app.ts', 'src/deep/x.json'])
      expect(ioCounts).toMatchObject({ gitSpawn: 0, lstat: 0 })
    } finally {
      if (before === undefined) delete process.env.GIT_CEILING_DIRECTORIES
      else process.env.GIT_CEILING_DIRECTORIES = before
    }
  })

  it('inside a work tree: git lists, the walk says which paths are plain files, so only links are looked at', async () => {
    const root = await tree(files)
    await addLink(root, 'linked.env', 'a.env')
    gitRepo(root)
    resetIoCounts()
    expect(await pathsOf(root)).toEqual(['a.env', 'docs/readme.md', 'src/app.ts', 'src/deep/x.json'])
    expect(ioCounts).toMatchObject({ gitSpawn: 1, lstat: 1 })
  })

  it('looks one by one only at what git lists and the walk did not see (a file added with --force)', async () => {
    const root = await tree({ ...files, '.gitignore': 'build/\n', 'build/keep.env': 'B=2\n', 'build/other.env': 'C=3\n' })
    gitRepo(root)
    git(root, 'add', '--force', 'build/keep.env')
    resetIoCounts()
    expect(await pathsOf(root)).toEqual(['.gitignore', 'a.env', 'build/keep.env', 'docs/readme.md', 'src/app.ts', 'src/deep/x.json'])
    // The file and its folder (build).
    expect(ioCounts).toMatchObject({ gitSpawn: 1, lstat: 2, realpath: 0 })
  })
})
