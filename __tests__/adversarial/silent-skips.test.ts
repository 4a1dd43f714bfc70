/**
 * Class 10: nothing is skipped in silence, and nothing is reported a thousand times. UTF-16 without a byte order mark
 * and UTF-32 were skipped as binary (a key in them never found); every file that vanished during the scan was a note.
 */
import { describe, it, expect } from '@jest/globals'
import { lintFacts } from '../../src/engine/lint.js'
import type { SkippedFile } from '../../src/core/types.js'
import { decodeText } from '../../src/discover/read.js'
import type { JsonReport } from '../../src/reporters/json.js'
import { fakeKeys } from '../helpers/keys.js'
import { runCli, withRepo } from './support.js'

function utf32(text: string, littleEndian: boolean, bom: boolean): Buffer {
  const points = [...(bom ? '\uFEFF' : '') + text].map((c) => c.codePointAt(0)!)
  const out = Buffer.alloc(points.length * 4)
  points.forEach((p, i) => (littleEndian ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)))
  return out
}

describe('wide encodings and vanished files', () => {
  it('finds keys in UTF-16 without a byte order mark and in UTF-32', async () => {
    const line = (seed: string) => `OPENAI_API_KEY=${fakeKeys.anthropic(seed)}\n`
    const files = {
      'le16.txt': Buffer.from(line('le16'), 'utf16le'),
      'be16.txt': Buffer.from(line('be16'), 'utf16le').swap16(),
      'le32.txt': utf32(line('le32'), true, false),
      'be32.txt': utf32(line('be32'), false, true)
    }
    const run = await withRepo(files, (root) => runCli(root, ['--format', 'json', '--fail-on', 'never']))
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.findings.filter((f) => f.ruleId === 'leaked-key').map((f) => f.file).sort()).toEqual(['be16.txt', 'be32.txt', 'le16.txt', 'le32.txt'])
  })

  it('decodes UTF-32 past the stack limit of one call, and marks values that are no character', () => {
    const text = 'é😀'.repeat(50_000)
    expect(decodeText(utf32(text, true, true))).toBe(text)
    expect(decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0xff, 0xff, 0xff, 0x7f]))).toBe('A\uFFFD')
  })

  it('reports five thousand vanished files as one note with their count', () => {
    const skipped: SkippedFile[] = Array.from({ length: 5000 }, (_, i) => ({ path: `build/f${String(i).padStart(4, '0')}.js`, reason: 'unreadable', detail: 'ENOENT' }))
    const result = lintFacts([], { rules: {}, providers: [] }, { skipped: [...skipped, { path: 'big.bin', reason: 'too-large', detail: '9 bytes' }] })
    expect(result.findings.map((f) => `${f.file}: ${f.message}`)).toEqual([
      'big.bin: could not read the file: not scanned: the file is larger than the size limit (9 bytes)',
      'build/f0000.js: could not read the file: not scanned: this file and 4999 others vanished while the scan ran'
    ])
  })
})
