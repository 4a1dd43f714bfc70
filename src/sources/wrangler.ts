import type { Entry, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { scopeId } from './entry.js'
import { pairEntry, readToml } from './toml.js'

/**
 * Cloudflare Workers `wrangler.toml`: `[vars]` for the top-level environment and `[env.<name>.vars]` for
 * each named one. `vars` is not inherited (https://developers.cloudflare.com/workers/wrangler/configuration/#non-inheritable-keys),
 * so each environment is a scope of its own. A var may also be a JSON object (a `[vars.CONFIG]` table):
 * that is a setting of its own shape, not a string, and gives no entry.
 */
export const wranglerParser: Parser = {
  kind: 'wrangler',
  matches: claimTest('wrangler'),
  parse(file: SourceFile) {
    const doc = readToml(file.text)
    const entries: Entry[] = []
    for (const pair of doc.pairs) {
      if (pair.type === 'array') continue
      const [first, env, third] = pair.path
      if (first === 'vars' && pair.path.length === 2) entries.push(pairEntry(file, 'wrangler', pair, file.path))
      else if (first === 'env' && typeof env === 'string' && third === 'vars' && pair.path.length === 4) {
        entries.push(pairEntry(file, 'wrangler', pair, scopeId(file.path, `env.${env}`)))
      }
    }
    return { entries, diagnostics: doc.diagnostics }
  }
}
