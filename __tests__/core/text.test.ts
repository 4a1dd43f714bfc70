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
})
