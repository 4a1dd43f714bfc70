import { effectiveUrl, expectedBase } from '../clients/effective-url.js'
import type { BaseUrlVar } from '../clients/types.js'
import { kindLabel } from '../core/kinds.js'
import { showUrl } from '../core/url.js'
import type { ProviderCatalog } from '../providers/types.js'
import { apiProviderOf, baseUrlSites, endpointOf, parsedUrlValues, type UrlValue } from './base-urls.js'
import { clientName, isKnownClient, valueSpan } from './entries.js'
import { nameRole } from '../model/names.js'
import type { Scope } from '../model/types.js'
import type { Entry, Severity } from '../core/types.js'
import { defineRule } from './types.js'

/**
 * A full endpoint where a base belongs. Every client appends its own request path, so
 * `…/v1/chat/completions` becomes `…/v1/chat/completions/v1/chat/completions` in NextChat and
 * `…/chat/completions/chat/completions` in the SDKs: 404 (NextChat #1185, #4473). LibreChat's
 * `*_REVERSE_PROXY` variables are the one exception: `extractBaseURL()` cuts a pasted endpoint back.
 * Where the value is meant to be the chat endpoint itself (LibreChat `directEndpoint: true`), it must be
 * one: llama.cpp's native `/completion` takes no chat request.
 */
export const rule = defineRule({
  meta: {
    id: 'base-url-endpoint',
    description: 'A base URL is a full endpoint such as /chat/completions instead of an API root',
    severity: 'error',
    autofix: ['endpoint', 'endpointAsBase'],
    messages: {
      endpoint: '{{name}} in {{fileKind}} is the full {{endpoint}} endpoint, and {{client}} appends its own path to it, calling {{url}}',
      endpointAsBase: '{{name}} in {{fileKind}} is the full {{endpoint}} endpoint where an API root belongs',
      notChatEndpoint:
        '{{name}} in {{fileKind}} is where {{client}} posts chat requests as they are, but {{endpoint}} is not a chat endpoint'
    },
    tips: {
      endpoint: 'use "{{fix}}"',
      endpointAsBase: 'use "{{fix}}"',
      notChatEndpoint: "use the server's /v1/chat/completions"
    }
  },
  check(context) {
    const sites = baseUrlSites(context.model, context.providers)
    for (let s = 0; s < sites.length; s++) {
      const { scope, entry, variable, placeholder } = sites[s]!
      if (placeholder) continue
      if (scope.client.profile.id === 'librechat' && entry.key.endsWith('_REVERSE_PROXY')) continue
      const values = parsedUrlValues(entry, variable)
      for (let v = 0; v < values.length; v++) {
        const value = values[v]!
        const endpoint = endpointOf(value.url)
        if (variable?.fullEndpoint && endpoint !== undefined && !CHAT_ENDPOINTS.has(endpoint)) {
          context.report({
            messageId: 'notChatEndpoint',
            data: { name: entry.key, fileKind: kindLabel(entry.kind), endpoint, client: clientName(scope.client) },
            file: entry.file,
            span: valueSpan(entry),
            entry,
            scope: scope.id
          })
          break
        }
        // Verbatim variables hold an endpoint on purpose.
        if (!endpoint || variable?.convention === 'verbatim') continue
        const fix = fixFor(value, endpoint, variable, context.providers)
        const data = { name: entry.key, fileKind: kindLabel(entry.kind), endpoint, fix }
        context.report({
          ...(variable
            ? { messageId: 'endpoint', data: { ...data, client: clientName(scope.client), url: showUrl(effectiveUrl(value.text, variable).url) } }
            : { messageId: 'endpointAsBase', data }),
          file: entry.file,
          span: valueSpan(entry),
          entry,
          fix,
          ...severityFor(scope, entry, value, variable),
          scope: scope.id
        })
        break
      }
    }
  }
})

const CHAT_ENDPOINTS: ReadonlySet<string> = new Set(['/chat/completions', '/responses'])

/**
 * How sure the finding is. Some clients (or some of their versions) cut a pasted endpoint themselves: a note. A
 * guessed client or a generic name is a guess about the join: a warning. A name only its prefix pairs
 * (`SILICONFLOW_API_ENDPOINT`, `DEEPSEEK_API_URL`) is read by the app's own code, which often posts to it as written:
 * a note, unless the name says base (`*_BASE_URL`).
 */
function severityFor(scope: Scope, entry: Entry, value: UrlValue, variable: BaseUrlVar | undefined): { readonly severity?: Severity } {
  if (strippedByClient(value.text, variable)) return { severity: 'note' }
  if (!variable) {
    const role = nameRole(entry.key)
    return { severity: role?.role === 'base' && role.strength === 'strong' ? 'warning' : 'note' }
  }
  return !isKnownClient(scope.client) || variable.generic === true ? { severity: 'warning' } : {}
}

/** The client cuts this tail off before joining (LibreChat's extractBaseURL). */
const strippedByClient = (text: string, variable: BaseUrlVar | undefined): boolean =>
  variable?.strips?.some(({ tail }) => text.toLowerCase().replace(/[?#].*$/, '').endsWith(tail)) === true

/**
 * The base without the endpoint, in the variable's convention: the provider's expected base when the
 * host is known; otherwise the stripped URL, minus a trailing version for clients that add it themselves.
 */
function fixFor(value: UrlValue, endpoint: string, variable: BaseUrlVar | undefined, catalog: ProviderCatalog): string {
  const withoutQuery = value.text.replace(/[?#].*$/, '').replace(/\/+$/, '')
  const stripped = withoutQuery.slice(0, withoutQuery.length - endpoint.length)
  const provider = apiProviderOf(stripped, catalog)
  const expected = provider && variable ? expectedBase(provider, variable, value.url) : undefined
  if (expected !== undefined && !expected.includes('{')) return expected
  return variable?.convention === 'host-root' ? stripped.replace(/\/v\d+$/, '') : stripped
}
