import type { Parser } from './types.js'
import { baseName } from './entry.js'
import { field, mapEntries, parseYaml } from './yaml.js'

/**
 * Google App Engine `app.yaml`: `env_variables` (runtime) and `build_env_variables` (build time), maps of
 * names to strings (https://cloud.google.com/appengine/docs/standard/reference/app-yaml#environment_variables).
 * A Kubernetes manifest or any other `app.yaml` has neither and gives no entries.
 */
export const appEngineParser: Parser = {
  kind: 'app-engine',
  matches: (path) => /^app\.ya?ml$/.test(baseName(path)),
  parse(file) {
    const src = parseYaml(file)
    const root = src.doc.contents
    const entries = (['env_variables', 'build_env_variables'] as const).flatMap((block) =>
      mapEntries(src, field(src, root, block)?.value, (f) => ({
        kind: 'app-engine',
        scope: src.path,
        path: [block, f.key],
        ...(block === 'build_env_variables' && { meta: { buildArg: true } })
      }))
    )
    return { entries, diagnostics: src.diagnostics }
  }
}
