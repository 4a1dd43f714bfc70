import type { ClientProfile } from '../types.js'

/**
 * Codex CLI. Checked at openai/codex: codex-rs/model-provider-info/src/lib.rs@05673f5e, codex-rs/config/src/
 * config_toml.rs@00e9f068, codex-rs/codex-api/src/provider.rs@001cb8e2 (`url_for_path`: trailing `/` trimmed,
 * then `/responses`); docs/clients/codex.md. `wire_api = "chat"` is no longer accepted: every provider speaks
 * the Responses API.
 */
export const codex: ClientProfile = {
  id: 'codex',
  name: 'Codex CLI',
  baseUrlVars: [
    { name: 'base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses' },
    // The top-level key that moves the built-in `openai` provider (config_toml.rs); OPENAI_BASE_URL is deprecated.
    { name: 'openai_base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    { name: 'CODEX_OSS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'ollama', defaultUrl: 'http://localhost:11434/v1' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
    // A literal token in config.toml: a committed one is a leak.
    { name: 'experimental_bearer_token', baseUrlVar: 'base_url' }
  ],
  modelVars: ['model'],
  otherVars: ['model_provider', 'env_key', 'wire_api', 'query_params', 'http_headers', 'env_http_headers', 'OPENAI_ORGANIZATION', 'OPENAI_PROJECT', 'CODEX_OSS_PORT'],
  unusedVars: [{ name: 'OPENAI_API_BASE', replacement: 'OPENAI_BASE_URL', reason: 'Codex reads OPENAI_BASE_URL' }],
  fingerprints: [
    { type: 'file-present', pattern: '(?:^|/)\\.codex/config\\.toml$' },
    { type: 'package-dependency', pattern: '^@openai/codex$' }
  ],
  sources: [
    'openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; codex-rs/config/src/config_toml.rs@00e9f068; codex-rs/codex-api/src/provider.rs@001cb8e2',
    'docs/clients/codex.md'
  ]
}

