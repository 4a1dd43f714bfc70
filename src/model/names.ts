/**
 * What a variable name says about its value, for the names no client profile knows. Used to pair
 * settings by shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`) and by the key rules.
 */

import { memoize } from '../core/memo.js'

/** The role a name suggests; `weak` names need a partner with the same stem before they count. */
export type NameRole =
  | { readonly role: 'key'; readonly stem: string; readonly strength: 'strong' | 'weak' }
  | { readonly role: 'base'; readonly stem: string; readonly strength: 'strong' | 'weak' }
  | { readonly role: 'model'; readonly stem: string }

/**
 * Suffixes longest first, so `LLM_API_BASE_URL` loses `_API_BASE_URL` rather than `_URL`.
 * `_KEY` alone is weak: `CACHE_KEY` and `SORT_KEY` are not credentials unless the value looks like one;
 * so is `_PASSWORD`, which CI files set to throwaway values for service containers.
 */
const KEY_SUFFIXES: readonly (readonly [string, 'strong' | 'weak'])[] = [
  ['_ACCESS_TOKEN', 'strong'],
  ['_BEARER_TOKEN', 'strong'],
  ['_SECRET_KEY', 'strong'],
  ['_AUTH_TOKEN', 'strong'],
  ['_API_TOKEN', 'strong'],
  ['_API_KEYS', 'strong'],
  ['_API_KEY', 'strong'],
  ['_PASSWORD', 'weak'],
  ['_APIKEY', 'strong'],
  ['_SECRET', 'strong'],
  ['_TOKEN', 'strong'],
  ['_KEY', 'weak']
]

/** `_URL` and `_ENDPOINT` name many things (`DATABASE_URL`); they are a base URL only next to a key. */
const BASE_SUFFIXES: readonly (readonly [string, 'strong' | 'weak'])[] = [
  ['_API_BASE_URL', 'strong'],
  ['_BASE_URL', 'strong'],
  ['_API_BASE', 'strong'],
  ['_BASEURL', 'strong'],
  ['_API_URL', 'weak'],
  ['_ENDPOINT', 'weak'],
  ['_URL', 'weak']
]

const MODEL_SUFFIXES = ['_DEFAULT_MODEL', '_MODEL_NAME', '_MODEL_ID', '_MODEL']

/** Field names of config files and SDK options (camelCase or snake_case), which carry no stem. */
const KEY_FIELDS = /^(?:api[-_]?key|apikey|token|access[-_]?token|auth[-_]?token|bearer[-_]?token|experimental_bearer_token|secret)$/i
const BASE_FIELDS = /^(?:api[-_]?base|base[-_]?url|api[-_]?base[-_]?url|baseURL|endpoint)$/i
const MODEL_FIELDS = /^(?:model|model[-_]?name)$/i

/** Environment variable style: upper case with underscores. */
const ENV_STYLE = /^[A-Z][A-Z0-9_]*$/

/** Strips a trailing `_API` so `LLM_API_KEY` and `LLM_BASE_URL` share the stem `LLM`. */
const stemOf = (rest: string): string => rest.replace(/_API$/, '')

/** The role a variable or field name suggests, or undefined for names that say nothing. Remembered per name. */
export const nameRole: (name: string) => NameRole | undefined = memoize(roleOfName)

/**
 * A numbered copy of a name (`DEEPSEEK_API_KEY_2`, `OPENAI_API_KEY1`: a second account, a backup key) plays the
 * role of the name without the number; the number stays in the stem, so `*_API_KEY_2` pairs with `*_BASE_URL_2`.
 */
const ORDINAL = /^([A-Za-z][A-Za-z0-9_]*?[A-Za-z])(_?)(\d{1,2})$/

function roleOfName(name: string): NameRole | undefined {
  const role = roleOfUnnumbered(name)
  if (role !== undefined) return role
  const numbered = ORDINAL.exec(name)
  if (numbered === null) return undefined
  const [, unnumbered, , ordinal] = numbered
  const found = roleOfUnnumbered(unnumbered!)
  if (found === undefined) return undefined
  const stem = found.stem === '' ? ordinal! : `${found.stem}_${ordinal!}`
  return { ...found, stem }
}

function roleOfUnnumbered(name: string): NameRole | undefined {
  if (KEY_FIELDS.test(name)) return { role: 'key', stem: '', strength: 'strong' }
  if (/^password$/i.test(name)) return { role: 'key', stem: '', strength: 'weak' }
  if (BASE_FIELDS.test(name)) return { role: 'base', stem: '', strength: /endpoint/i.test(name) ? 'weak' : 'strong' }
  if (MODEL_FIELDS.test(name)) return { role: 'model', stem: '' }
  if (!ENV_STYLE.test(name)) return undefined
  const upper = `_${name}`
  for (const [suffix, strength] of KEY_SUFFIXES) {
    if (upper.endsWith(suffix)) return { role: 'key', stem: stemOf(upper.slice(1, -suffix.length)), strength }
  }
  for (const [suffix, strength] of BASE_SUFFIXES) {
    if (upper.endsWith(suffix)) return { role: 'base', stem: stemOf(upper.slice(1, -suffix.length)), strength }
  }
  const model = MODEL_SUFFIXES.find((s) => upper.endsWith(s))
  return model ? { role: 'model', stem: stemOf(upper.slice(1, -model.length)) } : undefined
}

/**
 * How sure a name is to hold a credential: `strong` for `*_API_KEY`, `*_TOKEN`, `*_SECRET`, `apiKey`,
 * `experimental_bearer_token`…; `weak` for `*_KEY`, which needs a random-looking value as well.
 */
export function credentialName(name: string): 'strong' | 'weak' | undefined {
  const role = nameRole(name)
  return role?.role === 'key' ? role.strength : undefined
}
