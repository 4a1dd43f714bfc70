import { isExampleFile, kindLabel } from '../core/kinds.js'
import type { Entry } from '../core/types.js'
import { isInternalHost, looksLikeHost, parseUrl, type ParsedUrl } from '../core/url.js'
import type { ProviderCatalog } from '../providers/types.js'
import { baseUrlSites } from './base-urls.js'
import { clientName, unquote, valueOf, valueSpan } from './entries.js'
import { defineRule } from './types.js'

/**
 * How a base URL is written, before where it points. No client trims or unquotes (NextChat
 * `app/api/common.ts` only adds `https://` and strips one `/`), so quotes kept by compose list form
 * (`- BASE_URL="https://x"`) or a trailing space end up inside the request URL.
 */
export const rule = defineRule({
  meta: {
    id: 'base-url-format',
    description: 'A base URL is malformed: literal quotes, spaces, no scheme, plain http, //, a query string, or not a URL',
    severity: 'warning',
    autofix: ['quotesInList', 'quoted', 'whitespace', 'schemeSkipped', 'noScheme', 'plainHttp', 'doubleSlash', 'query'],
    messages: {
      quotesInList: '{{name}} in {{fileKind}} is written in list form, where compose keeps the quotes as part of the value',
      quoted: '{{name}} in {{fileKind}} keeps its quotes as part of the value',
      whitespace: '{{name}} in {{fileKind}} has spaces around the URL, which the client does not trim',
      blankAfterEquals: '{{name}} in {{fileKind}} has a space after =, which dotenv drops but `docker run --env-file` keeps in the value',
      schemeAssumed: '{{name}} in {{fileKind}} has no scheme, which {{client}} fills in with https://',
      schemeSkipped:
        '{{name}} in {{fileKind}} has no scheme but starts with "http", so {{client}} does not add https:// and the request fails',
      noScheme: '{{name}} in {{fileKind}} has no scheme, so {{client}} cannot build a request URL from it',
      plainHttp: '{{name}} in {{fileKind}} sends the API key over plain http to {{host}}',
      doubleSlash: '{{name}} in {{fileKind}} has // in its path, which the client keeps in every request',
      query: '{{name}} in {{fileKind}} has a query string, which the client puts before the path it appends',
      notUrl: '{{name}} in {{fileKind}} is {{what}}, not a URL',
      placeholder: '{{name}} in {{fileKind}} is still a placeholder, which the client would call as a URL',
      notExpanded: '{{name}} in {{fileKind}} is written as a ${…} reference, which {{client}} does not expand there: it calls the text itself as a URL'
    },
    tips: {
      quotesInList: 'write {{name}}={{fix}}',
      quoted: 'remove them ("{{fix}}")',
      whitespace: 'use "{{fix}}"',
      blankAfterEquals: 'write {{name}}={{fix}}',
      schemeAssumed: 'write "{{fix}}" to make it explicit',
      schemeSkipped: 'write "{{fix}}"',
      noScheme: 'write "{{fix}}"',
      plainHttp: 'use "{{fix}}"',
      doubleSlash: 'use "{{fix}}"',
      query: 'use "{{fix}}"',
      notUrl: 'set it to the API root',
      placeholder: 'fill it in before deploying, or leave it empty for the default',
      notExpanded: 'write the URL itself'
    }
  },
  check(context) {
    const sites = baseUrlSites(context.model, context.providers)
    for (let s = 0; s < sites.length; s++) {
      const { scope, entry, variable, placeholder } = sites[s]!
      const value = valueOf(entry)
      // A reference in a file its client reads as written (Codex's config.toml, Claude Code's settings): see entry.ts.
      if (entry.form === 'literal' && value !== undefined && UNEXPANDED.test(value)) {
        context.report({ messageId: 'notExpanded', data: { name: entry.key, fileKind: kindLabel(entry.kind), client: clientName(scope.client) }, file: entry.file, span: valueSpan(entry), entry, scope: scope.id })
        continue
      }
      if (placeholder) {
        // Templates hold placeholders by design; a deployment file that still does calls it as a URL.
        if (!isExampleFile(entry.file)) {
          context.report({ messageId: 'placeholder', data: { name: entry.key, fileKind: kindLabel(entry.kind) }, file: entry.file, span: valueSpan(entry), entry, severity: 'note', scope: scope.id })
        }
        continue
      }
      // Lists (Open WebUI `OPENAI_API_BASE_URLS`) are left to the host and path rules, item by item.
      if (value === undefined || value.trim() === '' || variable?.listSeparator) continue
      // Names paired by prefix are read by code we do not know, not by the scope's client.
      const client = variable ? clientName(scope.client) : 'the app'
      const problems = problemsOf(entry, value, variable?.normalize === 'nextchat', context.providers)
      for (let p = 0; p < problems.length; p++) {
        const problem = problems[p]!
        context.report({
          messageId: problem.messageId,
          data: { name: entry.key, fileKind: kindLabel(entry.kind), client, ...problem.data },
          file: entry.file,
          span: valueSpan(entry),
          entry,
          ...(problem.data.fix ? { fix: problem.data.fix } : {}),
          // A key pasted where the URL belongs must not reach the output.
          ...(problem.messageId === 'notUrl' ? { secrets: [value.trim()] } : {}),
          // Values the client tolerates: NextChat completes a bare host with https://; dotenv trims the blank.
          ...(TOLERATED.has(problem.messageId) ? { severity: 'note' as const } : {}),
          scope: scope.id
        })
      }
    }
  }
})

/** `${VAR}`, `${VAR:-default}` as written: in a literal, a reference nobody filled in. */
const UNEXPANDED = /\$\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\}/

type MessageId = 'placeholder' | 'quotesInList' | 'quoted' | 'whitespace' | 'blankAfterEquals' | 'schemeAssumed' | 'schemeSkipped' | 'noScheme' | 'plainHttp' | 'doubleSlash' | 'query' | 'notUrl'

const TOLERATED: ReadonlySet<MessageId> = new Set(['schemeAssumed', 'blankAfterEquals'])

interface Problem {
  readonly messageId: MessageId
  readonly data: Readonly<Record<string, string>>
}

/**
 * Every formatting problem of one value, each with the fully tidied value as its fix, so applying any
 * one fix repairs them all. Not a URL at all stops the list: nothing else can be said about it.
 * `prefixesHttps`: the client adds `https://` to values that do not start with "http" (NextChat).
 */
function problemsOf(entry: Entry, value: string, prefixesHttps: boolean, catalog: ProviderCatalog): Problem[] {
  const found: MessageId[] = []
  const text = unquote(value)
  if (text !== value.trim()) found.push(entry.meta?.listForm === true ? 'quotesInList' : 'quoted')
  if (value !== value.trim()) found.push('whitespace')
  else if (entry.meta?.blankAfterEquals === true) found.push('blankAfterEquals')
  const url = parseUrl(text)
  if (!url || !looksLikeHost(url) || (url.scheme !== undefined && url.scheme !== 'http' && url.scheme !== 'https')) {
    return [{ messageId: 'notUrl', data: { what: describe(text, url, catalog) } }]
  }
  if (url.scheme === undefined) found.push(!prefixesHttps ? 'noScheme' : text.startsWith('http') ? 'schemeSkipped' : 'schemeAssumed')
  else if (url.scheme === 'http' && !isInternalHost(url.host)) found.push('plainHttp')
  if (/\/\//.test(url.path)) found.push('doubleSlash')
  if (url.query !== '') found.push('query')
  const fix = tidy(url)
  return found.map((messageId) => ({ messageId, data: { fix, host: url.host } }))
}

/** The value with a scheme (https unless it is an internal host), single slashes and no query or fragment. */
function tidy(url: ParsedUrl): string {
  const scheme = url.scheme === 'http' && isInternalHost(url.host) ? 'http' : 'https'
  const host = url.host.includes(':') ? `[${url.host}]` : url.host
  const port = url.port ? `:${url.port}` : ''
  return `${scheme}://${host}${port}${url.path.replace(/\/{2,}/g, '/')}`
}

/** What was pasted instead of a URL, in words; never the value itself. */
function describe(text: string, url: ParsedUrl | undefined, catalog: ProviderCatalog): string {
  if (/^(?:true|false|yes|no|on|off|0|1)$/i.test(text)) return 'a boolean'
  if (catalog.identifyKey(text) || catalog.looksLikeSecret(text)) return 'an API key'
  if (url?.scheme !== undefined && url.scheme !== 'http' && url.scheme !== 'https') return `a ${url.scheme}:// address`
  if (/^[a-z][\w.:-]*$/i.test(text) && /\d/.test(text) && !text.includes('/')) return 'a model name'
  return 'a value that names no host'
}
