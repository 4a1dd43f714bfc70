/**
 * The README's tables of action inputs and outputs are generated from action.yml, and its table of key
 * formats from the provider registry, so they cannot drift. `UPDATE_GOLDEN=1` rewrites them in place.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { USAGE } from '../../src/cli/usage.js'
import { providers } from '../../src/providers/registry.js'
import type { KeyFormat, SamplePart } from '../../src/providers/types.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const README = join(ROOT, 'README.md')

interface ActionYml {
  readonly inputs: Record<string, { readonly description: string; readonly default?: string }>
  readonly outputs: Record<string, { readonly description: string }>
}

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim()

function tables(action: ActionYml): string {
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) => `| \`${name}\` | ${input.default ? `\`${input.default}\`` : ''} | ${cell(input.description)} |`
  )
  const outputs = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`)
  return ['| Input | Default | Meaning |', '|---|---|---|', ...inputs, '', '| Output | Meaning |', '|---|---|', ...outputs].join('\n')
}

const ALPHABETS: Readonly<Record<string, string>> = {
  ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789: 'alphanumeric',
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-': 'url-safe',
  '0123456789abcdef': 'hex',
  '0123456789ABCDEF': 'HEX',
  abcdefghijklmnopqrstuvwxyz: 'lower-case',
  ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz: 'letters',
  abcdefghijklmnopqrstuvwxyz234567: 'base32',
  '0123456789': 'digits'
}

/** A format's sample as a shape: `sk-ant-api03-` + 93 url-safe + `AA`. */
const shapeOf = (sample: readonly SamplePart[]): string =>
  sample
    .map((part) =>
      typeof part === 'string'
        ? `\`${part}\``
        : `${part.length} ${part.alternate ? `${ALPHABETS[part.alphabet]}/${ALPHABETS[part.alternate]} alternating` : ALPHABETS[part.alphabet]}`
    )
    .join(' + ')

/** One row per format id (a shape several providers issue is one row naming them all), in registry order. */
function keyFormatTable(): string {
  const rows = new Map<string, { format: KeyFormat; names: string[] }>()
  for (const provider of providers) {
    for (const format of provider.keyFormats) {
      const row = rows.get(format.id) ?? { format, names: [] }
      row.names.push(provider.name)
      rows.set(format.id, row)
    }
  }
  const found = (f: KeyFormat) => ({ anywhere: 'anywhere', context: 'with LLM context', never: 'as a key value' })[f.inText ?? (f.confidence === 'unique' ? 'anywhere' : 'never')]
  return [
    '| Provider | Format | Shape | Confidence | Found in text | Source |',
    '|---|---|---|---|---|---|',
    ...[...rows.values()].map(
      ({ format, names }) =>
        `| ${cell(names.join(', '))} | \`${format.id}\` | ${cell(shapeOf(format.sample!))} | ${format.confidence} | ${found(format)} | ${cell(format.source!)} |`
    )
  ].join('\n')
}

/** Replaces the text between `<!-- begin <name> -->` and `<!-- end <name> -->` in the README, or checks it. */
function expectBlock(name: string, content: string): void {
  const readme = readFileSync(README, 'utf8')
  const block = new RegExp(`(<!-- begin ${name} -->\\n)([\\s\\S]*?)(\\n<!-- end ${name} -->)`)
  expect(readme).toMatch(block)
  const expected = readme.replace(block, (_m, open: string, _old: string, close: string) => open + content + close)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(README, expected)
  else expect(readme).toBe(expected)
}

describe('README', () => {
  it('lists exactly the inputs and outputs of action.yml', () => {
    expectBlock('inputs', tables(parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml))
  })

  it('shows the CLI help as the CLI prints it', () => {
    expectBlock('usage', ['```text', USAGE.trimEnd(), '```'].join('\n'))
  })

  it('lists the key formats of the provider registry', () => {
    expectBlock('key-formats', keyFormatTable())
  })
})
