/**
 * Tells placeholders (`YOUR_RUTAAPI_KEY`, `sk-xxxx`, `${VAR}`, `sk-...DTMA`) from values that look like real
 * credentials. The ideas come from the scanners in `reference/secret-scanners.md` §4: gitleaks' global
 * allowlist and stopwords, trufflehog's false-positive words, detect-secrets' templated/sequential filters.
 *
 * Thresholds are chosen so that a random key is almost never taken for a placeholder (each marker below
 * has a chance well under 1e-4 of appearing in a random 100-character key by accident).
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

/** Only a provider prefix: `sk-`, `sk-proj-`, `gsk_`. */
const PREFIX_ONLY = /^(?:[A-Za-z0-9]+[-_])+$/

/** An ALL_CAPS_SNAKE name ending in a credential word: `OPENAI_API_KEY` written where its value belongs. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)$/

/** Words of a value: split at non-letters and at lower→upper case changes (`YourApiKey` → Your, Api, Key). */
function words(value: string): string[] {
  return value.split(/[^A-Za-z]+|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length > 0)
}

/** A run of one character: ≥ 4 for the usual fillers (x, X, 0 needs 5), ≥ 6 for anything else. */
function hasFillerRun(value: string): boolean {
  let run = 1
  for (let i = 1; i < value.length; i++) {
    run = value[i] === value[i - 1] ? run + 1 : 1
    const c = value[i]
    const needed = c === 'x' || c === 'X' ? 4 : c === '0' ? 5 : 6
    if (run >= needed) return true
  }
  return false
}

/** A run of ≥ 5 consecutive ascending digits or letters: `12345`, `abcde`, `ABCDEF`. */
function hasSequentialRun(value: string): boolean {
  let run = 1
  for (let i = 1; i < value.length; i++) {
    const prev = value.charCodeAt(i - 1)
    const cur = value.charCodeAt(i)
    const sameClass = charClass(prev) !== 0 && charClass(prev) === charClass(cur)
    run = sameClass && cur === prev + 1 ? run + 1 : 1
    if (run >= 5) return true
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
  if (TEMPLATE.test(v) || MASKED.test(v) || PREFIX_ONLY.test(v) || ENV_NAME.test(v)) return true
  if (MARKER_INFIXES.test(v)) return true
  for (const word of words(v)) {
    const lower = word.toLowerCase()
    if (MARKER_WORDS.has(lower)) return true
    if (lower.length >= 3 && /^(.)\1+$/.test(lower)) return true // `sk-xxx`, `aaa`
  }
  if (v.length <= 3 && /^(.)\1*$/.test(v)) return true // `a`, `00`
  return hasFillerRun(v) || hasSequentialRun(v)
}

/** Shannon entropy in bits per character (gitleaks' measure). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0
  const counts = new Map<string, number>()
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) {
    const p = n / value.length
    bits -= p * Math.log2(p)
  }
  return bits
}

/** Characters of opaque tokens: base64, base64url, hex, JWT dots. Anything else (`:`, `@`, spaces) is not a key. */
const TOKEN_CHARS = /^[A-Za-z0-9_\-.+/=~]+$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const PATH_START = /^(?:\/|\.\.?\/|~\/)/

/** The longest run of letters and digits: random keys are long unbroken runs, identifiers and versions are not. */
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
 * Average length of the pieces a value splits into at separators, before capitals and at letter↔digit
 * changes. About 2 for random strings; 4 or more for identifiers and model names
 * (`getServerSideConfig2024`, `claude-3-5-sonnet-20241022`, `mysupersecretvalue123`).
 */
function averagePieceLength(value: string): number {
  const pieces = value.split(/[^A-Za-z0-9]+|(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])/).filter((p) => p.length > 0)
  return pieces.length === 0 ? 0 : pieces.reduce((sum, p) => sum + p.length, 0) / pieces.length
}

/**
 * Whether an opaque value (no known prefix) looks random enough to be a real credential, for
 * `OPENAI_API_KEY=<40 random characters>`: 20+ token characters, not a placeholder, path, UUID or
 * word-like identifier, at least two character classes, and Shannon entropy of at least 3.5 bits per
 * character (gitleaks' generic-api-key) or 3.0 for hex (detect-secrets' HexHighEntropyString).
 */
export function looksLikeSecret(value: string): boolean {
  const v = value.trim()
  if (v.length < 20 || v.length > 1024 || !TOKEN_CHARS.test(v)) return false
  if (UUID.test(v) || PATH_START.test(v) || isPlaceholder(v)) return false
  if (longestAlnumRun(v) < 16 || averagePieceLength(v) >= 4) return false
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(v)).length
  if (classes < 2) return false
  const threshold = /^[0-9a-f]+$/i.test(v.replace(/^[a-z]+[-_]/i, '')) ? 3.0 : 3.5
  return shannonEntropy(v) >= threshold
}
