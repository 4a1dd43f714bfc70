import { describe, it, expect } from '@jest/globals'
import { helmParser } from '../../src/sources/helm.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'chart/values.yaml') => helmParser.parse({ path, text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('the helm claim', () => {
  it('accepts values files and their per-environment variants', () => {
    expect(['values.yaml', 'chart/values.yml', 'chart/values-prod.yaml', 'values.staging.yaml'].map((path) => isClaimedBy('helm', path))).toEqual([true, true, true, true])
    expect(['values.json', 'myvalues.yaml', 'values.yaml.bak'].map((path) => isClaimedBy('helm', path))).toEqual([false, false, false])
  })
})

describe('env blocks', () => {
  const key = fakeKeys.gateway()
  const text = lines(
    'image:',
    '  repository: yidadaa/chatgpt-next-web',
    '  tag: v2.15',
    'env:',
    `  OPENAI_API_KEY: ${key}`,
    '  BASE_URL: https://api.rutaapi.com',
    'ui:',
    '  image:',
    '    registry: ghcr.io',
    '    repository: open-webui/open-webui',
    '  extraEnv:',
    '    - name: OPENAI_API_BASE_URL',
    '      value: https://api.rutaapi.com/v1',
    '    - name: OPENAI_API_KEY',
    '      valueFrom:',
    '        secretKeyRef: {name: ui, key: openai}',
    'worker:',
    '  image: acme/worker:1',
    '  extraEnvVars:',
    '    - name: MODEL',
    '      value: gpt-4o-mini',
    'other:',
    '  image: {repository: not/used}'
  )

  it('reads map and list forms, one scope per map that holds them', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value])).toEqual([
      ['chart/values.yaml', 'OPENAI_API_KEY', key],
      ['chart/values.yaml', 'BASE_URL', 'https://api.rutaapi.com'],
      ['chart/values.yaml#ui', 'OPENAI_API_BASE_URL', 'https://api.rutaapi.com/v1'],
      ['chart/values.yaml#ui', 'OPENAI_API_KEY', undefined],
      ['chart/values.yaml#worker', 'MODEL', 'gpt-4o-mini']
    ])
    expect(entries[1]).toMatchObject({ kind: 'helm', path: ['env', 'BASE_URL'], keySpan: span(6, 3, 6, 11), valueSpan: span(6, 13, 6, 36) })
    expect(entries[3]!.meta).toEqual({ valueFrom: 'secretKeyRef', from: 'ui/openai' })
  })

  it('gives the image beside each env block as a fingerprint of that scope', () => {
    expect(parse(text).fingerprints).toEqual([
      { type: 'docker-image', value: 'yidadaa/chatgpt-next-web', file: 'chart/values.yaml', scope: 'chart/values.yaml' },
      { type: 'docker-image', value: 'ghcr.io/open-webui/open-webui', file: 'chart/values.yaml', scope: 'chart/values.yaml#ui' },
      { type: 'docker-image', value: 'acme/worker', file: 'chart/values.yaml', scope: 'chart/values.yaml#worker' }
    ])
  })
})

describe('bad input', () => {
  it('never throws: empty, lists where maps belong, aliases to themselves, malformed YAML', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    expect(parse(lines('- env: {A: 1}', '- b'))).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    expect(parse(lines('env: just-text', 'image: [x]', 'extraEnv: {A: [1]}')).entries).toEqual([])
    const cycle = parse(lines('a: &a', '  env: {A: "1"}', '  self: *a'))
    expect(cycle.entries.map((e) => e.key)).toEqual(['A'])
    expect(parse('env:\n  A: "open\n').diagnostics.length).toBeGreaterThan(0)
  })
})
