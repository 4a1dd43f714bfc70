import { describe, it, expect } from '@jest/globals'
import { isPlaceholder, looksLikeSecret, shannonEntropy } from '../../src/providers/placeholders.js'
import { body, fakeKeys, type FakeKeyName } from '../helpers/keys.js'

const generators = Object.keys(fakeKeys) as FakeKeyName[]

describe('isPlaceholder', () => {
  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['gateway guide placeholder', 'YOUR_RUTAAPI_KEY'],
    ['kebab placeholder', 'your-api-key'],
    ['camel placeholder', 'YourApiKey'],
    ['prefixed placeholder', 'sk-your-key-here'],
    ['x run', 'sk-xxxx'],
    ['long x run', `sk-proj-${'x'.repeat(74)}`],
    ['short x body', 'sk-xxx'],
    ['prefix only', 'sk-'],
    ['project prefix only', 'sk-proj-'],
    ['angle brackets', '<api-key>'],
    ['angle brackets after a prefix', 'sk-<your key>'],
    ['square brackets', '[API_KEY]'],
    ['changeme', 'changeme'],
    ['replace-me', 'replace-me'],
    ['TODO', 'TODO'],
    ['shell reference', '${OPENAI_API_KEY}'],
    ['shell default', '${OPENAI_API_KEY:-sk-abc}'],
    ['bare shell reference', '$OPENAI_API_KEY'],
    ['workflow secret', '${{ secrets.OPENAI_API_KEY }}'],
    ['handlebars', '{{ openai_key }}'],
    ['windows variable', '%OPENAI_API_KEY%'],
    ['LibreChat sentinel', 'user_provided'],
    ['masked with dots', 'sk-...DTMA'],
    ['masked with an ellipsis', 'sk-…abcd'],
    ['masked with stars', 'sk-****abcd'],
    ['masked with bullets', 'sk-••••abcd'],
    ['repeated letter', 'aaaaaaaa'],
    ['repeated zeros', '0000000000000000'],
    ['repeated digit after a prefix', 'gsk_0000'],
    ['zero run inside', `sk-12ab000000cd${body(20, 'abcdef', 'z')}`],
    ['sequential letters', 'sk-abcdefghijklmnop'],
    ['sequential digits', `sk-${'1234567890abcdef'.repeat(2)}`],
    ['example inside', `sk-example${body(30, 'ABCDEF0123', 'e')}`],
    ['sample inside', 'mysamplekey123'],
    ['dummy', 'dummy-token'],
    ['test word', 'sk-test-123'],
    ['fake word', 'fake_key_for_tests'],
    ['placeholder', 'placeholder'],
    ['redacted', '[REDACTED]'],
    ['null', 'null'],
    ['none', 'None'],
    ['variable name as value', 'OPENAI_API_KEY'],
    ['the Firebase docs example key', ['AIza', 'Sy', 'abcdefghijklmnopqrstuvwxyz', '1234567'].join('')]
  ])('true for %s: %j', (_label, value) => {
    expect(isPlaceholder(value)).toBe(true)
  })

  it.each(generators)('false for every generated %s key (2,000 seeds)', (name) => {
    const placeholders: string[] = []
    for (let i = 0; i < 2000; i++) {
      const key = fakeKeys[name](`p${i}`)
      if (isPlaceholder(key)) placeholders.push(key)
    }
    expect(placeholders).toEqual([])
  })

  it.each([
    ['a base URL', 'https://api.rutaapi.com/v1'],
    ['a model name', 'gpt-4o-mini'],
    ['a short code', 'nk-7f3a'],
    ['a zhipu-shaped key', `${body(32, '0123456789abcdef', 'zp')}.${body(16, 'ABCDEFabcdef0123456789', 'zp2')}`]
  ])('false for %s: %j', (_label, value) => {
    expect(isPlaceholder(value)).toBe(false)
  })
})

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['ab', 1],
    ['abcd', 2],
    ['aabb', 1],
    ['0123456789abcdef', 4]
  ])('%j has %d bits per character', (value, bits) => {
    expect(shannonEntropy(value)).toBeCloseTo(bits, 10)
  })

  it('counts characters outside the BMP as one symbol', () => {
    expect(shannonEntropy('😀😀')).toBe(0)
  })
})

describe('looksLikeSecret', () => {
  it.each(['1', '2', '3', '4', '5', '6', '7', '8'])('true for an opaque 40-character key (seed %s)', (seed) => {
    expect(looksLikeSecret(fakeKeys.opaque(seed))).toBe(true)
  })

  it.each(['openaiProject', 'anthropic', 'openrouter', 'groq', 'xai', 'perplexity', 'huggingface', 'deepseek', 'gateway'] as const)(
    'true for a %s key',
    (name) => {
      expect(looksLikeSecret(fakeKeys[name]())).toBe(true)
    }
  )

  it('true for opaque values of other shapes', () => {
    expect(looksLikeSecret(body(32, '0123456789abcdef', 'azure'))).toBe(true)
    expect(looksLikeSecret(fakeKeys.opaque('short', 24))).toBe(true)
    expect(looksLikeSecret(`${fakeKeys.opaque('b64', 43)}=`)).toBe(true)
    expect(looksLikeSecret(`  ${fakeKeys.opaque()}  `)).toBe(true)
  })

  it('holds for nearly every generated opaque key', () => {
    let missed = 0
    for (let i = 0; i < 2000; i++) if (!looksLikeSecret(fakeKeys.opaque(`s${i}`))) missed++
    expect(missed).toBe(0)
  })

  it.each([
    ['empty', ''],
    ['too short', fakeKeys.opaque('1', 19)],
    ['a URL', 'https://api.rutaapi.com/v1/chat/completions'],
    ['a host', 'gateway.ai.cloudflare.com'],
    ['an absolute path', '/usr/local/lib/node_modules/openai/index.js'],
    ['a relative path', './config/secrets/production.json'],
    ['a home path', '~/.config/openai/credentials2024'],
    ['a dated model name', 'claude-3-5-sonnet-20241022'],
    ['a model name', 'gpt-4o-mini-2024-07-18'],
    ['a provider/model id', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'],
    ['a fireworks model id', 'accounts/fireworks/models/llama-v3p1-8b-instruct'],
    ['a camelCase identifier', 'getServerSideConfig2024Version'],
    ['a PascalCase identifier', 'DefaultModelProviderSettings'],
    ['a snake_case word list', 'my_super_secret_password_123'],
    ['lowercase words and digits', 'mysupersecretpasswordvalue123'],
    ['a variable name', 'OPENAI_API_KEY_FOR_PRODUCTION'],
    ['a UUID', '3f2b8c1e-9d4a-4f6b-8e2c-1a7d5b9c0e3f'],
    ['a nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['digits only', '12894756301928374650192837'],
    ['lowercase letters only', 'qwhdkzmxnbvclskdjfhgqpwoeiruty'],
    ['an ISO date', '2024-01-01T00:00:00.000Z'],
    ['a version', 'v1.2.3-beta.4+build.567.2024'],
    ['a docker image', 'ghcr.io/open-webui/open-webui:main'],
    ['a sentence', 'this is not a key at all, really'],
    ['a placeholder', 'your-api-key-here-please-replace'],
    ['x filler', `sk-${'x'.repeat(40)}`],
    ['sequential filler', 'abcdefghijklmnopqrstuvwxyz0123'],
    ['a workflow expression', '${{ secrets.OPENAI_API_KEY }}'],
    ['a masked key', `sk-...${fakeKeys.opaque('m', 4)}`],
    ['an email', 'someone.with.a.long.name@example.org']
  ])('false for %s', (_label, value) => {
    expect(looksLikeSecret(value)).toBe(false)
  })
})

describe('looksLikeSecret for keys of unknown providers', () => {
  const HEX = '0123456789abcdef'
  const uuid = (seed: string) => [body(8, HEX, `${seed}a`), body(4, HEX, `${seed}b`), `4${body(3, HEX, `${seed}c`)}`, `9${body(3, HEX, `${seed}d`)}`, body(12, HEX, `${seed}e`)].join('-')

  it('holds for nearly every lower-case-and-digit key', () => {
    let missed = 0
    for (let i = 0; i < 2000; i++) if (!looksLikeSecret(body(40, 'abcdefghijklmnopqrstuvwxyz0123456789', `ld${i}`))) missed++
    expect(missed).toBe(0)
  })

  it.each(['sk-lf-', 'gw-', 'sk_', 'key-'])('holds for %s + a UUID', (prefix) => {
    for (const seed of ['1', '2', '3']) expect(looksLikeSecret(`${prefix}${uuid(seed)}`)).toBe(true)
  })

  it.each([
    ['a bare UUID (an id as often as a key)', uuid('bare')],
    ['a prefixed nil UUID', 'sk-00000000-0000-0000-0000-000000000000'],
    ['a prefixed placeholder', 'gw-your-key-here-please'],
    ['lower-case words with digits', 'openaicompatiblegatewaykey2024'],
    ['a lower-case path-like name', 'models/text-embedding-3-large'],
    ['a reference', '${LLM_API_KEY:-changeme}'],
    ['a masked lower-case key', `sk-…${body(4, 'abcdefghijklmnopqrstuvwxyz0123456789', 'm')}`]
  ])('false for %s', (_label, value) => {
    expect(looksLikeSecret(value)).toBe(false)
  })
})
