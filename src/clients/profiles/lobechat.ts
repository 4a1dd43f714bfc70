/**
 * LobeChat (the repository is now lobehub/lobehub). Checked at the commits named in docs/clients/lobechat.md:
 * `LH@1ec57e0` src/server/modules/ModelRuntime/index.ts, `LH@1473a65` src/envs/llm.ts,
 * `LH@12294ca` packages/model-runtime/src/core/anthropicCompatibleFactory/index.ts, the provider runtimes.
 */
import type { BaseUrlVar, BaseUrlVariant, ClientProfile, FlagVar, KeyVar } from '../types.js'

const AT = 'lobehub/lobehub'

/**
 * The DeepSeek, Moonshot and MiniMax runtimes route a base URL ending in `/anthropic` to their Anthropic-compatible
 * runtime, which appends /v1/messages (LH@09154b2 deepseek; lobehub/lobe-chat@5e912a4 providers/moonshot/index.ts
 * and providers/minimax/index.ts `baseURLPattern: /\/anthropic\/?$/`; Qwen and Zhipu do not).
 */
const anthropicRoute: BaseUrlVariant = { pathEndsWith: '/anthropic', family: 'anthropic', convention: 'host-root', chatPath: '/v1/messages' }

/** The flags that only `'0'` turns off (`process.env.X !== '0'`, LH@1473a65 src/envs/llm.ts). */
const offOnlyByZero = (name: string, what: string): FlagVar => ({ name, reads: 'not-equals', value: '0', whenOn: `keeps ${what} enabled`, source: `${AT}@1473a65 src/envs/llm.ts` })

/** LobeChat passes `${PROVIDER}_PROXY_URL` to the provider SDK as `baseURL` (ModelRuntime/index.ts). */
const lobeProxy = (prefix: string, provider: string): BaseUrlVar => ({
  name: `${prefix}_PROXY_URL`,
  convention: 'includes-version',
  family: 'openai',
  chatPath: '/chat/completions',
  provider
})

/**
 * LobeChat splits key lists on `,` and drops blank entries (apiKeyManager.ts); the OpenAI-style and Anthropic
 * runtimes trim the chosen key, the Google one does not, so `a, b` sends " b" only to Google.
 */
const lobeKey = (prefix: string, provider: string | undefined): KeyVar => ({
  name: `${prefix}_API_KEY`,
  ...(provider === undefined ? {} : { provider }),
  baseUrlVar: `${prefix}_PROXY_URL`,
  listSeparator: ',',
  trimsListEntries: prefix !== 'GOOGLE'
})

export const lobechat: ClientProfile = {
  id: 'lobechat',
  name: 'LobeChat',
  baseUrlVars: [
    { ...lobeProxy('OPENAI', 'openai'), defaultUrl: 'https://api.openai.com/v1' },
    // Anthropic goes through its SDK, which adds /v1/messages; the runtime first cuts a trailing /v1, /v1/ or
    // /v1/messages (LH@12294ca ANTHROPIC_SDK_MESSAGES_PATH_PATTERN), so those are tolerated.
    {
      name: 'ANTHROPIC_PROXY_URL',
      convention: 'host-root',
      family: 'anthropic',
      chatPath: '/v1/messages',
      provider: 'anthropic',
      defaultUrl: 'https://api.anthropic.com',
      strips: [{ tail: '/v1/messages/' }, { tail: '/v1/messages' }, { tail: '/v1/' }, { tail: '/v1' }]
    },
    { name: 'GOOGLE_PROXY_URL', convention: 'host-root', family: 'gemini', chatPath: '/v1beta/models/{model}:streamGenerateContent', provider: 'gemini', defaultUrl: 'https://generativelanguage.googleapis.com' },
    { ...lobeProxy('DEEPSEEK', 'deepseek'), defaultUrl: 'https://api.deepseek.com/v1', variants: [anthropicRoute] },
    { ...lobeProxy('GROQ', 'groq'), defaultUrl: 'https://api.groq.com/openai/v1' },
    { ...lobeProxy('QWEN', 'dashscope'), defaultUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
    // DEFAULT_MOONSHOT_BASE_URL (lobehub/lobe-chat@5e912a4 providers/moonshot/index.ts; it was .ai at LH@0044d45).
    { ...lobeProxy('MOONSHOT', 'moonshot'), defaultUrl: 'https://api.moonshot.cn/v1', variants: [anthropicRoute] },
    // DEFAULT_MINIMAX_BASE_URL (lobehub/lobe-chat@5e912a4 providers/minimax/index.ts).
    { ...lobeProxy('MINIMAX', 'minimax'), defaultUrl: 'https://api.minimaxi.com/v1', variants: [anthropicRoute] },
    lobeProxy('OPENROUTER', 'openrouter'),
    lobeProxy('MISTRAL', 'mistral'),
    lobeProxy('XAI', 'xai'),
    lobeProxy('SILICONCLOUD', 'siliconflow'),
    // Native Ollama API on the host root (/api/chat).
    { name: 'OLLAMA_PROXY_URL', convention: 'host-root', family: 'ollama', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://127.0.0.1:11434' },
    // The Azure resource root; the Azure client adds /openai/deployments/… itself.
    { name: 'AZURE_ENDPOINT', convention: 'host-root', family: 'azure', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' },
    { name: '*_PROXY_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions' }
  ],
  keyVars: [
    lobeKey('OPENAI', 'openai'),
    lobeKey('ANTHROPIC', 'anthropic'),
    lobeKey('GOOGLE', 'gemini'),
    lobeKey('DEEPSEEK', 'deepseek'),
    lobeKey('GROQ', 'groq'),
    lobeKey('QWEN', 'dashscope'),
    lobeKey('MOONSHOT', 'moonshot'),
    lobeKey('MINIMAX', 'minimax'),
    lobeKey('OPENROUTER', 'openrouter'),
    lobeKey('MISTRAL', 'mistral'),
    lobeKey('XAI', 'xai'),
    lobeKey('SILICONCLOUD', 'siliconflow'),
    { name: 'AZURE_API_KEY', provider: 'azure-openai', baseUrlVar: 'AZURE_ENDPOINT' },
    lobeKey('*', undefined)
  ],
  modelVars: ['OPENAI_MODEL_LIST', '*_MODEL_LIST'],
  // ACCESS_CODE is LobeChat v1's; v2 signs users in with Better Auth (not fully verified, docs/clients/lobechat.md §6).
  otherVars: ['ACCESS_CODE', 'API_KEY_SELECT_MODE', 'AZURE_API_VERSION', 'AZUREAI_ENDPOINT', 'AZUREAI_ENDPOINT_KEY', 'NEXT_AUTH_SECRET', 'KEY_VAULTS_SECRET', 'DATABASE_URL', 'APP_URL', 'INTERNAL_APP_URL'],
  flags: [
    offOnlyByZero('ENABLED_OPENAI', 'OpenAI'),
    offOnlyByZero('ENABLED_GOOGLE', 'Google'),
    offOnlyByZero('ENABLED_ANTHROPIC', 'Anthropic'),
    offOnlyByZero('ENABLED_OLLAMA', 'Ollama'),
    { name: 'ENABLED_AWS_BEDROCK', reads: 'equals', value: '1', whenOn: 'enables AWS Bedrock', source: `${AT}@1473a65 src/envs/llm.ts` }
  ],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'LobeChat reads OPENAI_PROXY_URL (with /v1)' },
    { name: 'BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'BASE_URL is NextChat\'s name; LobeChat reads OPENAI_PROXY_URL (with /v1)' },
    { name: 'CUSTOM_MODELS', replacement: 'OPENAI_MODEL_LIST', reason: 'the old docs name; LobeChat reads OPENAI_MODEL_LIST' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^@lobehub/(?:chat|lobehub)$' },
    { type: 'docker-image', pattern: '(?:^|/)lobehub/(?:lobe-chat(?:-database)?|lobehub)$' }
  ],
  sources: [
    `${AT}@1ec57e0 src/server/modules/ModelRuntime/index.ts; @1473a65 src/envs/llm.ts; @12294ca anthropicCompatibleFactory/index.ts`,
    'lobehub/lobe-chat@5e912a4 packages/model-runtime/src/providers/moonshot/index.ts, providers/minimax/index.ts',
    'lobehub/lobe-chat@6d0e2547 src/server/modules/ModelRuntime/apiKeyManager.ts',
    'docs/clients/lobechat.md'
  ]
}

