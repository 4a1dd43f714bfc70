import { beforeAll, describe, expect, it } from '@jest/globals'
import { cleanDetail, createRedactor, knownSecrets, maskSecret, maskStraySecrets, redactAll, scrubKey, scrubSecrets, secretLikeTokens } from '../../src/core/redact.js'
import { analyzeFile } from '../../src/engine/analyze.js'
import { loadParsers } from '../../src/sources/index.js'
import type { ProbeSummary } from '../../src/probes/types.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { body, fakeKeys } from '../helpers/keys.js'

describe('maskSecret', () => {
  it('keeps the known prefix and the last 4 characters only', () => {
    const key = fakeKeys.anthropic()
    expect(maskSecret(key)).toBe(`sk-ant-api03-…${key.slice(-4)}`)
    expect(maskSecret(fakeKeys.openaiProject())).toMatch(/^sk-proj-….{4}$/)
    expect(maskSecret(fakeKeys.google())).toMatch(/^AIza….{4}$/)
  })

  it('shows no prefix for opaque values and nothing of short ones', () => {
    const opaque = fakeKeys.opaque()
    expect(maskSecret(opaque)).toBe(`…${opaque.slice(-4)}`)
    expect(maskSecret('hunter2-pass')).toBe('…')
  })
})

describe('scrubSecrets', () => {
  it('masks every occurrence and leaves the rest', () => {
    const key = fakeKeys.groq()
    expect(scrubSecrets(`a ${key} b ${key}`, [key])).toBe(`a gsk_…${key.slice(-4)} b gsk_…${key.slice(-4)}`)
  })
})

describe('maskStraySecrets', () => {
  const catalog = createCatalog()

  it('masks keys of shared formats behind a known prefix, which the text scan skips', () => {
    const gateway = fakeKeys.gateway()
    const deepseek = fakeKeys.deepseek()
    const text = `put -all first ("-all,+${gateway}") and https://api.rutaapi.com/${deepseek}/v1`
    expect(maskStraySecrets(text, catalog)).toBe(`put -all first ("-all,+sk-…${gateway.slice(-4)}") and https://api.rutaapi.com/sk-…${deepseek.slice(-4)}/v1`)
  })

  it('masks credential query values and URL passwords, and keeps the rest of the URL', () => {
    const opaque = fakeKeys.opaque()
    expect(maskStraySecrets(`https://x.example/v1?api-key=${opaque}&v=2`, catalog)).toBe(`https://x.example/v1?api-key=…${opaque.slice(-4)}&v=2`)
    expect(maskStraySecrets(`https://u:${opaque}@x.example/v1`, catalog)).toBe('https://u:…@x.example/v1')
  })

  it('leaves prefix-less ids, masked keys and ordinary text alone', () => {
    const account = body(32, '0123456789abcdef', 'cf-account')
    const text = `https://gateway.ai.cloudflare.com/v1/${account}/gw/openai uses sk-…x7Qa for gpt-4o-mini`
    expect(maskStraySecrets(text, catalog)).toBe(text)
  })
})

describe('secretLikeTokens', () => {
  it('finds random-looking tokens with or without a prefix, and nothing in plain words', () => {
    const opaque = fakeKeys.opaque()
    const gateway = fakeKeys.gateway()
    expect(secretLikeTokens(`ENV: no "=" in "${opaque}" or ${gateway}`, createCatalog())).toEqual([gateway, opaque])
    expect(secretLikeTokens('Block scalar header includes extra characters: |literal-text-here', createCatalog())).toEqual([])
  })
})

const probeKey = fakeKeys.openaiProject()

describe('scrubKey (provider text from live probes)', () => {
  it('removes the whole key', () => {
    expect(scrubKey(`got ${probeKey} here`, probeKey)).toBe('got [key redacted] here')
  })

  it('removes any run of 8 or more of its characters', () => {
    const out = scrubKey(`Received API Key = ${probeKey.slice(5, 30)}, Key Hash`, probeKey)
    expect(out).toBe('Received API Key = [key redacted], Key Hash')
    expect(out).not.toContain(probeKey.slice(10, 18))
  })

  it('removes masked echoes: sk-proj-****abcd, [sk-abc***xyz], sk-...wxyz, xa***', () => {
    const gw = fakeKeys.gateway()
    expect(scrubKey(`Incorrect API key provided: sk-proj-****${probeKey.slice(-4)}. You can find`, probeKey)).toBe('Incorrect API key provided: [key redacted]. You can find')
    expect(scrubKey(`[${gw.slice(0, 6)}***${gw.slice(-3)}] 该令牌额度已用尽`, gw)).toBe('[[key redacted]] 该令牌额度已用尽')
    expect(scrubKey('Received API Key = sk-...wxyz, Key Hash', probeKey)).toBe('Received API Key = [key redacted], Key Hash')
    expect(scrubKey('Incorrect API key provided: xa***. You can', probeKey)).toBe('Incorrect API key provided: [key redacted]. You can')
  })

  it('leaves ordinary text alone', () => {
    const text = 'The model `gpt-4o` does not exist... Please try again (request id: 2026).'
    expect(scrubKey(text, probeKey)).toBe(text)
  })
})

describe('cleanDetail (provider text from live probes)', () => {
  it('makes one scrubbed line of at most max characters', () => {
    const out = cleanDetail(`line one\n\tline\u0007 two ${probeKey} ${'x'.repeat(300)}`, probeKey, 60)
    expect(out).toMatch(/^line one line two \[key redacted\] x+…$/)
    expect(out).toHaveLength(60)
  })
})

describe('probe text through the one redaction', () => {
  it('masks a key in a probe summary as in any other report field, after the scrubber', () => {
    const catalog = createCatalog()
    const summary: ProbeSummary = {
      name: 'OPENAI_API_KEY',
      file: '.env',
      key: maskSecret(probeKey),
      baseUrl: 'https://api.example.test',
      outcome: 'rejected',
      checks: [{ rule: 'probe-key', outcome: 'rejected', explanation: cleanDetail(`rejected ${probeKey.slice(0, 12)}…`, probeKey), nextStep: `set ${probeKey} again` }]
    }
    const shown = JSON.stringify(redactAll(summary, createRedactor([probeKey], catalog)))
    expect(shown).not.toContain(probeKey.slice(8, 20))
    expect(shown).toContain(`set ${maskSecret(probeKey)} again`)
  })
})

describe('the redactor over a report', () => {
  it('masks each distinct string once, however often the report repeats it', () => {
    const catalog = createCatalog()
    let scans = 0
    // The catalog's text scan runs once per masking of a string: counting it counts the strings masked.
    const counted = Object.assign(Object.create(catalog) as typeof catalog, {
      scanText: (text: string) => {
        scans++
        return catalog.scanText(text)
      }
    })
    const key = fakeKeys.groq()
    const findings = Array.from({ length: 500 }, (_, i) => ({ file: 'app/.env', message: `key ${key} in app/.env`, line: i, tags: ['llm-key', 'tree'] }))
    const redact = createRedactor([key], counted)
    const shown = redactAll({ findings, notices: ['app/.env was not scanned'] }, redact)
    expect(scans).toBe(5)
    expect(shown.findings[499]).toEqual({ file: 'app/.env', message: `key gsk_…${key.slice(-4)} in app/.env`, line: 499, tags: ['llm-key', 'tree'] })
    expect(JSON.stringify(shown)).not.toContain(key)
  })

  it('masks as a full copy would, sharing only the plain parts in which nothing changed', () => {
    const key = fakeKeys.groq()
    const redact = createRedactor([key], createCatalog())
    /** Every string masked into a fresh plain copy: what the masking must still give. */
    const copyAll = (value: unknown): unknown =>
      typeof value === 'string'
        ? redact(value)
        : Array.isArray(value)
          ? value.map(copyAll)
          : value === null || typeof value !== 'object'
            ? value
            : Object.fromEntries(Object.keys(value).map((k) => [k, copyAll((value as Record<string, unknown>)[k])]))
    const clean = { file: 'app/.env', rows: [{ keyName: 'OPENAI_API_KEY', baseUrl: 'https://api.openai.com/v1' }], count: 3, none: null }
    const leaky = { file: 'app/.env', rows: [{ keyName: 'GROQ_API_KEY' }, { keyName: 'X', baseUrl: `https://h.example/?k=${key}` }], tags: ['a', key] }
    const dated = { at: new Date(0), label: 'x' }
    const report = { scopes: [clean, leaky], dated, notices: ['n'] }
    const shown = redactAll(report, redact)
    expect(JSON.stringify(shown)).toBe(JSON.stringify(copyAll(report)))
    expect(JSON.stringify(shown)).not.toContain(key)
    expect(shown.scopes[0]).toBe(clean)
    expect(shown.scopes[1]).not.toBe(leaky)
    expect(shown.scopes[1]!.rows[0]).toBe(leaky.rows[0])
    expect(shown.notices).toBe(report.notices)
    // Not a plain object: copied as any object always was, never shared.
    expect(shown.dated.at).not.toBe(dated.at)
    expect(leaky.tags[1]).toBe(key)
  })

  it('finds a known secret in any letter case among many whose tails share their first and last characters', () => {
    const key = fakeKeys.opaque()
    // Same first and last characters of the last 8, so the end-character filter lets every one through to the lookup.
    const others = Array.from({ length: 50 }, (_, i) => `${key.slice(0, -7)}${String(i).padStart(6, '0')}${key.slice(-1)}`)
    const redact = createRedactor([...others, key], createCatalog())
    expect(redact(`A=${key.toUpperCase()};`)).toBe(`A=…${key.slice(-4)};`)
    expect(redact(`B=${others[7]!}`)).toBe(`B=…${others[7]!.slice(-4)}`)
  })
})

describe('knownSecrets', () => {
  beforeAll(() => loadParsers())
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

  it("knows the base64 text of every value a Secret's data holds, and the decoded text under a credential's name", () => {
    const catalog = createCatalog()
    const key = fakeKeys.openaiProject('known-b64')
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: s}',
      'data:',
      `  OPENAI_API_KEY: ${b64(key)}`,
      `  DB_PASSWORD: ${b64('hunter2!')}`,
      `  DB_USER: ${b64('librechat')}`,
      `  AUTH_ENABLED: ${b64('true')}`,
      ''
    ].join('\n')
    const secrets = knownSecrets([analyzeFile({ path: 'k8s/s.yaml', text }, catalog)], catalog)
    expect(secrets).toEqual(expect.arrayContaining([key, b64(key), 'hunter2!', b64('hunter2!'), b64('librechat'), b64('true')]))
    // Plain words are not hunted through every report: a user name, and a flag too short to be a secret's body.
    expect(secrets).not.toContain('librechat')
    expect(secrets).not.toContain('true')
  })
})
