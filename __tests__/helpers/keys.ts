import type { KeyFormat, SamplePart } from '../../src/providers/types.js'

/**
 * Fake provider keys, assembled at run time from a prefix and a generated body, so that no whole key
 * is ever stored in the repository (our own scanner, gitleaks and GitHub push protection stay quiet).
 * Bodies come from a seeded generator: the same name and seed give the same key, so golden files are stable.
 */

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'
const HEX = '0123456789abcdef'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** mulberry32: tiny, deterministic, good enough to look random to an entropy check; numbers in [0, 1). */
export function generator(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seedOf(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

/** `length` characters drawn from `alphabet`, deterministic for a given `seed`. */
export function body(length: number, alphabet: string, seed: string): string {
  const next = generator(seedOf(seed))
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]
  return out
}

/**
 * A hex body without a run of six equal or ascending characters (`aaaaaa`, `123456`): scanners, ours
 * included, take such runs for placeholders, and a long hex string hits one every few hundred seeds.
 */
function randomHex(length: number, seed: string): string {
  const ascendingRun = (value: string): boolean => {
    let run = 1
    for (let i = 1; i < value.length && run < 6; i++) run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1
    return run >= 6
  }
  for (let salt = ''; ; salt += '+') {
    const value = body(length, HEX, `${seed}${salt}`)
    if (!/(.)\1{5}/.test(value) && !ascendingRun(value)) return value
  }
}

const OPENAI_MARK = ['T3Bl', 'bkFJ'].join('')

/** Every format the tests use. `seed` varies the body so one test can hold several distinct keys. */
export const fakeKeys = {
  openaiProject: (seed = '1') => `sk-proj-${body(58, URLSAFE, `op${seed}`)}${OPENAI_MARK}${body(58, URLSAFE, `op2${seed}`)}`,
  openaiLegacy: (seed = '1') => `sk-${body(20, ALNUM, `ol${seed}`)}${OPENAI_MARK}${body(20, ALNUM, `ol2${seed}`)}`,
  anthropic: (seed = '1') => `sk-ant-api03-${body(93, URLSAFE, `an${seed}`)}AA`,
  openrouter: (seed = '1') => `sk-or-v1-${body(64, HEX, `or${seed}`)}`,
  groq: (seed = '1') => `gsk_${body(52, ALNUM, `gq${seed}`)}`,
  xai: (seed = '1') => `xai-${body(80, ALNUM, `xa${seed}`)}`,
  google: (seed = '1') => `AIza${body(35, URLSAFE, `go${seed}`)}`,
  perplexity: (seed = '1') => `pplx-${body(48, ALNUM, `pp${seed}`)}`,
  together: (seed = '1') => `tgp_v1_${body(43, URLSAFE, `tg${seed}`)}`,
  huggingface: (seed = '1') => `hf_${body(34, LETTERS, `hf${seed}`)}`,
  /** `sk-` + 32 hex: DeepSeek and DashScope share this shape. */
  deepseek: (seed = '1') => `sk-${body(32, HEX, `ds${seed}`)}`,
  /** `sk-` + 48 alphanumerics: one-api/new-api gateway tokens (RutaAPI and friends), Moonshot. */
  gateway: (seed = '1') => `sk-${body(48, ALNUM, `gw${seed}`)}`,
  /** Zhipu AI / Z.ai: 32 hex, a dot, 16 alphanumerics. */
  zhipu: (seed = '1') => `${body(32, HEX, `zp${seed}`)}.${body(16, ALNUM, `zp2${seed}`)}`,
  /** 40 lowercase hex digits: a session or webhook secret made with `openssl rand -hex 20`. */
  hex40: (seed = '1') => randomHex(40, `hx${seed}`),
  /** 64 lowercase hex digits: Together AI's older API keys, and `openssl rand -hex 32` secrets. */
  hex64: (seed = '1') => randomHex(64, `hy${seed}`),
  /** A random UUID used as an API key (some Midjourney and gateway APIs hand these out). */
  uuid: (seed = '1') => {
    const hex = randomHex(32, `uu${seed}`)
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
  },
  /** A ChatGPT web access token: an RS256 JWT (fixed header, random payload and signature of the usual size). */
  jwt: (seed = '1') => `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${body(600, URLSAFE, `jp${seed}`)}.${body(342, URLSAFE, `js${seed}`)}`,
  /** An opaque high-entropy value with no prefix (Mistral, Cohere, a custom gateway). */
  opaque: (seed = '1', length = 40) => body(length, ALNUM, `oq${seed}`),
  /** A key of an unknown provider made of lower-case letters and digits only. */
  lowerDigits: (seed = '1') => body(40, 'abcdefghijklmnopqrstuvwxyz0123456789', `ld${seed}`),
  replicate: (seed = '1') => `r8_${body(37, ALNUM, `r8${seed}`)}`
} as const

export type FakeKeyName = keyof typeof fakeKeys

/** Characters `alternate` with `alphabet` in turn (one-api's alternating-case hex), or drawn from `alphabet`. */
function part(piece: SamplePart, seed: string): string {
  if (typeof piece === 'string') return piece
  const { length, alphabet, alternate } = piece
  if (alternate === undefined) return body(length, alphabet, seed)
  const even = body(length, alphabet, `${seed}e`)
  const odd = body(length, alternate, `${seed}o`)
  return Array.from({ length }, (_, i) => (i % 2 === 0 ? even[i] : odd[i])).join('')
}

/** A key of a registry format, built from its `sample` description; deterministic for a seed. */
export function sampleKey(format: KeyFormat, seed = '1'): string {
  if (!format.sample) throw new Error(`key format ${format.id} has no sample`)
  return format.sample.map((piece, i) => part(piece, `${format.id}:${seed}:${i}`)).join('')
}

/**
 * Replaces `{{fake:<name>}}` and `{{fake:<name>:<seed>}}` in fixture text with generated keys, and
 * `{{published:<name>}}` with a published sample secret.
 */
export function fillFakeKeys(text: string): string {
  return text.replace(/\{\{(fake|published):([a-zA-Z][a-zA-Z0-9]*)(?::([\w-]+))?\}\}/g, (whole, kind: string, name: string, seed?: string) => {
    const make = ((kind === 'fake' ? fakeKeys : publishedSamples) as Record<string, (s?: string) => string>)[name]
    if (!make) throw new Error(`unknown ${kind} key ${whole}`)
    return make(seed ?? '1')
  })
}

/**
 * Sample secrets that projects publish in their example configurations, assembled from pieces (Dify's
 * contains OpenAI's marker). Only `published-default-secret` tests use them.
 */
export const publishedSamples = {
  difySecretKey: () => ['sk-9f73s3ljTXVcM', 'T3Blb3ljTqtsKiGHXVcM', OPENAI_MARK, 'LK7U'].join(''),
  libreChatCredsKey: () => ['f34be427ebb29de8', 'd88c107a71546019', '685ed8b241d8f2ed', '00c3df97ad2566f0'].join(''),
  libreChatCredsIv: () => ['e2341419ec3dd3d1', '9b13a1a87fafcbfb'].join(''),
  libreChatJwtSecret: () => ['16f8c0ef4a5d391b', '26034086c628469d', '3f9f497f08163ab9', 'b40137092f2909ef'].join(''),
  lobeChatNextAuthSecret: () => ['NX2kaPE923dt6BL2', 'U8e9oSre5RfoT7hg'].join(''),
  lobeChatCasdoorSecret: () => ['dbf205949d704de8', '1b0b5b3603174e23', 'fbecc354'].join('')
} as const
