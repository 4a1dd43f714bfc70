import { effectiveUrl, expectedBase } from '../clients/effective-url.js'
import type { BaseUrlVar } from '../clients/types.js'
import { maskSecret } from '../core/redact.js'
import type { Entry } from '../core/types.js'
import type { Pairing, Scope } from '../model/types.js'
import type { Provider, ProviderCatalog } from '../providers/types.js'
import { defineRule, type ReportDescriptor } from './types.js'
import {
  apiProviderOf,
  carriesAnyKey,
  clientName,
  hostOf,
  isKnownClient,
  keyItems,
  kindLabel,
  once,
  pairings,
  parseUrl,
  parsedUrlValues,
  providerNamedBy,
  showUrl,
  urlMatch,
  valueOf,
  valueSpan
} from './util.js'

type MessageId = 'keyHost' | 'keyDefault' | 'secretHost' | 'fallbackBase'

/**
 * A key sent to another provider's API is rejected with 401 (the RutaAPI guide's first error). Judged
 * only on facts that name a provider for certain: a key format of `unique` confidence (never the
 * `sk-` + 32 hex or + 48 shapes several providers share), a secret name that names one provider, and a
 * host in the registry. Gateways that pass provider keys through (Cloudflare AI Gateway, LiteLLM) and
 * local servers accept any key. Secret names with "openai" are left alone: people store any
 * OpenAI-compatible key under that name.
 *
 * NextChat falls back from `ANTHROPIC_URL` to `BASE_URL` (`app/api/anthropic.ts`): with only `BASE_URL`
 * set to a relay, Claude requests go to `BASE_URL/v1/messages`, which one-api relays answer with
 * `Invalid URL (POST /v1/messages)` (NextChat #4478).
 */
export const rule = defineRule({
  meta: {
    id: 'provider-mismatch',
    description: 'An API key is sent to the base URL of a different provider',
    severity: 'error',
    messages: {
      keyHost: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} sends it to {{hostProvider}} ({{host}}): use a key from {{hostProvider}}, or set {{baseName}} to "{{fix}}"',
      keyDefault:
        '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} is not set, so {{client}} sends it to {{hostProvider}}: set {{baseName}} to "{{fix}}"',
      secretHost: '{{name}} in {{fileKind}} gets secret {{secret}}, named for {{keyProvider}}, but {{baseName}} sends it to {{hostProvider}} ({{host}}): use the secret holding the {{hostProvider}} key, or set {{baseName}} to "{{fix}}"',
      fallbackBase:
        '{{name}} in {{fileKind}} is set but {{variable}} is not, so {{client}} sends {{provider}} requests to {{fallback}} ({{url}}): set {{variable}} to "{{fix}}"'
    }
  },
  check(context) {
    const fresh = once()
    const found = [...pairings(context.model)].flatMap(({ scope, pair }) => judge(scope, pair, context.providers) ?? [])
    for (const report of whereWritten(found)) if (fresh(report.entry!, report.messageId)) context.report(report)
  }
})

/**
 * The same key sent to the same place can be seen twice: where it is written (the project `.env`) and
 * where a compose `${VAR}` reference brings it into a service. The written one is reported.
 */
function whereWritten(found: readonly ReportDescriptor<MessageId>[]): ReportDescriptor<MessageId>[] {
  const identity = (r: ReportDescriptor<MessageId>): string =>
    [r.messageId, valueOf(r.entry!) ?? r.entry!.ref?.name, r.data?.['host'] ?? r.data?.['url']].join('\0')
  const written = new Set(found.filter((r) => r.entry!.form !== 'reference').map(identity))
  return found.filter((r) => r.entry!.form !== 'reference' || !written.has(identity(r)))
}

function judge(scope: Scope, pair: Pairing, catalog: ProviderCatalog): ReportDescriptor<MessageId> | undefined {
  const key = pair.key
  if (!key || !isSet(key)) return undefined
  const variable = pair.baseUrlVar
  if (variable && pair.baseUrl && variable.name !== pair.baseUrl.key) return fallback(scope, key, pair.baseUrl, variable, catalog)
  // What the key says about its provider first: most keys say nothing, and then the URL needs no look.
  const all = keyItems(key, catalog)
  const items = all.filter((i) => i.match?.format.confidence === 'unique')
  const named = items.length === 0 && key.form === 'reference' && key.ref ? providerNamedBy(key.ref.name, catalog) : undefined
  if (items.length === 0 && (!named || named.id === 'openai')) return undefined
  const target = destination(scope, pair, catalog)
  if (!target || carriesAnyKey(target.provider)) return undefined
  const common = { file: key.file, span: valueSpan(key), entry: key, scope: scope.id }
  const fixFor = (provider: Provider): string => (variable && expectedBase(provider, variable)) ?? provider.apiRoot
  const base = {
    name: key.key,
    fileKind: kindLabel(key.kind),
    baseName: pair.baseUrl?.key ?? variable?.name ?? 'the base URL',
    hostProvider: target.provider.name,
    host: target.host
  }
  const wrong = items.find((i) => i.match!.provider.id !== target.provider.id)
  if (wrong) {
    const keyProvider = wrong.match!.provider
    return {
      ...common,
      messageId: target.isDefault ? 'keyDefault' : 'keyHost',
      data: { ...base, keyProvider: keyProvider.name, masked: maskSecret(wrong.value), client: clientName(scope.client), fix: fixFor(keyProvider) },
      fix: fixFor(keyProvider),
      secrets: all.map((i) => i.value)
    }
  }
  if (named && named.id !== target.provider.id && !target.isDefault) {
    return {
      ...common,
      messageId: 'secretHost',
      data: { ...base, secret: key.ref!.name, keyProvider: named.name, fix: fixFor(named) },
      fix: fixFor(named)
    }
  }
  return undefined
}

/** A key with a value: a literal that is not empty, or a reference filled in at deploy time. */
function isSet(key: Entry): boolean {
  const value = valueOf(key)
  return value === undefined ? key.form !== 'literal' : value.trim() !== ''
}

interface Destination {
  readonly provider: Provider
  readonly host: string
  /** No base URL is set: the client's default applies. */
  readonly isDefault: boolean
}

/**
 * The provider the key goes to: the paired base URL's API host, or, when none is set, the client's
 * default for the variable. The default is only trusted for an identified client: an unknown app may
 * read its base URL from a name we did not pair.
 */
function destination(scope: Scope, pair: Pairing, catalog: ProviderCatalog): Destination | undefined {
  if (pair.baseUrl) {
    const value = parsedUrlValues(pair.baseUrl, pair.baseUrlVar)[0]
    const match = value && urlMatch(value, catalog)
    return match?.role === 'api' && value ? { provider: match.provider, host: hostOf(value.url), isDefault: false } : undefined
  }
  const fallbackUrl = pair.baseUrlVar?.defaultUrl
  if (!fallbackUrl || !isKnownClient(scope.client)) return undefined
  const provider = apiProviderOf(fallbackUrl, catalog)
  const url = parseUrl(fallbackUrl)
  return provider && url && { provider, host: hostOf(url), isDefault: true }
}

/**
 * A key whose own base URL variable is unset, so its requests go to the variable it falls back to.
 * Wrong when that variable points at another provider's host, or at an unknown relay.
 */
function fallback(scope: Scope, key: Entry, to: Entry, variable: BaseUrlVar, catalog: ProviderCatalog): ReportDescriptor<MessageId> | undefined {
  const meant = variable.provider ? catalog.byId(variable.provider) : undefined
  const value = parsedUrlValues(to, variable)[0]
  const match = value && urlMatch(value, catalog)
  if (!meant || !value || (match?.role === 'api' && match.provider.id === meant.id)) return undefined
  const fix = expectedBase(meant, variable) ?? variable.defaultUrl ?? meant.apiRoot
  return {
    messageId: 'fallbackBase',
    data: {
      name: key.key,
      fileKind: kindLabel(key.kind),
      variable: variable.name,
      client: clientName(scope.client),
      provider: meant.name,
      fallback: to.key,
      url: showUrl(effectiveUrl(value.text, variable).url),
      fix
    },
    file: key.file,
    span: key.keySpan,
    entry: key,
    fix,
    scope: scope.id
  }
}
