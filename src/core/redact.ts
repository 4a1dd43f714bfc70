/**
 * Masking of secrets. Reports show provider, prefix and the last 4 characters at most, so a reader can
 * tell which key it is without being able to use it.
 */
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

/** Replaces every occurrence of each secret in `text` by its masked form. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text
  for (const secret of secrets) {
    if (secret.length < 4) continue
    out = out.split(secret).join(maskSecret(secret))
  }
  return out
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
  const prefixed = (text.match(KEY_TOKEN) ?? []).filter(
    (token) =>
      KNOWN_PREFIXES.some((p) => token.startsWith(p)) &&
      !catalog.isPlaceholder(token) &&
      (catalog.identifyKey(token) !== undefined || catalog.looksLikeSecret(token))
  )
  return [...catalog.scanText(text).map((hit) => hit.token), ...prefixed]
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
