import { fakeKeys } from '../helpers/keys.js'
import { testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/leaked-key.js'

const anthropic = fakeKeys.anthropic()
const openai = fakeKeys.openaiProject()

testRule(rule, {
  valid: [
    { name: 'placeholder in .env', files: { '.env': 'OPENAI_API_KEY=YOUR_RUTAAPI_KEY\nANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxx\n' } },
    { name: 'references and sentinels', files: { '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY}\nGOOGLE_KEY=user_provided\nKEY=<api-key>\n' } },
    { name: 'a placeholder as the default of a reference', files: { '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY:-your-api-key}\n' } },
    { name: 'masked key', files: { '.env': 'OPENAI_API_KEY=sk-...DTMA\n' } },
    { name: 'empty value', files: { '.env': 'OPENAI_API_KEY=\n' } },
    { name: 'random value under a name that is not a credential', files: { '.env': `BUILD_ID=${fakeKeys.opaque()}\n` } },
    { name: 'opaque literal in a workflow (workflow-hardcoded-key owns it)', files: { '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: x\n    env:\n      OPENAI_API_KEY: ${fakeKeys.opaque()}\n    steps:\n      - run: true\n` } }
  ],
  invalid: [
    {
      name: 'provider key in .env, with provider and masked key',
      files: { '.env': `ANTHROPIC_API_KEY=${anthropic}\n` },
      errors: [{ messageId: 'providerKey', line: 1, column: 19, data: { provider: 'Anthropic', masked: `sk-ant-api03-…${anthropic.slice(-4)}`, fileKind: 'the .env file' } }]
    },
    {
      name: 'commented lines and every occurrence count',
      files: { 'README.md': `Old key:\n# OPENAI_API_KEY=${openai}\nand again ${openai}\n` },
      errors: [
        { messageId: 'providerKey', line: 2, column: 18, data: { provider: 'OpenAI' } },
        { messageId: 'providerKey', line: 3, column: 11 }
      ]
    },
    {
      name: 'key in a workflow file is still a leak',
      files: { '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: x\n    env:\n      GROQ_API_KEY: ${fakeKeys.groq()}\n    steps:\n      - run: true\n` },
      errors: [{ messageId: 'providerKey', line: 6, column: 21, data: { provider: 'Groq', fileKind: 'the workflow' } }]
    },
    {
      name: 'a gateway key committed as the default of a compose reference',
      files: { 'docker-compose.yml': `services:\n  app:\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY:-${fakeKeys.gateway('default')}}\n` },
      errors: [{ messageId: 'opaqueKey', line: 4, column: 23, data: { name: 'OPENAI_API_KEY', masked: `sk-…${fakeKeys.gateway('default').slice(-4)}` } }]
    },
    {
      name: 'opaque high-entropy value in a key variable',
      files: { '.env': `MISTRAL_API_KEY=${fakeKeys.opaque('m', 32)}\n` },
      errors: [{ messageId: 'opaqueKey', line: 1, column: 17, data: { name: 'MISTRAL_API_KEY' } }]
    },
    {
      name: 'shared-format key (sk- + 32 hex) in a key variable',
      files: { 'docker-compose.yml': `services:\n  app:\n    environment:\n      DEEPSEEK_API_KEY: ${fakeKeys.deepseek()}\n` },
      errors: [{ messageId: 'opaqueKey', line: 4, column: 25, data: { name: 'DEEPSEEK_API_KEY', fileKind: 'the compose file' } }]
    },
    {
      name: 'commented-out assignment of an opaque key',
      files: { '.env': `# OPENAI_API_KEY=${fakeKeys.gateway()}\n` },
      errors: [{ messageId: 'opaqueKey', line: 1 }]
    },
    {
      name: 'a key hit is not reported twice as an opaque value',
      files: { '.env': `OPENAI_API_KEY=${openai}\n` },
      errors: [{ messageId: 'providerKey', line: 1, column: 16 }]
    },
    {
      name: 'literal bearer token in a Codex config',
      files: { '.codex/config.toml': `[model_providers.gw]\nbase_url = "https://api.rutaapi.com/v1"\nexperimental_bearer_token = "${fakeKeys.opaque('c')}"\n` },
      errors: [{ messageId: 'opaqueKey', line: 3, data: { name: 'experimental_bearer_token', fileKind: 'the Codex config' } }]
    }
  ]
})
