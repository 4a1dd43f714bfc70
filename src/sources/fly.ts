import type { SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { baseName } from './entry.js'
import { readToml, tableEntries } from './toml.js'

/** `fly.toml`, and `fly.<env>.toml` for apps deployed with `fly deploy -c fly.staging.toml`. */
const FLY_CONFIG = /^fly(?:\.[\w-]+)?\.toml$/

/**
 * Fly.io app config: `[env]` holds runtime variables, `[build.args]` Docker build arguments
 * (https://fly.io/docs/reference/configuration/). Both are plain text in the repository: Fly's own
 * place for keys is `fly secrets set`.
 */
export const flyParser: Parser = {
  kind: 'fly',
  matches: (path) => FLY_CONFIG.test(baseName(path)),
  parse(file: SourceFile) {
    const doc = readToml(file.text)
    const found = tableEntries(file, 'fly', doc, [
      { path: ['env'], scope: () => file.path },
      { path: ['build', 'args'], scope: () => file.path, meta: { buildArg: true } }
    ])
    return { entries: found.entries, diagnostics: [...doc.diagnostics, ...found.diagnostics] }
  }
}
