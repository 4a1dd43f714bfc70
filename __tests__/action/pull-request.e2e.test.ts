/**
 * The BUILT action (dist/index.js) on a pull_request event: a real git repository with a base and PR
 * commits, an event payload file, and the GitHub API emulated on loopback (GITHUB_API_URL). Run
 * `npm run build` first when src/ changed; CI checks that dist/ is current.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { GitRepo } from '../github/git-repo.js'
import { GitHubServer } from '../helpers/github-server.js'
import { fakeKeys } from '../helpers/keys.js'

const ACTION = resolve('dist/index.js')
const REPO = 'acme/chat'
const removedKey = fakeKeys.groq('history')

interface ActionRun {
  readonly code: number
  readonly stdout: string
  readonly outputs: string
  readonly summary: string
}

/** Spawned, not execFileSync: the emulated API lives in this process and must keep answering. */
function runAction(workspace: string, event: object, api: GitHubServer, extra: Record<string, string> = {}): Promise<ActionRun> {
  const temp = mkdtempSync(join(tmpdir(), 'llm-env-lint-action-'))
  const files = { event: join(temp, 'event.json'), output: join(temp, 'output'), summary: join(temp, 'summary') }
  writeFileSync(files.event, JSON.stringify(event))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: REPO,
    GITHUB_API_URL: api.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: temp,
    'INPUT_GITHUB-TOKEN': 'test-token',
    INPUT_PATH: '.',
    'INPUT_FAIL-ON': 'error',
    INPUT_COMMENT: 'auto',
    ...extra
  }
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ACTION], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      const run = { code: code ?? -1, stdout, outputs: readFileSync(files.output, 'utf8'), summary: readFileSync(files.summary, 'utf8') }
      rmSync(temp, { recursive: true, force: true })
      done(run)
    })
  })
}

function pullRequestEvent(base: string, head: string, headRepo = REPO): object {
  return {
    pull_request: {
      number: 7,
      base: { sha: base, ref: 'main', repo: { full_name: REPO } },
      head: { sha: head, ref: 'feature', repo: { full_name: headRepo } }
    }
  }
}

/** An output's value; the runner keeps the last one written (comment-url is written again once the comment exists). */
const output = (run: ActionRun, name: string): string | undefined =>
  [...run.outputs.matchAll(new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'gm'))].at(-1)?.[2]

describe('the built action on a pull request', () => {
  let api: GitHubServer
  let repo: GitRepo
  let event: object

  beforeAll(async () => {
    api = await GitHubServer.start()
    api.addPullRequest(REPO, 7)
    repo = new GitRepo()
    repo.write('package.json', '{"name":"nextchat"}\n')
    repo.write('.env', 'BASE_URL=https://api.rutaapi.com\nCODE=team\n')
    // A mistake that predates the PR, in a file it does not touch.
    repo.write('legacy/.env', 'BASE_URL=https://app.rutaapi.com\n')
    const base = repo.commit('base')
    repo.write('.env', 'BASE_URL=https://api.rutaapi.com/v1\nCODE=team\n')
    repo.write('notes.txt', `temporary: ${removedKey}\n`)
    repo.commit('try the gateway')
    repo.remove('notes.txt')
    const head = repo.commit('remove the notes')
    event = pullRequestEvent(base, head)
  })

  afterAll(async () => {
    await api.close()
    repo.dispose()
  })

  /** Every run of the repository with the removed key, for the check that none of them shows it. */
  const runs: ActionRun[] = []

  it('comments once, on the files the PR changes and on keys left in its history, and fails', async () => {
    const run = await runAction(repo.dir, event, api)
    runs.push(run)
    expect(run.code).toBe(1)
    expect(api.comments).toHaveLength(1)
    const body = api.comments[0]!.body
    expect(body.startsWith('<!-- llm-env-lint:report -->')).toBe(true)
    expect(body).toContain('base-url-path')
    expect(body).toContain('stays in the history')
    expect(body).not.toContain('legacy/.env')
    expect(output(run, 'comment-url')).toBe(api.comments[0]!.html_url)
    // The annotations follow the comment; the summary and the log keep every finding.
    expect(run.stdout).toMatch(/::error title=base-url-path,file=\.env,line=1/)
    expect(run.stdout).not.toMatch(/::error title=base-url-not-api,file=legacy\/\.env/)
    expect(run.summary).toContain('legacy/.env')
    expect(run.stdout).toContain('legacy/.env')
  })

  it('updates the same comment on the next run, never a second one', async () => {
    const firstId = api.comments[0]!.id
    runs.push(await runAction(repo.dir, event, api))
    expect(api.comments.map((c) => c.id)).toEqual([firstId])
    expect(api.requestsTo('create-comment')).toHaveLength(1)
  })

  // The runs above, not one more: spawning the built action is what makes this file slow.
  it('never shows the key, in any channel', () => {
    const middle = removedKey.slice(6, 30)
    expect(runs).toHaveLength(2)
    for (const run of runs) {
      for (const text of [run.stdout, run.outputs, run.summary, api.comments[0]!.body]) expect(text).not.toContain(middle)
    }
  })

  it('when GitHub refuses the comment (a fork token is read-only): a warning, and the exit status still follows the findings', async () => {
    api.fail('list-comments', { status: 403, body: { message: 'Resource not accessible by integration' } })
    const run = await runAction(repo.dir, event, api)
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::warning::llm-env-lint did not comment: /)
    expect(output(run, 'comment-url')).toBe('')
    expect(run.summary).toContain('base-url-path')
  })

  it('writes an all-clear when the pull request has nothing to report', async () => {
    const clean = new GitRepo()
    try {
      clean.write('package.json', '{"name":"nextchat"}\n').write('.env', 'BASE_URL=https://api.rutaapi.com\nCODE=team\n')
      const base = clean.commit('base')
      clean.write('README.md', 'docs\n')
      const cleanHead = clean.commit('docs')
      const run = await runAction(clean.dir, pullRequestEvent(base, cleanHead), api)
      expect(run.code).toBe(0)
      expect(api.comments).toHaveLength(1)
      expect(api.comments[0]!.body).toContain("✅ **No problems found**")
    } finally {
      clean.dispose()
    }
  })
})
