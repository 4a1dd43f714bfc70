import { afterAll, beforeAll, describe, it, expect } from '@jest/globals'
import { GitError } from '../../src/discover/git.js'
import { addedLinesInCommits, type AddedLine } from '../../src/discover/history.js'
import { fakeKeys } from '../helpers/keys.js'
import { GitRepo } from '../github/git-repo.js'

describe('addedLinesInCommits', () => {
  const repo = new GitRepo()
  const key = fakeKeys.openaiProject('history')
  const commits: Record<string, string> = {}
  let base: string
  let lines: AddedLine[]

  beforeAll(async () => {
    base = repo.write('.env', 'BASE_URL=https://api.rutaapi.com\n').commit('base')
    repo.git('checkout', '--quiet', '-b', 'feature')
    commits.addKey = repo.write('.env', `BASE_URL=https://api.rutaapi.com\nOPENAI_API_KEY=${key}\n`).commit('add key')
    commits.removeKey = repo.write('.env', 'BASE_URL=https://api.rutaapi.com\nOPENAI_API_KEY=${OPENAI_API_KEY}\n').commit('oops, use a reference')
    // A side branch merged into the PR: its commit counts, the merge commit does not.
    repo.git('checkout', '--quiet', '-b', 'side', commits.addKey)
    commits.side = repo.write('compose.yml', 'services:\n  app:\n    image: yidadaa/chatgpt-next-web\n').commit('side work')
    repo.git('checkout', '--quiet', 'feature')
    repo.git('merge', '--quiet', '--no-ff', '-m', 'merge side', 'side')
    lines = await addedLinesInCommits(repo.dir, base, 'feature')
  })

  afterAll(() => repo.dispose())

  it('finds a key added in one commit and removed in a later one', () => {
    const keyLines = lines.filter(line => line.text.includes(key))
    expect(keyLines.map(({ commit, file, line }) => ({ commit, file, line }))).toEqual([{ commit: commits.addKey, file: '.env', line: 2 }])
    expect(keyLines[0]!.text === `OPENAI_API_KEY=${key}`).toBe(true)
  })

  it('lists every added line of every non-merge commit, oldest first', () => {
    const summary = lines.map(({ commit, file, line, text }) => [commit, file, line, text.includes(key) ? '<key>' : text])
    expect(summary).toEqual([
      [commits.addKey, '.env', 2, '<key>'],
      [commits.removeKey, '.env', 2, 'OPENAI_API_KEY=${OPENAI_API_KEY}'],
      [commits.side, 'compose.yml', 1, 'services:'],
      [commits.side, 'compose.yml', 2, '  app:'],
      [commits.side, 'compose.yml', 3, '    image: yidadaa/chatgpt-next-web']
    ])
  })

  it('is empty when head adds nothing', async () => {
    expect(await addedLinesInCommits(repo.dir, 'feature', 'feature')).toEqual([])
  })

  it('throws an explained GitError for a commit that is not in the clone', async () => {
    await expect(addedLinesInCommits(repo.dir, 'deadbeef'.repeat(5), 'feature')).rejects.toThrow(GitError)
    await expect(addedLinesInCommits(repo.dir, '-p', 'feature')).rejects.toThrow('not a git revision: "-p"')
  })
})
