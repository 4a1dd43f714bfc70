import { kindLabel } from '../core/kinds.js'
import { maskSecret } from '../core/redact.js'
import type { Entry, FileFacts } from '../core/types.js'
import type { ProviderCatalog } from '../providers/types.js'
import { keyHitsIn, valueSpan } from './entries.js'
import { keyItemsOf } from './keys.js'
import { isPublishable, llmKeyEntries } from './llm-key.js'
import { defineRule } from './types.js'

/**
 * Committed LLM credentials. Every provider key the text scan recognised in any file is a finding
 * (unique formats anywhere, shared shapes where their context says LLM), commented lines included,
 * each occurrence on its own. Opaque random values assigned to an LLM key variable are findings too,
 * except in workflow files, where `workflow-hardcoded-key` owns them (its fix is a secret reference,
 * not only a rotation). Secrets of other services (payments, search, tracing, speech) and publishable
 * keys are left to general secret scanners; published sample secrets to `published-default-secret`. A
 * gitignored file read with `--include-ignored` is not committed: its keys are to be kept out of commits,
 * not revoked.
 */
export const rule = defineRule({
  meta: {
    id: 'leaked-key',
    description: 'A real-looking LLM API key is committed to the repository',
    severity: 'error',
    security: true,
    messages: {
      providerKey: '{{provider}} key {{masked}} is {{state}} in {{fileKind}}',
      inHistory:
        '{{provider}} key {{masked}} was added by commit {{commit}} of this pull request and removed later, but it stays in the history',
      inPastCommit: '{{provider}} key {{masked}} was added by commit {{commit}} and removed later, but it stays in the history',
      opaqueKey:
        '{{name}} in {{fileKind}} holds a literal credential ({{masked}})',
      providerKeyUncommitted: '{{provider}} key {{masked}} is in {{fileKind}}',
      opaqueKeyUncommitted:
        '{{name}} in {{fileKind}} holds a literal credential ({{masked}})'
    },
    tips: {
      providerKey: 'revoke it and load the replacement from a secret store',
      inHistory: 'revoke it',
      inPastCommit: 'revoke it',
      opaqueKey: 'revoke it and load the replacement from a secret store',
      providerKeyUncommitted: 'keep it out of commits and images (it need not be revoked while it stays local)',
      opaqueKeyUncommitted: 'keep it out of commits and images (it need not be revoked while it stays local)'
    }
  },
  check(context) {
    const { providers } = context
    const state = context.staged ? 'staged' : 'committed'
    const isLlmKey = llmKeyEntries(context.model, providers)
    const { files } = context.model
    const inTree = new Set<string>()
    for (let f = 0; f < files.length; f++) {
      const { history, keyHits } = files[f]!
      if (!history) for (let h = 0; h < keyHits.length; h++) inTree.add(keyHits[h]!.token)
    }
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!
      for (let h = 0; h < file.keyHits.length; h++) {
        const hit = file.keyHits[h]!
        // A key still in the tree is reported where it stands now, not once more per commit.
        if (hit.commit !== undefined && inTree.has(hit.token)) continue
        // A shape several providers issue, with nothing around it to say whose (a UUID, `sk-` + 48): an LLM key, unnamed.
        const provider = hit.byShape ? 'LLM' : (providers.byId(hit.provider)?.name ?? hit.provider)
        context.report({
          ...(hit.commit === undefined
            ? { messageId: file.uncommitted ? 'providerKeyUncommitted' : 'providerKey', data: { provider, masked: maskSecret(hit.token), state, fileKind: kindLabel(file.kind) } }
            : {
                messageId: hit.history === 'repository' ? 'inPastCommit' : 'inHistory',
                data: { provider, masked: maskSecret(hit.token), commit: hit.commit.slice(0, 12) },
                commit: hit.commit
              }),
          file: file.path,
          span: hit.span,
          identity: hit.token,
          secrets: [hit.token]
        })
      }
      if (file.kind === 'workflow') continue
      for (let e = 0; e < file.entries.length; e++) {
        const entry = file.entries[e]!
        if (!isLlmKey(entry)) continue
        const secrets = opaqueSecrets(entry, file, providers)
        if (secrets.length === 0) continue
        context.report({
          messageId: file.uncommitted ? 'opaqueKeyUncommitted' : 'opaqueKey',
          data: { name: entry.key, fileKind: kindLabel(file.kind), masked: secrets.map(maskSecret).join(', ') },
          file: file.path,
          span: valueSpan(entry),
          entry,
          secrets
        })
      }
    }
  }
})

/**
 * The random-looking literals an LLM key variable holds that no key hit already reported. Commented
 * assignments count: the text is in the history either way. A list (`k1,k2`) is judged item by item;
 * a known key shape (`sk-` + 32 hex, a UUID) counts even when its entropy alone would not. Publishable
 * keys (`pk-…`, `*_ANON_KEY`) are public by design.
 */
function opaqueSecrets(entry: Entry, file: FileFacts, catalog: ProviderCatalog): string[] {
  // A reference's default (`${OPENAI_API_KEY:-sk-…}`) is committed text like any literal.
  const committed = entry.form === 'literal' ? entry.value : entry.ref?.fallback
  if (committed === undefined) return []
  // Items the text scan recognised are reported as such; a list's other items still count (`k1,k2` with one unknown).
  const hits = keyHitsIn(entry, file)
  return keyItemsOf(committed, catalog)
    .filter((item) => !hits.some((token) => item.value.includes(token)) && !isPublishable(entry.key, item.value) && (item.match !== undefined || catalog.looksLikeSecret(item.value)))
    .map((item) => item.value)
}
