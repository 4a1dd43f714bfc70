import { describe, expect, it } from '@jest/globals'
import { LineIndex } from '../../src/core/text.js'

describe('LineIndex', () => {
  it('gives the line and column of every offset, near the top of a text and past the positions it shares', () => {
    const lines = Array.from({ length: 300 }, (_, i) => 'x'.repeat(i % 3 === 0 ? 200 : i % 7))
    const text = lines.map((line, i) => line + (i % 2 === 0 ? '\n' : '\r\n')).join('')
    const index = new LineIndex(text)
    let offset = 0
    lines.forEach((line, i) => {
      for (let column = 1; column <= line.length + 1; column++) expect(index.position(offset + column - 1)).toEqual({ line: i + 1, column })
      offset += line.length + (i % 2 === 0 ? 1 : 2)
    })
  })

  it('gives equal positions for equal places in different texts', () => {
    const a = new LineIndex('A=1\nBB=2\n')
    const b = new LineIndex('C=3\nDD=4\n')
    expect(a.span(4, 6)).toEqual(b.span(4, 6))
    expect(a.span(4, 6)).toEqual({ start: { line: 2, column: 1 }, end: { line: 2, column: 3 } })
  })

  it('shares one span object for the same places near the top of different texts, and makes new ones past them', () => {
    const a = new LineIndex('A=1\nBB=2\n')
    const b = new LineIndex('C=3\nDD=4\n')
    expect(a.span(4, 6)).toBe(b.span(4, 6))
    expect(a.span(4, 6)).not.toBe(a.span(4, 7))
    const wide = 'x'.repeat(200)
    const c = new LineIndex(wide)
    const d = new LineIndex(wide)
    expect(c.span(0, 150)).not.toBe(d.span(0, 150))
    expect(c.span(0, 150)).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 151 } })
  })

  it('keeps giving right spans once it shares no more of them', () => {
    const text = Array.from({ length: 200 }, () => 'y'.repeat(120)).join('\n')
    const index = new LineIndex(text)
    // 200 lines x 120 columns of one-character spans: more distinct spans than are shared.
    for (let line = 0; line < 200; line++) {
      for (let column = 0; column < 120; column++) {
        const start = line * 121 + column
        expect(index.span(start, start + 1)).toEqual({ start: { line: line + 1, column: column + 1 }, end: { line: line + 1, column: column + 2 } })
      }
    }
    expect(index.span(0, 1)).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 2 } })
  })
})
