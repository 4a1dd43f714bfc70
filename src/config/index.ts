import type { LintSettings } from '../core/types.js'
import type { Config } from './types.js'

export { loadConfig, CONFIG_FILE_NAMES, type LoadConfigOptions } from './find.js'
export { parseConfig } from './load.js'
export { ConfigError, type ConfigIssue } from './errors.js'
export { parseSize } from './size.js'
export { MAX_FILE_SIZE_LIMIT } from './schema.js'
export { defaultConfig, DEFAULT_MAX_FILE_SIZE, type Config, type ConfigVocabulary, type RuleSetting } from './types.js'

/** The part of the config the pure core reads. */
export function toLintSettings(config: Config): LintSettings {
  return {
    rules: config.rules,
    ...(config.client === undefined ? {} : { client: config.client }),
    providers: config.providers
  }
}
