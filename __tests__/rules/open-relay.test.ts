import { fakeKeys } from '../helpers/keys.js'
import { nextchatRepo, openaiSdkRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/open-relay.js'

const key = fakeKeys.gateway()

testRule(rule, {
  valid: [
    { name: 'key and access code', files: { ...nextchatRepo, '.env': `OPENAI_API_KEY=${key}\nCODE=some-long-passphrase\n` } },
    { name: 'no server key', files: { ...nextchatRepo, '.env': 'BASE_URL=https://api.rutaapi.com\n' } },
    { name: 'placeholder key in a template file', files: { ...nextchatRepo, '.env.example': 'OPENAI_API_KEY=sk-your-key-here\nCODE=\n' } },
    { name: 'empty key (the upstream Dockerfile)', files: { ...nextchatRepo, Dockerfile: 'FROM node:20\nENV OPENAI_API_KEY=""\nENV CODE=""\n' } },
    { name: 'CODE from a deploy-time reference', files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n      - CODE=${CODE}\n' } },
    { name: 'not a NextChat repository', files: { ...openaiSdkRepo, '.env': `OPENAI_API_KEY=${key}\n` } },
    { name: 'workflow env feeds the runner, not a deployment', files: { ...nextchatRepo, '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: x\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: npm test\n' } },
    {
      name: 'the project .env is judged with the compose service that reads it',
      files: { ...nextchatRepo, '.env': `OPENAI_API_KEY=${key}\nCODE=pass\n`, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n      - CODE=${CODE}\n' }
    }
  ],
  invalid: [
    {
      name: 'server key without CODE',
      files: { ...nextchatRepo, '.env': `BASE_URL=https://api.rutaapi.com\nOPENAI_API_KEY=${key}\n` },
      errors: [{ messageId: 'noCode', line: 2, column: 1, data: { name: 'OPENAI_API_KEY', fileKind: 'the .env file' } }]
    },
    {
      name: 'HIDE_USER_API_KEY does not protect the server key',
      files: { ...nextchatRepo, 'vercel.json': '{"env":{"OPENAI_API_KEY":"@openai-key","HIDE_USER_API_KEY":"1"}}\n' },
      errors: [{ messageId: 'noCode' }]
    },
    {
      name: 'empty CODE in a compose service with a deploy-time key',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n      CODE: ""\n' },
      errors: [{ messageId: 'emptyCode', line: 4, column: 7, data: { fileKind: 'the compose file' } }]
    }
  ]
})
