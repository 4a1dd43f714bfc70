import { describe, it, expect } from '@jest/globals'
import { mcpParser } from '../../src/sources/mcp.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string, path = '.mcp.json') => mcpParser.parse({ path, text })

describe('the mcp claim', () => {
  it('accepts .mcp.json, .cursor/mcp.json and .vscode/mcp.json', () => {
    expect(['.mcp.json', 'tools/.mcp.json', '.cursor/mcp.json', 'app/.vscode/mcp.json'].map((path) => isClaimedBy('mcp', path))).toEqual([true, true, true, true])
    expect(['mcp.json', '.cursor/settings.json', 'vscode/mcp.json'].map((path) => isClaimedBy('mcp', path))).toEqual([false, false, false])
  })
})

describe('servers', () => {
  it('reads each server env and headers as a scope', () => {
    const key = fakeKeys.anthropic()
    const text = [
      '{',
      '  "mcpServers": {',
      '    "search": {',
      '      "command": "npx",',
      '      "env": { "ANTHROPIC_API_KEY": "' + key + '", "BASE": "${BASE_URL:-https://api.anthropic.com}" }',
      '    },',
      '    "remote": { "type": "http", "url": "https://mcp.example.com", "headers": { "Authorization": "Bearer ${TOKEN}" } }',
      '  }',
      '}'
    ].join('\n')
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value, e.form, e.meta])).toEqual([
      ['.mcp.json#mcpServers.search', 'ANTHROPIC_API_KEY', key, 'literal', undefined],
      ['.mcp.json#mcpServers.search', 'BASE', '${BASE_URL:-https://api.anthropic.com}', 'reference', undefined],
      ['.mcp.json#mcpServers.remote', 'Authorization', 'Bearer ${TOKEN}', 'template', { httpHeader: true }]
    ])
    expect(entries[0]).toMatchObject({ kind: 'mcp', path: ['mcpServers', 'search', 'env', 'ANTHROPIC_API_KEY'], keySpan: span(5, 16, 5, 35) })
  })

  it('reads .vscode/mcp.json servers as JSON with comments, and its ${input:…} and ${env:…} variables as references', () => {
    const text = [
      '{',
      '  // prompted once, stored by VS Code',
      '  "inputs": [{ "type": "promptString", "id": "api-key", "password": true }],',
      '  "servers": {',
      '    "llm": { "command": "node", "env": { "OPENAI_API_KEY": "${input:api-key}", "HOME_DIR": "${env:HOME}", }, },',
      '  },',
      '}'
    ].join('\n')
    const { entries, diagnostics } = parse(text, '.vscode/mcp.json')
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.form, e.ref])).toEqual([
      ['.vscode/mcp.json#servers.llm', 'OPENAI_API_KEY', 'reference', { context: 'input', name: 'api-key' }],
      ['.vscode/mcp.json#servers.llm', 'HOME_DIR', 'reference', { context: 'env', name: 'HOME' }]
    ])
  })
})

describe('bad input', () => {
  it('never throws: empty, malformed, comments where not allowed, wrong shapes', () => {
    expect(parse('').diagnostics.map((d) => d.message)).toEqual(['invalid JSON: value expected'])
    expect(parse('{ "mcpServers": { "a": { "env": { "A": "1" ').diagnostics).toHaveLength(1)
    expect(parse('{ // no comments here\n "mcpServers": {} }').diagnostics.map((d) => d.message)).toEqual(['invalid JSON: invalid comment token'])
    expect(parse('{ "mcpServers": [] }').diagnostics.map((d) => d.message)).toEqual(['`mcpServers` must be an object'])
    expect(parse('[1, 2]')).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    const shapes = parse('{ "mcpServers": { "a": { "env": ["A=1"] }, "b": { "env": { "N": 1 } }, "c": 3 } }')
    expect(shapes.entries).toEqual([])
    expect(shapes.diagnostics.map((d) => d.message)).toEqual(['`mcpServers.a.env` must be an object', '`mcpServers.b.env.N` must be a string, not number'])
  })
})
