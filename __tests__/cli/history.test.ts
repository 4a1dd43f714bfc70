/** `--history`: every commit reachable from HEAD, read in one pass for keys added and removed again. Real git repositories. */
import { describe, it, expect, afterEach } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { GitRepo } from '../github/git-repo.js'
import { fakeKeys } from '../helpers/keys.js'

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} })
  return { code, stdout, stderr }
}

const leaks = (stdout: string) =>
  (JSON.parse(stdout) as JsonReport).findings.filter((f) => f.ruleId === 'leaked-key').map((f) => `${f.file}:${f.line}: ${f.message}`)

const removed = fakeKeys.anthropic('history-removed')
const kept = fakeKeys.openaiProject('history-kept')
const repos: GitRepo[] = []
afterEach(() => repos.splice(0).forEach((repo) => repo.dispose()))

/** Key `removed` added, moved, re-added and removed again; key `kept` added later and still in the tree. */
function history(): { repo: GitRepo; first: string } {
  const repo = new GitRepo()
  repos.push(repo)
  const first = repo.write('README.md', '# app\n').write('.env', `ANTHROPIC_API_KEY=${removed}\n`).commit('add settings')
  repo.write('.env', 'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}\n').commit('load the key from the environment')
  repo.write('deploy/.env', `# again\nANTHROPIC_API_KEY=${removed}\n`).commit('oops')
  repo.remove('deploy/.env').commit('remove it')
  repo.write('src/config.js', `export const key = '${kept}'\n`).commit('config')
  return { repo, first }
}

describe('--history', () => {
  it('reports each key once: a removed one with the commit that first added it, a kept one where it stands', async () => {
    const { repo, first } = history()
    expect(leaks((await cli(['--format', 'json'], repo.dir)).stdout)).toEqual([expect.stringMatching(/^src\/config\.js:1: OpenAI key .+ is committed in /)])
    const run = await cli(['--history', '--format', 'json'], repo.dir)
    expect(run.code).toBe(1)
    expect(leaks(run.stdout)).toEqual([
      `.env:1: Anthropic key sk-ant-api03-…${removed.slice(-4)} was added by commit ${first.slice(0, 12)} and removed later, but it stays in the history`,
      expect.stringMatching(/^src\/config\.js:1: OpenAI key .+ is committed in /)
    ])
    expect(run.stdout).not.toContain(removed)
  })

  it('with --since REF reads only the commits after REF', async () => {
    const { repo, first } = history()
    // The key's first commit is left out: it is found where the later commit added it again.
    expect(leaks((await cli(['--history', '--since', first, '--format', 'json'], repo.dir)).stdout)).toEqual([
      expect.stringMatching(/^deploy\/\.env:2: Anthropic key .+ was added by commit [0-9a-f]{12} and removed later/),
      expect.stringMatching(/^src\/config\.js:1: /)
    ])
    expect(leaks((await cli(['--history', '--since', 'HEAD', '--format', 'json'], repo.dir)).stdout)).toEqual([expect.stringMatching(/^src\/config\.js:1: /)])
  })

  it("leaves out the paths the config file's ignore patterns leave out", async () => {
    const { repo } = history()
    repo.write('.llm-env-lint.yml', 'ignore:\n  - .env\n  - deploy/**\n').commit('ignore')
    expect(leaks((await cli(['--history', '--format', 'json'], repo.dir)).stdout)).toEqual([expect.stringMatching(/^src\/config\.js:1: /)])
  })

  it('refuses a revision git does not know, --since without --history, and a folder outside git (exit 2)', async () => {
    const { repo } = history()
    expect(await cli(['--history', '--since', 'no-such-branch'], repo.dir)).toMatchObject({ code: 2, stderr: expect.stringMatching(/^llm-env-lint: git log[^\n]* failed \(exit 128\): fatal: /) })
    expect(await cli(['--since', 'main'], repo.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--since needs --history') })
    expect(await cli(['--history', '--since=-p'], repo.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('invalid --since "-p"') })
  })
})
