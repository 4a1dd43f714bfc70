import { describe, it, expect } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import type { Finding } from '../../src/core/types.js'
import { pascalCase, renderSarif, SARIF_SCHEMA_URI, sarifReporter } from '../../src/reporters/sarif.js'
import { expectGolden } from '../helpers/golden.js'
import { expectNoSecrets, reportContext } from './report-fixture.js'

/**
 * The SARIF 2.1.0 schema as published in @microsoft/sarif-multitool-linux 5.7.0 (`sarif-2.1.0.json`,
 * MIT), unchanged: the OASIS schema, declared as JSON Schema 2020-12.
 */
const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as object

const validate = (() => {
  const ajv = new Ajv2020({ allErrors: true })
  // ajv ships no format checks of its own (ajv-formats is not a dependency): these are the four the schema uses.
  ajv.addFormat('uri', value => URL.canParse(value))
  ajv.addFormat('uri-reference', value => URL.canParse(value, 'https://base.test/') && !/[\s%](?![0-9A-Fa-f]{2})/.test(value))
  ajv.addFormat('date-time', value => !Number.isNaN(Date.parse(value)))
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
  return ajv.compile(schema)
})()

interface SarifResult {
  readonly ruleId: string
  readonly ruleIndex?: number
  readonly level: string
  readonly message: { readonly text: string }
  readonly locations: readonly { readonly physicalLocation: { readonly artifactLocation: { readonly uri: string }; readonly region: Record<string, number> } }[]
  readonly partialFingerprints: { readonly primaryLocationLineHash: string }
  readonly suppressions?: readonly { readonly kind: string; readonly justification?: string }[]
  readonly fixes?: readonly unknown[]
  readonly properties: { readonly messageId: string; readonly tip?: string; readonly helpUri: string }
}

interface SarifRule {
  readonly id: string
  readonly name: string
  readonly shortDescription: { readonly text: string }
  readonly fullDescription: { readonly text: string }
  readonly help: { readonly text: string; readonly markdown: string }
  readonly helpUri: string
  readonly defaultConfiguration: { readonly level: string }
  readonly properties: { readonly tags: readonly string[]; readonly precision: string; readonly 'security-severity'?: string }
}

function parse(text: string): { $schema: string; version: string; runs: { tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } }; automationDetails: { id: string }; results: SarifResult[] }[] } {
  return JSON.parse(text)
}

describe('renderSarif', () => {
  const text = renderSarif(reportContext())
  const log = parse(text)
  const run = log.runs[0]!

  it('renders the report (golden) without any secret', () => {
    expectNoSecrets(text)
    expectGolden('report.sarif.json', text)
  })

  it('is valid against the SARIF 2.1.0 schema', () => {
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('the validator does reject broken logs', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false)
    expect(validate({ ...log, version: '2.0.0' })).toBe(false)
  })

  it('describes the tool and every rule as code scanning requires', () => {
    expect(log.$schema).toBe(SARIF_SCHEMA_URI)
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver).toMatchObject({ name: 'llm-env-lint', semanticVersion: '0.0.0-test', informationUri: 'https://github.com/llm-env-lint/llm-env-lint' })
    expect(run.automationDetails.id).toBe('llm-env-lint/')
    expect(run.tool.driver.rules.map(rule => rule.id)).toEqual(reportContext().rules.map(rule => rule.id))
    for (const rule of run.tool.driver.rules) {
      expect(rule.name).toBe(pascalCase(rule.id))
      expect(rule.name.length).toBeLessThanOrEqual(255)
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024)
      expect(rule.help.text).toContain(rule.helpUri)
      expect(rule.help.markdown).toContain(`(${rule.helpUri})`)
      expect(rule.helpUri).toBe(`https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules/${rule.id}.md`)
    }
    const leaked = run.tool.driver.rules.find(rule => rule.id === 'leaked-key')!
    expect(leaked.properties).toEqual({ tags: ['security', 'llm-config'], precision: 'high', 'security-severity': '8.0' })
    const version = run.tool.driver.rules.find(rule => rule.id === 'base-url-path')!
    expect(version.properties['security-severity']).toBeUndefined()
    expect(version.defaultConfiguration.level).toBe('error')
  })

  it('links every result to its message\'s section of the rule docs, with the tip, and lists the tips in the rule\'s help', () => {
    const context = reportContext()
    run.results.forEach((result, i) => {
      const finding = context.findings[i]!
      expect(result.properties).toEqual({
        messageId: finding.messageId,
        ...(finding.tip !== undefined && { tip: finding.tip }),
        helpUri: `https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules/${finding.ruleId}.md#${finding.messageId.toLowerCase()}`
      })
      expect(result.message.text).toBe(finding.tip === undefined ? finding.message : `${finding.message}: ${finding.tip}`)
    })
    const path = run.tool.driver.rules.find(rule => rule.id === 'base-url-path')!
    expect(path.help.markdown).toContain('- [doubledVersion](https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules/base-url-path.md#doubledversion): use `{{fix}}`')
    expect(path.help.text).toContain('- doubledVersion: use "{{fix}}" (https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules/base-url-path.md#doubledversion)')
  })

  it('keeps every finding with its rule index, level, region and fingerprint', () => {
    const context = reportContext()
    expect(run.results).toHaveLength(context.findings.length)
    run.results.forEach((result, i) => {
      const finding = context.findings[i]!
      expect(run.tool.driver.rules[result.ruleIndex!]!.id).toBe(result.ruleId)
      expect(result.level).toBe(finding.severity)
      expect(result.partialFingerprints.primaryLocationLineHash).toBe(finding.fingerprint)
      expect(result.locations[0]!.physicalLocation.region).toEqual({
        startLine: finding.span.start.line,
        startColumn: finding.span.start.column,
        endLine: finding.span.end.line,
        endColumn: finding.span.end.column
      })
    })
  })

  it('writes repository-relative URIs, percent-encoded', () => {
    const uris = run.results.map(result => result.locations[0]!.physicalLocation.artifactLocation.uri)
    expect(uris).toContain('config/litellm%20config.yaml')
    expect(uris).toContain('.github/workflows/preview.yml')
    expect(uris.every(uri => !uri.startsWith('/') && !uri.includes('://'))).toBe(true)
  })

  it('keeps suppressed findings with a suppression', () => {
    const suppressed = run.results.filter(result => result.suppressions)
    expect(suppressed).toHaveLength(1)
    expect(suppressed[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'revoked key kept as an example' }])
    const config: Finding = { ...reportContext().findings[0]!, suppressed: { by: 'config' } }
    const external = parse(renderSarif({ ...reportContext(), findings: [config] })).runs[0]!.results[0]!
    expect(external.suppressions).toEqual([{ kind: 'external' }])
  })

  it('gives findings with a one-line fix a replacement', () => {
    const withFix = run.results.filter(result => result.fixes)
    expect(withFix.map(result => result.ruleId)).toEqual(['base-url-path', 'env-name-unused', 'base-url-not-api'])
  })

  it('keeps partial fingerprints when unrelated lines move', () => {
    const context = reportContext()
    const moved = context.findings.map(finding => ({
      ...finding,
      span: { start: { ...finding.span.start, line: finding.span.start.line + 3 }, end: { ...finding.span.end, line: finding.span.end.line + 3 } }
    }))
    const before = run.results.map(result => result.partialFingerprints)
    const after = parse(renderSarif({ ...context, findings: moved })).runs[0]!.results
    expect(after.map(result => result.partialFingerprints)).toEqual(before)
    expect(after[0]!.locations[0]!.physicalLocation.region['startLine']).toBe(run.results[0]!.locations[0]!.physicalLocation.region['startLine']! + 3)
  })

  it('leaves out ruleIndex for a rule not in the list, and stays valid', () => {
    const orphan: Finding = { ...reportContext().findings[0]!, ruleId: 'not-a-rule' }
    const result = parse(renderSarif({ ...reportContext(), findings: [orphan] }))
    expect(result.runs[0]!.results[0]!.ruleIndex).toBeUndefined()
    expect(validate(result)).toBe(true)
  })

  it('is the sarif reporter', () => {
    expect(sarifReporter.format).toBe('sarif')
    expect(sarifReporter.render(reportContext())).toBe(text)
  })

  it('makes PascalCase names', () => {
    expect(pascalCase('base-url-path')).toBe('BaseUrlPath')
    expect(pascalCase('parse-error')).toBe('ParseError')
  })
})

describe('findings without a file', () => {
  it('are left out: code scanning rejects a result without a location', () => {
    const context = reportContext()
    const fileless: Finding = { ...context.findings[0]!, file: '', fingerprint: 'no-file' }
    const log = parse(renderSarif({ ...context, findings: [...context.findings, fileless] }))
    expect(log.runs[0]!.results).toHaveLength(context.findings.length)
    expect(validate(log)).toBe(true)
  })
})
