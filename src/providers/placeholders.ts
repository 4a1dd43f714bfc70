/**
 * Tells placeholders (`YOUR_RUTAAPI_KEY`, `sk-xxxx`, `${VAR}`, `sk-...DTMA`) from values that look like real
 * credentials. The ideas come from the scanners in `reference/secret-scanners.md` §4: gitleaks' global
 * allowlist and stopwords, trufflehog's false-positive words, detect-secrets' templated/sequential filters.
 *
 * Thresholds are chosen so that a random key is almost never taken for a placeholder: each marker below
 * has a chance of about 1e-4 or less of appearing in a random 100-character key by accident (a test
 * checks thousands of generated keys).
 */

/** Whole values that mean "nothing here yet" (LibreChat's `user_provided` asks each user for their own key). */
const SENTINELS = new Set([
  'user_provided',
  'none',
  'null',
  'nil',
  'undefined',
  'true',
  'false',
  'n/a',
  'na',
  'required',
  'optional',
  'empty',
  'default',
  'key',
  'token',
  'secret',
  'password',
  'apikey',
  'api_key',
  'api-key'
])

/**
 * Words that mark a placeholder when they stand as a word of their own (`sk-your-key-here`, `YOUR_API_KEY`,
 * `YourApiKey`). Four letters or more: shorter words turn up by chance in random keys.
 */
const MARKER_WORDS = new Set([
  'your',
  'here',
  'test',
  'fake',
  'demo',
  'mock',
  'todo',
  'fixme',
  'dummy',
  'sample',
  'example',
  'placeholder',
  'changeme',
  'replace',
  'replaceme',
  'redacted',
  'insert',
  'secret',
  'token'
])

/** Marker words long enough to count even inside a longer run of letters (`myexamplekey`, `sk-sample123`). */
const MARKER_INFIXES = /example|sample|dummy|placeholder|changeme|redacted/i

/** `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ x }}`, `<api-key>`, `%VAR%`, `[API_KEY]`, `@VAR@`. */
const TEMPLATE = /\$|\{\{|\}\}|<[^<>]*>|^%[A-Za-z_]\w*%$|^\[[^\]]*\]$|^@[A-Za-z_]\w*@$/

/** Masked or elided keys: `sk-...DTMA`, `sk-…abcd`, `sk-****abcd`, `sk-••••abcd`. */
const MASKED = /\.\.\.|…|\*|•/

/** A provider prefix of short segments (`sk-`, `sk-proj-`, `gsk_`, `sk-ant-api03-`), removed to see the body. */
const KEY_PREFIX = /^(?:[A-Za-z0-9]{1,8}[-_])+/

/** An ALL_CAPS_SNAKE name ending in a credential word: `OPENAI_API_KEY` written where its value belongs. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)$/

/**
 * Words of a value: split at separators and at lower→upper case changes (`YourApiKey` → Your, Api, Key).
 * Digits stay inside words, so `mock7a` in a random key is no `mock`.
 */
function words(value: string): string[] {
  return value.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length > 0)
}

/** A run of one character: ≥ 4 of the filler `x`/`X`, ≥ 6 of anything else (`000000`, `aaaaaa`). */
function hasRepeatedRun(value: string): boolean {
  let run = 1
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1
    const c = value[i]
    if (run >= (c === 'x' || c === 'X' ? 4 : 6)) return true
  }
  return false
}

/** A run of ≥ 6 consecutive ascending digits or letters: `123456`, `abcdef`, `ABCDEF`. */
function hasSequentialRun(value: string): boolean {
  let run = 1
  for (let i = 1; i < value.length; i++) {
    const prev = value.charCodeAt(i - 1)
    const cur = value.charCodeAt(i)
    const sameClass = charClass(prev) !== 0 && charClass(prev) === charClass(cur)
    run = sameClass && cur === prev + 1 ? run + 1 : 1
    if (run >= 6) return true
  }
  return false
}

/** 1 digit, 2 lower-case letter, 3 upper-case letter, 0 anything else. */
function charClass(code: number): number {
  if (code >= 48 && code <= 57) return 1
  if (code >= 97 && code <= 122) return 2
  if (code >= 65 && code <= 90) return 3
  return 0
}

/** Whether a key-like value is a placeholder, template, reference or masked key rather than a real secret. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim()
  if (v === '') return true
  if (SENTINELS.has(v.toLowerCase())) return true
  if (TEMPLATE.test(v) || MASKED.test(v) || ENV_NAME.test(v) || MARKER_INFIXES.test(v)) return true
  if (words(v).some((word) => MARKER_WORDS.has(word.toLowerCase()))) return true
  // Nothing but a prefix, or a prefix and one repeated character: `sk-`, `sk-xxx`, `gsk_0000`, `aaaa`.
  const body = v.replace(KEY_PREFIX, '')
  if (/^(?:(.)\1*)?$/.test(body)) return true
  return hasRepeatedRun(v) || hasSequentialRun(v)
}

/** Shannon entropy in bits per character (gitleaks' measure). */
export function shannonEntropy(value: string): number {
  const chars = [...value] // code points, so an emoji is one symbol
  if (chars.length === 0) return 0
  const counts = new Map<string, number>()
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / chars.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** Characters of opaque tokens: base64, base64url, hex, JWT dots. Anything else (`:`, `@`, spaces) is not a key. */
const TOKEN_CHARS = /^[A-Za-z0-9_\-.+/=~]+$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** A UUID behind a word prefix (`sk-lf-<uuid>`, `gw_<uuid>`): a token, where a bare UUID may be any id. */
const PREFIXED_UUID = /^(?:[A-Za-z][A-Za-z0-9]*[-_])+[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PATH_START = /^(?:\/|\.\.?\/|~\/)/

/** The longest run of letters and digits: random keys have long unbroken runs, model names and versions do not. */
function longestAlnumRun(value: string): number {
  let best = 0
  let run = 0
  for (let i = 0; i < value.length; i++) {
    run = charClass(value.charCodeAt(i)) === 0 ? 0 : run + 1
    if (run > best) best = run
  }
  return best
}

/**
 * Whether a value reads as words (`getServerSideConfig2024`, `mysupersecretvalue123`) rather than random
 * characters. Its letter runs, split before every capital, are long on average (under 2 for mixed-case
 * random strings, about 3.6 for lower-case-and-digit ones, 4 or more for names), a third or more of its
 * letters are vowels (English about 0.38, random letters about 0.19), no more than four consonants
 * stand in a row (random letters have longer runs), and digits come in at most two groups (`value123`,
 * where a random key scatters them). All together, so that random lower-case keys with digits are not
 * taken for words.
 */
function readsAsWords(value: string): boolean {
  const pieces = value.split(/[^A-Za-z]+|(?=[A-Z])/).filter((p) => p.length > 0)
  if (pieces.length === 0) return false
  const letters = pieces.join('').toLowerCase()
  if (letters.length / pieces.length < 4) return false
  const vowels = letters.replace(/[^aeiou]/g, '').length
  const digitGroups = value.match(/[0-9]+/g)?.length ?? 0
  return vowels / letters.length >= 0.3 && !/[b-df-hj-np-tv-xz]{5}/.test(letters) && digitGroups <= 2
}

/**
 * Whether an opaque value (no known prefix) looks random enough to be a real credential, for
 * `OPENAI_API_KEY=<40 random characters>`: 20+ token characters, not a placeholder, path, bare UUID or
 * word-like identifier, at least two character classes, and Shannon entropy of at least 3.5 bits per
 * character (gitleaks' generic-api-key) or 3.0 for hex (detect-secrets' HexHighEntropyString).
 * A prefix and a UUID (`gw-<uuid>`) is a token even though its runs are short.
 */
export function looksLikeSecret(value: string): boolean {
  const v = value.trim()
  if (v.length < 20 || v.length > 1024 || !TOKEN_CHARS.test(v)) return false
  if (UUID.test(v) || PATH_START.test(v) || isPlaceholder(v)) return false
  if (PREFIXED_UUID.test(v)) return true
  if (longestAlnumRun(v) < 12 || readsAsWords(v)) return false
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(v)).length
  if (classes < 2) return false
  const threshold = /^[0-9a-f]+$/i.test(v.replace(/^[a-z]+[-_]/i, '')) ? 3.0 : 3.5
  return shannonEntropy(v) >= threshold
}
