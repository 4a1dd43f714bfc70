import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { appendFile, mkdir, rename, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { hasUnmodelledSetting, indexedPaths, parseIndex } from '../../src/discover/git-index.js'
import { listGitFiles } from '../../src/discover/git.js'
import { ioCounts, resetIoCounts } from '../../src/discover/index.js'
import { generator } from '../helpers/keys.js'
import { addFiles, addLink, cleanup, git, gitRepo, makeTree } from './tree.js'

const roots: string[] = []
afterEach(async () => {
  await Promise.all(roots.splice(0).map(cleanup))
})

async function repository(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files)
  roots.push(root)
  gitRepo(root)
  return root
}

/** What `git ls-files -z --cached` prints in `cwd`, a path of several conflict stages once. */
function gitListing(cwd: string): string[] {
  const listed = git(cwd, 'ls-files', '-z', '--cached').split('\0')
  return listed.filter((path, at) => path !== '' && path !== listed[at - 1])
}

/** Names with what paths hold in real trees: dots, dashes, spaces, accents, other scripts, a name that sorts before '/'. */
const NAME_PARTS = ['a', 'b', 'src', 'config', '.env', 'x-y', 'z.z', 'é', '日本', 'file name', 'a-', 'a.b', '_', 'Ü', '0']

function randomTree(seed: number): Record<string, string> {
  const next = generator(seed)
  const pick = (): string => NAME_PARTS[Math.floor(next() * NAME_PARTS.length)]!
  const files: Record<string, string> = {}
  for (let i = 0; i < 40; i++) {
    const depth = Math.floor(next() * 4)
    const folders = Array.from({ length: depth }, () => `${pick()}${Math.floor(next() * 3)}`)
    files[[...folders, `${pick()}-${i}.txt`].join('/')] = `${i}\n`
  }
  return files
}

describe('indexedPaths: the tracked paths from the index, as git ls-files lists them', () => {
  it('lists what git lists, from the top and from a folder inside, in index versions 2, 3 and 4', async () => {
    for (let seed = 1; seed <= 6; seed++) {
      const files = randomTree(seed)
      const root = await repository(files)
      // Version 3 holds the extended flags of a skip-worktree and an intent-to-add entry.
      const [first, second] = Object.keys(files).sort()
      git(root, 'update-index', '--skip-worktree', first!)
      await addFiles(root, { 'later.txt': 'x\n' })
      git(root, 'add', '-N', 'later.txt')
      for (const version of ['2', '3', '4']) {
        if (version === '2') git(root, 'update-index', '--no-skip-worktree', first!)
        else git(root, 'update-index', '--skip-worktree', first!)
        if (version === '2') git(root, 'rm', '--cached', '--quiet', 'later.txt')
        else git(root, 'add', '-N', 'later.txt')
        git(root, 'update-index', '--index-version', version)
        expect(readFileSync(join(root, '.git/index')).readUInt32BE(4)).toBe(Number(version))
        expect(indexedPaths(root)).toEqual(gitListing(root))
        const folder = second!.includes('/') ? second!.slice(0, second!.indexOf('/')) : undefined
        if (folder !== undefined) expect(indexedPaths(join(root, folder))).toEqual(gitListing(join(root, folder)))
      }
    }
  })

  it('lists a conflicted path once, links, submodules and paths longer than the 12-bit length field', async () => {
    const root = await repository({ 'a.env': 'A=1\n', 'b.txt': 'base\n' })
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'base')
    git(root, 'checkout', '--quiet', '-b', 'other')
    await addFiles(root, { 'b.txt': 'other\n' })
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-am', 'other')
    git(root, 'checkout', '--quiet', '-')
    await addFiles(root, { 'b.txt': 'mine\n' })
    git(root, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-am', 'mine')
    expect(() => git(root, '-c', 'user.name=t', '-c', 'user.email=t@t', 'merge', '--quiet', 'other')).toThrow()
    await addLink(root, 'link.env', 'a.env')
    git(root, 'add', 'link.env')
    const blob = git(root, 'hash-object', '-w', 'a.env').trim()
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${blob},vendor/sub`)
    const long = `${Array.from({ length: 20 }, (_, i) => `${'d'.repeat(230)}${i}`).join('/')}/deep.env`
    expect(long.length).toBeGreaterThan(0xfff)
    git(root, 'update-index', '--add', '--cacheinfo', `100644,${blob},${long}`)
    for (const version of ['2', '4']) {
      git(root, 'update-index', '--index-version', version)
      const listed = indexedPaths(root)
      expect(listed).toEqual(gitListing(root))
      expect(listed).toEqual(['a.env', 'b.txt', long, 'link.env', 'vendor/sub'].sort())
    }
  })

  it('leaves to git what it does not model: split and sparse indexes, SHA-256, linked work trees, settings', async () => {
    // Most entries in a shared index file; the index holds one added since, and the `link` extension.
    const split = await repository(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.env`, `A=${i}\n`])))
    git(split, 'update-index', '--split-index')
    await addFiles(split, { 'new.env': 'N=1\n' })
    git(split, 'add', 'new.env')
    expect(gitListing(split)).toHaveLength(21)
    expect(indexedPaths(split)).toBeUndefined()

    const sparse = await repository({ 'in/a.env': 'A=1\n', 'out/b.env': 'B=1\n' })
    git(sparse, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'base')
    git(sparse, 'sparse-checkout', 'set', '--cone', '--sparse-index', 'in')
    expect(indexedPaths(sparse)).toBeUndefined()
    // Its folder entry (`out/`, mode 040000) says so too, without the `sdir` extension.
    const sparseBytes = readFileSync(join(sparse, '.git/index'))
    const sdir = sparseBytes.lastIndexOf('sdir')
    expect(sdir).toBeGreaterThan(0)
    sparseBytes.write('Zdir', sdir, 'latin1')
    expect(parseIndex(sparseBytes)).toBeUndefined()

    const sha256 = await makeTree({ 'a.env': 'A=1\n' })
    roots.push(sha256)
    git(sha256, 'init', '--quiet', '--object-format=sha256')
    git(sha256, 'add', '.')
    expect(indexedPaths(sha256)).toBeUndefined()

    const main = await repository({ 'a.env': 'A=1\n' })
    git(main, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '--quiet', '-m', 'base')
    const linked = `${main}-linked`
    roots.push(linked)
    git(main, 'worktree', 'add', '--quiet', linked)
    expect(indexedPaths(linked)).toBeUndefined()
    expect(indexedPaths(join(main, '.git'))).toBeUndefined()

    // An empty `.git` folder below the top: git passes it by for the repository above, and so leaves this to git.
    const nested = await repository({ 'sub/a.env': 'A=1\n' })
    await mkdir(join(nested, 'sub/.git'))
    expect(indexedPaths(join(nested, 'sub'))).toBeUndefined()
    expect(indexedPaths(nested)).toEqual(['sub/a.env'])

    const moved = await repository({ 'a.env': 'A=1\n' })
    git(moved, 'config', 'core.worktree', moved)
    expect(indexedPaths(moved)).toBeUndefined()

    const plain = await repository({ 'a.env': 'A=1\n' })
    expect(indexedPaths(plain)).toEqual(['a.env'])
    process.env.GIT_INDEX_FILE = join(plain, 'other-index')
    try {
      expect(indexedPaths(plain)).toBeUndefined()
    } finally {
      delete process.env.GIT_INDEX_FILE
    }
  })

  it('reads settings as git does: a key after its header, a bare key as true, any true value, the format version', () => {
    const init = '[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n\tlogallrefupdates = true\n'
    expect(hasUnmodelledSetting(init)).toBe(false)
    expect(hasUnmodelledSetting(`${init}[remote "origin"]\n\turl = https://example.test/r.git # bare worktree\n`)).toBe(false)
    for (const bare of ['\tbare', '\tbare = yes', '\tbare = on', '\tbare = 1', '\tbare = "true"', '\tBARE = True']) {
      expect(hasUnmodelledSetting(`[core]\n${bare}\n`)).toBe(true)
    }
    for (const falseValue of ['false', 'no', 'off', '0', '"false"', 'false ; a comment']) {
      expect(hasUnmodelledSetting(`[core]\n\tbare = ${falseValue}\n`)).toBe(false)
    }
    for (const line of ['[core] worktree = /x', '[core] bare = true', '[extensions] worktreeConfig', '[extensions]\n\tobjectFormat = sha256', '[core]\n\tsplitIndex = false']) {
      expect(hasUnmodelledSetting(line)).toBe(true)
    }
    expect(hasUnmodelledSetting('[core]\n\trepositoryformatversion = 1\n')).toBe(true)
  })

  it('leaves to git a repository git would pass by or read otherwise: a bad HEAD, a common dir, config.worktree, a linked .git', async () => {
    // A nested repository whose HEAD git does not take: git lists the outer one's index from there.
    const outer = await repository({ 'a.env': 'A=1\n', 'inner/b.env': 'B=1\n' })
    git(join(outer, 'inner'), 'init', '--quiet')
    git(join(outer, 'inner'), 'add', '.')
    expect(indexedPaths(join(outer, 'inner'))).toEqual(gitListing(join(outer, 'inner')))
    await writeFile(join(outer, 'inner/.git/HEAD'), 'garbage\n')
    expect(indexedPaths(join(outer, 'inner'))).toBeUndefined()

    const shared = await repository({ 'a.env': 'A=1\n' })
    await writeFile(join(shared, '.git/commondir'), '.\n')
    expect(indexedPaths(shared)).toBeUndefined()

    const perTree = await repository({ 'a.env': 'A=1\n' })
    await writeFile(join(perTree, '.git/config.worktree'), '[core]\n\tworktree = /elsewhere\n')
    expect(indexedPaths(perTree)).toBeUndefined()

    const linked = await repository({ 'a.env': 'A=1\n' })
    await rename(join(linked, '.git'), join(linked, 'real-git'))
    await symlink(join(linked, 'real-git'), join(linked, '.git'))
    expect(indexedPaths(linked)).toBeUndefined()

    const bare = await repository({ 'a.env': 'A=1\n', 'sub/b.env': 'B=1\n' })
    await appendFile(join(bare, '.git/config'), '[core]\n\tbare\n')
    expect(indexedPaths(join(bare, 'sub'))).toBeUndefined()

    const objects = await repository({ 'a.env': 'A=1\n' })
    process.env.GIT_OBJECT_DIRECTORY = '/nonexistent'
    try {
      expect(indexedPaths(objects)).toBeUndefined()
    } finally {
      delete process.env.GIT_OBJECT_DIRECTORY
    }
  })

  it('reads no index as nothing listed, and damaged bytes as a question for git, without throwing', async () => {
    const empty = await makeTree({ 'a.env': 'A=1\n' })
    roots.push(empty)
    git(empty, 'init', '--quiet')
    expect(indexedPaths(empty)).toEqual([])

    const root = await repository(randomTree(7))
    const bytes = readFileSync(join(root, '.git/index'))
    expect(parseIndex(Buffer.from(bytes))).toEqual(gitListing(root))
    const next = generator(7)
    for (let i = 0; i < 300; i++) {
      const damaged = Buffer.from(bytes)
      if (i % 2 === 0) damaged[Math.floor(next() * damaged.length)] = Math.floor(next() * 256)
      const cut = i % 3 === 0 ? damaged.subarray(0, Math.floor(next() * damaged.length)) : damaged
      expect(() => parseIndex(cut)).not.toThrow()
    }
    // An extension that changes what the entries mean (a split index's `link`, a sparse index's `sdir`), added
    // before the checksum; one git may ignore (an upper-case first letter) does not count.
    const withExtension = (signature: string): Buffer => {
      const header = Buffer.alloc(8)
      header.write(signature, 0, 'latin1')
      header.writeUInt32BE(4, 4)
      return Buffer.concat([bytes.subarray(0, -20), header, Buffer.alloc(4), bytes.subarray(-20)])
    }
    expect(parseIndex(withExtension('link'))).toBeUndefined()
    expect(parseIndex(withExtension('sdir'))).toBeUndefined()
    expect(parseIndex(withExtension('ZZZZ'))).toEqual(gitListing(root))
    // An extension git does not know and may not ignore (lower case first): git refuses the index.
    expect(parseIndex(withExtension('abcd'))).toBeUndefined()
    expect(parseIndex(Buffer.from(bytes.subarray(0, 40)))).toBeUndefined()
    expect(parseIndex(Buffer.from('not an index at all, just text of some length'))).toBeUndefined()
  })

  it('leaves to git an entry git refuses or prints otherwise: unknown extended flags, a NUL inside a name', async () => {
    const root = await repository({ 'abc.txt': 'x\n', 'def.txt': 'y\n' })
    const plain = readFileSync(join(root, '.git/index'))
    const name = plain.indexOf('abc.txt')
    expect(parseIndex(Buffer.from(plain))).toEqual(['abc.txt', 'def.txt'])
    const cut = Buffer.from(plain)
    cut[name + 1] = 0
    expect(parseIndex(cut)).toBeUndefined()

    git(root, 'update-index', '--skip-worktree', 'abc.txt')
    const extended = readFileSync(join(root, '.git/index'))
    expect(extended.readUInt32BE(4)).toBe(3)
    expect(parseIndex(Buffer.from(extended))).toEqual(['abc.txt', 'def.txt'])
    // The extended flags sit just before the name: a bit git 2.39 does not know.
    const unknown = Buffer.from(extended)
    unknown[extended.indexOf('abc.txt') - 1]! |= 0x01
    expect(parseIndex(unknown)).toBeUndefined()
  })

  it('spares the spawn of git for the tracked listing, and git still lists the untracked files', async () => {
    const root = await repository({ 'a.env': 'A=1\n', 'src/app.ts': 'export {}\n' })
    await addFiles(root, { 'new.env': 'N=1\n' })
    resetIoCounts()
    expect(await listGitFiles(root, 'tracked')).toEqual(['a.env', 'src/app.ts'])
    expect(ioCounts.gitSpawn).toBe(0)
    expect(await listGitFiles(root, 'untracked')).toEqual(['new.env'])
    expect(ioCounts.gitSpawn).toBe(1)
  })
})
