/** What the kinds of file (`SourceKind`, in types.ts) are called and what they configure. */
import type { SourceKind } from './types.js'

/** How messages name a kind of file: `BASE_URL in the compose file`. */
const KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  dotenv: 'the .env file',
  compose: 'the compose file',
  dockerfile: 'the Dockerfile',
  vercel: 'vercel.json',
  netlify: 'netlify.toml',
  render: 'render.yaml',
  fly: 'fly.toml',
  'app-json': 'app.json',
  workflow: 'the workflow',
  'claude-settings': 'the Claude Code settings',
  continue: 'the Continue config',
  librechat: 'librechat.yaml',
  codex: 'the Codex config',
  'codex-auth': 'the Codex auth.json',
  kubernetes: 'the Kubernetes manifest',
  helm: 'the Helm values',
  'gitlab-ci': 'the GitLab CI file',
  wrangler: 'wrangler.toml',
  'app-engine': 'the App Engine app.yaml',
  systemd: 'the systemd unit',
  shell: 'the shell script',
  mcp: 'the MCP config',
  text: 'the file'
}

/** `the .env file`, `the compose file`, `vercel.json`…, for messages. */
export const kindLabel = (kind: SourceKind): string => KIND_LABELS[kind]

/** Kinds that configure a deployed app (not CI runners, not developer tools). */
export const DEPLOYMENT_KINDS: ReadonlySet<SourceKind> = new Set([
  'dotenv',
  'compose',
  'dockerfile',
  'vercel',
  'netlify',
  'render',
  'fly',
  'app-json',
  'kubernetes',
  'helm',
  'wrangler',
  'app-engine',
  'systemd'
])

/** Example and template files (`.env.example`, `docker-compose.sample.yml`, `.env.template`): they hold placeholders and samples on purpose. */
export const isExampleFile = (path: string): boolean => EXAMPLE_FILE.test(path.slice(path.lastIndexOf('/') + 1))

const EXAMPLE_FILE = /(?:^|[./_-])(?:example|sample|template|dist|tpl)(?:[./_-]|$)/i
