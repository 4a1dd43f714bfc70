import { describe, expect, it } from '@jest/globals'
import { nextchatRepo, openaiSdkRepo, runRule, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/base-url-endpoint.js'

const nextchat = (env: string) => ({ ...nextchatRepo, '.env': env })

testRule(rule, {
  valid: [
    {
      name: 'librechat.yaml directEndpoint posts to a chat endpoint as given',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: zai\n      apiKey: '${ZAI_KEY}'\n      directEndpoint: true\n      baseURL: 'https://api.z.ai/api/paas/v4/chat/completions'\n" }
    },
    { name: 'an API root', files: nextchat('BASE_URL=https://api.rutaapi.com\n') },
    { name: 'a path that merely contains "models" in a segment name', files: nextchat('BASE_URL=https://relay.example.com/models-api\n') },
    {
      name: 'LibreChat reverse proxy (extractBaseURL cuts the endpoint back)',
      files: { 'librechat.yaml': 'version: 1.0.0\n', '.env': 'OPENAI_REVERSE_PROXY=https://relay.example.com/v1/chat/completions\n' }
    }
  ],
  invalid: [
    {
      name: 'NextChat BASE_URL pasted as a full chat endpoint (NextChat #1185)',
      files: nextchat('BASE_URL=https://api.rutaapi.com/v1/chat/completions\n'),
      errors: [
        {
          messageId: 'endpoint',
          line: 1,
          column: 10,
          fix: 'https://api.rutaapi.com',
          data: { endpoint: '/chat/completions', url: 'https://api.rutaapi.com/v1/chat/completions/v1/chat/completions' }
        }
      ]
    },
    {
      name: 'SDK base pasted as a full endpoint keeps /v1 in the fix',
      files: { ...openaiSdkRepo, '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1/chat/completions/\n' },
      errors: [{ messageId: 'endpoint', fix: 'https://api.rutaapi.com/v1' }]
    },
    {
      name: 'unknown relay: the fix follows the client convention',
      files: nextchat('BASE_URL=https://relay.example.com/v1/chat/completions\n'),
      errors: [{ messageId: 'endpoint', fix: 'https://relay.example.com' }]
    },
    {
      name: 'Anthropic messages endpoint',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.anthropic.com/v1/messages"}}' },
      errors: [{ messageId: 'endpoint', fix: 'https://api.anthropic.com', data: { endpoint: '/v1/messages' } }]
    },
    {
      name: 'a base paired by prefix gets the message without a client',
      files: nextchat('LLM_BASE_URL=https://relay.example.com/v1/embeddings\n'),
      errors: [{ messageId: 'endpointAsBase', fix: 'https://relay.example.com/v1', data: { endpoint: '/embeddings' } }]
    },
    // LibreChat's extractBaseURL cuts a pasted …/v1/chat/completions back to …/v1 (api/utils/extractBaseURL.js@8f47ab10);
    // later versions may not, so it is a note.
    {
      name: 'librechat.yaml custom endpoint with /v1/chat/completions: a note',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: ollama\n      apiKey: ollama\n      baseURL: 'http://host.docker.internal:11434/v1/chat/completions'\n" },
      errors: [{ messageId: 'endpoint', severity: 'note', fix: 'http://host.docker.internal:11434/v1' }]
    },
    {
      name: 'librechat.yaml with an Azure deployment endpoint, which nothing cuts',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: azure\n      apiKey: '${AZ_KEY}'\n      baseURL: 'https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21'\n" },
      errors: [{ messageId: 'endpoint', severity: 'error' }]
    },
    {
      name: 'directEndpoint on llama.cpp\'s native /completion, which takes no chat request',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: llama\n      apiKey: none\n      directEndpoint: true\n      baseURL: 'http://llama:8080/completion'\n" },
      errors: [{ messageId: 'notChatEndpoint', data: { endpoint: '/completion' } }]
    },
    {
      name: 'llama.cpp server\'s native /completion endpoint as a base',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: llama\n      apiKey: none\n      baseURL: 'http://llama:8080/completion'\n" },
      errors: [{ messageId: 'endpoint', fix: 'http://llama:8080' }]
    },
    {
      name: 'librechat.yaml custom endpoint with the Responses endpoint pasted in',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: ruta\n      apiKey: '${RUTA_KEY}'\n      baseURL: 'https://api.rutaapi.com/v1/responses'\n" },
      errors: [{ messageId: 'endpoint', line: 6, column: 16, fix: 'https://api.rutaapi.com/v1', data: { client: 'LibreChat' } }]
    }
  ]
})

describe('how sure a full endpoint finding is', () => {
  const severities = (files: Record<string, string>) => runRule(rule, files).map((r) => [r.messageId, r.severity])

  it('is a note where the app\'s own code reads a name only its prefix pairs, and often posts to it as written', () => {
    // xiexin12138/any-website@d5981684: fetch(process.env.SILICON_FLOW_API_ENDPOINT, { method: 'POST', … }).
    const env = 'SILICON_FLOW_API_KEY=${SILICON_FLOW_API_KEY}\nSILICON_FLOW_API_ENDPOINT=https://api.siliconflow.cn/v1/chat/completions\n'
    expect(severities({ '.env.example': env })).toEqual([['endpointAsBase', 'note']])
  })

  it('is a warning under a name that says base, or an SDK convention only guessed', () => {
    expect(severities({ '.env': 'LLM_API_KEY=${K}\nLLM_BASE_URL=https://api.siliconflow.cn/v1/chat/completions\n' })).toEqual([['endpoint', 'warning']])
    expect(severities({ '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1/chat/completions\n' })).toEqual([['endpoint', 'warning']])
  })

  it('is an error where the client and its join are known', () => {
    expect(severities({ ...openaiSdkRepo, '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1/chat/completions\n' })).toEqual([['endpoint', 'error']])
  })
})
