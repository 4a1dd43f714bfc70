/**
 * Masking of secrets. Reports show provider, prefix and the last 4 characters at most, so a reader can
 * tell which key it is without being able to use it.
 */

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
