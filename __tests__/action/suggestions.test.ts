/**
 * The action on a pull_request event with the GitHub API emulated on loopback: fixes on changed lines become one
 * review of suggestions, a fixed line's suggestion is removed on the next run, and a fork's read-only token (403)
 * puts the suggestions in the sticky comment instead. @actions/github reads GITHUB_API_URL when it is loaded, so
 * the action is imported only once the server runs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubServer } from '../helpers/github-server.js'

const REPO = 'octo/app'
const server = await GitHubServer.start()
const saved = { api: process.env.GITHUB_API_URL, repo: process.env.GITHUB_REPOSITORY }
process.env.GITHUB_API_URL = server.url
process.env.GITHUB_REPOSITORY = REPO
const { runAction } = await import('./run.js')

afterAll(async () => {
  await server.close()
  for (const [name, value] of [['GITHUB_API_URL', saved.api], ['GITHUB_REPOSITORY', saved.repo]] as const) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

const event = {
  name: 'pull_request',
  payload: { pull_request: { number: 7, base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: REPO } }, head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: REPO } } } }
}
const env = { GITHUB_WORKFLOW: 'LLM config', GITHUB_JOB: 'lint' }
const inputs = { 'github-token': 'test-token', 'fail-on': 'never' }
const files = (env: string): Record<string, string> => ({ 'package.json': '{"name":"nextchat"}\n', '.env': env })
const changes = (lines: string[]) => [{ filename: '.env', status: 'added', changes: lines.length, patch: `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}` }]

describe('review suggestions', () => {
  const broken = ['BASE_URL=https://api.rutaapi.com/v1', 'CODE=team']
  beforeAll(() => server.addPullRequest(REPO, 7, changes(broken)))

  it('posts a suggestion on the changed line, then removes it once the line is fixed; the comment does not repeat it', async () => {
    const first = await runAction(files(`${broken.join('\n')}\n`), inputs, { event, env })
    expect(first.exitCode).toBeFalsy()
    expect(server.reviewComments.map((c) => [c.path, c.line])).toEqual([['.env', 1]])
    expect(server.reviewComments[0]!.body).toContain('```suggestion\nBASE_URL=https://api.rutaapi.com\n```')
    expect(server.reviewComments[0]!.body.split('\n')[0]).toBe('<!-- llm-env-lint:suggestion key=LLM%20config%2Flint -->')
    expect(server.comments).toHaveLength(1)
    expect(server.comments[0]!.body).not.toContain('```suggestion')

    const again = await runAction(files(`${broken.join('\n')}\n`), inputs, { event, env })
    expect(again.exitCode).toBeFalsy()
    expect(server.requestsTo('create-review')).toHaveLength(1)

    const fixed = ['BASE_URL=https://api.rutaapi.com', 'CODE=team']
    server.pullFiles.set(`${REPO}#7`, changes(fixed))
    await runAction(files(`${fixed.join('\n')}\n`), inputs, { event, env })
    expect(server.reviewComments).toEqual([])
    expect(server.requestsTo('create-review')).toHaveLength(1)
    expect(server.comments).toHaveLength(1)
  })

  it('puts the suggestions in the comment when the token may not review (a fork), with a warning', async () => {
    server.pullFiles.set(`${REPO}#7`, changes(broken))
    server.fail('create-review', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const run = await runAction(files(`${broken.join('\n')}\n`), inputs, { event, env })
    expect(run.log).toContain('put its suggestions in the comment instead of a review')
    expect(server.reviewComments).toEqual([])
    expect(server.comments.at(-1)!.body).toMatch(/```suggestion\n\s*BASE_URL=https:\/\/api\.rutaapi\.com\n/)
  })

  it('leaves reviews alone with suggestions: never', async () => {
    const before = server.requestsTo('list-review-comments').length
    await runAction(files(`${broken.join('\n')}\n`), { ...inputs, suggestions: 'never' }, { event, env })
    expect(server.requestsTo('list-review-comments')).toHaveLength(before)
    expect(server.comments.at(-1)!.body).toContain('```suggestion')
  })
})
