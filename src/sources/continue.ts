import { isSeq } from 'yaml'
import type { Entry } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { field, items, namedEntries, parseYaml, resolve, stringAt, type YamlSource } from './yaml.js'

/** The model settings the rules look at (https://docs.continue.dev/reference). */
const MODEL_FIELDS = ['name', 'provider', 'model', 'apiBase', 'apiKey'] as const

function modelEntries(src: YamlSource, model: unknown, scope: string, path: readonly (string | number)[]): Entry[] {
  return namedEntries(src, model, MODEL_FIELDS, (f) => ({ kind: 'continue', scope, path: [...path, f.key] }))
}

/** A list of models: one scope per model, named by its `name` (config.yaml), `title` (config.json) or else its index. */
function modelListEntries(src: YamlSource, list: unknown, section: string): Entry[] {
  return items(src, list).flatMap((model, i) => {
    const label = stringAt(src, field(src, model, 'name')?.value) ?? stringAt(src, field(src, model, 'title')?.value) ?? String(i)
    return modelEntries(src, model, `${src.path}#${section}.${label}`, [section, i])
  })
}

/** `tabAutocompleteModel` is one model or (config.json) a list of them; `embeddingsProvider` is one. */
function singleModelEntries(src: YamlSource, section: string): Entry[] {
  const node = resolve(src, field(src, src.doc.contents, section)?.value)
  if (isSeq(node)) return modelListEntries(src, node, section)
  return modelEntries(src, node, `${src.path}#${section}`, [section])
}

/** Continue (IDE assistant) configs: API base, key and model of each configured model. */
export const continueParser: Parser = {
  kind: 'continue',
  matches: claimTest('continue'),
  parse(file) {
    const src = parseYaml(file)
    return {
      entries: [
        ...modelListEntries(src, field(src, src.doc.contents, 'models')?.value, 'models'),
        ...singleModelEntries(src, 'tabAutocompleteModel'),
        ...singleModelEntries(src, 'embeddingsProvider')
      ],
      diagnostics: src.diagnostics
    }
  }
}
