/** One problem in a config file: where it is and what is allowed instead. */
export interface ConfigIssue {
  /** Field path as users write it: `rules.open-relay`, `providers[0].apiRoot`; empty for the whole file. */
  readonly field: string
  readonly message: string
  /** 1-based position in the file, when known. */
  readonly line?: number
  readonly column?: number
}

/**
 * A config file that cannot be used: missing, malformed YAML, or a field with a value that is not
 * allowed. The message has one line per issue, `file:line:col: field: what is allowed`; the CLI
 * prints it and exits with 2, the action fails the step with it.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'

  constructor(
    /** The config file as the user named it, or as found under the scan root. */
    readonly file: string,
    readonly issues: readonly ConfigIssue[]
  ) {
    super(issues.map((issue) => formatIssue(file, issue)).join('\n'))
  }
}

function formatIssue(file: string, { field, message, line, column }: ConfigIssue): string {
  const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`
  return field === '' ? `${where}: ${message}` : `${where}: ${field}: ${message}`
}

/** `['providers', 0, 'apiRoot']` → `providers[0].apiRoot`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
    .join('')
}
