import type { Severity } from '../core/types.js'
import type { Provider } from '../providers/types.js'

/** A rule's setting in the config file: a severity override, or `off`. */
export type RuleSetting = Severity | 'off'

/** The validated `.llm-env-lint.yml`, with every default filled in. */
export interface Config {
  /** The client to assume instead of detecting one. Default: detected from the repository. */
  readonly client?: string
  /** Severity overrides by rule id. Default: `{}` (every rule at its own severity). */
  readonly rules: Readonly<Record<string, RuleSetting>>
  /** Gitignore-style patterns, relative to the scan root, of files not to scan. Default: `[]`. */
  readonly ignore: readonly string[]
  /** Files larger than this many bytes are skipped and reported as a note. Default: 100 MiB. */
  readonly maxFileSize: number
  /** Extra providers and gateways, in registry shape. Default: `[]`. */
  readonly providers: readonly Provider[]
  /** The file the settings came from; undefined when there was none and these are the defaults. */
  readonly file?: string
}

/**
 * Default for `maxFileSize`: logs and dumps included. Memory stays flat whatever the size (a file over 1 MiB
 * is scanned for keys in chunks, and none is parsed past 1 MiB); the cap bounds the time a stray huge file costs.
 */
export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024

/** The settings used when a repository has no config file. */
export const defaultConfig: Config = { rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, providers: [] }

/** What validation needs to know about the rest of the program; passed in so config does not import the rules. */
export interface ConfigVocabulary {
  /** Every rule id (`rules.map((r) => r.meta.id)`). */
  readonly knownRuleIds: readonly string[]
  /** Every client id a config may name. */
  readonly knownClients: readonly string[]
}
