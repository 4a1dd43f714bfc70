import { fakeKeys } from '../helpers/keys.js'
import { nextchatRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/key-list-format.js'

const a = fakeKeys.gateway('a')
const b = fakeKeys.gateway('b')
const lobechat = { 'package.json': '{"name":"@lobehub/chat"}\n' }
const openWebui = { 'package.json': '{"name":"open-webui"}\n' }

testRule(rule, {
  valid: [
    { name: 'NextChat list', files: { ...nextchatRepo, '.env': `OPENAI_API_KEY=${a},${b}\n` } },
    { name: 'NextChat trims spaces', files: { ...nextchatRepo, '.env': `OPENAI_API_KEY="${a}, ${b}"\n` } },
    { name: 'a single key', files: { ...nextchatRepo, '.env': `OPENAI_API_KEY=${a}\n` } },
    { name: 'Open WebUI empty positional item is deliberate', files: { ...openWebui, '.env': `OPENAI_API_KEYS=${a};;${b}\n` } },
    { name: 'unknown client: no list semantics', files: { '.env': `OPENAI_API_KEY=${a},,${b}\n` } },
    { name: 'LobeChat drops empty items', files: { ...lobechat, '.env': `OPENAI_API_KEY=${a},,${b}\n` } }
  ],
  invalid: [
    {
      name: 'NextChat empty item',
      files: { ...nextchatRepo, '.env': `OPENAI_API_KEY=${a},,${b}\n` },
      errors: [{ messageId: 'emptyItem', line: 1, column: 16, data: { separator: ',', client: 'NextChat (ChatGPT Next Web)' } }]
    },
    {
      name: 'NextChat trailing comma',
      files: { ...nextchatRepo, '.env': `ANTHROPIC_API_KEY=${a},\n` },
      errors: [{ messageId: 'emptyItem', data: { name: 'ANTHROPIC_API_KEY' } }]
    },
    {
      // The Google runtime sends the chosen key as it is; the OpenAI-style runtimes trim it (docs/clients/lobechat.md).
      name: 'LobeChat does not trim Google keys',
      files: { ...lobechat, '.env': `GOOGLE_API_KEY="${a}, ${b}"\n` },
      errors: [{ messageId: 'spacedItem', data: { client: 'LobeChat' } }]
    },
    {
      name: 'the commas of a list of unresolved references are literal',
      files: { ...nextchatRepo, '.env': 'OPENAI_API_KEY=${KEY_1},,${KEY_2}\n' },
      errors: [{ messageId: 'emptyItem', line: 1, column: 16 }]
    },
    {
      name: 'list resolved from the compose project .env',
      files: { ...nextchatRepo, '.env': `KEYS=${a},,${b}\n`, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      OPENAI_API_KEY: ${KEYS}\n' },
      errors: [{ messageId: 'emptyItem', file: 'docker-compose.yml', line: 4 }]
    }
  ]
})
