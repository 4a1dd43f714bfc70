import { describe, expect, it } from '@jest/globals'
import { claimedKind, claims, isClaimedBy } from '../../src/sources/claims.js'

/** Paths each claim accepts, paths next to them that none should, and the usual files of a repository. */
const PATHS = [
  '.github/workflows/ci.yml', 'app/.github/workflows/deploy.yaml', '.github/workflows/nested/x.yml', '.github/ci.yml',
  '.claude/settings.json', '.claude/settings.local.json', 'x/.claude/settings.json', '.claude/other.json',
  'claude/settings.json', 'claude-code/settings.json', 'dot_claude/settings.json', 'myclaude/settings.json',
  '.continue/config.yaml', '.continue/config.json', '.continue/config.yml', 'continue/config.yaml',
  'librechat.yaml', 'deploy/librechat.yml', 'librechat.yaml.bak',
  '.codex/config.toml', 'codex/config.toml', 'mycodex/config.toml', '.codex/auth.json', 'codex/auth.json', 'xcodex/auth.json',
  '.mcp.json', 'a/.mcp.json', '.cursor/mcp.json', '.vscode/mcp.json', 'mcp.json',
  '.gitlab-ci.yml', 'sub/.gitlab-ci.yaml', '.gitlab/ci/build.yml', '.gitlab/ci/deep/build.yml',
  'values.yaml', 'chart/values-prod.yaml', 'values.staging.yml', 'myvalues.yaml',
  'docker-compose.yml', 'compose.yaml', 'docker-compose.prod.yml', 'deploy-compose.yml', 'app.compose.yml', 'stack.yml',
  'docker-stack.yml', 'docker-stack.prod.yaml', 'compose.json', 'Stack.yml',
  'Dockerfile', 'dockerfile', 'DOCKERFILE.prod', 'web.Dockerfile', 'Containerfile', 'Dockerfile.dockerignore', 'x.dockerfile',
  'vercel.json', 'a/vercel.json', 'vercel.jsonc', 'netlify.toml', 'render.yaml', 'x/render.yml', 'fly.toml', 'fly.staging.toml',
  'app.json', 'wrangler.toml', 'api.service', 'api.SERVICE', 'deploy.sh', 'run.bash', 'run.zsh',
  '.env', '.envrc', 'dotenv', 'env.example', 'env.local', '.env.local', '.env-example', '.env_sample', 'prod.env', 'PROD.ENV',
  '.env.d.ts', '.env.schema.json', 'env.ts', '.env.yaml', '.env.md', 'environment.ts',
  // Names seen before in other folders, and in folders path claims look at (answered by base name when no path field
  // accepts the path).
  'services/a/.env', 'services/b/.env', '.github/workflows/.env', '.gitlab/ci/.env', '.continue/values.yaml', 'deploy/Dockerfile',
  'src/index.ts', 'README.md', 'package.json', 'config/app.yaml', 'k8s/deploy.yml', 'go.mod', 'main.py', 'image.png'
]

describe('claimedKind', () => {
  it('names the first claim that accepts a path, exactly as asking every claim in order would', () => {
    for (const path of PATHS) {
      const inOrder = claims.find((claim) => isClaimedBy(claim.kind, path))?.kind
      expect([path, claimedKind(path)]).toEqual([path, inOrder])
    }
  })

  it('is checked above against every claim that names files, and against paths no claim takes', () => {
    const named = claims.filter((claim) => claim.basenames ?? claim.names ?? claim.paths ?? claim.extensions)
    for (const claim of named) expect([claim.kind, PATHS.some((path) => claimedKind(path) === claim.kind)]).toEqual([claim.kind, true])
    expect(PATHS.filter((path) => claimedKind(path) === undefined)).toEqual(
      expect.arrayContaining(['src/index.ts', 'README.md', 'Dockerfile.dockerignore', '.env.d.ts', 'api.SERVICE', 'Stack.yml', 'mcp.json'])
    )
  })
})

describe('dotfiles copies of client settings', () => {
  it('reads the folders an install script or chezmoi copies to ~/.claude as Claude Code\'s settings', () => {
    expect(['claude/settings.json', 'claude-code/settings.json', 'dot_claude/settings.json'].map(claimedKind)).toEqual(['claude-settings', 'claude-settings', 'claude-settings'])
    expect(['myclaude/settings.json', 'claude/other.json'].map(claimedKind)).toEqual([undefined, undefined])
  })
})
