import type { MatchedBy, SourceKind } from '../core/types.js'
import type { Parser } from './types.js'
import { claimedKind, sniffedKinds } from './claims.js'
import { dotenvParser } from './dotenv.js'
import { composeParser } from './compose.js'
import { dockerfileParser } from './dockerfile.js'
import { vercelParser } from './vercel.js'
import { netlifyParser } from './netlify.js'
import { renderParser } from './render.js'
import { flyParser } from './fly.js'
import { appJsonParser } from './app-json.js'
import { workflowParser } from './workflow.js'
import { claudeSettingsParser } from './claude-settings.js'
import { continueParser } from './continue.js'
import { librechatParser } from './librechat.js'
import { codexParser } from './codex.js'
import { codexAuthParser } from './codex-auth.js'
import { kubernetesParser } from './kubernetes.js'
import { helmParser } from './helm.js'
import { gitlabCiParser } from './gitlab-ci.js'
import { wranglerParser } from './wrangler.js'
import { appEngineParser } from './app-engine.js'
import { systemdParser } from './systemd.js'
import { shellParser } from './shell-script.js'
import { mcpParser } from './mcp.js'

/** Every parser, in the order of `claims` (src/sources/claims.ts), which decides by name which one reads a file. */
export const parsers: readonly Parser[] = [
  workflowParser,
  claudeSettingsParser,
  continueParser,
  librechatParser,
  codexParser,
  codexAuthParser,
  mcpParser,
  gitlabCiParser,
  helmParser,
  composeParser,
  dockerfileParser,
  vercelParser,
  netlifyParser,
  renderParser,
  flyParser,
  appJsonParser,
  wranglerParser,
  systemdParser,
  shellParser,
  dotenvParser,
  kubernetesParser,
  appEngineParser
]

const byKind = new Map(parsers.map((p) => [p.kind, p]))
const parserOf = (kind: SourceKind): Parser => byKind.get(kind)!
const sniffers = sniffedKinds.map(parserOf)

/** A parser and how it was chosen. */
export interface ParserChoice {
  readonly parser: Parser
  readonly matchedBy: MatchedBy
}

const YAML_FILE = /\.ya?ml$/i

/**
 * The parser for a file, or undefined for files that are only scanned for keys. The name decides first (lookups
 * by base name, extension and stem, then the few claims they find; no reading); only a YAML file no name claims
 * has its text sniffed, and is still parsed once.
 */
export function chooseParser(path: string, text: string): ParserChoice | undefined {
  const named = claimedKind(path)
  if (named) return { parser: parserOf(named), matchedBy: 'name' }
  if (!YAML_FILE.test(path)) return undefined
  const sniffed = sniffers.find((p) => p.sniff!(text))
  return sniffed && { parser: sniffed, matchedBy: 'content' }
}

/** Whether a parser may read a file, judged by its path alone: a parser claims the name, or it is YAML to sniff. */
export const mayParse = (path: string): boolean => YAML_FILE.test(path) || claimedKind(path) !== undefined
