/** The git index as a file set (`--staged`): staged paths and content, read from git in batches. */
import { describe, it, expect, afterEach } from '@jest/globals'
import { stagedFiles } from '../../src/discover/index.js'
import { GitRepo } from '../github/git-repo.js'

const repos: GitRepo[] = []
afterEach(() => repos.splice(0).forEach((repo) => repo.dispose()))

describe('stagedFiles', () => {
  it('lists staged files with their staged sizes, skips what is too large, and reads each in small batches', async () => {
    const repo = new GitRepo()
    repos.push(repo)
    repo.write('a.env', 'A=staged\n').write('b.env', 'B=2\n').write('c/d.txt', 'same\n').write('e.txt', 'same\n').write('big.txt', 'x'.repeat(100))
    repo.git('add', '--all')
    repo.write('a.env', 'A=only on disk\n')
    const set = await stagedFiles(repo.dir, { ignore: ['e.txt'], maxFileSize: 50 }, 12)
    expect(set.files).toEqual([
      { path: 'a.env' },
      { path: 'b.env' },
      { path: 'c/d.txt' }
    ])
    expect(set.skipped).toEqual([{ path: 'big.txt', reason: 'too-large', detail: '100 bytes' }])
    const texts = []
    for (const { path } of set.files) texts.push(await set.read(path))
    expect(texts).toEqual([
      { path: 'a.env', text: 'A=staged\n' },
      { path: 'b.env', text: 'B=2\n' },
      { path: 'c/d.txt', text: 'same\n' }
    ])
    expect(await set.read('nope')).toEqual({ path: 'nope', reason: 'unreadable', detail: 'not staged' })
  })
})
