import type { Entry } from '../core/types.js'
import type { Parser } from './types.js'
import { buildEntry, field, items, parseYaml, scalarValue, spanOf, stringAt, type YamlSource } from './yaml.js'

/**
 * What an env var without a `value` is filled from, as entry meta. Blueprint spec:
 * https://render.com/docs/blueprint-spec#environment-variables — `sync: false` asks for the value in the
 * dashboard, `generateValue: true` makes Render generate one, `fromDatabase`/`fromService` copy another
 * resource's property.
 */
function sourceMeta(src: YamlSource, item: unknown): Entry['meta'] {
  const meta: Record<string, string | boolean> = {}
  const sync = stringAt(src, field(src, item, 'sync')?.value)
  if (sync !== undefined) meta.sync = sync === 'true'
  if (stringAt(src, field(src, item, 'generateValue')?.value) === 'true') meta.generateValue = true
  for (const origin of ['fromDatabase', 'fromService'] as const) {
    const from = field(src, item, origin)?.value
    const name = stringAt(src, field(src, from, 'name')?.value)
    if (name === undefined) continue
    meta[origin] = name
    const property = stringAt(src, field(src, from, 'property')?.value) ?? stringAt(src, field(src, from, 'envVarKey')?.value)
    if (property !== undefined) meta.property = property
  }
  return meta
}

/**
 * `envVars:` items with a `key`. Items that only import a group (`- fromGroup: name`) have no key of their
 * own and give no entry.
 */
function envVarEntries(src: YamlSource, node: unknown, scope: string, path: readonly (string | number)[]): Entry[] {
  return items(src, node).flatMap((item) => {
    const keyNode = field(src, item, 'key')?.value
    const key = stringAt(src, keyNode)
    if (key === undefined || !keyNode) return []
    const meta = sourceMeta(src, item)
    const place = { kind: 'render' as const, scope, path: [...path, key], key, keySpan: spanOf(src, keyNode), meta }
    return [buildEntry(src, place, scalarValue(src, field(src, item, 'value')?.value))]
  })
}

/** Entries of every named resource in a top-level list (`services`, `envVarGroups`). */
function resourceEntries(src: YamlSource, list: 'services' | 'envVarGroups'): Entry[] {
  return items(src, field(src, src.doc.contents, list)?.value).flatMap((resource, i) => {
    const name = stringAt(src, field(src, resource, 'name')?.value) ?? String(i)
    return envVarEntries(src, field(src, resource, 'envVars')?.value, `${src.path}#${list}.${name}`, [list, i, 'envVars'])
  })
}

/** Render blueprints: env vars of services and of env var groups. */
export const renderParser: Parser = {
  kind: 'render',
  parse(file) {
    const src = parseYaml(file)
    const entries = [...resourceEntries(src, 'services'), ...resourceEntries(src, 'envVarGroups')]
    return { entries, diagnostics: src.diagnostics }
  }
}
