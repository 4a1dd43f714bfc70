import type { BaseUrlVar, ClientProfile, KeyVar, UnusedVar } from '../types.js'

/** openai-node (and openai-python v1+): `baseURL + path`, one duplicate `/` removed (src/client.ts buildURL). */
export const openaiSdk: ClientProfile = {
  id: 'openai-sdk',
  name: 'OpenAI SDK app',
  baseUrlVars: [
    { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    // Names apps read themselves and pass as `baseURL` / `base_url` (below): judged as the SDK joins them, as a guess.
    { name: 'OPENAI_API_BASE', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true },
    { name: 'OPENAI_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
    { name: 'OPENAI_ADMIN_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' }
  ],
  modelVars: ['OPENAI_MODEL'], // an app convention, not read by the SDK
  otherVars: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID', 'OPENAI_WEBHOOK_SECRET', 'OPENAI_LOG', 'OPENAI_CUSTOM_HEADERS', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_API_KEY', 'OPENAI_API_VERSION'],
  // Apps read both names in their own code and hand them to the SDK (`OpenAI(base_url=os.getenv("OPENAI_API_BASE"))`,
  // common in public code); LangChain's ChatOpenAI reads OPENAI_API_BASE itself (langchain-ai/langchain
  // libs/partners/openai/langchain_openai/chat_models/base.py@00539b50: `default_factory=from_env("OPENAI_API_BASE")`).
  unusedVars: [
    { name: 'OPENAI_API_BASE', replacement: 'OPENAI_BASE_URL', reason: 'the SDK reads OPENAI_BASE_URL (OPENAI_API_BASE in openai-python v0.x only, openai-python#745)', readByApps: true },
    { name: 'OPENAI_API_BASE_URL', replacement: 'OPENAI_BASE_URL', reason: 'the OpenAI SDKs read OPENAI_BASE_URL', readByApps: true }
  ],
  fingerprints: [{ type: 'package-dependency', pattern: '^(?:openai|github\\.com/openai/openai-go)$' }],
  inApp: true,
  sources: ['openai/openai-node@7b7d6ca7 src/client.ts:489-510, 740-756']
}

/** The Anthropic SDK and Claude Code read ANTHROPIC_BASE_URL as a host root and append /v1/messages. */
export const anthropicBaseUrl: BaseUrlVar = {
  name: 'ANTHROPIC_BASE_URL',
  convention: 'host-root',
  family: 'anthropic',
  chatPath: '/v1/messages',
  provider: 'anthropic',
  defaultUrl: 'https://api.anthropic.com'
}
export const anthropicKeyVars: readonly KeyVar[] = [
  { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' }, // X-Api-Key
  { name: 'ANTHROPIC_AUTH_TOKEN', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' } // Authorization: Bearer
]
export const anthropicUnused: readonly UnusedVar[] = [
  { name: 'ANTHROPIC_URL', replacement: 'ANTHROPIC_BASE_URL', reason: 'ANTHROPIC_URL is NextChat\'s name; the Anthropic SDK reads ANTHROPIC_BASE_URL' }
]

export const anthropicSdk: ClientProfile = {
  id: 'anthropic-sdk',
  name: 'Anthropic SDK app',
  baseUrlVars: [anthropicBaseUrl],
  keyVars: anthropicKeyVars,
  modelVars: ['ANTHROPIC_MODEL'], // an app convention, not read by the SDK
  otherVars: ['ANTHROPIC_LOG', 'ANTHROPIC_CUSTOM_HEADERS', 'ANTHROPIC_WEBHOOK_SIGNING_KEY'],
  // An app's own code may read the name and pass it to the SDK; Claude Code, which shares the list, has no such code.
  unusedVars: anthropicUnused.map((unused) => ({ ...unused, readByApps: true })),
  fingerprints: [{ type: 'package-dependency', pattern: '^(?:@anthropic-ai/sdk|anthropic|github\\.com/anthropics/anthropic-sdk-go)$' }],
  inApp: true,
  sources: ['anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts:605-627, 931-947; src/resources/messages/messages.ts:97']
}

