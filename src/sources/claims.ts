import type { SourceKind } from '../core/types.js'

/**
 * Which files each kind of parser reads, judged by the path alone: data apart from the parsers, so a file's kind
 * is known before any parser module is loaded, and found by lookups instead of a test per parser. The parsers'
 * `matches` are these tests (`claimTest`); the file formats behind the names are cited in each parser.
 */
export interface Claim {
  readonly kind: SourceKind
  /** Exact base names. */
  readonly names?: readonly string[]
  /** Lower-cased text after the base name's last dot (`yml`, `env`, `dockerfile`). */
  readonly extensions?: readonly string[]
  /** Lower-cased base name up to its first `.`, `-` or `_` after the first character (`dockerfile`, `.env`). */
  readonly stems?: readonly string[]
  /** The exact test over the repository-relative path when the keys above only narrow the files down. */
  readonly test?: (path: string) => boolean
  /** YAML files no name claims are sniffed by this kind's parser (`Parser.sniff`), in this order. */
  readonly sniff?: boolean
}

const YAML = ['yml', 'yaml']
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
const testBase =
  (pattern: RegExp) =>
  (path: string): boolean =>
    pattern.test(baseName(path))

/** `.env.d.ts`, `.env.schema.json` and friends are code or data in other formats, not dotenv files. */
const OTHER_FORMAT = /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|md)$/
/** `env.example`, `env.sample`, …: templates named without the leading dot. */
const UNDOTTED_TEMPLATE = /^env\.(?:example|sample|template|dist|default|local)$/

/**
 * `.env`, `.envrc`, `.env.*`, `.env-example` / `.env_sample` style variants, `*.env`, `env.example`-style
 * templates and `dotenv`; names ending in another format's extension are that format.
 */
function isDotenvName(name: string): boolean {
  if (name === '.env' || name === '.envrc' || name === 'dotenv' || UNDOTTED_TEMPLATE.test(name)) return true
  return (/^\.env[._-]/.test(name) || name.endsWith('.env')) && !OTHER_FORMAT.test(name)
}

/**
 * Most specific first: the first claim whose test accepts a path decides its kind. Kinds that claim no name
 * (found by content) come last.
 */
export const claims: readonly Claim[] = [
  { kind: 'workflow', extensions: YAML, test: (path) => /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) },
  // Project settings of Claude Code; `settings.local.json` is meant to stay uncommitted, so a key there is a leak too.
  {
    kind: 'claude-settings',
    names: ['settings.json', 'settings.local.json'],
    test: (path) => /(?:^|\/)\.claude\/settings(?:\.local)?\.json$/.test(path)
  },
  // Continue reads `.continue/config.yaml` (current) and `.continue/config.json` (older), same model keys.
  {
    kind: 'continue',
    names: ['config.yaml', 'config.yml', 'config.json'],
    test: (path) => /(?:^|\/)\.continue\/config\.(?:ya?ml|json)$/.test(path)
  },
  { kind: 'librechat', names: ['librechat.yaml', 'librechat.yml'] },
  // `.codex/config.toml`, and `~/.codex/config.toml` when a dotfiles repository holds it (`codex/config.toml`).
  { kind: 'codex', names: ['config.toml'], test: (path) => path.endsWith('codex/config.toml') },
  // `.codex/auth.json`, or `codex/auth.json` in a dotfiles repository.
  { kind: 'codex-auth', names: ['auth.json'], test: (path) => /(?:^|\/)\.?codex\/auth\.json$/.test(path) },
  { kind: 'mcp', names: ['.mcp.json', 'mcp.json'], test: (path) => /(?:^|\/)(?:\.mcp\.json|\.cursor\/mcp\.json|\.vscode\/mcp\.json)$/.test(path) },
  // `.gitlab-ci.yml`, and the files it includes from `.gitlab/ci/`.
  {
    kind: 'gitlab-ci',
    extensions: YAML,
    test: (path) => /(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/.test(path)
  },
  // Helm chart values: `values.yaml`, `values-prod.yaml`, `values.staging.yml`.
  { kind: 'helm', extensions: YAML, test: testBase(/^values(?:[.-][\w.-]+)?\.ya?ml$/) },
  {
    kind: 'compose',
    extensions: YAML,
    // `docker-compose.yml`, `compose.yaml`, `docker-compose.prod.yml`, `deploy-compose.yml`, `app.compose.yml`, and swarm
    // stack files (`stack.yml`, `docker-stack.yml`, which `docker stack deploy -c` reads in compose format).
    test: testBase(/^(?:[\w.-]*[.-])?(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$|^stack\.yml$|^docker-stack(?:[.-][\w.-]+)?\.ya?ml$/),
    sniff: true
  },
  {
    kind: 'dockerfile',
    stems: ['dockerfile', 'containerfile'],
    extensions: ['dockerfile', 'containerfile'],
    // `Dockerfile`, `Dockerfile.prod`, `web.Dockerfile`, `Containerfile`; not `Dockerfile.dockerignore`.
    test: (path) => {
      const name = baseName(path)
      return /^(?:dockerfile|containerfile)(?:\.[^.].*)?$|\.(?:dockerfile|containerfile)$/i.test(name) && !name.endsWith('.dockerignore')
    }
  },
  { kind: 'vercel', names: ['vercel.json'] },
  { kind: 'netlify', names: ['netlify.toml'] },
  { kind: 'render', names: ['render.yaml', 'render.yml'] },
  // `fly.toml`, and `fly.<env>.toml` for apps deployed with `fly deploy -c fly.staging.toml`.
  { kind: 'fly', extensions: ['toml'], test: testBase(/^fly(?:\.[\w-]+)?\.toml$/) },
  { kind: 'app-json', names: ['app.json'] },
  { kind: 'wrangler', names: ['wrangler.toml'] },
  { kind: 'systemd', extensions: ['service'], test: (path) => path.endsWith('.service') },
  // `deploy.sh`, `run.bash`, in any folder.
  { kind: 'shell', extensions: ['sh', 'bash'], test: (path) => /\.(?:sh|bash)$/.test(path) },
  { kind: 'dotenv', stems: ['.env', '.envrc', 'dotenv', 'env'], extensions: ['env'], test: (path) => isDotenvName(baseName(path)) },
  { kind: 'kubernetes', sniff: true },
  { kind: 'app-engine', sniff: true }
]

/** Claims by their position in `claims`, keyed by name, extension and stem. */
const byName = new Map<string, number[]>()
const byExtension = new Map<string, number[]>()
const byStem = new Map<string, number[]>()
claims.forEach((claim, index) => {
  const add = (map: Map<string, number[]>, keys: readonly string[] = []) => {
    for (const key of keys) map.set(key, [...(map.get(key) ?? []), index])
  }
  add(byName, claim.names)
  add(byExtension, claim.extensions)
  add(byStem, claim.stems)
})

const NONE: readonly Claim[] = []

/** The stem of a base name: up to its first `.`, `-` or `_` after the first character. */
function stemOf(name: string): string {
  for (let i = 1; i < name.length; i++) {
    const c = name.charCodeAt(i)
    if (c === 0x2e || c === 0x2d || c === 0x5f) return name.slice(0, i)
  }
  return name
}

/**
 * The claims that may accept a path, in precedence order: three map lookups (base name, extension, stem), no
 * test run. Most files get none.
 */
export function candidateClaims(path: string): readonly Claim[] {
  const name = baseName(path)
  const dot = name.lastIndexOf('.')
  const named = byName.get(name)
  const extended = dot === -1 ? undefined : byExtension.get(name.slice(dot + 1).toLowerCase())
  const stemmed = byStem.get(stemOf(name).toLowerCase())
  if (!named && !extended && !stemmed) return NONE
  const indexes = [...new Set([...(named ?? []), ...(extended ?? []), ...(stemmed ?? [])])].sort((a, b) => a - b)
  return indexes.map((i) => claims[i]!)
}

const accepts = (claim: Claim, path: string): boolean => claim.test?.(path) ?? true

/** The kind that claims a path by name, or undefined: the first candidate whose test accepts it. */
export function claimedKind(path: string): SourceKind | undefined {
  return candidateClaims(path).find((claim) => accepts(claim, path))?.kind
}

/** Whether a kind claims a path (a parser's `matches`): its keys hold a candidate and its test accepts it. */
export function claimTest(kind: SourceKind): (path: string) => boolean {
  const claim = claims.find((c) => c.kind === kind)
  if (!claim) throw new Error(`no claim for ${kind}`)
  return (path) => candidateClaims(path).includes(claim) && accepts(claim, path)
}

/** The kinds whose parsers sniff YAML files no name claims, in order. */
export const sniffedKinds: readonly SourceKind[] = claims.filter((claim) => claim.sniff).map((claim) => claim.kind)
