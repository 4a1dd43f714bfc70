import { acceptedBases, effectiveUrl, servesFamily } from '../clients/effective-url.js'
import type { BaseUrlVar } from '../clients/types.js'
import { kindLabel } from '../core/kinds.js'
import { memoizeBy2 } from '../core/memo.js'
import type { Severity } from '../core/types.js'
import { parseUrl, pathOf, segments, showUrl, withoutQueryOrSlashes } from '../core/url.js'
import type { Provider, ProviderCatalog } from '../providers/types.js'
import { baseUrlSites, endpointOf, parsedUrlValues, urlMatch, type UrlValue } from './base-urls.js'
import { clientName, isKnownClient, valueSpan } from './entries.js'
import { defineRule } from './types.js'

/** A version segment (`v1`, `v1beta`) repeated back to back in a request path. */
/** `v1`, `v4`, `v1beta`, and Google's `v1beta1`, `v1alpha2` (Vertex AI's OpenAI-compatible root is under `v1beta1`). */
const DOUBLED_VERSION = /\/(v\d+(?:[a-z]+\d*)?)\/\1(?:\/|$)/i
const VERSION = /^v\d+(?:[a-z]+\d*)?$/i

/**
 * The URL the client really calls is not the provider's API. Each client joins base and request path
 * its own way (clients.md §3): NextChat appends `/v1/chat/completions` to `BASE_URL`, so a base with
 * `/v1` doubles it; the OpenAI SDK family appends `/chat/completions`, so its base must carry `/v1` or
 * the provider's own prefix (Groq `/openai/v1`, Fireworks `/inference/v1`, OpenRouter `/api/v1`).
 *
 * For a known provider host the request is compared with what the provider serves; for other hosts
 * (self-hosted gateways) only the client's convention is judged, and a missing `/v1` is a warning
 * because the server's layout is a guess. With no client identified, every finding is a warning.
 * Hosts that are not an API, full endpoints and query strings are left to `base-url-not-api`,
 * `base-url-endpoint` and `base-url-format`.
 */
export const rule = defineRule({
  meta: {
    id: 'base-url-path',
    description: 'The request URL the client builds from a base URL has a doubled, missing or wrong path',
    severity: 'error',
    autofix: ['doubledVersion', 'doubledSlash', 'missingVersion', 'missingRoot', 'wrongPath'],
    messages: {
      doubledVersion: '{{name}} in {{fileKind}} ends in /{{version}}, which {{client}} adds itself, so it calls {{url}}',
      doubledSlash: '{{name}} in {{fileKind}} ends in /, which {{client}} keeps, so it calls {{url}}',
      unreachable:
        '{{name}} in {{fileKind}} makes {{client}} call {{url}}, and no value of {{name}} reaches {{provider}}, which serves this API under {{root}}',
      missingVersion: '{{name}} in {{fileKind}} lacks the /{{version}} that {{client}} expects in the base, so it calls {{url}}',
      noVersionSegment:
        '{{name}} in {{fileKind}} has no version segment in its path, so {{client}} calls {{url}}',
      missingRoot: "{{name}} in {{fileKind}} misses {{provider}}'s API path {{root}}, so {{client}} calls {{url}}",
      wrongPath: '{{name}} in {{fileKind}} makes {{client}} call {{url}}, which is not where {{provider}} serves its API'
    },
    tips: {
      doubledVersion: 'use "{{fix}}"',
      doubledSlash: 'use "{{fix}}"',
      unreachable: 'use the variable {{client}} reads for {{provider}}, or a gateway',
      missingVersion: 'use "{{fix}}"',
      noVersionSegment: 'most OpenAI-compatible servers answer under /v1; check that this path is the API root',
      missingRoot: 'use "{{fix}}"',
      wrongPath: 'use "{{fix}}"'
    }
  },
  check(context) {
    const sites = baseUrlSites(context.model, context.providers)
    for (let s = 0; s < sites.length; s++) {
      const { scope, entry, variable, placeholder } = sites[s]!
      if (placeholder) continue
      if (!variable || variable.convention === 'verbatim') continue
      const values = parsedUrlValues(entry, variable)
      for (let v = 0; v < values.length; v++) {
        const value = values[v]!
        const judged = judge(value.text, variable, context.providers)
        if (!judged) continue
        const { verdict, provider } = judged
        // A generic name (the SDK guess's `*_BASE_URL`, a name an SDK app reads in its own code) is judged by a guessed join.
        const guessed = !isKnownClient(scope.client) || variable.generic === true || (provider === undefined && verdict.messageId === 'missingVersion')
        // A name only a wildcard of the SDK guess matches (`OPENAI_API_BASE_URL`, `OLLAMA_BASE_URL` with no client
        // identified) has no known convention: whether it needs /v1 is anybody's guess.
        const unknownConvention = variable.generic === true && provider === undefined && verdict.messageId === 'missingVersion'
        const severity: Severity | undefined = verdict.severity ?? (unknownConvention ? 'note' : guessed ? 'warning' : undefined)
        context.report({
          messageId: verdict.messageId,
          data: {
            name: entry.key,
            fileKind: kindLabel(entry.kind),
            client: clientName(scope.client),
            url: showUrl(effectiveUrl(value.text, variable).url),
            fix: verdict.fix ?? '',
            ...verdict.data
          },
          file: entry.file,
          span: valueSpan(entry),
          entry,
          ...(verdict.fix === undefined ? {} : { fix: verdict.fix }),
          ...(severity ? { severity } : {}),
          scope: scope.id
        })
        break
      }
    }
  }
})

/**
 * The verdict on one URL value read as `variable`, and the provider it was judged against (none: by the client's
 * convention). Remembered: it depends on the text, the variable and the registry alone, and many files set the same.
 */
const judge = memoizeBy2((text: string, variable: BaseUrlVar, catalog: ProviderCatalog): { verdict: Verdict; provider?: Provider } | undefined => {
  const value = { text, url: parseUrl(text)! }
  const match = urlMatch(value, catalog)
  if (!judgeable(value, match?.role)) return undefined
  // A provider not known to serve the variable's API family is judged by the client's convention alone; so
  // is a local server known only by its default port (`localhost:8000` is vLLM's, and every dev server's).
  const known = match?.provider && (!match.provider.local || match.named === true || variable.provider === match.provider.id) ? match.provider : undefined
  const provider = known && servesFamily(known, variable.family) ? known : undefined
  const verdict = provider ? againstProvider(value, variable, provider) : againstConvention(value, variable)
  if (!verdict) return undefined
  return provider ? { verdict, provider } : { verdict }
})

/**
 * Endpoints, non-API hosts and query strings have rules of their own; a query string also puts the
 * appended path after it, so the request has no meaningful path to judge.
 */
const judgeable = ({ url }: UrlValue, role: string | undefined): boolean =>
  (role === undefined || role === 'api') && endpointOf(url) === undefined && url.query === '' && url.fragment === ''

interface Verdict {
  readonly messageId: 'doubledVersion' | 'doubledSlash' | 'missingVersion' | 'missingRoot' | 'wrongPath' | 'unreachable' | 'noVersionSegment'
  readonly fix?: string
  readonly data: Readonly<Record<string, string>>
  /** The verdict's own confidence, when lower than the rule's. */
  readonly severity?: Severity
}

/** Compares the request with the requests the provider's accepted bases would make. */
function againstProvider(value: UrlValue, variable: BaseUrlVar, provider: Provider): Verdict | undefined {
  const accepted = acceptedBases(provider, variable, value.url).filter((b) => !b.includes('{'))
  const fix = accepted[0]
  if (fix === undefined) return unreachable(variable, provider)
  const slash = doubledSlash(value, variable)
  if (slash) return slash
  const actual = requestSegments(value.text, variable)
  const expected = accepted.map((b) => requestSegments(b, variable))
  if (expected.some((x) => same(x, actual))) return undefined
  const doubled = DOUBLED_VERSION.exec(pathOf(effectiveUrl(value.text, variable).url))
  if (doubled) return { messageId: 'doubledVersion', fix, data: { version: doubled[1]! } }
  const target = expected[0]!
  const missing = missingFrom(actual, target)
  if (missing && missing.every((s) => VERSION.test(s))) return { messageId: 'missingVersion', fix, data: { version: missing.join('/') } }
  if (missing) return { messageId: 'missingRoot', fix, data: { provider: provider.name, root: pathOf(fix) || '/' } }
  // Extra segments the provider also serves (DeepSeek answers with and without /v1) are listed as aliases;
  // anything else is a different path.
  return { messageId: 'wrongPath', fix, data: { provider: provider.name } }
}

/**
 * A client that appends its own fixed path cannot reach a provider whose root does not end in that path's
 * head (NextChat `BASE_URL` always adds `/v1`, Ark serves `/api/v3`). Said only when the provider's root for
 * the family is a real URL, not a template (`{host}` of a self-hosted gateway).
 */
function unreachable(variable: BaseUrlVar, provider: Provider): Verdict | undefined {
  const root = variable.family === 'openai' ? provider.apiRoot : provider.apis?.[variable.family]
  if (root === undefined || root.includes('{')) return undefined
  return { messageId: 'unreachable', data: { provider: provider.name, root: pathOf(root) || '/' } }
}

/** A trailing `/` the client keeps (`normalize: none`, Open WebUI list entries) doubles the slash before the path. */
function doubledSlash(value: UrlValue, variable: BaseUrlVar): Verdict | undefined {
  // A `//` written inside the value is base-url-format's; this is the one the join makes.
  if (value.url.path.includes('//') || !pathOf(effectiveUrl(value.text, variable).url).includes('//')) return undefined
  return { messageId: 'doubledSlash', fix: value.text.replace(/\/+$/, ''), data: {} }
}

/** Without a known provider only the client's convention can be judged. */
function againstConvention(value: UrlValue, variable: BaseUrlVar): Verdict | undefined {
  const slash = doubledSlash(value, variable)
  if (slash) return slash
  const doubled = DOUBLED_VERSION.exec(pathOf(effectiveUrl(value.text, variable).url))
  const base = withoutQueryOrSlashes(value.text)
  if (doubled) return { messageId: 'doubledVersion', fix: base.replace(/\/v\d+[a-z]*$/i, ''), data: { version: doubled[1]! } }
  if (variable.convention === 'includes-version' && segments(value.url.path).length === 0) {
    return { messageId: 'missingVersion', fix: `${base}/v1`, data: { version: 'v1' } }
  }
  // A path without any version segment on an unknown server: most OpenAI-compatible servers answer under /v1, but
  // this one may not, so it is a note without a fix.
  if (variable.convention === 'includes-version' && variable.family === 'openai' && !segments(value.url.path).some((s) => VERSION.test(s))) {
    return { messageId: 'noVersionSegment', data: {}, severity: 'note' }
  }
  return undefined
}

/** The path segments of the request a base leads to, lower-cased. */
function requestSegments(base: string, variable: BaseUrlVar): string[] {
  return segments(parseUrl(effectiveUrl(base, variable).url)?.path ?? '').map((s) => s.toLowerCase())
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i])

/** The segments of `target` that `actual` lacks, when `actual` is `target` with some segments left out. */
function missingFrom(actual: readonly string[], target: readonly string[]): string[] | undefined {
  if (actual.length >= target.length) return undefined
  const missing: string[] = []
  let i = 0
  for (const segment of target) {
    if (i < actual.length && actual[i] === segment) i++
    else missing.push(segment)
  }
  return i === actual.length ? missing : undefined
}
