import { nextchatRepo, openaiSdkRepo, runRule, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/base-url-not-api.js'

const nextchat = (env: string) => ({ ...nextchatRepo, '.env': env })

testRule(rule, {
  valid: [
    { name: 'the API host', files: nextchat('BASE_URL=https://api.rutaapi.com\n') },
    { name: 'OpenRouter under /api', files: nextchat('BASE_URL=https://openrouter.ai/api\n') },
    // openrouter.ai/docs/guides/features/in-region-routing: the regional hosts are API base URLs, not the website.
    { name: 'an OpenRouter regional host without /api is no website (base-url-path says what is missing)', files: { ...openaiSdkRepo, '.env': 'OPENAI_BASE_URL=https://eu.openrouter.ai\n' } },
    { name: 'an unknown host', files: nextchat('BASE_URL=https://relay.example.com\n') },
    // A trading bot's own setting: the exchange is what it means to call.
    { name: 'the Gemini exchange under a generic name', files: { '.env': 'GEMINI_BASE_URL=https://api.gemini.com/v1\nGEMINI_API_KEY=${KEY}\n' } },
    // Google has no Anthropic root to name instead.
    { name: 'the Gemini exchange as Claude Code\'s Anthropic base', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.gemini.com"}}\n' } },
    { name: 'not a URL (base-url-format reports it)', files: nextchat('BASE_URL=gpt-4o\n') }
  ],
  invalid: [
    {
      name: "Moonshot's console on platform.kimi.ai",
      files: { ...openaiSdkRepo, '.env': 'OPENAI_BASE_URL=https://platform.kimi.ai\n' },
      errors: [{ messageId: 'notApi', fix: 'https://api.moonshot.ai/v1', data: { role: 'dashboard' } }]
    },
    {
      name: 'a LibreChat endpoint for Google sent to the Gemini exchange',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: google\n      apiKey: '${GEMINI_API_KEY}'\n      baseURL: 'https://api.gemini.com/v1'\n      models:\n        default: ['gemini-2.5-pro']\n" },
      // The tip names Google's root, but no edit is offered: whose key it holds decides the host.
      errors: [
        {
          messageId: 'lookalike',
          severity: 'error',
          data: { host: 'api.gemini.com', owner: 'the Gemini crypto exchange', provider: 'Google Gemini', fix: 'https://generativelanguage.googleapis.com/v1beta/openai' }
        }
      ]
    },
    {
      name: 'marketing site as NextChat BASE_URL: fix in the NextChat convention',
      files: nextchat('BASE_URL=https://rutaapi.com\n'),
      errors: [{ messageId: 'notApi', line: 1, column: 10, fix: 'https://api.rutaapi.com', data: { host: 'rutaapi.com', provider: 'RutaAPI', role: 'website' } }]
    },
    {
      name: 'dashboard as SDK base: fix in the SDK convention',
      files: { ...openaiSdkRepo, '.env': 'OPENAI_BASE_URL=https://app.rutaapi.com/\n' },
      errors: [{ messageId: 'notApi', fix: 'https://api.rutaapi.com/v1', data: { role: 'dashboard' } }]
    },
    {
      name: 'OpenRouter website without /api',
      files: nextchat('BASE_URL=https://openrouter.ai\n'),
      errors: [{ messageId: 'notApi', fix: 'https://openrouter.ai/api', data: { provider: 'OpenRouter', role: 'website' } }]
    },
    {
      name: 'chat app and schemeless value',
      files: nextchat('BASE_URL=chat.openai.com\n'),
      errors: [{ messageId: 'notApi', fix: 'https://api.openai.com', data: { role: 'chat app' } }]
    },
    {
      name: 'a name paired by prefix gets the SDK root',
      files: nextchat('LLM_BASE_URL=https://platform.openai.com\n'),
      errors: [{ messageId: 'notApi', fix: 'https://api.openai.com/v1' }]
    },
    {
      name: 'docs site in a compose service',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      - BASE_URL=https://docs.anthropic.com\n' },
      errors: [{ messageId: 'notApi', line: 4, column: 18, data: { role: 'documentation site', fileKind: 'the compose file' } }]
    }
  ]
})

describe('base-url-not-api on a lookalike', () => {
  it('offers no edit: a rewrite would send the key to a host its owner did not choose', () => {
    const files = { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: google\n      apiKey: '${GEMINI_API_KEY}'\n      baseURL: 'https://api.gemini.com/v1'\n" }
    const [result, ...rest] = runRule(rule, files)
    expect(rest).toEqual([])
    expect(result).toMatchObject({ messageId: 'lookalike' })
    expect(result!.fix).toBeUndefined()
  })
})

describe('base-url-not-api on an API host its provider retired', () => {
  // github.blog/changelog/2025-07-17-deprecation-of-azure-endpoint-for-github-models: removed on October 17, 2025.
  const librechat = (baseURL: string) => ({
    'librechat.yaml': `version: 1.2.1\nendpoints:\n  custom:\n    - name: github\n      apiKey: '\${GITHUB_TOKEN}'\n      baseURL: '${baseURL}'\n      models:\n        default: ['openai/gpt-4o']\n`
  })

  it('says when GitHub Models stopped answering there, and where it answers now', () => {
    const [result, ...rest] = runRule(rule, librechat('https://models.inference.ai.azure.com'))
    expect(rest).toEqual([])
    expect(result).toMatchObject({ messageId: 'retired', severity: 'error', fix: 'https://models.github.ai/inference', data: { date: '2025-10-17', provider: 'GitHub Models' } })
  })

  it('leaves the current root alone', () => {
    expect(runRule(rule, librechat('https://models.github.ai/inference'))).toEqual([])
  })
})
