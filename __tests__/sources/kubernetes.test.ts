import { beforeAll, describe, it, expect } from '@jest/globals'
import { kubernetesParser } from '../../src/sources/kubernetes.js'
import { chooseParser, kindsFor, loadParsers } from '../../src/sources/index.js'
import { analyzeFile } from '../../src/engine/analyze.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const parse = (text: string, path = 'k8s/app.yaml') => kubernetesParser.parse({ path, text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('kubernetesParser: found by content', () => {
  it('claims no name, and YAML with top-level apiVersion and kind by content', () => {
    expect(isClaimedBy('kubernetes', 'k8s/deployment.yaml')).toBe(false)
    const manifest = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web')
    expect(chooseParser('k8s/deployment.yaml', manifest)).toEqual({ parser: kubernetesParser, matchedBy: 'content' })
    expect(chooseParser('k8s/notes.yaml', lines('kind: note', 'text: hi'))).toBeUndefined()
    // A Helm chart template is not YAML until rendered.
    const template = lines('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: {{ include "chart.fullname" . }}')
    expect(chooseParser('chart/templates/deployment.yaml', template)).toBeUndefined()
    // Only YAML is sniffed: a JSON or text file with the same lines is read for keys only.
    expect(chooseParser('k8s/deployment.txt', manifest)).toBeUndefined()
  })
})

describe('a manifest under a name claimed for another kind', () => {
  // alecsg77/elysium@712e35af apps/base/librechat/librechat.yaml: a Flux HelmRepository and HelmRelease, not LibreChat's config.
  const flux = lines(
    '---',
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: HelmRepository',
    'metadata:',
    '  name: librechat',
    'spec:',
    '  url: oci://ghcr.io/danny-avila/librechat-chart',
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: librechat',
    'spec:',
    '  values:',
    '    librechat:',
    '      existingConfigYaml: librechat-config'
  )

  it('reads a librechat.yaml that is a Kubernetes manifest as Kubernetes, found by content, with no parse error', () => {
    const path = 'apps/base/librechat/librechat.yaml'
    expect([...kindsFor([path])]).toEqual(['librechat', 'kubernetes'])
    expect(chooseParser(path, flux)).toEqual({ parser: kubernetesParser, matchedBy: 'content' })
    const facts = analyzeFile({ path, text: flux }, createCatalog())
    expect([facts.kind, facts.matchedBy, facts.diagnostics]).toEqual(['kubernetes', 'content', []])
  })

  it('keeps the name where the content is its own: LibreChat config, a compose file, a templated manifest', () => {
    const config = lines('version: 1.2.1', 'endpoints:', '  custom:', '    - name: x', '      baseURL: https://api.example.com/v1')
    expect(chooseParser('librechat.yaml', config)?.parser.kind).toBe('librechat')
    expect(chooseParser('docker-compose.yml', lines('services:', '  app:', '    image: x'))?.parser.kind).toBe('compose')
    expect(chooseParser('compose.yaml', flux)?.parser.kind).toBe('kubernetes')
    expect(chooseParser('render.yaml', flux)?.parser.kind).toBe('kubernetes')
    expect(chooseParser('librechat.yaml', flux.replace('name: librechat', 'name: {{ .Release.Name }}'))?.parser.kind).toBe('librechat')
  })

  it('keeps the kinds whose place or format says what reads them: workflows, GitLab CI, Continue, Helm values', () => {
    for (const [path, kind] of [
      ['.github/workflows/deploy.yml', 'workflow'],
      ['.gitlab-ci.yml', 'gitlab-ci'],
      ['.continue/config.yaml', 'continue'],
      ['chart/values.yaml', 'helm']
    ] as const) {
      expect([path, [...kindsFor([path])], chooseParser(path, flux)?.parser.kind]).toEqual([path, [kind], kind])
    }
  })
})

describe('workloads', () => {
  const key = fakeKeys.openaiProject()
  const text = lines(
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: chat',
    'spec:',
    '  template:',
    '    spec:',
    '      initContainers:',
    '        - name: migrate',
    '          image: busybox:1.36',
    '      containers:',
    '        - name: app',
    '          image: yidadaa/chatgpt-next-web:v2.15',
    '          env:',
    `            - name: OPENAI_API_KEY`,
    `              value: ${key}`,
    '            - name: BASE_URL',
    '              value: "https://api.rutaapi.com"',
    '            - name: CODE',
    '              valueFrom:',
    '                secretKeyRef:',
    '                  name: chat-secrets',
    '                  key: code',
    '            - value: orphan',
    '---',
    'apiVersion: batch/v1',
    'kind: CronJob',
    'metadata:',
    '  name: nightly',
    'spec:',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '            - name: job',
    '              image: ghcr.io/acme/job',
    '              env:',
    '                - name: OPENAI_BASE_URL',
    '                  value: https://api.openai.com/v1'
  )

  it('reads container env items with exact spans, one scope per container, across documents', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value, e.meta])).toEqual([
      ['k8s/app.yaml#Deployment/chat/app', 'OPENAI_API_KEY', key, undefined],
      ['k8s/app.yaml#Deployment/chat/app', 'BASE_URL', 'https://api.rutaapi.com', undefined],
      ['k8s/app.yaml#Deployment/chat/app', 'CODE', undefined, { valueFrom: 'secretKeyRef', from: 'chat-secrets/code' }],
      ['k8s/app.yaml#CronJob/nightly/job', 'OPENAI_BASE_URL', 'https://api.openai.com/v1', undefined]
    ])
    expect(entries[1]).toMatchObject({
      kind: 'kubernetes',
      path: ['Deployment/chat', 'app', 'env', 'BASE_URL'],
      keySpan: span(17, 21, 17, 29),
      valueSpan: span(18, 22, 18, 47),
      raw: '"https://api.rutaapi.com"',
      form: 'literal'
    })
  })

  it('gives each container image as a fingerprint of its scope', () => {
    expect(parse(text).fingerprints).toEqual([
      { type: 'docker-image', value: 'busybox', file: 'k8s/app.yaml', scope: 'k8s/app.yaml#Deployment/chat/migrate' },
      { type: 'docker-image', value: 'yidadaa/chatgpt-next-web', file: 'k8s/app.yaml', scope: 'k8s/app.yaml#Deployment/chat/app' },
      { type: 'docker-image', value: 'ghcr.io/acme/job', file: 'k8s/app.yaml', scope: 'k8s/app.yaml#CronJob/nightly/job' }
    ])
  })

  it('reads a bare Pod', () => {
    const pod = lines('apiVersion: v1', 'kind: Pod', 'metadata: {name: p}', 'spec:', '  containers:', '    - name: c', '      env: [{name: A, value: "1"}]')
    expect(parse(pod).entries.map((e) => [e.scope, e.key, e.value])).toEqual([['k8s/app.yaml#Pod/p/c', 'A', '1']])
  })
})

describe('ConfigMap data and Secret stringData', () => {
  it('reads each as a scope', () => {
    const key = fakeKeys.anthropic()
    const text = lines(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  name: llm',
      'data:',
      '  ANTHROPIC_BASE_URL: https://api.anthropic.com',
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: llm-keys',
      'stringData:',
      `  ANTHROPIC_API_KEY: ${key}`
    )
    const { entries } = parse(text)
    expect(entries.map((e) => [e.scope, e.path, e.value])).toEqual([
      ['k8s/app.yaml#ConfigMap/llm', ['ConfigMap/llm', 'data', 'ANTHROPIC_BASE_URL'], 'https://api.anthropic.com'],
      ['k8s/app.yaml#Secret/llm-keys', ['Secret/llm-keys', 'stringData', 'ANTHROPIC_API_KEY'], key]
    ])
    expect(entries[1]!.keySpan).toEqual(span(13, 3, 13, 20))
  })
})

describe('Secret data, decoded from base64 as Kubernetes does before a container reads it', () => {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  const key = fakeKeys.openaiProject('k8s-data')

  it('gives the decoded text, a literal, with the base64 token as written for its raw text and span', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: llm}',
      'data:',
      `  OPENAI_API_KEY: ${b64(key)}`,
      `  OPENAI_BASE_URL: "${b64('https://api.openai.com/v1')}"`,
      `  TEMPLATE: ${b64('${NOT_EXPANDED}')}`
    )
    const { entries } = parse(text)
    expect(entries.map((e) => [e.path, e.value, e.form, e.meta])).toEqual([
      [['Secret/llm', 'data', 'OPENAI_API_KEY'], key, 'literal', { base64: true }],
      [['Secret/llm', 'data', 'OPENAI_BASE_URL'], 'https://api.openai.com/v1', 'literal', { base64: true }],
      [['Secret/llm', 'data', 'TEMPLATE'], '${NOT_EXPANDED}', 'literal', { base64: true }]
    ])
    expect(entries[0]).toMatchObject({ scope: 'k8s/app.yaml#Secret/llm', raw: b64(key), valueSpan: span(5, 19, 5, 19 + b64(key).length) })
    const quoted = `"${b64('https://api.openai.com/v1')}"`
    expect(entries[1]).toMatchObject({ raw: quoted, valueSpan: span(6, 20, 6, 20 + quoted.length) })
  })

  it('leaves what is not strictly base64 of text: plain text, binary, control characters, bad padding, null', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: odd}',
      'data:',
      '  PLAIN: not base64 at all',
      `  BINARY: ${Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('base64')}`,
      `  CONTROL: ${b64('a\u0007b')}`,
      '  UNPADDED: c2VjcmV0Mg',
      '  LOOSE_BITS: QR==',
      '  EMPTY_NAME:',
      '  NESTED: {a: b}',
      `  MULTILINE: ${b64('A=1\nB=2\n')}`
    )
    expect(parse(text).entries.map((e) => [e.key, e.value])).toEqual([['MULTILINE', 'A=1\nB=2\n']])
  })

  it('lets stringData win over data for the same key, as Kubernetes does', () => {
    const text = lines('apiVersion: v1', 'kind: Secret', 'metadata: {name: s}', 'stringData:', '  A: plain', 'data:', `  A: ${b64('encoded')}`, `  B: ${b64('other')}`)
    expect(parse(text).entries.map((e) => [e.path, e.value])).toEqual([
      [['Secret/s', 'stringData', 'A'], 'plain'],
      [['Secret/s', 'data', 'B'], 'other']
    ])
  })

  it('keeps the base64 flag on a container entry that reads the value through valueFrom or envFrom', () => {
    const text = lines(
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: keys}',
      'data:',
      `  api-key: ${b64(key)}`,
      `  OPENAI_BASE_URL: ${b64('https://api.openai.com/v1')}`,
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: chat}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      envFrom: [{secretRef: {name: keys}}]',
      '      env:',
      '        - name: OPENAI_API_KEY',
      '          valueFrom: {secretKeyRef: {name: keys, key: api-key}}'
    )
    expect(parse(text).entries.map((e) => [e.scope, e.key, e.value, e.meta])).toEqual([
      ['k8s/app.yaml#Pod/chat/app', 'api-key', key, { base64: true }],
      ['k8s/app.yaml#Pod/chat/app', 'OPENAI_BASE_URL', 'https://api.openai.com/v1', { base64: true }],
      ['k8s/app.yaml#Pod/chat/app', 'OPENAI_API_KEY', key, { valueFrom: 'secretKeyRef', from: 'keys/api-key', base64: true }]
    ])
  })
})

describe('Secrets and ConfigMaps read by a container of the same file', () => {
  const key = fakeKeys.gateway('k8s-link')
  const text = lines(
    'apiVersion: v1',
    'kind: Secret',
    'metadata: {name: keys}',
    'stringData:',
    `  api-key: ${key}`,
    '  unused: x',
    '---',
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata: {name: urls}',
    'data:',
    '  BASE_URL: https://api.rutaapi.com',
    '  SHARED: y',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: chat}',
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: web',
    '          envFrom:',
    '            - configMapRef: {name: urls}',
    '              prefix: APP_',
    '          env:',
    '            - name: OPENAI_API_KEY',
    '              valueFrom: {secretKeyRef: {name: keys, key: api-key}}',
    '            - name: ELSEWHERE',
    '              valueFrom: {secretKeyRef: {name: other-file, key: k}}',
    '        - name: sidecar',
    '          env:',
    '            - name: SHARED',
    '              valueFrom: {configMapKeyRef: {name: urls, key: SHARED}}',
    '            - name: ALSO_SHARED',
    '              valueFrom: {configMapKeyRef: {name: urls, key: SHARED}}'
  )

  it('files a key one container reads under that container, with the value where it is written', () => {
    const { entries } = parse(text)
    expect(entries.map((e) => [e.scope, e.key, e.value])).toEqual([
      ['k8s/app.yaml#Deployment/chat/web', 'APP_BASE_URL', 'https://api.rutaapi.com'],
      ['k8s/app.yaml#Deployment/chat/web', 'OPENAI_API_KEY', key],
      ['k8s/app.yaml#Deployment/chat/web', 'ELSEWHERE', undefined],
      ['k8s/app.yaml#Deployment/chat/sidecar', 'SHARED', undefined],
      ['k8s/app.yaml#Deployment/chat/sidecar', 'ALSO_SHARED', undefined],
      ['k8s/app.yaml#Secret/keys', 'unused', 'x'],
      ['k8s/app.yaml#ConfigMap/urls', 'SHARED', 'y']
    ])
    const apiKey = entries[1]!
    expect(apiKey).toMatchObject({ keySpan: span(27, 21, 27, 35), valueSpan: span(5, 12, 5, 12 + key.length), form: 'literal' })
    expect(apiKey.meta).toEqual({ valueFrom: 'secretKeyRef', from: 'keys/api-key' })
    expect(entries[0]!.path).toEqual(['Deployment/chat', 'web', 'envFrom', 'ConfigMap/urls', 'BASE_URL'])
  })
})

describe('bad input', () => {
  it('never throws: empty files, lists where maps belong, malformed YAML', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    expect(parse('---\n---\n')).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    const shapes = lines('apiVersion: v1', 'kind: Pod', 'spec:', '  containers: {a: 1}', '---', 'kind: ConfigMap', 'data: [a, b]', '---', '- kind', '---', 'kind: [x]')
    expect(parse(shapes)).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    const env = lines('kind: Pod', 'spec:', '  containers:', '    - name: c', '      env: {A: 1}', '    - env: [a, {name: [x]}, {name: B, value: {x: 1}}]')
    expect(parse(env).entries.map((e) => [e.scope, e.key, e.value])).toEqual([['k8s/app.yaml#Pod//1', 'B', undefined]])
    const broken = parse(lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  A: "unterminated'))
    expect(broken.diagnostics.length).toBeGreaterThan(0)
    expect(broken.diagnostics[0]!.message).toMatch(/Missing closing "quote/)
  })
})
