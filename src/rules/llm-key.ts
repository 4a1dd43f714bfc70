/**
 * Which credentials are LLM credentials. `leaked-key` and `workflow-hardcoded-key` report only those:
 * general secret scanners own payment, search, tracing and speech secrets, and a finding here must name
 * an LLM credential. The free-text key scan (`engine/key-context.ts`) asks the same question of a name.
 */
import type { Entry, SourceKind } from '../core/types.js'
import { memoizeBy } from '../core/memo.js'
import { nameRole } from '../model/names.js'
import type { RepoModel } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { valueOf } from './entries.js'
import { namesLlm, wordsOf } from './names.js'

/** What a name says about the credential it holds. */
export type NameSays =
  /** Names an LLM provider or LLMs in general (`OPENAI_API_KEY`, `LLM_API_KEY`, `HF_TOKEN`). */
  | 'llm'
  /** Names another kind of service (`STRIPE_SECRET_KEY`, `TAVILY_API_KEY`, `LANGFUSE_SECRET_KEY`). */
  | 'other'
  /** A credential word and nothing else (`api_key`, `apiKey`, `token`, `Bearer`, `SECRET_KEY`). */
  | 'generic'
  /** A credential name with a stem that says neither (`MY_SERVICE_API_KEY`). */
  | 'unknown'

/**
 * Words of services that are not LLMs, whose secrets often sit in the same `.env` (field-facts §5 row 39):
 * search, tracing, speech, vector stores, payments, auth, databases. They win over LLM words:
 * `AZURE_AI_SEARCH_API_KEY` is a search key, `GOOGLE_CLIENT_SECRET` an OAuth secret.
 */
const OTHER_WORDS = new Set([
  'stripe',
  'tavily',
  'serper',
  'serpapi',
  'exa',
  'brave',
  'bing',
  'search',
  'cse',
  'maps',
  'langsmith',
  'langchain',
  'langfuse',
  'elevenlabs',
  'deepgram',
  'assemblyai',
  'cartesia',
  'stt',
  'tts',
  'pinecone',
  'weaviate',
  'qdrant',
  'milvus',
  'supabase',
  'firebase',
  'sentry',
  'posthog',
  'wandb',
  'firecrawl',
  'browserbase',
  'e2b',
  'github',
  'gitlab',
  'slack',
  'discord',
  'telegram',
  'twilio',
  'sendgrid',
  'mailgun',
  'resend',
  'smtp',
  'email',
  'client',
  'jwt',
  'session',
  'cookie',
  'nextauth',
  'clerk',
  'creds',
  'encryption',
  'webhook',
  'db',
  'database',
  'postgres',
  'mysql',
  'redis',
  'mongo',
  'meili',
  'minio',
  's3',
  'vercel',
  'netlify',
  'cloudinary',
  'mapbox',
  'amplitude',
  'recaptcha',
  'turnstile',
  'plugin',
  'sandbox'
])

/** Header and field names that carry a credential without saying whose. */
const GENERIC_FIELDS = /^(?:keys?|secret|bearer|authorization|x-api-key|api-key|x-goog-api-key|api_key|apikey)$/i

/**
 * The key role of a name, read as an environment variable when written in lower-case snake case
 * (`anthropic_api_key` as an action input or a Python variable is `ANTHROPIC_API_KEY`).
 */
export function keyRoleOf(name: string): { readonly stem: string; readonly strength: 'strong' | 'weak' } | undefined {
  const role = nameRole(name) ?? (/^[a-z][a-z0-9_]*_[a-z0-9]+$/.test(name) ? nameRole(name.toUpperCase()) : undefined)
  return role?.role === 'key' ? role : undefined
}

/**
 * What a variable, field or header name says about its credential; undefined when it is not a
 * credential name at all (`request_id`, `model`). A dotted name is judged by its last part
 * (`openai.api_key` is a key) and named by all of them (it is OpenAI's).
 */
export const credentialNameSays: (name: string, catalog: ProviderCatalog) => NameSays | undefined = memoizeBy(nameSays)

function nameSays(name: string, catalog: ProviderCatalog): NameSays | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1)
  const role = keyRoleOf(last)
  const generic = GENERIC_FIELDS.test(last)
  if (!generic && !role) return undefined
  const words = wordsOf(name)
  if (words.some((w) => OTHER_WORDS.has(w))) return 'other'
  if (namesLlm(name, catalog)) return 'llm'
  // A numbered generic name (`API_KEY_2`) has only its number for a stem.
  return generic || /^\d*$/.test(role?.stem ?? '') ? 'generic' : 'unknown'
}

/**
 * Keys that are public by design: `pk-…`/`pk_…` publishable keys (Helicone read keys, Langfuse, Stripe) and
 * values under publishable or anonymous names (`NEXT_PUBLIC_SUPABASE_ANON_KEY`, `*_PUBLISHABLE_KEY`,
 * `LANGFUSE_PUBLIC_KEY`).
 */
export function isPublishable(name: string, value: string): boolean {
  if (/^pk[-_]/.test(value.trim())) return true
  const words = wordsOf(name)
  return words.includes('publishable') || words.includes('anon') || (words.at(-2) === 'public' && words.at(-1) === 'key')
}

/** Whether a URL is on a provider's API; remembered, as many files set the same one. */
const isApiUrl = memoizeBy((url: string, catalog: ProviderCatalog): boolean => catalog.byUrl(url)?.role === 'api')

/** Files that configure an LLM client and nothing else: every credential in them is an LLM credential. */
const LLM_CLIENT_KINDS: ReadonlySet<SourceKind> = new Set(['claude-settings', 'continue', 'librechat', 'codex'])

/**
 * The key entries of a repository that hold LLM credentials. The name must be a credential name that
 * names no other kind of service; then a client profile names the variable
 * (exactly, not by a wildcard such as the SDK guess's `*_API_KEY`), or its name names an LLM provider or
 * LLMs, or it pairs with a model or with a base URL on a provider's API host, or it sits in an
 * LLM client's config file. Computed once per model: two rules ask.
 */
export function llmKeyEntries(model: RepoModel, catalog: ProviderCatalog): (entry: Entry) => boolean {
  let isLlmKey = llmKeysByModel.get(model)
  if (!isLlmKey) llmKeysByModel.set(model, (isLlmKey = findLlmKeys(model, catalog)))
  return isLlmKey
}

const llmKeysByModel = new WeakMap<RepoModel, (entry: Entry) => boolean>()

function findLlmKeys(model: RepoModel, catalog: ProviderCatalog): (entry: Entry) => boolean {
  const paired = new Set<Entry>()
  const { scopes } = model
  for (let s = 0; s < scopes.length; s++) {
    const scope = scopes[s]!
    for (let p = 0; p < scope.pairs.length; p++) {
      const pair = scope.pairs[p]!
      const key = pair.key
      if (!key) continue
      const named = pair.by === 'profile' && scope.client.profile.keyVars.some((v) => v.name === key.key)
      const base = pair.baseUrl && valueOf(pair.baseUrl)
      const llmBase = base !== undefined && isApiUrl(base, catalog)
      if (named || pair.model !== undefined || llmBase) paired.add(key)
    }
  }
  return (entry) => {
    const says = credentialNameSays(entry.key, catalog)
    if (says === undefined || says === 'other') return false
    return says === 'llm' || LLM_CLIENT_KINDS.has(entry.kind) || paired.has(entry)
  }
}
