import { DEPLOYMENT_KINDS, kindLabel } from '../core/kinds.js'
import type { Entry } from '../core/types.js'
import type { RepoModel, Scope } from '../model/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { once, valueOf } from './entries.js'
import { defineRule } from './types.js'

/**
 * A NextChat deployment that holds a server key but no access code serves that key to anyone who
 * finds the site (README_CN, under `CODE`). `HIDE_USER_API_KEY` does not change this: it only hides
 * the field where visitors could enter their own key, so every request then spends the owner's key.
 * Only `CODE` gates the server key (`app/api/auth.ts`).
 *
 * That gate is upstream's. A fork whose `app/api/auth.ts` or provider route is none of upstream's versions
 * (`profile.forkGate`) gates requests its own way (a sign-in, a variable of its own), so without `CODE` the finding
 * is a note that says so (`forkGate`).
 */
export const rule = defineRule({
  meta: {
    id: 'open-relay',
    description: 'A NextChat deployment has a server API key but no access code, so anyone can spend the key',
    severity: 'warning',
    messages: {
      noCode: '{{name}} gives this NextChat deployment a server key but {{fileKind}} sets no CODE, so anyone who finds the site spends it',
      emptyCode:
        '{{name}} gives this NextChat deployment a server key but CODE is empty in {{fileKind}}, so anyone who finds the site spends it',
      forkGate:
        '{{name}} gives this NextChat fork a server key and {{fileKind}} sets no CODE, but the fork gates requests with its own {{gate}} (none of upstream\'s versions), so who may spend it is not known here'
    },
    tips: {
      noCode: 'set CODE to one or more access passwords',
      emptyCode: 'set CODE to one or more access passwords',
      forkGate: "check that the fork's own gate (a sign-in, its own access code) is on for this deployment"
    }
  },
  check(context) {
    const fresh = once()
    const readByCompose = composeInputs(context.model)
    const { scopes } = context.model
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!
      if (scope.client.profile.id !== 'nextchat' || !DEPLOYMENT_KINDS.has(scope.kind) || readByCompose.has(scope.file)) continue
      const key = serverKey(scope, context.providers)
      if (!key) continue
      const code = scope.entries.find((e) => e.key === 'CODE')
      if (code && valueOf(code) !== '') continue
      const gate = scope.client.profile.forkGate
      const messageId = gate !== undefined ? 'forkGate' : code ? 'emptyCode' : 'noCode'
      if (!fresh(key, messageId)) continue
      context.report({
        messageId,
        data: { name: key.key, fileKind: kindLabel(scope.kind), ...(gate === undefined ? {} : { gate }) },
        file: key.file,
        span: key.keySpan,
        entry: key,
        ...(gate === undefined ? {} : { severity: 'note' as const }),
        scope: scope.id
      })
    }
  }
})

/**
 * The first key the client reads that is really set. An unresolved reference (`${OPENAI_API_KEY}`)
 * counts: it is filled in at deploy time. An unresolved `CODE` reference, likewise, counts as set.
 */
function serverKey(scope: Scope, catalog: ProviderCatalog): Entry | undefined {
  const names = new Set(scope.client.profile.keyVars.map((v) => v.name))
  return scope.entries.find((e) => {
    if (!names.has(e.key)) return false
    const value = valueOf(e)
    return value === undefined ? e.form !== 'literal' : !catalog.isPlaceholder(value)
  })
}

/**
 * Dotenv files a compose service reads (`env_file`, or the project `.env` it interpolates from): they
 * are judged as part of that service, where `CODE` may be set.
 */
function composeInputs(model: RepoModel): Set<string> {
  const inputs = new Set<string>()
  const { scopes, files } = model
  for (let s = 0; s < scopes.length; s++) {
    const { entries, file } = scopes[s]!
    for (let e = 0; e < entries.length; e++) if (entries[e]!.file !== file) inputs.add(entries[e]!.file)
  }
  for (let f = 0; f < files.length; f++) {
    const file = files[f]!
    if (file.kind === 'compose') inputs.add(`${file.path.slice(0, file.path.lastIndexOf('/') + 1)}.env`)
  }
  return inputs
}
