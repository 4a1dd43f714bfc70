import { kindLabel } from '../core/kinds.js'
import { once, valueOf, valueSpan } from './entries.js'
import { defineRule } from './types.js'

/**
 * NextChat's provider ids (`app/constant.ts:752-907`, what `DEFAULT_MODEL` and built-in model toggles
 * compare with) mapped to its `ServiceProvider` names (the case-sensitive switch that routes new custom
 * models, `getClientApi`). clients.md §1.7.
 */
const PROVIDERS: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  azure: 'Azure',
  google: 'Google',
  anthropic: 'Anthropic',
  baidu: 'Baidu',
  bytedance: 'ByteDance',
  alibaba: 'Alibaba',
  tencent: 'Tencent',
  moonshot: 'Moonshot',
  iflytek: 'Iflytek',
  xai: 'XAI',
  chatglm: 'ChatGLM',
  deepseek: 'DeepSeek',
  siliconflow: 'SiliconFlow',
  ai302: '302.AI'
}

/** Lower-cased spellings → provider id; `302.ai` is the ServiceProvider name of `ai302`. */
const BY_SPELLING = new Map(Object.entries(PROVIDERS).flatMap(([id, name]) => [[id, id] as const, [name.toLowerCase(), id] as const]))

type MessageId =
  | 'spaces'
  | 'missingName'
  | 'allNotFirst'
  | 'unknownProvider'
  | 'providerCase'
  | 'defaultProviderCase'
  | 'defaultList'
  | 'defaultSyntax'

/**
 * `CUSTOM_MODELS` and `DEFAULT_MODEL` syntax as NextChat reads it (`app/utils/model.ts`): comma
 * separated `+name`, `-name`, `name=display`, `name@provider`, `-all`/`+all`. Mistakes here are silent:
 * a model that never shows up, a default that is ignored, a custom model routed to the wrong provider.
 * Judged for NextChat and for repositories whose client is unknown (the names are NextChat's own).
 */
export const rule = defineRule({
  meta: {
    id: 'model-name',
    description: 'DEFAULT_MODEL or CUSTOM_MODELS has a syntax mistake NextChat silently ignores',
    severity: 'warning',
    autofix: ['defaultProviderCase'],
    messages: {
      spaces: '{{name}} in {{fileKind}} has spaces around "{{item}}", which NextChat keeps as part of the model name',
      missingName: '{{name}} in {{fileKind}} has "{{item}}" with a display name but no model name before "="',
      allNotFirst: '{{name}} in {{fileKind}} has {{item}} after other items, and it overrides them',
      unknownProvider: '{{name}} in {{fileKind}} names provider "{{provider}}" in "{{item}}", which NextChat does not know, so it routes the model to OpenAI',
      providerCase: '{{name}} in {{fileKind}} writes @{{provider}} in "{{item}}"',
      defaultProviderCase: '{{name}} in {{fileKind}} writes @{{provider}}, but NextChat matches only the lower-case id, so the default is silently ignored',
      defaultList: '{{name}} in {{fileKind}} lists several models, but it takes one',
      defaultSyntax: '{{name}} in {{fileKind}} uses CUSTOM_MODELS syntax ("{{item}}"), but it takes a plain model name'
    },
    tips: {
      spaces: 'use "{{fix}}"',
      missingName: 'write model=display',
      allNotFirst: 'put {{item}} first ("{{fix}}")',
      unknownProvider: 'use one of {{known}}',
      providerCase: 'use @{{id}} for a built-in model or @{{serviceName}} for a new one, since NextChat matches both exactly',
      defaultProviderCase: 'use "{{fix}}"',
      defaultList: 'keep one, such as "{{fix}}"',
      defaultSyntax: 'use "{{fix}}"'
    }
  },
  check(context) {
    const fresh = once()
    const { scopes } = context.model
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!
      const id = scope.client.profile.id
      if (id !== 'nextchat' && id !== 'unknown') continue
      for (let e = 0; e < scope.entries.length; e++) {
        const entry = scope.entries[e]!
        const value = valueOf(entry)
        if (!value || (entry.key !== 'CUSTOM_MODELS' && entry.key !== 'DEFAULT_MODEL')) continue
        const problems = entry.key === 'CUSTOM_MODELS' ? customModels(value) : defaultModel(value)
        for (const problem of problems) {
          if (!fresh(entry, `${problem.messageId}:${problem.data.item ?? ''}`)) continue
          context.report({
            messageId: problem.messageId,
            data: { name: entry.key, fileKind: kindLabel(entry.kind), ...problem.data },
            file: entry.file,
            span: valueSpan(entry),
            entry,
            ...(problem.data.fix ? { fix: problem.data.fix } : {}),
            scope: scope.id
          })
        }
      }
    }
  }
})

interface Problem {
  readonly messageId: MessageId
  readonly data: Readonly<Record<string, string>>
}

/** `name@provider`, split on the last `@` as NextChat does (model names may contain `@`). */
function splitProvider(name: string): { model: string; provider?: string } {
  const at = name.lastIndexOf('@')
  return at <= 0 ? { model: name } : { model: name.slice(0, at), provider: name.slice(at + 1) }
}

const unknownProvider = (provider: string, item: string): Problem => ({
  messageId: 'unknownProvider',
  data: { item, provider, known: Object.keys(PROVIDERS).join(', ') }
})

/** The provider suffix of a CUSTOM_MODELS item must be NextChat's id or its ServiceProvider name, exactly. */
function providerProblem(provider: string, item: string): Problem | undefined {
  const id = BY_SPELLING.get(provider.toLowerCase())
  if (!id) return unknownProvider(provider, item)
  if (provider !== id && provider !== PROVIDERS[id]) {
    return { messageId: 'providerCase', data: { item, provider, id, serviceName: PROVIDERS[id]! } }
  }
  return undefined
}

/**
 * Problems of a `CUSTOM_MODELS` list. Empty items (`a,,b`, a trailing comma) are harmless: NextChat
 * drops them (`.split(",").filter((v) => !!v && v.length > 0)`), so they are only left out of the fix.
 */
function customModels(value: string): Problem[] {
  const items = value.split(',')
  const problems: Problem[] = []
  const tidy = items.map((i) => i.trim()).filter((i) => i !== '')
  const allAt = tidy.findIndex((i) => /^[+-]all$/.test(i))
  const fixed = allAt > 0 ? [tidy[allAt]!, ...tidy.filter((_, i) => i !== allAt)] : tidy
  const fix = fixed.join(',')
  for (const raw of items) {
    const item = raw.trim()
    if (item === '') continue
    if (raw !== item) problems.push({ messageId: 'spaces', data: { item, fix } })
    const body = item.replace(/^[+-]/, '')
    const [name = '', display] = splitOnce(body, '=')
    if (name === '' && display !== undefined) problems.push({ messageId: 'missingName', data: { item } })
    const { provider } = splitProvider(name)
    const problem = provider === undefined ? undefined : providerProblem(provider, item)
    if (problem) problems.push(problem)
  }
  if (allAt > 0) problems.push({ messageId: 'allNotFirst', data: { item: tidy[allAt]!, fix } })
  return problems
}

function defaultModel(value: string): Problem[] {
  const item = value.trim()
  if (value !== item) return [{ messageId: 'spaces', data: { item, fix: item } }]
  if (item.includes(',')) {
    const first = item.split(',').map((i) => i.trim()).find((i) => i !== '') ?? ''
    return [{ messageId: 'defaultList', data: { fix: first } }]
  }
  if (/^[+-]/.test(item) || item.includes('=')) {
    const plain = splitOnce(item.replace(/^[+-]/, ''), '=')[0] ?? ''
    return [{ messageId: 'defaultSyntax', data: { item, fix: plain } }]
  }
  const { model, provider } = splitProvider(item)
  if (provider === undefined) return []
  const id = BY_SPELLING.get(provider.toLowerCase())
  if (!id) return [unknownProvider(provider, item)]
  return provider === id ? [] : [{ messageId: 'defaultProviderCase', data: { provider, fix: `${model}@${id}` } }]
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator)
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)]
}
