/**
 * The README's tables of action inputs and outputs are generated from action.yml, so they cannot drift.
 * `UPDATE_GOLDEN=1` rewrites them in place.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { USAGE } from '../../src/cli/args.js'

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
})
