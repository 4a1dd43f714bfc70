/**
 * `scope: changed` in a real git repository with a base and a head commit: the findings on the files the pull request
 * changes (and those of its history) are the full scan's, while the files that are only searched for keys and that
 * the PR does not touch are not read.
 */
import { afterEach, describe, it, expect } from '@jest/globals'
import { defaultConfig } from '../../src/config/index.js'
import type { Finding } from '../../src/core/types.js'
import { toChangedLines } from '../../src/discover/diff.js'
import { changedFilesFromGit } from '../../src/discover/git.js'
import { ioCounts, resetIoCounts } from '../../src/discover/counts.js'
import { addedLinesInCommits } from '../../src/discover/history.js'
import { scanRepository, type ScanResult } from '../../src/engine/scan.js'
import { isModelFile } from '../../src/engine/scope.js'
import { mayFingerprint } from '../../src/clients/fingerprints.js'
import { mayParse } from '../../src/sources/index.js'
import { fakeKeys } from '../helpers/keys.js'
import { GitRepo } from '../github/git-repo.js'

const repos: GitRepo[] = []
afterEach(() => repos.splice(0).forEach((repo) => repo.dispose()))

/** A repository whose base has a NextChat app, a key in a document and a mistake in a file the PR leaves alone. */
function baseRepo(): { repo: GitRepo; base: string } {
  const repo = new GitRepo()
  repos.push(repo)
  repo
    .write('package.json', '{"name":"nextchat"}\n')
    .write('.env', 'BASE_URL=https://api.rutaapi.com\nCODE=team\n')
    .write('legacy/.env', 'BASE_URL=https://app.rutaapi.com\n')
    .write('deploy/app.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: chat\n')
    .write('docs/setup.md', `Set OPENAI_API_KEY=${fakeKeys.openaiProject('old')} and go.\n`)
    .write('src/app.ts', 'export const app = 1\n')
  return { repo, base: repo.commit('base') }
}

interface Scans {
  readonly full: ScanResult
  readonly pr: ScanResult
  readonly changed: ReadonlyMap<string, ReadonlySet<number>>
}

/** The full scan and the PR-mode scan of the head, each with the PR's history, git started before the scan. */
async function scans(repo: GitRepo, base: string): Promise<Scans> {
  const history = await addedLinesInCommits(repo.dir, base, 'HEAD')
  const changed = toChangedLines(await changedFilesFromGit(repo.dir, base, 'HEAD'))
  const full = await scanRepository(repo.dir, { config: defaultConfig, history })
  const pr = await scanRepository(repo.dir, {
    config: defaultConfig,
    history: addedLinesInCommits(repo.dir, base, 'HEAD'),
    changed: changedFilesFromGit(repo.dir, base, 'HEAD').then((files) => new Set(files.map((file) => file.path)))
  })
  return { full, pr, changed }
}

/** What the PR is judged by: findings in the files it changes, and those of its history. */
const onChanged = (findings: readonly Finding[], changed: ReadonlyMap<string, ReadonlySet<number>>): Finding[] =>
  findings.filter((f) => changed.has(f.file) || f.messageId === 'inHistory')

describe('scope: changed', () => {
  it('gives the full scan\'s findings on the changed files and reads only those of the other files', async () => {
    const { repo, base } = baseRepo()
    repo
      .write('.env', 'BASE_URL=https://api.rutaapi.com/v1\nCODE=team\n')
      .write('src/app.ts', `export const app = 1\nconst key = '${fakeKeys.anthropic('pr')}'\n`)
      .write('notes/todo.txt', `temporary: ${fakeKeys.groq('pr')}\n`)
      .write('deploy/app.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: chat\n  labels: {}\n')
    repo.commit('try the gateway')
    // Not committed: git lists it after the tracked files, and the scan reads it after them.
    repo.write('config/.env', 'BASE_URL=https://app.rutaapi.com\n')
    const { full, pr, changed } = await scans(repo, base)

    const judged = onChanged(pr.findings, changed)
    expect(judged).toEqual(onChanged(full.findings, changed))
    expect(judged.map((f) => `${f.ruleId} ${f.file}`)).toEqual(
      expect.arrayContaining(['base-url-path .env', 'leaked-key notes/todo.txt', 'leaked-key src/app.ts'])
    )
    // The model's files are read whatever changed: a mistake in a file the PR leaves alone is still found.
    expect(pr.findings).toContainEqual(expect.objectContaining({ ruleId: 'base-url-not-api', file: 'legacy/.env' }))
    expect(pr.findings).toContainEqual(expect.objectContaining({ ruleId: 'base-url-not-api', file: 'config/.env' }))
    // Every finding but the key in the document left alone, in the same order.
    expect(pr.findings).toEqual(full.findings.filter((f) => f.file !== 'docs/setup.md'))
    // A document the PR leaves alone is not searched for keys.
    expect(full.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: 'docs/setup.md' }))
    expect(pr.findings.filter((f) => f.file === 'docs/setup.md')).toEqual([])
    expect(pr.stats.files).toBe(full.stats.files - 1)
    expect(pr.files.read).toEqual(full.files.read)
  })

  it('lists, looks at and reads the files the model needs and the changed one, not the tree', async () => {
    const { repo } = baseRepo()
    for (let i = 0; i < 60; i++) repo.write(`src/lib/part-${i}.ts`, `export const part${i} = ${i}\n`)
    const base = repo.commit('more code')
    repo.write('src/lib/part-7.ts', `export const part7 = '${fakeKeys.groq('pr')}'\n`).commit('one file')
    const history = addedLinesInCommits(repo.dir, base, 'HEAD')
    const changed = changedFilesFromGit(repo.dir, base, 'HEAD').then((files) => new Set(files.map((file) => file.path)))
    await Promise.all([history, changed])
    resetIoCounts()
    const pr = await scanRepository(repo.dir, { config: defaultConfig, history, changed })
    // package.json, .env, legacy/.env, deploy/app.yaml (the model's) and the changed file; none of the 64 other files.
    expect(pr.stats.files).toBe(5)
    expect(pr.findings).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', file: 'src/lib/part-7.ts' }))
    // An lstat for each of the 5 files and each folder they lie in (legacy, deploy, src, src/lib): none resolved. A read
    // of each file, and of git's index (the tracked paths).
    expect(ioCounts).toMatchObject({ readdir: 0, lstat: 5 + 4, realpath: 0, read: 5 + 1 })
  })

  it('reads every file when a key the PR committed and removed may stand elsewhere, and reports it there as a full scan does', async () => {
    const { repo, base } = baseRepo()
    const key = fakeKeys.openaiProject('old')
    repo.write('scratch.txt', `OPENAI_API_KEY=${key}\n`).commit('debugging')
    repo.remove('scratch.txt')
    repo.write('src/app.ts', 'export const app = 2\n').commit('clean up')
    const { full, pr, changed } = await scans(repo, base)

    expect(onChanged(pr.findings, changed)).toEqual(onChanged(full.findings, changed))
    expect(pr.findings.filter((f) => f.messageId === 'inHistory')).toEqual([])
    expect(pr.findings).toEqual(full.findings)
  })

  it('reports a key the PR committed and removed again, found nowhere in the tree, as a history leak', async () => {
    const { repo, base } = baseRepo()
    repo.write('scratch.txt', `OPENAI_API_KEY=${fakeKeys.openaiProject('gone')}\n`).commit('debugging')
    repo.remove('scratch.txt')
    repo.commit('clean up')
    const { full, pr, changed } = await scans(repo, base)

    const judged = onChanged(pr.findings, changed)
    expect(judged).toEqual(onChanged(full.findings, changed))
    expect(judged).toContainEqual(expect.objectContaining({ ruleId: 'leaked-key', messageId: 'inHistory', file: 'scratch.txt' }))
  })

  it('reads every file when the change is unknown', async () => {
    const { repo } = baseRepo()
    const full = await scanRepository(repo.dir, { config: defaultConfig })
    const unknown = await scanRepository(repo.dir, { config: defaultConfig, changed: Promise.resolve(undefined) })
    expect(unknown.findings).toEqual(full.findings)
    expect(unknown.stats).toEqual(full.stats)
  })
})

describe('isModelFile', () => {
  it('takes the files a parser or a client fingerprint may read, by path alone', () => {
    for (const path of ['.env', 'app/.env.local', 'docker-compose.yml', 'k8s/any.yaml', 'package.json', 'app/constant.ts', 'Dockerfile', 'requirements.txt']) {
      expect(isModelFile(path)).toBe(true)
    }
    for (const path of ['src/app.ts', 'docs/setup.md', 'data/x.json', 'notes.txt']) expect(isModelFile(path)).toBe(false)
  })

  it('rules out by its two joined patterns no path that a parser or a fingerprint may read', () => {
    const names = [
      '.env', '.env.local', '.ENV', '.env.d.ts', 'env.example', 'prod.env', '.envrc', 'dotenv', 'values.yaml', 'compose.yml',
      'docker-compose.prod.yml', 'stack.yml', 'Dockerfile', 'Dockerfile.dev', 'web.Dockerfile', 'dockerfile', 'Containerfile',
      'Dockerfile.dockerignore', 'vercel.json', 'netlify.toml', 'fly.staging.toml', 'app.json', 'wrangler.toml', 'api.service', 'deploy.sh',
      'run.bash', 'librechat.yaml', 'render.yml', '.gitlab-ci.yml', '.mcp.json', 'mcp.json', 'config.yaml', 'config.json', 'config.toml',
      'settings.json', 'settings.local.json', 'auth.json', 'package.json', 'requirements.txt', 'requirements-dev.txt', 'pyproject.toml',
      'go.mod', 'constant.ts', 'cloudflare.ts', 'server.ts', 'index.ts', 'any.yml', 'README.md', 'main.go', 'image.png'
    ]
    const folders = [
      '', 'app/', 'web/app/', 'myapp/', 'app/utils/', 'app/config/', 'service/src/chatgpt/', '.github/workflows/', '.github/workflows/x/',
      '.gitlab/ci/', '.continue/', 'x/.continue/', '.claude/', '.codex/', 'codex/', '.cursor/', '.vscode/', 'Dockerfile/', 'a/b/c/'
    ]
    const variants = (name: string): string[] => [name, name.toUpperCase(), `x${name}`, `${name}.bak`, `${name}-x`]
    const paths = folders.flatMap((folder) => names.flatMap((name) => variants(name).map((variant) => folder + variant)))
    const byWalk = paths.filter((path) => mayParse(path) || mayFingerprint(path))
    expect(byWalk.length).toBeGreaterThan(paths.length / 10)
    expect(paths.filter(isModelFile)).toEqual(byWalk)
  })
})
