/**
 * A RuleTester in ESLint's spirit for our rules: tiny repositories written as literal file texts go
 * through the real parsers (`analyzeFile`), the real model and one rule. Besides the expected findings,
 * every report is checked the way RuleTester checks rules: its messageId exists, no `{{placeholder}}`
 * is left in its message or tip, its span lies inside the file, and no declared secret (nor the base64 text of a
 * value decoded from it) appears in the message, tip, data or fix.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadParsers } from '../../src/sources/index.js'
import { analyzeFile } from '../../src/engine/analyze.js'
import { decodedFromBase64, encodeBase64 } from '../../src/core/base64.js'
import { fillTemplate, withTip } from '../../src/core/message.js'
import { LineIndex } from '../../src/core/text.js'
import type { FileFacts, LintSettings, Severity } from '../../src/core/types.js'
import { buildModel } from '../../src/model/build.js'
import type { RepoModel } from '../../src/model/types.js'
import { createCatalog } from '../../src/providers/catalog.js'
import type { ReportDescriptor, Rule } from '../../src/rules/types.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

/** Repository-relative path → file text. */
export type Files = Readonly<Record<string, string>>

export interface RunOptions {
  /** The client the config file names (`settings.client`). */
  readonly client?: string
  /** What the run knows the secrets hold (`settings.secretValues`). */
  readonly secretValues?: ReadonlyMap<string, string>
}

/** One finding as the tests see it: rendered, with 1-based positions. */
export interface Result {
  readonly messageId: string
  /** Message and tip as the text format prints them (`message: tip`), so a case reads as the user sees it. */
  readonly message: string
  readonly tip?: string
  readonly data: Readonly<Record<string, string>>
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
  readonly severity: Severity
  readonly fix?: string
}

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/

/** Analyses the files and builds the model, as `lint` does before running rules. */
export function modelOf(files: Files, options: RunOptions = {}): { model: RepoModel; facts: FileFacts[] } {
  const catalog = createCatalog()
  const settings: LintSettings = { rules: {}, providers: [], ...(options.client ? { client: options.client } : {}) }
  const facts = Object.entries(files).map(([path, text]) => analyzeFile({ path, text }, catalog))
  return { model: buildModel(facts, settings), facts }
}

/** Runs one rule over a tiny repository and checks every report against the rule's contract. */
export function runRule(rule: Rule, files: Files, options: RunOptions = {}): Result[] {
  const catalog = createCatalog()
  const { model } = modelOf(files, options)
  const reports: ReportDescriptor<string>[] = []
  rule.check({ model, providers: catalog, report: (d) => reports.push(d), ...(options.secretValues && { secretValues: options.secretValues }) })
  return reports.map((d) => checked(rule, d, files)).sort(byPosition)
}

function checked(rule: Rule, d: ReportDescriptor<string>, files: Files): Result {
  const template = (rule.meta.messages as Record<string, string>)[d.messageId]
  expect({ messageId: d.messageId, known: template !== undefined }).toEqual({ messageId: d.messageId, known: true })
  const tipTemplate = (rule.meta.tips as Readonly<Record<string, string>> | undefined)?.[d.messageId]
  const tip = tipTemplate === undefined ? undefined : fillTemplate(tipTemplate, d.data)
  const message = withTip(fillTemplate(template!, d.data), tip)
  expect(message).not.toMatch(PLACEHOLDER)
  // A value decoded from base64 (a Secret's `data`) is secret as written too: no report may quote its base64 text.
  const encoded = d.entry?.value !== undefined && decodedFromBase64(d.entry) ? [encodeBase64(d.entry.value)] : []
  for (const secret of [...(d.secrets ?? []), ...encoded]) {
    expect(message).not.toContain(secret)
    for (const value of Object.values(d.data ?? {})) expect(value).not.toContain(secret)
    if (d.fix !== undefined) expect(d.fix).not.toContain(secret)
  }
  const text = files[d.file]
  expect(text).toBeDefined()
  const lines = new LineIndex(text!.replace(/^\uFEFF/, ''))
  expect(d.span.start.line).toBeGreaterThanOrEqual(1)
  expect(d.span.end.line).toBeLessThanOrEqual(lines.lineCount)
  return {
    messageId: d.messageId,
    message,
    ...(tip !== undefined && { tip }),
    data: d.data ?? {},
    file: d.file,
    line: d.span.start.line,
    column: d.span.start.column,
    endLine: d.span.end.line,
    endColumn: d.span.end.column,
    severity: d.severity ?? rule.meta.severity,
    ...(d.fix !== undefined ? { fix: d.fix } : {})
  }
}

const byPosition = (a: Result, b: Result): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.messageId < b.messageId ? -1 : 1)

/** What an invalid case expects of one finding; fields left out are not compared. */
export type Expected = Partial<Omit<Result, 'data'>> & { readonly messageId: string; readonly data?: Readonly<Record<string, string>> }

export interface ValidCase extends RunOptions {
  readonly name: string
  readonly files: Files
}

export interface InvalidCase extends ValidCase {
  /** In order of file, line, column, then messageId. */
  readonly errors: readonly Expected[]
}

/** `valid` cases must stay silent; `invalid` ones must give exactly the expected findings. */
export function testRule(rule: Rule, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(runRule(rule, c.files, c).map((r) => r.message)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const results = runRule(rule, c.files, c)
          expect(results.map((r) => r.messageId)).toEqual(c.errors.map((e) => e.messageId))
          results.forEach((result, i) => {
            const expected = c.errors[i]!
            const { data, ...fields } = expected
            expect(result).toMatchObject(fields)
            if (data) expect(result.data).toMatchObject(data)
          })
        })
      }
    })
  })
}

/** A package.json that makes the repository a NextChat deployment. */
export const nextchatRepo: Files = { 'package.json': '{"name":"nextchat"}\n' }

/**
 * chatgpt-web as upstream lays it out: the root package names the front end, `service/` reads the variables. The root
 * name alone does not make a repository chatgpt-web's (a rewrite may keep it and drop the service).
 */
export const chatgptWebRepo: Files = { 'package.json': '{"name":"chatgpt-web"}\n', 'service/package.json': '{"name":"chatgpt-web-service"}\n' }

/** A package.json of an app built on the OpenAI SDK. */
export const openaiSdkRepo: Files = { 'package.json': '{"name":"my-app","dependencies":{"openai":"^4.0.0"}}\n' }
