import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { dockerImageFingerprint } from '../clients/fingerprints.js'
import type { Entry, Fingerprint } from '../core/types.js'
import type { Parser } from './types.js'
import { scopeId } from './entry.js'
import { envListEntries } from './kubernetes.js'
import { field, fields, mapEntries, parseYaml, resolve, stringAt, type YamlSource } from './yaml.js'

/**
 * Where charts take environment variables from their values: `env` (a map, or a Kubernetes-style list of
 * `name`/`value` items), `extraEnv` and `extraEnvVars` (Bitnami charts' list). Conventions, not a schema:
 * the chart's templates decide, so every map of the values is searched for them.
 */
const ENV_BLOCKS = ['env', 'extraEnv', 'extraEnvVars'] as const

/**
 * Helm values files. Each map holding an env block is a scope (`values.yaml#ui`, or the file itself at the
 * top level), and the image next to it (`image.repository`, with `image.registry` when given, or `image`
 * as one string) is a `docker-image` fingerprint of that scope.
 */
export const helmParser: Parser = {
  kind: 'helm',
  parse(file) {
    const src = parseYaml(file)
    const found = { entries: [] as Entry[], fingerprints: [] as Fingerprint[] }
    walk(src, src.doc.contents, [], new Set(), found)
    return { entries: found.entries, diagnostics: src.diagnostics, fingerprints: found.fingerprints }
  }
}

function walk(src: YamlSource, node: unknown, path: readonly string[], seen: Set<Node>, found: { entries: Entry[]; fingerprints: Fingerprint[] }): void {
  const map = resolve(src, node)
  if (!isMap(map) || seen.has(map)) return
  seen.add(map)
  const scope = path.length === 0 ? src.path : scopeId(src.path, path.join('.'))
  const before = found.entries.length
  for (const block of ENV_BLOCKS) {
    const env = resolve(src, field(src, map, block)?.value)
    const route = [...path, block]
    if (isSeq(env)) found.entries.push(...envListEntries(src, env, 'helm', scope, route))
    else if (isMap(env)) found.entries.push(...mapEntries(src, env, (f) => ({ kind: 'helm', scope, path: [...route, f.key] })))
  }
  if (found.entries.length > before) {
    const image = dockerImageFingerprint(imageOf(src, field(src, map, 'image')?.value), src.path, scope)
    if (image) found.fingerprints.push(image)
  }
  for (const f of fields(src, map)) {
    if (!(ENV_BLOCKS as readonly string[]).includes(f.key)) walk(src, f.value, [...path, f.key], seen, found)
  }
}

/** `image: repo:tag`, or `image: { registry, repository, tag }` as most charts write it. */
function imageOf(src: YamlSource, node: Node | undefined): string | undefined {
  if (isScalar(node)) return stringAt(src, node)
  const repository = stringAt(src, field(src, node, 'repository')?.value)
  if (repository === undefined) return undefined
  const registry = stringAt(src, field(src, node, 'registry')?.value)
  return registry ? `${registry}/${repository}` : repository
}
