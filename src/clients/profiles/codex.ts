import type { ClientProfile } from '../types.js'

/**
 * Codex CLI. Checked at openai/codex: codex-rs/model-provider-info/src/lib.rs@05673f5e, codex-rs/config/src/
 * config_toml.rs@00e9f068, codex-rs/codex-api/src/provider.rs@001cb8e2 (`url_for_path`: trailing `/` trimmed,
 * then `/responses`); docs/clients/codex.md. `wire_api = "chat"` is no longer accepted: every provider speaks
 * the Responses API. The `OPENAI_BASE_URL` variable is no longer read either (openai/codex#16720, merged 2026-04-03:
 * "This PR removes support for `OPENAI_BASE_URL` entirely"; core/src/config/model_provider_resolution.rs@477ab797
 * takes the built-in provider's base from `openai_base_url` in config.toml only).
 */
export const codex: ClientProfile = {
  id: 'codex',
  name: 'Codex CLI',
  baseUrlVars: [
    { name: 'base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses' },
    // The top-level key that moves the built-in `openai` provider (config_toml.rs).
    { name: 'openai_base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    { name: 'CODEX_OSS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'ollama', defaultUrl: 'http://localhost:11434/v1' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'openai_base_url' },
    // A literal token in config.toml: a committed one is a leak.
    { name: 'experimental_bearer_token', baseUrlVar: 'base_url' }
  ],
  modelVars: ['model'],
  otherVars: ['model_provider', 'env_key', 'wire_api', 'query_params', 'http_headers', 'env_http_headers', 'OPENAI_ORGANIZATION', 'OPENAI_PROJECT', 'CODEX_OSS_PORT'],
  // No replacement to rename to: the setting Codex reads is a key of config.toml, not a variable.
  unusedVars: [
    { name: 'OPENAI_BASE_URL', reason: 'Codex stopped reading it in April 2026 (openai/codex#16720) and takes the base URL from openai_base_url in .codex/config.toml', droppedOn: '2026-04-03' },
    { name: 'OPENAI_API_BASE', reason: 'Codex takes its base URL from openai_base_url in .codex/config.toml' }
  ],
  // Codex reads config.toml and the environment of the shell it runs in, and loads an env file only from its
  // home folder (`load_dotenv`: `codex_home.join(".env")`, openai/codex codex-rs/arg0/src/lib.rs@0489ee4f); it stopped
  // loading the working folder's `.env` in September 2025 (openai/codex#3184). A repository's `.env` or compose file is
  // not its settings, so nothing in a repository makes Codex the client of another file; its own config.toml is
  // Codex's by file kind.
  fingerprints: [],
  sources: [
    'openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; codex-rs/config/src/config_toml.rs@00e9f068; codex-rs/codex-api/src/provider.rs@001cb8e2',
    'openai/codex codex-rs/core/src/config/model_provider_resolution.rs@477ab797; pull request #16720 (OPENAI_BASE_URL removed); codex-rs/arg0/src/lib.rs@0489ee4f (env file)',
    'docs/clients/codex.md'
  ]
}

