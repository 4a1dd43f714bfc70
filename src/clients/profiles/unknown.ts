import type { ClientProfile } from '../types.js'
import { anthropicBaseUrl, anthropicKeyVars } from './sdk.js'

/**
 * No client identified: assume the SDK convention for the usual names. Rules report findings that rest on
 * this guess at a lower severity.
 */
export const unknown: ClientProfile = {
  id: 'unknown',
  name: 'unknown client (SDK convention assumed)',
  baseUrlVars: [
    { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    { name: 'OPENAI_API_BASE', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
    anthropicBaseUrl,
    { name: 'BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true },
    { name: '*_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
    ...anthropicKeyVars,
    { name: '*_API_KEY' }
  ],
  modelVars: ['*_MODEL'],
  otherVars: [],
  unusedVars: [],
  fingerprints: [],
  sources: ['reference/clients.md §3 (SDK convention)']
}

