/**
 * Client profiles: the variables each app reads, how it joins a base URL and a request path, the names
 * people set by mistake, and the repository evidence that identifies it. Plain data, one file per client,
 * each citing the commit or doc page its facts were read from (docs/clients/ has the tables).
 *
 * Variable names may contain one `*` wildcard (`*_PROXY_URL`); exact names win over wildcards
 * (`findBaseUrlVar` in `detect.ts`).
 */
import type { ClientId, ClientProfile } from '../types.js'
import { chatgptWeb } from './chatgpt-web.js'
import { claudeCode } from './claude-code.js'
import { codex } from './codex.js'
import { continueDev } from './continue.js'
import { librechat } from './librechat.js'
import { lobechat } from './lobechat.js'
import { nextchat } from './nextchat.js'
import { openWebui } from './open-webui.js'
import { anthropicSdk, openaiSdk } from './sdk.js'
import { unknown } from './unknown.js'

/** Every client profile by id; detection tries them in this order on ties. */
export const clientProfiles: Readonly<Record<ClientId, ClientProfile>> = {
  nextchat,
  'chatgpt-web': chatgptWeb,
  lobechat,
  'open-webui': openWebui,
  librechat,
  continue: continueDev,
  codex,
  'openai-sdk': openaiSdk,
  'anthropic-sdk': anthropicSdk,
  'claude-code': claudeCode,
  unknown
}
