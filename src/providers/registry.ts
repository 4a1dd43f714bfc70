/**
 * The provider registry: API hosts and roots, non-API hosts, key formats, auth and support headers of the
 * providers and gateways people point OpenAI-compatible chat apps at. Plain data; facts and their sources
 * come from `reference/providers.md`, `providers.json` and `secret-scanners.md` (snapshots named there).
 *
 * Conventions:
 * - `apiRoot` follows the SDK convention (what `OPENAI_BASE_URL` should hold). Host-root clients such as
 *   NextChat derive their base from it (`src/clients/effective-url.ts`).
 * - Key formats marked `unique` name their provider for certain and are scanned for in every file.
 *   `shared` shapes (`sk-` + 32 hex, `sk-` + 48 alphanumerics, prefix-less strings) only say "could be";
 *   a shape shared by several providers resolves to the first provider listing it, so the generic owner
 *   of a shape is listed first (one-api/new-api for `sk-` + 48, DeepSeek for `sk-` + 32 hex, Azure for 32 hex).
 * - `[unverified]` marks facts the reference notes could not confirm.
 */
import type { KeyFormat, Provider } from './types.js'

// Shapes several providers share (providers.md §3 "Collisions"). One object each, so every provider
// that issues the shape lists the same format and rules can compare format ids.

/** DeepSeek and Alibaba DashScope. */
const SK_HEX32: KeyFormat = { id: 'sk-hex32', pattern: 'sk-[a-f0-9]{32}', confidence: 'shared' }
/** one-api/new-api tokens (`GenerateKey()` = 48 chars shown as `sk-…`), Moonshot, most resellers. */
const SK_ALNUM48: KeyFormat = { id: 'sk-alnum48', pattern: 'sk-[A-Za-z0-9]{48}', confidence: 'shared' }
/** Azure OpenAI keys; also any MD5-like hex string. */
const HEX32: KeyFormat = { id: 'hex32', pattern: '[a-f0-9]{32}', confidence: 'shared' }

const OPENAI_MARKER = 'T3BlbkFJ' // base64("OpenAI"), inside every OpenAI user, project, service and admin key

export const providers: readonly Provider[] = [
  // ── Providers whose keys carry a unique prefix ────────────────────────────────────────────────
  {
    id: 'openai',
    name: 'OpenAI',
    apiHosts: ['api.openai.com', 'us.api.openai.com', 'eu.api.openai.com', 'ae.api.openai.com'],
    apiRoot: 'https://api.openai.com/v1',
    nonApiHosts: [
      { host: 'openai.com', role: 'marketing' },
      { host: 'www.openai.com', role: 'marketing' },
      { host: 'platform.openai.com', role: 'dashboard' },
      { host: 'chat.openai.com', role: 'chat-app' },
      { host: 'chatgpt.com', role: 'chat-app' },
      { host: 'www.chatgpt.com', role: 'chat-app' },
      { host: 'help.openai.com', role: 'docs' },
      { host: 'developers.openai.com', role: 'docs' }
    ],
    keyFormats: [
      // Flexible lengths around the marker (secret-scanners.md §7): gitleaks' fixed 58/74 misses real keys (#1467).
      { id: 'openai-admin', pattern: `sk-admin-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`, confidence: 'unique', inference: false },
      { id: 'openai-project', pattern: `sk-(?:proj|svcacct|service|None)-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`, confidence: 'unique' },
      { id: 'openai-legacy', pattern: `sk-[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20}`, confidence: 'unique' }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: ['x-request-id', 'cf-ray'],
    sources: [
      'openai/openai-node@7b7d6ca7 src/client.ts (baseURL default, x-request-id), src/internal/data-residency.ts',
      'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/openai.go',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openai, pkg/detectors/openaiadmin',
      'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
    ]
  },
  {
    id: 'azure-openai',
    name: 'Azure OpenAI',
    apiHosts: ['*.openai.azure.com', '*.cognitiveservices.azure.com', '*.services.ai.azure.com'],
    apiRoot: 'https://{resource}.openai.azure.com/openai/v1',
    // Deployment-style URLs: {azure root}/deployments/{deployment}/chat/completions?api-version=…
    apis: { azure: 'https://{resource}.openai.azure.com/openai' },
    nonApiHosts: [
      { host: 'portal.azure.com', role: 'dashboard' },
      { host: 'ai.azure.com', role: 'dashboard' },
      { host: 'oai.azure.com', role: 'dashboard' },
      { host: 'learn.microsoft.com', role: 'docs' }
    ],
    keyFormats: [
      HEX32,
      // Newer Azure AI services keys [unverified] (trufflehog #4389).
      { id: 'azure-alnum84', pattern: '[A-Za-z0-9]{84}', confidence: 'shared' }
    ],
    auth: 'api-key',
    modelsPath: '/models',
    requestIdHeaders: ['apim-request-id', 'x-request-id', 'x-ms-region'],
    sources: [
      'openai/openai-node@7b7d6ca7 src/azure.ts',
      'vercel/ai@ed857f50 packages/azure/src/azure-openai-provider.ts',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/azure_openai/azure_openai.go',
      'ChatGPTNextWeb/NextChat@706a18b9 app/api/common.ts'
    ]
  },
  {
    id: 'anthropic',
    name: 'Anthropic',
    apiHosts: ['api.anthropic.com'],
    // OpenAI-compatible layer ("testing, not production"); the SDKs use the native root and add /v1/messages.
    apiRoot: 'https://api.anthropic.com/v1',
    apis: { anthropic: 'https://api.anthropic.com' },
    nonApiHosts: [
      { host: 'anthropic.com', role: 'marketing' },
      { host: 'www.anthropic.com', role: 'marketing' },
      { host: 'claude.com', role: 'marketing' },
      { host: 'www.claude.com', role: 'marketing' },
      { host: 'console.anthropic.com', role: 'dashboard' },
      { host: 'platform.claude.com', role: 'dashboard' },
      { host: 'claude.ai', role: 'chat-app' },
      { host: 'docs.anthropic.com', role: 'docs' },
      { host: 'docs.claude.com', role: 'docs' }
    ],
    keyFormats: [
      // secretlint accepts api0\d and 90–128 body characters; gitleaks fixes api03 + 93.
      { id: 'anthropic-api', pattern: 'sk-ant-api0\\d-[A-Za-z0-9_-]{86,128}AA', confidence: 'unique' },
      { id: 'anthropic-admin', pattern: 'sk-ant-admin01-[A-Za-z0-9_-]{93}AA', confidence: 'unique', inference: false },
      // Claude subscription OAuth token: needs Bearer + anthropic-beta, fails with x-api-key.
      { id: 'anthropic-oauth', pattern: 'sk-ant-oat01-[A-Za-z0-9_-]{40,}', confidence: 'unique', inference: false }
    ],
    // The native /v1/models probe (trufflehog) uses x-api-key; Bearer there is unverified.
    auth: 'x-api-key',
    modelsPath: '/models',
    requestIdHeaders: ['request-id', 'cf-ray'],
    sources: [
      'anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts, src/core/error.ts',
      'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/anthropic.go',
      'secretlint 13.1 secretlint-rule-anthropic',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/anthropic/anthropic.go',
      'https://platform.claude.com/docs/en/api/openai-sdk'
    ]
  },
  {
    id: 'gemini',
    name: 'Google Gemini',
    apiHosts: ['generativelanguage.googleapis.com'],
    apiRoot: 'https://generativelanguage.googleapis.com/v1beta/openai',
    apis: { gemini: 'https://generativelanguage.googleapis.com/v1beta' },
    nonApiHosts: [
      { host: 'aistudio.google.com', role: 'dashboard' },
      { host: 'makersuite.google.com', role: 'dashboard' },
      { host: 'ai.google.dev', role: 'docs' },
      { host: 'gemini.google.com', role: 'chat-app' }
    ],
    keyFormats: [
      // AIza keys are Google Cloud API keys in general (gitleaks gcp-api-key).
      { id: 'google-api-key', pattern: 'AIza[0-9A-Za-z_-]{35}', confidence: 'unique' },
      { id: 'gemini-aq', pattern: 'AQ\\.Ab8RN6[A-Za-z0-9_-]{44}', confidence: 'unique' }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/google/src/google-provider.ts',
      'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/gcp.go',
      'betterleaks/betterleaks@6381fa45 gcp-gemini-api rule',
      'https://ai.google.dev/api/compatibility'
    ]
  },
  {
    id: 'openrouter',
    name: 'OpenRouter',
    apiHosts: ['openrouter.ai'],
    apiRoot: 'https://openrouter.ai/api/v1',
    // Claude Code with ANTHROPIC_BASE_URL=https://openrouter.ai/api (openrouter.ai/docs/guides/coding-agents/claude-code-integration).
    apis: { anthropic: 'https://openrouter.ai/api' },
    // openrouter.ai serves the website too; only /api is the API.
    apiPathPrefix: '/api',
    nonApiHosts: [{ host: 'www.openrouter.ai', role: 'marketing' }],
    keyFormats: [{ id: 'openrouter', pattern: 'sk-or-v1-[0-9a-f]{64}', confidence: 'unique' }],
    auth: 'bearer',
    // Public (works without a key); verify keys with GET /key instead.
    modelsPath: '/models',
    requestIdHeaders: ['cf-ray'],
    gateway: true,
    sources: [
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openrouter/openrouter.go',
      'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/openrouter.go',
      'https://openrouter.ai/docs/errors'
    ]
  },
  {
    id: 'groq',
    name: 'Groq',
    apiHosts: ['api.groq.com'],
    apiRoot: 'https://api.groq.com/openai/v1',
    nonApiHosts: [
      { host: 'groq.com', role: 'marketing' },
      { host: 'www.groq.com', role: 'marketing' },
      { host: 'console.groq.com', role: 'dashboard' }
    ],
    keyFormats: [{ id: 'groq', pattern: 'gsk_[A-Za-z0-9]{52}', confidence: 'unique' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: ['x-request-id'],
    sources: [
      'vercel/ai@ed857f50 packages/groq/src/groq-provider.ts',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/groq/groq.go',
      'secretlint 13.1 secretlint-rule-groq'
    ]
  },
  {
    id: 'xai',
    name: 'xAI',
    apiHosts: ['api.x.ai'],
    apiRoot: 'https://api.x.ai/v1',
    nonApiHosts: [
      { host: 'x.ai', role: 'marketing' },
      { host: 'console.x.ai', role: 'dashboard' },
      { host: 'docs.x.ai', role: 'docs' },
      { host: 'grok.com', role: 'chat-app' }
    ],
    keyFormats: [{ id: 'xai', pattern: 'xai-[A-Za-z0-9_-]{70,120}', confidence: 'unique' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/xai/src/xai-provider.ts',
      'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/xai.go',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/xai/xai.go'
    ]
  },
  {
    id: 'perplexity',
    name: 'Perplexity',
    apiHosts: ['api.perplexity.ai'],
    // No /v1: chat is POST https://api.perplexity.ai/chat/completions.
    apiRoot: 'https://api.perplexity.ai',
    nonApiHosts: [
      { host: 'perplexity.ai', role: 'chat-app' },
      { host: 'www.perplexity.ai', role: 'chat-app' },
      { host: 'docs.perplexity.ai', role: 'docs' }
    ],
    keyFormats: [{ id: 'perplexity', pattern: 'pplx-[A-Za-z0-9]{48}', confidence: 'unique' }],
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/perplexity/src/perplexity-provider.ts',
      'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/perplexity.go'
    ]
  },
  {
    id: 'together',
    name: 'Together AI',
    // api.together.ai is an alias seen in newer docs [unverified].
    apiHosts: ['api.together.xyz', 'api.together.ai'],
    apiRoot: 'https://api.together.xyz/v1',
    nonApiHosts: [
      { host: 'together.ai', role: 'marketing' },
      { host: 'www.together.ai', role: 'marketing' },
      { host: 'docs.together.ai', role: 'docs' }
    ],
    keyFormats: [
      { id: 'together', pattern: 'tgp_v1_[A-Za-z0-9_-]{43}', confidence: 'unique' },
      { id: 'hex64', pattern: '[a-f0-9]{64}', confidence: 'shared' } // legacy keys
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/togetherai/src/togetherai-provider.ts',
      'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/togetherai.go',
      'https://docs.together.ai/docs/error-codes'
    ]
  },
  {
    id: 'huggingface',
    name: 'Hugging Face Inference Providers',
    apiHosts: ['router.huggingface.co', 'api-inference.huggingface.co'],
    apiRoot: 'https://router.huggingface.co/v1',
    nonApiHosts: [{ host: 'huggingface.co', role: 'marketing' }],
    keyFormats: [
      // trufflehog allows digits; gitleaks and secretlint only letters and miss such tokens.
      { id: 'huggingface', pattern: 'hf_[A-Za-z0-9]{34}', confidence: 'unique' },
      { id: 'huggingface-org', pattern: 'api_org_[A-Za-z]{34}', confidence: 'unique', inference: false }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/huggingface/src/huggingface-provider.ts',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/huggingface',
      'gitleaks/gitleaks@b58d3f10 huggingface-access-token rule'
    ]
  },
  {
    id: 'cerebras',
    name: 'Cerebras',
    apiHosts: ['api.cerebras.ai'],
    apiRoot: 'https://api.cerebras.ai/v1',
    nonApiHosts: [
      { host: 'cerebras.ai', role: 'marketing' },
      { host: 'cloud.cerebras.ai', role: 'dashboard' },
      { host: 'inference-docs.cerebras.ai', role: 'docs' }
    ],
    keyFormats: [{ id: 'cerebras', pattern: 'csk-[A-Za-z0-9]{48}', confidence: 'unique' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['vercel/ai@ed857f50 packages/cerebras/src/cerebras-provider.ts', 'betterleaks/betterleaks@6381fa45 cerebras-api-key rule']
  },
  {
    id: 'nvidia-nim',
    name: 'NVIDIA NIM',
    apiHosts: ['integrate.api.nvidia.com'],
    apiRoot: 'https://integrate.api.nvidia.com/v1',
    nonApiHosts: [{ host: 'build.nvidia.com', role: 'dashboard' }],
    keyFormats: [{ id: 'nvidia', pattern: 'nvapi-[A-Za-z0-9_-]{60,70}', confidence: 'unique' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['BerriAI/litellm get_llm_provider_logic.py (nvidia_nim)', 'betterleaks/betterleaks@6381fa45 nvidia-api-key rule']
  },
  {
    id: 'baidu-qianfan',
    name: 'Baidu Qianfan',
    apiHosts: ['qianfan.baidubce.com', 'aip.baidubce.com'],
    apiRoot: 'https://qianfan.baidubce.com/v2',
    // Legacy wenxinworkshop API with OAuth access tokens; NextChat's BAIDU_URL still uses it.
    // cloud.baidu.com/doc/qianfan-docs/s/6mh3e6gjp (Anthropic-compatible endpoint).
    apis: { baidu: 'https://aip.baidubce.com', anthropic: 'https://qianfan.baidubce.com/anthropic' },
    nonApiHosts: [
      { host: 'cloud.baidu.com', role: 'marketing' },
      { host: 'console.bce.baidu.com', role: 'dashboard' },
      { host: 'yiyan.baidu.com', role: 'chat-app' }
    ],
    // Key format [unverified], but the prefix is distinctive.
    keyFormats: [{ id: 'baidu-bce-v3', pattern: 'bce-v3/ALTAK-[A-Za-z0-9]+/[A-Za-z0-9]+', confidence: 'unique' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/baidu.ts', 'public configs using https://qianfan.baidubce.com/v2']
  },

  // ── Shared or prefix-less key shapes (order matters, see the header) ──────────────────────────
  {
    id: 'siliconflow',
    name: 'SiliconFlow',
    apiHosts: ['api.siliconflow.cn', 'api.siliconflow.com'],
    apiRoot: 'https://api.siliconflow.cn/v1',
    nonApiHosts: [
      { host: 'siliconflow.cn', role: 'marketing' },
      { host: 'www.siliconflow.cn', role: 'marketing' },
      { host: 'siliconflow.com', role: 'marketing' },
      { host: 'cloud.siliconflow.cn', role: 'dashboard' },
      { host: 'cloud.siliconflow.com', role: 'dashboard' },
      { host: 'docs.siliconflow.cn', role: 'docs' }
    ],
    // Listed before one-api so that the narrower lowercase shape wins [medium confidence].
    keyFormats: [{ id: 'sk-lower48', pattern: 'sk-[a-z]{48}', confidence: 'shared' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/siliconflow.ts']
  },
  {
    id: 'one-api',
    name: 'one-api / new-api gateway',
    // Self-hosted: no fixed host. Config providers name the real host.
    apiHosts: [],
    apiRoot: 'https://{host}/v1',
    nonApiHosts: [],
    keyFormats: [
      SK_ALNUM48,
      // A `-<channelId>` suffix pins a channel (admin tokens only).
      { id: 'sk-alnum48-channel', pattern: 'sk-[A-Za-z0-9]{48}-[0-9]+', confidence: 'shared' }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: ['x-oneapi-request-id'],
    gateway: true,
    sources: [
      'songquanpeng/one-api@8df4a267 middleware/auth.go, common/random/main.go, common/helper/key.go',
      'QuantumNous/new-api model/token.go@0067bd93, common/constants.go'
    ]
  },
  {
    id: 'rutaapi',
    name: 'RutaAPI',
    apiHosts: ['api.rutaapi.com'],
    apiRoot: 'https://api.rutaapi.com/v1',
    nonApiHosts: [
      { host: 'rutaapi.com', role: 'marketing' },
      { host: 'www.rutaapi.com', role: 'marketing' },
      { host: 'app.rutaapi.com', role: 'dashboard' }
    ],
    // Key format [unverified]: assumed one-api/new-api style.
    keyFormats: [SK_ALNUM48],
    auth: 'bearer',
    modelsPath: '/models',
    // one-api's header, if RutaAPI runs one-api/new-api [unverified].
    requestIdHeaders: ['x-oneapi-request-id'],
    gateway: true,
    sources: [
      'https://rutaapi.com/docs/api-key-base-url-openai-compatible/',
      'https://rutaapi.com/docs/nextchat-custom-api-base-url/ (reference/rutaapi-nextchat-guide.txt)'
    ]
  },
  {
    id: 'deepseek',
    name: 'DeepSeek',
    apiHosts: ['api.deepseek.com'],
    apiRoot: 'https://api.deepseek.com',
    apiRootAliases: ['https://api.deepseek.com/v1'],
    // Anthropic Messages API for Claude Code and the Anthropic SDK (api-docs.deepseek.com/guides/anthropic_api).
    apis: { anthropic: 'https://api.deepseek.com/anthropic' },
    nonApiHosts: [
      { host: 'deepseek.com', role: 'marketing' },
      { host: 'www.deepseek.com', role: 'marketing' },
      { host: 'platform.deepseek.com', role: 'dashboard' },
      { host: 'chat.deepseek.com', role: 'chat-app' },
      { host: 'api-docs.deepseek.com', role: 'docs' }
    ],
    keyFormats: [SK_HEX32],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/deepseek/src/deepseek-provider.ts',
      'trufflesecurity/trufflehog@3ab759fe pkg/detectors/deepseek/deepseek.go',
      'https://api-docs.deepseek.com/quick_start/error_codes'
    ]
  },
  {
    id: 'dashscope',
    name: 'Alibaba DashScope (Qwen)',
    apiHosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'],
    apiRoot: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    // NextChat's ALIBABA_URL uses the native API: {dashscope root}/services/aigc/text-generation/generation.
    // Anthropic Messages under /apps/anthropic (Model Studio docs, docs/clients/providers-anthropic-compatible.md).
    apis: { dashscope: 'https://dashscope.aliyuncs.com/api/v1', anthropic: 'https://dashscope.aliyuncs.com/apps/anthropic' },
    nonApiHosts: [
      { host: 'bailian.console.aliyun.com', role: 'dashboard' },
      { host: 'dashscope.console.aliyun.com', role: 'dashboard' },
      { host: 'help.aliyun.com', role: 'docs' }
    ],
    keyFormats: [SK_HEX32],
    auth: 'bearer',
    modelsPath: '/models', // under compatible-mode [unverified]
    requestIdHeaders: [],
    sources: [
      'BerriAI/litellm llms/dashscope/chat/transformation.py',
      'vercel/ai@ed857f50 packages/alibaba/src/alibaba-provider.ts',
      'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
    ]
  },
  {
    id: 'moonshot',
    name: 'Moonshot AI (Kimi)',
    // .ai and .cn accounts and keys are separate.
    apiHosts: ['api.moonshot.ai', 'api.moonshot.cn'],
    apiRoot: 'https://api.moonshot.ai/v1',
    // Anthropic Messages API (platform.moonshot.ai docs "Use Kimi in Claude Code"; LobeChat's moonshot runtime
    // DEFAULT_MOONSHOT_ANTHROPIC_BASE_URL = https://api.moonshot.cn/anthropic).
    apis: { anthropic: 'https://api.moonshot.ai/anthropic' },
    nonApiHosts: [
      { host: 'moonshot.ai', role: 'marketing' },
      { host: 'moonshot.cn', role: 'marketing' },
      { host: 'platform.moonshot.ai', role: 'dashboard' },
      { host: 'platform.moonshot.cn', role: 'dashboard' },
      { host: 'kimi.com', role: 'chat-app' },
      { host: 'www.kimi.com', role: 'chat-app' },
      { host: 'kimi.moonshot.cn', role: 'chat-app' }
    ],
    keyFormats: [SK_ALNUM48],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: [
      'vercel/ai@ed857f50 packages/moonshotai/src/moonshotai-provider.ts',
      'BerriAI/litellm llms/moonshot/chat/transformation.py',
      'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/kimi.go'
    ]
  },
  {
    id: 'ai302',
    name: '302.AI',
    apiHosts: ['api.302.ai'],
    apiRoot: 'https://api.302.ai/v1',
    nonApiHosts: [
      { host: '302.ai', role: 'marketing' },
      { host: 'www.302.ai', role: 'marketing' },
      { host: 'dash.302.ai', role: 'dashboard' } // [unverified]
    ],
    keyFormats: [SK_ALNUM48], // [unverified]
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    gateway: true,
    sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/302ai.ts']
  },
  {
    id: 'zhipu',
    name: 'Zhipu AI (GLM) / Z.ai',
    apiHosts: ['open.bigmodel.cn', 'api.z.ai'],
    apiRoot: 'https://open.bigmodel.cn/api/paas/v4',
    // The GLM Coding Plan's root (docs.z.ai/devpack/quick-start), on both hosts.
    apiRootAliases: ['https://open.bigmodel.cn/api/coding/paas/v4'],
    // docs.z.ai/scenario-example/develop-tools/claude; the BigModel host serves the same path.
    apis: { anthropic: 'https://open.bigmodel.cn/api/anthropic' },
    nonApiHosts: [
      { host: 'bigmodel.cn', role: 'marketing' },
      { host: 'www.bigmodel.cn', role: 'marketing' },
      { host: 'z.ai', role: 'marketing' },
      { host: 'chat.z.ai', role: 'chat-app' },
      { host: 'chatglm.cn', role: 'chat-app' }
    ],
    // `<32 hex id>.<16 char secret>`: distinctive, but betterleaks still asks for context.
    keyFormats: [{ id: 'zhipu', pattern: '[a-f0-9]{32}\\.[A-Za-z0-9]{16}', confidence: 'shared' }],
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: [],
    sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts', 'vercel/ai@ed857f50 content/providers/05-community-providers/44-zhipu.mdx']
  },
  {
    id: 'volcengine-ark',
    name: 'Volcengine Ark (Doubao) / BytePlus ModelArk',
    apiHosts: ['ark.cn-beijing.volces.com', 'ark.ap-southeast.bytepluses.com'],
    apiRoot: 'https://ark.cn-beijing.volces.com/api/v3',
    nonApiHosts: [
      { host: 'www.volcengine.com', role: 'marketing' },
      { host: 'console.volcengine.com', role: 'dashboard' },
      { host: 'console.byteplus.com', role: 'dashboard' }
    ],
    // UUID keys [medium confidence]; UUIDs are everywhere, so never unique.
    keyFormats: [{ id: 'uuid', pattern: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', confidence: 'shared' }],
    auth: 'bearer',
    modelsPath: '/models', // [unverified]
    requestIdHeaders: ['x-request-id'],
    sources: [
      'BerriAI/litellm get_llm_provider_logic.py (volcengine)',
      'vercel/ai@ed857f50 packages/bytedance/src/bytedance-provider.ts',
      'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
    ]
  },
  {
    id: 'fireworks',
    name: 'Fireworks AI',
    apiHosts: ['api.fireworks.ai'],
    // api.fireworks.ai/v1 is a different control-plane API.
    apiRoot: 'https://api.fireworks.ai/inference/v1',
    nonApiHosts: [
      { host: 'fireworks.ai', role: 'marketing' },
      { host: 'app.fireworks.ai', role: 'dashboard' },
      { host: 'docs.fireworks.ai', role: 'docs' }
    ],
    // `fw_` length [unverified]; too short a prefix to scan free text for (`fw_getFirmwareVersion…`).
    keyFormats: [{ id: 'fireworks', pattern: 'fw_[A-Za-z0-9]{20,}', confidence: 'shared' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['vercel/ai@ed857f50 packages/fireworks/src/fireworks-provider.ts', 'BerriAI/litellm get_llm_provider_logic.py (fireworks_ai)']
  },
  {
    id: 'mistral',
    name: 'Mistral AI',
    apiHosts: ['api.mistral.ai', 'codestral.mistral.ai'],
    apiRoot: 'https://api.mistral.ai/v1',
    nonApiHosts: [
      { host: 'mistral.ai', role: 'marketing' },
      { host: 'console.mistral.ai', role: 'dashboard' },
      { host: 'chat.mistral.ai', role: 'chat-app' },
      { host: 'docs.mistral.ai', role: 'docs' }
    ],
    keyFormats: [{ id: 'alnum32', pattern: '[A-Za-z0-9]{32}', confidence: 'shared' }],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['vercel/ai@ed857f50 packages/mistral/src/mistral-provider.ts', 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/mistral.go']
  },
  {
    id: 'cohere',
    name: 'Cohere',
    apiHosts: ['api.cohere.ai', 'api.cohere.com'],
    apiRoot: 'https://api.cohere.ai/compatibility/v1',
    apis: { cohere: 'https://api.cohere.com/v2' },
    nonApiHosts: [
      { host: 'cohere.com', role: 'marketing' },
      { host: 'dashboard.cohere.com', role: 'dashboard' },
      { host: 'docs.cohere.com', role: 'docs' }
    ],
    keyFormats: [{ id: 'alnum40', pattern: '[A-Za-z0-9]{40}', confidence: 'shared' }],
    auth: 'bearer',
    modelsPath: null, // under the compatibility base [unverified]; native: https://api.cohere.com/v1/models
    requestIdHeaders: [],
    sources: ['vercel/ai@ed857f50 packages/cohere/src/cohere-provider.ts', 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/cohere.go']
  },

  // ── Gateways that carry other providers' keys, and servers on the user's machine ──────────────
  {
    id: 'cloudflare-ai-gateway',
    name: 'Cloudflare AI Gateway',
    apiHosts: ['gateway.ai.cloudflare.com'],
    apiRoot: 'https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/compat',
    // …/openai equals the OpenAI base without /v1; …/anthropic takes /v1/messages.
    apis: { anthropic: 'https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/anthropic' },
    nonApiHosts: [
      { host: 'dash.cloudflare.com', role: 'dashboard' },
      { host: 'developers.cloudflare.com', role: 'docs' }
    ],
    keyFormats: [], // the upstream provider's key, plus an optional cf-aig-authorization token
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: ['cf-ray', 'cf-aig-log-id', 'cf-aig-event-id'],
    gateway: true,
    // Custom providers: an account's gateway forwards to any https base URL its owner sets, headers included.
    relaysAnywhere: true,
    sources: [
      'ChatGPTNextWeb/NextChat@706a18b9 app/utils/cloudflare.ts',
      'https://developers.cloudflare.com/ai-gateway/get-started',
      'https://developers.cloudflare.com/ai-gateway/configuration/custom-providers/'
    ]
  },
  {
    id: 'litellm-proxy',
    name: 'LiteLLM Proxy',
    apiHosts: ['localhost:4000', '127.0.0.1:4000', '0.0.0.0:4000'],
    apiRoot: 'http://localhost:4000/v1',
    apiRootAliases: ['http://localhost:4000'], // routes are served with and without /v1
    nonApiHosts: [{ host: 'docs.litellm.ai', role: 'docs' }],
    // Virtual and master keys are `sk-` + anything the admin chose: no shape worth matching.
    keyFormats: [],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: ['x-litellm-call-id'],
    gateway: true,
    local: true,
    sources: ['BerriAI/litellm get_llm_provider_logic.py (litellm_proxy), docs/my-website/docs/exception_mapping.md']
  },
  {
    id: 'ollama',
    name: 'Ollama',
    apiHosts: ['localhost:11434', '127.0.0.1:11434'],
    apiRoot: 'http://localhost:11434/v1',
    // Native /api/chat; Anthropic Messages since v0.14.0 (docs.ollama.com/api/anthropic-compatibility).
    apis: { ollama: 'http://localhost:11434', anthropic: 'http://localhost:11434' },
    nonApiHosts: [],
    keyFormats: [],
    auth: 'none',
    modelsPath: '/models',
    requestIdHeaders: [],
    local: true,
    sources: ['vercel/ai@ed857f50 content/providers/05-community-providers/30-ollama.mdx', 'ollama/ollama openai/openai.go']
  },
  {
    id: 'lmstudio',
    name: 'LM Studio',
    apiHosts: ['localhost:1234', '127.0.0.1:1234'],
    apiRoot: 'http://localhost:1234/v1',
    nonApiHosts: [{ host: 'lmstudio.ai', role: 'marketing' }],
    keyFormats: [],
    auth: 'none',
    modelsPath: '/models',
    requestIdHeaders: [],
    local: true,
    sources: ['vercel/ai@ed857f50 content/providers/04-openai-compatible-providers/30-lmstudio.mdx']
  },
  {
    id: 'vllm',
    name: 'vLLM',
    apiHosts: ['localhost:8000', '127.0.0.1:8000'],
    apiRoot: 'http://localhost:8000/v1',
    nonApiHosts: [{ host: 'docs.vllm.ai', role: 'docs' }],
    keyFormats: [], // whatever --api-key was started with
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: ['x-request-id'],
    local: true,
    sources: ['BerriAI/litellm llms/hosted_vllm/chat/transformation.py', 'vllm-project/vllm entrypoints/openai/api_server.py']
  }
]
