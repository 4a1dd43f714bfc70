import { describe, expect, it } from '@jest/globals'
import { keyMatches } from '../../src/engine/analyze.js'
import { keyContextFor } from '../../src/engine/key-context.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { body, fakeKeys } from '../helpers/keys.js'

const catalog = createCatalog()
const HEX = '0123456789abcdef'
const uuid = [body(8, HEX, 'u1'), body(4, HEX, 'u2'), `4${body(3, HEX, 'u3')}`, `8${body(3, HEX, 'u4')}`, body(12, HEX, 'u5')].join('-')
const hex32 = body(32, HEX, 'h')

/** Every shared-shape candidate in `text`, whatever its context. */
const candidates = (text: string) => catalog.scanForContext(text, (m) => ({ provider: m.provider }))
/** The provider id each candidate in `text` is judged to belong to, `(by shape)` when nothing named it (undefined: not a key). */
const judged = (text: string) => {
  const judge = keyContextFor(text, catalog)
  return candidates(text).map((m) => {
    const whose = judge(m)
    return whose && `${whose.provider.id}${whose.byShape ? ' (by shape)' : ''}`
  })
}

describe('keyContextFor', () => {
  it('finds the hosts and SDK calls around each candidate of a long file, wherever the text is cut for the search', () => {
    const filler = (lines: number, seed: string) => Array.from({ length: lines }, (_, i) => `// ${body(60, 'abcdefghij klmnop', `${seed}${i}`)}`).join('\n')
    const text = [
      `key = "${body(32, HEX, 'first')}"`, // nothing around it
      filler(130, 'a'),
      `key = "${hex32}"`,
      filler(1, 'b'),
      '# https://res.openai.azure.com',
      filler(200, 'c'),
      `client = AzureOpenAI(`,
      `  api_key="${body(32, HEX, 'last')}")`
    ].join('\n')
    expect(text.length).toBeGreaterThan(20_000)
    expect(judged(text)).toEqual([undefined, 'azure-openai', 'azure-openai'])
  })

  it.each([
    ['a provider-named variable', `DEEPSEEK_API_KEY=${fakeKeys.deepseek()}`, 'deepseek'],
    ['docker run -e', `docker run -e OPENAI_API_KEY=${fakeKeys.gateway()} img`, 'one-api (by shape)'],
    ['a provider name in the variable', `export MOONSHOT_API_KEY=${fakeKeys.gateway()}`, 'moonshot'],
    ['an Authorization header', `curl -H "Authorization: Bearer ${fakeKeys.gateway()}" https://x.example`, 'one-api (by shape)'],
    ['os.environ in Python', `os.environ["OPENAI_API_KEY"] = "${fakeKeys.gateway()}"`, 'one-api (by shape)'],
    ['a YAML field', `apiKey: '${fakeKeys.gateway()}'`, 'one-api (by shape)'],
    ['a CLI flag', `llm --api-key ${fakeKeys.gateway()} chat`, 'one-api (by shape)'],
    ['the second item of a key list', `OPENAI_API_KEY=${fakeKeys.gateway('a')},${fakeKeys.gateway('b')}`, 'one-api (by shape)'],
    ['a lower-case snake name', `deepseek_api_key = "${fakeKeys.deepseek()}"`, 'deepseek'],
    ['an SDK call names no provider: the shape\'s owner', `OpenAI(api_key="${fakeKeys.deepseek()}")`, 'deepseek (by shape)'],
    ['an SDK class names the provider', `client = ChatDeepSeek(api_key="${fakeKeys.deepseek()}")`, 'deepseek'],
    ['a MIDJOURNEY name says LLM but no issuer of UUIDs', `MIDJOURNEY_API_KEY=${uuid}`, 'volcengine-ark (by shape)'],
    ['an SDK call with the host of another issuer of the shape', `OpenAI(api_key="${fakeKeys.deepseek()}", base_url="https://dashscope.aliyuncs.com/compatible-mode/v1")`, 'dashscope'],
    ['a UUID by name', `ARK_API_KEY=${uuid}`, 'volcengine-ark'],
    ['a UUID with a generic name and the provider host nearby', `base_url = "https://ark.cn-beijing.volces.com/api/v3"\napi_key = "${uuid}"`, 'volcengine-ark'],
    ['32 hex with a generic name and an Azure host below', `key = "${hex32}"\n\nendpoint = "https://res.openai.azure.com"`, 'azure-openai'],
    ['32 hex with a generic name next to an SDK call', `client = AzureOpenAI(api_key="${hex32}")`, 'azure-openai']
  ])('an LLM credential: %s', (_label, text, provider) => {
    expect(judged(text).at(-1)).toBe(provider)
  })

  it.each([
    ['no context at all', `release ${fakeKeys.gateway()} shipped`],
    ['assigned to an id', `request_id=${uuid}`],
    ['a JSON id next to an LLM host', `{"id": "${uuid}", "url": "https://api.openai.com/v1/models"}`],
    ['a non-LLM service name', `PINECONE_API_KEY=${uuid}`],
    ['a search key of OpenAI shape', `TAVILY_API_KEY=${fakeKeys.gateway()}`],
    ['an unknown key name with a prefix-less shape near an LLM host', `DD_API_KEY=${hex32}\nOPENAI_BASE_URL=https://api.openai.com/v1`],
    ['a generic name with a prefix-less shape and no LLM around', `api_key = "${hex32}"`],
    ['a local server does not make a context', `token: ${uuid}\nurl: http://localhost:8000/v1`],
    ['far from the LLM host', `api_key = "${uuid}"\n\n\n\n\n\nhttps://api.openai.com/v1`]
  ])('not an LLM credential: %s', (_label, text) => {
    expect(judged(text).every((p) => p === undefined)).toBe(true)
    expect(judged(text).length).toBeGreaterThan(0)
  })
})

describe('keyContextFor on lists', () => {
  it('names every item of a long key list by the name before the list, however far back it stands', () => {
    // JamesFein/ChatGPT-Next-Web@5f06cbd6 committed ten gateway keys in one OPENAI_API_KEY list.
    const keys = Array.from({ length: 10 }, (_, i) => fakeKeys.gateway(`list${i}`))
    expect(judged(`OPENAI_API_KEY="${keys.join(',')}"\n`)).toEqual(keys.map(() => 'one-api (by shape)'))
    expect(judged(`OPENAI_API_KEY=${keys.join(' , ')}\n`)).toEqual(keys.map(() => 'one-api (by shape)'))
  })

  it('does not take a list of ids after a non-credential name for keys', () => {
    expect(judged(`request_ids=${uuid},${uuid}\n`)).toEqual([undefined, undefined])
  })
})

describe('catalog.scanForContext', () => {
  it('returns what the judge accepts, with the provider it names', () => {
    const key = fakeKeys.gateway()
    const moonshot = catalog.byId('moonshot')!
    expect(catalog.scanForContext(`A=${key}\nB=${fakeKeys.gateway('2')}`, (m) => (m.token === key ? { provider: moonshot } : undefined)).map((m) => [m.token, m.provider.id])).toEqual([[key, 'moonshot']])
  })

  it('finds shared shapes with offsets, and leaves unique formats and placeholders to others', () => {
    const key = fakeKeys.gateway()
    const text = `A=${key}\nB=${fakeKeys.openaiLegacy()}\nC=sk-${'x'.repeat(48)}\nD=${fakeKeys.groq()}`
    const found = candidates(text)
    expect(found.map((m) => [m.format.id, m.start, m.end])).toEqual([['sk-alnum48', 2, 2 + key.length]])
  })

  it('takes the longest shape at a boundary: a Zhipu key is not 32 hex and a rest', () => {
    const zhipu = `${hex32}.${body(16, 'ABCDEFabcdef0123', 'z')}`
    expect(candidates(`ZHIPUAI_API_KEY=${zhipu}\n`).map((m) => [m.format.id, m.token])).toEqual([['zhipu', zhipu]])
  })

  it('ignores shapes inside longer words and 64-hex hashes', () => {
    const sha = body(64, HEX, 'sha')
    expect(candidates(`x${hex32} ${sha} ${hex32}y _${uuid}`)).toEqual([])
  })

  it('finds a shape at every offset and right after another, but not after a dash that joins it to a word', () => {
    for (let k = 0; k < 70; k++) expect([k, candidates(`${' '.repeat(k)}${hex32}`).map((m) => m.start)]).toEqual([k, [k]])
    expect(candidates(`${hex32} ${uuid},${hex32}`).map((m) => m.format.id)).toEqual(['hex32', 'uuid', 'hex32'])
    expect(candidates(`a -${hex32} b x-${uuid} ${'-'.repeat(40)}${hex32}`)).toEqual([])
  })

  it('returns nothing for 5 MB of text without keys', () => {
    const line = 'commit 1f2e3d4c5b6a hash sk- uuid 1234-5678 const apiKey = process.env.KEY // token\n'
    const text = line.repeat(Math.ceil(5_000_000 / line.length))
    expect(candidates(text)).toEqual([])
  })
})

describe('ids inside URLs', () => {
  // Cloudflare AI Gateway URLs carry a 32-hex account id; profile links carry UUIDs.
  it('does not take a shared shape in a URL path for a key', () => {
    expect(judged(`BASE_URL=https://gateway.ai.cloudflare.com/v1/${hex32}/gw/openai\nOPENAI_API_KEY=\n`)).toEqual([undefined])
    expect(judged(`thanks to [@someone](https://m.example.com/users/${uuid}) for the OpenAI( key`)).toEqual([undefined])
  })
})

describe('the search for LLM sites', () => {
  /** The catalog, counting the host lookups the site search makes (one per URL it reads). */
  const counting = () => {
    const count = { lookups: 0 }
    return { count, catalog: { ...catalog, byHost: (host: string) => (count.lookups++, catalog.byHost(host)) } }
  }
  const hosts = 'see https://api.openai.com/v1 and https://api.deepseek.com\n'.repeat(40)

  it('is not run on a text without candidates, whatever hosts it holds', () => {
    const { count, catalog: counted } = counting()
    expect(keyMatches(hosts, counted)).toEqual([])
    expect(count.lookups).toBe(0)
  })

  it('is not run for a candidate its name already decides', () => {
    const { count, catalog: counted } = counting()
    expect(keyMatches(`${hosts}DEEPSEEK_API_KEY=${fakeKeys.deepseek()}\n`, counted).map((m) => m.provider.id)).toEqual(['deepseek'])
    expect(count.lookups).toBe(0)
  })

  it('is run around a candidate that needs it', () => {
    const { count, catalog: counted } = counting()
    expect(keyMatches(`${hosts}key = "${hex32}"\n`, counted)).toHaveLength(1)
    expect(count.lookups).toBeGreaterThan(0)
  })
})
