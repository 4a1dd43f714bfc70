/** The configured model names, and the closest ids a models list offers when one is missing. */

/** Where a deployment names its models: the `model` input, NextChat's `DEFAULT_MODEL` and `CUSTOM_MODELS`. */
export interface ModelSettings {
  readonly model?: string
  readonly defaultModel?: string
  readonly customModels?: string
}

/**
 * The model ids a route must serve, most important first, without duplicates. NextChat syntax
 * (`app/utils/model.ts`): comma-separated `+name`, `name`, `name=Display`, `-name` (hidden), `-all`/`+all`, and
 * `name@provider` split on the last `@`. Entries for another provider (`claude@anthropic`, `x@Azure=deploy`) go to
 * another route and are left out; `provider` is the route's lower-case provider id.
 */
export function configuredModels(settings: ModelSettings, provider = 'openai'): string[] {
  const names = [settings.model, settings.defaultModel, ...(settings.customModels ?? '').split(',')]
    .map((entry) => entry?.trim() ?? '')
    .filter((entry) => entry !== '' && !entry.startsWith('-') && entry.replace(/^\+/, '') !== 'all')
    .map((entry) => forRoute(entry.replace(/^\+/, '').split('=')[0]!, provider))
    .filter((name): name is string => name !== undefined && name !== '')
  return [...new Set(names)]
}

/** `name@provider` → `name` when the provider is the route's (or none is given); another provider → undefined. */
function forRoute(entry: string, provider: string): string | undefined {
  const at = entry.lastIndexOf('@')
  if (at < 0) return entry
  return entry.slice(at + 1).toLowerCase() === provider ? entry.slice(0, at) : undefined
}

/** How far apart two ids may be, relative to the longer one, and still be suggested. */
const MAX_RELATIVE_DISTANCE = 0.4

/**
 * Up to `limit` ids of `available` closest to `wanted`, closest first: the same id in another case, then small
 * edits and ids that contain it (or it them). Vendor prefixes (`openai/gpt-4o` on OpenRouter) are ignored.
 */
export function closestModelIds(wanted: string, available: readonly string[], limit = 3): string[] {
  const target = wanted.toLowerCase()
  return available
    .map((id) => ({ id, score: closeness(target, id.toLowerCase()) }))
    .filter((c) => c.score <= MAX_RELATIVE_DISTANCE)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((c) => c.id)
}

/**
 * 0 for the same id ignoring case; else the edit distance relative to the longer id, or, when one contains the
 * other, half their relative length difference if that is smaller (`gpt-4o-min` is close to `gpt-4o-mini`).
 */
function closeness(wanted: string, id: string): number {
  const bare = id.slice(id.lastIndexOf('/') + 1)
  if (wanted === id || wanted === bare) return 0
  const longer = Math.max(wanted.length, bare.length)
  const edits = Math.min(editDistance(wanted, id), editDistance(wanted, bare)) / longer
  const contained = Math.min(bare.length, wanted.length) >= 3 && (bare.includes(wanted) || wanted.includes(bare))
  return contained ? Math.min(edits, Math.abs(bare.length - wanted.length) / longer / 2) : edits
}

/** Levenshtein distance, two rows. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]!
}
