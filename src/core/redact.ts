/**
 * Masking of secrets. Reports show provider, prefix and the last 4 characters at most, so a reader can
 * tell which key it is without being able to use it.
 */
import { decodedFromBase64, encodeBase64 } from './base64.js'
import { escapeRegExp } from './text.js'
import { memoize } from './memo.js'
import type { FileFacts } from './types.js'
import type { ProviderCatalog } from '../providers/types.js'

/** Prefixes that name a key format; longest first so `sk-ant-api03-` wins over `sk-`. */
const KNOWN_PREFIXES = [
  'sk-ant-admin01-',
  'sk-ant-api03-',
  'sk-ant-oat01-',
  'sk-svcacct-',
  'sk-service-',
  'sk-or-v1-',
  'sk-admin-',
  'sk-proj-',
  'tgp_v1_',
  'nvapi-',
  'pplx-',
  'xai-',
  'gsk_',
  'csk-',
  'AIza',
  'hf_',
  'r8_',
  'sk-'
]

/** Values shorter than this show no tail at all: four characters of a short secret are too much of it. */
const MIN_LENGTH_FOR_TAIL = 16

/** `sk-ant-api03-…x7Qa`: the known prefix and the last 4 characters; `…` alone for short values. */
export function maskSecret(value: string): string {
  const v = value.trim()
  if (v.length < MIN_LENGTH_FOR_TAIL) return '…'
  const prefix = KNOWN_PREFIXES.find((p) => v.startsWith(p)) ?? ''
  return `${prefix}…${v.slice(-4)}`
}

/** Replaces every occurrence of each secret in `text`, in any letter case, by its masked form. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return secrets.length === 0 ? text : knownSecretScrubber(secrets)(text)
}

/** Secrets shorter than this are too likely to be ordinary words to mask wherever they occur. */
const MIN_SECRET = 4

/** Window of the index below: every secret at least this long is found by its first characters. */
const WINDOW = 8

/** ASCII lower case, which keeps every index where it was (`toLowerCase` may not, for some scripts). */
const lower = (text: string): string => text.replace(/[A-Z]+/g, (run) => run.toLowerCase())

/**
 * A function that masks every occurrence of the given secrets, in any letter case (`SK-PROJ-…` in an upper-cased
 * URL is the same key). Secrets are indexed by their last {@link WINDOW} characters — keys share their first ones
 * (`sk-ant-api03-`), not their random tails — so masking a text costs about one lookup per character whatever the
 * number of secrets (a repository may hold a hundred thousand keys).
 */
export function knownSecretScrubber(secrets: Iterable<string>): (text: string) => string {
  const byTail = new Map<string, { readonly secret: string; readonly folded: string }[]>()
  const short: string[] = []
  for (const secret of new Set([...secrets].map((s) => s.trim()))) {
    if (secret.length < MIN_SECRET) continue
    if (secret.length < WINDOW) short.push(secret)
    else {
      const folded = lower(secret)
      const tail = folded.slice(-WINDOW)
      const list = byTail.get(tail)
      if (list) list.push({ secret, folded })
      else byTail.set(tail, [{ secret, folded }])
    }
  }
  const shortPattern = short.length === 0 ? undefined : new RegExp(short.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|'), 'gi')
  // A window is looked up only when its first and last characters pair as some tail's do: most texts hold no such
  // pair, so they cost a table read per character, not a slice and a map lookup.
  const ends = new Uint8Array(1 << 10)
  for (const tail of byTail.keys()) ends[endsOf(tail, WINDOW)] = 1
  return (text) => {
    const hits: { start: number; end: number; secret: string }[] = []
    if (byTail.size > 0 && text.length >= WINDOW) {
      const folded = lower(text)
      for (let end = WINDOW; end <= text.length; end++) {
        if (ends[endsOf(folded, end)] === 0) continue
        for (const candidate of byTail.get(folded.slice(end - WINDOW, end)) ?? []) {
          const start = end - candidate.folded.length
          if (start >= 0 && folded.startsWith(candidate.folded, start)) hits.push({ start, end, secret: candidate.secret })
        }
      }
    }
    // Earliest first, the longest of those that start together; overlaps are part of a secret already masked.
    hits.sort((a, b) => a.start - b.start || b.end - a.end)
    let out = ''
    let from = 0
    for (const hit of hits) {
      if (hit.start < from) continue
      out += text.slice(from, hit.start) + maskSecret(hit.secret)
      from = hit.end
    }
    out += text.slice(from)
    return shortPattern ? out.replace(shortPattern, (hit) => maskSecret(hit)) : out
  }
}

/**
 * The first and last characters of the window ending at `end`, 5 bits of each (a filter: a collision only costs a
 * lookup; the table stays small enough to make for every {@link scrubSecrets} call).
 */
function endsOf(text: string, end: number): number {
  return ((text.charCodeAt(end - WINDOW) & 0x1f) << 5) | (text.charCodeAt(end - 1) & 0x1f)
}

/** Runs of the characters keys are made of, long enough to be one. */
const KEY_TOKEN = /[A-Za-z0-9_-]{16,}/g

/** Query parameters that carry credentials (`?key=` for Gemini, `?api-key=`, `?access_token=`…). */
const CREDENTIAL_QUERY = /([?&](?:key|api[-_]?key|apikey|access[-_]?token|token|auth|secret|password|sig)=)([^&#\s"'<>]+)/gi

/** The password of `scheme://user:password@host`. */
const USERINFO_PASSWORD = /(\/\/[^/@\s:]*:)[^/@\s]+@/g

/**
 * Keys in free text that no rule declared: the catalog's `unique` formats, and tokens behind a known key
 * prefix that match any format or look random (one-api's `sk-` + 48 characters is a `shared` format the
 * text scan skips). Random tokens without a prefix are left alone: account ids and hashes look the same.
 */
function strayKeys(text: string, catalog: ProviderCatalog): string[] {
  const prefixed = (text.match(KEY_TOKEN) ?? []).flatMap(prefixedKeys).filter(
    (token) => !catalog.isPlaceholder(token) && (catalog.identifyKey(token) !== undefined || catalog.looksLikeSecret(token))
  )
  return [...catalog.scanText(text).map((hit) => hit.token), ...prefixed]
}

/**
 * The tails of a token that start at a known key prefix: the token itself (`sk-proj-…`), or the key glued to a word
 * before it (`x_sk-ant-…`, `MYsk-proj-…`), which no boundary-respecting scanner reports.
 */
function prefixedKeys(token: string): string[] {
  const starts = new Set<number>()
  for (const prefix of KNOWN_PREFIXES) {
    for (let at = token.indexOf(prefix); at !== -1; at = token.indexOf(prefix, at + 1)) starts.add(at)
  }
  return [...starts].map((at) => token.slice(at)).filter((tail) => tail.length >= 16)
}

/**
 * Text from the repository (a message quoting a value, a URL in a scope table) with what may be a
 * credential masked: stray keys, credential query values and URL passwords.
 */
export function maskStraySecrets(text: string, catalog: ProviderCatalog): string {
  const out = text.replace(USERINFO_PASSWORD, '$1…@').replace(CREDENTIAL_QUERY, (_, name: string, value: string) => name + maskSecret(value))
  return scrubSecrets(out, strayKeys(out, catalog))
}

/**
 * What may be a key in text quoted raw from a file (a parser's message, a whole line): the stray keys,
 * and every random-looking token too, prefixed or not, since nothing else in such text needs showing.
 */
export function secretLikeTokens(text: string, catalog: ProviderCatalog): string[] {
  const random = (text.match(KEY_TOKEN) ?? []).filter((token) => catalog.looksLikeSecret(token))
  return [...new Set([...strayKeys(text, catalog), ...random])]
}

/** Names a setting's value refers to: `${NAME}`, `$NAME`, `${{ secrets.NAME }}`, `${NAME:-default}`. */
const REFERENCED_NAME = /\$\{\{\s*[\w.]*?\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}|\$\{?([A-Za-z_][A-Za-z0-9_]*)/g

/** Names of keys, tokens and passwords: an opaque random value there is a credential. */
const CREDENTIAL_NAME = /key|token|secret|passw|pwd|auth|credential/i

/** Secret values by name shorter than this are not hunted in reports: a value such as `true` is no secret's body. */
const MIN_GIVEN_SECRET = 8

/**
 * Every value a run knows to be secret: each key found in the text, each setting that holds a key or a random
 * credential (and the defaults of references), the base64 text of each value a Secret's `data` holds, and each given
 * secret value (the action's `secrets` input, the environment under `--probe`) whose name a setting refers to — once
 * resolved, it could be shown anywhere.
 */
export function knownSecrets(files: readonly FileFacts[], catalog: ProviderCatalog, given: { readonly values?: ReadonlyMap<string, string>; readonly keys?: readonly string[] } = {}): string[] {
  const secrets = new Set<string>(given.keys?.filter((k) => k.trim() !== '') ?? [])
  const isSecret = (name: string, value: string): boolean =>
    catalog.identifyKey(value) !== undefined || (CREDENTIAL_NAME.test(name) && catalog.looksLikeSecret(value))
  for (let f = 0; f < files.length; f++) {
    const { keyHits, entries } = files[f]!
    for (let h = 0; h < keyHits.length; h++) secrets.add(keyHits[h]!.token)
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!
      if (entry.value !== undefined && isSecret(entry.key, entry.value)) secrets.add(entry.value)
      const fallback = entry.ref?.fallback
      if (fallback !== undefined && isSecret(entry.key, fallback)) secrets.add(fallback)
      if (decodedFromBase64(entry) && entry.value !== undefined) for (const secret of encodedSecrets(entry.key, entry.value)) secrets.add(secret)
    }
  }
  // Given values are looked for only when there are some (a plain scan has none).
  for (const name of given.values ? referencedNames(files) : []) {
    const value = given.values?.get(name)
    if (value === undefined || value.trim().length < MIN_GIVEN_SECRET) continue
    secrets.add(value)
    // A secret URL is shown in parts (host, path without the user info): its random-looking parts are secrets too.
    for (const part of value.match(KEY_TOKEN) ?? []) if (catalog.looksLikeSecret(part)) secrets.add(part)
  }
  return [...secrets]
}

/**
 * What a value a Kubernetes Secret keeps in base64 (`data`) adds to the secrets: its base64 text always, whatever it
 * decodes to — a report never needs to show it, and a line quoting it (a rename's corrected line) is then never
 * shown — and the decoded text under a credential's name even when it looks plain (`hatem123.` as a password).
 */
function encodedSecrets(name: string, value: string): string[] {
  const encoded = encodeBase64(value)
  return CREDENTIAL_NAME.test(name) && value.trim().length >= MIN_GIVEN_SECRET ? [encoded, value] : [encoded]
}

/** The names the settings and workflow jobs of `files` refer to. */
function referencedNames(files: readonly FileFacts[]): Set<string> {
  const referenced = new Set<string>()
  for (const file of files) {
    for (const entry of file.entries) {
      if (entry.ref) referenced.add(entry.ref.name)
      const written = entry.raw ?? entry.value ?? ''
      // Every reference starts with `$`: most values have none, and skip the search.
      if (written.includes('$')) for (const m of written.matchAll(REFERENCED_NAME)) referenced.add(m[1] ?? m[2]!)
    }
    for (const job of file.workflow?.jobs ?? []) for (const use of job.secretUses) referenced.add(use.name)
  }
  return referenced
}

/**
 * Masks, in any text bound for a report, the known secrets in every letter case and any stray key. A report repeats
 * the same strings (paths, rule ids, URLs in every finding): each distinct one is masked once and its answer kept.
 */
export function createRedactor(secrets: Iterable<string>, catalog: ProviderCatalog): (text: string) => string {
  const known = knownSecretScrubber(secrets)
  return memoize((text) => maskStraySecrets(known(text), catalog))
}

/**
 * `value` with every string in it passed through `redact`: findings, scope ids, labels, file and folder names, table
 * rows, probe summaries. Walking everything, rather than fields picked one by one, is what keeps a field added later
 * from carrying a secret past the masking. A plain object or array in which nothing changed is returned as it is
 * (a report's thousands of scope rows mostly hold nothing to mask); anything else comes back as a plain copy.
 */
export function redactAll<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const masked: unknown = redactAll(value[i], redact)
      if (copy === undefined && masked !== value[i]) copy = value.slice(0, i)
      copy?.push(masked)
    }
    return (copy ?? value) as T
  }
  if (value === null || typeof value !== 'object' || value instanceof Set || value instanceof Map) return value
  const fields = value as Record<string, unknown>
  const prototype = Object.getPrototypeOf(value)
  let copy: Record<string, unknown> | undefined = prototype === Object.prototype || prototype === null ? undefined : {}
  const keys = Object.keys(fields)
  for (let i = 0; i < keys.length; i++) {
    const field = fields[keys[i]!]
    const masked = redactAll(field, redact)
    if (copy === undefined && masked !== field) {
      copy = {}
      for (const key of keys.slice(0, i)) setField(copy, key, fields[key])
    }
    if (copy !== undefined) setField(copy, keys[i]!, masked)
  }
  return (copy ?? value) as T
}

/** Defined, not assigned: a key `__proto__` stays a key and never sets a prototype. */
function setField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}

/**
 * Text a provider sent back (live probes) is shown to users, and some providers echo part of the key (`Incorrect
 * API key provided: sk-proj-****abcd`, `[sk-abc***xyz] 该令牌额度已用尽`, LiteLLM's `Received API Key = sk-...wxyz`).
 * Everything the probes take from an answer passes through {@link cleanDetail} before it is kept; the report then
 * goes through {@link createRedactor} like every other text.
 */

const REDACTED = '[key redacted]'

/** Shorter shared runs are too likely to be ordinary text (`sk-proj`, `-api03-`) to be worth removing. */
const MIN_FRAGMENT = 8

/** Masked echoes: characters around a run of `*`, or a `...`/`…` gap followed by the key's tail. */
const MASKED_ECHO = /[\w-]*\*{2,}[\w-]*|[\w-]+(?:\.{3}|…)[\w-]{2,}/g

/** Removes the key, any run of 8 or more of its characters, and masked echoes of it from `text`. */
export function scrubKey(text: string, key: string): string {
  return removeFragments(text.replace(MASKED_ECHO, REDACTED), key).replace(/(?:\[key redacted\])+/g, REDACTED)
}

/** Provider text made fit to show: one line, no control characters, scrubbed, at most `max` characters. */
export function cleanDetail(text: string, key: string, max = 200): string {
  // Cut before scrubbing to bound the work, but well past `max` so a fragment at the first cut cannot survive the second.
  const oneLine = text.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
  const scrubbed = scrubKey(oneLine, key)
  return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed
}

function removeFragments(text: string, key: string): string {
  if (key.length < MIN_FRAGMENT) return text.split(key).join(REDACTED)
  const grams = new Set<string>()
  for (let i = 0; i + MIN_FRAGMENT <= key.length; i++) grams.add(key.slice(i, i + MIN_FRAGMENT))
  let out = ''
  let i = 0
  while (i < text.length) {
    if (!grams.has(text.slice(i, i + MIN_FRAGMENT))) {
      out += text[i++]
      continue
    }
    let end = i + MIN_FRAGMENT
    // Overlapping windows that are all in the key form one fragment; extend while they last.
    while (end < text.length && grams.has(text.slice(end - MIN_FRAGMENT + 1, end + 1))) end++
    out += REDACTED
    i = end
  }
  return out
}
