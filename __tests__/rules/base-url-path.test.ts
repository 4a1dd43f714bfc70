import { describe, expect, it } from '@jest/globals'
import { chatgptWebRepo, nextchatRepo, openaiSdkRepo, runRule, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/base-url-path.js'

const nextchat = (env: string) => ({ ...nextchatRepo, '.env': env })
const sdk = (env: string) => ({ ...openaiSdkRepo, '.env': env })

testRule(rule, {
  valid: [
    { name: 'NextChat host root', files: nextchat('BASE_URL=https://api.rutaapi.com\n') },
    { name: 'NextChat host root with trailing slash', files: nextchat('BASE_URL=https://api.openai.com/\n') },
    { name: 'NextChat OpenRouter /api', files: nextchat('BASE_URL=https://openrouter.ai/api\n') },
    { name: 'NextChat Groq /openai', files: nextchat('BASE_URL=https://api.groq.com/openai\n') },
    { name: 'NextChat Cloudflare AI Gateway (rewritten by NextChat)', files: nextchat('BASE_URL=https://gateway.ai.cloudflare.com/v1/acct/gw/openai\n') },
    { name: 'NextChat DeepSeek with /v1 (an alias DeepSeek serves)', files: nextchat('DEEPSEEK_URL=https://api.deepseek.com/v1\n') },
    { name: 'NextChat Azure URL is verbatim', files: nextchat('AZURE_URL=https://res.openai.azure.com/openai\n') },
    { name: 'SDK base with /v1', files: sdk('OPENAI_BASE_URL=https://api.rutaapi.com/v1\n') },
    { name: 'SDK Groq root', files: sdk('OPENAI_BASE_URL=https://api.groq.com/openai/v1\n') },
    { name: 'SDK gateway with a path prefix of its own', files: sdk('OPENAI_BASE_URL=https://gw.example.com/api/v1\n') },
    { name: 'empty base URL: the default applies', files: nextchat('BASE_URL=\n') },
    { name: 'unresolved reference', files: nextchat('BASE_URL=${RELAY}\n') },
    { name: 'a full endpoint is left to base-url-endpoint', files: nextchat('BASE_URL=https://api.rutaapi.com/v1/chat/completions\n') },
    { name: 'a website is left to base-url-not-api', files: nextchat('BASE_URL=https://rutaapi.com\n') },
    { name: 'a query string is left to base-url-format', files: nextchat('BASE_URL=https://api.rutaapi.com?channel=2\n') },
    {
      name: 'a compose reference is judged where its value is written, not where it is used',
      files: { ...nextchatRepo, '.env': 'BASE_URL=https://api.rutaapi.com\n', 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      BASE_URL: ${BASE_URL}\n' }
    },
    { name: 'names paired by prefix have no known convention', files: nextchat('LLM_API_BASE_URL=https://api.rutaapi.com\nLLM_API_KEY=${KEY}\n') },
    // Each client's own join (docs/clients/*.md, with the commits they were read at).
    { name: 'chatgpt-web keeps a base that contains /v1 (since 2024-03)', files: { ...chatgptWebRepo, '.env': 'OPENAI_API_BASE_URL=https://api.rutaapi.com/v1\n' } },
    { name: 'chatgpt-web adds /v1 to a host root', files: { ...chatgptWebRepo, '.env': 'OPENAI_API_BASE_URL=https://api.rutaapi.com\n' } },
    { name: 'Claude Code on DeepSeek\'s Anthropic API', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.deepseek.com/anthropic"}}\n' } },
    { name: 'Claude Code on Moonshot\'s Anthropic API (.cn accounts)', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.moonshot.cn/anthropic"}}\n' } },
    { name: 'Claude Code on an unknown gateway path', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://gw.internal.net/api/anthropic"}}\n' } },
    { name: 'LobeChat MOONSHOT_PROXY_URL ending in /anthropic routes to the Anthropic runtime', files: { 'package.json': '{"name":"@lobehub/lobehub"}\n', '.env': 'MOONSHOT_PROXY_URL=https://api.moonshot.ai/anthropic\n' } },
    { name: 'LobeChat MINIMAX_PROXY_URL ending in /anthropic routes to the Anthropic runtime', files: { 'package.json': '{"name":"@lobehub/lobehub"}\n', '.env': 'MINIMAX_PROXY_URL=https://api.minimax.io/anthropic\nMINIMAX_API_KEY=${MINIMAX_API_KEY}\n' } },
    // MINIMAX_ANTHROPIC_BASE_URL_PATTERN = /\/anthropic\/?$/ takes the trailing slash too.
    { name: 'LobeChat MINIMAX_PROXY_URL ending in /anthropic/ routes there too', files: { 'package.json': '{"name":"@lobehub/lobehub"}\n', '.env': 'MINIMAX_PROXY_URL=https://api.minimax.io/anthropic/\n' } },
    { name: 'LobeChat ANTHROPIC_PROXY_URL with /v1, which the runtime cuts', files: { 'package.json': '{"name":"@lobehub/lobehub"}\n', '.env': 'ANTHROPIC_PROXY_URL=https://relay.my-gw.net/v1\n' } },
    { name: 'Continue: an Ollama model on the host root', files: { '.continue/config.yaml': 'models:\n  - name: local\n    provider: ollama\n    model: llama3\n    apiBase: http://localhost:11434\n' } },
    { name: 'Continue: an Anthropic model with /v1', files: { '.continue/config.yaml': 'models:\n  - name: claude\n    provider: anthropic\n    model: claude-sonnet-4\n    apiBase: https://api.anthropic.com/v1\n' } },
    {
      name: 'LibreChat provider: anthropic reads baseURL as a host root (custom/provider.ts@046765ce)',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: claude\n      provider: anthropic\n      apiKey: '${ANTHROPIC_API_KEY}'\n      baseURL: 'https://api.anthropic.com'\n" }
    },
    {
      // The Anthropic branch of custom/initialize.ts passes no custom options, so directEndpoint does nothing there.
      name: 'LibreChat provider: anthropic wins over directEndpoint',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: claude\n      provider: anthropic\n      directEndpoint: true\n      apiKey: '${ANTHROPIC_API_KEY}'\n      baseURL: 'https://api.anthropic.com'\n" }
    },
    { name: 'Claude Code on Fireworks\' Anthropic API', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.fireworks.ai/inference"}}\n' } },
    { name: 'Claude Code on Vercel AI Gateway', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://ai-gateway.vercel.sh"}}\n' } },
    // An older root DashScope still answers on (help.aliyun.com/zh/model-studio/claude-code, FAQ), next to /apps/anthropic.
    { name: 'Claude Code on DashScope\'s first Claude Code endpoint', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://dashscope.aliyuncs.com/api/v2/apps/claude-code-proxy"}}\n' } },
    { name: 'Claude Code on DashScope\'s Anthropic API', files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://dashscope.aliyuncs.com/apps/anthropic"}}\n' } },
    { name: 'an app backend URL is not an LLM base', files: { '.env': 'VITE_BACKEND_API_BASE_URL=http://localhost:8787\n' } },
    { name: 'a placeholder URL is not judged', files: nextchat('BASE_URL=https://<your-gateway-host>/v1\n') },
    { name: 'Open WebUI /ollama is its Docker image\'s own sentinel', files: { 'package.json': '{"name":"open-webui"}\n', '.env': 'OLLAMA_BASE_URL=/ollama\n' } }
  ],
  invalid: [
    {
      // alibabacloud.com/help/en/model-studio/base-url: {workspace-id}.{region}.maas.aliyuncs.com serves /compatible-mode/v1.
      name: 'a Model Studio workspace domain without its path: the fix keeps the workspace',
      files: { 'package.json': '{"dependencies":{"openai":"4"}}\n', '.env': 'OPENAI_BASE_URL=https://ws-abc123.cn-beijing.maas.aliyuncs.com\n' },
      errors: [{ messageId: 'missingRoot', fix: 'https://ws-abc123.cn-beijing.maas.aliyuncs.com/compatible-mode/v1' }]
    },
    {
      // An EU data-residency host: the fix keeps it rather than sending the requests to the global one.
      name: 'OpenRouter in-region host without /api/v1: the fix keeps the region',
      files: { 'package.json': '{"dependencies":{"openai":"4"}}\n', '.env': 'OPENAI_BASE_URL=https://eu.openrouter.ai\n' },
      errors: [{ messageId: 'missingRoot', fix: 'https://eu.openrouter.ai/api/v1' }]
    },
    {
      name: 'Claude Code on the Fireworks host root misses its /inference path',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.fireworks.ai"}}\n' },
      errors: [{ messageId: 'missingRoot', fix: 'https://api.fireworks.ai/inference' }]
    },
    {
      // docs.fireworks.ai/tools-sdks/anthropic-compatibility: the Anthropic SDK's base is …/inference, without /v1.
      name: 'Claude Code on Fireworks\' Anthropic API with /v1',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.fireworks.ai/inference/v1"}}\n' },
      errors: [{ messageId: 'doubledVersion', fix: 'https://api.fireworks.ai/inference' }]
    },
    {
      // Not /anthropic at the end: the OpenAI runtime, so …/anthropic/v1/chat/completions; the fix stays in that family.
      name: 'LobeChat MINIMAX_PROXY_URL ending in /anthropic/v1 goes to the OpenAI runtime',
      files: { 'package.json': '{"name":"@lobehub/lobehub"}\n', '.env': 'MINIMAX_PROXY_URL=https://api.minimax.io/anthropic/v1\n' },
      errors: [{ messageId: 'wrongPath', severity: 'error', fix: 'https://api.minimax.io/v1' }]
    },
    {
      // openai/config.ts@5baa6a83: defaultParamsEndpoint shapes the parameters; the request stays OpenAI's, so /v1 is needed.
      name: 'LibreChat customParams.defaultParamsEndpoint: anthropic is no Anthropic client',
      files: { 'librechat.yaml': "version: 1.0.0\nendpoints:\n  custom:\n    - name: claude\n      customParams:\n        defaultParamsEndpoint: anthropic\n      apiKey: '${ANTHROPIC_API_KEY}'\n      baseURL: 'https://api.anthropic.com'\n" },
      errors: [{ messageId: 'missingVersion', fix: 'https://api.anthropic.com/v1', data: { url: 'https://api.anthropic.com/chat/completions' } }]
    },
    {
      name: 'Continue: an Anthropic model on the host root misses /v1 (new URL("messages", apiBase))',
      files: { '.continue/config.yaml': 'models:\n  - name: claude\n    provider: anthropic\n    model: claude-sonnet-4\n    apiBase: https://api.deepseek.com/anthropic\n' },
      errors: [{ messageId: 'missingVersion', fix: 'https://api.deepseek.com/anthropic/v1' }]
    },
    {
      name: 'Claude Code pointed at DeepSeek\'s OpenAI root: the fix stays in the Anthropic family',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://api.deepseek.com"}}\n' },
      errors: [{ messageId: 'missingRoot', severity: 'error', fix: 'https://api.deepseek.com/anthropic' }]
    },
    {
      name: 'Open WebUI list entries keep their trailing slash',
      files: { 'package.json': '{"name":"open-webui"}\n', '.env': 'OPENAI_API_BASE_URLS=https://api.rutaapi.com/v1/;http://litellm:4000/v1\n' },
      errors: [{ messageId: 'doubledSlash', fix: 'https://api.rutaapi.com/v1', data: { url: 'https://api.rutaapi.com/v1//chat/completions' } }]
    },
    {
      name: 'NextChat BASE_URL cannot reach Volcengine Ark\'s /api/v3',
      files: nextchat('BASE_URL=https://ark.cn-beijing.volces.com/api/v3\n'),
      errors: [{ messageId: 'unreachable', severity: 'error', data: { provider: 'Volcengine Ark (Doubao) / BytePlus ModelArk', root: '/api/v3' } }]
    },
    {
      // developers.openai.com/codex/config-reference: variables set for the shell commands Codex runs.
      name: 'Codex shell_environment_policy.set is judged as the environment of what the shell runs',
      files: { '.codex/config.toml': '[shell_environment_policy.set]\nANTHROPIC_BASE_URL = "https://api.rutaapi.com/v1"\n' },
      errors: [{ messageId: 'doubledVersion', severity: 'warning', fix: 'https://api.rutaapi.com' }]
    },
    {
      name: 'an SDK-style base on an unknown server with a path but no version segment: a note, no fix',
      files: sdk('OPENAI_BASE_URL=https://agent.my-gw.net/bigquery-agent\n'),
      errors: [{ messageId: 'noVersionSegment', severity: 'note' }]
    },
    {
      name: 'a name only the SDK guess\'s wildcard matches has no known convention: a note',
      files: { '.env': 'VITE_API_BASE_URL=http://localhost:8000\nVITE_DEFAULT_MODEL=core\n' },
      errors: [{ messageId: 'missingVersion', severity: 'note' }]
    },
    {
      name: 'a guessed client (two apps in the repository, none near the file) gives a warning',
      files: { 'apps/a/package.json': '{"name":"nextchat"}\n', 'apps/b/package.json': '{"name":"open-webui"}\n', 'deploy/.env': 'BASE_URL=https://api.rutaapi.com/v1\n' },
      errors: [{ messageId: 'doubledVersion', severity: 'warning' }]
    },
    {
      name: 'NextChat BASE_URL with /v1 (the RutaAPI guide\'s value)',
      files: nextchat('OPENAI_API_KEY=${KEY}\nBASE_URL=https://api.rutaapi.com/v1\n'),
      errors: [
        {
          messageId: 'doubledVersion',
          line: 2,
          column: 10,
          severity: 'error',
          fix: 'https://api.rutaapi.com',
          data: { version: 'v1', url: 'https://api.rutaapi.com/v1/v1/chat/completions', client: 'NextChat (ChatGPT Next Web)', fileKind: 'the .env file' }
        }
      ]
    },
    {
      name: 'NextChat ${ROOT}/v1 template expanding to a doubled /v1',
      files: nextchat('ROOT=https://api.rutaapi.com\nBASE_URL=${ROOT}/v1\n'),
      errors: [{ messageId: 'doubledVersion', line: 2, fix: 'https://api.rutaapi.com' }]
    },
    {
      name: 'NextChat BASE_URL on an unknown relay with /v1/',
      files: nextchat('BASE_URL=https://relay.example.com/v1/\n'),
      errors: [{ messageId: 'doubledVersion', severity: 'error', fix: 'https://relay.example.com' }]
    },
    {
      name: 'NextChat OpenRouter with /api/v1',
      files: nextchat('BASE_URL=https://openrouter.ai/api/v1\n'),
      errors: [{ messageId: 'doubledVersion', fix: 'https://openrouter.ai/api' }]
    },
    {
      name: 'NextChat Groq without its /openai prefix',
      files: nextchat('BASE_URL=https://api.groq.com\n'),
      errors: [{ messageId: 'missingRoot', fix: 'https://api.groq.com/openai', data: { provider: 'Groq', root: '/openai', url: 'https://api.groq.com/v1/chat/completions' } }]
    },
    {
      name: 'NextChat ANTHROPIC_URL with /v1',
      files: nextchat('ANTHROPIC_URL=https://api.anthropic.com/v1\n'),
      errors: [{ messageId: 'doubledVersion', fix: 'https://api.anthropic.com', data: { url: 'https://api.anthropic.com/v1/v1/messages' } }]
    },
    {
      name: 'SDK app base without /v1 on a known gateway',
      files: sdk('OPENAI_BASE_URL=https://api.rutaapi.com\n'),
      errors: [{ messageId: 'missingVersion', severity: 'error', fix: 'https://api.rutaapi.com/v1', data: { url: 'https://api.rutaapi.com/chat/completions' } }]
    },
    {
      name: 'SDK app base without /v1 on an unknown host is a guess: warning',
      files: sdk('OPENAI_BASE_URL=https://relay.example.com\n'),
      errors: [{ messageId: 'missingVersion', severity: 'warning', fix: 'https://relay.example.com/v1' }]
    },
    {
      name: 'unknown client: the SDK convention is a guess, so warning',
      files: { '.env': 'OPENAI_BASE_URL=https://api.groq.com/v1\n' },
      errors: [{ messageId: 'missingRoot', severity: 'warning', fix: 'https://api.groq.com/openai/v1', data: { client: 'an SDK-style app' } }]
    },
    {
      name: 'Codex base_url missing the Fireworks /inference prefix',
      files: { '.codex/config.toml': '[model_providers.fw]\nbase_url = "https://api.fireworks.ai/v1"\n' },
      errors: [{ messageId: 'missingRoot', line: 2, column: 12, fix: 'https://api.fireworks.ai/inference/v1', data: { url: 'https://api.fireworks.ai/v1/responses' } }]
    },
    {
      name: 'Claude Code ANTHROPIC_BASE_URL with /v1',
      files: { '.claude/settings.json': '{\n  "env": {\n    "ANTHROPIC_BASE_URL": "https://api.rutaapi.com/v1"\n  }\n}\n' },
      errors: [{ messageId: 'doubledVersion', line: 3, column: 27, fix: 'https://api.rutaapi.com', data: { client: 'Claude Code' } }]
    },
    {
      name: 'a doubled /v1 in the project .env is reported once, at the .env',
      files: { ...nextchatRepo, '.env': 'BASE_URL=https://api.rutaapi.com/v1\n', 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      BASE_URL: ${BASE_URL}\n' },
      errors: [{ messageId: 'doubledVersion', file: '.env', line: 1 }]
    },
    {
      // cnkang/chatgpt-web@aacd468d docker-compose/docker-compose.yml:24 beside its Dockerfile's ENV of the same name.
      name: 'a compose default is judged where it is written, whatever other files set the name',
      files: {
        ...openaiSdkRepo,
        Dockerfile: 'FROM node:24\nENV OPENAI_BASE_URL=https://api.openai.com\n',
        'deploy/docker-compose.yml': 'services:\n  app:\n    build: ..\n    environment:\n      OPENAI_BASE_URL: ${OPENAI_BASE_URL:-https://api.openai.com}\n'
      },
      errors: [
        { messageId: 'missingVersion', file: 'Dockerfile', line: 2 },
        { messageId: 'missingVersion', file: 'deploy/docker-compose.yml', line: 5 }
      ]
    },
    {
      name: 'a compose reference to a name that is not a base URL is judged where it is used',
      files: { ...nextchatRepo, '.env': 'RELAY=https://api.rutaapi.com/v1\n', 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      BASE_URL: ${RELAY}\n' },
      errors: [{ messageId: 'doubledVersion', file: 'docker-compose.yml', line: 4 }]
    },
    {
      name: 'compose service reads the base from its env_file',
      files: {
        ...nextchatRepo,
        'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    env_file: deploy.env\n',
        'deploy.env': 'BASE_URL=https://api.rutaapi.com/v1\n'
      },
      errors: [{ messageId: 'doubledVersion', file: 'deploy.env', line: 1 }]
    }
  ]
})

describe('a provider\'s older root of a family', () => {
  it('is accepted, while the fix for a wrong path is still the current root', () => {
    const results = runRule(rule, { '.claude/settings.json': '{"env":{"ANTHROPIC_BASE_URL":"https://dashscope.aliyuncs.com/api/v2/apps"}}\n' })
    expect(results.map((r) => [r.messageId, r.fix])).toEqual([['wrongPath', 'https://dashscope.aliyuncs.com/apps/anthropic']])
  })
})

describe('local servers reached from a container', () => {
  it('judges Ollama on the Docker host by its own join, and keeps that host in the fix', () => {
    const compose = 'services:\n  lobe:\n    image: lobehub/lobe-chat\n    environment:\n      - OLLAMA_PROXY_URL=http://host.docker.internal:11434/v1\n'
    const results = runRule(rule, { 'docker-compose.yml': compose })
    expect(results.map((r) => [r.line, r.fix])).toEqual([[5, 'http://host.docker.internal:11434']])
  })

  it('judges Ollama under its compose service name', () => {
    const compose = 'services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n      - OLLAMA_BASE_URL=http://ollama:11434/v1\n  ollama:\n    image: ollama/ollama\n'
    expect(runRule(rule, { 'docker-compose.yml': compose }).map((r) => r.fix)).toEqual(['http://ollama:11434'])
  })

  it('takes LiteLLM under its service name with or without /v1, as it serves both', () => {
    const compose = 'services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n      - OPENAI_API_BASE_URL=http://litellm:4000\n      - OPENAI_API_KEY=${LITELLM_MASTER_KEY}\n  litellm:\n    image: ghcr.io/berriai/litellm:main-latest\n'
    expect(runRule(rule, { 'docker-compose.yml': compose })).toEqual([])
    expect(runRule(rule, { 'docker-compose.yml': compose.replace(':4000', ':4000/v1') })).toEqual([])
  })

  it('leaves a root-level Ollama URL on the Docker host alone', () => {
    const compose = 'services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n    environment:\n      - OLLAMA_BASE_URL=http://host.docker.internal:11434\n'
    expect(runRule(rule, { 'docker-compose.yml': compose })).toEqual([])
  })
})

describe('version segments', () => {
  it('counts Google\'s v1beta1 as one: Vertex AI\'s OpenAI-compatible root is no path without a version', () => {
    // Vertex AI's chat completions live under v1beta1.projects.locations.endpoints.openapi (googleapis/google-api-python-client
    // docs/dyn/aiplatform_v1beta1.projects.locations.endpoints.openapi.html).
    const env = 'LLM_API_KEY=${K}\nLLM_BASE_URL=https://us-central1-aiplatform.googleapis.com/v1beta1/projects/p/locations/us-central1/endpoints/openapi\n'
    expect(runRule(rule, { '.env': env })).toEqual([])
  })
})

describe('LibreChat\'s Cohere URL', () => {
  it('is no OpenAI-style base: LibreChat sends it through Cohere\'s own SDK (CohereConstants.API_URL)', () => {
    const config = "version: 1.2.1\nendpoints:\n  custom:\n    - name: cohere\n      apiKey: '${COHERE_API_KEY}'\n      baseURL: 'https://api.cohere.ai/v1'\n"
    expect(runRule(rule, { 'librechat.yaml': config })).toEqual([])
  })
})
