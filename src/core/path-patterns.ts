/**
 * Facts about which files matter, joined into two regexes: one over a path's base name and one over the whole
 * repository-relative path ('/' separators). Asked of every path git lists, so any number of facts costs the paths
 * that match none of them (nearly all) two regex tests.
 */
export interface PathPatterns {
  readonly names: RegExp
  readonly paths: RegExp
}

/** Whether the base name of `path` matches `patterns.names`, or the whole path `patterns.paths`. */
export const matchesPath = (patterns: PathPatterns, path: string): boolean =>
  patterns.names.test(path.slice(path.lastIndexOf('/') + 1)) || patterns.paths.test(path)

/** Never matches: what no pattern joins to. */
const NOTHING = /(?!)/

/**
 * One regex that matches a text where any of `patterns` does. Case-insensitive when any of them is, which only
 * widens the others (so it suits a prefilter, asked before the facts themselves). No other flag may be set: `g` or
 * `y` would make `test` remember where it stopped, and the rest change what the joined sources mean.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  const flagged = patterns.find((pattern) => pattern.flags !== '' && pattern.flags !== 'i')
  if (flagged) throw new Error(`anyOf: ${flagged} has flags other than i`)
  if (patterns.length === 0) return NOTHING
  return new RegExp(patterns.map((pattern) => pattern.source).join('|'), patterns.some((pattern) => pattern.ignoreCase) ? 'i' : '')
}

/** {@link PathPatterns} that match a path where any of `each` does. */
export const anyPathOf = (each: readonly PathPatterns[]): PathPatterns => ({
  names: anyOf(each.map((patterns) => patterns.names)),
  paths: anyOf(each.map((patterns) => patterns.paths))
})
