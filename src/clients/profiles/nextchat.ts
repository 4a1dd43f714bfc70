/**
 * NextChat (ChatGPT Next Web). Every fact checked at ChatGPTNextWeb/NextChat@706a18b9 (2026-07-06);
 * docs/clients/nextchat.md has the line-by-line table.
 */
import type { BaseUrlVar, ClientProfile, FlagVar, KeyVar } from '../types.js'

const AT = 'ChatGPTNextWeb/NextChat@706a18b9'

/**
 * The fingerprint of upstream's `app/utils/cloudflare.ts` (its code with comments and blanks removed, sha256, first
 * 16 hex digits), unchanged since 728c38396 (2024-07-12). A fork whose copy differs rewrites gateway URLs its own way.
 */
export const UPSTREAM_CLOUDFLARE_REWRITE = '3570c7a23ff20b28'

/**
 * Every server route: `VAR || DEFAULT`, `https://` prefixed unless the value starts with `http`, one trailing
 * `/` stripped, then a fixed path appended (app/api/common.ts:32-41 and the same block in app/api/<provider>.ts).
 */
const nextchatUrl = (name: string, chatPath: string, provider: string | undefined, defaultUrl: string): BaseUrlVar => ({
  name,
  convention: 'host-root',
  family: 'openai',
  chatPath,
  ...(provider === undefined ? {} : { provider }),
  defaultUrl,
  normalize: 'nextchat'
})

/**
 * `getApiKey()` splits on `,` and trims each entry, but filters none out, so an empty entry is picked at
 * random like a key (app/config/server.ts:116-130).
 */
const nextchatList = { listSeparator: ',', trimsListEntries: true, keepsEmptyListEntries: true } as const

const nextchatKey = (name: string, provider: string | undefined, baseUrlVar: string): KeyVar => ({
  name,
  ...(provider === undefined ? {} : { provider }),
  baseUrlVar,
  ...nextchatList
})

/**
 * app/config/server.ts:266-276: most flags are `!!process.env.X`, so `false` and `0` switch them on. The expression is
 * kept: a fork's server config without it reads the flag its own way (`adaptNextChatFork` in detect.ts).
 */
const flag = (name: string, whenOn: string, line: number): FlagVar => ({
  name,
  reads: 'non-empty',
  whenOn,
  source: `${AT} app/config/server.ts:${line}`,
  expression: `!!process.env.${name}`
})

/**
 * The fingerprints of every version upstream ever had of the two files that gate its server keys (code with comments
 * and blanks removed, sha256, first 16 hex digits; the digest, then the first commit with that code), from
 * `git log ${AT} -- <path>` in ChatGPTNextWeb/NextChat. Every version of `app/api/auth.ts` refuses a request that
 * brings neither a listed access code (`CODE`) nor its own key (`serverConfig.needCode && !serverConfig.codes.has(hashedCode)`),
 * and every version of the provider route sends each request through a handler that calls it. A fork's copy that is
 * none of these gates requests its own way: a sign-in (eric19960304/crossgpt@80fd325 app/api/[provider]/[...path]/route.ts:28
 * `requireSession`) or a variable of its own (zyqfork/llmchat@400076e app/api/auth.ts:36 `ACCESS_CODE`).
 */
export const UPSTREAM_GATES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'app/api/auth.ts': {
    bd84b3b8ed3ec329: 'ad9ab9d45',
    '33eceec1224d3083': '081daf937',
    '7100f2a3f39cc03a': 'afe12c212',
    '467ab7dddb65bb6f': 'd357b45e8',
    '27ffc8924ac907f0': 'e791cd441',
    a2eb84100d085416: '8455fefc8',
    d3b0ef72a3e21d3a: 'b2c1644d6',
    ff4dd21e4b695fa9: '40cbabc33',
    '02b5bdec0538052a': '498d0f0b8',
    '6597605010919c72': '23872086f',
    '6aae9f7927aa0fb7': 'c229d2c3c',
    e2657026fc9dafd9: '2b0153807',
    bd4f3a6ececa3308: '9bdd37bb6',
    '1e9bcec3861b4284': '9b3b4494b',
    efc1995bbbd0c335: '785d3748e',
    '43ec4791056074a6': '1c20137b0',
    '97ce8c6b82015e9d': '69b079c86',
    ac636052aee66b4a: '5c638251f',
    '53b857ff3b0bf760': '5af68ac54',
    '4a1784fe585af622': '35471a41c',
    '75348d1f359ee55a': '9876a1aec',
    f61a4efa13f4bd69: 'b7ffca031',
    '02b98e662d3ea66e': '184a0b948',
    '25732ad189d786b2': 'af497c96e',
    '0757210e35c45300': '203ac0970',
    '379b9e89ea2bfaf9': '3fe521421',
    '0e9b1962e86d5175': '71cbf86b2',
    df0a55af13d0b6c0: 'c2e79d22d',
    '18726b0b716f474c': '48ebd7485'
  },
  'app/api/[provider]/[...path]/route.ts': {
    cc07c06fe99f3ba4: 'd3e164f23',
    '7e1735047d3c0f7a': 'ad9ab9d45',
    '6d16d119bd8d0aad': '081daf937',
    '7808394d3d7beb25': 'afe12c212',
    c6d78f54e5fe34aa: 'd357b45e8',
    '0cd16a95190dd25f': '8455fefc8',
    '8e5c8846e03b586e': '63ffd473d',
    f512fa3040a6615e: 'f652f7326',
    '8c8086123ad8d814': 'b2c1644d6',
    '5085f4f66439ed9c': '141ce2c99'
  }
}

export const nextchat: ClientProfile = {
  id: 'nextchat',
  name: 'NextChat (ChatGPT Next Web)',
  baseUrlVars: [
    // app/api/common.ts:91 `${baseUrl}/${path}` with OpenaiPath.ChatPath "v1/chat/completions"; Cloudflare AI
    // Gateway URLs rewritten (app/utils/cloudflare.ts), for BASE_URL, AZURE_URL and ANTHROPIC_URL only.
    { ...nextchatUrl('BASE_URL', '/v1/chat/completions', 'openai', 'https://api.openai.com'), cloudflareRewrite: true },
    // app/api/anthropic.ts:72-94: ANTHROPIC_URL || BASE_URL || default, then /v1/messages.
    {
      ...nextchatUrl('ANTHROPIC_URL', '/v1/messages', 'anthropic', 'https://api.anthropic.com'),
      family: 'anthropic',
      fallback: 'BASE_URL',
      cloudflareRewrite: true
    },
    // app/api/google.ts:74-97: native Gemini generateContent.
    { ...nextchatUrl('GOOGLE_URL', '/v1beta/models/{model}:streamGenerateContent', 'gemini', 'https://generativelanguage.googleapis.com/'), family: 'gemini' },
    // Must end in /openai (or /openai/deployments/<id>, which the route cuts back): common.ts:53-61.
    {
      name: 'AZURE_URL',
      convention: 'verbatim',
      family: 'azure',
      chatPath: '/deployments/{deployment}/chat/completions',
      provider: 'azure-openai',
      normalize: 'nextchat',
      cloudflareRewrite: true
    },
    // app/api/deepseek.ts:45-67 appends /chat/completions without v1; DeepSeek answers with or without /v1.
    { ...nextchatUrl('DEEPSEEK_URL', '/chat/completions', 'deepseek', 'https://api.deepseek.com'), convention: 'includes-version' },
    nextchatUrl('MOONSHOT_URL', '/v1/chat/completions', 'moonshot', 'https://api.moonshot.ai'),
    nextchatUrl('XAI_URL', '/v1/chat/completions', 'xai', 'https://api.x.ai'),
    nextchatUrl('CHATGLM_URL', '/api/paas/v4/chat/completions', 'zhipu', 'https://open.bigmodel.cn'),
    nextchatUrl('SILICONFLOW_URL', '/v1/chat/completions', 'siliconflow', 'https://api.siliconflow.cn'),
    nextchatUrl('BYTEDANCE_URL', '/api/v3/chat/completions', 'volcengine-ark', 'https://ark.cn-beijing.volces.com'),
    // Native DashScope API, not compatible-mode (app/constant.ts:227-235).
    { ...nextchatUrl('ALIBABA_URL', '/v1/services/aigc/text-generation/generation', 'dashscope', 'https://dashscope.aliyuncs.com/api/'), family: 'dashscope' },
    // Legacy wenxinworkshop API; the OAuth token always comes from aip.baidubce.com (app/utils/baidu.ts:15).
    { ...nextchatUrl('BAIDU_URL', '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}', 'baidu-qianfan', 'https://aip.baidubce.com'), family: 'baidu' },
    nextchatUrl('AI302_URL', '/v1/chat/completions', 'ai302', 'https://api.302.ai'),
    nextchatUrl('STABILITY_URL', '/v2beta/stable-image/generate/{model}', undefined, 'https://api.stability.ai'),
    nextchatUrl('IFLYTEK_URL', '/v1/chat/completions', undefined, 'https://spark-api-open.xf-yun.com'),
    // tencent/route.ts:82 fetches the value itself.
    {
      name: 'TENCENT_URL',
      convention: 'verbatim',
      family: 'openai',
      chatPath: '',
      defaultUrl: 'https://hunyuan.tencentcloudapi.com',
      normalize: 'nextchat'
    }
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
    // Read but never injected: 302.AI requests get OPENAI_API_KEY (app/api/auth.ts:69-113 has no 302.AI case).
    nextchatKey('AI302_API_KEY', 'ai302', 'AI302_URL'),
    nextchatKey('STABILITY_API_KEY', undefined, 'STABILITY_URL'),
    nextchatKey('TENCENT_SECRET_KEY', undefined, 'TENCENT_URL'),
    // Not lists: sent as `key:secret` (app/api/auth.ts:91-93).
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
    'PROXY_URL', // an outbound proxy for the container (Dockerfile CMD), not an API base URL
    'DEFAULT_INPUT_TEMPLATE',
    'WHITE_WEBDAV_ENDPOINTS',
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
  flags: [
    flag('HIDE_USER_API_KEY', 'hides the field where users enter their own API key', 268),
    // Also `=== "1"` for the server-side block (app/utils/model.ts:236-240); `!!` already hides GPT-4 in the list.
    flag('DISABLE_GPT4', 'hides the GPT-4 models', 139),
    { ...flag('ENABLE_BALANCE_QUERY', 'turns the balance query on', 270), expression: '!process.env.ENABLE_BALANCE_QUERY' },
    flag('DISABLE_FAST_LINK', 'turns fast links off', 271),
    {
      name: 'ENABLE_MCP',
      reads: 'equals',
      value: 'true',
      whenOn: 'turns MCP on',
      source: `${AT} app/config/server.ts:276`,
      expression: 'process.env.ENABLE_MCP === "true"'
    }
  ],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
    { name: 'OPENAI_API_BASE', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
    { name: 'OPENAI_API_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
    { name: 'OPENAI_PROXY_URL', replacement: 'BASE_URL', reason: 'OPENAI_PROXY_URL is LobeChat\'s name; NextChat reads BASE_URL' },
    { name: 'ANTHROPIC_BASE_URL', replacement: 'ANTHROPIC_URL', reason: 'NextChat reads ANTHROPIC_URL (and falls back to BASE_URL)' },
    { name: 'OPENAI_SB', reason: 'only passed through by docker-compose.yml; no NextChat code reads it' },
    { name: 'PROTOCOL', reason: 'removed on 2023-11-09 (d93f05f51); NextChat now adds https:// itself', droppedOn: '2023-11-09' },
    { name: 'HIDE_BALANCE_QUERY', replacement: 'ENABLE_BALANCE_QUERY', reason: 'replaced on 2023-11-08 (638fdd8c3), with the opposite meaning', droppedOn: '2023-11-08' },
    { name: 'WHITE_WEBDEV_ENDPOINTS', replacement: 'WHITE_WEBDAV_ENDPOINTS', reason: 'renamed on 2024-09-19 (212d15fdd)', droppedOn: '2024-09-19' },
    {
      name: 'TENCENT_API_KEY',
      replacement: 'TENCENT_SECRET_KEY',
      reason: 'only tested for presence (app/config/server.ts:159), and that test is used nowhere; requests are signed with TENCENT_SECRET_ID and TENCENT_SECRET_KEY'
    }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^(?:nextchat|chatgpt-next-web)$' },
    { type: 'path-constant', pattern: '^OPENAI_BASE_URL=https://api\\.openai\\.com$' },
    { type: 'path-constant', pattern: '^OpenaiPath\\.ChatPath=' },
    { type: 'file-present', pattern: '(?:^|/)app/config/server\\.ts$' },
    { type: 'docker-image', pattern: '(?:^|/)(?:chatgpt-next-web|nextchat)$' }
  ],
  // Every `process.env.X` under app/ is in this profile (field-facts §3.1; `git grep process.env` at the commit), none
  // is read by a computed name, and `git log -S` finds no provider key upstream ever read and dropped (OPENROUTER_,
  // GEMINI_, GROQ_, MISTRAL_, TOGETHER_API_KEY: none). app/mcp/client.ts:18-24 hands all of process.env to MCP servers.
  upstream: {
    images: ['yidadaa/chatgpt-next-web'],
    source: `${AT} .github/workflows/docker.yml:28 (images: yidadaa/chatgpt-next-web), docker-compose.yml:6`,
    passesEnvWhen: 'ENABLE_MCP'
  },
  sources: [
    `${AT} app/config/server.ts, app/api/common.ts, app/api/anthropic.ts, app/constant.ts, app/utils/cloudflare.ts, Dockerfile`,
    'docs/clients/nextchat.md'
  ]
}
