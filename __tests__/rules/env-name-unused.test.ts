import { nextchatRepo, runRule, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/env-name-unused.js'

testRule(rule, {
  valid: [
    { name: 'names NextChat reads', files: { ...nextchatRepo, '.env': 'BASE_URL=https://api.rutaapi.com\nOPENAI_API_KEY=${KEY}\nCODE=${CODE}\n' } },
    { name: 'unknown client: never judged', files: { '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1\nHIDE_BALANCE_QUERY=1\n' } },
    { name: 'SDK names in a NextChat repository workflow feed the runner, not the app', files: { ...nextchatRepo, '.github/workflows/e2e.yml': 'on: push\njobs:\n  e2e:\n    runs-on: x\n    env:\n      OPENAI_BASE_URL: https://api.openai.com/v1\n    steps:\n      - run: npm test\n' } },
    {
      // zyqfork/llmchat@400076e app/api/common.ts:40 and app/api/anthropic.ts:74.
      name: "names a fork's own server files read",
      files: {
        ...nextchatRepo,
        'app/api/common.ts': 'let baseUrl = process.env.OPENAI_BASE_URL || OPENAI_BASE_URL;\n',
        'app/api/anthropic.ts': 'let baseUrl = process.env["ANTHROPIC_BASE_URL"] || ANTHROPIC_BASE_URL;\n',
        '.env': 'OPENAI_BASE_URL=https://api.openai.com\nANTHROPIC_BASE_URL=https://api.anthropic.com\n'
      }
    },
    {
      // A fork still on the pre-2024-09-19 name (shansing/ChatGPT-Next-Web@0034ed3e app/config/server.ts:119).
      name: 'a name upstream dropped that the fork still reads',
      files: { ...nextchatRepo, 'app/config/server.ts': 'process.env.WHITE_WEBDEV_ENDPOINTS ?? ""\n', '.env': 'WHITE_WEBDEV_ENDPOINTS=https://dav.example.com\n' }
    },
    { name: 'names other than the client\'s own are not judged', files: { ...nextchatRepo, '.env': 'DATABASE_URL=postgres://db\nLLM_BASE_URL=https://x.example.com\n' } }
  ],
  invalid: [
    {
      name: "a fork that reads OPENAI_BASE_URL in place of BASE_URL: the other habits point at the fork's name",
      files: { ...nextchatRepo, 'app/api/common.ts': 'let baseUrl = process.env.OPENAI_BASE_URL || OPENAI_BASE_URL;\n', '.env': 'OPENAI_API_BASE=https://api.openai.com\n' },
      errors: [{ messageId: 'renamed', line: 1, fix: 'OPENAI_BASE_URL', data: { replacement: 'OPENAI_BASE_URL', reason: 'this fork reads OPENAI_BASE_URL in place of BASE_URL (app/api/common.ts)' } }]
    },
    {
      name: "a fork's own server files say nothing about a container that pulls upstream's image",
      files: {
        ...nextchatRepo,
        'app/api/common.ts': 'let baseUrl = process.env.OPENAI_BASE_URL || OPENAI_BASE_URL;\n',
        'docker-compose.yml': 'services:\n  chat:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      - OPENAI_BASE_URL=https://api.openai.com\n'
      },
      errors: [{ messageId: 'renamed', line: 5, fix: 'BASE_URL' }]
    },
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
      // openai/codex#16720 (merged 2026-04-03) removed the variable; older Codex read it. The setting Codex reads is a
      // config.toml key, so no rename is offered. Codex is the client of a `.env` only when the config file says so.
      name: 'OPENAI_BASE_URL where the config file names Codex is a note without a rename',
      client: 'codex',
      files: { '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com\n' },
      errors: [{ messageId: 'unread', line: 1, column: 1, severity: 'note', data: { client: 'Codex CLI' } }]
    },
    {
      name: 'OPENAI_API_BASE where the config file names Codex points at openai_base_url, not at another variable',
      client: 'codex',
      files: { '.env': 'OPENAI_API_BASE=https://api.rutaapi.com/v1\n' },
      errors: [{ messageId: 'unread', severity: 'warning' }]
    },
    {
      name: 'client config files are judged by their own client',
      files: { '.claude/settings.json': '{"env":{"ANTHROPIC_URL":"https://api.anthropic.com"}}\n' },
      errors: [{ messageId: 'renamed', fix: 'ANTHROPIC_BASE_URL', data: { client: 'Claude Code', fileKind: 'the Claude Code settings' } }]
    }
  ]
})

describe('env-name-unused for Codex', () => {
  it('offers no rename: what Codex reads instead is a key of config.toml, not a variable', () => {
    const results = runRule(rule, { '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com\nOPENAI_API_BASE=https://api.rutaapi.com/v1\n' }, { client: 'codex' })
    expect(results.map((r) => [r.data?.name, r.fix])).toEqual([
      ['OPENAI_BASE_URL', undefined],
      ['OPENAI_API_BASE', undefined]
    ])
    expect(results[0]!.message).toContain('openai_base_url in .codex/config.toml')
  })

  it('leaves the .env of a repository that merely has a Codex config alone: Codex never reads it', () => {
    // codex-rs/arg0/src/lib.rs@0489ee4f loads env files only from CODEX_HOME; the .env is some other program's.
    expect(runRule(rule, { '.codex/config.toml': 'model = "gpt-5"\n', '.env': 'OPENAI_BASE_URL=https://api.rutaapi.com/v1\n', 'package.json': '{"devDependencies":{"@openai/codex":"1"}}\n' })).toEqual([])
  })
})

describe('env-name-unused for SDK apps', () => {
  const app = { 'package.json': '{"dependencies":{"openai":"^4.0.0"}}\n' }

  it('calls a name apps pass to the SDK themselves a note, with no rename that would break such an app', () => {
    const results = runRule(rule, { ...app, '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY}\nOPENAI_API_BASE=https://api.deepseek.com/v1\n' })
    expect(results.map((r) => [r.messageId, r.severity, r.fix])).toEqual([['passedByApp', 'note', undefined]])
    expect(results[0]!.message).toContain("only if the app's own code passes it on")
  })

  it('says nothing once the SDK name is set as well', () => {
    expect(runRule(rule, { ...app, '.env': 'OPENAI_BASE_URL=https://api.deepseek.com/v1\nOPENAI_API_BASE_URL=https://api.deepseek.com/v1\n' })).toEqual([])
  })

  it('still renames a name Claude Code does not read: it has no code of its own to pass it on', () => {
    const results = runRule(rule, { '.claude/settings.json': '{"env":{"ANTHROPIC_URL":"https://api.anthropic.com"}}\n' })
    expect(results.map((r) => [r.messageId, r.fix])).toEqual([['renamed', 'ANTHROPIC_BASE_URL']])
  })
})

describe('env-name-unused for a service that runs the upstream image', () => {
  // ChatGPTNextWeb/NextChat@706a18b9 .github/workflows/docker.yml:28 publishes yidadaa/chatgpt-next-web; no code under
  // app/ reads OPENROUTER_API_KEY, GEMINI_API_KEY or GROQ_BASE_URL (field-facts §3.1 lists every variable it reads).
  const compose = (env: readonly string[], service = '    image: yidadaa/chatgpt-next-web\n'): string =>
    `services:\n  chat:\n${service}    environment:\n${env.map((line) => `      - ${line}\n`).join('')}`
  const fork = { ...nextchatRepo, 'app/config/server.ts': 'export const getServerSideConfig = () => process.env.OPENROUTER_API_KEY\n' }
  const report = (files: Record<string, string>) => runRule(rule, files).map((r) => [r.data.name, r.messageId, r.line, r.fix ?? null, r.severity])

  it('reports a provider key upstream never reads, even in a fork whose own code reads it', () => {
    const files = { ...fork, 'docker-compose.yml': compose(['OPENAI_API_KEY=$OPENAI_API_KEY', 'OPENROUTER_API_KEY=$OPENROUTER_API_KEY']) }
    expect(report(files)).toEqual([['OPENROUTER_API_KEY', 'unread', 6, null, 'warning']])
    expect(runRule(rule, files)[0]!.message).toContain('the image yidadaa/chatgpt-next-web runs upstream\'s code, which reads no OpenRouter key')
  })

  it('leaves the fork\'s own files to the fork\'s code', () => {
    expect(report({ ...fork, '.env.template': 'OPENROUTER_API_KEY=\nOPENROUTER_BASE_URL=https://openrouter.ai/api\n' })).toEqual([])
  })

  it('renames a key to the name upstream reads for the same provider; a base URL gets the name but no edit', () => {
    const files = { 'docker-compose.yml': compose(['GEMINI_API_KEY=$GEMINI_API_KEY', 'GEMINI_BASE_URL=https://generativelanguage.googleapis.com', 'GROQ_BASE_URL=https://api.groq.com/openai/v1']) }
    expect(report(files)).toEqual([
      ['GEMINI_API_KEY', 'renamed', 5, 'GOOGLE_API_KEY', 'warning'],
      ['GEMINI_BASE_URL', 'renamed', 6, null, 'warning'],
      ['GROQ_BASE_URL', 'unread', 7, null, 'warning']
    ])
  })

  it('says nothing of names upstream reads or that name no provider', () => {
    expect(report({ 'docker-compose.yml': compose(['GOOGLE_API_KEY=$K', 'DEEPSEEK_URL=https://api.deepseek.com', 'SENTRY_API_KEY=$S', 'OPENROUTER_API_KEY_2=$K2']) })).toEqual([])
  })

  it('says nothing of a fork\'s image, an image the service builds, or a service that hands its environment to MCP servers', () => {
    const env = ['OPENROUTER_API_KEY=$OPENROUTER_API_KEY']
    expect(report({ 'docker-compose.yml': compose(env, '    image: mmhk/chatgpt-next-web\n') })).toEqual([])
    expect(report({ 'docker-compose.yml': compose(env, '    build: .\n    image: yidadaa/chatgpt-next-web\n') })).toEqual([])
    // app/mcp/client.ts:18-24 passes all of process.env to each MCP server, which may read any name.
    expect(report({ 'docker-compose.yml': compose([...env, 'ENABLE_MCP=true']) })).toEqual([])
    expect(report({ 'docker-compose.yml': compose([...env, 'ENABLE_MCP=$ENABLE_MCP']) })).toEqual([])
    expect(report({ 'docker-compose.yml': compose([...env, 'ENABLE_MCP=1']) })).toEqual([['OPENROUTER_API_KEY', 'unread', 5, null, 'warning']])
  })

  it('reports the same for chatgpt-web\'s image', () => {
    expect(report({ 'docker-compose.yml': compose(['OPENAI_API_KEY=$K', 'DEEPSEEK_API_KEY=$D'], '    image: chenzhaoyu94/chatgpt-web\n') })).toEqual([['DEEPSEEK_API_KEY', 'unread', 6, null, 'warning']])
  })
})
