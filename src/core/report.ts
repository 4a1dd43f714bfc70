import { effectiveUrl } from '../clients/effective-url.js'
import type { Entry, Finding, LintResult, Severity } from './types.js'
import type { Pairing, Scope } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import type { ReportContext, ScopeReport } from '../reporters/types.js'
import type { RuleMeta } from '../rules/types.js'
import { TOOL } from '../version.js'
import { maskSecret, maskStraySecrets } from './redact.js'

/** Turns a lint result into what reporters read: masked scope tables, rule metadata, counts. */
export function buildReportContext(
  result: LintResult,
  options: { readonly rules: readonly RuleMeta[]; readonly catalog: ProviderCatalog; readonly failOn: Severity | 'never' }
): ReportContext {
  return {
    // Defence in depth, for every output at once: a key a rule forgot to declare, in a format the core's scan skips.
    findings: result.findings.map((finding) => safeFinding(finding, options.catalog)),
    rules: options.rules,
    scopes: result.model.scopes.filter((s) => s.pairs.length > 0).map((s) => scopeReport(s, options.catalog)),
    tool: TOOL,
    stats: result.stats,
    failOn: options.failOn
  }
}

function scopeReport(scope: Scope, catalog: ProviderCatalog): ScopeReport {
  return {
    id: scope.id,
    file: scope.file,
    label: scope.label,
    client: scope.client.profile.name,
    rows: scope.pairs.map((pair) => row(pair, catalog))
  }
}

function row(pair: Pairing, catalog: ProviderCatalog): ScopeReport['rows'][number] {
  const base = pair.baseUrl?.value ?? pair.baseUrlVar?.defaultUrl
  const effective = base !== undefined && pair.baseUrlVar && pair.baseUrl?.form !== 'reference' ? effectiveUrl(base, pair.baseUrlVar).url : undefined
  const keyProvider = pair.key?.form === 'literal' && pair.key.value ? catalog.identifyKey(pair.key.value)?.provider.name : undefined
  return {
    ...(pair.key ? { keyName: pair.key.key } : {}),
    ...(pair.key ? { keyMasked: showKey(pair.key) } : {}),
    ...(keyProvider ? { keyProvider } : {}),
    ...(pair.baseUrl ? { baseUrlName: pair.baseUrl.key } : {}),
    ...(base !== undefined ? { baseUrl: maskStraySecrets(base, catalog) } : {}),
    ...(pair.model?.value ? { model: maskStraySecrets(pair.model.value, catalog) } : {}),
    ...(effective ? { effectiveUrl: maskStraySecrets(effective, catalog) } : {})
  }
}

/** References (`${{ secrets.X }}`) are shown as written; literal keys only masked. */
function showKey(entry: Entry): string {
  if (entry.form === 'reference') return (entry.raw ?? entry.value ?? '').trim()
  return entry.value ? maskSecret(entry.value) : ''
}

/** Messages and fixes quote values, and a key pasted where a URL or model belongs must still not leak. */
function safeFinding(finding: Finding, catalog: ProviderCatalog): Finding {
  const message = maskStraySecrets(finding.message, catalog)
  const fix = finding.fix === undefined ? undefined : maskStraySecrets(finding.fix, catalog)
  return message === finding.message && fix === finding.fix ? finding : { ...finding, message, ...(fix !== undefined && { fix }) }
}
