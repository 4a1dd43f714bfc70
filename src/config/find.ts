/**
 * Finding and reading the config file. Apart from its parsing (load.ts), which brings the YAML parser and zod: a
 * repository without a config file never loads them.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from './errors.js'
import { defaultConfig, type Config, type ConfigVocabulary } from './types.js'

/** Names looked for at the scan root, in this order. */
export const CONFIG_FILE_NAMES = ['.llm-env-lint.yml', '.llm-env-lint.yaml'] as const

export interface LoadConfigOptions extends ConfigVocabulary {
  /** The scan root, where the config file is looked for. */
  readonly root: string
  /** A config file named by `--config` or the action's `config` input; relative to the working directory. */
  readonly file?: string
}

/**
 * The config for a scan: the file named by `file`, else `.llm-env-lint.yml` or `.llm-env-lint.yaml`
 * at `root`, else the defaults. Throws ConfigError when the named file is missing, when both default
 * names exist, or when the file is not valid YAML or not a valid config.
 */
export async function loadConfig({ root, file, ...vocabulary }: LoadConfigOptions): Promise<Config> {
  const path = file ?? (await findConfigFile(root))
  if (path === undefined) return defaultConfig
  const { parseConfig } = await import('./load.js')
  return parseConfig(await readConfigFile(path), { file: path, ...vocabulary })
}

async function findConfigFile(root: string): Promise<string | undefined> {
  const candidates = CONFIG_FILE_NAMES.map((name) => join(root, name))
  const exists = await Promise.all(candidates.map((path) => stat(path).then((info) => info.isFile(), () => false)))
  const found = candidates.filter((_, i) => exists[i])
  if (found.length > 1) {
    throw new ConfigError(found[0]!, [{ field: '', message: `both ${CONFIG_FILE_NAMES.join(' and ')} exist; keep one` }])
  }
  return found[0]
}

async function readConfigFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ConfigError(path, [{ field: '', message: code === 'ENOENT' ? 'config file not found' : `cannot read the config file (${code})` }])
  }
}
