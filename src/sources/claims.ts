import type { SourceKind } from '../core/types.js'
import { memoize } from '../core/memo.js'
import { anyOf, type PathPatterns } from '../core/path-patterns.js'
import { escapeRegExp } from '../core/text.js'
import { baseName } from './entry.js'

/**
 * Which files each kind of source reads, as data apart from the parsers: the scan decides a file's kind from its
 * path alone, and loads only the parsers (and their YAML, TOML and JSON libraries) that the listed paths need
 * (./index.ts). A path is claimed when any of the fields accepts it and `except` does not.
 */
export interface Claim {
  readonly kind: SourceKind
  /** Base names, exactly. */
  readonly basenames?: readonly string[]
  /** A pattern of the base name. */
  readonly names?: RegExp
  /** A pattern of the whole repository-relative path ('/' separators). */
  readonly paths?: RegExp
  /** Endings of the path. */
  readonly extensions?: readonly string[]
  /** Base names that are never this kind, whatever the fields above say. */
  readonly except?: RegExp
  /** Also found by its content among the YAML files no name claims (the parser's `sniff`). */
  readonly sniffed?: true
  /**
   * A kind found by content that wins over the name: a file this claim names is read as that kind when its parser's
   * `sniff` accepts the text. Loaded with the claimed kind's parser, so the choice is made once the text is read.
   */
  readonly yieldsTo?: SourceKind
}

/**
 * Most specific first: the first claim that accepts a path names its kind.
 *
 * A Kubernetes manifest (top-level `apiVersion:` and `kind:`, no Go template) under a name claimed for another kind is
 * read as Kubernetes (`yieldsTo`) where the name is only a convention a manifest can share, and the claimed format has
 * no such keys: `librechat.yaml` (GitOps trees name an app's manifests after it; LibreChat's config has none,
 * https://www.librechat.ai/docs/configuration/librechat_yaml), compose and stack files (the Compose file schema
 * allows no top-level key but its own and `x-*`: compose-spec/compose-spec@00655e22 schema/compose-spec.json,
 * `"additionalProperties": false`) and `render.yaml` (a Render Blueprint's keys are `services:`, `databases:`,
 * `envVarGroups:` and the like, https://render.com/docs/blueprint-spec).
 * Not the others: a workflow, `.gitlab-ci.yml` or `.continue/config.yaml` sits where its tool reads it, so it is that
 * tool's file, wrong or not; a Helm values file may hold any top-level key a chart reads (fluent-bit's chart has
 * `kind: DaemonSet`), and the Helm parser reads `env` lists at any depth of a manifest anyway.
 */
export const claims: readonly Claim[] = [
  { kind: 'workflow', paths: /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/ },
  // Project settings of Claude Code; `settings.local.json` is meant to stay uncommitted, so a key there is a leak too.
  // A dotfiles repository keeps the user's as `claude/`, `claude-code/` or chezmoi's `dot_claude/`, copied to ~/.claude.
  { kind: 'claude-settings', paths: /(?:^|\/)(?:\.|dot_)?claude(?:-code)?\/settings(?:\.local)?\.json$/ },
  // Continue reads `.continue/config.yaml` (current) and `.continue/config.json` (older), same model keys; a folder
  // named `continue/` is too common a word to say Continue.
  { kind: 'continue', paths: /(?:^|\/)\.continue\/config\.(?:ya?ml|json)$/ },
  // Also by content: LibreChat reads any file `CONFIG_PATH` names (LibreChat-AI/librechat-config-yaml@bf1199e1 README
  // loads `librechat-env-f.yaml` so).
  { kind: 'librechat', paths: /(?:^|\/)librechat\.ya?ml$/, yieldsTo: 'kubernetes', sniffed: true },
  { kind: 'codex', extensions: ['codex/config.toml'] },
  // `.codex/auth.json`, or `codex/auth.json` in a dotfiles repository.
  { kind: 'codex-auth', paths: /(?:^|\/)\.?codex\/auth\.json$/ },
  // Claude Code's `.mcp.json`, Cursor's `.cursor/mcp.json`, VS Code's `.vscode/mcp.json` (sources in ./mcp.ts).
  { kind: 'mcp', basenames: ['.mcp.json'], paths: /(?:^|\/)\.(?:cursor|vscode)\/mcp\.json$/ },
  // `.gitlab-ci.yml`, and the files it includes from `.gitlab/ci/`.
  { kind: 'gitlab-ci', paths: /(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/ },
  // `values.yaml`, `values-prod.yaml`, `values.staging.yml`: a chart's values and their per-environment overrides.
  { kind: 'helm', names: /^values(?:[.-][\w.-]+)?\.ya?ml$/ },
  // `docker-compose.yml`, `compose.yaml`, `docker-compose.prod.yml`, `deploy-compose.yml`, `app.compose.yml`, and
  // swarm stack files (`stack.yml`, `docker-stack.yml`, which `docker stack deploy -c` reads in compose format).
  {
    kind: 'compose',
    names: /^(?:[\w.-]*[.-])?(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$|^stack\.yml$|^docker-stack(?:[.-][\w.-]+)?\.ya?ml$/,
    sniffed: true,
    yieldsTo: 'kubernetes'
  },
  // `Dockerfile`, `Dockerfile.prod`, `web.Dockerfile`, `Containerfile`; not `Dockerfile.dockerignore`.
  { kind: 'dockerfile', names: /^(?:dockerfile|containerfile)(?:\.[^.].*)?$|\.(?:dockerfile|containerfile)$/i, except: /\.dockerignore$/ },
  { kind: 'vercel', basenames: ['vercel.json'] },
  { kind: 'netlify', basenames: ['netlify.toml'] },
  { kind: 'render', paths: /(?:^|\/)render\.ya?ml$/, yieldsTo: 'kubernetes' },
  // `fly.toml`, and `fly.<env>.toml` for apps deployed with `fly deploy -c fly.staging.toml`.
  { kind: 'fly', names: /^fly(?:\.[\w-]+)?\.toml$/ },
  { kind: 'app-json', basenames: ['app.json'] },
  { kind: 'wrangler', basenames: ['wrangler.toml'] },
  { kind: 'systemd', extensions: ['.service'] },
  // `deploy.sh`, `run.bash`, in any folder.
  { kind: 'shell', extensions: ['.sh', '.bash'] },
  // `.env`, `.envrc`, `.env.*`, `.env-example` / `.env_sample` style variants, `*.env`, `env.example`-style templates
  // (named without the leading dot) and `dotenv`; `.env.d.ts`, `.env.schema.json` and friends are code or data in
  // other formats.
  {
    kind: 'dotenv',
    basenames: ['.env', '.envrc', 'dotenv'],
    names: /^env\.(?:example|sample|template|dist|default|local)$|^\.env[._-]|\.env$/,
    except: /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|md)$/
  },
  // No name: found by content.
  { kind: 'kubernetes', sniffed: true },
  { kind: 'app-engine', sniffed: true }
]

/** Whether `claim` accepts `path`. */
function accepts(claim: Claim, path: string, name = baseName(path)): boolean {
  return (namedBy(claim, name) || claim.paths?.test(path) || claim.extensions?.some((end) => path.endsWith(end))) === true && !claim.except?.test(name)
}

/** Whether the base-name fields of `claim` accept `name`. */
const namedBy = (claim: Claim, name: string): boolean => claim.basenames?.includes(name) === true || claim.names?.test(name) === true

const YAML_FILE = /\.ya?ml$/i

/**
 * Every claim's name fields as one regex over the base name, and its path fields as one over the path, both
 * case-insensitive: together they accept every path some claim accepts (and a few more), so the paths no claim
 * wants — nearly all of a repository — cost two regex tests instead of a walk through every claim.
 */
const claimedNames = new RegExp(
  claims.flatMap((claim) => [...(claim.names ? [claim.names.source] : []), ...(claim.basenames ? [`^(?:${claim.basenames.map(escapeRegExp).join('|')})$`] : [])]).join('|'),
  'i'
)
const claimedPaths = new RegExp(
  claims.flatMap((claim) => [...(claim.paths ? [claim.paths.source] : []), ...(claim.extensions ?? []).map((end) => `${escapeRegExp(end)}$`)]).join('|'),
  'i'
)

/**
 * The claims' prefilters and the YAML test: every path {@link mayParse} accepts matches them (and a few more), so a
 * caller joining them with other facts' patterns can rule out nearly every path before asking.
 */
export const parsablePaths: PathPatterns = { names: claimedNames, paths: anyOf([claimedPaths, YAML_FILE]) }

/** The kind whose name claim accepts `path` first, if any. */
export function claimedKind(path: string): SourceKind | undefined {
  const name = baseName(path)
  if (claimedPaths.test(path)) return firstClaim(path)
  // No path field accepts it: its base name alone decides, the same for every `.env` of a tree.
  return claimedNames.test(name) ? firstClaimByName(name) : undefined
}

/**
 * The walk through the claims, for the paths the prefilter lets by; remembered, as a scan asks of each listed path twice
 * (the parsers to load, then each file's parser).
 */
const firstClaim = memoize((path: string): SourceKind | undefined => {
  const name = baseName(path)
  return claims.find((claim) => accepts(claim, path, name))?.kind
})

/** {@link firstClaim} for a path no path field accepts: only the base-name fields are asked, once per name. */
const firstClaimByName = memoize((name: string): SourceKind | undefined => claims.find((claim) => namedBy(claim, name) && !claim.except?.test(name))?.kind)

/** Whether `kind` claims `path` by name (whatever kind comes first). */
export const isClaimedBy = (kind: SourceKind, path: string): boolean => claims.some((claim) => claim.kind === kind && accepts(claim, path))

/** A YAML file no name claims: its text is sniffed for the kinds found by content. */
export const isSniffed = (path: string): boolean => YAML_FILE.test(path)

/** Whether a parser may read a file, judged by its path alone: a kind claims the name, or it is YAML to sniff. */
export const mayParse = (path: string): boolean => isSniffed(path) || claimedKind(path) !== undefined

/** The kind found by content that wins over each claimed kind, where one does (`Claim.yieldsTo`). */
export const yieldingTo: ReadonlyMap<SourceKind, SourceKind> = new Map(claims.flatMap((claim) => (claim.yieldsTo ? [[claim.kind, claim.yieldsTo] as const] : [])))

/** The kinds found by content, in the order they are tried. */
export const sniffedKinds: readonly SourceKind[] = claims.filter((claim) => claim.sniffed).map((claim) => claim.kind)

/**
 * The kinds of parser the files at `paths` may need: each path's claimed kind (and the kind its content may turn out
 * to be instead), and the kinds found by content when a YAML file no name claims is among them.
 */
export function kindsFor(paths: Iterable<string>): Set<SourceKind> {
  const kinds = new Set<SourceKind>()
  for (const path of paths) {
    const kind = claimedKind(path)
    if (kind !== undefined) {
      kinds.add(kind)
      const yielded = yieldingTo.get(kind)
      if (yielded !== undefined) kinds.add(yielded)
    } else if (isSniffed(path)) for (const sniffed of sniffedKinds) kinds.add(sniffed)
  }
  return kinds
}
