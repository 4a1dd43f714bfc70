/**
 * Repository evidence of which client is deployed. Only a handful of paths are read; every other file
 * returns no fingerprints after one look at its name.
 *
 * Fingerprint values:
 * - `package-name`: the `name` of a package.json, lower-cased;
 * - `package-dependency`: a dependency some profile looks for (`openai`, `@anthropic-ai/sdk`,
 *   `github.com/openai/openai-go`), from package.json, requirements*.txt, pyproject.toml or go.mod, lower-cased;
 * - `path-constant`: `NAME=value` from NextChat's `app/constant.ts` (`OpenaiPath.ChatPath=v1/chat/completions`,
 *   `OPENAI_BASE_URL=https://api.openai.com`);
 * - `docker-image`: an image from a Dockerfile `FROM`, lower-cased, without registry `docker.io/`, tag or
 *   digest (`yidadaa/chatgpt-next-web`, `ghcr.io/open-webui/open-webui`); the images of compose services,
 *   Kubernetes containers and Helm values come from their parsers, which know the scope each belongs to
 *   ({@link dockerImageFingerprint});
 * - `file-present`: the path of a file that identifies a client (`librechat.yaml`, `.continue/config.yaml`),
 *   for generic paths only when a marker inside confirms it (`app/config/server.ts` with `getServerSideConfig`).
 *
 * A NextChat fork's own server code tells how that fork reads its settings (`adaptNextChatFork` in detect.ts); these
 * name no client and only adapt the profile of one already chosen:
 * - `source-file`: a server file of NextChat's that was read (`app/config/server.ts`, `app/api/common.ts`), as the app
 *   path (the part from `app/` on);
 * - `env-read`: a variable such a file reads (`process.env.OPENAI_BASE_URL`);
 * - `flag-read`: a flag the server config reads with upstream's own expression (`!!process.env.HIDE_USER_API_KEY`);
 * - `code-digest`: `app/api/auth.ts=<digest>`, the fingerprint of a file that gates the server's keys.
 */
import { createHash } from 'node:crypto'
import type { Fingerprint, SourceFile } from '../core/types.js'
import { anyOf, matchesPath, type PathPatterns } from '../core/path-patterns.js'
import { escapeRegExp } from '../core/text.js'
import { clientProfiles } from './profiles/index.js'

type Extractor = (file: SourceFile) => Fingerprint[]

/** Dependencies worth reporting: those some profile fingerprints on. */
const dependencyPatterns = Object.values(clientProfiles)
  .flatMap((profile) => profile.fingerprints)
  .filter((fp) => fp.type === 'package-dependency')
  .map((fp) => new RegExp(fp.pattern))

const isKnownDependency = (name: string): boolean => dependencyPatterns.some((re) => re.test(name))

const fingerprint = (type: string, value: string, file: SourceFile): Fingerprint => ({ type, value, file: file.path })

/** Files identified by their path alone. */
const PRESENCE = /(?:^|\/)(?:librechat\.ya?ml|\.continue\/.+|\.claude\/settings(?:\.local)?\.json)$/

/** NextChat's one route for every provider, which sends each request through its handler's `auth()`. */
const NEXTCHAT_PROVIDER_ROUTE = 'app/api/[provider]/[...path]/route.ts'

/** A path that is `suffix` or ends with `/suffix` (monorepos keep apps in subfolders). */
const endingIn = (suffix: string): RegExp => new RegExp(`(?:^|/)${escapeRegExp(suffix)}$`)

/**
 * The files that tell something, by a pattern of the base name or of the whole path, and how each is read: the first
 * that matches chooses. Every other file tells nothing.
 */
const extractors: readonly { readonly name?: RegExp; readonly path?: RegExp; readonly extract: Extractor }[] = [
  { name: /^package\.json$/, extract: fromPackageJson },
  { name: /^requirements[\w.-]*\.txt$/, extract: fromRequirements },
  { name: /^pyproject\.toml$/, extract: fromPyproject },
  { name: /^go\.mod$/, extract: fromGoMod },
  { name: /^(?:Dockerfile(?:\..+)?|.+\.[Dd]ockerfile)$/, extract: fromDockerfile },
  { path: endingIn('app/constant.ts'), extract: fromNextChatConstants },
  { path: endingIn('app/utils/cloudflare.ts'), extract: fromNextChatCloudflare },
  { path: endingIn('app/config/server.ts'), extract: fromNextChatServerConfig },
  { path: endingIn(NEXTCHAT_PROVIDER_ROUTE), extract: fromNextChatServerFile },
  { path: /(?:^|\/)app\/api\/[^/]+\.ts$/, extract: fromNextChatServerFile },
  { path: endingIn('service/src/chatgpt/index.ts'), extract: presentIf(/\bOPENAI_API_BASE_URL\b/) },
  { path: PRESENCE, extract: (file) => [fingerprint('file-present', file.path, file)] }
]

/** Every extractor's patterns joined: exactly the paths some extractor takes ({@link mayFingerprint}). */
export const fingerprintedPaths: PathPatterns = {
  names: anyOf(extractors.flatMap((extractor) => extractor.name ?? [])),
  paths: anyOf(extractors.flatMap((extractor) => extractor.path ?? []))
}

/** Whether a file may hold fingerprints, judged by its path alone. */
export const mayFingerprint = (path: string): boolean => matchesPath(fingerprintedPaths, path)

/** The extractor for a file, chosen by path; undefined for the files that tell nothing (two regex tests). */
function extractorFor(path: string): Extractor | undefined {
  if (!mayFingerprint(path)) return undefined
  const name = path.slice(path.lastIndexOf('/') + 1)
  return extractors.find((extractor) => extractor.name?.test(name) || extractor.path?.test(path))?.extract
}

/** Fingerprints of one file. Cheap: only a few known paths are read at all. */
export function extractFingerprints(file: SourceFile): Fingerprint[] {
  return extractorFor(file.path)?.(file) ?? []
}

function fromPackageJson(file: SourceFile): Fingerprint[] {
  let pkg: unknown
  try {
    pkg = JSON.parse(file.text)
  } catch {
    return [] // the parsers report broken JSON; detection just learns nothing here
  }
  if (typeof pkg !== 'object' || pkg === null) return []
  const record = pkg as Record<string, unknown>
  const found: Fingerprint[] = []
  if (typeof record['name'] === 'string') found.push(fingerprint('package-name', record['name'].toLowerCase(), file))
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
    const deps = record[field]
    if (typeof deps !== 'object' || deps === null) continue
    for (const dep of Object.keys(deps)) {
      const name = dep.toLowerCase()
      if (isKnownDependency(name)) found.push(fingerprint('package-dependency', name, file))
    }
  }
  return found
}

/** `openai>=1.0`, `anthropic[bedrock]==0.40` → `openai`, `anthropic`. */
function fromRequirements(file: SourceFile): Fingerprint[] {
  const found: Fingerprint[] = []
  for (const m of file.text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*)([^\n#]*)/gm)) {
    const name = m[1]!.toLowerCase()
    // openai-python 0.x read OPENAI_API_BASE, not OPENAI_BASE_URL (openai-python#745): not the SDK profile's app.
    if (name === 'openai' && PINNED_BELOW_1.test(m[2]!)) continue
    if (isKnownDependency(name)) found.push(fingerprint('package-dependency', name, file))
  }
  return found
}

/** `==0.28.0`, `<1`, `~=0.27`, `<=0.28.1`: a pin that keeps an SDK on its 0.x line. */
const PINNED_BELOW_1 = /^\s*(?:\[[^\]]*\])?\s*(?:==\s*0\.|~=\s*0\.|<\s*1(?:\.0)*\b|<=\s*0\.)/

/**
 * Dependencies in a pyproject.toml, PEP 621 (`dependencies = ["openai>=1"]`) or Poetry (`openai = "^1.40"`):
 * quoted requirement strings and `name =` keys under dependency tables. A light scan: the names are what
 * matters, and a name outside a dependency list (`name = "openai-bot"`) is not a known dependency anyway.
 */
function fromPyproject(file: SourceFile): Fingerprint[] {
  const found = new Set<string>()
  for (const m of file.text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[[^\]]*\])?\s*(?:[<>=!~;,]|["'])/g)) found.add(m[1]!.toLowerCase())
  for (const m of file.text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(?:["'{])/gm)) found.add(m[1]!.toLowerCase())
  return [...found].filter(isKnownDependency).map((name) => fingerprint('package-dependency', name, file))
}

/** `require github.com/openai/openai-go/v3 v3.0.0` → `github.com/openai/openai-go` (the major suffix dropped). */
function fromGoMod(file: SourceFile): Fingerprint[] {
  const found: Fingerprint[] = []
  for (const m of file.text.matchAll(/^[ \t]*(?:require[ \t]+)?(github\.com\/[\w.-]+\/[\w.-]+)(?:\/v\d+)?[ \t]+v\d/gm)) {
    const name = m[1]!.toLowerCase()
    if (isKnownDependency(name)) found.push(fingerprint('package-dependency', name, file))
  }
  return found
}

function fromDockerfile(file: SourceFile): Fingerprint[] {
  return images(file, /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*([^\s#]+)/gim)
}

/**
 * A `docker-image` fingerprint for an image a parser read in a scope (a compose service, a Kubernetes
 * container); undefined for no image or one chosen at deploy time (`${IMAGE}`). `built`: the scope builds the
 * image from the repository and only names it so (compose `build:` beside `image:`).
 */
export function dockerImageFingerprint(reference: string | undefined, file: string, scope: string, built = false): Fingerprint | undefined {
  const image = reference === undefined ? undefined : normalizeImage(reference.trim())
  return image ? { type: 'docker-image', value: image, file, scope, ...(built ? { built: true as const } : {}) } : undefined
}

function images(file: SourceFile, pattern: RegExp): Fingerprint[] {
  const found: Fingerprint[] = []
  for (const m of file.text.matchAll(pattern)) {
    const image = normalizeImage(m[1]!)
    if (image !== undefined) found.push(fingerprint('docker-image', image, file))
  }
  return found
}

/** `docker.io/Yidadaa/ChatGPT-Next-Web:v2@sha256:…` → `yidadaa/chatgpt-next-web`; `${IMAGE}` → undefined. */
function normalizeImage(reference: string): string | undefined {
  let image = reference.toLowerCase().replace(/@.*$/, '')
  const lastSlash = image.lastIndexOf('/')
  const colon = image.indexOf(':', lastSlash + 1)
  if (colon !== -1) image = image.slice(0, colon)
  // Only the tag may be chosen at deploy time (`ghcr.io/open-webui/open-webui:${WEBUI_DOCKER_TAG-main}`, as Open
  // WebUI's own compose file writes it): the name before it is the image all the same. A name chosen so is not known.
  if (image === '' || image.includes('$') || image.includes('{{')) return undefined
  return image.replace(/^(?:index\.)?docker\.io\//, '').replace(/^library\//, '')
}

/** NextChat's `app/constant.ts`: the OpenAI chat path a fork uses, and the default OpenAI base URL. */
function fromNextChatConstants(file: SourceFile): Fingerprint[] {
  const found: Fingerprint[] = []
  const chatPath = /\bOpenaiPath\s*=\s*\{[^}]*?\bChatPath\s*:\s*["'`]([^"'`]*)["'`]/.exec(file.text)?.[1]
  if (chatPath !== undefined) found.push(fingerprint('path-constant', `OpenaiPath.ChatPath=${chatPath}`, file))
  const baseUrl = /\bOPENAI_BASE_URL\s*=\s*["'`]([^"'`]*)["'`]/.exec(file.text)?.[1]
  if (baseUrl !== undefined) found.push(fingerprint('path-constant', `OPENAI_BASE_URL=${baseUrl}`, file))
  return found
}

/**
 * NextChat's `app/utils/cloudflare.ts`, as the fingerprint of its code (comments and blanks removed, sha256, 16 hex
 * digits): a fork that rewrote it joins gateway URLs its own way (`adaptNextChatFork` in detect.ts).
 */
function fromNextChatCloudflare(file: SourceFile): Fingerprint[] {
  if (!/\bcloudflareAIGatewayUrl\b/.test(file.text)) return []
  return [fingerprint('path-constant', `cloudflareAIGatewayUrl=${codeDigest(file.text)}`, file)]
}

/** The fingerprint of a file's code: comments and blanks removed, sha256, the first 16 hex digits. */
export function codeDigest(text: string): string {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/\s+/g, '')
  return createHash('sha256').update(code).digest('hex').slice(0, 16)
}

/** The server files whose code gates the server's keys (their digests are compared with upstream's versions). */
const NEXTCHAT_GATES: ReadonlySet<string> = new Set(['app/api/auth.ts', NEXTCHAT_PROVIDER_ROUTE])

/** `process.env.NAME` and `process.env["NAME"]`. */
const ENV_READ = /\bprocess\.env(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["'`]([A-Za-z_][A-Za-z0-9_]*)["'`]\s*\])/g

/**
 * A server file of NextChat's (`app/api/*.ts`, the provider route): the file, the variables it reads, and for the files
 * that gate the server's keys, their code's fingerprint.
 */
function fromNextChatServerFile(file: SourceFile): Fingerprint[] {
  const app = file.path.slice(file.path.lastIndexOf('app/'))
  const found = [fingerprint('source-file', app, file)]
  const names = new Set<string>()
  for (const m of file.text.matchAll(ENV_READ)) names.add((m[1] ?? m[2])!)
  for (const name of names) found.push(fingerprint('env-read', name, file))
  if (NEXTCHAT_GATES.has(app)) found.push(fingerprint('code-digest', `${app}=${codeDigest(file.text)}`, file))
  return found
}

/** NextChat's flags that its server config reads with an expression of upstream's (`!!process.env.X`). */
const flagExpressions = (clientProfiles.nextchat.flags ?? []).flatMap((f) => (f.expression === undefined ? [] : [{ name: f.name, expression: squeezed(f.expression) }]))

/** Code without blanks and with one kind of quote, for comparing expressions as written. */
function squeezed(code: string): string {
  return code.replace(/\s+/g, '').replace(/['`]/g, '"')
}

/**
 * NextChat's `app/config/server.ts`: `file-present` when `getServerSideConfig` confirms what the generic path is, and,
 * as any of its server files, the variables it reads, plus each flag read with upstream's expression.
 */
function fromNextChatServerConfig(file: SourceFile): Fingerprint[] {
  const found = [...presentIf(/\bgetServerSideConfig\b/)(file), ...fromNextChatServerFile(file)]
  const code = squeezed(file.text)
  for (const { name, expression } of flagExpressions) {
    // `!!process.env.X` must not be found inside `!!process.env.X_OTHER`.
    let at = code.indexOf(expression)
    while (at !== -1 && /[A-Za-z0-9_]/.test(code[at + expression.length] ?? '')) at = code.indexOf(expression, at + 1)
    if (at !== -1) found.push(fingerprint('flag-read', name, file))
  }
  return found
}

/** A `file-present` fingerprint when a marker inside confirms what a generic path is. */
function presentIf(marker: RegExp): Extractor {
  return (file) => (marker.test(file.text) ? [fingerprint('file-present', file.path, file)] : [])
}
