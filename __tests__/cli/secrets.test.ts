/**
 * "Secrets never leave", end to end: keys written where no rule expects them (quoted by a parser's error, pasted
 * into a URL, a model list or the config file) never reach any output format, beyond prefix and last 4.
 */
import { describe, it, expect, beforeAll } from '@jest/globals'
import { main, type CliIo } from '../../src/cli/main.js'
import { fakeKeys } from '../helpers/keys.js'
import { makeRepo } from './repo.js'

async function cli(argv: string[], cwd: string, env: CliIo['env'] = {}): Promise<{ code: number; out: string }> {
  let out = ''
  const write = (text: string) => (out += text)
  const code = await main(argv, { stdout: { write }, stderr: { write }, cwd, env })
  return { code, out }
}

/** Any 8 characters of a key past its prefix and before its last 4, found in `text`. */
function leakedPart(text: string, key: string): string | undefined {
  const inner = key.slice(3, -4)
  for (let i = 0; i + 8 <= inner.length; i++) if (text.includes(inner.slice(i, i + 8))) return inner.slice(i, i + 8)
  return undefined
}

// One-api/new-api gateway keys (`sk-` + 48): a shared format, which the core's scan of free text skips.
const keys = {
  dockerfile: fakeKeys.gateway('dockerfile'),
  blockHeader: fakeKeys.gateway('block'),
  alias: fakeKeys.gateway('alias'),
  opaque: fakeKeys.opaque('parse'),
  customModels: fakeKeys.gateway('models'),
  urlPath: fakeKeys.deepseek('path'),
  urlQuery: fakeKeys.opaque('query'),
  baseUrl: fakeKeys.gateway('base'),
  defaultGateway: fakeKeys.gateway('default'),
  defaultOpenAi: fakeKeys.openaiProject('default')
}

let repo: string

beforeAll(async () => {
  repo = await makeRepo({
    'package.json': '{ "name": "nextchat" }\n',
    Dockerfile: `FROM node:20\nENV BASE_URL=https://api.rutaapi.com ${keys.dockerfile}\nENV CODE=x OPENAI_API_KEY ${keys.opaque}\n`,
    'a/docker-compose.yml': `services:\n  app:\n    environment:\n      OPENAI_API_KEY: |${keys.blockHeader}\n`,
    'b/docker-compose.yml': `services:\n  app:\n    environment:\n      OPENAI_API_KEY: *${keys.alias}\n`,
    'c/.env': `CODE=x\nDEFAULT_MODEL=gpt-4o\nCUSTOM_MODELS=+${keys.customModels},-all\n`,
    'd/.env': `CODE=x\nANTHROPIC_URL=https://api.rutaapi.com/${keys.urlPath}/v1\n`,
    'e/.env': `CODE=x\nBASE_URL=https://api.rutaapi.com/v1?key=${keys.urlQuery}\n`,
    'f/.env': `CODE=x\nBASE_URL=${keys.baseUrl}\n`,
    // A reference's default is a literal key: the scope tables show references as written.
    'g/docker-compose.yml': `services:\n  app:\n    environment:\n      CODE: x\n      OPENAI_API_KEY: \${OPENAI_API_KEY:-${keys.defaultGateway}}\n      ANTHROPIC_API_KEY: "\${ANTHROPIC_API_KEY:-${keys.defaultOpenAi}}"\n      BASE_URL: https://api.rutaapi.com\n`
  })
})

describe('no key reaches any output', () => {
  it.each(['text', 'json', 'sarif'])('in the %s format', async (format) => {
    const { out } = await cli(['--format', format, '--fail-on', 'never', repo], repo)
    // The files are read and reported on: the masked forms are there.
    expect(out).toContain(`…${keys.dockerfile.slice(-4)}`)
    expect(out).toContain(`…${keys.customModels.slice(-4)}`)
    for (const [name, key] of Object.entries(keys)) expect([name, leakedPart(out, key)]).toEqual([name, undefined])
  })

  it('nor in a config error quoting the line that holds one', async () => {
    const key = fakeKeys.gateway('config')
    const configured = await makeRepo({ '.llm-env-lint.yml': `rules:\n  open-relay: |${key}\n` })
    const { code, out } = await cli([configured], configured)
    expect(code).toBe(2)
    expect(out).toContain(`.llm-env-lint.yml:2:16: invalid YAML: Block scalar header includes extra characters: |sk-…${key.slice(-4)}`)
    expect(leakedPart(out, key)).toBeUndefined()
  })

  it('and a file name cannot add a line of its own to the text report', async () => {
    const named = await makeRepo({ 'x\n::error::forged/.env': 'BASE_URL=https://app.rutaapi.com\n' })
    const { out } = await cli(['--fail-on', 'never', named], named)
    expect(out.split('\n').filter((line) => line.startsWith('::'))).toEqual([])
    expect(out).toContain('x\\u000a::error::forged/.env:1:10: error BASE_URL')
  })
})
