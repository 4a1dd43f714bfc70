import type { Node } from 'jsonc-parser'
import type { Diagnostic, Entry, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { memberAt, nodeDiagnostic, propertiesOf, readJson, stringEntry } from './json.js'

/**
 * Heroku's `app.json` manifest (the "Deploy to Heroku" button): each `env` member is a string, or an
 * object with `value`, `description`, `required` and `generator`
 * (https://devcenter.heroku.com/articles/app-json-schema#env). Other `app.json` files (Expo) have no
 * `env` and give no entries.
 */
export const appJsonParser: Parser = {
  kind: 'app-json',
  matches: claimTest('app-json'),
  parse(file: SourceFile) {
    const doc = readJson(file.text)
    const entries: Entry[] = []
    const diagnostics: Diagnostic[] = [...doc.diagnostics]
    const env = memberAt(doc.root, ['env'])?.valueNode
    if (env !== undefined && env.type !== 'object') diagnostics.push(nodeDiagnostic(doc, env, '`env` must be an object'))
    for (const { name, nameNode, valueNode } of env?.type === 'object' ? propertiesOf(env) : []) {
      const where = { path: ['env', name], scope: file.path }
      if (valueNode.type === 'string') {
        entries.push(stringEntry(file, 'app-json', doc, where, nameNode, valueNode))
      } else if (valueNode.type === 'object') {
        const value = memberAt(valueNode, ['value'])?.valueNode
        if (value !== undefined && value.type !== 'string') {
          diagnostics.push(nodeDiagnostic(doc, value, `\`env.${name}.value\` must be a string, not ${value.type}`))
          continue
        }
        const meta = settingFacts(valueNode)
        entries.push(stringEntry(file, 'app-json', doc, { ...where, ...(meta ? { meta } : {}) }, nameNode, value))
      } else {
        diagnostics.push(nodeDiagnostic(doc, valueNode, `\`env.${name}\` must be a string or an object, not ${valueNode.type}`))
      }
    }
    return { entries, diagnostics }
  }
}

/** `required` and `generator` (`"secret"`: Heroku fills in a random value), when written with the right type. */
function settingFacts(setting: Node): Entry['meta'] | undefined {
  const facts: Record<string, string | boolean> = {}
  const required = memberAt(setting, ['required'])?.valueNode
  if (required?.type === 'boolean') facts.required = required.value as boolean
  const generator = memberAt(setting, ['generator'])?.valueNode
  if (generator?.type === 'string') facts.generator = generator.value as string
  return Object.keys(facts).length > 0 ? facts : undefined
}
