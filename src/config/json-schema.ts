import { z } from 'zod'
import { createConfigSchema } from './schema.js'
import type { ConfigVocabulary } from './types.js'

/** Where editors fetch the schema from (the README's `# yaml-language-server: $schema=` line names it too). */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/llm-env-lint/llm-env-lint/main/schema/llm-env-lint.schema.json'

/** The formats draft-07 defines that the schema may use. */
const DRAFT_07_FORMATS = new Set(['uri', 'uri-reference', 'email', 'hostname', 'ipv4', 'ipv6', 'date-time', 'date', 'time', 'regex'])

/** Hover text for the top-level fields; the README's Configuration section says the same at more length. */
const FIELD_DESCRIPTIONS: Readonly<Record<string, string>> = {
  client: 'Skip client detection and judge every scope as this client.',
  rules: 'Severity per rule id (error, warning, note), or off.',
  ignore: 'Gitignore-style patterns, relative to the scanned folder, of files not to scan.',
  maxFileSize: 'Larger files are not scanned (reported as a note): bytes, or a size such as 5MiB, 500KB, 2M.',
  providers: 'Your own providers and gateways, in the shape of the built-in registry.'
}

/**
 * The JSON Schema (draft-07, which yaml-language-server and VS Code read) of `.llm-env-lint.yml`, generated from
 * the zod schema the loader validates with, so the two cannot drift. What zod checks in code (known rule ids and
 * clients) is added as enums. The committed copy, schema/llm-env-lint.schema.json, is kept equal by a test.
 */
export function configJsonSchema(vocabulary: ConfigVocabulary): Record<string, unknown> {
  const generated = z.toJSONSchema(createConfigSchema(vocabulary), {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    // zod names some string checks as formats of its own (`starts_with`), which draft-07 lacks; their `pattern` stays.
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.format === 'string' && !DRAFT_07_FORMATS.has(jsonSchema.format)) delete jsonSchema.format
    }
  }) as {
    properties: Record<string, Record<string, unknown>>
  }
  const { properties } = generated
  properties.client = { anyOf: [{ type: 'string', enum: [...vocabulary.knownClients] }, { type: 'null' }] }
  const rules = (properties.rules!.anyOf as Record<string, unknown>[])[0]!
  rules.propertyNames = { enum: [...vocabulary.knownRuleIds] }
  for (const [name, description] of Object.entries(FIELD_DESCRIPTIONS)) properties[name] = { description, ...properties[name] }
  return { ...generated, $id: CONFIG_SCHEMA_URL, title: 'llm-env-lint configuration (.llm-env-lint.yml)' }
}
