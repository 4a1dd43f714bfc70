/**
 * What to probe: one target per key the repository's deployments reference and the route their client builds from
 * the paired base URL. Keys never come from the repository (a committed key is `leaked-key`'s business): they come
 * from the run (the action's `api-key` and `secrets` inputs, the CLI's environment). Pure.
 */
import { effectiveUrl } from '../clients/effective-url.js'
import type { BaseUrlVar, KeyVar } from '../clients/types.js'
import { lineSpan } from '../core/text.js'
import type { Entry, ValueRef } from '../core/types.js'
import { withoutTrailingSlashes } from '../core/url.js'
import type { Pairing, RepoModel, Scope } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { valueSpan } from '../rules/entries.js'
import { effectiveValue } from '../sources/entry.js'
import { configuredModels } from './models.js'
import { isProbeableChatUrl } from './probes.js'
import type { ProbeAnchor, ProbeTarget } from './types.js'

/** Where keys (and the settings an edge may give instead of the repository's) come from. */
export interface KeySource {
  /** The `api-key` input (`LLM_ENV_LINT_API_KEY` in the CLI): stands for every key the repository references. */
  readonly apiKey?: string
  /** The `base-url` input: with `apiKey`, one target from the inputs instead of the repository's settings. */
  readonly baseUrl?: string
  /** The `model` input: checked besides the models the repository configures. */
  readonly model?: string
  /** The value behind a reference (`${{ secrets.X }}`, `${X}`): a secret of the run, or an environment variable. */
  readonly valueFor: (ref: ValueRef) => string | undefined
  /** Where `valueFor` looks, for notices: `the secrets input`, `the environment`. */
  readonly origin: string
  /** The file findings about the input target go to when no repository setting holds its base URL. */
  readonly inputsFile?: string
}

/** The probes to run, and in plain words why some keys are not probed (never a key, only names). */
export interface ProbePlan {
  readonly targets: readonly ProbeTarget[]
  readonly skipped: readonly string[]
}

/** The id of the target built from the `api-key` and `base-url` inputs alone. */
export const INPUT_TARGET_ID = 'inputs'

/** References whose value the run may hold: workflow secrets and shell variables (`${X}` in .env and compose). */
const KEY_CONTEXTS: ReadonlySet<string> = new Set(['secrets', 'shell'])

/**
 * The targets for a repository. With `apiKey` and `baseUrl`, one target from the inputs; otherwise one per key
 * reference of each deployment scope (each item of a key list), with `apiKey` standing in for every reference.
 */
export function planProbes(model: RepoModel, source: KeySource, catalog: ProviderCatalog): ProbePlan {
  const plan = new PlanBuilder(source, catalog)
  if (source.baseUrl !== undefined) plan.addInputTarget(model)
  else for (const scope of model.scopes) for (const pair of scope.pairs) plan.addPair(scope, pair)
  if (plan.isEmpty()) plan.skip(`nothing to probe: no setting of the repository references a key${source.apiKey ? '; give a base URL too to probe the key alone' : ''}`)
  return plan.build()
}

/** Collects targets and notices, each once (a `.env` file is read on its own and as a compose `env_file`). */
class PlanBuilder {
  private readonly targets = new Map<string, ProbeTarget>()
  private readonly skipped = new Set<string>()

  constructor(
    private readonly source: KeySource,
    private readonly catalog: ProviderCatalog
  ) {}

  /** The `api-key` / `base-url` / `model` inputs alone, anchored at the setting holding the same base URL if any. */
  addInputTarget(model: RepoModel): void {
    const base = this.source.baseUrl!
    if (!this.source.apiKey) return this.skip(`${base}: not probed, no key was given for it`)
    const site = settingWithBase(model, base)
    const variable = site?.pair.baseUrlVar ?? model.client.profile.baseUrlVars.find((v) => isProbeableChatUrl(effectiveUrl(base, v).url))
    if (!variable) return this.skip(`${base}: not probed, ${model.client.profile.name} builds no chat route from a base URL`)
    const anchor: ProbeAnchor = site
      ? { file: site.entry.file, span: valueSpan(site.entry), entry: site.entry, scope: site.scope.id }
      : { file: this.source.inputsFile ?? '', span: lineSpan(1) }
    this.add({ id: INPUT_TARGET_ID, key: this.source.apiKey, base, variable, models: site ? modelsOf(site.scope, site.pair, this.source) : inputModels(this.source), anchor }, 'the base-url input')
  }

  /** Every key of one pairing whose value the run holds. */
  addPair(scope: Scope, pair: Pairing): void {
    const key = pair.key
    if (!key?.ref || key.form !== 'reference' || !KEY_CONTEXTS.has(key.ref.context)) return
    const where = `${key.key} in ${scope.id}`
    const value = this.source.apiKey ?? this.source.valueFor(key.ref)
    if (!value?.trim()) return this.skip(`${where}: not probed, ${key.ref.name} is empty or missing in ${this.source.origin}`)
    const base = baseOf(pair, this.source)
    if (!pair.baseUrlVar || base === undefined) return this.skip(`${where}: not probed, the base URL it is sent to is not known`)
    const keys = this.source.apiKey ? [value] : itemsOf(value, pair.keyVar)
    const anchor: ProbeAnchor = { file: key.file, span: valueSpan(key), entry: key, scope: scope.id }
    keys.forEach((item, index) => {
      const id = `${scope.id}|${key.key}${keys.length > 1 ? `#${index + 1}` : ''}`
      this.add({ id, key: item, base, variable: pair.baseUrlVar!, models: modelsOf(scope, pair, this.source), anchor }, where)
    })
  }

  skip(notice: string): void {
    this.skipped.add(notice)
  }

  isEmpty(): boolean {
    return this.targets.size === 0 && this.skipped.size === 0
  }

  build(): ProbePlan {
    return { targets: [...this.targets.values()], skipped: [...this.skipped] }
  }

  private add(spec: TargetSpec, where: string): void {
    const chatUrl = effectiveUrl(spec.base, spec.variable).url
    if (!isProbeableChatUrl(chatUrl)) return this.skip(`${where}: not probed, the client's route for ${spec.variable.name} is not an OpenAI-compatible or Anthropic chat route`)
    const { anchor } = spec
    const identity = [anchor.file, anchor.span.start.line, anchor.span.start.column, chatUrl, spec.key].join('\u0000')
    if (this.targets.has(identity)) return
    const hostProvider = this.catalog.byHost(new URL(chatUrl).hostname)?.provider
    const keyMatch = this.catalog.identifyKey(spec.key)
    this.targets.set(identity, {
      id: spec.id,
      key: spec.key,
      baseUrl: spec.base,
      chatUrl,
      ...(hostProvider && { hostProvider }),
      ...(keyMatch && { keyMatch }),
      models: spec.models,
      anchor
    })
  }
}

interface TargetSpec {
  readonly id: string
  readonly key: string
  readonly base: string
  readonly variable: BaseUrlVar
  readonly models: readonly string[]
  readonly anchor: ProbeAnchor
}

/** The base URL a pairing sends its key to: the setting's value (or the run's, for a reference), else the client's default. */
function baseOf(pair: Pairing, source: KeySource): string | undefined {
  const entry = pair.baseUrl
  if (!entry) return pair.baseUrlVar?.defaultUrl
  const value = effectiveValue(entry) ?? (entry.ref && KEY_CONTEXTS.has(entry.ref.context) ? source.valueFor(entry.ref) : undefined)
  return value?.trim() || undefined
}

/** A key list (NextChat `OPENAI_API_KEY=k1,k2`) as the client splits it. */
function itemsOf(value: string, keyVar: KeyVar | undefined): string[] {
  const items = keyVar?.listSeparator ? value.split(keyVar.listSeparator) : [value]
  return items.map((item) => item.trim()).filter((item) => item !== '')
}

/** The models the `model` input names. */
const inputModels = (source: KeySource): string[] => configuredModels({ ...(source.model !== undefined && { model: source.model }) })

/**
 * The models a pairing's route must serve: the `model` input, then the scope's `DEFAULT_MODEL` (or the pairing's
 * own model setting) and `CUSTOM_MODELS`, keeping only entries for the route's provider (`claude@anthropic` goes
 * to NextChat's Anthropic route, not to `BASE_URL`).
 */
function modelsOf(scope: Scope, pair: Pairing, source: KeySource): string[] {
  const named = (name: string): string | undefined => {
    const entry = scope.entries.find((e) => e.key === name)
    return entry && effectiveValue(entry)
  }
  const own = pair.model && pair.model.key !== 'CUSTOM_MODELS' ? effectiveValue(pair.model) : undefined
  const defaultModel = named('DEFAULT_MODEL') ?? own
  const customModels = named('CUSTOM_MODELS')
  return configuredModels(
    {
      ...(source.model !== undefined && { model: source.model }),
      ...(defaultModel !== undefined && { defaultModel }),
      ...(customModels !== undefined && { customModels })
    },
    pair.baseUrlVar?.provider ?? 'openai'
  )
}

/** The setting (in its own variable's pairing) whose base URL is `base`, ignoring one trailing slash. */
function settingWithBase(model: RepoModel, base: string): { readonly scope: Scope; readonly pair: Pairing; readonly entry: Entry } | undefined {
  const wanted = withoutTrailingSlashes(base)
  for (const scope of model.scopes) {
    for (const pair of scope.pairs) {
      const entry = pair.baseUrl
      const value = entry && effectiveValue(entry)
      if (entry && pair.baseUrlVar?.name === entry.key && value !== undefined && withoutTrailingSlashes(value.trim()) === wanted) return { scope, pair, entry }
    }
  }
  return undefined
}
