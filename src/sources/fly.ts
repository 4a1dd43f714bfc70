import type { SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { readToml, tableEntries } from './toml.js'

/**
 * Fly.io app config: `[env]` holds runtime variables, `[build.args]` Docker build arguments
 * (https://fly.io/docs/reference/configuration/). Both are plain text in the repository: Fly's own
 * place for keys is `fly secrets set`.
 */
export const flyParser: Parser = {
  kind: 'fly',
  parse(file: SourceFile) {
    const doc = readToml(file.text)
    const found = tableEntries(file, 'fly', doc, [
      { path: ['env'], scope: () => file.path },
      { path: ['build', 'args'], scope: () => file.path, meta: { buildArg: true } }
    ])
    return { entries: found.entries, diagnostics: [...doc.diagnostics, ...found.diagnostics] }
  }
}
