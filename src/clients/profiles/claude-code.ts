import type { ClientProfile } from '../types.js'
import { anthropicBaseUrl, anthropicKeyVars, anthropicUnused } from './sdk.js'

export const claudeCode: ClientProfile = {
  id: 'claude-code',
  name: 'Claude Code',
  baseUrlVars: [anthropicBaseUrl],
  keyVars: anthropicKeyVars,
  modelVars: ['ANTHROPIC_MODEL', 'ANTHROPIC_DEFAULT_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL', 'ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL'],
  otherVars: [
    'apiKeyHelper',
    'ANTHROPIC_CUSTOM_HEADERS',
    'ANTHROPIC_BEDROCK_BASE_URL',
    'ANTHROPIC_VERTEX_BASE_URL',
    'CLAUDE_CODE_USE_BEDROCK',
    'CLAUDE_CODE_USE_VERTEX',
    'CLAUDE_CODE_USE_FOUNDRY',
    'CLAUDE_CODE_USE_MANTLE',
    'ENABLE_TOOL_SEARCH',
    'API_TIMEOUT_MS',
    'CLAUDE_CODE_OAUTH_TOKEN',
    'AWS_BEARER_TOKEN_BEDROCK'
  ],
  unusedVars: anthropicUnused,
  // Users report that Claude Code loads the `.env` files of the folder it starts in (anthropics/claude-code#13489,
  // docs/clients/claude-code.md §6): its settings file says who reads that folder's `.env`, unlike Codex's config.
  fingerprints: [
    { type: 'file-present', pattern: '(?:^|/)\\.claude/settings(?:\\.local)?\\.json$' },
    { type: 'package-dependency', pattern: '^@anthropic-ai/claude-code$' }
  ],
  sources: ['code.claude.com/docs/en/env-vars; code.claude.com/docs/en/llm-gateway', 'docs/clients/claude-code.md']
}

