import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { field, mapEntries, parseYaml } from './yaml.js'

/** Every App Engine service file has a top-level `runtime:`; only those with variables are worth reading. */
const RUNTIME = /^runtime[ \t]*:/m
const VARIABLES = /^(?:build_)?env_variables[ \t]*:/m

/**
 * Google App Engine service files (`app.yaml`, or any name given to `gcloud app deploy`): `env_variables`
 * (runtime) and `build_env_variables` (build time), maps of names to strings
 * (https://cloud.google.com/appengine/docs/standard/reference/app-yaml#environment_variables). Found by
 * content, so a Kubernetes manifest that happens to be called `app.yaml` is still read as one.
 */
export const appEngineParser: Parser = {
  kind: 'app-engine',
  matches: claimTest('app-engine'),
  sniff: (text) => RUNTIME.test(text) && VARIABLES.test(text),
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
