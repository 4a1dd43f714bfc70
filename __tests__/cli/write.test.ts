import { describe, expect, it } from '@jest/globals'
import { WRITE_SLICE, writeInSlices } from '../../src/cli/write.js'

/** The slices a stream was handed. */
function slicesOf(text: string): string[] {
  const slices: string[] = []
  writeInSlices({ write: (slice: string) => slices.push(slice) }, text)
  return slices
}

describe('writeInSlices', () => {
  it('hands a short text over in one piece, and an empty one not at all', () => {
    expect(slicesOf('{"findings": []}\n')).toEqual(['{"findings": []}\n'])
    expect(slicesOf('')).toEqual([])
  })

  it('cuts a long text into slices of at most WRITE_SLICE characters that add up to it', () => {
    const text = 'x'.repeat(2 * WRITE_SLICE + 17)
    const slices = slicesOf(text)
    expect(slices.map((slice) => slice.length)).toEqual([WRITE_SLICE, WRITE_SLICE, 17])
    expect(slices.join('')).toBe(text)
  })

  it('never ends a slice between the halves of a surrogate pair', () => {
    // 🔑 (U+1F511) is two UTF-16 units; here its first half is the last unit a full slice would take.
    const text = `${'x'.repeat(WRITE_SLICE - 1)}🔑${'y'.repeat(10)}`
    const slices = slicesOf(text)
    expect(slices.join('')).toBe(text)
    expect(slices[0]).toHaveLength(WRITE_SLICE - 1)
    expect(slices[1]!.startsWith('🔑')).toBe(true)
    // Each slice encodes to UTF-8 and back unchanged: no half of a pair was written alone (it would become U+FFFD).
    for (const slice of slices) expect(Buffer.from(slice, 'utf8').toString('utf8')).toBe(slice)
  })
})
