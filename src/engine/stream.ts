import { chunkDecoder } from '../discover/index.js'
import { DIRECTIVE, findIgnoreDirectives } from '../core/ignores.js'
import type { FileFacts, IgnoreDirective, KeyHit, Position } from '../core/types.js'
import { isHighSurrogate, isLowSurrogate } from '../core/text.js'
import type { ProviderCatalog } from '../providers/types.js'
import { chooseParser } from '../sources/index.js'
import { keyHit, keyMatches, unparsedFacts } from './analyze.js'

/**
 * Text kept on either side of the part of a window whose hits it reports: the look around a key (its line, the
 * lines and hosts within 1,200 characters, `key-context.ts`) and tokens that run on past the part's end.
 */
export const CONTEXT_CHARS = 8192

/** What a streamed analysis held at most, for tests that check its memory stays flat. */
export interface StreamStats {
  /** The longest window of text held at once, in characters. */
  peakWindowChars: number
}

/**
 * The facts of a file read in chunks: its key hits and ignore directives, found as in {@link analyzeFile} with
 * the same lines and columns, in memory bounded by a chunk and three times {@link CONTEXT_CHARS} (the context on
 * either side, and the part of a line carried over), whatever the file's size. Text is decoded chunk by chunk and
 * searched a window at a time; each window reports the hits that start in its middle part and carries its tail
 * over, so a key split between two chunks is found once, whole.
 * Line numbers come from counting the line breaks up to each hit, once over the file. A file a parser would read
 * gets its kind and a note that it was only scanned for keys; client fingerprints are not read from it.
 *
 * Limit, only on files larger than a chunk: the `line` of a hit on a line longer than {@link CONTEXT_CHARS} holds
 * only its part within the window.
 */
export function analyzeStream(path: string, chunks: Iterable<Uint8Array>, catalog: ProviderCatalog, stats?: StreamStats): FileFacts {
  const keyHits: KeyHit[] = []
  const ignores = new Map<string, IgnoreDirective>()
  let decoder: ReturnType<typeof chunkDecoder> | undefined
  let choice: ReturnType<typeof chooseParser>
  let size = 0
  let window = ''
  /** Where the window starts in the file. */
  let at: Position = { line: 1, column: 1 }
  /** Hits before this offset of the window were reported by the window before. */
  let reported = 0
  const step = (final: boolean): void => {
    if (stats) stats.peakWindowChars = Math.max(stats.peakWindowChars, window.length)
    const end = final ? window.length : cutBefore(window, window.length - CONTEXT_CHARS, reported)
    if (end <= reported) return
    const positions = positionsIn(window, at)
    let cut = end
    for (const m of keyMatches(window, catalog)) {
      if (m.start < reported) continue
      if (m.start >= cut) break
      // A token that reaches the end of what has been read may go on in the next chunk: read it again there.
      if (!final && m.end >= window.length && m.start > reported) {
        cut = m.start
        break
      }
      const span = { start: positions.at(m.start), end: positions.at(m.end) }
      keyHits.push(keyHit(path, m, span, positions.lineText(m.start)))
    }
    const lineStart = positions.lineStartBefore(reported)
    if (window.includes(DIRECTIVE, lineStart)) {
      const base = positions.at(lineStart).line - 1
      for (const directive of findIgnoreDirectives(window.slice(lineStart, cut))) {
        const line = base + directive.line
        ignores.set(`${line}:${directive.rules.join(',')}`, { line, rules: directive.rules })
      }
    }
    if (final) return
    let keep = Math.max(0, cut - CONTEXT_CHARS)
    if (window.charCodeAt(keep - 1) === CR && window.charCodeAt(keep) === LF) keep++
    // The window carried over starts on a whole character: it is decoded again, from UTF-8, with the next chunk.
    if (isLowSurrogate(window.charCodeAt(keep)) && isHighSurrogate(window.charCodeAt(keep - 1))) keep--
    at = positions.at(keep)
    window = window.slice(keep)
    reported = cut - keep
  }
  for (const bytes of chunks) {
    decoder ??= chunkDecoder(bytes)
    size += bytes.length
    // Decoded after the window in one new string: joining the two would have V8 copy the chunk again.
    window = decoder.decode(bytes, window)
    if (choice === undefined && size === bytes.length) choice = chooseParser(path, window)
    step(false)
  }
  const rest = decoder?.end() ?? ''
  if (rest !== '') window += rest
  step(true)
  return {
    path,
    ...(choice ? unparsedFacts(choice, size) : { kind: 'text', diagnostics: [] }),
    entries: [],
    keyHits,
    ignores: [...ignores.values()],
    fingerprints: []
  }
}

const LF = 10
const CR = 13

/**
 * Where to end the part of a window whose hits are reported: just after the last line break before `limit` (so
 * the next part starts a line), or at `limit` itself when there is none within the context before it (a long line).
 * Never splits `\r\n`.
 */
function cutBefore(window: string, limit: number, from: number): number {
  if (limit <= from) return from
  // Looked for within the context only: a break far back would carry a long line over whole, chunk after chunk.
  for (let i = limit - 1, stop = Math.max(from, limit - CONTEXT_CHARS); i >= stop; i--) {
    const c = window.charCodeAt(i)
    if (c === LF) return i + 1
    if (c === CR) return window.charCodeAt(i + 1) === LF ? i + 2 : i + 1
  }
  return window.charCodeAt(limit - 1) === CR && window.charCodeAt(limit) === LF ? limit + 1 : limit
}

/**
 * Positions of increasing offsets in a window that starts at `start` of the file, counting line breaks (`\n`,
 * `\r\n`, a lone `\r`, as `LineIndex` does) only as far as the offsets asked for, each once.
 */
function positionsIn(window: string, start: Position) {
  let offset = 0
  let line = start.line
  /** Offset of the current line's start in the window: negative when it began before the window. */
  let lineStart = 1 - start.column
  // Most texts end lines with `\n` alone: then the breaks are found by indexOf, a native search.
  const lfOnly = window.indexOf('\r') === -1
  const advance = (to: number): void => {
    if (lfOnly) {
      for (let i = window.indexOf('\n', offset); i !== -1 && i < to; i = window.indexOf('\n', i + 1)) {
        line++
        lineStart = i + 1
      }
    } else {
      for (let i = offset; i < to; i++) {
        const c = window.charCodeAt(i)
        if (c === LF || (c === CR && window.charCodeAt(i + 1) !== LF)) {
          line++
          lineStart = i + 1
        }
      }
    }
    offset = Math.max(offset, to)
  }
  return {
    at(to: number): Position {
      if (to < offset) return positionAfter(window, to, start)
      advance(to)
      return { line, column: to - lineStart + 1 }
    },
    /** The window's text of the line holding offset `to` (asked after `at(to)`), without its line ending. */
    lineText(to: number): string {
      advance(to)
      let end = to
      while (end < window.length && window.charCodeAt(end) !== LF && window.charCodeAt(end) !== CR) end++
      return window.slice(Math.max(0, lineStart), end)
    },
    /** The offset of the start of the line holding `to` (0 when it began before the window). */
    lineStartBefore(to: number): number {
      const lf = window.lastIndexOf('\n', to - 1)
      const cr = window.lastIndexOf('\r', to - 1)
      return Math.max(lf, cr) + 1
    }
  }
}

/** The position of `to` counted from the window's start: for an offset behind the running count (a hit's end before the next hit's start never is). */
function positionAfter(window: string, to: number, start: Position): Position {
  const positions = positionsIn(window, start)
  return positions.at(to)
}
