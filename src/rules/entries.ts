/** How the rules read entries, pairings and clients the same way everywhere. */
import type { DetectedClient } from '../clients/types.js'
import type { Entry, FileFacts, Position, Span } from '../core/types.js'
import { effectiveValue } from '../sources/entry.js'

/** The value the app will read: the literal, or a reference's expansion when it could be resolved. */
export const valueOf = (entry: Entry): string | undefined => effectiveValue(entry)

/** Where to point at an entry's value, falling back to its key when it has no value span. */
export const valueSpan = (entry: Entry): Span => entry.valueSpan ?? entry.keySpan

/** Removes one pair of matching quotes around a value (`"https://x"` kept literally by compose list form). */
export function unquote(text: string): string {
  const t = text.trim()
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1).trim() : t
}

/**
 * Remembers what was reported, so an entry read by several scopes (a `.env` file on its own and as a
 * compose `env_file`) gives one finding, not one per scope.
 */
export function once(): (entry: Entry, what: string) => boolean {
  const seen = new Set<string>()
  return (entry, what) => {
    const id = `${entry.file}:${entry.keySpan.start.line}:${entry.keySpan.start.column}:${what}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  }
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column < b.column)

/** The recognised keys inside this entry's value, which `leaked-key` reports from the text scan. */
export function keyHitsIn(entry: Entry, file: FileFacts): readonly string[] {
  const span = entry.valueSpan
  if (span === undefined || file.keyHits.length === 0) return []
  return file.keyHits.filter((hit) => before(hit.span.start, span.end) && before(span.start, hit.span.end)).map((hit) => hit.token)
}

/** The client is known from evidence about the scope (or configured), not guessed. */
export const isKnownClient = (client: DetectedClient): boolean => client.profile.id !== 'unknown' && client.confidence === 'known'

/** How messages name a client: its name, marked when it is a guess, or the convention assumed when none was identified. */
export const clientName = (client: DetectedClient): string =>
  client.profile.id === 'unknown' ? 'an SDK-style app' : client.confidence === 'guessed' ? `${client.profile.name} (guessed)` : client.profile.name
