import type { SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { scopeId } from './entry.js'
import { ANY, readToml, tableEntries } from './toml.js'

/**
 * `netlify.toml`: `[build.environment]` applies to every deploy; `[context.<name>.environment]`
 * (`production`, `deploy-preview`, `branch-deploy`, a branch name) is its own scope, since each context
 * deploys with its own variables (https://docs.netlify.com/configure-builds/file-based-configuration/).
 */
export const netlifyParser: Parser = {
  kind: 'netlify',
  matches: claimTest('netlify'),
  parse(file: SourceFile) {
    const doc = readToml(file.text)
    const found = tableEntries(file, 'netlify', doc, [
      { path: ['build', 'environment'], scope: () => file.path },
      { path: ['context', ANY, 'environment'], scope: ([context]) => scopeId(file.path, `context.${context}`) }
    ])
    return { entries: found.entries, diagnostics: [...doc.diagnostics, ...found.diagnostics] }
  }
}
