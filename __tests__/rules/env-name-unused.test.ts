import { nextchatRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/env-name-unused.js'

testRule(rule, {
  valid: [
    { name: 'names NextChat reads', files: { ...nextchatRepo, '.env': 'BASE_URL=https://api.rutaapi.com\nOPENAI_API_KEY=${KEY}\nCODE=${CODE}\n' } },
    { name: 'unknown client: never judged', files: { '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1\nHIDE_BALANCE_QUERY=1\n' } },
    { name: 'SDK names in a NextChat repository workflow feed the runner, not the app', files: { ...nextchatRepo, '.github/workflows/e2e.yml': 'on: push\njobs:\n  e2e:\n    runs-on: x\n    env:\n      OPENAI_BASE_URL: https://api.openai.com/v1\n    steps:\n      - run: npm test\n' } },
    { name: 'names other than the client\'s own are not judged', files: { ...nextchatRepo, '.env': 'DATABASE_URL=postgres://db\nLLM_BASE_URL=https://x.example.com\n' } }
  ],
  invalid: [
    {
      name: 'OPENAI_BASE_URL in a NextChat repository',
      files: { ...nextchatRepo, '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com\n' },
      errors: [{ messageId: 'renamed', line: 1, column: 1, fix: 'BASE_URL', data: { name: 'OPENAI_BASE_URL', replacement: 'BASE_URL', client: 'NextChat (ChatGPT Next Web)' } }]
    },
    {
      name: 'the replacement is already set: remove the dead name',
      files: { ...nextchatRepo, '.env': 'BASE_URL=https://api.rutaapi.com\nOPENAI_BASE_URL=https://api.rutaapi.com\n' },
      errors: [{ messageId: 'unread', line: 2 }]
    },
    {
      name: 'a removed name without replacement',
      files: { ...nextchatRepo, 'docker-compose.yml': 'services:\n  chat:\n    environment:\n      - OPENAI_SB=1\n' },
      errors: [{ messageId: 'unread', line: 4, column: 9, data: { fileKind: 'the compose file' } }]
    },
    {
      // NextChat read it until 2023-11-08 (638fdd8c3): a deployment pinned to an older version still does.
      name: 'a variable NextChat renamed in some version is a note',
      files: { ...nextchatRepo, 'vercel.json': '{"env":{"HIDE_BALANCE_QUERY":"1"}}\n' },
      errors: [{ messageId: 'renamed', fix: 'ENABLE_BALANCE_QUERY', severity: 'note' }]
    },
    {
      name: 'client config files are judged by their own client',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_URL":"https://api.anthropic.com"}}\n' },
      errors: [{ messageId: 'renamed', fix: 'ANTHROPIC_BASE_URL', data: { client: 'Claude Code', fileKind: 'the Claude Code settings' } }]
    }
  ]
})
