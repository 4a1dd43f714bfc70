/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF viewers.
 * Field choices follow GitHub's "SARIF support for code scanning" page: every rule in `tool.driver.rules`
 * with the texts it requires, repository-relative URIs, full regions, and `partialFingerprints` from the
 * core's content hash so alerts survive unrelated edits that move lines.
 */
import type { Fix, Log, Region, ReportingDescriptor, Result } from 'sarif'
import { withTip } from '../core/message.js'
import type { Finding, Severity, Span } from '../core/types.js'
import type { RuleMeta } from '../rules/types.js'
import { ruleDocUrl } from './doc-url.js'
import { escapeText, link, messageMarkdown } from './markdown-escape.js'
import type { ReportContext, Reporter } from './types.js'

/** The schema URI GitHub's documentation uses. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/**
 * `security-severity` for security rules, by default level: GitHub reads 7.0–8.9 as high, 4.0–6.9 as
 * medium, 0.1–3.9 as low.
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', note: '2.0' }

/** `base-url-has-version` → `BaseUrlHasVersion`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(word => word[0]!.toUpperCase() + word.slice(1))
    .join('')
}

/**
 * The rule's help: its description, then each message's tip (templates, `{{placeholders}}` as written) linked to
 * the message's section of the docs, then the page. Code scanning shows it under every alert of the rule.
 */
function help(context: ReportContext, rule: RuleMeta): { readonly text: string; readonly markdown: string } {
  const page = ruleDocUrl(context.tool, rule.id)
  const tips = Object.keys(rule.messages).flatMap(id => {
    const tip = rule.tips?.[id]
    return tip === undefined ? [] : [{ id, tip, url: ruleDocUrl(context.tool, rule.id, id) }]
  })
  const text = [rule.description, ...tips.map(({ id, tip, url }) => `- ${id}: ${tip} (${url})`), `Documentation: ${page}`]
  const markdown = [
    escapeText(rule.description),
    ...(tips.length > 0 ? [tips.map(({ id, tip, url }) => `- ${link(id, url)}: ${messageMarkdown(tip)}`).join('\n')] : []),
    link(`Documentation of ${rule.id}`, page)
  ]
  return { text: text.join('\n'), markdown: markdown.join('\n\n') }
}

function reportingDescriptor(context: ReportContext, rule: RuleMeta): ReportingDescriptor {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: help(context, rule),
    helpUri: ruleDocUrl(context.tool, rule.id),
    defaultConfiguration: { level: rule.severity },
    properties: {
      tags: rule.security ? ['security', 'llm-config'] : ['correctness', 'llm-config'],
      precision: 'high',
      ...(rule.security ? { 'security-severity': SECURITY_SEVERITY[rule.severity] } : {})
    }
  }
}

/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
function artifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/')
}

/** SARIF regions use 1-based lines and columns with an exclusive end column, as our spans do (UTF-16 units). */
function region(span: Span): Region {
  return {
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column
  }
}

/** A SARIF fix from the finding's edit: the exact text its fix replaces (a quoted value's quotes stay). */
function fixes({ edit, file }: Finding): Fix[] | undefined {
  if (edit === undefined) return undefined
  return [
    {
      description: { text: `Change it to "${edit.replacement}"` },
      artifactChanges: [
        {
          artifactLocation: { uri: artifactUri(file) },
          replacements: [{ deletedRegion: region(edit.range), insertedContent: { text: edit.replacement } }]
        }
      ]
    }
  ]
}

/**
 * One result. Its text is message and tip on one line (code scanning shows the text only); the message id, the tip
 * and the link to the message's section of the docs go in its property bag.
 */
function result(context: ReportContext, finding: Finding, ruleIndex: number): Result {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: finding.severity,
    message: { text: withTip(finding.message, finding.tip) },
    locations: [{ physicalLocation: { artifactLocation: { uri: artifactUri(finding.file) }, region: region(finding.span) } }],
    // Code scanning matches alerts across runs by this hash; ours is built from content, not line numbers.
    partialFingerprints: { primaryLocationLineHash: finding.fingerprint },
    fixes: fixes(finding),
    suppressions: finding.suppressed
      ? [
          {
            kind: finding.suppressed.by === 'inline' ? 'inSource' : 'external',
            ...(finding.suppressed.reason ? { justification: finding.suppressed.reason } : {})
          }
        ]
      : undefined,
    properties: {
      messageId: finding.messageId,
      ...(finding.tip !== undefined && { tip: finding.tip }),
      helpUri: ruleDocUrl(context.tool, finding.ruleId, finding.messageId)
    }
  }
}

/** The SARIF log as pretty-printed JSON, ending in a newline. Pure. */
export function renderSarif(context: ReportContext): string {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]))
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: context.tool.name,
            semanticVersion: context.tool.version,
            informationUri: context.tool.informationUri ?? context.tool.docsBaseUrl,
            rules: context.rules.map(rule => reportingDescriptor(context, rule))
          }
        },
        automationDetails: { id: `${context.tool.name}/` },
        columnKind: 'utf16CodeUnits',
        // A probe of the action's own inputs can have no file; code scanning rejects a result without a location.
        results: context.findings.filter(finding => finding.file !== '').map(finding => result(context, finding, ruleIndex.get(finding.ruleId) ?? -1))
      }
    ]
  }
  // JSON.stringify drops the `undefined` members (optional fixes and suppressions).
  return `${JSON.stringify(log, null, 2)}\n`
}

/** {@link renderSarif} as a {@link Reporter}. */
export const sarifReporter: Reporter<string> = { format: 'sarif', render: renderSarif }
