import { findBaseUrlVar, findKeyVar, isModelVar, otherNames } from '../clients/detect.js'
import { flagIsOn } from '../clients/flags.js'
import type { ClientProfile } from '../clients/types.js'
import { DEPLOYMENT_KINDS, kindLabel } from '../core/kinds.js'
import type { Entry, SourceKind } from '../core/types.js'
import type { Provider } from '../providers/types.js'
import type { Scope } from '../model/types.js'
import { isKnownClient, once, valueOf } from './entries.js'
import { providerSetting } from './names.js'
import { defineRule, type RuleContext } from './types.js'

/**
 * Variables the deployed client never reads: SDK habits (`OPENAI_BASE_URL` in a NextChat repository,
 * which reads `BASE_URL`), and names the client renamed or dropped (`HIDE_BALANCE_QUERY`). The value
 * silently has no effect, so the app talks to its default host with the key meant for another.
 *
 * Judged only when the client is known (detected, configured or named by the file): the same name
 * means opposite things in different apps. Workflow files are left out, since their variables feed
 * the CI runner's own scripts, not the deployed app.
 *
 * A container that pulls the client's upstream image (`scope.client.upstreamImage`) runs the code the profile was
 * read from, which reads no other variable: there a provider's key or base URL the profile neither reads nor lists
 * (`OPENROUTER_API_KEY` for upstream NextChat) is reported too. Nowhere else: a fork's own code reads names of its own.
 */
export const rule = defineRule({
  meta: {
    id: 'env-name-unused',
    description: 'A variable is set that the detected client does not read',
    severity: 'warning',
    autofix: ['renamed'],
    messages: {
      renamed: '{{name}} in {{fileKind}} is not read by {{client}} — {{reason}}',
      unread: '{{name}} in {{fileKind}} is not read by {{client}} — {{reason}}',
      passedByApp: '{{name}} in {{fileKind}} reaches {{client}} only if the app\'s own code passes it on — {{reason}}'
    },
    tips: {
      renamed: 'use {{replacement}}',
      unread: 'remove it',
      passedByApp: 'check that the code passes it to the client, or use {{replacement}}'
    }
  },
  check(context) {
    const fresh = once()
    const { scopes } = context.model
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!
      const { profile } = scope.client
      if (!isKnownClient(scope.client) || !JUDGED_KINDS.has(scope.kind)) continue
      const names = new Set(scope.entries.map((e) => e.key))
      for (const entry of scope.entries) {
        const unused = profile.unusedVars.find((u) => u.name === entry.key)
        if (!unused) continue
        const replacement = unused.replacement && !names.has(unused.replacement) ? unused.replacement : undefined
        // Code the linter does not read may pass it on: a rename could break a working app, so no edit is offered.
        const messageId = unused.readByApps ? 'passedByApp' : replacement ? 'renamed' : 'unread'
        if ((messageId === 'passedByApp' && !replacement) || !fresh(entry, messageId)) continue
        reportName(context, scope, entry, messageId, unused.reason.replace(/\.$/, ''), replacement, {
          ...(replacement && messageId === 'renamed' ? { fix: replacement } : {}),
          // Older versions read it: right or wrong depends on the version deployed, which the files rarely say.
          ...(unused.droppedOn || unused.readByApps ? { severity: 'note' as const } : {})
        })
      }
      if (scope.client.upstreamImage !== undefined) reportUnreadProviderSettings(context, scope, scope.client.upstreamImage, fresh)
    }
  }
})

/**
 * Provider settings the upstream image never reads (see the rule's comment). Where the client reads the same
 * provider's key under its own name (NextChat's Gemini key is GOOGLE_API_KEY), that name is the fix; a base URL gets
 * the name but no edit, since the client may join its value otherwise.
 */
function reportUnreadProviderSettings(
  context: RuleContext<MessageId>,
  scope: Scope,
  image: string,
  fresh: (entry: Entry, what: string) => boolean
): void {
  const { profile } = scope.client
  if (passesEnv(profile, scope)) return
  const names = new Set(scope.entries.map((e) => e.key))
  for (const entry of scope.entries) {
    const setting = providerSetting(entry.key, context.providers)
    if (!setting || reads(profile, entry.key) || profile.unusedVars.some((u) => u.name === entry.key)) continue
    const own = ownName(profile, setting.role, setting.provider)
    const replacement = own !== undefined && !names.has(own) ? own : undefined
    const messageId = replacement ? 'renamed' : 'unread'
    if (!fresh(entry, messageId)) continue
    const what = `${setting.provider.name} ${setting.role === 'key' ? 'key' : 'base URL'}`
    const reason = `the image ${image} runs upstream's code, which reads ${own === undefined ? `no ${what}` : `the ${what} from ${own}`}`
    reportName(context, scope, entry, messageId, reason, replacement, replacement && setting.role === 'key' ? { fix: replacement } : {})
  }
}

type MessageId = 'renamed' | 'unread' | 'passedByApp'

/** A finding on a variable's name: the client, the reason and the name it reads instead, with any fix or severity. */
function reportName(
  context: RuleContext<MessageId>,
  scope: Scope,
  entry: Entry,
  messageId: MessageId,
  reason: string,
  replacement: string | undefined,
  extra: { readonly fix?: string; readonly severity?: 'note' }
): void {
  context.report({
    messageId,
    data: { name: entry.key, fileKind: kindLabel(entry.kind), client: scope.client.profile.name, reason, ...(replacement ? { replacement } : {}) },
    file: entry.file,
    span: entry.keySpan,
    entry,
    ...extra,
    scope: scope.id
  })
}

/** Whether the client reads `name` as a base URL, key, model, flag or other variable (wildcard names included). */
const reads = (profile: ClientProfile, name: string): boolean =>
  findKeyVar(profile, name) !== undefined || findBaseUrlVar(profile, name) !== undefined || isModelVar(profile, name) || otherNames(profile).includes(name)

/** The client's one variable of this role for `provider` (NextChat: gemini key → GOOGLE_API_KEY), if it has exactly one. */
function ownName(profile: ClientProfile, role: 'key' | 'base', provider: Provider): string | undefined {
  const vars: readonly { readonly name: string; readonly provider?: string }[] = role === 'key' ? profile.keyVars : profile.baseUrlVars
  const found = vars.filter((v) => v.provider === provider.id && !v.name.includes('*'))
  return found.length === 1 ? found[0]!.name : undefined
}

/**
 * Whether the scope turns on the flag under which the client hands its environment to other programs (NextChat's
 * `ENABLE_MCP=true`), or sets it to a value not known here: then any name may be read by one of them.
 */
function passesEnv(profile: ClientProfile, scope: Scope): boolean {
  const name = profile.upstream?.passesEnvWhen
  const entry = name === undefined ? undefined : scope.entries.find((e) => e.key === name)
  if (entry === undefined) return false
  const flag = profile.flags?.find((f) => f.name === name)
  const value = valueOf(entry)
  return value === undefined || flag === undefined || flagIsOn(flag, value)
}

/** Files that configure the deployed app or a client's own settings. */
const JUDGED_KINDS: ReadonlySet<SourceKind> = new Set([...DEPLOYMENT_KINDS, 'claude-settings', 'continue', 'librechat', 'codex'])
