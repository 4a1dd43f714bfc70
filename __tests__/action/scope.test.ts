/**
 * The action on a pull_request event in a real git repository (`scope: changed`, the default there), scanning a
 * sub-folder: git's changed paths, relative to the workspace, become the scan's, relative to the scanned folder.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { fakeKeys } from '../helpers/keys.js'
import { GitRepo } from '../github/git-repo.js'
import { commands, runAction } from './run.js'

const repo = new GitRepo()
afterAll(() => repo.dispose())

describe('scope: changed in the action', () => {
  it('annotates the changed files, still judges the configuration it leaves alone, and searches no other file', async () => {
    repo
      .write('app/package.json', '{"name":"nextchat"}\n')
      .write('app/.env', 'BASE_URL=https://api.rutaapi.com\nCODE=team\n')
      .write('app/legacy/.env', 'BASE_URL=https://app.rutaapi.com\n')
      .write('app/docs/setup.md', `OPENAI_API_KEY=${fakeKeys.openaiProject('docs')}\n`)
      .write('app/src/util.ts', 'export {}\n')
    const base = repo.commit('base')
    repo
      .write('app/.env', 'BASE_URL=https://api.rutaapi.com/v1\nCODE=team\n')
      .write('app/src/util.ts', `export const key = '${fakeKeys.anthropic('pr')}'\n`)
      .write('other/notes.md', `${fakeKeys.groq('outside')}\n`)
    const head = repo.commit('pr')
    const event = { name: 'pull_request', payload: { pull_request: { number: 3, base: { sha: base, ref: 'main', repo: { full_name: 'o/r' } }, head: { sha: head, ref: 'f', repo: { full_name: 'o/r' } } } } }

    const run = await runAction({}, { path: 'app', 'fail-on': 'never', comment: 'never', 'github-token': '' }, { event, env: { GITHUB_WORKSPACE: repo.dir } })

    const annotated = commands(run.log, 'error').map((line) => /title=([\w-]+),file=([^,]+)/.exec(line)?.slice(1).join(' '))
    expect(annotated.sort()).toEqual(['base-url-path app/.env', 'leaked-key app/src/util.ts'])
    // The full report in the log: configuration the PR leaves alone is judged; a document it leaves alone is not read.
    expect(run.log).toContain('app/legacy/.env')
    expect(run.log).not.toContain('app/docs/setup.md')
    expect(run.log).not.toContain('other/notes.md')
  })
})
