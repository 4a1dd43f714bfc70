/**
 * The JSON Schema of `.llm-env-lint.yml` (schema/llm-env-lint.schema.json, for editors) is generated from the zod
 * schema the loader uses; this keeps the committed copy equal (`UPDATE_GOLDEN=1` rewrites it) and checks that the
 * schema and the loader agree on the README's example and on typical mistakes.
 */
import { describe, it, expect } from '@jest/globals'
import { Ajv } from 'ajv'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { ConfigError, parseConfig } from '../../src/config/index.js'
import { CONFIG_SCHEMA_URL, configJsonSchema } from '../../src/config/json-schema.js'
import { configVocabulary } from '../../src/engine/pipeline.js'
import { expectGolden } from '../helpers/golden.js'

const schema = configJsonSchema(configVocabulary())
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

const validate = (() => {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true })
  // ajv ships no format checks of its own (ajv-formats is not a dependency): the one the schema uses.
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  return ajv.compile(schema)
})()

/** Whether the loader accepts `text`, as a boolean. */
function loads(text: string): boolean {
  try {
    parseConfig(text, { file: '.llm-env-lint.yml', ...configVocabulary() })
    return true
  } catch (error) {
    if (error instanceof ConfigError) return false
    throw error
  }
}

describe('schema/llm-env-lint.schema.json', () => {
  it('is what the zod schema generates', () => {
    expectGolden('../../schema/llm-env-lint.schema.json', `${JSON.stringify(schema, null, 2)}\n`)
  })

  it("is named by the README's yaml-language-server comment, above an example both the schema and the loader accept", () => {
    const example = /^## Configuration$[\s\S]*?^```yaml\n([\s\S]*?)^```$/m.exec(README)?.[1]
    expect(example).toMatch(new RegExp(`^# yaml-language-server: \\$schema=${CONFIG_SCHEMA_URL.replace(/[.]/g, '\\.')}\n`))
    expect(validate(parse(example!))).toBe(true)
    expect(loads(example!)).toBe(true)
  })

  it('refuses what the loader refuses', () => {
    for (const text of [
      'rules:\n  no-such-rule: error\n',
      'rules:\n  leaked-key: loud\n',
      'client: nextchatt\n',
      'colour: red\n',
      'providers:\n  - id: Bad Id\n    name: x\n    apiRoot: https://llm.example.com/v1\n',
      'providers:\n  - id: gw\n    name: x\n    apiRoot: https://llm.example.com/v1\n    apiHosts: [https://llm.example.com]\n'
    ]) {
      expect({ text, schema: validate(parse(text)) }).toEqual({ text, schema: false })
      expect({ text, loader: loads(text) }).toEqual({ text, loader: false })
    }
    expect(validate(parse('rules:\n  leaked-key: off\nclient:\nmaxFileSize: 5MiB\nproviders:\n  - id: gw\n    name: GW\n    apiRoot: https://llm.example.com/v1\n    apiHosts: [LLM.Example.com]\n'))).toBe(true)
  })
})
