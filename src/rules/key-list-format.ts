import { kindLabel } from '../core/kinds.js'
import { once, valueOf, valueSpan } from './entries.js'
import { defineRule } from './types.js'

/**
 * Key lists the client splits itself (NextChat and LobeChat rotate over `key1,key2`), judged by what
 * the client profile says of each key variable: an empty item matters where the client keeps it
 * (`keepsEmptyListEntries`: NextChat picks an empty key now and then, intermittent 401s), spaces where
 * it does not trim (`trimsListEntries`: LobeChat sends `" b"` for `a, b`).
 *
 * The separators are literal even when the items are references (`${KEY_1},,${KEY_2}`), so a list
 * whose references cannot be resolved is still judged on its written text.
 */
export const rule = defineRule({
  meta: {
    id: 'key-list-format',
    description: 'A list of API keys has empty items or spaces the client does not remove',
    severity: 'warning',
    messages: {
      emptyItem:
        '{{name}} in {{fileKind}} has an empty item in its key list, which {{client}} picks now and then and sends no key',
      spacedItem:
        '{{name}} in {{fileKind}} has spaces around items of its key list, which {{client}} sends as part of the keys'
    },
    tips: {
      emptyItem: 'remove the extra "{{separator}}"',
      spacedItem: 'remove the spaces around "{{separator}}"'
    }
  },
  check(context) {
    const fresh = once()
    const { scopes } = context.model
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!
      const { profile } = scope.client
      for (let k = 0; k < profile.keyVars.length; k++) {
        const keyVar = profile.keyVars[k]!
        const separator = keyVar.listSeparator
        if (!separator) continue
        const entry = scope.entries.find((e) => e.key === keyVar.name)
        const value = entry && (valueOf(entry) ?? entry.value)
        if (!entry || !value?.includes(separator)) continue
        const items = value.split(separator)
        const problems = [
          ...(keyVar.keepsEmptyListEntries && items.some((i) => i.trim() === '') ? (['emptyItem'] as const) : []),
          ...(!keyVar.trimsListEntries && items.some((i) => i !== i.trim()) ? (['spacedItem'] as const) : [])
        ]
        for (const messageId of problems) {
          if (!fresh(entry, messageId)) continue
          context.report({
            messageId,
            data: { name: entry.key, fileKind: kindLabel(entry.kind), client: profile.name, separator },
            file: entry.file,
            span: valueSpan(entry),
            entry,
            secrets: items.map((i) => i.trim()).filter((i) => i !== ''),
            scope: scope.id
          })
        }
      }
    }
  }
})
