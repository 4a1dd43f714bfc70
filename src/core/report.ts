import { effectiveUrl } from '../clients/effective-url.js'
import type { Entry, LintResult, Severity } from './types.js'
import type { Pairing, Scope } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import type { ReportContext, ScopeReport } from '../reporters/types.js'
import type { RuleMeta } from '../rules/types.js'
import { TOOL } from '../version.js'
import { maskSecret, scrubSecrets } from './redact.js'

/** Turns a lint result into what reporters read: masked scope tables, rule metadata, counts. */
export function buildReportContext(
  result: LintResult,
  options: { readonly rules: readonly RuleMeta[]; readonly catalog: ProviderCatalog; readonly failOn: Severity | 'never' }
): ReportContext {
  return {
    findings: result.findings,
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
    ...(base !== undefined ? { baseUrl: safeText(base, catalog) } : {}),
    ...(pair.model?.value ? { model: safeText(pair.model.value, catalog) } : {}),
    ...(effective ? { effectiveUrl: safeText(effective, catalog) } : {})
  }
}

/** References (`${{ secrets.X }}`) are shown as written; literal keys only masked. */
function showKey(entry: Entry): string {
  if (entry.form === 'reference') return (entry.raw ?? entry.value ?? '').trim()
  return entry.value ? maskSecret(entry.value) : ''
}

/** URLs and model names are not secrets, but a key pasted into one must still not leak. */
function safeText(text: string, catalog: ProviderCatalog): string {
  const withoutUserinfo = text.replace(/(\/\/[^/@\s]*:)[^/@\s]+@/, '$1…@')
  return scrubSecrets(withoutUserinfo, catalog.scanText(withoutUserinfo).map((h) => h.token))
}
