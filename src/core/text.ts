import type { Position, Span } from './types.js'

/** Maps 0-based string offsets to 1-based line/column positions; built once per file. */
export class LineIndex {
  /** Offsets at which each line starts. `\r\n`, `\n` and lone `\r` all end a line. */
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.starts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.starts.push(i + 1)
      }
    }
  }

  get lineCount(): number {
    return this.starts.length
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= o) lo = mid
      else hi = mid - 1
    }
    return positionAt(lo + 1, o - this.starts[lo]! + 1)
  }

  span(start: number, end: number): Span {
    return spanOf(this.position(start), this.position(end))
  }

  /** 0-based offset of a 1-based position. */
  offset(position: Position): number {
    const start = this.starts[Math.min(position.line, this.starts.length) - 1] ?? 0
    return start + position.column - 1
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1]
    if (start === undefined) return ''
    const next = this.starts[line]
    let end = next === undefined ? this.text.length : next
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--
    return this.text.slice(start, end)
  }
}

/**
 * Positions are values that no one changes, and most are near the top of a file: those share one object per line and
 * column, so the spans of thousands of small files hold no copies of them.
 */
function positionAt(line: number, column: number): Position {
  if (!isShared(line, column)) return { line, column }
  const row = (sharedPositions[line] ??= [])
  return (row[column] ??= { line, column })
}

const SHARED_LINES = 256
const SHARED_COLUMNS = 128
const sharedPositions: Position[][] = []
const isShared = (line: number, column: number): boolean => line <= SHARED_LINES && column <= SHARED_COLUMNS

/**
 * Spans are values too, and the settings of thousands of small files sit at the same places: a span between two
 * shared positions is shared as well (up to a number of them, so memory stays bounded), found by the positions'
 * identity. On the benchmark's 5,000 `.env` files this spared ~2,000 page faults (README, Performance).
 */
function spanOf(start: Position, end: Position): Span {
  if (!isShared(start.line, start.column) || !isShared(end.line, end.column)) return { start, end }
  let ends = sharedSpans.get(start)
  let span = ends?.get(end)
  if (span) return span
  span = { start, end }
  if (sharedSpanCount >= SHARED_SPANS) return span
  if (!ends) sharedSpans.set(start, (ends = new Map()))
  ends.set(end, span)
  sharedSpanCount++
  return span
}

const SHARED_SPANS = 20_000
const sharedSpans = new Map<Position, Map<Position, Span>>()
let sharedSpanCount = 0

/** A span covering one whole line (for file-level findings). */
export const lineSpan = (line: number, length = 0): Span => ({
  start: { line, column: 1 },
  end: { line, column: length + 1 }
})

/** `text` as a regex that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The halves of a surrogate pair (UTF-16): text cut between them leaves two unreadable halves. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff
