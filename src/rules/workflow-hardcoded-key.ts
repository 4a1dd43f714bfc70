import { maskSecret } from '../core/redact.js'
import type { Entry, FileFacts } from '../core/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { keyHitsIn, valueSpan } from './entries.js'
import { isPublishable, keyRoleOf, llmKeyEntries } from './llm-key.js'
import { defineRule } from './types.js'

/**
 * LLM credentials written into a workflow (`env:`, `with:`, `run:` assignments) where a
 * `${{ secrets.X }}` reference belongs. Recognised provider keys stay with `leaked-key`, which reports
 * every key in every file; this rule takes the literals of LLM key variables the text scan cannot
 * recognise, so one span never gets two findings. Other services' credentials are left to general
 * secret scanners.
 */
export const rule = defineRule({
  meta: {
    id: 'workflow-hardcoded-key',
    description: 'A workflow sets an LLM credential to a literal instead of a secrets reference',
    severity: 'error',
    security: true,
    messages: {
      literalCredential:
        '{{name}} in the workflow is a literal credential ({{masked}})'
    },
    tips: {
      literalCredential: 'store it as a repository secret and write {{expression}}'
    }
  },
  check(context) {
    const isLlmKey = llmKeyEntries(context.model, context.providers)
    const { files } = context.model
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!
      if (file.kind !== 'workflow') continue
      for (const entry of file.entries) {
        if (!isLlmKey(entry) || !isHardcoded(entry, file, context.providers)) continue
        const expression = secretExpression(entry.key)
        context.report({
          messageId: 'literalCredential',
          data: { name: entry.key, masked: maskSecret(entry.value!), expression },
          file: file.path,
          span: valueSpan(entry),
          entry,
          fix: expression,
          secrets: [entry.value!]
        })
      }
    }
  }
})

/**
 * A literal in a credential-named setting that looks like a credential: a known key format or a random-looking
 * value. A word is none: CI jobs give local model servers the dummy keys their docs use (`OPENAI_API_KEY: ollama`,
 * "required, but unused"; `lm-studio`; `sk-no-key-required`), and service containers throwaway passwords.
 */
function isHardcoded(entry: Entry, file: FileFacts, catalog: ProviderCatalog): boolean {
  const value = entry.value?.trim()
  if (!keyRoleOf(entry.key) || entry.form !== 'literal' || !value || catalog.isPlaceholder(value) || isPublishable(entry.key, value)) return false
  if (keyHitsIn(entry, file).length > 0) return false
  return catalog.looksLikeSecret(value) || catalog.identifyKey(value) !== undefined
}

/** `${{ secrets.OPENAI_API_KEY }}` for `OPENAI_API_KEY`, `${{ secrets.API_KEY }}` for a `with: api-key` input. */
const secretExpression = (name: string): string =>
  `\${{ secrets.${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()} }}`
