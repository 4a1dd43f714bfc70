/**
 * Continue. Checked at continuedev/continue@d0a3c0b6 (2026-06-18); docs/clients/continue.md has the table.
 * Each model entry picks a provider class with `provider:`; the class decides the path. BaseLLM adds one
 * trailing `/` to `apiBase` and resolves a relative path against it (core/llm/index.ts:275-277), which is the
 * SDK join for a single slash.
 */
import type { BaseUrlVariant, ClientProfile } from '../types.js'

const AT = 'continuedev/continue@d0a3c0b6'

const byProvider = (names: readonly string[], variant: Omit<BaseUrlVariant, 'sibling'>): BaseUrlVariant => ({
  sibling: { name: 'provider', equals: names },
  ...variant
})

export const continueDev: ClientProfile = {
  id: 'continue',
  name: 'Continue',
  baseUrlVars: [
    {
      name: 'apiBase',
      convention: 'includes-version',
      family: 'openai',
      chatPath: '/chat/completions',
      variants: [
        // core/llm/llms/Anthropic.ts:36-44, 446: `new URL("messages", apiBase)`, default https://api.anthropic.com/v1/.
        byProvider(['anthropic'], { family: 'anthropic', convention: 'includes-version', chatPath: '/messages', defaultUrl: 'https://api.anthropic.com/v1/' }),
        // core/llm/llms/Ollama.ts:152-158, 408-415: native /api/chat on the host root.
        byProvider(['ollama'], { family: 'ollama', convention: 'host-root', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://localhost:11434/' }),
        // core/llm/llms/Azure.ts:6-23 with OpenAI.ts:407-418: the resource root, then openai/deployments/….
        byProvider(['azure'], { family: 'azure', convention: 'host-root', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' }),
        // core/llm/llms/Deepseek.ts:8-13: the host root is DeepSeek's own default.
        byProvider(['deepseek'], { family: 'openai', convention: 'includes-version', chatPath: '/chat/completions', provider: 'deepseek', defaultUrl: 'https://api.deepseek.com/' })
      ],
      defaultUrl: 'https://api.openai.com/v1/'
    }
  ],
  keyVars: [{ name: 'apiKey', baseUrlVar: 'apiBase' }],
  modelVars: ['model'],
  otherVars: ['provider', 'name', 'roles', 'apiVersion', 'apiType', 'deployment', 'env', 'useResponsesApi', 'useLegacyCompletionsEndpoint', 'requestOptions', 'capabilities'],
  unusedVars: [],
  fingerprints: [
    { type: 'file-present', pattern: '(?:^|/)(?:\\.continue/|\\.continuerc\\.json$)' },
    { type: 'package-dependency', pattern: '^@continuedev/(?:cli|config-yaml)$' }
  ],
  sources: [
    `${AT} core/llm/index.ts:275-277, core/llm/llms/{OpenAI,Anthropic,Ollama,Azure,Deepseek}.ts, packages/config-yaml/src/schemas/models.ts`,
    'docs/clients/continue.md'
  ]
}
