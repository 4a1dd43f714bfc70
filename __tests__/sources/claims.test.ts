import { describe, it, expect } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { baseName, candidateClaims, claimedKind, claims, type Claim } from '../../src/sources/claims.js'
import { chooseParser, parsers } from '../../src/sources/index.js'

/** A claim decided with no lookup: its test, or for a claim without one, its exact names. */
const acceptsLinearly = (claim: Claim, path: string): boolean => (claim.test ? claim.test(path) : (claim.names ?? []).includes(baseName(path)))
/** The choice as a list of tests in order would make it: the first claim that accepts the path. */
const linearKind = (path: string) => claims.find((claim) => acceptsLinearly(claim, path))?.kind

const FIXTURES = join(process.cwd(), '__tests__/fixtures')
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(FIXTURES, join(dir, e.name))]))
}

/** Names every claim accepts or narrowly refuses, in and out of folders, with odd cases. */
const NAMES = [
  '.env', '.envrc', '.env.local', '.env-example', '.env_sample', 'prod.env', 'env.example', 'dotenv', 'env', '.environment', '.env.d.ts',
  '.env.schema.json', 'config/.env.yml', 'dotenv.ts', 'env.example.json', '.env-example.yaml', '.ENV', 'Dockerfile', 'dockerfile',
  'DOCKERFILE.prod', 'Dockerfile.prod', 'Dockerfile-dev', 'web.Dockerfile', 'Containerfile', 'Dockerfile.dockerignore', 'Dockerfile..x',
  'docker-compose.yml', 'compose.yaml', 'deploy-compose.yml', 'app.compose.yml', 'stack.yml', 'stack.yaml', 'docker-stack.prod.yaml',
  'composer.yml', 'values.yaml', 'values-prod.yml', 'values.staging.yaml', 'myvalues.yaml', 'fly.toml', 'fly.staging.toml', 'firefly.toml',
  'fly..toml', 'netlify.toml', 'wrangler.toml', 'vercel.json', 'app.json', 'render.yaml', 'render.yml', 'librechat.yaml', 'librechat.yml',
  'a.service', 'a.SERVICE', 'run.sh', 'run.bash', 'run.SH', 'config.toml', 'auth.json', 'settings.json', 'settings.local.json',
  'config.yaml', 'config.json', 'mcp.json', '.mcp.json', 'ci.yml', 'ci.yaml', '.gitlab-ci.yml', 'x.ts', 'README.md', 'a', '.a', 'a.'
]
const FOLDERS = ['', 'deploy/', '.github/workflows/', '.gitlab/ci/', '.claude/', '.continue/', '.codex/', 'codex/', 'home/.codex/', '.cursor/', '.vscode/', 'a/.vscode/']
const PATHS = [...FOLDERS.flatMap((folder) => NAMES.map((name) => folder + name)), ...filesUnder(FIXTURES)]

describe('claims', () => {
  it('choose by lookup what a test per claim in order chooses, for every fixture and tricky name', () => {
    const differ = PATHS.filter((path) => claimedKind(path) !== linearKind(path))
    expect(differ).toEqual([])
    // The corpus reaches every kind that claims names.
    const reached = new Set(PATHS.map(claimedKind))
    expect(claims.filter((c) => !reached.has(c.kind) && !(c.sniff && !c.names && !c.extensions && !c.stems)).map((c) => c.kind)).toEqual([])
  })

  it('run no test for a path no name, extension or stem is claimed by', () => {
    for (const path of ['src/index.ts', 'lib/a/b/c.py', 'README.md', 'package.json', 'Makefile', 'a', '.gitignore', 'x.min.js']) {
      expect([path, candidateClaims(path).length]).toEqual([path, 0])
    }
  })

  it('look at few claims for the names that have some', () => {
    // YAML is claimed by path (workflow, GitLab CI) and by name (Helm values, compose): four tests, five for `config.yaml` (Continue).
    expect(candidateClaims('k8s/deployment.yaml').map((c) => c.kind)).toEqual(['workflow', 'gitlab-ci', 'helm', 'compose'])
    expect(candidateClaims('apps/web/.env.local').map((c) => c.kind)).toEqual(['dotenv'])
    expect(candidateClaims('vercel.json').map((c) => c.kind)).toEqual(['vercel'])
    const most = Math.max(...PATHS.map((path) => candidateClaims(path).length))
    expect(most).toBeLessThanOrEqual(5)
  })

  it("are the parsers' own `matches`, and list every parser in the parsers' order", () => {
    expect(parsers.map((p) => p.kind)).toEqual(claims.map((c) => c.kind))
    for (const path of PATHS) {
      expect([path, parsers.filter((p) => p.matches(path)).map((p) => p.kind)]).toEqual([path, claims.filter((c) => acceptsLinearly(c, path)).map((c) => c.kind)])
    }
  })

  it('leave unclaimed YAML to the sniffers, compose first', () => {
    const compose = 'services:\n  web:\n    image: nginx\n'
    expect(chooseParser('deploy/app.yaml', compose)).toMatchObject({ parser: { kind: 'compose' }, matchedBy: 'content' })
    expect(chooseParser('deploy/app.yaml', 'apiVersion: v1\nkind: Pod\n')).toMatchObject({ parser: { kind: 'kubernetes' }, matchedBy: 'content' })
    expect(chooseParser('deploy/app.txt', compose)).toBeUndefined()
    expect(chooseParser('.github/workflows/ci.yml', compose)).toMatchObject({ parser: { kind: 'workflow' }, matchedBy: 'name' })
  })
})
