import ignore from 'ignore'

/** Folders never scanned, even when git tracks them: git internals and installed dependencies, at any depth. */
const ALWAYS_SKIPPED = /(?:^|\/)(?:\.git|node_modules)(?:\/|$)/

/** True for a repository-relative path inside `.git/` or `node_modules/` at any depth (asked of every path). */
export function isAlwaysSkipped(path: string): boolean {
  return ALWAYS_SKIPPED.test(path)
}

/**
 * A matcher for gitignore-style patterns, relative to the scan root.
 * Case-sensitive, like git on Linux (the CI runners), so the same patterns match the same files everywhere.
 */
export function createIgnoreMatcher(patterns: readonly string[]): (path: string, isDirectory?: boolean) => boolean {
  const matcher = ignore({ ignorecase: false }).add(patterns)
  // `ignore` marks directories by a trailing slash, which is how `dir/` patterns match only folders.
  return (path, isDirectory = false) => matcher.ignores(isDirectory ? `${path}/` : path)
}

/** The matcher for one scan: the fixed folders plus the config's `ignore` patterns. */
export function createPathFilter(patterns: readonly string[]): (path: string, isDirectory?: boolean) => boolean {
  const ignoredByConfig = patterns.length > 0 ? createIgnoreMatcher(patterns) : () => false
  return (path, isDirectory) => isAlwaysSkipped(path) || ignoredByConfig(path, isDirectory)
}
