import { effectiveUrl, suggestedBase } from '../clients/effective-url.js'
import type { BaseUrlVar, KeyVar } from '../clients/types.js'
import { kindLabel } from '../core/kinds.js'
import { maskSecret } from '../core/redact.js'
import type { Entry } from '../core/types.js'
import { hostOf, parseUrl, showUrl } from '../core/url.js'
import type { Pairing, Scope } from '../model/types.js'
import { isKeyProviderMismatch } from '../providers/key-match.js'
import type { Provider, ProviderCatalog } from '../providers/types.js'
import { apiProviderOf, parsedUrlValues, urlMatch } from './base-urls.js'
import { clientName, isKnownClient, once, valueOf, valueSpan } from './entries.js'
import { carriesAnyKey, keyItems } from './keys.js'
import { providerNamedBy } from './names.js'
import { defineRule, type ReportDescriptor } from './types.js'

type MessageId = 'keyHost' | 'keyDefault' | 'secretHost' | 'secretValue' | 'fallbackBase'

/**
 * A key sent to another provider's API is rejected with 401 (the RutaAPI guide's first error). Judged
 * only on facts that name a provider for certain: a key format of `unique` confidence (never the
 * `sk-` + 32 hex or + 48 shapes several providers share), a secret name that names one provider, and a
 * host in the registry. Gateways that pass provider keys through (Cloudflare AI Gateway, LiteLLM) and
 * local servers accept any key. Secret names with "openai" are left alone: people store any
 * OpenAI-compatible key under that name.
 *
 * When the run knows what a `${{ secrets.X }}` holds (the action's `secrets` input), the value is judged
 * instead of the name, offline: no request is sent.
 *
 * When the client reads keys of the key's provider from a variable of their own (NextChat
 * `ANTHROPIC_API_KEY`, `GOOGLE_API_KEY`, `XAI_API_KEY`…), the remedy is to move the key there, not to point
 * the base URL at that provider: NextChat would then send Anthropic keys to Anthropic's OpenAI-compatible
 * layer, which Anthropic offers for testing, not production.
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
      keyHost: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} sends it to {{hostProvider}} ({{host}})',
      keyDefault: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} is not set, so {{client}} sends it to {{hostProvider}}',
      secretHost: '{{name}} in {{fileKind}} gets secret {{secret}}, named for {{keyProvider}}, but {{baseName}} sends it to {{hostProvider}} ({{host}})',
      secretValue:
        '{{name}} in {{fileKind}} gets secret {{secret}}, which holds {{keyProvider}} key {{masked}}, but the key goes to {{hostProvider}} ({{host}})',
      fallbackBase:
        '{{name}} in {{fileKind}} is set but {{variable}} is not, so {{client}} sends {{provider}} requests to {{fallback}} ({{url}})'
    },
    tips: {
      keyHost: '{{remedy}}',
      keyDefault: '{{remedy}}',
      secretHost: '{{remedy}}',
      secretValue: '{{remedy}}',
      fallbackBase: 'set {{variable}} to "{{fix}}"'
    }
  },
  check(context) {
    const fresh = once()
    const found: ReportDescriptor<MessageId>[] = []
    const { scopes } = context.model
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!
      for (let p = 0; p < scope.pairs.length; p++) {
        const report = judge(scope, scope.pairs[p]!, context.providers, context.secretValues)
        if (report) found.push(report)
      }
    }
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

function judge(scope: Scope, pair: Pairing, catalog: ProviderCatalog, secretValues?: ReadonlyMap<string, string>): ReportDescriptor<MessageId> | undefined {
  const key = pair.key
  if (!key || !isSet(key)) return undefined
  const variable = pair.baseUrlVar
  if (variable && pair.baseUrl && variable.name !== pair.baseUrl.key) return fallback(scope, key, pair.baseUrl, variable, catalog)
  const secret = secretOf(key, secretValues)
  // What the key says about its provider first: most keys say nothing, and then the URL needs no look.
  const all = keyItems(secret ? { ...key, form: 'literal', value: secret.value } : key, catalog)
  const items = all.filter((i) => i.match?.format.confidence === 'unique')
  const named = items.length === 0 && !secret && key.form === 'reference' && key.ref ? providerNamedBy(key.ref.name, catalog) : undefined
  if (items.length === 0 && (!named || named.id === 'openai')) return undefined
  const target = destination(scope, pair, catalog)
  if (!target || carriesAnyKey(target.provider)) return undefined
  const base = {
    name: key.key,
    fileKind: kindLabel(key.kind),
    baseName: pair.baseUrl?.key ?? variable?.name ?? 'the base URL',
    hostProvider: target.provider.name,
    host: target.host,
    client: clientName(scope.client)
  }
  const wrong = items.find((i) => isKeyProviderMismatch(i.match, target.provider))
  if (wrong) {
    const keyProvider = wrong.match!.provider
    const data = { ...base, keyProvider: keyProvider.name, masked: maskSecret(wrong.value) }
    const secrets = [...(secret ? [secret.value] : []), ...all.map((i) => i.value)]
    if (secret) return report(scope, pair, keyProvider, 'secretValue', { ...data, secret: secret.name }, `store the ${target.provider.name} key in ${secret.name}`, secrets)
    const found = report(scope, pair, keyProvider, target.isDefault ? 'keyDefault' : 'keyHost', data, target.isDefault ? undefined : `use a key from ${target.provider.name}`, secrets)
    // An app's code may pass the SDK a base URL of its own (`OpenAI(base_url="https://openrouter.ai/api/v1")`).
    return target.isDefault && scope.client.profile.inApp === true ? { ...found, severity: 'note' } : found
  }
  // A name that fits the destination too is no mismatch (`OLLAMA_API_KEY` sent to Ollama Cloud).
  if (named && named.id !== target.provider.id && !target.isDefault && !nameFits(key.ref!.name, target.provider)) {
    return report(scope, pair, named, 'secretHost', { ...base, secret: key.ref!.name, keyProvider: named.name }, `use the secret holding the ${target.provider.name} key`)
  }
  return undefined
}

/** The name's words include a word of the provider's name or id (`OLLAMA_API_KEY` fits Ollama Cloud). */
function nameFits(name: string, provider: Provider): boolean {
  const words = new Set(name.toLowerCase().split(/[^a-z0-9]+/))
  return [...provider.id.split('-'), ...provider.name.toLowerCase().split(/[^a-z0-9]+/)].some((w) => w.length > 3 && words.has(w))
}

/** The value of the `${{ secrets.X }}` a key entry references, when the run was given it. */
function secretOf(key: Entry, secretValues?: ReadonlyMap<string, string>): { readonly name: string; readonly value: string } | undefined {
  if (key.form !== 'reference' || key.ref?.context !== 'secrets') return undefined
  const value = secretValues?.get(key.ref.name)
  return value?.trim() ? { name: key.ref.name, value } : undefined
}

/**
 * The finding for a key of `keyProvider` sent elsewhere, with its remedy: move the key to the variable the
 * client reads for that provider, or else point the base URL at the key's provider (after `otherRemedy`, the
 * alternative of replacing the key, when there is one).
 */
function report(
  scope: Scope,
  pair: Pairing,
  keyProvider: Provider,
  messageId: Exclude<MessageId, 'fallbackBase'>,
  data: Readonly<Record<string, string>>,
  otherRemedy: string | undefined,
  secrets: readonly string[] = []
): ReportDescriptor<MessageId> {
  const key = pair.key!
  const common = { messageId, entry: key, scope: scope.id, file: key.file, ...(secrets.length > 0 && { secrets }) }
  const dedicated = dedicatedKeyVar(scope, pair, keyProvider)
  if (dedicated) {
    return { ...common, span: key.keySpan, data: { ...data, remedy: moveRemedy(scope, keyProvider, dedicated) }, fix: dedicated.name }
  }
  const variable = pair.baseUrlVar
  const fix = suggestedBase(keyProvider, variable) ?? keyProvider.apiRoot
  const setBase = `set ${data['baseName']} to "${fix}"`
  const remedy = otherRemedy ? `${otherRemedy}, or ${setBase}` : setBase
  return { ...common, span: valueSpan(key), data: { ...data, remedy, fix }, fix }
}

/** The variable an identified client reads keys of `provider` from, when the key sits in another of its variables. */
function dedicatedKeyVar(scope: Scope, pair: Pairing, provider: Provider): KeyVar | undefined {
  if (pair.by !== 'profile' || !pair.keyVar || !isKnownClient(scope.client)) return undefined
  const found = scope.client.profile.keyVars.find((v) => v.provider === provider.id)
  return found && found.name !== pair.keyVar.name ? found : undefined
}

/**
 * `NextChat reads Anthropic keys from ANTHROPIC_API_KEY: move the key there`, and, when that variable's base URL
 * falls back to one this scope sets (NextChat `ANTHROPIC_URL` → `BASE_URL`), the base URL it then needs.
 */
function moveRemedy(scope: Scope, provider: Provider, dedicated: KeyVar): string {
  const move = `${clientName(scope.client)} reads ${provider.name} keys from ${dedicated.name}: move the key there`
  const own = scope.client.profile.baseUrlVars.find((v) => v.name === dedicated.baseUrlVar)
  const isSetHere = (name: string | undefined): boolean => scope.entries.some((e) => e.key === name && valueOf(e)?.trim() !== '')
  if (!own?.fallback || !isSetHere(own.fallback) || isSetHere(own.name)) return move
  const base = suggestedBase(provider, own) ?? provider.apiRoot
  return `${move} and set ${own.name} to "${base}", or ${provider.name} requests go to ${own.fallback} too`
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
  const fix = suggestedBase(meant, variable) ?? meant.apiRoot
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
