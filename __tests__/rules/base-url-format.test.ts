import { fakeKeys } from '../helpers/keys.js'
import { nextchatRepo, openaiSdkRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/base-url-format.js'

const nextchat = (env: string) => ({ ...nextchatRepo, '.env': env })

testRule(rule, {
  valid: [
    // api.gemini.com is a crypto exchange, which a trading bot means to call: its URL is not an LLM base to tidy.
    { name: 'an exchange API under a generic name', files: { '.env': 'EXCHANGE_BASE_URL=https://api.gemini.com/v1?x=1\n' } },
    // .mcp.json expands ${VAR} and ${VAR:-default} (code.claude.com/docs/en/mcp): a reference, judged as one.
    { name: 'a reference an MCP config expands', files: { '.mcp.json': '{"mcpServers":{"x":{"command":"x","env":{"OPENAI_BASE_URL":"${OPENAI_BASE_URL:-https://api.openai.com/v1}"}}}}\n' } },
    { name: 'a placeholder in an example file is where it belongs', files: { ...nextchatRepo, '.env.example': 'BASE_URL=https://<your-gateway-host>\n' } },
    { name: 'a clean https URL', files: nextchat('BASE_URL=https://api.rutaapi.com\n') },
    { name: 'quotes the dotenv format removes', files: nextchat('BASE_URL="https://api.rutaapi.com"\n') },
    { name: 'plain http to a local or internal host', files: nextchat('BASE_URL=http://localhost:3000\nOLLAMA_BASE_URL=http://ollama:11434\nLLM_BASE_URL=http://192.168.1.5:8080\n') },
    { name: 'empty value', files: nextchat('BASE_URL=\n') },
    { name: 'a list of base URLs is not judged as one URL', files: { 'package.json': '{"name":"open-webui"}\n', '.env': 'OPENAI_API_BASE_URLS=https://a.example.com/v1;https://b.example.com/v1\n' } }
  ],
  invalid: [
    {
      // Claude Code reads settings env values as written (code.claude.com/docs/en/env-vars).
      name: 'a shell default in Claude Code settings, which nothing expands',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"}}\n' },
      errors: [{ messageId: 'notExpanded', severity: 'warning', data: { client: 'Claude Code', fileKind: 'the Claude Code settings' } }]
    },
    {
      // No interpolation in Codex's config loader (openai/codex#2680).
      name: 'a reference in a Codex provider base_url',
      files: { 'codex/config.toml': '[model_providers.relay]\nbase_url = "${RELAY_URL}"\n' },
      errors: [{ messageId: 'notExpanded', line: 2 }]
    },
    {
      name: 'a placeholder left in a deployment file is a note',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      BASE_URL: https://xxxx\n' },
      errors: [{ messageId: 'placeholder', severity: 'note' }]
    },
    {
      name: 'compose list form keeps the quotes',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      - BASE_URL="https://api.rutaapi.com"\n' },
      errors: [{ messageId: 'quotesInList', line: 4, column: 18, fix: 'https://api.rutaapi.com' }]
    },
    {
      name: 'quotes kept inside single quotes',
      files: nextchat(`BASE_URL='"https://api.rutaapi.com"'\n`),
      errors: [{ messageId: 'quoted', fix: 'https://api.rutaapi.com' }]
    },
    {
      name: 'spaces inside the quotes',
      files: nextchat('BASE_URL=" https://api.rutaapi.com "\n'),
      errors: [{ messageId: 'whitespace', fix: 'https://api.rutaapi.com' }]
    },
    {
      name: 'NextChat fills in https://',
      files: nextchat('BASE_URL=api.rutaapi.com\n'),
      errors: [{ messageId: 'schemeAssumed', fix: 'https://api.rutaapi.com' }]
    },
    {
      name: 'NextChat does not add a scheme to a value starting with "http"',
      files: nextchat('BASE_URL=httpproxy.example.com\n'),
      errors: [{ messageId: 'schemeSkipped', fix: 'https://httpproxy.example.com' }]
    },
    {
      name: 'an SDK app cannot use a value without a scheme',
      files: { ...openaiSdkRepo, '.env': 'OPENAI_BASE_URL=api.rutaapi.com/v1\n' },
      errors: [{ messageId: 'noScheme', fix: 'https://api.rutaapi.com/v1', data: { client: 'OpenAI SDK app' } }]
    },
    {
      name: 'plain http to a remote host, // and a query string',
      files: nextchat('BASE_URL=http://relay.example.com//api?token=abc\n'),
      errors: [
        { messageId: 'doubleSlash', fix: 'https://relay.example.com/api' },
        { messageId: 'plainHttp', fix: 'https://relay.example.com/api', data: { host: 'relay.example.com' } },
        { messageId: 'query', fix: 'https://relay.example.com/api' }
      ]
    },
    {
      name: 'a model name pasted in',
      files: nextchat('BASE_URL=gpt-3.5-turbo\n'),
      errors: [{ messageId: 'notUrl', data: { what: 'a model name' } }]
    },
    {
      name: 'a boolean pasted in',
      files: nextchat('BASE_URL=true\n'),
      errors: [{ messageId: 'notUrl', data: { what: 'a boolean' } }]
    },
    {
      name: 'a key pasted in is never echoed',
      files: nextchat(`BASE_URL=${fakeKeys.gateway()}\n`),
      errors: [{ messageId: 'notUrl', data: { what: 'an API key' } }]
    }
  ]
})
