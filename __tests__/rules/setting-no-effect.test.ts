import { chatgptWebRepo, nextchatRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/setting-no-effect.js'

const nextchat = (env: string) => ({ ...nextchatRepo, '.env': env })
const nextchatFork = (serverConfig: string, env: string) => ({ ...nextchatRepo, 'app/config/server.ts': serverConfig, '.env': env })
const openWebui = (env: string) => ({ 'package.json': '{"name":"open-webui"}\n', '.env': env })
const lobechat = (env: string) => ({ 'package.json': '{"name":"@lobehub/lobehub"}\n', '.env': env })

testRule(rule, {
  valid: [
    // validate_reserved_model_provider_ids leaves amazon-bedrock out; its AWS profile and region may be set.
    // The user's config as a dotfiles repository keeps it (install scripts copy codex/config.toml to ~/.codex).
    { name: 'Codex amazon-bedrock with its AWS profile and region', files: { 'codex/config.toml': '[model_providers.amazon-bedrock]\naws = { profile = "prod", region = "us-west-2" }\n' } },
    { name: 'Codex amazon-bedrock AWS settings as a sub-table', files: { 'dot_codex/config.toml': '[model_providers.amazon-bedrock.aws]\nprofile = "prod"\n' } },
    { name: 'Codex providers speaking the Responses API', files: { 'codex/config.toml': '[model_providers.deepseek]\nbase_url = "https://api.deepseek.com"\nwire_api = "responses"\n' } },
    { name: 'a project Codex config with settings a project may set', files: { '.codex/config.toml': 'model = "gpt-5"\napproval_policy = "on-request"\n' } },
    { name: 'NextChat flags left unset or set to a plain "on"', files: nextchat('HIDE_USER_API_KEY=1\nENABLE_MCP=true\nDISABLE_GPT4=\n') },
    { name: 'a proxy of the right shape', files: nextchat('PROXY_URL=http://192.168.1.10:7890\n') },
    { name: 'socks5 with credentials (NextChat README form)', files: nextchat('PROXY_URL=socks5://10.0.0.2:1080 user pass\n') },
    { name: 'Open WebUI with only the plural variables', files: openWebui('OPENAI_API_BASE_URLS=https://api.rutaapi.com/v1\nOPENAI_API_KEYS=${KEY}\n') },
    { name: 'Open WebUI with an empty plural variable keeps the single one', files: openWebui('OPENAI_API_BASE_URL=https://api.rutaapi.com/v1\nOPENAI_API_BASE_URLS=\n') },
    {
      name: 'a template that lists both modes with placeholders sets neither',
      files: { ...chatgptWebRepo, '.env': 'OPENAI_API_KEY=sk-xxxx\nOPENAI_ACCESS_TOKEN=xxxxxx\nAPI_REVERSE_PROXY=\n' }
    },
    { name: 'LobeChat turns Ollama off with 0', files: lobechat('ENABLED_OLLAMA=0\n') },
    { name: 'an unknown client is not judged', files: { '.env': 'HIDE_USER_API_KEY=false\n' } },
    {
      // haiqinma/chat@54a4d1f app/config/server.ts:164-167,319-321: only "1" and "true" are on in this fork.
      name: "a fork's server config that reads the flags its own way",
      files: nextchatFork(
        'function isEnabledEnv(value) {\n  return value?.trim().toLowerCase() === "1";\n}\nhideUserApiKey: isEnabledEnv(process.env.HIDE_USER_API_KEY),\nhideBalanceQuery: !isEnabledEnv(process.env.ENABLE_BALANCE_QUERY),\n',
        'HIDE_USER_API_KEY=0\nENABLE_BALANCE_QUERY=0\nDISABLE_FAST_LINK=0\nENABLE_MCP=1\n'
      )
    },
    { name: 'Codex with a provider of its own id', files: { 'codex/config.toml': 'model_provider = "ruta"\n[model_providers.ruta]\nbase_url = "https://api.rutaapi.com/v1"\n' } }
  ],
  invalid: [
    {
      name: 'NextChat reads HIDE_USER_API_KEY as set-or-not (app/config/server.ts:268)',
      files: nextchat('HIDE_USER_API_KEY=false\n'),
      errors: [{ messageId: 'flagOnByAnyValue', line: 1, column: 19, severity: 'warning', data: { value: 'false', client: 'NextChat (ChatGPT Next Web)' } }]
    },
    {
      name: "a fork's server config that keeps upstream's expressions keeps the traps",
      files: nextchatFork('    hideUserApiKey: !!process.env.HIDE_USER_API_KEY,\n    enableMcp: process.env.ENABLE_MCP === \'true\',\n', 'HIDE_USER_API_KEY=false\nENABLE_MCP=1\nDISABLE_FAST_LINK=0\n'),
      errors: [
        { messageId: 'flagOnByAnyValue', line: 1 },
        { messageId: 'flagNotExact', line: 2 }
      ]
    },
    {
      name: "a fork's server config says nothing about a container that pulls upstream's image",
      files: {
        ...nextchatFork('hideUserApiKey: isEnabledEnv(process.env.HIDE_USER_API_KEY),\n', ''),
        'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      - HIDE_USER_API_KEY=0\n'
      },
      errors: [{ messageId: 'flagOnByAnyValue', line: 5 }]
    },
    {
      name: 'NextChat turns MCP on only for exactly "true" (app/config/server.ts:276)',
      files: nextchat('ENABLE_MCP=1\n'),
      errors: [{ messageId: 'flagNotExact', data: { expected: 'true', value: '1' } }]
    },
    {
      name: 'Open WebUI compares with "true", so 1 switches the OpenAI API off',
      files: openWebui('ENABLE_OPENAI_API=1\n'),
      errors: [{ messageId: 'flagNotExact', data: { expected: 'true' } }]
    },
    {
      name: 'LobeChat turns Ollama off only for "0"',
      files: lobechat('ENABLED_OLLAMA=false\n'),
      errors: [{ messageId: 'flagOnUnlessExact', data: { expected: '0' } }]
    },
    {
      name: 'Open WebUI ignores OPENAI_API_BASE_URL when OPENAI_API_BASE_URLS is set',
      files: openWebui('OPENAI_API_BASE_URL=https://api.openai.com/v1\nOPENAI_API_BASE_URLS=https://api.rutaapi.com/v1\n'),
      errors: [{ messageId: 'shadowed', line: 1, column: 1, data: { shadowedBy: 'OPENAI_API_BASE_URLS' } }]
    },
    {
      name: 'Codex refuses a table for a built-in provider id',
      files: { 'codex/config.toml': '[model_providers.openai]\nbase_url = "https://api.rutaapi.com/v1"\n' },
      errors: [{ messageId: 'reservedProvider', severity: 'error', data: { id: 'openai' } }]
    },
    {
      // merge_configured_model_providers refuses any other field under the Bedrock id; some versions took base_url.
      name: 'Codex takes only the AWS settings under amazon-bedrock: anything else is a warning',
      files: { 'codex/config.toml': '[model_providers.amazon-bedrock]\nname = "Bedrock"\naws = { profile = "prod" }\n' },
      errors: [{ messageId: 'bedrockField', severity: 'warning', line: 2, column: 1, data: { field: 'name' } }]
    },
    {
      // CHAT_WIRE_API_REMOVED_ERROR in codex-rs/model-provider-info/src/lib.rs: a deserialisation error.
      name: 'Codex refuses wire_api = "chat"',
      files: { 'codex/config.toml': 'model_provider = "local"\n[model_providers.local]\nname = "local"\nbase_url = "http://localhost:8000/v1"\nwire_api = "chat"\n' },
      errors: [{ messageId: 'chatWireApi', severity: 'error', line: 5, column: 12 }]
    },
    {
      // PROJECT_LOCAL_CONFIG_DENYLIST: stripped before the rest is read, so the reserved id is no refusal there.
      name: 'a project Codex config may not choose the provider: once per key and per provider table',
      files: {
        '.codex/config.toml':
          'model = "gpt-5"\nmodel_provider = "openai"\nopenai_base_url = "https://api.rutaapi.com/v1"\n[model_providers.openai]\nname = "x"\nbase_url = "https://api.rutaapi.com/v1"\nwire_api = "chat"\n[model_providers.relay]\nbase_url = "https://relay.example.com/v1"\n'
      },
      errors: [
        { messageId: 'projectIgnored', severity: 'warning', line: 2, column: 1, data: { key: 'model_provider' } },
        { messageId: 'projectIgnored', line: 3, data: { key: 'openai_base_url' } },
        { messageId: 'projectIgnored', line: 5, data: { key: '[model_providers.openai]' } },
        { messageId: 'projectIgnored', line: 9, data: { key: '[model_providers.relay]' } }
      ]
    },
    {
      name: 'a base URL pasted into NextChat PROXY_URL',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      PROXY_URL: https://api.rutaapi.com/v1\n' },
      errors: [{ messageId: 'proxyShape', data: { what: 'an API URL, not a proxy' } }]
    },
    {
      name: 'the template\'s localhost proxy inside a container',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      PROXY_URL: http://localhost:7890\n' },
      errors: [{ messageId: 'proxyLoopback', severity: 'warning', data: { host: 'localhost' } }]
    },
    {
      name: 'the same in a .env, which may serve local development: a note',
      files: nextchat('PROXY_URL=http://localhost:7890\n'),
      errors: [{ messageId: 'proxyLoopback', severity: 'note' }]
    }
  ]
})
