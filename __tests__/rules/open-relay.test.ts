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
    },
    {
      // eric19960304/crossgpt@80fd325: every provider call first asks for a sign-in, which upstream's route never does.
      name: "a fork whose provider route is none of upstream's: its gate is not known, a note",
      files: {
        ...nextchatRepo,
        'app/api/[provider]/[...path]/route.ts': 'async function handle(req) {\n  const denied = await requireSession(req);\n  if (denied) return denied;\n}\n',
        'docker-compose.yml': 'services:\n  chat:\n    build: .\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n'
      },
      errors: [{ messageId: 'forkGate', line: 5, severity: 'note', data: { gate: 'app/api/[provider]/[...path]/route.ts' } }]
    },
    {
      // zyqfork/llmchat@400076e app/api/auth.ts:36 reads ACCESS_CODE, not CODE.
      name: "a fork whose app/api/auth.ts is none of upstream's",
      files: { ...nextchatRepo, 'app/api/auth.ts': 'const serverAccessCode = process.env.ACCESS_CODE || "";\n', '.env': `OPENAI_API_KEY=${key}\n` },
      errors: [{ messageId: 'forkGate', severity: 'note', data: { gate: 'app/api/auth.ts' } }]
    },
    {
      name: "a fork's gate says nothing about a container that pulls upstream's image",
      files: {
        ...nextchatRepo,
        'app/api/auth.ts': 'const serverAccessCode = process.env.ACCESS_CODE || "";\n',
        'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n'
      },
      errors: [{ messageId: 'noCode', severity: 'warning' }]
    }
  ]
})
