import { findBaseUrlVar, findKeyVar, isModelVar, otherNames, pairedBaseUrlName, readingOf } from '../clients/detect.js'
import type { BaseUrlVar, ClientProfile, KeyVar } from '../clients/types.js'
import type { Entry } from '../core/types.js'
import { effectiveValue } from '../sources/entry.js'
import type { Pairing } from './types.js'
import { nameRole } from './names.js'

/**
 * Pairs keys with the base URL they are sent to and the model they ask for, inside one group of
 * entries read together. First by the client's own variable names (a key variable names its base URL
 * variable), then by shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`).
 *
 * Every base URL entry ends up in a pairing under its own variable exactly once, keyed or not. A key
 * whose base URL variable is unset may also pair with the entry its variable falls back to (NextChat
 * `ANTHROPIC_URL` → `BASE_URL`), under the falling-back variable: that is where its requests go.
 */
export function pairEntries(entries: readonly Entry[], profile: ClientProfile): Pairing[] {
  const byName = new Map<string, Entry>()
  for (let i = 0; i < entries.length; i++) byName.set(entries[i]!.key, entries[i]!)
  const sibling = siblingOf(byName)
  const roles: Placed[] = []
  for (let i = 0; i < entries.length; i++) roles.push(placeEntry(entries[i]!, profile, sibling))
  const stems = indexStems(roles)
  const pairs: Pairing[] = []
  const direct = new Set<Entry>()
  const modelOf = (key: Entry | undefined, base: Entry | undefined): Entry | undefined =>
    stemModel(stems, key ?? base) ?? profileModel(profile, byName)

  for (let i = 0; i < roles.length; i++) {
    const { entry: key, keyVar } = roles[i]!
    if (!keyVar) continue
    const target = keyVar.baseUrlVar === undefined ? stemBase(stems, key) : namedBase(profile, byName, keyVar.baseUrlVar, sibling)
    if (target?.baseUrl && target.baseUrlVar?.name === target.baseUrl.key) direct.add(target.baseUrl)
    pairs.push(pairing('profile', key, keyVar, target?.baseUrl, target?.baseUrlVar, modelOf(key, target?.baseUrl)))
  }
  for (let i = 0; i < roles.length; i++) {
    const { entry, baseUrlVar } = roles[i]!
    if (!baseUrlVar || direct.has(entry)) continue
    direct.add(entry)
    pairs.push(pairing('profile', undefined, undefined, entry, baseUrlVar, modelOf(undefined, entry)))
  }
  const unknown: Entry[] = []
  for (let i = 0; i < roles.length; i++) if (!roles[i]!.known) unknown.push(roles[i]!.entry)
  return unknown.length === 0 ? pairs : [...pairs, ...prefixPairs(unknown)]
}

/** An entry with the role its name has in the profile, its base URL variable read for its value. */
function placeEntry(entry: Entry, profile: ClientProfile, sibling: (name: string) => string | undefined): Placed {
  const { keyVar, baseUrlVar, known } = roleIn(profile, entry.key)
  if (!baseUrlVar) return keyVar ? { entry, keyVar, known } : { entry, known }
  const reading = readingOf(baseUrlVar, effectiveValue(entry), sibling)
  return keyVar ? { entry, keyVar, baseUrlVar: reading, known } : { entry, baseUrlVar: reading, known }
}

/** A pairing with only the fields it has, so pairings compare and serialise without noise. */
function pairing(by: Pairing['by'], key?: Entry, keyVar?: KeyVar, baseUrl?: Entry, baseUrlVar?: BaseUrlVar, model?: Entry): Pairing {
  const pair: { -readonly [F in keyof Pairing]: Pairing[F] } = { by }
  if (key) pair.key = key
  if (keyVar) pair.keyVar = keyVar
  if (baseUrl) pair.baseUrl = baseUrl
  if (baseUrlVar) pair.baseUrlVar = baseUrlVar
  if (model) pair.model = model
  return pair
}

/** The first of the profile's model variables the group sets. */
function profileModel(profile: ClientProfile, byName: ReadonlyMap<string, Entry>): Entry | undefined {
  for (let i = 0; i < profile.modelVars.length; i++) {
    const entry = byName.get(profile.modelVars[i]!)
    if (entry !== undefined) return entry
  }
  return undefined
}

/** The value of another setting of the same group, by name (`provider:` next to Continue's `apiBase`). */
const siblingOf =
  (byName: ReadonlyMap<string, Entry>) =>
  (name: string): string | undefined => {
    const entry = byName.get(name)
    return entry && effectiveValue(entry)
  }

interface Role {
  readonly keyVar?: KeyVar
  readonly baseUrlVar?: BaseUrlVar
  /** The profile reads this name in some role (key, base URL, model or other). */
  readonly known: boolean
}

/** An entry with the role its name has in the profile (its base URL variable read for its value). */
type Placed = Role & { readonly entry: Entry }

/**
 * How `profile` reads a name; wildcard variables (`*_PROXY_URL`) come back with the concrete name filled in.
 * Remembered per profile and name: thousands of scopes set the same few names, and a lookup walks the profile's lists.
 */
function roleIn(profile: ClientProfile, name: string): Role {
  let known = rolesByProfile.get(profile)
  if (!known) rolesByProfile.set(profile, (known = new Map()))
  let role = known.get(name)
  if (!role) known.set(name, (role = findRole(profile, name)))
  return role
}

const rolesByProfile = new WeakMap<ClientProfile, Map<string, Role>>()

function findRole(profile: ClientProfile, name: string): Role {
  const keyVar = findKeyVar(profile, name)
  const baseUrlVar = findBaseUrlVar(profile, name)
  const known = keyVar !== undefined || baseUrlVar !== undefined || isModelVar(profile, name) || otherNames(profile).includes(name)
  const role: { -readonly [F in keyof Role]: Role[F] } = { known }
  if (keyVar) role.keyVar = instantiateKey(keyVar, name)
  if (baseUrlVar) role.baseUrlVar = { ...baseUrlVar, name }
  return role
}

/** `*_API_KEY` read as `GROQ_API_KEY` sends to `GROQ_PROXY_URL` when its base is `*_PROXY_URL`. */
function instantiateKey(keyVar: KeyVar, name: string): KeyVar {
  if (!keyVar.name.includes('*')) return keyVar
  const { baseUrlVar: _wildcard, ...rest } = keyVar
  const baseUrlVar = pairedBaseUrlName(keyVar, name)
  return baseUrlVar === undefined ? { ...rest, name } : { ...rest, name, baseUrlVar }
}

interface Target {
  readonly baseUrl?: Entry
  readonly baseUrlVar?: BaseUrlVar
}

/** The entry a named base URL variable reads, or the one its fallback reads when it is unset. */
function namedBase(profile: ClientProfile, byName: ReadonlyMap<string, Entry>, name: string, sibling: (name: string) => string | undefined): Target | undefined {
  const found = roleIn(profile, name).baseUrlVar
  if (!found) return undefined
  const baseUrl = byName.get(name) ?? (found.fallback ? byName.get(found.fallback) : undefined)
  const baseUrlVar = readingOf(found, baseUrl && effectiveValue(baseUrl), sibling)
  return baseUrl ? { baseUrl, baseUrlVar } : { baseUrlVar }
}

/** The first base URL and the first model of each stem, found once per group: a scan per key is quadratic. */
interface StemIndex {
  readonly bases: ReadonlyMap<string, Placed>
  readonly models: ReadonlyMap<string, Entry>
}

function indexStems(roles: readonly Placed[]): StemIndex {
  const bases = new Map<string, Placed>()
  const models = new Map<string, Entry>()
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i]!
    const role = nameRole(r.entry.key)
    if (role?.role === 'base' && (r.baseUrlVar || !r.known) && !bases.has(role.stem)) bases.set(role.stem, r)
    if (role?.role === 'model' && !models.has(role.stem)) models.set(role.stem, r.entry)
  }
  return { bases, models }
}

/** A key variable that names no base URL variable (`*_API_KEY` of the SDK guess) pairs by stem. */
function stemBase(stems: StemIndex, key: Entry): Target | undefined {
  const stem = stemOf(key, 'key')
  const found = stem === undefined ? undefined : stems.bases.get(stem)
  if (!found) return undefined
  return found.baseUrlVar ? { baseUrl: found.entry, baseUrlVar: found.baseUrlVar } : { baseUrl: found.entry }
}

function stemModel(stems: StemIndex, of: Entry | undefined): Entry | undefined {
  const stem = of && nameRole(of.key)?.stem
  return stem === undefined ? undefined : stems.models.get(stem)
}

/** The stem of a name in the given role, if the name has that role. */
function stemOf(entry: Entry, role: 'key' | 'base' | 'model'): string | undefined {
  const found = nameRole(entry.key)
  return found?.role === role ? found.stem : undefined
}

/** A name a prefix pairing can start from: a key (given a base URL of its stem), or a strong base URL, which stands alone. */
function startsPairing(entry: Entry): boolean {
  const role = nameRole(entry.key)
  return role !== undefined && (role.role === 'key' || (role.role === 'base' && role.strength === 'strong'))
}

interface Stem {
  keys: Entry[]
  strongBase?: Entry
  weakBase?: Entry
  model?: Entry
}

/**
 * Pairs names the client does not know by stem. A key pairs with the base URL of its stem; a strong
 * base URL name (`*_BASE_URL`, `apiBase`) stands alone too, while `*_URL` and `*_ENDPOINT` count only
 * next to a key, because `DATABASE_URL` is not an API root. A key alone (`GITHUB_TOKEN`) says nothing
 * about where it goes and makes no pairing.
 */
function prefixPairs(entries: readonly Entry[]): Pairing[] {
  // Most groups (`PORT`, `DATABASE_URL`, `LOG_LEVEL`) hold nothing that starts one: no stems to index.
  if (!entries.some(startsPairing)) return []
  const stems = new Map<string, Stem>()
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    const role = nameRole(entry.key)
    if (!role) continue
    const stem = stems.get(role.stem) ?? { keys: [] }
    stems.set(role.stem, stem)
    if (role.role === 'key') stem.keys.push(entry)
    else if (role.role === 'model') stem.model = entry
    else if (role.strength === 'strong') stem.strongBase = entry
    else stem.weakBase = entry
  }
  const pairs: Pairing[] = []
  for (const { keys, strongBase, weakBase, model } of stems.values()) {
    const baseUrl = strongBase ?? (keys.length > 0 ? weakBase : undefined)
    if (!baseUrl) continue
    if (keys.length === 0) pairs.push(pairing('prefix', undefined, undefined, baseUrl, undefined, model))
    for (const key of keys) pairs.push(pairing('prefix', key, undefined, baseUrl, undefined, model))
  }
  return pairs
}
