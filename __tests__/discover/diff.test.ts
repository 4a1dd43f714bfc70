import { describe, it, expect } from '@jest/globals'
import { readDiff, unquote } from '../../src/discover/diff.js'

describe('readDiff', () => {
  it('reads added lines by hunk counts, so content that looks like a header stays content', () => {
    const files = readDiff([
      'diff --git a/.env b/.env',
      'index 1111111..2222222 100644',
      '--- a/.env',
      '+++ b/.env',
      '@@ -2 +2,3 @@',
      '-BASE_URL=https://api.rutaapi.com/v1',
      '+BASE_URL=https://api.rutaapi.com',
      '+++ not a header',
      '+diff --git not a header either',
      '@@ -9,0 +11 @@ some context',
      '+LAST=1',
      '\\ No newline at end of file'
    ])
    expect(files).toEqual([
      {
        commit: undefined,
        path: '.env',
        status: 'modified',
        binary: false,
        added: [
          { line: 2, text: 'BASE_URL=https://api.rutaapi.com' },
          { line: 3, text: '++ not a header' },
          { line: 4, text: 'diff --git not a header either' },
          { line: 11, text: 'LAST=1' }
        ]
      }
    ])
  })

  it('reads an API patch (hunks only)', () => {
    const [file] = readDiff('@@ -1,2 +1,2 @@\n context\n-old\n+new'.split('\n'))
    expect(file!.added).toEqual([{ line: 2, text: 'new' }])
  })

  it('undoes git quoting of unusual paths', () => {
    expect(unquote('"a/t\\303\\251st\\tfile \\"q\\""')).toBe('a/tést\tfile "q"')
    expect(unquote('plain/path')).toBe('plain/path')
  })
})
