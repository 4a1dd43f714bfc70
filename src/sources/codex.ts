import type { Entry, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { scopeId, spawnedEnvironment } from './entry.js'
import { pairEntry, readToml, type TomlPair } from './toml.js'

/** Top-level settings that choose the model and where requests go. */
const TOP_LEVEL = new Set(['model', 'model_provider', 'openai_base_url'])

/**
 * Codex CLI config (`.codex/config.toml`; `~/.codex/config.toml` when a dotfiles repository holds it).
 * Top-level `model`, `model_provider`, `openai_base_url`, and one scope per `[model_providers.<id>]`
 * table with its `base_url`, `env_key`, `wire_api`, `experimental_bearer_token`, `query_params`,
 * `http_headers` and `env_http_headers` (openai/codex `codex-rs/core/src/model_provider_info.rs`), and the
 * `[shell_environment_policy.set]` variables as a scope of their own.
 */
export const codexParser: Parser = {
  kind: 'codex',
  matches: claimTest('codex'),
  parse(file: SourceFile) {
    const doc = readToml(file.text)
    const entries: Entry[] = []
    const shell = scopeId(file.path, 'shell_environment_policy.set')
    for (const pair of doc.pairs) {
      if (pair.type === 'array') continue
      const [first, id] = pair.path
      if (first === 'shell_environment_policy' && id === 'set' && pair.path.length === 3) {
        entries.push(pairEntry(file, 'codex', pair, shell))
      } else if (pair.path.length === 1 && TOP_LEVEL.has(String(first))) {
        entries.push(pairEntry(file, 'codex', pair, file.path))
      } else if (first === 'model_providers' && typeof id === 'string' && pair.path.length >= 3) {
        entries.push(pairEntry(file, 'codex', pair, scopeId(file.path, `model_providers.${id}`), providerFacts(pair)))
      }
    }
    // Variables set for the shell commands Codex runs (developers.openai.com/codex/config-reference,
    // `shell_environment_policy.set`): the environment of whatever those commands start, not Codex's own.
    const fingerprints = entries.some((e) => e.scope === shell) ? [spawnedEnvironment('the shell commands Codex runs', file.path, shell)] : []
    return { entries, diagnostics: doc.diagnostics, fingerprints }
  }
}

/**
 * `env_key` and `env_http_headers` values name environment variables (they are not secrets themselves);
 * `http_headers` values are sent as they are, so a credential there is a leak.
 */
function providerFacts(pair: TomlPair): Entry['meta'] | undefined {
  const setting = pair.path[2]
  const inTable = pair.path.length === 4
  if (setting === 'env_key' && pair.path.length === 3) return { envKeyName: true }
  if (setting === 'env_http_headers' && inTable) return { envKeyName: true, httpHeader: true }
  if (setting === 'http_headers' && inTable) return { httpHeader: true }
  if (setting === 'query_params' && inTable) return { queryParam: true }
  return undefined
}
