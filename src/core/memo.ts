/**
 * Remembering pure functions of a string. A repository of thousands of small config files sets the same few names
 * and URLs over and over; the rules ask the same questions of each, so the answer to a string is worked out once.
 */

/** How many answers a memo keeps; past that it starts afresh, so memory stays bounded whatever is scanned. */
const LIMIT = 10_000

/**
 * `fn`, remembering its answer for each string (undefined included). Only for pure functions whose answers are not
 * changed by their callers: every caller of the same string gets the same object.
 */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    const found = known.get(text)
    if (found !== undefined || known.has(text)) return found as T
    if (known.size >= LIMIT) known.clear()
    const value = fn(text)
    known.set(text, value)
    return value
  }
}

/** {@link memoize} for functions of a string and an object they depend on (a provider catalog), one memo per object. */
export function memoizeBy<K extends object, T>(fn: (text: string, by: K) => T): (text: string, by: K) => T {
  const memos = new WeakMap<K, (text: string) => T>()
  return (text, by) => {
    let memo = memos.get(by)
    if (!memo) memos.set(by, (memo = memoize((t) => fn(t, by))))
    return memo(text)
  }
}

/** {@link memoizeBy} for two objects (a variable of a client profile, and a provider catalog). */
export function memoizeBy2<A extends object, B extends object, T>(fn: (text: string, a: A, b: B) => T): (text: string, a: A, b: B) => T {
  const memos = new WeakMap<A, (text: string, b: B) => T>()
  return (text, a, b) => {
    let memo = memos.get(a)
    if (!memo) memos.set(a, (memo = memoizeBy((t, by: B) => fn(t, a, by))))
    return memo(text, b)
  }
}

/**
 * The one string object kept for each text (up to the same limit): the same name or value read from thousands of
 * files is then held once, and the memos above find it by identity rather than comparing its characters.
 */
export const interner = (): ((text: string) => string) => memoize((text: string) => text)
