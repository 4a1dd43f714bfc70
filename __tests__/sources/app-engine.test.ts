import { beforeAll, describe, it, expect } from '@jest/globals'
import { appEngineParser } from '../../src/sources/app-engine.js'
import { chooseParser, loadParsers } from '../../src/sources/index.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

// The analysis runs on the parsers a scan loads first (sources/index.ts); here, all of them.
beforeAll(() => loadParsers())

const parse = (text: string) => appEngineParser.parse({ path: 'app.yaml', text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('appEngineParser', () => {
  it('is found by content: a top-level runtime and env variables, under any YAML name', () => {
    expect(isClaimedBy('app-engine', 'app.yaml')).toBe(false)
    const service = lines('runtime: python312', 'env_variables:', '  A: "1"')
    expect(chooseParser('svc/worker.yaml', service)).toEqual({ parser: appEngineParser, matchedBy: 'content' })
    expect(chooseParser('app.yaml', lines('runtime: python312', 'handlers: []'))).toBeUndefined()
    const manifest = lines('apiVersion: v1', 'kind: ConfigMap', 'data:', '  runtime: x')
    expect(chooseParser('app.yaml', manifest)?.parser.kind).toBe('kubernetes')
  })

  it('reads env_variables and build_env_variables', () => {
    const text = lines('runtime: nodejs20', 'env_variables:', '  BASE_URL: "https://api.rutaapi.com"', 'build_env_variables:', '  NEXT_PUBLIC_X: "1"')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value, e.meta])).toEqual([
      ['app.yaml', 'BASE_URL', 'https://api.rutaapi.com', undefined],
      ['app.yaml', 'NEXT_PUBLIC_X', '1', { buildArg: true }]
    ])
    expect(entries[0]).toMatchObject({ kind: 'app-engine', path: ['env_variables', 'BASE_URL'], keySpan: span(3, 3, 3, 11), valueSpan: span(3, 13, 3, 38) })
  })

  it('never throws on bad input', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [] })
    expect(parse(lines('env_variables: [A, B]')).entries).toEqual([])
    expect(parse(lines('- env_variables: {A: 1}')).entries).toEqual([])
    expect(parse('env_variables:\n  A: "open\n').diagnostics.length).toBeGreaterThan(0)
  })
})
