import { defineRule } from './types.js'
import { kindLabel, once, valueOf, valueSpan } from './util.js'

/**
 * Key lists the client splits itself (NextChat and LobeChat rotate over `key1,key2`). NextChat trims
 * items but keeps empty ones, so `a,,b` or a trailing comma makes it pick an empty key now and then:
 * intermittent 401s (`app/config/server.ts` `getApiKey`). LobeChat drops empty items (harmless there,
 * still reported: the list reads as if a key went missing) but does not trim, so `a, b` sends `" b"`.
 * Open WebUI's `;` lists pair keys with URLs by position, so an empty item there is deliberate and only
 * spaces are judged.
 */
export const rule = defineRule({
  meta: {
    id: 'key-list-format',
    description: 'A list of API keys has empty items or spaces the client does not remove',
    severity: 'warning',
    messages: {
      emptyItem:
        '{{name}} in {{fileKind}} has an empty item in its key list, which NextChat picks now and then and sends no key: remove the extra "{{separator}}"',
      spacedItem:
        '{{name}} in {{fileKind}} has spaces around items of its key list, which {{client}} sends as part of the keys: remove the spaces around "{{separator}}"'
    }
  },
  check(context) {
    const fresh = once()
    for (const scope of context.model.scopes) {
      const { profile } = scope.client
      for (const keyVar of profile.keyVars) {
        const separator = keyVar.listSeparator
        const entry = separator && scope.entries.find((e) => e.key === keyVar.name)
        const value = entry && valueOf(entry)
        if (!entry || !separator || !value || !value.includes(separator)) continue
        const items = value.split(separator)
        const trims = keyVar.trimsListEntries ?? false
        const problems = [
          ...(separator === ',' && items.some((i) => (trims ? i.trim() : i) === '') ? (['emptyItem'] as const) : []),
          ...(!trims && items.some((i) => i !== i.trim()) ? (['spacedItem'] as const) : [])
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
