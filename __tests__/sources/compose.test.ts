import { describe, it, expect } from '@jest/globals'
import { composeParser } from '../../src/sources/compose.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = 'docker-compose.yml') => composeParser.parse({ path, text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('composeParser.matches', () => {
  it('accepts compose file names in any folder', () => {
    for (const path of ['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml', 'deploy/docker-compose.prod.yml', 'compose.override.yaml']) {
      expect([path, isClaimedBy('compose', path)]).toEqual([path, true])
    }
  })

  it('accepts other names compose files go by: deploy-compose.yml, *.compose.yml, swarm stack files', () => {
    for (const path of ['deploy-compose.yml', 'my-compose.yml', 'infra/app.compose.yml', 'stack.yml', 'docker-stack.yml', 'deploy/docker-stack.prod.yaml']) {
      expect([path, isClaimedBy('compose', path)]).toEqual([path, true])
    }
  })

  it('rejects other YAML files', () => {
    for (const path of ['docker-compose.yml.bak', 'composer.yml', 'compose/app.yml', '.github/workflows/compose.txt', 'stack.yaml', 'haskell-stack.yml']) {
      expect([path, isClaimedBy('compose', path)]).toEqual([path, false])
    }
  })
})

describe('environment in map form', () => {
  const key = fakeKeys.openaiProject()
  const text = lines(
    'services:',
    '  chatgpt-next-web:',
    '    image: yidadaa/chatgpt-next-web',
    '    environment:',
    `      OPENAI_API_KEY: ${key}`,
    "      BASE_URL: 'https://api.example.com'",
    '      PORT: 3000',
    '      HIDE_USER_API_KEY: true',
    '      CODE:',
    '      PROXY_URL: null'
  )

  it('reads every variable with exact spans; YAML quotes are removed', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    const scope = 'docker-compose.yml#services.chatgpt-next-web'
    const path = (k: string) => ['services', 'chatgpt-next-web', 'environment', k]
    expect(entries).toEqual([
      { file: 'docker-compose.yml', kind: 'compose', scope, path: path('OPENAI_API_KEY'), key: 'OPENAI_API_KEY', keySpan: span(5, 7, 5, 21), value: key, valueSpan: span(5, 23, 5, 23 + key.length), raw: key, form: 'literal' },
      { file: 'docker-compose.yml', kind: 'compose', scope, path: path('BASE_URL'), key: 'BASE_URL', keySpan: span(6, 7, 6, 15), value: 'https://api.example.com', valueSpan: span(6, 17, 6, 42), raw: "'https://api.example.com'", form: 'literal' },
      { file: 'docker-compose.yml', kind: 'compose', scope, path: path('PORT'), key: 'PORT', keySpan: span(7, 7, 7, 11), value: '3000', valueSpan: span(7, 13, 7, 17), raw: '3000', form: 'literal' },
      { file: 'docker-compose.yml', kind: 'compose', scope, path: path('HIDE_USER_API_KEY'), key: 'HIDE_USER_API_KEY', keySpan: span(8, 7, 8, 24), value: 'true', valueSpan: span(8, 26, 8, 30), raw: 'true', form: 'literal' },
      { file: 'docker-compose.yml', kind: 'compose', scope, path: path('CODE'), key: 'CODE', keySpan: span(9, 7, 9, 11), form: 'literal' },
      { file: 'docker-compose.yml', kind: 'compose', scope, path: path('PROXY_URL'), key: 'PROXY_URL', keySpan: span(10, 7, 10, 16), form: 'literal' }
    ])
  })

  it('gives the same positions with CRLF line ends and a BOM', () => {
    const lf = parse(text).entries
    expect(parse(text.replace(/\n/g, '\r\n')).entries).toEqual(lf)
    const bom = parse('\uFEFF' + text).entries
    expect(bom.map((e) => [e.keySpan, e.valueSpan])).toEqual(lf.map((e) => [e.keySpan, e.valueSpan]))
  })
})

describe('environment in list form', () => {
  const text = lines(
    'services:',
    '  app:',
    '    environment:',
    '      - BASE_URL="https://x.example/v1"',
    '      - "OPENAI_BASE_URL=https://y.example"',
    '      - CODE',
    '      - EMPTY=',
    "      - 'QUOTED=a \"b\"'",
    '      - =nokey'
  )

  it('keeps quotes that are part of the item, removes YAML quoting of the whole item', () => {
    const { entries } = parse(text)
    expect(entries.map((e) => [e.key, e.value, e.raw, e.meta])).toEqual([
      ['BASE_URL', '"https://x.example/v1"', '"https://x.example/v1"', { listForm: true }],
      ['OPENAI_BASE_URL', 'https://y.example', 'https://y.example', { listForm: true }],
      ['CODE', undefined, undefined, { listForm: true }],
      ['EMPTY', '', '', { listForm: true }],
      ['QUOTED', 'a "b"', 'a "b"', { listForm: true }]
    ])
  })

  it('places key and value inside the item, quoted or not', () => {
    const { entries } = parse(text)
    expect(entries.map((e) => [e.key, e.keySpan, e.valueSpan])).toEqual([
      ['BASE_URL', span(4, 9, 4, 17), span(4, 18, 4, 40)],
      ['OPENAI_BASE_URL', span(5, 10, 5, 25), span(5, 26, 5, 43)],
      ['CODE', span(6, 9, 6, 13), undefined],
      ['EMPTY', span(7, 9, 7, 14), span(7, 15, 7, 15)],
      ['QUOTED', span(8, 10, 8, 16), span(8, 17, 8, 22)]
    ])
    expect(entries[0]!.path).toEqual(['services', 'app', 'environment', 'BASE_URL'])
  })
})

describe('interpolation', () => {
  it('classifies references, defaults and templates, and unescapes $$', () => {
    const text = lines(
      'services:',
      '  app:',
      '    environment:',
      '      OPENAI_API_KEY: ${OPENAI_API_KEY}',
      '      BASE_URL: ${BASE_URL:-https://api.example.com}',
      '      PROXY: http://${HOST}:8080',
      '      PASSWORD: pa$$word',
      '      LITERAL_REF: $${NOT_A_VAR}'
    )
    const { entries } = parse(text)
    expect(entries.map((e) => [e.key, e.value, e.raw, e.form, e.ref])).toEqual([
      ['OPENAI_API_KEY', '${OPENAI_API_KEY}', '${OPENAI_API_KEY}', 'reference', { context: 'shell', name: 'OPENAI_API_KEY' }],
      ['BASE_URL', '${BASE_URL:-https://api.example.com}', '${BASE_URL:-https://api.example.com}', 'reference', { context: 'shell', name: 'BASE_URL', fallback: 'https://api.example.com' }],
      ['PROXY', 'http://${HOST}:8080', 'http://${HOST}:8080', 'template', undefined],
      ['PASSWORD', 'pa$word', 'pa$$word', 'literal', undefined],
      ['LITERAL_REF', '${NOT_A_VAR}', '$${NOT_A_VAR}', 'literal', undefined]
    ])
  })

  it('applies the same rules in list form', () => {
    const { entries } = parse(lines('services:', '  app:', '    environment:', '      - KEY=${KEY:?required}', '      - PW=a$$b'))
    expect(entries.map((e) => [e.key, e.value, e.form, e.ref])).toEqual([
      ['KEY', '${KEY:?required}', 'reference', { context: 'shell', name: 'KEY' }],
      ['PW', 'a$b', 'literal', undefined]
    ])
  })
})

describe('env_file', () => {
  it('reads a string, a list and a list of { path, required }, relative to the compose folder', () => {
    const text = lines(
      'services:',
      '  a:',
      '    env_file: .env',
      '  b:',
      '    env_file:',
      '      - ./common.env',
      '      - ../shared/.env.local',
      '  c:',
      '    env_file:',
      '      - path: ./c.env',
      '        required: false',
      '      - path: /etc/app.env',
      '      - required: true'
    )
    const { envFiles, entries } = parse(text, 'deploy/docker-compose.yml')
    expect(entries).toEqual([])
    expect(envFiles).toEqual([
      { scope: 'deploy/docker-compose.yml#services.a', path: 'deploy/.env', span: span(3, 15, 3, 19) },
      { scope: 'deploy/docker-compose.yml#services.b', path: 'deploy/common.env', span: span(6, 9, 6, 21) },
      { scope: 'deploy/docker-compose.yml#services.b', path: 'shared/.env.local', span: span(7, 9, 7, 29) },
      { scope: 'deploy/docker-compose.yml#services.c', path: 'deploy/c.env', span: span(10, 15, 10, 22) },
      { scope: 'deploy/docker-compose.yml#services.c', path: '/etc/app.env', span: span(12, 15, 12, 27) }
    ])
  })

  it('resolves a root compose file against the root', () => {
    expect(parse(lines('services:', '  a:', '    env_file: ["./.env", "sub\\\\x.env"]')).envFiles?.map((f) => f.path)).toEqual(['.env', 'sub/x.env'])
  })
})

describe('anchors, aliases and merge keys', () => {
  const text = lines(
    'x-env: &env',
    '  BASE_URL: https://api.example.com',
    '  OPENAI_API_KEY: ${OPENAI_API_KEY}',
    'x-base: &base',
    '  image: app',
    '  environment:',
    '    FROM_BASE: "1"',
    'services:',
    '  whole:',
    '    environment: *env',
    '  merged:',
    '    environment:',
    '      <<: *env',
    '      BASE_URL: https://override.example',
    '  inherited:',
    '    <<: *base'
  )

  it('gives each service the aliased entries, positioned at the anchor definition', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value, e.keySpan.start.line, e.valueSpan?.start])).toEqual([
      ['docker-compose.yml#services.whole', 'BASE_URL', 'https://api.example.com', 2, { line: 2, column: 13 }],
      ['docker-compose.yml#services.whole', 'OPENAI_API_KEY', '${OPENAI_API_KEY}', 3, { line: 3, column: 19 }],
      ['docker-compose.yml#services.merged', 'BASE_URL', 'https://override.example', 14, { line: 14, column: 17 }],
      ['docker-compose.yml#services.merged', 'OPENAI_API_KEY', '${OPENAI_API_KEY}', 3, { line: 3, column: 19 }],
      ['docker-compose.yml#services.inherited', 'FROM_BASE', '1', 7, { line: 7, column: 16 }]
    ])
    expect(entries[1]!.path).toEqual(['services', 'whole', 'environment', 'OPENAI_API_KEY'])
  })
})

describe('build args', () => {
  it('reads map and list forms with buildArg meta', () => {
    const text = lines(
      'services:',
      '  a:',
      '    build:',
      '      context: .',
      '      args:',
      '        BASE_URL: https://x.example',
      '  b:',
      '    build:',
      '      args:',
      '        - OPENAI_API_KEY=${KEY}',
      '  c:',
      '    build: ./c'
    )
    const { entries } = parse(text)
    expect(entries).toEqual([
      {
        file: 'docker-compose.yml',
        kind: 'compose',
        scope: 'docker-compose.yml#services.a',
        path: ['services', 'a', 'build', 'args', 'BASE_URL'],
        key: 'BASE_URL',
        keySpan: span(6, 9, 6, 17),
        value: 'https://x.example',
        valueSpan: span(6, 19, 6, 36),
        raw: 'https://x.example',
        form: 'literal',
        meta: { buildArg: true }
      },
      {
        file: 'docker-compose.yml',
        kind: 'compose',
        scope: 'docker-compose.yml#services.b',
        path: ['services', 'b', 'build', 'args', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(10, 11, 10, 25),
        value: '${KEY}',
        valueSpan: span(10, 26, 10, 32),
        raw: '${KEY}',
        form: 'reference',
        ref: { context: 'shell', name: 'KEY' },
        meta: { buildArg: true, listForm: true }
      }
    ])
  })
})

describe('bad input', () => {
  it('reports malformed YAML and keeps the entries it could read', () => {
    const text = lines('services:', '  app:', '    environment:', '      GOOD: yes', '     BAD: [unclosed')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics.length).toBeGreaterThan(0)
    expect(diagnostics[0]!.span.start.line).toBe(5)
    expect(entries.map((e) => [e.key, e.value])).toEqual([['GOOD', 'yes']])
  })

  it('ignores shapes that are not compose', () => {
    for (const text of ['', '- a\n- b\n', 'services: 3\n', 'services:\n  a: 1\n  b:\n    environment: just-a-string\n']) {
      expect(parse(text)).toEqual({ entries: [], diagnostics: [], envFiles: [], fingerprints: [] })
    }
  })

  it('skips list items that are not strings and map values that are collections', () => {
    const text = lines('services:', '  a:', '    environment:', '      - {K: V}', '      - [x]', '      - OK=1', '  b:', '    environment:', '      NESTED: {x: 1}', '      OK: 2')
    expect(parse(text).entries.map((e) => [e.scope, e.key, e.value])).toEqual([
      ['docker-compose.yml#services.a', 'OK', '1'],
      ['docker-compose.yml#services.b', 'OK', '2']
    ])
  })
})

describe('composeParser.sniff (YAML no name claims)', () => {
  it('recognises a top-level services: whose services have image: or build:', () => {
    expect(composeParser.sniff!(lines('services:', '  web:', '    image: nginx'))).toBe(true)
    expect(composeParser.sniff!(lines('version: "3"', 'services:  # the app', '  web:', '    build: .'))).toBe(true)
  })

  it('does not claim YAML without them', () => {
    expect(composeParser.sniff!(lines('services:', '  - name: web'))).toBe(false)
    expect(composeParser.sniff!(lines('app:', '  services:', '    web:', '      image: nginx'))).toBe(false)
    expect(composeParser.sniff!(lines('image: nginx'))).toBe(false)
  })
})

describe('images', () => {
  it('gives each service image as a docker-image fingerprint of the service scope', () => {
    const text = lines(
      'services:',
      '  chat:',
      '    image: yidadaa/chatgpt-next-web',
      '  webui:',
      '    image: "ghcr.io/open-webui/open-webui:main" # pinned later',
      '  proxy:',
      '    image: localhost:5000/team/proxy:1.2',
      '  templated:',
      '    image: ${IMAGE:-nginx}',
      '  built:',
      '    build: .'
    )
    expect(parse(text, 'deploy/stack.yml').fingerprints).toEqual([
      { type: 'docker-image', value: 'yidadaa/chatgpt-next-web', file: 'deploy/stack.yml', scope: 'deploy/stack.yml#services.chat' },
      { type: 'docker-image', value: 'ghcr.io/open-webui/open-webui', file: 'deploy/stack.yml', scope: 'deploy/stack.yml#services.webui' },
      { type: 'docker-image', value: 'localhost:5000/team/proxy', file: 'deploy/stack.yml', scope: 'deploy/stack.yml#services.proxy' }
    ])
  })

  it('marks the image of a service that also builds: it may run the repository\'s code under that name', () => {
    const text = lines('services:', '  chat:', '    build:', '      context: .', '    image: yidadaa/chatgpt-next-web')
    expect(parse(text, 'docker-compose.yml').fingerprints).toEqual([
      { type: 'docker-image', value: 'yidadaa/chatgpt-next-web', file: 'docker-compose.yml', scope: 'docker-compose.yml#services.chat', built: true }
    ])
  })
})
