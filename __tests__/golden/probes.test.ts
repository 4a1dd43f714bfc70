/**
 * Live probe findings through the whole pipeline (fake providers on loopback, the real scan, probes and masking),
 * rendered by the text, JSON, SARIF and summary reporters against golden files. The ports the servers got and the
 * times of the requests are the only parts that vary between runs; they are replaced before comparing.
 */
import { describe, it, expect } from '@jest/globals'
import { lintRepository } from '../../src/engine/pipeline.js'
import { jsonReporter } from '../../src/reporters/json.js'
import { sarifReporter } from '../../src/reporters/sarif.js'
import { renderSummary } from '../../src/reporters/summary.js'
import { textReporter } from '../../src/reporters/text.js'
import { makeRepo } from '../cli/repo.js'
import { expectGolden } from '../helpers/golden.js'
import { fakeKeys } from '../helpers/keys.js'
import { fixed, openAiStyle, serverPool, type FakeServer } from '../helpers/provider-server.js'

const serve = serverPool()
const models = ['gpt-4o', 'gpt-4o-mini']
const keys: Readonly<Record<string, string>> = {
  CHAT_KEY: fakeKeys.openaiProject('golden-probe-chat'),
  WIKI_KEY: fakeKeys.openaiProject('golden-probe-wiki'),
  DOCS_KEY: fakeKeys.openaiProject('golden-probe-docs')
}

/** Three NextChat services: a rejected key, a missing model, an upstream failure; and a static fix beside them. */
function compose(chat: FakeServer, wiki: FakeServer, docs: FakeServer): string {
  const service = (name: string, key: string, base: string, model: string): string =>
    `  ${name}:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      OPENAI_API_KEY: \${${key}}\n      BASE_URL: ${base}\n      DEFAULT_MODEL: ${model}\n      CODE: \${ACCESS_CODE}\n`
  return `services:\n${service('chat', 'CHAT_KEY', chat.origin, 'gpt-4o')}${service('wiki', 'WIKI_KEY', wiki.origin, 'gpt-4o-min')}${service('docs', 'DOCS_KEY', docs.origin, 'gpt-4o')}`
}

describe('live probes through the pipeline (golden)', () => {
  it('renders probe findings like static ones in every format', async () => {
    const chat = await serve(openAiStyle({ key: fakeKeys.openaiProject('golden-probe-other'), models }))
    const wiki = await serve(openAiStyle({ key: keys.WIKI_KEY!, models }))
    const docs = await serve(fixed(500, { error: { message: 'upstream exploded', type: 'server_error' } }, { 'x-request-id': 'req_docs_0001' }))
    const root = await makeRepo({
      'docker-compose.yml': compose(chat, wiki, docs),
      '.env': 'OPENAI_BASE_URL=https://api.openai.com/v1/v1\nOPENAI_API_KEY=${OPENAI_API_KEY}\n'
    })
    const { context, notices } = await lintRepository({
      root,
      failOn: 'error',
      probe: {
        keys: { valueFor: (ref) => keys[ref.name], origin: 'the environment' },
        hosts: [chat.host, wiki.host, docs.host],
        chat: false,
        failOnIndeterminate: false,
        timeoutMs: 2000
      }
    })
    const servers = [chat, wiki, docs]
    const stable = (text: string): string =>
      servers
        .reduce((out, server, i) => out.split(server.host).join(`127.0.0.1:PORT${i + 1}`), text)
        .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '2026-01-01T00:00:00Z')
    const outputs = {
      'probes.txt': textReporter.render(context),
      'probes.json': jsonReporter.render(context),
      'probes.sarif.json': sarifReporter.render(context),
      'probes-summary.md': renderSummary(context)
    }
    for (const text of [...Object.values(outputs), ...notices]) {
      for (const key of Object.values(keys)) expect([key, key.slice(16, 40), key.slice(-20)].filter((part) => text.includes(part)).length).toBe(0)
    }
    expect(context.findings.map((f) => f.ruleId).filter((id) => id.startsWith('probe-')).sort()).toEqual(['probe-key', 'probe-model', 'probe-route'])
    for (const [name, text] of Object.entries(outputs)) expectGolden(name, stable(text))
  })
})
