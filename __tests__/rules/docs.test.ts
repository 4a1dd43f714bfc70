/**
 * Rules and their docs stay in step (typescript-eslint's docs.test, ESLint's checkRuleFiles): every rule
 * has a page and every page a rule, the generated header, index and message blocks match the metadata, every
 * message id has its own heading, and every page has the hand-written sections in order.
 * `UPDATE_GOLDEN=1 npm test -- __tests__/rules/docs.test.ts` rewrites the generated parts.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ALL_RULE_METAS, PROBE_RULES } from '../../src/probes/rules.js'
import { headerOf, messageBlock, ruleHeader, rulesIndex, withHeader, withMessageBlocks } from '../../src/rules/docs.js'
import { rules } from '../../src/rules/index.js'

const DOCS = join(process.cwd(), 'docs', 'rules')
const SOURCES = join(process.cwd(), 'src', 'rules')
const UPDATE = process.env['UPDATE_GOLDEN'] === '1'
const SECTIONS = ['Rule details', 'Messages', 'Examples', 'Fix', 'When not to use it']

const ids = rules.map((r) => r.meta.id)
const allIds = ALL_RULE_METAS.map((meta) => meta.id)
const pages = readdirSync(DOCS)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.slice(0, -3))

describe('rule registry', () => {
  it('is sorted by id, without duplicates', () => {
    expect(ids).toEqual([...new Set(ids)].sort())
  })

  it.each(ids)('%s lives in a file named after its id', (id) => {
    expect(existsSync(join(SOURCES, `${id}.ts`))).toBe(true)
  })

  it('writes messages and tips as one clause each: lower-case start (or a placeholder), no final full stop', () => {
    const texts = ALL_RULE_METAS.flatMap((meta): string[] => [...Object.values(meta.messages), ...Object.values<string | undefined>(meta.tips ?? {}).filter((tip) => tip !== undefined)])
    expect(texts.filter((text) => !/^[a-z{[]/.test(text) || /\.$/.test(text))).toEqual([])
  })

  it('lists the probe rules after the static ones, with ids of their own', () => {
    expect(allIds).toEqual([...ids, ...PROBE_RULES.map((meta) => meta.id)])
    expect(new Set(allIds).size).toBe(allIds.length)
  })
})

describe('rule docs', () => {
  it('has a page for every rule and a rule for every page', () => {
    expect([...pages].sort()).toEqual([...allIds].sort())
  })

  it('has an index generated from the metadata', () => {
    const path = join(DOCS, 'README.md')
    const expected = rulesIndex(ALL_RULE_METAS)
    if (UPDATE) writeFileSync(path, expected)
    expect(readFileSync(path, 'utf8')).toBe(expected)
  })

  describe.each(ALL_RULE_METAS.map((meta) => [meta.id, meta] as const))('%s', (id, meta) => {
    const path = join(DOCS, `${id}.md`)
    const read = (): string => (existsSync(path) ? readFileSync(path, 'utf8') : '')

    it('has the generated header', () => {
      const expected = ruleHeader(meta)
      if (UPDATE && existsSync(path)) writeFileSync(path, withHeader(read(), expected))
      expect(headerOf(read())).toBe(expected)
    })

    it('has the hand-written sections in order', () => {
      const headings = [...read().matchAll(/^## (.+)$/gm)].map((m) => m[1])
      expect(headings).toEqual(SECTIONS)
    })

    it('has a heading for every message id, and no other', () => {
      const page = read()
      const messages = page.slice(page.indexOf('## Messages'), page.indexOf('## Examples'))
      const headings = [...messages.matchAll(/^### (.+)$/gm)].map((m) => m[1])
      expect(headings).toEqual(Object.keys(meta.messages))
    })

    it('opens each message section with the message, tip and autofix generated from the metadata', () => {
      if (UPDATE && existsSync(path)) writeFileSync(path, withMessageBlocks(read(), meta))
      const page = read()
      for (const id of Object.keys(meta.messages)) expect(page).toContain(`### ${id}\n\n${messageBlock(meta, id)}\n`)
    })
  })
})

describe('withMessageBlocks', () => {
  const meta = rules.find((r) => r.meta.id === 'setting-no-effect')!.meta

  it('fills an empty block without touching the next section', () => {
    const page = '### bedrockField\n\n<!-- begin generated message -->\n<!-- end generated message -->\n\n### proxyShape\n\n<!-- begin generated message -->\n- Message: `old`\n<!-- end generated message -->\n\nNotes stay.\n'
    const out = withMessageBlocks(page, meta)
    expect(out).toContain(`### bedrockField\n\n${messageBlock(meta, 'bedrockField')}\n\n### proxyShape\n\n${messageBlock(meta, 'proxyShape')}\n\nNotes stay.\n`)
  })
})
