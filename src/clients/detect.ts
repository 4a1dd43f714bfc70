/**
 * Which client a repository deploys, from its fingerprints (never from variable names alone: the same
 * name means opposite things in different apps), and lookups of a variable in a client profile.
 */
import type { Fingerprint, SourceKind } from '../core/types.js'
import { clientProfiles } from './profiles.js'
import type { BaseUrlVar, ClientFingerprint, ClientId, ClientProfile, DetectedClient, KeyVar } from './types.js'

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

/** The strongest evidence for one profile, if any of its fingerprints match. */
function evidenceFor(profile: ClientProfile, fingerprints: readonly Fingerprint[]): Evidence | undefined {
  const matching = fingerprints.filter((fp) =>
    profile.fingerprints.some((cf) => cf.type === fp.type && compiled(cf.pattern).test(fp.value))
  )
  const weightOf = (fp: Fingerprint): number => EVIDENCE_WEIGHT[fp.type as ClientFingerprint['type']] ?? 0
  const strongest = matching.reduce<Fingerprint | undefined>((best, fp) => (!best || weightOf(fp) > weightOf(best) ? fp : best), undefined)
  return strongest && { profile, weight: weightOf(strongest), count: matching.length, fingerprint: strongest }
}

const describeEvidence = (fp: Fingerprint): string => `${fp.type} ${fp.value} in ${fp.file}`

/**
 * The client to assume for the repository: the configured one when given (ids are validated by the config
 * layer), otherwise the profile with the strongest evidence (ties: more matching fingerprints, then the
 * order of `clientProfiles`), otherwise `unknown`. A NextChat fork whose `OpenaiPath.ChatPath` differs from
 * `v1/chat/completions` gets a copy of the profile with that path on `BASE_URL` (see `adaptNextChatFork`).
 */
export function detectClient(fingerprints: readonly Fingerprint[], configured?: string): DetectedClient {
  if (configured !== undefined) {
    if (!Object.hasOwn(clientProfiles, configured)) {
      throw new Error(`unknown client id "${configured}" (the config layer should have rejected it)`)
    }
    return { profile: adaptNextChatFork(clientProfiles[configured as ClientId], fingerprints), how: 'configured' }
  }
  let best: Evidence | undefined
  for (const profile of Object.values(clientProfiles)) {
    const evidence = evidenceFor(profile, fingerprints)
    if (evidence && (!best || evidence.weight > best.weight || (evidence.weight === best.weight && evidence.count > best.count))) best = evidence
  }
  if (!best) return { profile: clientProfiles.unknown, how: 'default' }
  return { profile: adaptNextChatFork(best.profile, fingerprints), how: 'detected', evidence: describeEvidence(best.fingerprint) }
}

const CHAT_PATH_PREFIX = 'OpenaiPath.ChatPath='
const BASE_URL_PREFIX = 'OPENAI_BASE_URL='

/**
 * NextChat forks that changed `OpenaiPath.ChatPath` (providers.md §1.2 "Fork detection rule"): `BASE_URL`
 * gets the fork's path; a path with a version segment (`v1/…`) keeps the host-root convention, one without
 * (`chat/completions`) means the base must carry `/v1` itself. The fork's `OPENAI_BASE_URL` constant, when
 * found, becomes the default URL. Any other profile, or an unchanged fork, is returned as is.
 */
function adaptNextChatFork(profile: ClientProfile, fingerprints: readonly Fingerprint[]): ClientProfile {
  if (profile.id !== 'nextchat') return profile
  const constant = (prefix: string): string | undefined =>
    fingerprints.find((fp) => fp.type === 'path-constant' && fp.value.startsWith(prefix))?.value.slice(prefix.length)
  const forkPath = constant(CHAT_PATH_PREFIX)
  if (forkPath === undefined) return profile
  const chatPath = `/${forkPath.replace(/^\/+/, '')}`
  const baseUrlVar = profile.baseUrlVars.find((v) => v.name === 'BASE_URL')
  if (!baseUrlVar || baseUrlVar.chatPath === chatPath) return profile
  const defaultUrl = constant(BASE_URL_PREFIX) ?? baseUrlVar.defaultUrl
  const adapted: BaseUrlVar = {
    ...baseUrlVar,
    chatPath,
    convention: /\/v\d+[a-z]*\//.test(chatPath) ? 'host-root' : 'includes-version',
    ...(defaultUrl === undefined ? {} : { defaultUrl })
  }
  return { ...profile, baseUrlVars: profile.baseUrlVars.map((v) => (v === baseUrlVar ? adapted : v)) }
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

/** Whether `name` is one of `profile`'s model variables. */
export function isModelVar(profile: ClientProfile, name: string): boolean {
  return profile.modelVars.some((pattern) => matchesVarName(pattern, name))
}
