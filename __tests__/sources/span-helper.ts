import type { Span } from '../../src/core/types.js'

/** A span from 1-based line/column pairs, end exclusive: `span(1, 5, 1, 9)`. */
export const span = (line: number, column: number, endLine: number, endColumn: number): Span => ({
  start: { line, column },
  end: { line: endLine, column: endColumn }
})
