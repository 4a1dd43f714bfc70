/**
 * Whether a key is sent to a provider that did not issue it: one predicate for the offline rule
 * (`provider-mismatch`) and the live probes, which read a 401 after such a send as "wrong provider".
 */
import type { KeyMatch, Provider } from './types.js'

/** Gateways that carry the upstream provider's key through, so a foreign key there is no mismatch. */
export const KEY_PASSTHROUGH_PROVIDERS: readonly string[] = ['cloudflare-ai-gateway', 'litellm-proxy']

/**
 * A key whose format surely names one provider (`sk-ant-`, `T3BlbkFJ`, `gsk_`…) sent to another provider's host.
 * Shared shapes (`sk-` + 48: gateways, Moonshot) never count, nor do gateways that pass provider keys through.
 */
export function isKeyProviderMismatch(keyMatch: KeyMatch | undefined, hostProvider: Provider | undefined): boolean {
  if (!keyMatch || !hostProvider || keyMatch.format.confidence !== 'unique') return false
  return keyMatch.provider.id !== hostProvider.id && !KEY_PASSTHROUGH_PROVIDERS.includes(hostProvider.id)
}
