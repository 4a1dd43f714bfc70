/**
 * Client profiles: the variables each app reads, how it joins a base URL and a request path, the names
 * people set by mistake, and the repository evidence that identifies it. Plain data; facts from
 * `reference/clients.md` (sources and commits listed there) and `reference/providers.md` §1.
 *
 * Variable names may contain one `*` wildcard (`*_PROXY_URL`); exact names win over wildcards
 * (`findBaseUrlVar` in `detect.ts`).
 */
import type { BaseUrlVar, ClientId, ClientProfile, KeyVar, UnusedVar } from './types.js'

/** NextChat's server routes all prefix `https://`, strip one `/` and append a fixed path (clients.md §1.4). */
const nextchatUrl = (name: string, chatPath: string, provider: string | undefined, defaultUrl: string): BaseUrlVar => ({
  name,
  convention: 'host-root',
  chatPath,
  ...(provider === undefined ? {} : { provider }),
  defaultUrl,
  normalize: 'nextchat'
})

/**
 * NextChat's `getApiKey()` splits on `,` and trims each entry, but filters none out, so an empty entry
 * is picked at random like a key (app/config/server.ts:116-131).
 */
const nextchatList = { listSeparator: ',', trimsListEntries: true, keepsEmptyListEntries: true } as const

const nextchatKey = (name: string, provider: string | undefined, baseUrlVar: string): KeyVar => ({
  name,
  ...(provider === undefined ? {} : { provider }),
  baseUrlVar,
  ...nextchatList
})

const nextchat: ClientProfile = {
  id: 'nextchat',
  name: 'NextChat (ChatGPT Next Web)',
  baseUrlVars: [
    // app/api/common.ts: `${BASE_URL}/${OpenaiPath.ChatPath}` with ChatPath "v1/chat/completions".
    nextchatUrl('BASE_URL', '/v1/chat/completions', 'openai', 'https://api.openai.com'),
    // app/api/anthropic.ts:72: anthropicUrl || baseUrl || ANTHROPIC_BASE_URL.
    { ...nextchatUrl('ANTHROPIC_URL', '/v1/messages', 'anthropic', 'https://api.anthropic.com'), fallback: 'BASE_URL' },
    nextchatUrl('GOOGLE_URL', '/v1beta/models/{model}:streamGenerateContent', 'gemini', 'https://generativelanguage.googleapis.com/'),
    // Must end in /openai (or /openai/deployments/<id>, which the route cuts back): common.ts:53-61.
    { name: 'AZURE_URL', convention: 'verbatim', chatPath: '/deployments/{deployment}/chat/completions', provider: 'azure-openai', normalize: 'nextchat' },
    // deepseek.ts appends /chat/completions without v1; DeepSeek answers with or without /v1.
    { ...nextchatUrl('DEEPSEEK_URL', '/chat/completions', 'deepseek', 'https://api.deepseek.com'), convention: 'includes-version' },
    nextchatUrl('MOONSHOT_URL', '/v1/chat/completions', 'moonshot', 'https://api.moonshot.ai'),
    nextchatUrl('XAI_URL', '/v1/chat/completions', 'xai', 'https://api.x.ai'),
    nextchatUrl('CHATGLM_URL', '/api/paas/v4/chat/completions', 'zhipu', 'https://open.bigmodel.cn'),
    nextchatUrl('SILICONFLOW_URL', '/v1/chat/completions', 'siliconflow', 'https://api.siliconflow.cn'),
    nextchatUrl('BYTEDANCE_URL', '/api/v3/chat/completions', 'volcengine-ark', 'https://ark.cn-beijing.volces.com'),
    // Native DashScope API, not compatible-mode.
    nextchatUrl('ALIBABA_URL', '/v1/services/aigc/text-generation/generation', 'dashscope', 'https://dashscope.aliyuncs.com/api/'),
    // Legacy wenxinworkshop API with an OAuth access token.
    nextchatUrl('BAIDU_URL', '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}', 'baidu-qianfan', 'https://aip.baidubce.com'),
    nextchatUrl('AI302_URL', '/v1/chat/completions', 'ai302', 'https://api.302.ai'),
    nextchatUrl('STABILITY_URL', '/v2beta/stable-image/generate/{model}', undefined, 'https://api.stability.ai'),
    nextchatUrl('IFLYTEK_URL', '/v1/chat/completions', undefined, 'https://spark-api-open.xf-yun.com'),
    // tencent/route.ts fetches the value itself.
    { name: 'TENCENT_URL', convention: 'verbatim', chatPath: '', defaultUrl: 'https://hunyuan.tencentcloudapi.com', normalize: 'nextchat' }
  ],
  keyVars: [
    nextchatKey('OPENAI_API_KEY', 'openai', 'BASE_URL'),
    nextchatKey('ANTHROPIC_API_KEY', 'anthropic', 'ANTHROPIC_URL'),
    nextchatKey('GOOGLE_API_KEY', 'gemini', 'GOOGLE_URL'),
    nextchatKey('AZURE_API_KEY', 'azure-openai', 'AZURE_URL'),
    nextchatKey('DEEPSEEK_API_KEY', 'deepseek', 'DEEPSEEK_URL'),
    nextchatKey('MOONSHOT_API_KEY', 'moonshot', 'MOONSHOT_URL'),
    nextchatKey('XAI_API_KEY', 'xai', 'XAI_URL'),
    nextchatKey('CHATGLM_API_KEY', 'zhipu', 'CHATGLM_URL'),
    nextchatKey('SILICONFLOW_API_KEY', 'siliconflow', 'SILICONFLOW_URL'),
    nextchatKey('BYTEDANCE_API_KEY', 'volcengine-ark', 'BYTEDANCE_URL'),
    nextchatKey('ALIBABA_API_KEY', 'dashscope', 'ALIBABA_URL'),
    nextchatKey('BAIDU_API_KEY', 'baidu-qianfan', 'BAIDU_URL'),
    { name: 'BAIDU_SECRET_KEY', provider: 'baidu-qianfan', baseUrlVar: 'BAIDU_URL' },
    // Read but never injected: 302.AI requests get OPENAI_API_KEY (auth.ts switch lacks 302.AI).
    nextchatKey('AI302_API_KEY', 'ai302', 'AI302_URL'),
    nextchatKey('STABILITY_API_KEY', undefined, 'STABILITY_URL'),
    nextchatKey('TENCENT_SECRET_KEY', undefined, 'TENCENT_URL'),
    // iflytek.ts does not go through getApiKey(): no list.
    { name: 'IFLYTEK_API_KEY', baseUrlVar: 'IFLYTEK_URL' },
    { name: 'IFLYTEK_API_SECRET', baseUrlVar: 'IFLYTEK_URL' },
    { name: 'CLOUDFLARE_KV_API_KEY', ...nextchatList }
  ],
  modelVars: ['DEFAULT_MODEL', 'CUSTOM_MODELS', 'VISION_MODELS'],
  otherVars: [
    'CODE',
    'OPENAI_ORG_ID',
    'AZURE_API_VERSION',
    'ANTHROPIC_API_VERSION',
    'TENCENT_SECRET_ID',
    'PROXY_URL', // an outbound HTTP/SOCKS proxy for the container, not an API base URL
    'HIDE_USER_API_KEY',
    'DISABLE_GPT4',
    'ENABLE_BALANCE_QUERY',
    'DISABLE_FAST_LINK',
    'DEFAULT_INPUT_TEMPLATE',
    'WHITE_WEBDAV_ENDPOINTS',
    'ENABLE_MCP',
    'GTM_ID',
    'GA_ID',
    'CLOUDFLARE_ACCOUNT_ID',
    'CLOUDFLARE_KV_NAMESPACE_ID',
    'CLOUDFLARE_KV_TTL',
    'VERCEL',
    'BUILD_MODE',
    'BUILD_APP',
    'DISABLE_CHUNK'
  ],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
    { name: 'OPENAI_API_BASE', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
    { name: 'OPENAI_API_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
    { name: 'OPENAI_PROXY_URL', replacement: 'BASE_URL', reason: 'OPENAI_PROXY_URL is LobeChat\'s name; NextChat reads BASE_URL' },
    { name: 'ANTHROPIC_BASE_URL', replacement: 'ANTHROPIC_URL', reason: 'NextChat reads ANTHROPIC_URL (and falls back to BASE_URL)' },
    { name: 'OPENAI_SB', reason: 'only passed through by docker-compose.yml; no NextChat code reads it' },
    { name: 'PROTOCOL', reason: 'removed on 2023-11-09 (d93f05f51); NextChat now adds https:// itself' },
    { name: 'HIDE_BALANCE_QUERY', replacement: 'ENABLE_BALANCE_QUERY', reason: 'replaced on 2023-11-08 (638fdd8c3), with the opposite meaning' },
    { name: 'WHITE_WEBDEV_ENDPOINTS', replacement: 'WHITE_WEBDAV_ENDPOINTS', reason: 'renamed on 2024-09-19 (212d15fdd)' },
    { name: 'TENCENT_API_KEY', replacement: 'TENCENT_SECRET_KEY', reason: 'only tested for presence; requests are signed with TENCENT_SECRET_ID and TENCENT_SECRET_KEY' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^(?:nextchat|chatgpt-next-web)$' },
    { type: 'path-constant', pattern: '^OPENAI_BASE_URL=https://api\\.openai\\.com$' },
    { type: 'path-constant', pattern: '^OpenaiPath\\.ChatPath=' },
    { type: 'file-present', pattern: '(?:^|/)app/config/server\\.ts$' },
    { type: 'docker-image', pattern: '(?:^|/)(?:chatgpt-next-web|nextchat)$' }
  ],
  sources: [
    'ChatGPTNextWeb/NextChat@706a18b9 app/config/server.ts, app/api/common.ts, app/api/anthropic.ts, app/constant.ts, app/utils/cloudflare.ts',
    'reference/clients.md §1'
  ]
}

/** Chanzhaoyu/chatgpt-web: `options.apiBaseUrl = \`${OPENAI_API_BASE_URL}/v1\`` (service/src/chatgpt/index.ts). */
const chatgptWeb: ClientProfile = {
  id: 'chatgpt-web',
  name: 'chatgpt-web (Chanzhaoyu)',
  baseUrlVars: [
    { name: 'OPENAI_API_BASE_URL', convention: 'host-root', chatPath: '/v1/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com', normalize: 'none' },
    // Reverse proxy for the access-token (web) mode: a full URL used as given.
    { name: 'API_REVERSE_PROXY', convention: 'verbatim', chatPath: '', normalize: 'none' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
    { name: 'OPENAI_ACCESS_TOKEN', baseUrlVar: 'API_REVERSE_PROXY' }
  ],
  modelVars: ['OPENAI_API_MODEL'],
  otherVars: ['AUTH_SECRET_KEY', 'MAX_REQUEST_PER_HOUR', 'TIMEOUT_MS', 'OPENAI_API_DISABLE_DEBUG', 'SOCKS_PROXY_HOST', 'SOCKS_PROXY_PORT', 'HTTPS_PROXY', 'ALL_PROXY'],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'chatgpt-web reads OPENAI_API_BASE_URL (host root; it adds /v1 itself)' },
    { name: 'BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'BASE_URL is NextChat\'s name; chatgpt-web reads OPENAI_API_BASE_URL' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^chatgpt-web$' },
    { type: 'file-present', pattern: '(?:^|/)service/src/chatgpt/index\\.ts$' },
    { type: 'docker-image', pattern: '(?:^|/)chenzhaoyu94/chatgpt-web$' }
  ],
  sources: ['Chanzhaoyu/chatgpt-web@3dd55c84 service/src/chatgpt/index.ts', 'reference/clients.md §2']
}

/** LobeChat passes `${PROVIDER}_PROXY_URL` to the provider SDK as `baseURL` (ModelRuntime/index.ts). */
const lobeProxy = (prefix: string, provider: string): BaseUrlVar => ({
  name: `${prefix}_PROXY_URL`,
  convention: 'includes-version',
  chatPath: '/chat/completions',
  provider
})

/** LobeChat splits key lists on `,` without trimming: `a, b` sends " b" (apiKeyManager.ts). */
const lobeKey = (prefix: string, provider: string | undefined): KeyVar => ({
  name: `${prefix}_API_KEY`,
  ...(provider === undefined ? {} : { provider }),
  baseUrlVar: `${prefix}_PROXY_URL`,
  listSeparator: ',',
  trimsListEntries: false
})

const lobechat: ClientProfile = {
  id: 'lobechat',
  name: 'LobeChat',
  baseUrlVars: [
    { ...lobeProxy('OPENAI', 'openai'), defaultUrl: 'https://api.openai.com/v1' },
    // Anthropic and Google go through their own SDKs, which add the version themselves.
    { name: 'ANTHROPIC_PROXY_URL', convention: 'host-root', chatPath: '/v1/messages', provider: 'anthropic', defaultUrl: 'https://api.anthropic.com' },
    { name: 'GOOGLE_PROXY_URL', convention: 'host-root', chatPath: '/v1beta/models/{model}:streamGenerateContent', provider: 'gemini', defaultUrl: 'https://generativelanguage.googleapis.com' },
    { ...lobeProxy('DEEPSEEK', 'deepseek'), defaultUrl: 'https://api.deepseek.com' },
    { ...lobeProxy('GROQ', 'groq'), defaultUrl: 'https://api.groq.com/openai/v1' },
    { ...lobeProxy('QWEN', 'dashscope'), defaultUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
    { ...lobeProxy('MOONSHOT', 'moonshot'), defaultUrl: 'https://api.moonshot.cn/v1' },
    lobeProxy('OPENROUTER', 'openrouter'),
    lobeProxy('MISTRAL', 'mistral'),
    lobeProxy('XAI', 'xai'),
    lobeProxy('SILICONCLOUD', 'siliconflow'),
    // Native Ollama API on the host root (/api/chat).
    { name: 'OLLAMA_PROXY_URL', convention: 'host-root', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://127.0.0.1:11434' },
    // The Azure resource root; the Azure client adds /openai/deployments/… itself.
    { name: 'AZURE_ENDPOINT', convention: 'host-root', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' },
    { name: '*_PROXY_URL', convention: 'includes-version', chatPath: '/chat/completions' }
  ],
  keyVars: [
    lobeKey('OPENAI', 'openai'),
    lobeKey('ANTHROPIC', 'anthropic'),
    lobeKey('GOOGLE', 'gemini'),
    lobeKey('DEEPSEEK', 'deepseek'),
    lobeKey('GROQ', 'groq'),
    lobeKey('QWEN', 'dashscope'),
    lobeKey('MOONSHOT', 'moonshot'),
    lobeKey('OPENROUTER', 'openrouter'),
    lobeKey('MISTRAL', 'mistral'),
    lobeKey('XAI', 'xai'),
    lobeKey('SILICONCLOUD', 'siliconflow'),
    { name: 'AZURE_API_KEY', provider: 'azure-openai', baseUrlVar: 'AZURE_ENDPOINT' },
    lobeKey('*', undefined)
  ],
  modelVars: ['OPENAI_MODEL_LIST', '*_MODEL_LIST'],
  otherVars: ['ACCESS_CODE', 'API_KEY_SELECT_MODE', 'AZURE_API_VERSION', 'ENABLED_OLLAMA', 'NEXT_AUTH_SECRET', 'KEY_VAULTS_SECRET', 'DATABASE_URL', 'APP_URL'],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'LobeChat reads OPENAI_PROXY_URL (with /v1)' },
    { name: 'BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'BASE_URL is NextChat\'s name; LobeChat reads OPENAI_PROXY_URL (with /v1)' },
    { name: 'CUSTOM_MODELS', replacement: 'OPENAI_MODEL_LIST', reason: 'the old docs name; LobeChat reads OPENAI_MODEL_LIST' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^@lobehub/chat$' },
    { type: 'docker-image', pattern: '(?:^|/)lobehub/lobe-chat(?:-database)?$' }
  ],
  sources: [
    'lobehub/lobe-chat@4c65d9ea docs/self-hosting/environment-variables/model-provider.mdx',
    'lobehub/lobe-chat@0cfc890a src/server/modules/ModelRuntime/index.ts; @6d0e2547 apiKeyManager.ts'
  ]
}

/** Open WebUI: `f"{url}/chat/completions"`; lists split on `;` and stripped (backend/open_webui/config.py). */
const openWebui: ClientProfile = {
  id: 'open-webui',
  name: 'Open WebUI',
  baseUrlVars: [
    { name: 'OPENAI_API_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    { name: 'OPENAI_API_BASE_URLS', convention: 'includes-version', chatPath: '/chat/completions', listSeparator: ';', fallback: 'OPENAI_API_BASE_URL' },
    // Native Ollama API (/api/chat) on the host root.
    { name: 'OLLAMA_BASE_URL', convention: 'host-root', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://localhost:11434' },
    { name: 'OLLAMA_BASE_URLS', convention: 'host-root', chatPath: '/api/chat', provider: 'ollama', listSeparator: ';', fallback: 'OLLAMA_BASE_URL' },
    { name: 'GEMINI_API_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'gemini' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
    // Positional: the n-th key goes with the n-th URL of OPENAI_API_BASE_URLS.
    { name: 'OPENAI_API_KEYS', baseUrlVar: 'OPENAI_API_BASE_URLS', listSeparator: ';', trimsListEntries: true },
    { name: 'GEMINI_API_KEY', provider: 'gemini', baseUrlVar: 'GEMINI_API_BASE_URL' }
  ],
  modelVars: ['DEFAULT_MODELS', 'TASK_MODEL', 'TASK_MODEL_EXTERNAL'],
  otherVars: ['ENABLE_OPENAI_API', 'ENABLE_OLLAMA_API', 'OPENAI_API_CONFIGS', 'WEBUI_SECRET_KEY', 'WEBUI_AUTH', 'WEBUI_URL', 'WEBUI_NAME', 'DATA_DIR', 'PORT'],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' },
    { name: 'OPENAI_API_BASE', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^open-webui$' },
    { type: 'docker-image', pattern: '(?:^|/)open-webui/open-webui$' }
  ],
  sources: ['open-webui/open-webui backend/open_webui/config.py; @004a45f5 backend/open_webui/routers/openai.py']
}

/** LibreChat: OpenAI SDK underneath; custom endpoints in librechat.yaml (`endpoints.custom[].baseURL`). */
const librechat: ClientProfile = {
  id: 'librechat',
  name: 'LibreChat',
  baseUrlVars: [
    { name: 'baseURL', convention: 'includes-version', chatPath: '/chat/completions' },
    { name: 'OPENAI_REVERSE_PROXY', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai' },
    { name: 'ANTHROPIC_REVERSE_PROXY', convention: 'host-root', chatPath: '/v1/messages', provider: 'anthropic' },
    { name: 'ASSISTANTS_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai' },
    { name: 'RAG_OPENAI_BASEURL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai' }
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
  otherVars: ['CREDS_KEY', 'CREDS_IV', 'JWT_SECRET', 'JWT_REFRESH_SECRET', 'MEILI_MASTER_KEY', 'MONGO_URI', 'HOST', 'PORT', 'DOMAIN_CLIENT', 'DOMAIN_SERVER', 'GOOGLE_REVERSE_PROXY'],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_REVERSE_PROXY', reason: 'LibreChat reads OPENAI_REVERSE_PROXY (or baseURL in librechat.yaml)' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^librechat$' },
    { type: 'docker-image', pattern: '(?:^|/)(?:danny-avila/librechat(?:-dev)?(?:-api)?|librechat/librechat)$' },
    { type: 'file-present', pattern: '(?:^|/)librechat\\.ya?ml$' }
  ],
  sources: [
    'danny-avila/LibreChat@411b44e2 librechat.example.yaml; @c70e8194 .env.example; @8f47ab10 api/utils/extractBaseURL.js'
  ]
}

/** Continue: BaseLLM adds a trailing `/`, then `new URL("chat/completions", apiBase)` (core/llm/llms/OpenAI.ts). */
const continueDev: ClientProfile = {
  id: 'continue',
  name: 'Continue',
  baseUrlVars: [{ name: 'apiBase', convention: 'includes-version', chatPath: '/chat/completions', defaultUrl: 'https://api.openai.com/v1/' }],
  keyVars: [{ name: 'apiKey', baseUrlVar: 'apiBase' }],
  modelVars: ['model'],
  otherVars: ['provider', 'name', 'roles', 'apiVersion', 'apiType', 'deployment'],
  unusedVars: [],
  fingerprints: [{ type: 'file-present', pattern: '(?:^|/)\\.continue/' }],
  sources: ['continuedev/continue@732eb248 core/llm/llms/OpenAI.ts']
}

/** Codex CLI: `format!("{base_url}/responses")` without trimming (model_provider_info.rs get_full_url). */
const codex: ClientProfile = {
  id: 'codex',
  name: 'Codex CLI',
  baseUrlVars: [
    { name: 'base_url', convention: 'includes-version', chatPath: '/responses', normalize: 'none' },
    { name: 'OPENAI_BASE_URL', convention: 'includes-version', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1', normalize: 'none' },
    { name: 'CODEX_OSS_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'ollama', defaultUrl: 'http://localhost:11434/v1', normalize: 'none' }
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
  sources: ['openai/codex@79f6925c codex-rs/core/src/model_provider_info.rs; @001cb8e2 (wire_api = "responses")']
}

/** openai-node (and openai-python v1+): `baseURL + path`, one duplicate `/` removed (src/client.ts buildURL). */
const openaiSdk: ClientProfile = {
  id: 'openai-sdk',
  name: 'OpenAI SDK app',
  baseUrlVars: [{ name: 'OPENAI_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' }],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
    { name: 'OPENAI_ADMIN_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' }
  ],
  modelVars: ['OPENAI_MODEL'], // an app convention, not read by the SDK
  otherVars: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID', 'OPENAI_WEBHOOK_SECRET', 'OPENAI_LOG', 'OPENAI_CUSTOM_HEADERS'],
  unusedVars: [
    { name: 'OPENAI_API_BASE', replacement: 'OPENAI_BASE_URL', reason: 'read by openai-python v0.x only (openai-python#745)' },
    { name: 'OPENAI_API_BASE_URL', replacement: 'OPENAI_BASE_URL', reason: 'the OpenAI SDKs read OPENAI_BASE_URL' }
  ],
  fingerprints: [{ type: 'package-dependency', pattern: '^openai$' }],
  sources: ['openai/openai-node@7b7d6ca7 src/client.ts:489-510, 740-756']
}

/** The Anthropic SDK and Claude Code read ANTHROPIC_BASE_URL as a host root and append /v1/messages. */
const anthropicBaseUrl: BaseUrlVar = {
  name: 'ANTHROPIC_BASE_URL',
  convention: 'host-root',
  chatPath: '/v1/messages',
  provider: 'anthropic',
  defaultUrl: 'https://api.anthropic.com'
}
const anthropicKeyVars: readonly KeyVar[] = [
  { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' }, // X-Api-Key
  { name: 'ANTHROPIC_AUTH_TOKEN', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' } // Authorization: Bearer
]
const anthropicUnused: readonly UnusedVar[] = [
  { name: 'ANTHROPIC_URL', replacement: 'ANTHROPIC_BASE_URL', reason: 'ANTHROPIC_URL is NextChat\'s name; the Anthropic SDK reads ANTHROPIC_BASE_URL' }
]

const anthropicSdk: ClientProfile = {
  id: 'anthropic-sdk',
  name: 'Anthropic SDK app',
  baseUrlVars: [anthropicBaseUrl],
  keyVars: anthropicKeyVars,
  modelVars: ['ANTHROPIC_MODEL'], // an app convention, not read by the SDK
  otherVars: ['ANTHROPIC_LOG', 'ANTHROPIC_CUSTOM_HEADERS', 'ANTHROPIC_WEBHOOK_SIGNING_KEY'],
  unusedVars: anthropicUnused,
  fingerprints: [{ type: 'package-dependency', pattern: '^(?:@anthropic-ai/sdk|anthropic)$' }],
  sources: ['anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts:595-627, 936-948; src/resources/messages/messages.ts:97']
}

const claudeCode: ClientProfile = {
  id: 'claude-code',
  name: 'Claude Code',
  baseUrlVars: [anthropicBaseUrl],
  keyVars: anthropicKeyVars,
  modelVars: ['ANTHROPIC_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL', 'ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL'],
  otherVars: ['apiKeyHelper', 'ANTHROPIC_CUSTOM_HEADERS', 'ANTHROPIC_BEDROCK_BASE_URL', 'ANTHROPIC_VERTEX_BASE_URL', 'CLAUDE_CODE_USE_BEDROCK', 'CLAUDE_CODE_USE_VERTEX'],
  unusedVars: anthropicUnused,
  fingerprints: [
    { type: 'file-present', pattern: '(?:^|/)\\.claude/settings(?:\\.local)?\\.json$' },
    { type: 'package-dependency', pattern: '^@anthropic-ai/claude-code$' }
  ],
  sources: ['code.claude.com/docs env-vars; docs.anthropic.com claude-code/llm-gateway (reference/clients.md §3)']
}

/**
 * No client identified: assume the SDK convention for the usual names. Rules report findings that rest on
 * this guess at a lower severity.
 */
const unknown: ClientProfile = {
  id: 'unknown',
  name: 'unknown client (SDK convention assumed)',
  baseUrlVars: [
    { name: 'OPENAI_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    { name: 'OPENAI_API_BASE', convention: 'includes-version', chatPath: '/chat/completions', provider: 'openai' },
    anthropicBaseUrl,
    { name: 'BASE_URL', convention: 'includes-version', chatPath: '/chat/completions' },
    { name: '*_BASE_URL', convention: 'includes-version', chatPath: '/chat/completions' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
    ...anthropicKeyVars,
    { name: '*_API_KEY' }
  ],
  modelVars: ['*_MODEL'],
  otherVars: [],
  unusedVars: [],
  fingerprints: [],
  sources: ['reference/clients.md §3 (SDK convention)']
}

/** Every client profile by id; detection tries them in this order on ties. */
export const clientProfiles: Readonly<Record<ClientId, ClientProfile>> = {
  nextchat,
  'chatgpt-web': chatgptWeb,
  lobechat,
  'open-webui': openWebui,
  librechat,
  continue: continueDev,
  codex,
  'openai-sdk': openaiSdk,
  'anthropic-sdk': anthropicSdk,
  'claude-code': claudeCode,
  unknown
}
