/** What a variable or secret name says about LLMs and providers, beyond the role `model/names.ts` reads from it. */
import { memoize, memoizeBy } from '../core/memo.js'
import { nameRole } from '../model/names.js'
import type { Provider, ProviderCatalog } from '../providers/types.js'

/** Words that mean language models without naming a provider, and providers the registry spells otherwise. */
const LLM_WORDS = new Set([
  'llm',
  'openai',
  'oai',
  'llms',
  'ai',
  'gpt',
  'chatgpt',
  'genai',
  'chat',
  'completion',
  'completions',
  'inference',
  'embedding',
  'embeddings',
  'model',
  'models',
  'bedrock',
  'hf',
  'huggingfacehub',
  'nvidia',
  'nim',
  'zhipuai',
  'siliconcloud',
  'moonshotai',
  'oneapi',
  'newapi',
  // Image models the same chat front ends relay (NextChat and chatgpt-web forks' MIDJOURNEY_* settings for a
  // midjourney-proxy): a key there is a model API's key like the others.
  'midjourney'
])

/** `OPENAI_API_KEY` → openai, api, key; `openai.apiKey` → openai, api, key. */
export const wordsOf: (name: string) => readonly string[] = memoize((name) =>
  name
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase())
)

/** Whether a variable name (or its stem) speaks of LLMs or names an LLM provider (`LLM_BASE_URL`, `DEEPSEEK_API_KEY`). */
export const namesLlm: (name: string, catalog: ProviderCatalog) => boolean = memoizeBy(
  (name, catalog) => wordsOf(name).some((w) => LLM_WORDS.has(w)) || providerNamedBy(name, catalog) !== undefined
)

/** Words in names that point at a provider other than by its id (`CLAUDE_API_KEY`, `GROK_KEY`, `QWEN_TOKEN`). */
const PROVIDER_ALIASES: Readonly<Record<string, string>> = {
  claude: 'anthropic',
  google: 'gemini',
  grok: 'xai',
  kimi: 'moonshot',
  qwen: 'dashscope',
  alibaba: 'dashscope',
  aliyun: 'dashscope',
  glm: 'zhipu',
  chatglm: 'zhipu',
  bigmodel: 'zhipu',
  pplx: 'perplexity',
  doubao: 'volcengine-ark',
  bytedance: 'volcengine-ark',
  volcengine: 'volcengine-ark',
  ark: 'volcengine-ark',
  ernie: 'baidu-qianfan',
  qianfan: 'baidu-qianfan',
  baidu: 'baidu-qianfan',
  azure: 'azure-openai'
}

/**
 * The one provider a variable or secret name names (`ANTHROPIC_KEY` → Anthropic), or undefined when
 * it names none or several (`AZURE_OPENAI_KEY` names Azure, because `azure` is more specific).
 */
export const providerNamedBy: (name: string, catalog: ProviderCatalog) => Provider | undefined = memoizeBy(namedProvider)

function namedProvider(name: string, catalog: ProviderCatalog): Provider | undefined {
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '')
  const ids = new Set<string>()
  for (const word of words) {
    const id = (Object.hasOwn(PROVIDER_ALIASES, word) ? PROVIDER_ALIASES[word] : undefined) ?? (catalog.byId(word) ? word : undefined)
    if (id && catalog.byId(id)) ids.add(id)
  }
  // `azure` + `openai` is Azure OpenAI, not both.
  if (ids.has('azure-openai')) ids.delete('openai')
  return ids.size === 1 ? catalog.byId([...ids][0]!) : undefined
}

/**
 * A provider's key or base URL by its name alone: `<PROVIDER>_API_KEY(S)`, or a base URL name (`_BASE_URL`, `_API_BASE`,
 * `_URL`, `_ENDPOINT`…) whose whole stem is a registry provider's id or alias (`OPENROUTER_API_KEY`, `GROQ_BASE_URL`,
 * `AZURE_OPENAI_ENDPOINT`, `GEMINI_API_KEY`). Other names (`OPENROUTER_API_KEY_2`, `MY_OPENROUTER_KEY`) say less.
 */
export const providerSetting: (name: string, catalog: ProviderCatalog) => { readonly role: 'key' | 'base'; readonly provider: Provider } | undefined = memoizeBy(
  (name, catalog) => {
    const role = nameRole(name)
    if (role === undefined || role.role === 'model' || role.stem === '') return undefined
    if (role.role === 'key' && !/_API_?KEYS?$/.test(name)) return undefined
    const stem = role.stem.toLowerCase()
    const provider = catalog.byId((Object.hasOwn(PROVIDER_ALIASES, stem) ? PROVIDER_ALIASES[stem] : undefined) ?? stem.replace(/_/g, '-'))
    return provider && { role: role.role, provider }
  }
)
