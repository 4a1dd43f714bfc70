import type { ClientProfile } from '../types.js'

/** LibreChat: OpenAI SDK underneath; custom endpoints in librechat.yaml (`endpoints.custom[].baseURL`). */
export const librechat: ClientProfile = {
  id: 'librechat',
  name: 'LibreChat',
  baseUrlVars: [
    {
      name: 'baseURL',
      convention: 'includes-version',
      family: 'openai',
      chatPath: '/chat/completions',
      // extractBaseURL cuts a pasted `…/v1/chat/completions` back to `…/v1` (api/utils/extractBaseURL.js@8f47ab10;
      // LibreChat's own Ollama guide writes the full endpoint). Later versions may pass baseURL on unchanged
      // (docs/clients/librechat.md), so base-url-endpoint reports such a value as a note.
      strips: [{ tail: '/v1/chat/completions/', keep: '/v1' }, { tail: '/v1/chat/completions', keep: '/v1' }],
      // `CohereConstants.API_URL`: a baseURL starting with it goes through Cohere's own SDK, not /chat/completions
      // (api/app/clients/ChatGPTClient.js `cohereChatCompletion`), and extractBaseURL returns null for it
      // (packages/api/src/utils/url.ts).
      sentinels: ['https://api.cohere.ai/v1'],
      variants: [
        // `provider: anthropic` makes the endpoint an Anthropic SDK client: the host root, then /v1/messages
        // (custom/initialize.ts `buildAnthropicCustomConfig`, `reverseProxyUrl: baseURL`, danny-avila/LibreChat#13748;
        // librechat.example.yaml@00450b59). It wins over `directEndpoint`, which that branch ignores.
        // `customParams.defaultParamsEndpoint` is no such switch: it shapes parameters only (openai/config.ts@5baa6a83).
        { sibling: { name: 'provider', equals: ['anthropic'] }, family: 'anthropic', convention: 'host-root', chatPath: '/v1/messages' },
        // `directEndpoint: true` posts to baseURL as given (custom/initialize.ts@023696c5).
        { sibling: { name: 'directEndpoint', equals: ['true'] }, family: 'openai', convention: 'verbatim', chatPath: '', fullEndpoint: true }
      ]
    },
    { name: 'OPENAI_REVERSE_PROXY', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
    { name: 'ANTHROPIC_REVERSE_PROXY', convention: 'host-root', family: 'anthropic', chatPath: '/v1/messages', provider: 'anthropic' },
    { name: 'ASSISTANTS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
    { name: 'RAG_OPENAI_BASEURL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' }
  ],
  keyVars: [
    // `apiKey: '${ENV_VAR}'` or `user_provided` (each user enters their own) in librechat.yaml.
    { name: 'apiKey', baseUrlVar: 'baseURL' },
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_REVERSE_PROXY' },
    { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_REVERSE_PROXY' },
    { name: 'GOOGLE_KEY', provider: 'gemini' },
    { name: 'ASSISTANTS_API_KEY', provider: 'openai', baseUrlVar: 'ASSISTANTS_BASE_URL' },
    { name: 'RAG_OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'RAG_OPENAI_BASEURL' }
  ],
  modelVars: ['models', 'default', 'OPENAI_MODELS', 'ANTHROPIC_MODELS', 'GOOGLE_MODELS'],
  // .env.example ships fixed CREDS_KEY/CREDS_IV/JWT_SECRET/JWT_REFRESH_SECRET/MEILI_MASTER_KEY samples.
  otherVars: ['provider', 'directEndpoint', 'CREDS_KEY', 'CREDS_IV', 'JWT_SECRET', 'JWT_REFRESH_SECRET', 'MEILI_MASTER_KEY', 'MONGO_URI', 'HOST', 'PORT', 'DOMAIN_CLIENT', 'DOMAIN_SERVER', 'GOOGLE_REVERSE_PROXY'],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_REVERSE_PROXY', reason: 'LibreChat reads OPENAI_REVERSE_PROXY (or baseURL in librechat.yaml)' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^librechat$' },
    { type: 'docker-image', pattern: '(?:^|/)(?:danny-avila/librechat(?:-dev)?(?:-api)?|librechat/librechat)$' },
    { type: 'file-present', pattern: '(?:^|/)librechat\\.ya?ml$' }
  ],
  sources: [
    'danny-avila/LibreChat packages/api/src/endpoints/custom/initialize.ts@023696c5 and its PR #13748 version, endpoints/openai/config.ts@5baa6a83, librechat.example.yaml@00450b59',
    'docs/clients/librechat.md',
    'danny-avila/LibreChat@411b44e2 librechat.example.yaml; @c70e8194 .env.example; @8f47ab10 api/utils/extractBaseURL.js'
  ]
}

/** Continue: BaseLLM adds a trailing `/`, then `new URL("chat/completions", apiBase)` (core/llm/llms/OpenAI.ts). */
