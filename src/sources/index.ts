import type { MatchedBy } from '../core/types.js'
import type { Parser } from './types.js'
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

/** Most specific first: the first parser whose `matches` accepts a path reads it. */
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
  // Claim no name; found by content.
  kubernetesParser,
  appEngineParser
]

/** A parser and how it was chosen. */
export interface ParserChoice {
  readonly parser: Parser
  readonly matchedBy: MatchedBy
}

const YAML_FILE = /\.ya?ml$/i

/**
 * The parser for a file, or undefined for files that are only scanned for keys. The name decides first (a
 * lookup, no reading); only a YAML file no name claims has its text sniffed, and is still parsed once.
 */
export function chooseParser(path: string, text: string): ParserChoice | undefined {
  const named = parsers.find((p) => p.matches(path))
  if (named) return { parser: named, matchedBy: 'name' }
  if (!YAML_FILE.test(path)) return undefined
  const sniffed = parsers.find((p) => p.sniff?.(text))
  return sniffed && { parser: sniffed, matchedBy: 'content' }
}
