/** The keys a setting holds and what their providers accept. */
import type { Entry } from '../core/types.js'
import type { KeyMatch, Provider, ProviderCatalog } from '../providers/types.js'
import { valueOf } from './entries.js'

/** One item of a key setting (a list such as NextChat's `key1,key2` yields several). */
export interface KeyItem {
  readonly value: string
  readonly match?: KeyMatch
}

/** The keys an entry's value holds, with the provider their format names; placeholders and unresolved references give none. */
export function keyItems(entry: Entry, catalog: ProviderCatalog): KeyItem[] {
  return keyItemsOf(valueOf(entry), catalog)
}

/** The items of a key list written as text, placeholders and empty items left out. */
export function keyItemsOf(value: string | undefined, catalog: ProviderCatalog): KeyItem[] {
  if (value === undefined) return []
  return value
    .split(/[,;]/)
    .map((v) => v.trim())
    .filter((v) => v !== '' && !catalog.isPlaceholder(v))
    .map((v) => {
      const match = catalog.identifyKey(v)
      return match ? { value: v, match } : { value: v }
    })
}

/**
 * Gateways that pass provider keys through (providers.md §3 rule 2) and local servers, which accept
 * whatever key they were started with: a key of another provider is normal there.
 */
const PASSTHROUGH = new Set(['cloudflare-ai-gateway', 'litellm-proxy'])

export const carriesAnyKey = (provider: Provider): boolean => PASSTHROUGH.has(provider.id) || provider.local === true
