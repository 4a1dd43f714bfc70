import { describe, it, expect } from '@jest/globals'
import { extractFingerprints, mayFingerprint } from '../../src/clients/fingerprints.js'

const fp = (path: string, text: string) => extractFingerprints({ path, text }).map((f) => [f.type, f.value, f.file])

/** The relevant excerpt of NextChat's app/constant.ts. */
const NEXTCHAT_CONSTANT = `
export const OWNER = "ChatGPTNextWeb";
export const OPENAI_BASE_URL = "https://api.openai.com";
export const ANTHROPIC_BASE_URL = "https://api.anthropic.com";

export const OpenaiPath = {
  ChatPath: "v1/chat/completions",
  SpeechPath: "v1/audio/speech",
  ImagePath: "v1/images/generations",
  UsagePath: "dashboard/billing/usage",
  SubsPath: "dashboard/billing/subscription",
  ListModelPath: "v1/models",
};
`

describe('extractFingerprints', () => {
  it('reads the name and the known dependencies of a package.json', () => {
    const pkg = JSON.stringify({
      name: 'NextChat',
      dependencies: { openai: '^4.0.0', react: '^18' },
      devDependencies: { '@anthropic-ai/sdk': '^0.30.0', typescript: '^5' },
      peerDependencies: { '@anthropic-ai/claude-code': '*', '@openai/codex': '*' }
    })
    expect(fp('package.json', pkg)).toEqual([
      ['package-name', 'nextchat', 'package.json'],
      ['package-dependency', 'openai', 'package.json'],
      ['package-dependency', '@anthropic-ai/sdk', 'package.json'],
      ['package-dependency', '@anthropic-ai/claude-code', 'package.json']
    ])
  })

  it('reads nested package.json files too', () => {
    expect(fp('apps/web/package.json', '{"name":"@lobehub/chat"}')).toEqual([['package-name', '@lobehub/chat', 'apps/web/package.json']])
  })

  it.each([
    ['broken JSON', '{"name": '],
    ['an array', '[1, 2]'],
    ['null', 'null'],
    ['no name', '{"dependencies": "not an object"}']
  ])('learns nothing from a package.json with %s', (_label, text) => {
    expect(fp('package.json', text)).toEqual([])
  })

  it('reads Python requirements', () => {
    expect(fp('requirements.txt', 'openai>=1.30\n# anthropic is commented\n  anthropic[bedrock]==0.40\nrequests\n')).toEqual([
      ['package-dependency', 'openai', 'requirements.txt'],
      ['package-dependency', 'anthropic', 'requirements.txt']
    ])
    expect(fp('requirements-dev.txt', 'OpenAI\n')).toEqual([['package-dependency', 'openai', 'requirements-dev.txt']])
  })

  it("reads NextChat's chat path and default base URL from app/constant.ts", () => {
    expect(fp('app/constant.ts', NEXTCHAT_CONSTANT)).toEqual([
      ['path-constant', 'OpenaiPath.ChatPath=v1/chat/completions', 'app/constant.ts'],
      ['path-constant', 'OPENAI_BASE_URL=https://api.openai.com', 'app/constant.ts']
    ])
  })

  it("reads a fork's changed chat path", () => {
    const fork = NEXTCHAT_CONSTANT.replace('ChatPath: "v1/chat/completions"', "ChatPath: 'chat/completions'").replace(
      '"https://api.openai.com"',
      '"https://api.openai.com/v1"'
    )
    expect(fp('web/app/constant.ts', fork)).toEqual([
      ['path-constant', 'OpenaiPath.ChatPath=chat/completions', 'web/app/constant.ts'],
      ['path-constant', 'OPENAI_BASE_URL=https://api.openai.com/v1', 'web/app/constant.ts']
    ])
  })

  it('learns nothing from an app/constant.ts that is not NextChat', () => {
    expect(fp('app/constant.ts', 'export const PAGE_SIZE = 20\n')).toEqual([])
    expect(fp('myapp/constant.ts', NEXTCHAT_CONSTANT)).toEqual([])
  })

  it('marks NextChat server config and chatgpt-web service files only when their markers are inside', () => {
    const present = (path: string, text: string) => fp(path, text).filter(([type]) => type === 'file-present')
    expect(present('app/config/server.ts', 'export const getServerSideConfig = () => {}')).toEqual([['file-present', 'app/config/server.ts', 'app/config/server.ts']])
    // Read as a server file all the same (what a fork reads adapts NextChat's profile), but it names no client.
    expect(fp('app/config/server.ts', 'export const config = {}')).toEqual([['source-file', 'app/config/server.ts', 'app/config/server.ts']])
    expect(fp('service/src/chatgpt/index.ts', 'const base = process.env.OPENAI_API_BASE_URL')).toEqual([
      ['file-present', 'service/src/chatgpt/index.ts', 'service/src/chatgpt/index.ts']
    ])
    expect(fp('service/src/chatgpt/index.ts', 'export {}')).toEqual([])
  })

  it('reads base images from Dockerfiles, without tag, digest or docker.io', () => {
    const dockerfile = [
      'FROM node:18-alpine AS base',
      'from --platform=linux/amd64 Yidadaa/ChatGPT-Next-Web:v2.15@sha256:abc123 AS app',
      '  FROM docker.io/library/python:3.12',
      'FROM ${BASE_IMAGE}',
      '# FROM lobehub/lobe-chat',
      'RUN echo FROM nothing'
    ].join('\n')
    expect(fp('Dockerfile', dockerfile)).toEqual([
      ['docker-image', 'node', 'Dockerfile'],
      ['docker-image', 'yidadaa/chatgpt-next-web', 'Dockerfile'],
      ['docker-image', 'python', 'Dockerfile']
    ])
    expect(fp('deploy/Dockerfile.prod', 'FROM ghcr.io/open-webui/open-webui:main')).toEqual([
      ['docker-image', 'ghcr.io/open-webui/open-webui', 'deploy/Dockerfile.prod']
    ])
    expect(fp('web.dockerfile', 'FROM lobehub/lobe-chat')).toEqual([['docker-image', 'lobehub/lobe-chat', 'web.dockerfile']])
  })

  it('reads an image whose tag is chosen at deploy time, but not one whose name is', () => {
    // Open WebUI's own docker-compose.yaml pulls ghcr.io/open-webui/open-webui:${WEBUI_DOCKER_TAG-main}.
    const dockerfile = ['FROM ghcr.io/open-webui/open-webui:${WEBUI_DOCKER_TAG-main}', 'FROM ${REGISTRY}/lobe-chat:latest', 'FROM registry.local:5000/team/app:${TAG:-1}'].join('\n')
    expect(fp('Dockerfile', dockerfile)).toEqual([
      ['docker-image', 'ghcr.io/open-webui/open-webui', 'Dockerfile'],
      ['docker-image', 'registry.local:5000/team/app', 'Dockerfile']
    ])
  })

  it('leaves compose images to the compose parser, which knows their services', () => {
    expect(fp('docker-compose.yml', 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n')).toEqual([])
  })

  it.each([
    'librechat.yaml',
    'config/librechat.yml',
    '.continue/config.yaml',
    '.continue/assistants/main.yaml',
    '.claude/settings.json',
    '.claude/settings.local.json'
  ])('marks %s as present', (path) => {
    expect(fp(path, '')).toEqual([['file-present', path, path]])
  })

  it.each([
    ['README.md', 'image: yidadaa/chatgpt-next-web\nFROM lobehub/lobe-chat'],
    ['.env', 'OPENAI_API_KEY=x'],
    ['workflow.yml', 'image: ghcr.io/open-webui/open-webui'],
    ['src/constant.ts', 'export const OPENAI_BASE_URL = "https://api.openai.com"'],
    ['.claude/commands/review.md', ''],
    // Codex never reads a repository's env files: its config says nothing of the rest (profiles/codex.ts).
    ['tools/.codex/config.toml', 'model = "gpt-5"'],
    ['librechat.yaml.bak', ''],
    ['package.json.orig', '{"name":"nextchat"}']
  ])('returns nothing for %s', (path, text) => {
    expect(fp(path, text)).toEqual([])
  })
})

describe('Python and Go manifests', () => {
  it('finds the SDKs in a PEP 621 or Poetry pyproject.toml', () => {
    const pep621 = extractFingerprints({ path: 'bot/pyproject.toml', text: '[project]\nname = "support-bot"\ndependencies = [\n  "openai>=1.40",\n  "anthropic[bedrock]==0.40.0",\n  "httpx",\n]\n' })
    expect(pep621.map((f) => f.value).sort()).toEqual(['anthropic', 'openai'])
    const poetry = extractFingerprints({ path: 'pyproject.toml', text: '[tool.poetry.dependencies]\npython = "^3.11"\nopenai = "^1.40"\n' })
    expect(poetry).toEqual([{ type: 'package-dependency', value: 'openai', file: 'pyproject.toml' }])
  })

  it('finds the Go SDKs in go.mod, with or without a major version suffix', () => {
    const text = 'module example.com/bot\n\ngo 1.23\n\nrequire (\n\tgithub.com/openai/openai-go/v3 v3.2.0\n\tgithub.com/anthropics/anthropic-sdk-go v1.4.0\n)\n'
    expect(extractFingerprints({ path: 'go.mod', text }).map((f) => f.value)).toEqual(['github.com/openai/openai-go', 'github.com/anthropics/anthropic-sdk-go'])
  })
})

describe('SDK versions', () => {
  // openai-python 0.x read OPENAI_API_BASE (openai-python#745), so such an app is not judged by the v1 profile.
  it('does not take openai pinned to 0.x for the OpenAI SDK profile', () => {
    expect(fp('requirements.txt', 'openai==0.28.0\nflask\n')).toEqual([])
    expect(fp('requirements.txt', 'openai<1\n')).toEqual([])
    expect(fp('requirements.txt', 'openai>=1.40\n')).toEqual([['package-dependency', 'openai', 'requirements.txt']])
  })
})

describe('mayFingerprint', () => {
  it('takes the files some extractor reads, by base name or by the end of the path, in any folder', () => {
    const taken = [
      'package.json', 'web/package.json', 'requirements.txt', 'requirements-dev.txt', 'api/requirements_prod.in.txt', 'pyproject.toml', 'go.mod',
      'Dockerfile', 'Dockerfile.dev', 'docker/web.Dockerfile', 'web.dockerfile', 'app/constant.ts', 'web/app/constant.ts',
      'app/utils/cloudflare.ts', 'app/config/server.ts', 'app/api/auth.ts', 'web/app/api/common.ts', 'app/api/[provider]/[...path]/route.ts',
      'service/src/chatgpt/index.ts', 'librechat.yaml', 'x/librechat.yml',
      '.continue/config.yaml', '.continue/sub/any.txt', '.claude/settings.json', 'x/.claude/settings.local.json'
    ]
    const left = [
      'Package.json', 'package.json.bak', 'requirements/dev.txt', 'Requirements.txt', 'go.sum', 'dockerfile', 'DOCKERFILE', 'Containerfile',
      'myapp/constant.ts', 'app/constant.tsx', 'constant.ts', 'xservice/src/chatgpt/index.ts', 'continue/config.yaml', '.continue',
      '.claude/other.json', 'codex/config.toml', '.codex/config.toml', 'src/index.ts', 'README.md', 'app/api/openai/route.ts', 'app/api/x.tsx'
    ]
    expect(taken.filter((path) => !mayFingerprint(path))).toEqual([])
    expect(left.filter(mayFingerprint)).toEqual([])
  })

  it('takes only files that an extractor is chosen for', () => {
    expect(fp('web/package.json', '{"name":"Web"}')).toEqual([['package-name', 'web', 'web/package.json']])
    expect(fp('web/app/constant.ts', NEXTCHAT_CONSTANT).length).toBeGreaterThan(0)
    expect(fp('Package.json', '{"name":"Web"}')).toEqual([])
  })
})

describe('NextChat server files', () => {
  it('reads the variables a fork\'s server files read', () => {
    // zyqfork/llmchat@400076e app/api/common.ts:40, app/api/auth.ts:36.
    expect(fp('web/app/api/common.ts', 'const a = process.env.OPENAI_BASE_URL || x;\nconst b = process.env["ACCESS_CODE"];\nconst c = process.env.OPENAI_BASE_URL;\n')).toEqual([
      ['source-file', 'app/api/common.ts', 'web/app/api/common.ts'],
      ['env-read', 'OPENAI_BASE_URL', 'web/app/api/common.ts'],
      ['env-read', 'ACCESS_CODE', 'web/app/api/common.ts']
    ])
  })

  it('fingerprints the code of the files that gate the server keys', () => {
    const gate = fp('app/api/auth.ts', 'export function auth() {}\n')
    expect(gate).toContainEqual(['code-digest', expect.stringMatching(/^app\/api\/auth\.ts=[0-9a-f]{16}$/), 'app/api/auth.ts'])
    // Comments and blanks do not change it.
    expect(fp('app/api/auth.ts', '// a comment\nexport  function auth() {\n}\n')).toEqual(gate)
    expect(fp('app/api/[provider]/[...path]/route.ts', 'handle()\n')).toContainEqual(['code-digest', expect.stringMatching(/^app\/api\/\[provider\]\/\[\.\.\.path\]\/route\.ts=/), 'app/api/[provider]/[...path]/route.ts'])
    expect(fp('app/api/common.ts', 'x\n').some(([type]) => type === 'code-digest')).toBe(false)
  })

  it("names the flags app/config/server.ts reads with upstream's expression", () => {
    // ChatGPTNextWeb/NextChat@706a18b9 app/config/server.ts:268-276, spaced and quoted otherwise.
    const upstream = "export const getServerSideConfig = () => ({\n  hideUserApiKey: !! process.env.HIDE_USER_API_KEY,\n  hideBalanceQuery: !process.env.ENABLE_BALANCE_QUERY,\n  enableMcp: process.env.ENABLE_MCP === 'true',\n})\n"
    const found = fp('app/config/server.ts', upstream)
    expect(found.filter(([type]) => type === 'flag-read').map(([, name]) => name)).toEqual(['HIDE_USER_API_KEY', 'ENABLE_BALANCE_QUERY', 'ENABLE_MCP'])
    expect(found).toContainEqual(['file-present', 'app/config/server.ts', 'app/config/server.ts'])
    // haiqinma/chat@54a4d1f app/config/server.ts:319: the fork's own reading; a longer name is another variable.
    const own = fp('app/config/server.ts', 'hideUserApiKey: isEnabledEnv(process.env.HIDE_USER_API_KEY),\nx: !!process.env.DISABLE_FAST_LINK_V2,\n')
    expect(own.filter(([type]) => type === 'flag-read')).toEqual([])
    expect(own.filter(([type]) => type === 'file-present')).toEqual([])
  })
})
