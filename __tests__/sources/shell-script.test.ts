import { describe, it, expect } from '@jest/globals'
import { shellParser } from '../../src/sources/shell-script.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string) => shellParser.parse({ path: 'scripts/deploy.sh', text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('shellParser', () => {
  it('matches *.sh and *.bash', () => {
    expect(['deploy.sh', 'scripts/run.bash', 'deploy.shx', 'bash', 'deploy.zsh'].map((path) => isClaimedBy('shell', path))).toEqual([true, true, false, false, false])
  })

  it('reads export, leading assignments and docker run -e / --env, resolving earlier variables', () => {
    const key = fakeKeys.groq()
    const text = lines(
      '#!/usr/bin/env bash',
      'set -euo pipefail',
      'ROOT=https://api.groq.com/openai',
      `export GROQ_API_KEY='${key}'`,
      'export OPENAI_BASE_URL="$ROOT/v1" # the SDK base',
      'export PATH',
      'docker run -d \\',
      '  -e BASE_URL=https://api.rutaapi.com \\',
      '  --env "CODE=$(cat code.txt)" \\',
      '  --env=MODEL=gpt-4o -e PASSED \\',
      '  yidadaa/chatgpt-next-web',
      'echo OPENAI_API_KEY=not-an-assignment'
    )
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.key, e.value, e.form, e.resolved])).toEqual([
      ['ROOT', 'https://api.groq.com/openai', 'literal', undefined],
      ['GROQ_API_KEY', key, 'literal', undefined],
      ['OPENAI_BASE_URL', '$ROOT/v1', 'template', 'https://api.groq.com/openai/v1'],
      ['BASE_URL', 'https://api.rutaapi.com', 'literal', undefined],
      ['CODE', '$(cat code.txt)', 'template', undefined],
      ['MODEL', 'gpt-4o', 'literal', undefined],
      ['PASSED', undefined, 'literal', undefined]
    ])
    expect(entries[1]).toMatchObject({ kind: 'shell', scope: 'scripts/deploy.sh', path: ['GROQ_API_KEY'], keySpan: span(4, 8, 4, 20), raw: `'${key}'` })
    expect(entries[3]).toMatchObject({ keySpan: span(8, 6, 8, 14), valueSpan: span(8, 15, 8, 38) })
    expect(entries[4]!.raw).toBe('$(cat code.txt)')
    expect(parse(text).fingerprints).toEqual([
      { type: 'docker-image', value: 'yidadaa/chatgpt-next-web', file: 'scripts/deploy.sh', scope: 'scripts/deploy.sh' }
    ])
  })

  it('finds the image a docker run starts past its options, with or without values', () => {
    const images = (script: string) => parse(script).fingerprints!.map((f) => f.value)
    expect(images('docker run -dit --rm -p 3000:3000 --name chat --env=A=1 ghcr.io/open-webui/open-webui:main serve\n')).toEqual(['ghcr.io/open-webui/open-webui'])
    expect(images('sudo docker pull x\nDOCKER_HOST=tcp://h docker container create -v "$PWD:/app" lobehub/lobe-chat\n')).toEqual(['lobehub/lobe-chat'])
    expect(images('docker run --rm\ndocker build -t x .\ndocker run -e A=1 "$IMAGE"\n')).toEqual([])
  })

  it('never throws on bad input', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [], fingerprints: [] })
    expect(parse(lines('docker run -e', '=x', 'export 1BAD=2', "A='open")).entries.map((e) => [e.key, e.value])).toEqual([['A', 'open\n']])
    // An unterminated quote runs to the end of the script, as in the shell.
    expect(parse(lines('export "B=1', 'C=2')).entries.map((e) => [e.key, e.value])).toEqual([['B', '1\nC=2\n']])
  })
})
