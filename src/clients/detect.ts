/**
 * Which client a repository deploys, from its fingerprints (never from variable names alone: the same
 * name means opposite things in different apps), and lookups of a variable in a client profile.
 */
import type { Fingerprint, SourceKind } from '../core/types.js'
import { withoutQueryOrSlashes } from '../core/url.js'
import { clientProfiles } from './profiles/index.js'
import { UPSTREAM_CLOUDFLARE_REWRITE, UPSTREAM_GATES } from './profiles/nextchat.js'
import type { BaseUrlVar, ClientBasis, ClientFingerprint, ClientId, ClientProfile, DetectedClient, KeyVar } from './types.js'

/**
 * How much each kind of evidence weighs. The app's own code (NextChat's constants, its package name) and
 * the image it runs beat a mere dependency; config files of developer tools (`.claude/settings.json`,
 * `.continue/`) say least about what the repository deploys.
 */
const EVIDENCE_WEIGHT: Readonly<Record<ClientFingerprint['type'], number>> = {
  'path-constant': 5,
  'package-name': 4,
  'docker-image': 4,
  'package-dependency': 2,
  'file-present': 1
}

const patternCache = new Map<string, RegExp>()
const compiled = (pattern: string): RegExp => {
  let re = patternCache.get(pattern)
  if (!re) patternCache.set(pattern, (re = new RegExp(pattern)))
  return re
}

interface Evidence {
  readonly profile: ClientProfile
  readonly weight: number
  readonly count: number
  readonly fingerprint: Fingerprint
}

const matches = (cf: Pick<ClientFingerprint, 'type' | 'pattern'>, fp: Fingerprint): boolean => cf.type === fp.type && compiled(cf.pattern).test(fp.value)

/** The strongest evidence for one profile, if any of its usable fingerprints match. */
function evidenceFor(profile: ClientProfile, usable: readonly ClientFingerprint[], fingerprints: readonly Fingerprint[]): Evidence | undefined {
  const matching = fingerprints.filter((fp) => usable.some((cf) => matches(cf, fp)))
  const weightOf = (fp: Fingerprint): number => EVIDENCE_WEIGHT[fp.type as ClientFingerprint['type']] ?? 0
  const strongest = matching.reduce<Fingerprint | undefined>((best, fp) => (!best || weightOf(fp) > weightOf(best) ? fp : best), undefined)
  return strongest && { profile, weight: weightOf(strongest), count: matching.length, fingerprint: strongest }
}

const PROFILES = Object.values(clientProfiles)

/** Each profile with the fingerprints that count in this repository. */
type Matchers = readonly { readonly profile: ClientProfile; readonly usable: readonly ClientFingerprint[] }[]

/**
 * The fingerprints that count in a repository: one with `confirmedBy` only when the repository holds one of its
 * confirmations (chatgpt-web's root package name, only with its `service/`). Computed once per repository.
 */
function matchersFor(fingerprints: readonly Fingerprint[]): Matchers {
  const holds = (cf: Pick<ClientFingerprint, 'type' | 'pattern'>): boolean => fingerprints.some((fp) => matches(cf, fp))
  return PROFILES.map((profile) => ({ profile, usable: profile.fingerprints.filter((cf) => cf.confirmedBy === undefined || cf.confirmedBy.some(holds)) }))
}

/** Every profile with evidence among `fingerprints`, strongest first (ties: more fingerprints, then profile order). */
function candidatesOf(matchers: Matchers, fingerprints: readonly Fingerprint[]): Evidence[] {
  // Most scopes have no fingerprint of their own: no profile to try.
  if (fingerprints.length === 0) return []
  const found: Evidence[] = []
  for (const { profile, usable } of matchers) {
    const evidence = evidenceFor(profile, usable, fingerprints)
    if (evidence) found.push(evidence)
  }
  return found.sort((a, b) => b.weight - a.weight || b.count - a.count)
}

const describeEvidence = (fp: Fingerprint): string => `${fp.type} ${fp.value} in ${fp.file}`

/** What a scope is, for choosing its client. */
export interface ScopeSite {
  readonly id: string
  readonly file: string
  readonly kind: SourceKind
  /** Scopes that read this file's settings (the compose services of a project `.env` or an `env_file`). */
  readonly readBy?: readonly string[]
}

/**
 * The client that reads a scope, with the evidence (see `ClientBasis` for the order): the environment of another
 * program (an MCP server, Codex's shell commands) is judged by the SDK convention as a guess; then its own file kind,
 * its own container image, the configured client, the nearest app folder with evidence (the scope's folder,
 * then each parent), and last the repository as a whole. A repository fallback whose evidence names several
 * clients is a guess; so is the default. `configured` ids are validated by the config layer.
 */
export function detectScopeClient(site: ScopeSite, fingerprints: readonly Fingerprint[], configured?: string): DetectedClient {
  return createScopeDetector(fingerprints, configured)(site)
}

/**
 * {@link detectScopeClient} for many scopes of one repository: the fingerprints are indexed by scope and by app
 * folder once, so a compose file of thousands of services costs a lookup per service, not a pass over every image.
 */
export function createScopeDetector(fingerprints: readonly Fingerprint[], configured?: string): (site: ScopeSite) => DetectedClient {
  if (configured !== undefined && !Object.hasOwn(clientProfiles, configured)) {
    throw new Error(`unknown client id "${configured}" (the config layer should have rejected it)`)
  }
  const byScope = new Map<string, Fingerprint[]>()
  const byFolder = new Map<string, Fingerprint[]>()
  for (const fp of fingerprints) {
    const [index, key] = fp.scope === undefined ? [byFolder, appFolderOf(fp)] : [byScope, fp.scope]
    const list = index.get(key)
    if (list) list.push(fp)
    else index.set(key, [fp])
  }
  const matchers = matchersFor(fingerprints)
  const candidates = (found: readonly Fingerprint[]): Evidence[] => candidatesOf(matchers, found)
  // A NextChat fork's constants are read once, whichever scopes turn out to be NextChat's.
  const nextchat = adaptNextChatFork(fingerprints)
  const profileOf = (profile: ClientProfile): ClientProfile => (profile.id === 'nextchat' ? nextchat : profile)
  const folderEvidence = new Map<string, Evidence[]>()
  const inFolder = (folder: string): Evidence[] => {
    let found = folderEvidence.get(folder)
    if (!found) folderEvidence.set(folder, (found = candidates(byFolder.get(folder) ?? [])))
    return found
  }
  // Another scope's image says nothing about this one.
  let anywhere: Evidence[] | undefined
  const unscoped = (): Evidence[] => (anywhere ??= candidates(fingerprints.filter((fp) => fp.scope === undefined)))

  return (site) => {
    const scoped = byScope.get(site.id) ?? []
    const spawned = scoped.find((fp) => fp.type === 'spawned-env')
    if (spawned) return { profile: clientProfiles.unknown, how: 'file-kind', evidence: `the environment of ${spawned.value}`, confidence: 'guessed' }
    const own = clientForKind(site.kind)
    if (own) return { profile: clientProfiles[own], how: 'file-kind', evidence: `a ${site.kind} file`, confidence: 'known' }
    const image = candidates(scoped)[0]
    if (image) return withUpstream(chosen(image, 'image', [image], profileOf), image)
    const readers = candidates((site.readBy ?? []).flatMap((scope) => byScope.get(scope) ?? []))
    if (readers.length > 0 && agree(readers)) return chosen(readers[0]!, 'image', readers, profileOf)
    if (configured !== undefined) return { profile: profileOf(clientProfiles[configured as ClientId]), how: 'configured', confidence: 'known' }
    // Most repositories have no manifest at all: no folder to walk up.
    for (const folder of byFolder.size === 0 ? [] : foldersUp(site.file)) {
      const here = inFolder(folder)
      if (here.length > 0) return { ...chosen(here[0]!, 'manifest', here, profileOf), confidence: agree(here) ? 'known' : 'guessed' }
    }
    const all = unscoped()
    if (all.length === 0) return NO_CLIENT
    return { ...chosen(all[0]!, 'repository', all, profileOf), confidence: agree(all) ? 'known' : 'guessed' }
  }
}

/**
 * Marks a scope whose own container pulls an image the client's project publishes (`profile.upstream`): it runs the
 * code the profile was read from, with upstream's profile rather than one adapted to the repository's constants. A
 * fork's image (`mmhk/chatgpt-next-web`), one the scope builds, and a fork's source leave it unmarked, since forks
 * read variables of their own.
 */
function withUpstream(client: DetectedClient, image: Evidence): DetectedClient {
  const fp = image.fingerprint
  const upstream = image.profile.upstream
  if (fp.type !== 'docker-image' || fp.built || !upstream?.images.includes(fp.value)) return client
  // Upstream's code, not a fork's: the repository's own constants (a changed ChatPath) do not apply to it.
  return { ...client, profile: image.profile, upstreamImage: fp.value }
}

/** No evidence anywhere: the SDK convention, as a guess. One object for every such scope. */
const NO_CLIENT: DetectedClient = { profile: clientProfiles.unknown, how: 'default', confidence: 'guessed' }

/**
 * Whether evidence names one client. Only the strongest class of evidence present counts: an app's own
 * code or manifest, else container images, else dependencies and tool configs. So a NextChat fork whose
 * compose file also runs Open WebUI is still NextChat's, while two apps' manifests disagree.
 */
function agree(found: readonly Evidence[]): boolean {
  const classOf = (e: Evidence): number => EVIDENCE_CLASS[e.fingerprint.type as ClientFingerprint['type']] ?? 0
  const top = Math.max(...found.map(classOf))
  const ids = new Set(found.filter((e) => classOf(e) === top).map((e) => e.profile.id))
  if (ids.has('openai-sdk') && ids.has('anthropic-sdk')) ids.delete('anthropic-sdk')
  return ids.size === 1
}

const EVIDENCE_CLASS: Readonly<Record<ClientFingerprint['type'], number>> = {
  'path-constant': 3,
  'package-name': 3,
  'docker-image': 2,
  'package-dependency': 1,
  'file-present': 1
}

/** The client for the repository as a whole (for scope-less questions such as which route a CLI base URL takes). */
export function detectClient(fingerprints: readonly Fingerprint[], configured?: string): DetectedClient {
  return detectScopeClient({ id: '', file: '', kind: 'text' }, fingerprints, configured)
}

/**
 * The chosen profile, adapted to a NextChat fork's constants; an app with both the OpenAI and the
 * Anthropic SDK reads both families' variables, each by its own convention.
 */
function chosen(best: Evidence, how: ClientBasis, level: readonly Evidence[], profileOf: (profile: ClientProfile) => ClientProfile): DetectedClient {
  const ids = new Set(level.map((e) => e.profile.id))
  const sdk = best.profile.id === 'openai-sdk' || best.profile.id === 'anthropic-sdk'
  const profile = sdk && ids.has('openai-sdk') && ids.has('anthropic-sdk') ? bothSdks() : profileOf(best.profile)
  return { profile, how, evidence: describeEvidence(best.fingerprint), confidence: 'known' }
}

/** The OpenAI and the Anthropic SDK in one app: both families' variables. One profile, made when first needed. */
function bothSdks(): ClientProfile {
  const a = clientProfiles['openai-sdk']
  const b = clientProfiles['anthropic-sdk']
  return (both ??= {
    ...a,
    name: 'OpenAI and Anthropic SDK app',
    baseUrlVars: [...a.baseUrlVars, ...b.baseUrlVars],
    keyVars: [...a.keyVars, ...b.keyVars],
    modelVars: [...a.modelVars, ...b.modelVars],
    otherVars: [...a.otherVars, ...b.otherVars],
    flags: [...(a.flags ?? []), ...(b.flags ?? [])],
    unusedVars: [...a.unusedVars, ...b.unusedVars],
    fingerprints: [...a.fingerprints, ...b.fingerprints],
    sources: [...a.sources, ...b.sources]
  })
}

let both: ClientProfile | undefined

/** `apps/web/.env` → `apps/web`, `apps`, `` (the repository root). */
function foldersUp(file: string): string[] {
  const folders: string[] = []
  let at = file.lastIndexOf('/')
  while (at > 0) {
    folders.push(file.slice(0, at))
    at = file.lastIndexOf('/', at - 1)
  }
  folders.push('')
  return folders
}

/**
 * Source files that sit below their app's root (NextChat's `app/constant.ts` and server files, chatgpt-web's
 * `service/…`): the app is the folder above the match.
 */
const APP_SOURCE_PATH = /(?:^|\/)(?:app\/(?:constant\.ts|config\/server\.ts|utils\/cloudflare\.ts|api\/.+)|service\/src\/chatgpt\/index\.ts)$/

/** The folder of the app a fingerprint speaks for: a manifest's folder, or the root above a known source path. */
function appFolderOf(fp: Fingerprint): string {
  const inner = APP_SOURCE_PATH.exec(fp.file)
  const folder = inner ? fp.file.slice(0, inner.index) : fp.file.slice(0, Math.max(0, fp.file.lastIndexOf('/')))
  return folder.replace(/\/?\.(?:continue|claude)(?:\/.*)?$/, '')
}

const CHAT_PATH_PREFIX = 'OpenaiPath.ChatPath='
const BASE_URL_PREFIX = 'OPENAI_BASE_URL='
const CLOUDFLARE_REWRITE_PREFIX = 'cloudflareAIGatewayUrl='

/**
 * NextChat forks that changed `OpenaiPath.ChatPath` (providers.md §1.2 "Fork detection rule"): `BASE_URL`
 * gets the fork's path; a path with a version segment (`v1/…`) keeps the host-root convention, one without
 * (`chat/completions`) means the base must carry `/v1` itself. The fork's `OPENAI_BASE_URL` constant, when
 * found, becomes the default URL. A fork whose `app/utils/cloudflare.ts` is not upstream's rewrites Cloudflare AI
 * Gateway URLs its own way, which is not modelled: those values are left unjudged (`forkRewrite`). The fork's own
 * server files, when present, adapt the rest ({@link adaptToForkSource}). An unchanged fork gets the upstream profile
 * itself.
 */
function adaptNextChatFork(fingerprints: readonly Fingerprint[]): ClientProfile {
  const profile = clientProfiles.nextchat
  const constant = (prefix: string): string | undefined =>
    fingerprints.find((fp) => fp.type === 'path-constant' && fp.value.startsWith(prefix))?.value.slice(prefix.length)
  const forkPath = constant(CHAT_PATH_PREFIX)
  const rewrite = constant(CLOUDFLARE_REWRITE_PREFIX)
  const ownRewrite = rewrite !== undefined && rewrite !== UPSTREAM_CLOUDFLARE_REWRITE
  const chatPath = forkPath === undefined ? undefined : `/${forkPath.replace(/^\/+/, '')}`
  const adapt = (v: BaseUrlVar): BaseUrlVar => {
    let adapted = v
    if (ownRewrite && v.cloudflareRewrite) adapted = { ...adapted, cloudflareRewrite: false, forkRewrite: true }
    if (v.name === 'BASE_URL' && chatPath !== undefined && chatPath !== v.chatPath) {
      const defaultUrl = constant(BASE_URL_PREFIX) ?? v.defaultUrl
      adapted = {
        ...adapted,
        chatPath,
        convention: /\/v\d+[a-z]*\//.test(chatPath) ? 'host-root' : 'includes-version',
        ...(defaultUrl === undefined ? {} : { defaultUrl })
      }
    }
    return adapted
  }
  const baseUrlVars = profile.baseUrlVars.map(adapt)
  const adapted = baseUrlVars.every((v, i) => v === profile.baseUrlVars[i]) ? profile : { ...profile, baseUrlVars }
  return adaptToForkSource(adapted, forkSource(fingerprints))
}

/** What a NextChat fork's own server files say: the files read, the variables they read, its flags and gates. */
interface ForkSource {
  /** App paths of the server files read (`app/config/server.ts`, `app/api/common.ts`). */
  readonly files: ReadonlySet<string>
  /** Each variable the files read, with the first file that reads it. */
  readonly reads: ReadonlyMap<string, string>
  /** Flags the fork's `app/config/server.ts` reads with upstream's expression. */
  readonly upstreamFlags: ReadonlySet<string>
  /** The first gating file (repository path) whose code is none of upstream's versions. */
  readonly ownGate?: string
}

/**
 * The server files of the NextChat app itself: those in the folder of an app whose `app/constant.ts` or server config
 * package name is NextChat's (another app's `app/api/*.ts` in a monorepo says nothing about it). Undefined when there
 * are none.
 */
function forkSource(fingerprints: readonly Fingerprint[]): ForkSource | undefined {
  // A Dockerfile's image says which app the folder runs, not whose source it holds.
  const nextchatEvidence = clientProfiles.nextchat.fingerprints.filter((cf) => cf.type !== 'docker-image')
  const apps = new Set(fingerprints.filter((fp) => nextchatEvidence.some((cf) => matches(cf, fp))).map(appFolderOf))
  const own = fingerprints.filter((fp) => FORK_SOURCE_TYPES.has(fp.type) && apps.has(appFolderOf(fp)))
  if (!own.some((fp) => fp.type === 'source-file')) return undefined
  const reads = new Map<string, string>()
  for (const fp of own) if (fp.type === 'env-read' && !reads.has(fp.value)) reads.set(fp.value, fp.file)
  const ownGate = own.find((fp) => {
    if (fp.type !== 'code-digest') return false
    const [path, digest] = splitAtLast(fp.value, '=')
    return UPSTREAM_GATES[path]?.[digest] === undefined
  })?.file
  return {
    files: new Set(own.filter((fp) => fp.type === 'source-file').map((fp) => fp.value)),
    reads,
    upstreamFlags: new Set(own.filter((fp) => fp.type === 'flag-read').map((fp) => fp.value)),
    ...(ownGate === undefined ? {} : { ownGate })
  }
}

const FORK_SOURCE_TYPES: ReadonlySet<string> = new Set(['source-file', 'env-read', 'flag-read', 'code-digest'])

const splitAtLast = (text: string, separator: string): [string, string] => {
  const at = text.lastIndexOf(separator)
  return [text.slice(0, at), text.slice(at + 1)]
}

/**
 * The profile as a fork's own server files read it (the README's "The client, per scope", step 4):
 * - a name upstream does not read but the fork does (`OPENAI_BASE_URL` in zyqfork/llmchat@400076e app/api/common.ts:40)
 *   is no longer an unused name; where the fork reads such a name in place of upstream's (both name `BASE_URL` as
 *   their replacement), the other unused names of that role are pointed at the fork's name, not at upstream's;
 * - with the fork's `app/config/server.ts` read, a flag it does not read with upstream's expression is read its own way
 *   (haiqinma/chat@54a4d1f app/config/server.ts:164-167 `isEnabledEnv`: only `1` and `true` are on): no longer a flag
 *   whose value is judged, just a name the client reads;
 * - a gating file that is none of upstream's versions (`UPSTREAM_GATES`) leaves unknown who may spend the server's
 *   keys (`forkGate`).
 * Without such files (a deployment repository, upstream's image) the profile is upstream's.
 */
function adaptToForkSource(profile: ClientProfile, fork: ForkSource | undefined): ClientProfile {
  if (fork === undefined) return profile
  const readsOwn = (name: string): boolean => fork.reads.has(name)
  let unusedVars = profile.unusedVars.filter((u) => !readsOwn(u.name))
  // The fork's name for a role upstream gives another name: upstream's `OPENAI_BASE_URL → BASE_URL`, read by the fork.
  const forkNameFor = new Map<string, string>()
  for (const u of profile.unusedVars) if (u.replacement !== undefined && readsOwn(u.name) && !readsOwn(u.replacement) && !forkNameFor.has(u.replacement)) forkNameFor.set(u.replacement, u.name)
  unusedVars = unusedVars.map((u) => {
    const forkName = u.replacement === undefined ? undefined : forkNameFor.get(u.replacement)
    return forkName === undefined ? u : { ...u, replacement: forkName, reason: `this fork reads ${forkName} in place of ${u.replacement} (${fork.reads.get(forkName)})` }
  })
  const serverConfigRead = fork.files.has('app/config/server.ts')
  const ownWay = (profile.flags ?? []).filter((f) => serverConfigRead && f.expression !== undefined && !fork.upstreamFlags.has(f.name))
  const flags = ownWay.length === 0 ? profile.flags : (profile.flags ?? []).filter((f) => !ownWay.includes(f))
  const unchanged = unusedVars.length === profile.unusedVars.length && unusedVars.every((u, i) => u === profile.unusedVars[i]) && ownWay.length === 0 && fork.ownGate === undefined
  if (unchanged) return profile
  return {
    ...profile,
    unusedVars,
    ...(flags === undefined ? {} : { flags }),
    otherVars: [...profile.otherVars, ...ownWay.map((f) => f.name)],
    ...(fork.ownGate === undefined ? {} : { forkGate: fork.ownGate })
  }
}

/** The client implied by the kind of file, for client config files read on their own. */
export function clientForKind(kind: SourceKind): ClientId | undefined {
  switch (kind) {
    case 'librechat':
      return 'librechat'
    case 'continue':
      return 'continue'
    case 'codex':
      return 'codex'
    case 'claude-settings':
      return 'claude-code'
    default:
      return undefined
  }
}

/** Whether a variable name matches a profile name that may hold one `*` wildcard (`*_PROXY_URL`). */
export function matchesVarName(pattern: string, name: string): boolean {
  const star = pattern.indexOf('*')
  if (star === -1) return pattern === name
  const head = pattern.slice(0, star)
  const tail = pattern.slice(star + 1)
  return name.length > head.length + tail.length && name.startsWith(head) && name.endsWith(tail)
}

/** The first item whose name is `name` exactly, else the first whose wildcard name matches. */
function findByName<T extends { readonly name: string }>(items: readonly T[], name: string): T | undefined {
  return items.find((item) => item.name === name) ?? items.find((item) => item.name.includes('*') && matchesVarName(item.name, name))
}

/** The base URL variable of `profile` that `name` is (exact names before wildcards). */
export function findBaseUrlVar(profile: ClientProfile, name: string): BaseUrlVar | undefined {
  return findByName(profile.baseUrlVars, name)
}

/**
 * How the client reads a base URL variable for this value: the first variant whose value suffix or sibling
 * field applies (LobeChat `…/anthropic`, Continue `provider: ollama`), else the variable itself. The result
 * keeps the variable's name and drops the variants, so every later step sees one reading.
 */
export function readingOf(variable: BaseUrlVar, value: string | undefined, sibling: (name: string) => string | undefined): BaseUrlVar {
  if (variable.variants === undefined) return variable
  const { variants, ...plain } = variable
  const path = withoutQueryOrSlashes((value ?? '').trim()).toLowerCase()
  const variant = variants?.find(
    (v) =>
      (v.pathEndsWith !== undefined && path.endsWith(v.pathEndsWith)) ||
      (v.sibling !== undefined && v.sibling.equals.includes((sibling(v.sibling.name) ?? '').trim().toLowerCase()))
  )
  if (!variant) return plain
  const { pathEndsWith: _suffix, sibling: _sibling, ...reading } = variant
  return { ...plain, ...reading }
}

/** The key variable of `profile` that `name` is (exact names before wildcards). */
export function findKeyVar(profile: ClientProfile, name: string): KeyVar | undefined {
  return findByName(profile.keyVars, name)
}

/**
 * The name of the base URL variable a key variable is sent to. A wildcard pairing keeps the key's own
 * prefix: LobeChat `PERPLEXITY_API_KEY` (`*_API_KEY`) goes to `PERPLEXITY_PROXY_URL` (`*_PROXY_URL`).
 * Undefined when the key var names no base URL variable, or `keyName` is not one of its names.
 */
export function pairedBaseUrlName(keyVar: KeyVar, keyName: string): string | undefined {
  const target = keyVar.baseUrlVar
  if (target === undefined || !target.includes('*')) return target
  const star = keyVar.name.indexOf('*')
  if (star === -1 || !matchesVarName(keyVar.name, keyName)) return undefined
  const wildcardPart = keyName.slice(star, keyName.length - (keyVar.name.length - star - 1))
  return target.replace('*', wildcardPart)
}

/** Every name the client reads besides base URLs, keys and models: its other variables and its flags. */
export const otherNames = (profile: ClientProfile): readonly string[] => [...profile.otherVars, ...(profile.flags ?? []).map((f) => f.name)]

/** Whether `name` is one of `profile`'s model variables. */
export function isModelVar(profile: ClientProfile, name: string): boolean {
  return profile.modelVars.some((pattern) => matchesVarName(pattern, name))
}
