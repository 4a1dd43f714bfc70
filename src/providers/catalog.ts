/**
 * The provider catalog: the registry (plus the config's extra providers) indexed once for the questions
 * rules ask — which provider serves a host or URL, which provider a key belongs to, and where keys hide
 * in free text.
 */
import { isPlaceholder, looksLikeSecret } from './placeholders.js'
import { providers as registry } from './registry.js'
import type { HostMatch, KeyAttribution, KeyFormat, KeyMatch, Provider, ProviderCatalog, TextKeyMatch, TextScan } from './types.js'

interface CompiledFormat {
  readonly provider: Provider
  readonly format: KeyFormat
  /** The pattern anchored at both ends. */
  readonly whole: RegExp
}

interface HostIndex {
  readonly exact: ReadonlyMap<string, HostMatch>
  /** `*.openai.azure.com` stored as the suffix `.openai.azure.com`. */
  readonly wildcards: readonly { readonly suffix: string; readonly match: HostMatch }[]
}

/**
 * A match preceded by a letter or digit sits inside a longer word and is not a key (gitleaks' `\b…` boundary). One
 * glued to a name by `_` or `-` (`MY_sk-ant-…`) is reported: a separator does not make a key less of a key.
 */
const GLUED_TO_WORD = /[A-Za-z0-9]/

/**
 * Characters a prefix-less shape is made of (32 hex, a UUID): such a match preceded by one of them is the tail
 * of a longer token (`sk-<32 hex>`, a helicone proxy key's UUID), never a key of its own.
 */
const TOKEN_CHAR = /[A-Za-z0-9_-]/
/** `TOKEN_CHAR` by character code, for the sampling loop. */
const IS_TOKEN_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0))

/**
 * Builds the catalog. `extra` providers (from the config file) take precedence: one with the id of a
 * registry provider replaces it, and their hosts win over the registry's. Key patterns must be valid
 * JavaScript RegExp sources without backreferences (they are joined into one scanner); an invalid one
 * throws a SyntaxError here, so the config layer should validate them first.
 */
export function createCatalog(extra: readonly Provider[] = []): ProviderCatalog {
  const all = withExtra(extra)
  const byId = new Map(all.map((p) => [p.id, p]))
  const hosts = indexHosts(all)
  const { ordered, anywhere, withContext } = formatsByScan(all)
  const scanner = scannerFor(anywhere)
  const contextScanner = scannerFor(withContext)
  const bothLiterals = literalPair(scanner.literal, contextScanner.literal)
  const anywhereWhole = wholeOfAny(anywhere)
  const anyWhole = wholeOfAny(ordered)
  const withoutPlaceholders = (found: TextKeyMatch[]): TextKeyMatch[] => (found.length === 0 ? found : found.filter((m) => !isPlaceholder(m.token)))
  const judged = (candidates: TextKeyMatch[], judge: (candidate: TextKeyMatch) => KeyAttribution | undefined): TextKeyMatch[] =>
    candidates.length === 0
      ? candidates
      : candidates.flatMap((m) => {
          // A token that is also of a format found anywhere is `scanText`'s. The judge goes before the
          // placeholder check: it rejects most candidates, and cheaper.
          if (anywhereWhole?.test(m.token)) return []
          const whose = judge(m)
          return whose && !isPlaceholder(m.token) ? [{ ...m, provider: whose.provider, ...(whose.byShape && { byShape: true as const }) }] : []
        })

  const byHost = (host: string): HostMatch | undefined => lookupHost(hosts, host)

  return {
    providers: all,
    byId: (id) => byId.get(id),
    byHost,
    byUrl(url) {
      const parsed = parseUrl(url)
      if (!parsed) return undefined
      const match = byHost(parsed.host)
      const shared = match?.provider.sharedWithWebsite
      if (match?.role === 'api' && shared !== undefined && parsed.host === shared.host && !isUnderPath(parsed.pathname, shared.apiPath)) {
        return { provider: match.provider, role: 'marketing' }
      }
      return match
    },
    identifyKey(value) {
      const token = value.trim()
      // One test of the joined formats rules out most values (URLs, names, numbers) at a fraction of a test per format.
      return anyWhole?.test(token) ? firstWholeMatch(ordered, token) : undefined
    },
    scanText(text) {
      return withoutPlaceholders(scanner.scan(text))
    },
    scanForContext(text, judge) {
      return judged(contextScanner.scan(text), judge)
    },
    scanKeys(text, judge) {
      // One pass of the literal-led formats of both kinds (`sk-…`), then each kind's class-led formats.
      const [anywhereLiterals, contextLiterals] = bothLiterals(text)
      const found = withoutPlaceholders(scanner.withClasses(text, anywhereLiterals))
      const inContext = judged(contextScanner.withClasses(text, contextLiterals), judge)
      return inContext.length === 0 ? found : [...found, ...inContext].sort((a, b) => a.start - b.start)
    },
    isPlaceholder,
    looksLikeSecret
  }
}

/** The registry's providers, replaced or preceded by the config's. */
function withExtra(extra: readonly Provider[]): Provider[] {
  const extraIds = new Set(extra.map((p) => p.id))
  return [...extra, ...registry.filter((p) => !extraIds.has(p.id))]
}

/** The formats in identification order, and those searched for anywhere in text or only with context. */
function formatsByScan(providers: readonly Provider[]) {
  const formats = compileFormats(providers)
  const unique = formats.filter((f) => f.format.confidence === 'unique')
  // Unique formats first, so a token of a unique and a shared shape is reported as the unique one.
  const ordered = [...unique, ...formats.filter((f) => f.format.confidence === 'shared')]
  const anywhere = ordered.filter((f) => textScanOf(f.format) === 'anywhere')
  const withContext = formats.filter((f) => textScanOf(f.format) === 'context')
  return { ordered, anywhere, withContext }
}

/**
 * The one combined regex `scanText` runs over every text (the formats found anywhere that start with a literal),
 * for the benchmark's minimal scanner to run the same search (bench/key-regex.mjs).
 */
export function textScanRegex(extra: readonly Provider[] = []): RegExp | undefined {
  return scannerFor(formatsByScan(withExtra(extra)).anywhere).regex
}

function indexHosts(providers: readonly Provider[]): HostIndex {
  const exact = new Map<string, HostMatch>()
  const wildcards: { suffix: string; match: HostMatch }[] = []
  const add = (host: string, match: HostMatch): void => {
    const h = host.toLowerCase()
    if (h.startsWith('*.')) wildcards.push({ suffix: h.slice(1), match })
    else if (!exact.has(h)) exact.set(h, match) // earlier (extra) providers win
  }
  for (const provider of providers) {
    for (const host of provider.apiHosts) add(host, { provider, role: 'api' })
    for (const { host, role } of provider.nonApiHosts) add(host, { provider, role })
    for (const { host, owner } of provider.lookalikeHosts ?? []) add(host, { provider, role: 'lookalike', owner })
    for (const { host, retiredOn } of provider.retiredHosts ?? []) add(host, { provider, role: 'retired', retiredOn })
  }
  return { exact, wildcards }
}

/**
 * Looks a host up as given (local servers are registered with their port, `localhost:11434`), then
 * without its port. Case and a trailing dot do not matter.
 */
function lookupHost(index: HostIndex, host: string): HostMatch | undefined {
  const h = host.trim().toLowerCase().replace(/\.$/, '')
  const withoutPort = stripPort(h)
  const found = lookupExactOrWildcard(index, h) ?? (withoutPort === h ? undefined : lookupExactOrWildcard(index, withoutPort))
  if (found || withoutPort === h) return found
  const onLocalhost = (): HostMatch | undefined => lookupExactOrWildcard(index, `localhost${h.slice(withoutPort.length)}`)
  // Inside a container, the machine that runs Docker: a server there on its default port is the one on localhost.
  if (DOCKER_HOST_NAMES.has(withoutPort)) return onLocalhost()
  // A compose service named after the server, on its default port (`http://ollama:11434`).
  const local = withoutPort.includes('.') ? undefined : onLocalhost()
  return local?.provider.serviceNames?.includes(withoutPort) ? { ...local, named: true } : undefined
}

/**
 * How a container reaches the machine that runs it: Docker Desktop's `host.docker.internal` and
 * `gateway.docker.internal` (docs.docker.com/desktop/features/networking), Podman's `host.containers.internal`.
 */
const DOCKER_HOST_NAMES: ReadonlySet<string> = new Set(['host.docker.internal', 'gateway.docker.internal', 'host.containers.internal'])

function lookupExactOrWildcard(index: HostIndex, host: string): HostMatch | undefined {
  return index.exact.get(host) ?? index.wildcards.find((w) => host.endsWith(w.suffix) && host.length > w.suffix.length)?.match
}

/** `host:443` → `host`, `[::1]:8080` → `[::1]`; a bare IPv6 address is left alone. */
function stripPort(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1) || host
  const colon = host.indexOf(':')
  return colon !== -1 && colon === host.lastIndexOf(':') ? host.slice(0, colon) : host
}

/** Parses a URL, assuming `https://` when no scheme is written (as NextChat does). */
function parseUrl(url: string): URL | undefined {
  const trimmed = url.trim()
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`)
  } catch {
    return undefined
  }
}

function isUnderPath(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`)
}

/** Where a format is looked for in free text; see `TextScan`. */
const textScanOf = (format: KeyFormat): TextScan => format.inText ?? (format.confidence === 'unique' ? 'anywhere' : 'never')

/** Finds the tokens of a set of formats in text. */
interface Scanner {
  scan(text: string): TextKeyMatch[]
  /** The combined regex of the formats that start with a literal. */
  readonly regex: RegExp | undefined
  /** The formats that start with a literal (those `regex` finds). */
  readonly literal: readonly CompiledFormat[]
  /** `scan`'s result, given the tokens of the literal-led formats (found by `literalPair`). */
  withClasses(text: string, found: TextKeyMatch[]): TextKeyMatch[]
}

/**
 * The scanner for a set of formats. Patterns that start with a literal (`sk-`, `gsk_`, `AIza`) are
 * joined into one regex, which V8 searches fast by their first characters. Patterns that start with a
 * character class (32 hex, a UUID) would make it try every position: they are tried only at word starts
 * whose first characters (8 hex digits) pass a prefilter, and those word starts are found by sampling
 * (`wordStartsOf`) when every such pattern starts with a repeated class of word characters.
 */
function scannerFor(formats: readonly CompiledFormat[]): Scanner {
  const literal = formats.filter((f) => /^[A-Za-z0-9_-]/.test(f.format.pattern) && !hasTopLevelAlternation(f.format.pattern))
  const rest = formats.filter((f) => !literal.includes(f))
  const byLiteral = joined(literal, 'g')
  const byClass = joined(rest, 'y')
  const leads = [...new Set(rest.flatMap((f) => leadsOf(f.format.pattern)))].join('|')
  const prefilter = rest.length === 0 ? undefined : new RegExp(leads, 'g')
  const sampled = rest.length === 0 ? undefined : leadSampling(rest, new RegExp(leads, 'y'))
  const withClasses = (text: string, found: TextKeyMatch[]): TextKeyMatch[] => {
    if (!byClass || !prefilter) return found
    const more = sampled ? scanAtWordStarts(text, sampled, byClass, rest) : scanAtHits(text, prefilter, byClass, rest)
    return found.length === 0 ? more : [...found, ...more].sort((a, b) => a.start - b.start)
  }
  return {
    regex: byLiteral,
    literal,
    withClasses,
    scan: (text) => withClasses(text, byLiteral ? scan(text, byLiteral, literal) : [])
  }
}

/**
 * The tokens `scan` finds for two sets of literal-led formats, in one pass of a regex joining both: most
 * text holds no match of either, and the second pass over it cost as much as the first. Each set keeps its
 * own cursor, and at each place the joined regex stops, the sets whose cursor has reached it try their own
 * sticky regex there, so each set finds exactly the tokens its own pass would (where a token of one set hides
 * a start of the other, that start is still tried).
 */
function literalPair(first: readonly CompiledFormat[], second: readonly CompiledFormat[]): (text: string) => [TextKeyMatch[], TextKeyMatch[]] {
  const either = joined([...first, ...second], 'g')
  const sets = [first, second].map((formats) => ({ formats, sticky: joined(formats, 'y') }))
  return (text) => {
    const found: [TextKeyMatch[], TextKeyMatch[]] = [[], []]
    if (!either) return found
    const cursors = [0, 0]
    either.lastIndex = 0
    for (let m = either.exec(text); m !== null; m = either.exec(text)) {
      const start = m.index
      const glued = start > 0 && GLUED_TO_WORD.test(text[start - 1]!)
      sets.forEach(({ formats, sticky }, i) => {
        if (cursors[i]! > start) return
        cursors[i] = start + 1
        if (!sticky || glued) return
        sticky.lastIndex = start
        const token = sticky.exec(text)?.[0]
        if (token === undefined || token.length === 0) return
        cursors[i] = start + token.length
        const match = firstWholeMatch(formats, token)
        if (match) found[i]!.push({ ...match, token, start, end: start + token.length })
      })
      either.lastIndex = Math.min(cursors[0]!, cursors[1]!)
    }
    return found
  }
}

/**
 * One regex for many formats, each ending at a token boundary (`scan` checks the leading one). Longer
 * shapes come first: a shorter one may end at a boundary inside them (32 hex, then `.` and the rest of
 * a Zhipu key), and the first alternative that matches wins. Alternatives that share leading characters
 * are grouped under them (`s(?:k-(?:ant-…|or-v1-…))`): with 40 formats, a flat list is about 30% slower.
 */
function joined(formats: readonly CompiledFormat[], flags: string): RegExp | undefined {
  if (formats.length === 0) return undefined
  const longestFirst = [...formats].sort((a, b) => sampleLength(b.format) - sampleLength(a.format)).map((f) => f.format.pattern)
  return new RegExp(`(?:${factored(longestFirst, 0)})(?![A-Za-z0-9_-])`, flags)
}

/**
 * Groups alternatives by their first literal character (one not followed by a quantifier), a few levels
 * deep, keeping their order within a group.
 */
function factored(patterns: readonly string[], depth: number): string {
  const groups = new Map<string, string[]>()
  const others: string[] = []
  for (const p of patterns) {
    if (depth < 3 && /^[A-Za-z0-9_-][^*+?{]/.test(p) && !hasTopLevelAlternation(p)) groups.set(p[0]!, [...(groups.get(p[0]!) ?? []), p.slice(1)])
    else others.push(p)
  }
  const grouped = [...groups].map(([c, tails]) => (tails.length === 1 ? `${c}${tails[0]}` : `${c}(?:${factored(tails, depth + 1)})`))
  return [...grouped, ...others].join('|')
}

/** A `|` outside any group or class: the pattern is an alternation and cannot be split at its first character. */
function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) return true
  }
  return false
}

/**
 * The prefilter for a pattern that starts with a repeated class: 8 of it, split by the class's first
 * character range (`[a-f0-9]{32}` → `[0-9][0-9a-f]{7}|[a-f][0-9a-f]{7}`), which V8 runs about twice as
 * fast as `[a-f0-9]{8}`. Classes are normalised, so `[a-f0-9]` and `[0-9a-f]` give one prefilter.
 */
function leadsOf(pattern: string): string[] {
  const lead = /^\[([^\]\\^]+)\]\{(\d+)/.exec(pattern)
  if (!lead) return [pattern]
  const ranges = lead[1]!.match(/.-.|./g)!.sort()
  const rest = `[${ranges.join('')}]{${Math.min(8, Number(lead[2])) - 1}}`
  return ranges.map((r) => `[${r}]${rest}`)
}

/** Word starts worth trying: where a word of `lead` characters at least `minRun` long begins. */
interface LeadSampling {
  /** `lead[c]` for the character code c < 128. */
  readonly lead: Uint8Array
  readonly minRun: number
  /** The prefilter, sticky: whether the formats' first characters are at a word start. */
  readonly sticky: RegExp
}

/**
 * The sampling for formats that all start with a run of word characters (`[a-f0-9]{32}`, a UUID's
 * `[0-9a-f]{8}-[0-9a-f]{4}-…`); undefined when one does not (a config pattern may start with anything): those
 * are found by the prefilter regex at every position. The longer the shortest run, the fewer characters read.
 */
function leadSampling(formats: readonly CompiledFormat[], sticky: RegExp): LeadSampling | undefined {
  const lead = new Uint8Array(128)
  let minRun = Infinity
  for (const f of formats) {
    const run = leadRunOf(f.format.pattern)
    if (!run) return undefined
    minRun = Math.min(minRun, run.length)
    for (const range of run.ranges) {
      for (let c = range.charCodeAt(0); c <= range.charCodeAt(range.length - 1); c++) {
        if (c >= 128 || !TOKEN_CHAR.test(String.fromCharCode(c))) return undefined
        lead[c] = 1
      }
    }
  }
  return minRun >= 1 ? { lead, minRun, sticky } : undefined
}

/** A leading atom of a pattern: a class with a count (`[0-9a-f]{8}`, `{20,}`), or a character not quantified. */
const LEAD_ATOM = /\[([^\]\\^]+)\]\{(\d+)(?:,\d*)?\}|([A-Za-z0-9_-])(?![*+?{])/y

/**
 * The run every match of a pattern starts with: the character ranges of its leading counted classes and plain
 * characters, and how many characters they make at least. Undefined unless it starts with a counted class and
 * is one sequence (no `|` at its top level).
 */
function leadRunOf(pattern: string): { ranges: string[]; length: number } | undefined {
  if (!pattern.startsWith('[') || hasTopLevelAlternation(pattern)) return undefined
  const ranges: string[] = []
  let length = 0
  LEAD_ATOM.lastIndex = 0
  for (let m = LEAD_ATOM.exec(pattern); m !== null; m = LEAD_ATOM.exec(pattern)) {
    if (m[3] !== undefined) ranges.push(m[3])
    else ranges.push(...m[1]!.match(/.-.|./g)!)
    length += m[3] !== undefined ? 1 : Number(m[2])
  }
  return length > 0 ? { ranges, length } : undefined
}

/**
 * Tokens of formats that start with a character class, tried at the word starts whose first characters
 * pass the prefilter: the same tokens as `scanAtHits`, reading about one character in `minRun` of plain
 * text. A word that begins with `minRun` lead characters holds exactly one position that is a multiple of
 * `minRun` among them, so only those positions are read; from one that holds a lead character the word
 * start is looked for at most `minRun - 1` characters back, and each word start is tried once: the pass stays linear.
 */
function scanAtWordStarts(text: string, { lead, minRun, sticky }: LeadSampling, matcher: RegExp, formats: readonly CompiledFormat[]): TextKeyMatch[] {
  const found: TextKeyMatch[] = []
  const isLead = (c: number): boolean => c < 128 && lead[c] === 1
  for (let p = 0; p < text.length; ) {
    if (!isLead(text.charCodeAt(p))) {
      p += minRun
      continue
    }
    let start = p
    while (start > 0 && p - start < minRun - 1 && isLead(text.charCodeAt(start - 1))) start--
    const before = start === 0 ? 0 : text.charCodeAt(start - 1)
    // Inside a longer word, or at a word start the prefilter rejects: the samples further on hold the next word.
    // The prefilter needs the word's first `minRun` characters to be lead characters: checked by table first.
    const inWord = before < 128 && IS_TOKEN_CHAR[before] === 1
    let run = p + 1
    if (!inWord) while (run < start + minRun && isLead(text.charCodeAt(run))) run++
    sticky.lastIndex = start
    if (inWord || run < start + minRun || !sticky.test(text)) {
      p += minRun
      continue
    }
    matcher.lastIndex = start
    const token = matcher.exec(text)?.[0]
    const match = token === undefined ? undefined : firstWholeMatch(formats, token)
    if (token !== undefined && match) found.push({ ...match, token, start, end: start + token.length })
    p = token === undefined ? p + minRun : Math.ceil((start + token.length) / minRun) * minRun
  }
  return found
}

/**
 * The length of a format's sample key. Config formats have none: they go first, as their providers take
 * precedence over the registry's everywhere else.
 */
const sampleLength = (format: KeyFormat): number =>
  format.sample ? format.sample.reduce((sum, part) => sum + part.length, 0) : Infinity

function compileFormats(providers: readonly Provider[]): CompiledFormat[] {
  return providers.flatMap((provider) =>
    provider.keyFormats.map((format) => ({ provider, format, whole: new RegExp(`^(?:${format.pattern})$`) }))
  )
}

/** A regex matching exactly the tokens that match one of the formats as a whole. */
const wholeOfAny = (formats: readonly CompiledFormat[]): RegExp | undefined =>
  formats.length === 0 ? undefined : new RegExp(`^(?:${formats.map((f) => f.format.pattern).join('|')})$`)

function firstWholeMatch(formats: readonly CompiledFormat[], token: string): KeyMatch | undefined {
  const found = formats.find((f) => f.whole.test(token))
  return found && { provider: found.provider, format: found.format }
}

/**
 * One pass of the combined regex over the text. The leading boundary is checked here rather than with a
 * lookbehind in the pattern, which keeps V8's fast literal-prefix scanning (about 3× faster on plain text).
 */
function scan(text: string, scanner: RegExp, formats: readonly CompiledFormat[]): TextKeyMatch[] {
  const found: TextKeyMatch[] = []
  scanner.lastIndex = 0
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const start = m.index
    const token = m[0]
    if (token.length === 0) {
      scanner.lastIndex++
      continue
    }
    if (start > 0 && GLUED_TO_WORD.test(text[start - 1]!)) {
      scanner.lastIndex = start + 1 // inside a longer word; a key may still start further on
      continue
    }
    const match = firstWholeMatch(formats, token)
    if (match) found.push({ ...match, token, start, end: start + token.length })
  }
  return found
}

const WORD_REST = /[A-Za-z0-9_-]*/y

/** Where the word that contains `index` ends. */
function wordEnd(text: string, index: number): number {
  WORD_REST.lastIndex = index
  WORD_REST.exec(text)
  return Math.max(WORD_REST.lastIndex, index + 1)
}

/**
 * Tokens of formats that start with a character class: at each prefilter hit that starts a word, the
 * sticky `matcher` tries the formats there; otherwise the rest of the word is skipped. Each character is
 * looked at a bounded number of times, so the pass stays linear.
 */
function scanAtHits(text: string, prefilter: RegExp, matcher: RegExp, formats: readonly CompiledFormat[]): TextKeyMatch[] {
  const found: TextKeyMatch[] = []
  prefilter.lastIndex = 0
  for (let hit = prefilter.exec(text); hit !== null; hit = prefilter.exec(text)) {
    const start = hit.index
    if (start > 0 && TOKEN_CHAR.test(text[start - 1]!)) {
      prefilter.lastIndex = wordEnd(text, start)
      continue
    }
    matcher.lastIndex = start
    const token = matcher.exec(text)?.[0]
    const match = token === undefined ? undefined : firstWholeMatch(formats, token)
    if (token !== undefined && match) found.push({ ...match, token, start, end: start + token.length })
    prefilter.lastIndex = token === undefined ? wordEnd(text, start) : start + token.length
  }
  return found
}
