import { servesFamily, suggestedBase } from '../clients/effective-url.js'
import { kindLabel } from '../core/kinds.js'
import { hostOf, segments } from '../core/url.js'
import type { NonApiRole } from '../providers/types.js'
import { baseUrlSites, parsedUrlValues, urlMatch } from './base-urls.js'
import { valueSpan } from './entries.js'
import { defineRule } from './types.js'

/** How messages name what a non-API host serves. */
const ROLE_LABELS: Readonly<Record<NonApiRole, string>> = {
  marketing: 'website',
  dashboard: 'dashboard',
  docs: 'documentation site',
  'chat-app': 'chat app'
}

/**
 * A base URL on a provider's website, dashboard, docs or chat app instead of its API: the request
 * reaches an HTML page or a login redirect and fails with 404 or 405. Judged from the registry
 * (`nonApiHosts`, and `sharedWithWebsite` for a host that serves both, as `openrouter.ai` does without `/api`).
 */
export const rule = defineRule({
  meta: {
    id: 'base-url-not-api',
    description: 'A base URL points at a provider website, dashboard, docs or chat app instead of its API',
    severity: 'error',
    autofix: ['notApi'],
    messages: {
      notApi: '{{name}} in {{fileKind}} points at {{host}}, the {{provider}} {{role}}, not its API',
      lookalike: '{{name}} in {{fileKind}} points at {{host}}, the API of {{owner}}, not of {{provider}}: every request, key included, goes to another company',
      retired: '{{name}} in {{fileKind}} points at {{host}}, which {{provider}} stopped serving on {{date}}'
    },
    tips: {
      notApi: 'use "{{fix}}"',
      lookalike: 'use "{{fix}}"',
      retired: 'use "{{fix}}"'
    }
  },
  check(context) {
    const sites = baseUrlSites(context.model, context.providers)
    for (let s = 0; s < sites.length; s++) {
      const { scope, entry, variable, placeholder } = sites[s]!
      if (placeholder) continue
      const values = parsedUrlValues(entry, variable)
      for (let v = 0; v < values.length; v++) {
        const value = values[v]!
        const match = urlMatch(value, context.providers)
        if (!match || match.role === 'api') continue
        // Another company's API is someone's real setting unless a client sends LLM requests there: only a client's
        // own variable (a LibreChat endpoint's baseURL) says so, not a generic name (GEMINI_BASE_URL of a trading bot).
        // And only when the provider it was mistaken for serves the variable's API family, which the tip names.
        if (match.role === 'lookalike' && (!variable || variable.generic === true || !servesFamily(match.provider, variable.family))) continue
        // A chat app's backend (`chatgpt.com/backend-api/…`) under a name no client profile knows is some
        // tool's own upstream, not a misplaced API root.
        if (match.role === 'chat-app' && (!variable || variable.generic === true || segments(value.url.path).length > 0)) continue
        const { provider, role } = match
        const fix = suggestedBase(provider, variable)
        if (fix === undefined) continue
        const data = { name: entry.key, fileKind: kindLabel(entry.kind), host: hostOf(value.url), provider: provider.name, fix }
        context.report({
          // A lookalike's tip is no edit: whose key it holds decides the host, so no fix is applied or suggested.
          ...(role === 'lookalike'
            ? { messageId: 'lookalike', data: { ...data, owner: match.owner ?? 'another company' } }
            : role === 'retired'
              ? { messageId: 'retired', data: { ...data, date: match.retiredOn ?? '' }, fix }
              : { messageId: 'notApi', data: { ...data, role: ROLE_LABELS[role] }, fix }),
          file: entry.file,
          span: valueSpan(entry),
          entry,
          scope: scope.id
        })
        break
      }
    }
  }
})
