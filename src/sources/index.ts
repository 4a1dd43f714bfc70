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

/** Most specific first: the first parser whose `matches` accepts a path reads it. */
export const parsers: readonly Parser[] = [
  workflowParser,
  claudeSettingsParser,
  continueParser,
  librechatParser,
  codexParser,
  composeParser,
  dockerfileParser,
  vercelParser,
  netlifyParser,
  renderParser,
  flyParser,
  appJsonParser,
  dotenvParser
]

/** The parser for a path, or undefined for files that are only scanned for keys. */
export const parserFor = (path: string): Parser | undefined => parsers.find((p) => p.matches(path))
