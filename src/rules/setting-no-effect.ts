import { flagIsOn } from '../clients/flags.js'
import type { FlagVar } from '../clients/types.js'
import { DEPLOYMENT_KINDS, kindLabel } from '../core/kinds.js'
import type { Entry, Severity } from '../core/types.js'
import { isKnownClient, once, unquote, valueOf, valueSpan } from './entries.js'
import { defineRule } from './types.js'

/**
 * Settings the client reads, but not the way they look: a flag whose obvious value does the opposite
 * (NextChat reads `HIDE_USER_API_KEY` as "set or not", so `false` hides the key field), a variable another
 * one shadows (Open WebUI ignores `OPENAI_API_BASE_URL` whenever `OPENAI_API_BASE_URLS` is set), a Codex
 * config Codex refuses (a provider table under a built-in id, `wire_api = "chat"`) or a project's Codex config key it
 * ignores, and NextChat's `PROXY_URL`, which must be `scheme://host:port`.
 * The facts live in the client profiles (`flags`, `shadowed`), each with its source.
 */
export const rule = defineRule({
  meta: {
    id: 'setting-no-effect',
    description: 'A setting has no effect, or the opposite of the obvious one: a flag trap, a shadowed variable, an ignored override',
    severity: 'warning',
    messages: {
      flagOnByAnyValue: '{{name}}={{value}} in {{fileKind}} {{whenOn}}: {{client}} reads any non-empty value as on',
      flagNotExact: '{{name}}={{value}} in {{fileKind}} is read as off: {{client}} {{whenOn}} only for exactly "{{expected}}"',
      flagOnUnlessExact: '{{name}}={{value}} in {{fileKind}} is read as on ({{whenOn}}): {{client}} turns it off only for exactly "{{expected}}"',
      shadowed: '{{name}} in {{fileKind}} has no effect: {{client}} ignores it whenever {{shadowedBy}} is set, as it is here',
      reservedProvider:
        '[model_providers.{{id}}] in {{fileKind}} redefines a built-in provider id, which {{client}} refuses to load',
      chatWireApi: 'wire_api = "chat" in {{fileKind}} makes {{client}} refuse to load the config: it speaks only the Responses API now',
      projectIgnored:
        '{{key}} in a project\'s .codex/config.toml is ignored by {{client}}, which takes it from the user\'s config only (a project may not choose where credentials go)',
      bedrockField:
        '{{field}} under [model_providers.amazon-bedrock] in {{fileKind}} may be refused: current {{client}} versions take only aws.profile and aws.region there and refuse other fields set to anything but their default (some took base_url, auth and http_headers too)',
      proxyShape: '{{name}} in {{fileKind}} is {{what}}; {{client}} turns it into a proxychains line and needs scheme://host:port (e.g. http://proxy.internal:7890)',
      proxyLoopback: '{{name}} in {{fileKind}} points at {{host}}, which inside the container is the container itself'
    },
    tips: {
      flagOnByAnyValue: 'remove the line to keep it off',
      reservedProvider: 'give the provider another id and set model_provider to it',
      chatWireApi: 'use wire_api = "responses", with a provider that serves /responses',
      projectIgnored: 'move it to ~/.codex/config.toml',
      bedrockField: 'keep aws.profile and aws.region there, or define the provider under an id of its own',
      proxyLoopback: "use the proxy's address on the host network"
    }
  },
  check(context) {
    const fresh = once()
    const { scopes } = context.model
    for (let s = 0; s < scopes.length; s++) {
      const scope = scopes[s]!
      if (!isKnownClient(scope.client) || !JUDGED_KINDS.has(scope.kind)) continue
      const { profile } = scope.client
      const client = profile.name
      const byName = new Map(scope.entries.map((e) => [e.key, e]))
      const report = (messageId: MessageId, entry: Entry, data: Record<string, string>, severity?: Severity): void => {
        if (!fresh(entry, messageId)) return
        context.report({
          messageId,
          data: { name: entry.key, fileKind: kindLabel(entry.kind), client, ...data },
          file: entry.file,
          span: KEY_SPANNED.has(messageId) ? entry.keySpan : valueSpan(entry),
          entry,
          ...(severity ? { severity } : {}),
          scope: scope.id
        })
      }
      for (const flag of profile.flags ?? []) {
        const entry = byName.get(flag.name)
        const value = entry && entry.form === 'literal' ? valueOf(entry) : undefined
        const trap = value === undefined ? undefined : flagTrap(flag, unquote(value))
        if (entry && trap) report(trap.messageId, entry, { value: unquote(value!), whenOn: flag.whenOn, ...(flag.value ? { expected: flag.value } : {}) })
      }
      // Templates list every variable for the user to choose from: only two real settings shadow each other.
      const isSet = (entry: Entry | undefined): entry is Entry => {
        const value = entry && (entry.form === 'literal' ? valueOf(entry) : entry.raw)
        return value !== undefined && value.trim() !== '' && (entry!.form !== 'literal' || !context.providers.isPlaceholder(unquote(value)))
      }
      for (const { name, shadowedBy } of profile.shadowed ?? []) {
        const entry = byName.get(name)
        if (isSet(entry) && isSet(byName.get(shadowedBy))) report('shadowed', entry, { shadowedBy })
      }
      if (profile.id === 'codex') {
        const projectConfig = CODEX_PROJECT_CONFIG.test(scope.file)
        const ignoredTables = new Set<string>()
        for (const entry of scope.entries) {
          const [table, id] = entry.path
          // Codex strips these keys from a project's config before it reads the rest: nothing below them counts.
          if (projectConfig && typeof table === 'string' && CODEX_PROJECT_IGNORED.has(table)) {
            const key = typeof id === 'string' && entry.path.length > 2 ? `[${table}.${id}]` : table
            if (!ignoredTables.has(key)) {
              ignoredTables.add(key)
              report('projectIgnored', entry, { key })
            }
            continue
          }
          if (table !== 'model_providers' || typeof id !== 'string') continue
          if (CODEX_BUILT_IN_PROVIDERS.has(id)) report('reservedProvider', entry, { id }, 'error')
          else if (id === CODEX_BEDROCK && entry.path[2] !== 'aws') report('bedrockField', entry, { field: entry.path.slice(2).join('.') })
          // "`wire_api = \"chat\"` is no longer supported", a deserialisation error, so Codex does not start (openai/codex
          // codex-rs/model-provider-info/src/lib.rs@61ac839c `CHAT_WIRE_API_REMOVED_ERROR`; removed in February 2026, #10157).
          else if (entry.path[2] === 'wire_api' && entry.path.length === 3 && unquote(valueOf(entry) ?? '') === 'chat') report('chatWireApi', entry, {}, 'error')
        }
      }
      if (profile.id === 'nextchat') {
        const proxy = byName.get('PROXY_URL')
        const value = proxy && proxy.form === 'literal' ? unquote(valueOf(proxy) ?? '') : ''
        if (proxy && value !== '') {
          const problem = proxyProblem(value)
          // Only NextChat's Docker image reads PROXY_URL: a .env may serve `next dev`, where it does nothing.
          if (problem) report(problem.messageId, proxy, problem.data, scope.kind === 'dotenv' ? 'note' : undefined)
        }
      }
    }
  }
})

type MessageId =
  | 'flagOnByAnyValue'
  | 'flagNotExact'
  | 'flagOnUnlessExact'
  | 'shadowed'
  | 'reservedProvider'
  | 'chatWireApi'
  | 'projectIgnored'
  | 'bedrockField'
  | 'proxyShape'
  | 'proxyLoopback'

/** Findings about a setting's name or place rather than its value. */
const KEY_SPANNED: ReadonlySet<MessageId> = new Set(['shadowed', 'reservedProvider', 'projectIgnored', 'bedrockField'])

/** Files that configure the deployed app or a client's own settings (not CI runners). */
const JUDGED_KINDS = new Set([...DEPLOYMENT_KINDS, 'codex', 'claude-settings'])

const LOOKS_OFF = /^(?:0|false|no|off|n|disabled?)$/i
const LOOKS_ON = /^(?:1|true|yes|on|y|enabled?)$/i

/** Whether a flag's value means the opposite of what it looks like: off-looking but on, or on-looking but off. */
function flagTrap(flag: FlagVar, value: string): { messageId: MessageId } | undefined {
  const on = flagIsOn(flag, value)
  if (flag.reads === 'equals') return LOOKS_ON.test(value) && !on ? { messageId: 'flagNotExact' } : undefined
  return LOOKS_OFF.test(value) && on ? { messageId: flag.reads === 'non-empty' ? 'flagOnByAnyValue' : 'flagOnUnlessExact' } : undefined
}

/**
 * Codex rejects `[model_providers.<id>]` for its built-in ids at load ("reserved built-in provider IDs",
 * openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; docs/clients/codex.md).
 */
const CODEX_BUILT_IN_PROVIDERS = new Set(['openai', 'ollama', 'lmstudio'])

/**
 * The one built-in id a table may name, to set its AWS profile and region: `validate_reserved_model_provider_ids`
 * leaves it out, and `merge_configured_model_providers` refuses any other field ("model_providers.amazon-bedrock only
 * supports changing `aws.profile` and `aws.region`"; some versions also took base_url, auth and http_headers).
 */
const CODEX_BEDROCK = 'amazon-bedrock'

/**
 * A repository's own Codex config: `.codex/config.toml` in a project folder (a dotfiles copy such as `codex/config.toml`
 * or chezmoi's `dot_codex/config.toml` is installed as the user's config).
 */
const CODEX_PROJECT_CONFIG = /(?:^|\/)\.codex\/config\.toml$/

/**
 * Keys Codex drops from a project's config with a start-up warning ("Ignored unsupported project-local config keys"):
 * "Project-local config comes from repository contents, so it should not get to choose where a user's credentials are
 * sent" (openai/codex codex-rs/config/src/loader/mod.rs, `PROJECT_LOCAL_CONFIG_DENYLIST`, read in the code index; the
 * same list at 633ab199 by later citations; developers.openai.com/codex/config-reference). The ones about where requests
 * go; the list also holds notify, otel and realtime URLs.
 */
const CODEX_PROJECT_IGNORED: ReadonlySet<string> = new Set(['openai_base_url', 'chatgpt_base_url', 'model_provider', 'model_providers', 'profile', 'profiles'])


/**
 * NextChat's Dockerfile cuts `PROXY_URL` with `cut -d: -f1` (scheme), `cut -d/ -f3 | cut -d: -f1` (host) and
 * `cut -d: -f3` (port) into a proxychains line (ChatGPTNextWeb/NextChat@706a18b9 Dockerfile:49-65): anything
 * but `scheme://host:port` gives a broken line. The template's `http://localhost:7890` is the container itself.
 */
function proxyProblem(value: string): { messageId: MessageId; data: Record<string, string> } | undefined {
  const m = /^(http|https|socks4|socks5):\/\/([^/:\s]+):(\d+)\/?(?:\s+\S+\s+\S+)?$/i.exec(value)
  if (!m) {
    const what = /\/v\d|\/api\b|\/chat\//i.test(value) ? 'an API URL, not a proxy' : /^[a-z0-9+.-]+:\/\/[^/:]+\/?$/i.test(value) ? 'a proxy without a port' : 'not of the form scheme://host:port'
    return { messageId: 'proxyShape', data: { what } }
  }
  const host = m[2]!.toLowerCase()
  return host === 'localhost' || host.startsWith('127.') ? { messageId: 'proxyLoopback', data: { host } } : undefined
}
