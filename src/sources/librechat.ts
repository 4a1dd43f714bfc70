import { isScalar } from 'yaml'
import type { Entry } from '../core/types.js'
import type { Parser } from './types.js'
import {
  buildEntry,
  field,
  fields,
  items,
  namedEntries,
  parseYaml,
  scalarValue,
  spanOf,
  stringAt,
  type YamlField,
  type YamlSource
} from './yaml.js'

type Path = readonly (string | number)[]

const settingEntries = (src: YamlSource, node: unknown, names: readonly string[], scope: string, path: Path): Entry[] =>
  namedEntries(src, node, names, (f) => ({ kind: 'librechat', scope, path: [...path, f.key] }))

/**
 * `models.default` gives one entry per model (key `models.default`, each with its own value span), so a
 * rule can point at the one model an account lacks; `models.fetch` gives one entry.
 */
function modelEntries(src: YamlSource, endpoint: unknown, scope: string, path: Path): Entry[] {
  const models = field(src, endpoint, 'models')?.value
  const entryAt = (f: YamlField, key: string, at: Path, value: unknown) => {
    const place = { kind: 'librechat' as const, scope, path: [...path, 'models', ...at], key, keySpan: spanOf(src, f.keyNode) }
    return buildEntry(src, place, scalarValue(src, value))
  }
  const listed = field(src, models, 'default')
  const fetch = field(src, models, 'fetch')
  // A lone `default: gpt-4o` is read as a list of one.
  const modelNodes = (f: YamlField) => (isScalar(f.value) ? [f.value] : items(src, f.value))
  return [
    ...(listed ? modelNodes(listed).map((model, j) => entryAt(listed, 'models.default', ['default', j], model)) : []),
    ...(fetch ? [entryAt(fetch, 'models.fetch', ['fetch'], fetch.value)] : [])
  ]
}

/** `endpoints.custom[]`: one scope per endpoint, named by `name` or else its index. */
function customEntries(src: YamlSource, list: unknown): Entry[] {
  return items(src, list).flatMap((endpoint, i) => {
    const name = stringAt(src, field(src, endpoint, 'name')?.value) ?? String(i)
    const scope = `${src.path}#endpoints.custom.${name}`
    const path = ['endpoints', 'custom', i]
    return [
      ...settingEntries(src, endpoint, ['name', 'baseURL', 'apiKey', 'provider', 'directEndpoint'], scope, path),
      ...modelEntries(src, endpoint, scope, path)
    ]
  })
}

/** A built-in endpoint (`openAI`, `anthropic`, …) and, for Azure, each of its `groups`. */
function builtinEntries(src: YamlSource, name: string, endpoint: unknown): Entry[] {
  const scope = `${src.path}#endpoints.${name}`
  const groups = items(src, field(src, endpoint, 'groups')?.value).flatMap((group, i) => {
    const label = stringAt(src, field(src, group, 'group')?.value) ?? String(i)
    return settingEntries(src, group, ['baseURL', 'apiKey'], `${scope}.groups.${label}`, ['endpoints', name, 'groups', i])
  })
  return [...settingEntries(src, endpoint, ['baseURL', 'apiKey'], scope, ['endpoints', name]), ...groups]
}

/**
 * LibreChat's `librechat.yaml` (https://www.librechat.ai/docs/configuration/librechat_yaml). `apiKey: '${MY_KEY}'`
 * classifies as a reference; `user_provided` stays a literal, which the rules treat as a placeholder.
 */
/** A LibreChat config's top level (librechat.ai/docs/configuration/librechat_yaml): `version: 1.x.y` and `endpoints:`. */
const TOP_LEVEL_VERSION = /^version:[ \t]*['"]?\d+\.\d+/m
const TOP_LEVEL_ENDPOINTS = /^endpoints:[ \t]*(?:#.*)?$/m

export const librechatParser: Parser = {
  kind: 'librechat',
  sniff: (text) => TOP_LEVEL_ENDPOINTS.test(text) && TOP_LEVEL_VERSION.test(text),
  parse(file) {
    const src = parseYaml(file)
    const entries = fields(src, field(src, src.doc.contents, 'endpoints')?.value).flatMap((endpoint) =>
      endpoint.key === 'custom' ? customEntries(src, endpoint.value) : builtinEntries(src, endpoint.key, endpoint.value)
    )
    return { entries, diagnostics: src.diagnostics }
  }
}
