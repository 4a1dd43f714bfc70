import type { MatchedBy, SourceKind } from '../core/types.js'
import type { Parser } from './types.js'
import { claimedKind, claims, isSniffed, sniffedKinds, yieldingTo } from './claims.js'

export { isClaimedBy, kindsFor, mayParse, parsablePaths } from './claims.js'

/**
 * Each parser's module, loaded when a scan lists a file of its kind: a parser and its YAML, TOML or JSON library cost
 * start-up time only in repositories that hold such files (the bundler puts each `import()` in a chunk of its own).
 */
const modules: Readonly<Record<ParsedKind, () => Promise<Parser>>> = {
  workflow: async () => (await import('./workflow.js')).workflowParser,
  'claude-settings': async () => (await import('./claude-settings.js')).claudeSettingsParser,
  continue: async () => (await import('./continue.js')).continueParser,
  librechat: async () => (await import('./librechat.js')).librechatParser,
  codex: async () => (await import('./codex.js')).codexParser,
  'codex-auth': async () => (await import('./codex-auth.js')).codexAuthParser,
  mcp: async () => (await import('./mcp.js')).mcpParser,
  'gitlab-ci': async () => (await import('./gitlab-ci.js')).gitlabCiParser,
  helm: async () => (await import('./helm.js')).helmParser,
  compose: async () => (await import('./compose.js')).composeParser,
  dockerfile: async () => (await import('./dockerfile.js')).dockerfileParser,
  vercel: async () => (await import('./vercel.js')).vercelParser,
  netlify: async () => (await import('./netlify.js')).netlifyParser,
  render: async () => (await import('./render.js')).renderParser,
  fly: async () => (await import('./fly.js')).flyParser,
  'app-json': async () => (await import('./app-json.js')).appJsonParser,
  wrangler: async () => (await import('./wrangler.js')).wranglerParser,
  systemd: async () => (await import('./systemd.js')).systemdParser,
  shell: async () => (await import('./shell-script.js')).shellParser,
  dotenv: async () => (await import('./dotenv.js')).dotenvParser,
  kubernetes: async () => (await import('./kubernetes.js')).kubernetesParser,
  'app-engine': async () => (await import('./app-engine.js')).appEngineParser
}

/** The kinds a parser reads (every kind but the key-scanned `text`). */
type ParsedKind = Exclude<SourceKind, 'text'>

const loaded = new Map<SourceKind, Parser>()

/**
 * Loads the parsers of `kinds` (default: every kind), before the files are analysed: the analysis itself stays
 * synchronous. A scan passes `kindsFor(paths)` of the paths it lists.
 */
export async function loadParsers(kinds: Iterable<SourceKind> = claims.map((claim) => claim.kind)): Promise<void> {
  // One after the other: jest's ESM loader fails on concurrent imports sharing a module ("not in cache"), and the
  // chunks are local files.
  for (const kind of kinds) {
    if (kind !== 'text' && !loaded.has(kind)) loaded.set(kind, await modules[kind]())
  }
}

/** The kinds of the parsers loaded (as each parser names its kind), in the order they were loaded. */
export const loadedKinds = (): SourceKind[] => [...loaded.values()].map((parser) => parser.kind)

/** A parser and how it was chosen. */
export interface ParserChoice {
  readonly parser: Parser
  readonly matchedBy: MatchedBy
}

/** The loaded parser of `kind`; a kind the scan did not load first is a bug, not bad input. */
function parserOf(kind: SourceKind): Parser {
  const parser = loaded.get(kind)
  if (parser === undefined) throw new Error(`the ${kind} parser was not loaded before the analysis (loadParsers)`)
  return parser
}

/**
 * The parser for a file, or undefined for files that are only scanned for keys. The name decides first (a
 * lookup, no reading), unless the claimed kind yields to what the text plainly is (a Kubernetes manifest named
 * `librechat.yaml`, see `yieldsTo` in ./claims.ts); only a YAML file no name claims has its text sniffed otherwise,
 * and every file is still parsed once. The parsers of the file's kinds must be loaded (`loadParsers(kindsFor([path]))`).
 */
export function chooseParser(path: string, text: string): ParserChoice | undefined {
  const named = claimedKind(path)
  if (named !== undefined) {
    const yielded = yieldingTo.get(named)
    const instead = yielded === undefined ? undefined : parserOf(yielded)
    return instead?.sniff?.(text) ? { parser: instead, matchedBy: 'content' } : { parser: parserOf(named), matchedBy: 'name' }
  }
  if (!isSniffed(path)) return undefined
  const sniffed = sniffedKinds.map(parserOf).find((parser) => parser.sniff?.(text))
  return sniffed && { parser: sniffed, matchedBy: 'content' }
}
