import { effectiveUrl } from '../clients/effective-url.js'
import type { BaseUrlVar } from '../clients/types.js'
import type { Entry } from '../core/types.js'
import type { LintResult } from './types.js'
import type { Pairing, Scope } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import type { FailOn } from '../reporters/severity.js'
import type { ReportContext, ScopeReport } from '../reporters/types.js'
import type { RuleMeta } from '../rules/types.js'
import { TOOL } from '../version.js'
import { memoizeBy, memoizeBy2 } from '../core/memo.js'
import { maskSecret, maskStraySecrets, scrubSecrets } from '../core/redact.js'

/** Turns a lint result into what reporters read: masked scope tables, rule metadata, counts. */
export function buildReportContext(
  result: LintResult,
  options: { readonly rules: readonly RuleMeta[]; readonly catalog: ProviderCatalog; readonly failOn: FailOn }
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
    clientBasis: scope.client.how,
    ...(scope.client.evidence ? { clientEvidence: maskStraySecrets(scope.client.evidence, catalog) } : {}),
    clientConfidence: scope.client.confidence,
    rows: scope.pairs.map((pair) => row(pair, catalog))
  }
}

type Row = ScopeReport['rows'][number]

/** Fields set one by one, in the report's order, absent ones left out: a row per pairing, thousands in a repository. */
function row(pair: Pairing, catalog: ProviderCatalog): Row {
  // An empty setting is the client's default (`BASE_URL || DEFAULT`), never an empty base.
  const written = pair.baseUrl?.value
  const usesDefault = written === undefined || written.trim() === ''
  const base = usesDefault ? pair.baseUrlVar?.defaultUrl : written
  const effective = base !== undefined && pair.baseUrlVar && pair.baseUrl?.form !== 'reference' ? shownEffectiveUrl(base, pair.baseUrlVar, catalog) : undefined
  const keyProvider = pair.key?.form === 'literal' && pair.key.value ? catalog.identifyKey(pair.key.value)?.provider.name : undefined
  const out: { -readonly [F in keyof Row]: Row[F] } = {}
  if (pair.key) {
    out.keyName = pair.key.key
    out.keyMasked = showKey(pair.key, catalog)
  }
  if (keyProvider) out.keyProvider = keyProvider
  if (pair.baseUrl) out.baseUrlName = pair.baseUrl.key
  if (base !== undefined) out.baseUrl = maskText(base, catalog)
  if (usesDefault && base !== undefined) out.baseUrlDefault = true
  if (pair.model?.value) out.model = maskText(pair.model.value, catalog)
  if (effective) out.effectiveUrl = effective
  return out
}

/** Rows repeat the same URLs, models and references across scopes: each distinct text is masked once. */
const maskText = memoizeBy(maskStraySecrets)

/** The URL a client calls for a base, masked; remembered per variable, as the bases are. */
const shownEffectiveUrl = memoizeBy2((base: string, variable: BaseUrlVar, catalog: ProviderCatalog) => maskStraySecrets(effectiveUrl(base, variable).url, catalog))

/**
 * References (`${{ secrets.X }}`) are shown as written, but a default (`${OPENAI_API_KEY:-sk-…}`) is a literal key
 * like any other; literal keys only masked.
 */
function showKey(entry: Entry, catalog: ProviderCatalog): string {
  if (entry.form !== 'reference') return entry.value ? maskSecret(entry.value) : ''
  const written = (entry.raw ?? entry.value ?? '').trim()
  const fallback = entry.ref?.fallback
  return maskText(fallback ? scrubSecrets(written, [fallback]) : written, catalog)
}
