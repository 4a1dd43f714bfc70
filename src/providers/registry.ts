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
import type { KeyFormat, Provider, SamplePart } from './types.js'

// Alphabets of the test-key samples (`sample` of each format).
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = `${ALNUM}_-`
const HEX = '0123456789abcdef'
const HEX_UPPER = '0123456789ABCDEF'
const LOWER = 'abcdefghijklmnopqrstuvwxyz'
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567'
const DIGITS = '0123456789'

/** `length` random characters of `alphabet`, as a sample part. */
const chars = (length: number, alphabet: string): SamplePart => ({ length, alphabet })

/** A v4 UUID, lower-case (Volcengine Ark keys, Helicone proxy key suffixes). */
const UUID_SAMPLE: readonly SamplePart[] = [chars(8, HEX), '-', chars(4, HEX), '-4', chars(3, HEX), '-8', chars(3, HEX), '-', chars(12, HEX)]
const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

// Shapes several providers share (providers.md §3 "Collisions"). One object each, so every provider
// that issues the shape lists the same format and rules can compare format ids. Found in free text
// only next to an LLM context (`inText: 'context'`).

/** DeepSeek and Alibaba DashScope. */
const SK_HEX32: KeyFormat = {
  id: 'sk-hex32',
  pattern: 'sk-[a-f0-9]{32}',
  confidence: 'shared',
  inText: 'context',
  source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/deepseek.go (sk-[a-f0-9]{32}, context "deepseek")',
  sample: ['sk-', chars(32, HEX)]
}
/** one-api/new-api tokens (`GenerateKey()` = 48 chars shown as `sk-…`), Moonshot, Stability, Braintrust, most resellers. */
const SK_ALNUM48: KeyFormat = {
  id: 'sk-alnum48',
  pattern: 'sk-[A-Za-z0-9]{48}',
  confidence: 'shared',
  inText: 'context',
  source: 'songquanpeng/one-api@0fb6b21f common/random/main.go GenerateKey (48 characters); betterleaks/betterleaks@6381fa45 rules/kimi.go, rules/stabilityai.go',
  sample: ['sk-', chars(48, ALNUM)]
}
/** Azure OpenAI keys; also any MD5-like hex string. */
const HEX32: KeyFormat = {
  id: 'hex32',
  pattern: '[a-f0-9]{32}',
  confidence: 'shared',
  inText: 'context',
  source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/azure_openai/azure_openai.go (32 hex next to an api_key name)',
  sample: [chars(32, HEX)]
}

const OPENAI_MARKER = 'T3BlbkFJ' // base64("OpenAI"), inside every OpenAI user, project, service and admin key

export const providers: readonly Provider[] = [
  // ── Providers whose keys carry a unique prefix ────────────────────────────────────────────────
  {
    id: 'openai',
    name: 'OpenAI',
    // Data-residency hosts, each serving /v1 (https://developers.openai.com/api/docs/guides/data-residency, region table).
    apiHosts: [
      'api.openai.com',
      'us.api.openai.com',
      'eu.api.openai.com',
      'ae.api.openai.com',
      'au.api.openai.com',
      'ca.api.openai.com',
      'gb.api.openai.com',
      'in.api.openai.com',
      'jp.api.openai.com',
      'kr.api.openai.com',
      'sg.api.openai.com'
    ],
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
      {
        id: 'openai-admin',
        pattern: `sk-admin-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`,
        confidence: 'unique',
        inference: false,
        source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openaiadmin/openaiadmin.go (58 + marker + 58)',
        sample: ['sk-admin-', chars(58, URLSAFE), OPENAI_MARKER, chars(58, URLSAFE)]
      },
      {
        id: 'openai-project',
        pattern: `sk-(?:proj|svcacct|service|None)-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`,
        confidence: 'unique',
        source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openai/openai.go (any length around the marker)',
        sample: ['sk-proj-', chars(74, URLSAFE), OPENAI_MARKER, chars(74, URLSAFE)]
      },
      {
        id: 'openai-legacy',
        pattern: `sk-[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20}`,
        confidence: 'unique',
        source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/openai.go (20 + marker + 20)',
        sample: ['sk-', chars(20, ALNUM), OPENAI_MARKER, chars(20, ALNUM)]
      }
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
      // Newer Azure AI services keys [unverified].
      {
        id: 'azure-alnum84',
        pattern: '[A-Za-z0-9]{84}',
        confidence: 'shared',
        source: 'trufflesecurity/trufflehog issue #4389 (84-character Azure OpenAI keys) [unverified]',
        sample: [chars(84, ALNUM)]
      }
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
      {
        id: 'anthropic-api',
        pattern: 'sk-ant-api0\\d-[A-Za-z0-9_-]{86,128}AA',
        confidence: 'unique',
        source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/anthropic.go (api03 + 93 + AA); secretlint-rule-anthropic 13.1 (api0\\d, 90–128)',
        sample: ['sk-ant-api03-', chars(93, URLSAFE), 'AA']
      },
      {
        id: 'anthropic-admin',
        pattern: 'sk-ant-admin01-[A-Za-z0-9_-]{93}AA',
        confidence: 'unique',
        inference: false,
        source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/anthropic/anthropic.go',
        sample: ['sk-ant-admin01-', chars(93, URLSAFE), 'AA']
      },
      // Claude subscription OAuth token: needs Bearer + anthropic-beta, fails with x-api-key.
      {
        id: 'anthropic-oauth',
        pattern: 'sk-ant-oat01-[A-Za-z0-9_-]{40,}',
        confidence: 'unique',
        inference: false,
        source: 'https://code.claude.com/docs/en/env-vars (CLAUDE_CODE_OAUTH_TOKEN); Claude Code ~/.claude/.credentials.json accessToken',
        sample: ['sk-ant-oat01-', chars(93, URLSAFE), 'AA']
      },
      // The refresh token next to it in Claude Code's credentials file; trades for new access tokens.
      {
        id: 'anthropic-oauth-refresh',
        pattern: 'sk-ant-ort01-[A-Za-z0-9_-]{40,}',
        confidence: 'unique',
        inference: false,
        source: 'Claude Code ~/.claude/.credentials.json claudeAiOauth.refreshToken (public configs in the code index) [length unverified]',
        sample: ['sk-ant-ort01-', chars(93, URLSAFE), 'AA']
      }
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
    // The Gemini exchange's REST API (docs.gemini.com; ccxt's gemini: public base https://api.gemini.com), found as
    // the base URL of a `google` endpoint holding GEMINI_API_KEY (__tests__/real-world/cases/librechat-gemini-wrong-host).
    lookalikeHosts: [{ host: 'api.gemini.com', owner: 'the Gemini crypto exchange' }],
    keyFormats: [
      // AIza keys are Google Cloud API keys in general (gitleaks gcp-api-key).
      {
        id: 'google-api-key',
        pattern: 'AIza[0-9A-Za-z_-]{35}',
        confidence: 'unique',
        source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/gcp.go (gcp-api-key)',
        sample: ['AIza', chars(35, URLSAFE)]
      },
      {
        id: 'gemini-aq',
        pattern: 'AQ\\.Ab8RN6[A-Za-z0-9_-]{44}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/gcp.go (gcp-gemini-api)',
        sample: ['AQ.Ab8RN6', chars(44, URLSAFE)]
      }
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
    // In-region routing hosts, with the same /api/v1 (https://openrouter.ai/docs/guides/features/in-region-routing).
    apiHosts: ['openrouter.ai', 'eu.openrouter.ai', 'us.openrouter.ai'],
    apiRoot: 'https://openrouter.ai/api/v1',
    // Claude Code with ANTHROPIC_BASE_URL=https://openrouter.ai/api (openrouter.ai/docs/guides/coding-agents/claude-code-integration).
    apis: { anthropic: 'https://openrouter.ai/api' },
    // openrouter.ai serves the website too; only /api is the API there.
    sharedWithWebsite: { host: 'openrouter.ai', apiPath: '/api' },
    nonApiHosts: [{ host: 'www.openrouter.ai', role: 'marketing' }],
    keyFormats: [
      {
        id: 'openrouter',
        pattern: 'sk-or-v1-[0-9a-f]{64}',
        confidence: 'unique',
        source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openrouter/openrouter.go',
        sample: ['sk-or-v1-', chars(64, HEX)]
      }
    ],
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
    keyFormats: [
      {
        id: 'groq',
        pattern: 'gsk_[A-Za-z0-9]{52}',
        confidence: 'unique',
        source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/groq/groq.go (52 characters, test vectors)',
        sample: ['gsk_', chars(52, ALNUM)]
      }
    ],
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
    // Regional hosts (https://docs.x.ai/developers/advanced-api-usage/regions: `https://us.api.x.ai/v1`;
    // https://docs.x.ai/developers/regions: `https://<region-name>.api.x.ai`, such as us-east-1 and eu-west-1).
    apiHosts: ['api.x.ai', 'us.api.x.ai', 'us-east-1.api.x.ai', 'eu-west-1.api.x.ai'],
    apiRoot: 'https://api.x.ai/v1',
    nonApiHosts: [
      { host: 'x.ai', role: 'marketing' },
      { host: 'console.x.ai', role: 'dashboard' },
      { host: 'docs.x.ai', role: 'docs' },
      { host: 'grok.com', role: 'chat-app' }
    ],
    keyFormats: [
      {
        id: 'xai',
        pattern: 'xai-[A-Za-z0-9_-]{70,120}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/xai.go (70–120); trufflehog pkg/detectors/xai (80)',
        sample: ['xai-', chars(80, ALNUM)]
      }
    ],
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
    // No /v1: chat is POST https://api.perplexity.ai/chat/completions. Perplexity retired that (Sonar) API on
    // 2026-09-27 for its Agent API, which the OpenAI SDK reaches at https://api.perplexity.ai/v1 with `responses`
    // (vercel/ai @ai-sdk/perplexity@3.1.0 release notes; docs.perplexity.ai/docs/grounded-llm/openai-compatibility).
    // Not a verdict yet: no vendor page stating the date was read, and which clients moved to the Agent API is not checked.
    apiRoot: 'https://api.perplexity.ai',
    nonApiHosts: [
      { host: 'perplexity.ai', role: 'chat-app' },
      { host: 'www.perplexity.ai', role: 'chat-app' },
      { host: 'docs.perplexity.ai', role: 'docs' }
    ],
    keyFormats: [
      {
        id: 'perplexity',
        pattern: 'pplx-[A-Za-z0-9]{48}',
        confidence: 'unique',
        source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/perplexity.go',
        sample: ['pplx-', chars(48, ALNUM)]
      }
    ],
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
    // The docs now give https://api.together.ai/v1 (https://docs.together.ai/docs/inference/openai-compatibility); SDKs keep .xyz.
    apiHosts: ['api.together.xyz', 'api.together.ai'],
    apiRoot: 'https://api.together.xyz/v1',
    nonApiHosts: [
      { host: 'together.ai', role: 'marketing' },
      { host: 'www.together.ai', role: 'marketing' },
      { host: 'docs.together.ai', role: 'docs' }
    ],
    keyFormats: [
      {
        id: 'together',
        pattern: 'tgp_v1_[A-Za-z0-9_-]{43}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/togetherai.go',
        sample: ['tgp_v1_', chars(43, URLSAFE)]
      },
      // Legacy keys.
      {
        id: 'hex64',
        pattern: '[a-f0-9]{64}',
        confidence: 'shared',
        source: 'trufflesecurity/trufflehog issue #4704 (legacy Together keys: 64 hex)',
        sample: [chars(64, HEX)]
      }
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
      {
        id: 'huggingface',
        pattern: 'hf_[A-Za-z0-9]{34}',
        confidence: 'unique',
        source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/huggingface/huggingface.go (letters and digits)',
        sample: ['hf_', chars(34, ALNUM)]
      },
      {
        id: 'huggingface-org',
        pattern: 'api_org_[A-Za-z]{34}',
        confidence: 'unique',
        inference: false,
        source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/huggingface.go (huggingface-organization-api-token)',
        sample: ['api_org_', chars(34, LETTERS)]
      }
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
    keyFormats: [
      {
        id: 'cerebras',
        pattern: 'csk-[A-Za-z0-9]{48}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/cerebras.go',
        sample: ['csk-', chars(48, ALNUM)]
      }
    ],
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
    keyFormats: [
      {
        id: 'nvidia',
        pattern: 'nvapi-[A-Za-z0-9_-]{60,70}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/nvidia.go',
        sample: ['nvapi-', chars(64, URLSAFE)]
      }
    ],
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
    keyFormats: [
      {
        id: 'baidu-bce-v3',
        pattern: 'bce-v3/ALTAK-[A-Za-z0-9]+/[A-Za-z0-9]+',
        confidence: 'unique',
        source: 'public Qianfan configs in the code index (bce-v3/ALTAK-<id>/<40 hex>) [unverified in Baidu docs]',
        sample: ['bce-v3/ALTAK-', chars(21, ALNUM), '/', chars(40, HEX)]
      }
    ],
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
    keyFormats: [
      {
        id: 'sk-lower48',
        pattern: 'sk-[a-z]{48}',
        confidence: 'shared',
        inText: 'context',
        source: 'ChatGPTNextWeb/NextChat@706a18b9 app/api/siliconflow.ts; public SiliconFlow configs [medium confidence]',
        sample: ['sk-', chars(48, LOWER)]
      }
    ],
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
      // GenerateKey(): 16 random characters, then a UUID's 32 hex digits with every even position upper-cased.
      // A structure random text never has, so it is found anywhere; `shared` because every one-api-based
      // gateway (RutaAPI and friends) issues it, so it names no single host.
      {
        id: 'one-api-signature',
        pattern: 'sk-[A-Za-z0-9]{16}(?:[0-9A-F][0-9a-f]){16}',
        confidence: 'shared',
        inText: 'anywhere',
        source: 'songquanpeng/one-api@0fb6b21f common/random/main.go GenerateKey',
        sample: ['sk-', chars(16, ALNUM), { length: 32, alphabet: HEX_UPPER, alternate: HEX }]
      },
      SK_ALNUM48,
      // A `-<channelId>` suffix pins a channel (admin tokens only).
      {
        id: 'sk-alnum48-channel',
        pattern: 'sk-[A-Za-z0-9]{48}-[0-9]+',
        confidence: 'shared',
        inText: 'context',
        source: 'songquanpeng/one-api@8df4a267 middleware/auth.go (token split at "-" for the channel id)',
        sample: ['sk-', chars(48, ALNUM), '-', chars(2, DIGITS)]
      }
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
    // Shared domains per region, each with /compatible-mode/v1 and /apps/anthropic (https://www.alibabacloud.com/help/en/model-studio/base-url).
    // The workspace-dedicated domains ({workspace-id}.{region}.maas.aliyuncs.com, "recommended for production") serve the
    // same paths (same page).
    apiHosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com', 'dashscope-us.aliyuncs.com', 'cn-hongkong.dashscope.aliyuncs.com', '*.maas.aliyuncs.com'],
    apiRoot: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    // NextChat's ALIBABA_URL uses the native API: {dashscope root}/services/aigc/text-generation/generation.
    // Anthropic Messages under /apps/anthropic (Model Studio docs, docs/clients/providers-anthropic-compatible.md).
    apis: { dashscope: 'https://dashscope.aliyuncs.com/api/v1', anthropic: 'https://dashscope.aliyuncs.com/apps/anthropic' },
    // The first Claude Code endpoint, still served: "旧版兼容接口 https://dashscope.aliyuncs.com/api/v2/apps/claude-code-proxy
    // 仅支持 qwen3-coder-plus 模型" (the old interface serves qwen3-coder-plus only; help.aliyun.com/zh/model-studio/claude-code, FAQ).
    apiAliases: { anthropic: ['https://dashscope.aliyuncs.com/api/v2/apps/claude-code-proxy'] },
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
      // The console and docs moved to platform.kimi.ai (platform.kimi.ai/docs/api/quickstart).
      { host: 'platform.kimi.ai', role: 'dashboard' },
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
    keyFormats: [
      {
        id: 'zhipu',
        pattern: '[a-f0-9]{32}\\.[A-Za-z0-9]{16}',
        confidence: 'shared',
        inText: 'context',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/zai.go',
        sample: [chars(32, HEX), '.', chars(16, ALNUM)]
      }
    ],
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
    keyFormats: [
      {
        id: 'uuid',
        pattern: UUID_PATTERN,
        confidence: 'shared',
        inText: 'context',
        source: 'GitHub secret scanning volcengine_ark_api_key (github/docs@05a96e68 public-docs.yml); public Ark configs',
        sample: UUID_SAMPLE
      }
    ],
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
    // "The base URL for the Anthropic SDK is https://api.fireworks.ai/inference (without the /v1 suffix)"
    // (https://docs.fireworks.ai/tools-sdks/anthropic-compatibility).
    apis: { anthropic: 'https://api.fireworks.ai/inference' },
    nonApiHosts: [
      { host: 'fireworks.ai', role: 'marketing' },
      { host: 'app.fireworks.ai', role: 'dashboard' },
      { host: 'docs.fireworks.ai', role: 'docs' }
    ],
    // `fw_` length [unverified]; too short a prefix to scan free text for (`fw_getFirmwareVersion…`).
    keyFormats: [
      {
        id: 'fireworks',
        pattern: 'fw_[A-Za-z0-9]{20,}',
        confidence: 'shared',
        source: 'public Fireworks configs in the code index (fw_ + 20 to 40) [length unverified]',
        sample: ['fw_', chars(24, ALNUM)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['vercel/ai@ed857f50 packages/fireworks/src/fireworks-provider.ts', 'BerriAI/litellm get_llm_provider_logic.py (fireworks_ai)']
  },
  {
    id: 'mistral',
    name: 'Mistral AI',
    // Regional inference hosts (https://docs.mistral.ai/studio-api/regional-inference: api.eu.mistral.ai, api.us.mistral.ai).
    apiHosts: ['api.mistral.ai', 'codestral.mistral.ai', 'api.eu.mistral.ai', 'api.us.mistral.ai'],
    apiRoot: 'https://api.mistral.ai/v1',
    nonApiHosts: [
      { host: 'mistral.ai', role: 'marketing' },
      { host: 'console.mistral.ai', role: 'dashboard' },
      { host: 'chat.mistral.ai', role: 'chat-app' },
      { host: 'docs.mistral.ai', role: 'docs' }
    ],
    keyFormats: [
      {
        id: 'alnum32',
        pattern: '[A-Za-z0-9]{32}',
        confidence: 'shared',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/mistral.go (32 alphanumerics, context "mistral")',
        sample: [chars(32, ALNUM)]
      }
    ],
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
    keyFormats: [
      {
        id: 'alnum40',
        pattern: '[A-Za-z0-9]{40}',
        confidence: 'shared',
        source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/cohere.go (40 alphanumerics, context "cohere")',
        sample: [chars(40, ALNUM)]
      }
    ],
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
    // Master keys are `sk-` + anything the admin chose; generated virtual keys have a shape.
    keyFormats: [
      {
        id: 'litellm-virtual',
        pattern: 'sk-[A-Za-z0-9_-]{22}',
        confidence: 'shared',
        inText: 'context',
        source:
          'BerriAI/litellm litellm/proxy/management_endpoints/key_management_endpoints.py generate_key_helper_fn (sk- + secrets.token_urlsafe(16)), litellm/constants.py LENGTH_OF_LITELLM_GENERATED_KEY = 16',
        sample: ['sk-', chars(22, URLSAFE)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: ['x-litellm-call-id'],
    gateway: true,
    local: true,
    // The service of LiteLLM's own docker-compose.yml (BerriAI/litellm docker-compose.yml: `services: litellm:`).
    serviceNames: ['litellm', 'litellm-proxy'],
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
    // The container name of Ollama's Docker instructions (hub.docker.com/r/ollama/ollama: `--name ollama`), and the
    // service name Open WebUI's compose file gives it (open-webui/open-webui docker-compose.yaml).
    serviceNames: ['ollama'],
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
    serviceNames: ['lmstudio'],
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
    serviceNames: ['vllm'],
    sources: ['BerriAI/litellm llms/hosted_vllm/chat/transformation.py', 'vllm-project/vllm entrypoints/openai/api_server.py']
  },

  // ── Providers and gateways added with their key formats (issue 8) ─────────────────────────────
  {
    id: 'replicate',
    name: 'Replicate',
    apiHosts: ['api.replicate.com'],
    // Native API only (no OpenAI-compatible layer).
    apiRoot: 'https://api.replicate.com/v1',
    nonApiHosts: [
      { host: 'replicate.com', role: 'marketing' },
      { host: 'www.replicate.com', role: 'marketing' }
    ],
    keyFormats: [
      {
        id: 'replicate',
        pattern: 'r8_[A-Za-z0-9]{37}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/replicate.go; trufflehog@3ab759fe pkg/detectors/replicate',
        sample: ['r8_', chars(37, ALNUM)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/replicate.go (validates GET https://api.replicate.com/v1/account)']
  },
  {
    id: 'github-models',
    name: 'GitHub Models',
    // "POST /inference/chat/completions — Run a chat completion using any supported model"; model ids carry their
    // publisher (`openai/gpt-4o`).
    apiHosts: ['models.github.ai'],
    apiRoot: 'https://models.github.ai/inference',
    nonApiHosts: [],
    // "we will remove support on October 17, 2025. After that date, GitHub Models usage must go through
    // https://models.github.ai to receive valid responses."
    retiredHosts: [{ host: 'models.inference.ai.azure.com', retiredOn: '2025-10-17' }],
    // A GitHub token (a PAT with models:read, or GITHUB_TOKEN in Actions): general secret scanners own those.
    keyFormats: [],
    auth: 'bearer',
    modelsPath: null, // the catalog is GET /catalog/models, outside the inference root
    requestIdHeaders: [],
    sources: [
      'https://github.blog/changelog/2025-05-15-github-models-api-now-available',
      'https://github.blog/changelog/2025-07-17-deprecation-of-azure-endpoint-for-github-models'
    ]
  },
  {
    id: 'vercel-ai-gateway',
    name: 'Vercel AI Gateway',
    apiHosts: ['ai-gateway.vercel.sh'],
    apiRoot: 'https://ai-gateway.vercel.sh/v1',
    // Anthropic Messages for the Anthropic SDK and Claude Code (https://vercel.com/docs/ai-gateway/anthropic-compat).
    apis: { anthropic: 'https://ai-gateway.vercel.sh' },
    nonApiHosts: [],
    keyFormats: [
      {
        id: 'vercel-ai-gateway',
        pattern: 'vck_[A-Za-z0-9_-]{56}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/vercel.go (vercel-ai-gateway-key)',
        sample: ['vck_', chars(56, URLSAFE)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    gateway: true,
    sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/vercel.go (validates POST https://ai-gateway.vercel.sh/v1/chat/completions)']
  },
  {
    id: 'minimax',
    name: 'MiniMax',
    apiHosts: ['api.minimax.io', 'api.minimaxi.com'],
    apiRoot: 'https://api.minimax.io/v1',
    // platform.minimax.io/docs/api-reference/text-anthropic-api (China: api.minimaxi.com/anthropic).
    apis: { anthropic: 'https://api.minimax.io/anthropic' },
    nonApiHosts: [],
    keyFormats: [
      {
        id: 'minimax',
        pattern: 'sk-api-[A-Za-z0-9_-]{119}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/minimax.go',
        sample: ['sk-api-', chars(119, URLSAFE)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/minimax.go (validates GET https://api.minimax.io/v1/models)']
  },
  {
    id: 'aws-bedrock',
    name: 'Amazon Bedrock',
    // Regional hosts (bedrock-runtime.<region>.amazonaws.com): none listed, so no host is judged.
    apiHosts: [],
    apiRoot: 'https://bedrock-runtime.{region}.amazonaws.com',
    nonApiHosts: [],
    keyFormats: [
      // Long-lived API key: `ABSK` + base64 of "BedrockAPIKey-…".
      {
        id: 'bedrock-long-lived',
        pattern: 'ABSK[A-Za-z0-9+/]{109,269}={0,2}',
        confidence: 'unique',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-long-lived); gitleaks@b58d3f10 same rule',
        sample: ['ABSKQmVkcm9ja0FQSUtleS1', chars(108, ALNUM), '=']
      },
      // Short-lived key: a presigned request, base64, after a fixed prefix (base64 of "bedrock.amazonaws.com").
      {
        id: 'bedrock-short-lived',
        pattern: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{100,}(?:&Version=1)?',
        confidence: 'unique',
        source:
          'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-short-lived, after aws/aws-bedrock-token-generator-js src/token.ts)',
        sample: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', chars(200, ALNUM), '&Version=1']
      }
    ],
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: ['x-amzn-requestid'],
    sources: ['https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html (cited by betterleaks rules/aws.go)']
  },
  {
    id: 'helicone',
    name: 'Helicone',
    // Proxies for many providers (oai.helicone.ai, gateway.helicone.ai with Helicone-Target-Url): the host
    // alone says nothing about whose key is right, so none is listed.
    apiHosts: [],
    apiRoot: 'https://oai.helicone.ai/v1',
    nonApiHosts: [],
    keyFormats: [
      // `sk-helicone-[eu-]` + generate-api-key base32 with dashes, lower-cased. `pk-helicone-` read keys are not secrets.
      {
        id: 'helicone',
        pattern: 'sk-helicone-(?:eu-)?[a-z2-7]{7}(?:-[a-z2-7]{7}){3}',
        confidence: 'unique',
        source: 'Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts createNormalKey',
        sample: ['sk-helicone-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER)]
      },
      // Proxy keys stand for a stored provider key: same base32 groups, then a UUID.
      {
        id: 'helicone-proxy',
        pattern: `sk-helicone-proxy-[a-z2-7]{7}(?:-[a-z2-7]{7}){3}-${UUID_PATTERN}`,
        confidence: 'unique',
        source: 'Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts createProxyKey',
        sample: ['sk-helicone-proxy-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', ...UUID_SAMPLE]
      }
    ],
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: [],
    gateway: true,
    sources: ['Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts', 'BerriAI/litellm docs/my-website/docs/providers/helicone.md']
  },
  {
    id: 'ollama-cloud',
    name: 'Ollama Cloud',
    apiHosts: ['ollama.com'],
    apiRoot: 'https://ollama.com/v1',
    // Native /api/chat; Anthropic Messages too, Bearer only (docs.ollama.com/api/authentication).
    apis: { ollama: 'https://ollama.com', anthropic: 'https://ollama.com' },
    nonApiHosts: [{ host: 'docs.ollama.com', role: 'docs' }],
    keyFormats: [
      {
        id: 'ollama-cloud',
        pattern: '[a-f0-9]{32}\\.[A-Za-z0-9_-]{24}',
        confidence: 'shared',
        inText: 'context',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/ollama.go (32 hex . 24, context "ollama")',
        sample: [chars(32, HEX), '.', chars(24, URLSAFE)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['https://docs.ollama.com/api/authentication (https://ollama.com/api and /v1 take Authorization: Bearer)']
  },
  {
    id: 'kimi-code',
    name: 'Kimi Code',
    apiHosts: ['api.kimi.com'],
    apiRoot: 'https://api.kimi.com/coding/v1',
    // Anthropic-compatible (Claude Code sets ANTHROPIC_BASE_URL to it).
    apis: { anthropic: 'https://api.kimi.com/coding' },
    nonApiHosts: [],
    keyFormats: [
      // Not interchangeable with Moonshot platform keys.
      {
        id: 'kimi-code',
        pattern: 'sk-kimi-[A-Za-z0-9_-]{20,}',
        confidence: 'unique',
        source: 'NousResearch/hermes-agent issue #966 (sk-kimi- keys go to api.kimi.com/coding/v1); docs.openclaw.ai/providers/moonshot [length unverified]',
        sample: ['sk-kimi-', chars(48, ALNUM)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['NousResearch/hermes-agent issue #966', 'https://jackin.tailrocks.com/guides/authentication/kimi/']
  },
  {
    id: 'upstage',
    name: 'Upstage',
    apiHosts: ['api.upstage.ai'],
    apiRoot: 'https://api.upstage.ai/v1',
    nonApiHosts: [{ host: 'console.upstage.ai', role: 'dashboard' }],
    keyFormats: [
      // Too short a prefix to scan free text for.
      {
        id: 'upstage',
        pattern: 'up_[A-Za-z0-9]{28,50}',
        confidence: 'shared',
        source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/upstage.go (40–50 alphanumerics, context "upstage"); up_ prefix from public .env examples [length unverified]',
        sample: ['up_', chars(40, ALNUM)]
      }
    ],
    auth: 'bearer',
    modelsPath: '/models',
    requestIdHeaders: [],
    sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/upstage.go (validates GET https://api.upstage.ai/v1/models)']
  },
  {
    id: 'friendli',
    name: 'FriendliAI',
    apiHosts: ['api.friendli.ai'],
    apiRoot: 'https://api.friendli.ai/serverless/v1',
    apiRootAliases: ['https://api.friendli.ai/dedicated/v1'],
    nonApiHosts: [],
    keyFormats: [
      {
        id: 'friendli',
        pattern: 'flp_[A-Za-z0-9]{20,}',
        confidence: 'shared',
        source: 'public FRIENDLI_TOKEN=flp_… examples in the code index [length unverified]',
        sample: ['flp_', chars(40, ALNUM)]
      }
    ],
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: [],
    sources: ['public configs with FRIENDLI_BASE_URL=https://api.friendli.ai/dedicated/v1 (code index)']
  },
  {
    id: 'voyage',
    name: 'Voyage AI',
    apiHosts: ['api.voyageai.com'],
    // Embeddings and reranking only.
    apiRoot: 'https://api.voyageai.com/v1',
    nonApiHosts: [],
    keyFormats: [
      {
        id: 'voyage',
        pattern: 'pa-[A-Za-z0-9_-]{20,}',
        confidence: 'shared',
        source: 'public VOYAGE_API_KEY=pa-… examples in the code index [length unverified]',
        sample: ['pa-', chars(43, URLSAFE)]
      }
    ],
    auth: 'bearer',
    modelsPath: null,
    requestIdHeaders: [],
    sources: ['public VOYAGE_API_KEY=pa-… examples in the code index']
  }
]
