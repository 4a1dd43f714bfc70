import { DEPLOYMENT_KINDS, kindLabel } from '../core/kinds.js'
import type { SourceKind } from '../core/types.js'
import { isKnownClient, once } from './entries.js'
import { defineRule } from './types.js'

/**
 * Variables the deployed client never reads: SDK habits (`OPENAI_BASE_URL` in a NextChat repository,
 * which reads `BASE_URL`), and names the client renamed or dropped (`HIDE_BALANCE_QUERY`). The value
 * silently has no effect, so the app talks to its default host with the key meant for another.
 *
 * Judged only when the client is known (detected, configured or named by the file): the same name
 * means opposite things in different apps. Workflow files are left out, since their variables feed
 * the CI runner's own scripts, not the deployed app.
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
        context.report({
          messageId,
          data: {
            name: entry.key,
            fileKind: kindLabel(entry.kind),
            client: profile.name,
            reason: unused.reason.replace(/\.$/, ''),
            ...(replacement ? { replacement } : {})
          },
          file: entry.file,
          span: entry.keySpan,
          entry,
          ...(replacement && messageId === 'renamed' ? { fix: replacement } : {}),
          // Older versions read it: right or wrong depends on the version deployed, which the files rarely say.
          ...(unused.droppedOn || unused.readByApps ? { severity: 'note' as const } : {}),
          scope: scope.id
        })
      }
    }
  }
})

/** Files that configure the deployed app or a client's own settings. */
const JUDGED_KINDS: ReadonlySet<SourceKind> = new Set([...DEPLOYMENT_KINDS, 'claude-settings', 'continue', 'librechat', 'codex'])
