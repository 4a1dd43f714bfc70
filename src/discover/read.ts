import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { SkippedFile, SourceFile } from '../core/types.js'
import { ioCounts } from './counts.js'
import { letYoungGenerationGrow } from '../young-generation.js'

/** How much of a file is sniffed for binary content, as git and ripgrep do. */
const SNIFF_BYTES = 8192

/**
 * Non-blocking so that a FIFO swapped in after discovery cannot hang the scan on open; for regular
 * files the flag changes nothing. Windows has no such flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Signatures of binary formats whose first 8 KiB may hold no NUL byte (PDF, compressed streams) or
 * that are common in repositories. Each is distinctive enough that no text file starts with it.
 */
const BINARY_MAGIC: readonly (readonly [name: string, bytes: readonly number[]])[] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
  ['xz', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
  ['mach-o or java class', [0xca, 0xfe, 0xba, 0xbe]],
  ['mach-o', [0xcf, 0xfa, 0xed, 0xfe]],
  ['mach-o', [0xce, 0xfa, 0xed, 0xfe]],
  ['webm or mkv', [0x1a, 0x45, 0xdf, 0xa3]]
]

/**
 * A file too large to hold at once, read in chunks as they are consumed: the first chunk (already read, and
 * sniffed for binary content) then the rest. `chunks` must be consumed, to its end or with a `break`, right
 * after the read: it holds the file open, and every chunk lives in one reused buffer, valid only until the
 * next is asked for.
 */
export interface StreamedSource {
  readonly path: string
  /** Bytes, as the open file measured them. */
  readonly size: number
  readonly chunks: Generator<Uint8Array, void, undefined>
}

/** What reading a discovered file gives: its text, its text in chunks, or why it was not read. */
export type ReadResult = SourceFile | StreamedSource | SkippedFile

/** How much of a file may be read, and how much held at once. */
export interface ReadLimits {
  /** Larger files are skipped as `too-large`. */
  readonly maxFileSize: number
  /** Files up to this size come back as text, larger ones as a stream of {@link CHUNK_BYTES} chunks. */
  readonly wholeUpTo: number
}

/** The scanned folder as {@link readSource} takes it fastest: normalised once, ending with a separator. */
export const readRoot = (root: string): string => join(root, sep)

/**
 * Reads one discovered file: its text when it is at most `wholeUpTo` bytes, otherwise a stream of
 * its bytes. Never throws: a file that cannot be read comes back as a SkippedFile (`unreadable` with the error
 * code), and so do binary files and files over `maxFileSize` (measured on the open file).
 *
 * One `read` of up to a chunk serves both the binary sniff of its first 8 KiB and the text: a file shorter than
 * the chunk ends with that read (a regular file is read short only at its end), so most files cost an `open`, one
 * `read` and a `close`. Only a file that fills the chunk is measured (`fstat`), and only an empty read is checked
 * for being a regular file at all (a FIFO swapped in after discovery reads as empty, without blocking: the file
 * is opened non-blocking).
 *
 * Synchronous on purpose: on the benchmark tree (20,000 files, in the page cache as after a
 * checkout) blocking reads are about 3x faster than promise-based ones with 16 in flight, whose
 * thread-pool round trips cost more than the reads; and only one text is held at a time.
 *
 * `path` must come from `discoverFiles`, which has already refused symlinks leaving the root, and lists paths already
 * normal: a `root` that ends with a separator ({@link readRoot}) is put before it as it is, where `path.join`, which
 * normalises, cost more than reading a small file.
 */
export function readSource(root: string, path: string, { maxFileSize, wholeUpTo }: ReadLimits): ReadResult {
  let fd: number | undefined
  try {
    fd = openSync(root.endsWith(sep) ? root + path : join(root, path), OPEN_FLAGS)
    // One byte more than may be read, to learn in the same read that there is more.
    const first = Math.min(CHUNK_BYTES, maxFileSize + 1)
    // From the current offset (the start), not a position: a FIFO refuses positioned reads.
    const length = readAt(fd, chunkArea, 0, first, null)
    if (length === 0) {
      ioCounts.fstat++
      if (!fstatSync(fd).isFile()) return { path, reason: 'unreadable', detail: 'not a regular file' }
      return { path, text: '' }
    }
    if (length < first) return textOf(path, chunkArea.subarray(0, length))
    ioCounts.fstat++
    const info = fstatSync(fd)
    if (!info.isFile()) return { path, reason: 'unreadable', detail: 'not a regular file' }
    if (info.size > maxFileSize) return { path, reason: 'too-large', detail: `${info.size} bytes` }
    const binary = binaryKind(chunkArea.subarray(0, Math.min(SNIFF_BYTES, length)))
    if (binary !== undefined) return { path, reason: 'binary', detail: binary }
    if (info.size > wholeUpTo) {
      if (info.size > GROWING_STREAM_BYTES) letYoungGenerationGrow()
      const streamed = { path, size: info.size, chunks: chunksOf(fd, length) }
      fd = undefined // closed by the stream
      return streamed
    }
    const bytes = Buffer.allocUnsafe(info.size)
    chunkArea.copy(bytes, 0, 0, length)
    return textOf(path, bytes.subarray(0, readInto(fd, bytes, length, info.size)))
  } catch (error) {
    return { path, reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code ?? String(error) }
  } finally {
    if (fd !== undefined) closeQuietly(fd)
  }
}

/** The text of a whole file's bytes, or why it has none (binary). */
function textOf(path: string, bytes: Buffer): SourceFile | SkippedFile {
  const binary = binaryKind(bytes.subarray(0, SNIFF_BYTES))
  return binary === undefined ? { path, text: decodeText(bytes) } : { path, reason: 'binary', detail: binary }
}

/** The chunks of an open file from the start, the first `headLength` bytes already in the scratch buffer; closes it at the end. */
function* chunksOf(fd: number, headLength: number): Generator<Uint8Array, void, undefined> {
  try {
    yield chunkArea.subarray(0, headLength)
    for (let at = headLength, length = CHUNK_BYTES; length === CHUNK_BYTES; at += length) {
      // A regular file reads short only at its end.
      length = readAt(fd, chunkArea, 0, CHUNK_BYTES, at)
      if (length > 0) yield chunkArea.subarray(0, length)
    }
  } finally {
    closeQuietly(fd)
  }
}

/**
 * The same judgement as {@link readSource} for bytes already in memory (a blob of the git index): too large,
 * binary, or text decoded the same way.
 */
export function decodeSource(path: string, bytes: Buffer, maxFileSize: number): SourceFile | SkippedFile {
  if (bytes.length > maxFileSize) return { path, reason: 'too-large', detail: `${bytes.length} bytes` }
  const binary = binaryKind(bytes.subarray(0, SNIFF_BYTES))
  if (binary !== undefined) return { path, reason: 'binary', detail: binary }
  return { path, text: decodeText(bytes) }
}

/** A failed close of a file only read from loses nothing, and must not turn a result into a throw. */
function closeQuietly(fd: number): void {
  try {
    closeSync(fd)
  } catch {
    // nothing to do: the descriptor is gone either way
  }
}

/**
 * How much of a file one read takes, and the size of the chunks a streamed file is read in. One buffer of this
 * size (with room kept before it, below) is reused for every read: safe because reading is synchronous and each text
 * is decoded (copied) before the next read; it spares V8 ~150 MB of short-lived external memory on the benchmark tree, which lowered peak
 * RSS by about 10%.
 */
export const CHUNK_BYTES = 1024 * 1024
/**
 * Streamed files larger than this let V8's young generation grow (src/young-generation.ts): up to this size a held one
 * raised the peak by ~2 MB, a 64 MB log by ~20 MB.
 */
const GROWING_STREAM_BYTES = 32 * CHUNK_BYTES
/**
 * Room before the chunk area of the scratch buffer, where a streamed file's decoder writes the text carried over from
 * the chunk before (in UTF-8), to decode it together with the chunk: one new string per chunk, where joining two
 * strings made V8 copy the whole chunk again (`chunkDecoder`). More than a window carries over, even in three-byte characters.
 */
const HEADROOM_BYTES = 128 * 1024
const scratch = Buffer.allocUnsafe(HEADROOM_BYTES + CHUNK_BYTES)
/** Where every read lands. */
const chunkArea = scratch.subarray(HEADROOM_BYTES)

/** True for what `readSource` returns when it did not produce text (or any union with SkippedFile). */
export const isSkippedFile = <T extends object>(value: T | SkippedFile): value is SkippedFile => 'reason' in value

/** True for what `readSource` returns for a file read in chunks. */
export const isStreamed = (value: ReadResult): value is StreamedSource => 'chunks' in value

/** One `read` into `buffer` from `start` up to `end`, at `position` in the file; returns the bytes read. */
function readAt(fd: number, buffer: Buffer, start: number, end: number, position: number | null): number {
  ioCounts.read++
  return readSync(fd, buffer, start, end - start, position)
}

/** Fills `buffer` from `start` up to `end` (or the end of the file), reading from `position` on; returns how far it got. */
export function readInto(fd: number, buffer: Buffer, start: number, end: number, position = start): number {
  let filled = start
  while (filled < end) {
    const bytesRead = readAt(fd, buffer, filled, end, position + filled - start)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  return filled
}

/**
 * Why the head of a file says it is binary (a format name, or `NUL byte`), or undefined for text.
 * UTF-16 and UTF-32 text is full of NUL bytes, so a byte order mark — or, without one, the regular pattern of zero
 * bytes that Latin text has in those encodings — settles it as text first.
 */
export function binaryKind(head: Uint8Array): string | undefined {
  if (wideEncoding(head) !== undefined) return undefined
  const magic = BINARY_MAGIC.find((format) => format[1].every((byte, i) => head[i] === byte))
  if (magic !== undefined) return magic[0]
  return head.indexOf(0) === -1 ? undefined : 'NUL byte'
}

type WideEncoding = 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'

/** Code units looked at to recognise UTF-16 or UTF-32 without a byte order mark. */
const SNIFF_UNITS = 2048
/** Share of those units that must look like Latin text (one non-zero byte, the rest zero). */
const WIDE_SHARE = 0.9

/** The encoding a byte order mark names, or that the head's zero bytes reveal; undefined for UTF-8 and binaries. */
function wideEncoding(bytes: Uint8Array): WideEncoding | undefined {
  // Indexed, not destructured: destructuring walks the array's iterator, once per file read.
  const b0 = bytes[0], b1 = bytes[1], b2 = bytes[2], b3 = bytes[3]
  // UTF-32LE's mark starts like UTF-16LE's, so it is checked first.
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'utf-32le'
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'utf-32be'
  if (b0 === 0xff && b1 === 0xfe) return 'utf-16le'
  if (b0 === 0xfe && b1 === 0xff) return 'utf-16be'
  // Wide text of Latin characters is mostly zero bytes: a head without any (nearly every file) is not wide.
  if (bytes.subarray(0, SNIFF_UNITS * 4).indexOf(0) === -1) return undefined
  for (const [encoding, width, at] of [['utf-32le', 4, 0], ['utf-32be', 4, 3], ['utf-16le', 2, 0], ['utf-16be', 2, 1]] as const) {
    if (looksWide(bytes, width, at)) return encoding
  }
  return undefined
}

/** Most units of `width` bytes have their only non-zero byte at `at`: ASCII text in that encoding. */
function looksWide(bytes: Uint8Array, width: 2 | 4, at: number): boolean {
  const units = Math.min(SNIFF_UNITS, Math.floor(bytes.length / width))
  if (units < 2) return false
  // Stops as soon as too many units are not Latin for the share to be reached.
  const allowed = units - units * WIDE_SHARE
  let other = 0
  for (let u = 0; u < units; u++) {
    let ok = bytes[u * width + at] !== 0
    for (let i = 0; i < width && ok; i++) if (i !== at && bytes[u * width + i] !== 0) ok = false
    if (!ok && ++other > allowed) return false
  }
  return true
}

/**
 * Text from bytes: UTF-16 or UTF-32 when a byte order mark or the zero-byte pattern says so, otherwise UTF-8. Byte
 * order marks are dropped, so column 1 is the first real character; invalid sequences become U+FFFD instead of
 * failing, and the file is still scanned.
 */
export function decodeText(bytes: Buffer): string {
  const wide = wideEncoding(bytes)
  if (wide === 'utf-32le' || wide === 'utf-32be') return decodeUtf32(bytes, wide === 'utf-32le')
  if (wide !== undefined) return new TextDecoder(wide).decode(bytes)
  // Buffer#toString rather than TextDecoder: about 4x faster on ASCII-heavy text, the common case.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  return bytes.toString('utf8', start)
}

/** A file's text chunk by chunk (`chunkDecoder`). */
export interface ChunkDecoder {
  /** `carried` (text kept from before, default none) followed by the text of `bytes`, as one string. */
  readonly decode: (bytes: Uint8Array, carried?: string) => string
  /** What is left at the end of the file. */
  readonly end: () => string
}

/**
 * Decodes a file chunk by chunk, as {@link decodeText} decodes it whole: the encoding is judged on the first chunk,
 * and a character split between two chunks comes out whole with the second. `end` flushes what is left.
 */
export function chunkDecoder(head: Uint8Array): ChunkDecoder {
  const wide = wideEncoding(head)
  let first = true
  if (wide === 'utf-32le' || wide === 'utf-32be') {
    // Chunks are whole multiples of 4 bytes (all but the last are CHUNK_BYTES long).
    return {
      decode: (bytes, carried = '') => {
        const text = decodeUtf32(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), wide === 'utf-32le', first)
        first = false
        return carried + text
      },
      end: () => ''
    }
  }
  if (wide !== undefined) {
    const decoder = new TextDecoder(wide)
    return { decode: (bytes, carried = '') => carried + decoder.decode(bytes, { stream: true }), end: () => decoder.decode() }
  }
  // Buffer#toString per chunk, not a StringDecoder (several times slower on ASCII); a sequence cut by the chunk's end
  // is held back and decoded with the next chunk, which is what decoding the whole file at once gives.
  let heldBack: Buffer = Buffer.alloc(0)
  return {
    decode: (bytes, carried = '') => {
      const start = first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
      first = false
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start)
      const carriedBytes = carried === '' ? 0 : Buffer.byteLength(carried)
      const before = carriedBytes + heldBack.length
      // A chunk readSource read has room before it in the scratch buffer: the carried text (valid UTF-16, so it comes
      // back the same) and the held-back bytes are written there and decoded with the chunk in one pass.
      const inPlace = before > 0 && chunk.buffer === scratch.buffer && chunk.byteOffset - scratch.byteOffset >= before
      const whole = inPlace ? Buffer.from(chunk.buffer, chunk.byteOffset - before, before + chunk.byteLength) : heldBack.length === 0 ? chunk : Buffer.concat([heldBack, chunk])
      if (inPlace) {
        whole.write(carried, 0)
        heldBack.copy(whole, carriedBytes)
      }
      const end = whole.length - cutSequence(whole)
      heldBack = Buffer.from(whole.subarray(end))
      return (inPlace ? '' : carried) + whole.toString('utf8', 0, end)
    },
    end: () => heldBack.toString('utf8')
  }
}

/** How many bytes at the end of `bytes` begin a UTF-8 sequence that they do not complete (0 to 3). */
function cutSequence(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!
    if ((byte & 0xc0) === 0x80) continue // a continuation byte: the sequence starts further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
    return length > back ? back : 0
  }
  return 0
}

/** UTF-32, which TextDecoder does not read; a byte order mark is dropped, and a value that is no character is U+FFFD. */
function decodeUtf32(bytes: Buffer, littleEndian: boolean, atStart = true): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const chunks: string[] = []
  let points: number[] = []
  for (let at = 0; at + 4 <= bytes.length; at += 4) {
    const point = view.getUint32(at, littleEndian)
    if (at === 0 && atStart && point === 0xfeff) continue
    points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point)
    // In pieces: fromCodePoint takes its arguments on the stack.
    if (points.length === 8192) {
      chunks.push(String.fromCodePoint(...points))
      points = []
    }
  }
  chunks.push(String.fromCodePoint(...points))
  return chunks.join('')
}
