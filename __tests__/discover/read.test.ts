import { describe, it, expect, afterAll, beforeAll } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { binaryKind, chunkDecoder, CHUNK_BYTES, decodeText, isStreamed, readRoot, readSource } from '../../src/discover/read.js'
import { ioCounts, resetIoCounts } from '../../src/discover/counts.js'
import { cleanup, makeTree } from './tree.js'

const MAX = 1024 * 1024
let root: string
beforeAll(async () => {
  root = await makeTree({})
})
afterAll(() => cleanup(root))

function read(bytes: string | Uint8Array, maxFileSize = MAX) {
  const path = `file-${Math.random().toString(36).slice(2)}`
  writeFileSync(join(root, path), bytes)
  const result = readSource(root, path, { maxFileSize, wholeUpTo: maxFileSize })
  return { ...result, path: '<file>' }
}

const bytes = (...values: number[]): Buffer => Buffer.from(values)
const limits = { maxFileSize: MAX, wholeUpTo: MAX }

describe('readSource', () => {
  it('decodes UTF-8 text', () => {
    expect(read('BASE_URL=https://api.example.com/v1\n# ünïcode ✓\n')).toEqual({
      path: '<file>',
      text: 'BASE_URL=https://api.example.com/v1\n# ünïcode ✓\n'
    })
  })

  it('reads an empty file as empty text', () => {
    expect(read('')).toEqual({ path: '<file>', text: '' })
  })

  it('strips a UTF-8 byte order mark', () => {
    expect(read(Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('A=1\n')]))).toEqual({ path: '<file>', text: 'A=1\n' })
  })

  it('decodes UTF-16 LE and BE files with a byte order mark', () => {
    const text = 'OPENAI_API_KEY=x\r\nÄ=日本\r\n'
    const le = Buffer.concat([bytes(0xff, 0xfe), Buffer.from(text, 'utf16le')])
    const be = Buffer.concat([bytes(0xfe, 0xff), Buffer.from(text, 'utf16le').swap16()])
    expect(read(le)).toEqual({ path: '<file>', text })
    expect(read(be)).toEqual({ path: '<file>', text })
  })

  it('replaces invalid UTF-8 with U+FFFD and still returns the text', () => {
    const mixed = Buffer.concat([Buffer.from('A='), bytes(0xc3, 0x28, 0xff), Buffer.from('\nB=2\n')])
    expect(read(mixed)).toEqual({ path: '<file>', text: 'A=\uFFFD(\uFFFD\nB=2\n' })
  })

  it('reads a text file longer than the sniffed head in full', () => {
    const text = 'KEY=value\n'.repeat(5000)
    expect(read(text)).toEqual({ path: '<file>', text })
  })

  it('skips a file with a NUL byte in its first 8 KiB as binary', () => {
    expect(read(Buffer.concat([Buffer.from('x'.repeat(8000)), bytes(0)]))).toEqual({
      path: '<file>',
      reason: 'binary',
      detail: 'NUL byte'
    })
  })

  it('reads a file whose first NUL byte comes after 8 KiB as text', () => {
    const result = read(Buffer.concat([Buffer.from('x'.repeat(8192)), bytes(0)]))
    expect(result).toMatchObject({ text: expect.stringMatching(/^x{8192}\0$/) })
  })

  it('recognises binary formats by magic bytes even without a NUL byte', () => {
    expect(read('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n')).toEqual({ path: '<file>', reason: 'binary', detail: 'pdf' })
    expect(read(bytes(0x1f, 0x8b, 0x08, 0x08, 0x41, 0x42))).toMatchObject({ reason: 'binary', detail: 'gzip' })
  })

  it('checks the size again on the open file', () => {
    expect(read('x'.repeat(11), 10)).toEqual({ path: '<file>', reason: 'too-large', detail: '11 bytes' })
    expect(read('x'.repeat(10), 10)).toEqual({ path: '<file>', text: 'x'.repeat(10) })
  })

  it('reads the same file through the root as the scan passes it (readRoot) as through the root as given', () => {
    mkdirSync(join(root, 'sub/deeper'), { recursive: true })
    writeFileSync(join(root, 'sub/deeper/.env'), 'A=1\n')
    for (const given of [root, `${root}/`, readRoot(root), readRoot(`${root}/sub/..`)]) {
      expect(readSource(given, 'sub/deeper/.env', limits)).toEqual({ path: 'sub/deeper/.env', text: 'A=1\n' })
    }
    expect(readRoot(`${root}/sub/..`)).toBe(readRoot(root))
  })

  it('never throws: a missing file or a folder comes back as unreadable', () => {
    mkdirSync(join(root, 'folder'))
    expect(readSource(root, 'missing.env', limits)).toEqual({ path: 'missing.env', reason: 'unreadable', detail: 'ENOENT' })
    expect(readSource(root, 'folder', limits)).toMatchObject({ path: 'folder', reason: 'unreadable' })
  })

  it('does not hang on a FIFO', () => {
    execFileSync('mkfifo', [join(root, 'pipe')])
    expect(readSource(root, 'pipe', limits)).toEqual({ path: 'pipe', reason: 'unreadable', detail: 'not a regular file' })
  })
})

describe('readSource: one read per file', () => {
  it('reads a file shorter than a chunk with one read, sniff included, and no fstat', () => {
    writeFileSync(join(root, 'one.env'), 'KEY=value\n'.repeat(5000))
    resetIoCounts()
    expect(readSource(root, 'one.env', limits)).toMatchObject({ text: expect.stringMatching(/^KEY=value/) })
    expect(ioCounts).toMatchObject({ read: 1, fstat: 0, lstat: 0 })
  })

  it('measures only a file that fills a chunk, and reads one held whole in two reads', () => {
    writeFileSync(join(root, 'big.yml'), 'a: b\n'.repeat(CHUNK_BYTES / 4))
    resetIoCounts()
    const result = readSource(root, 'big.yml', { maxFileSize: 8 * CHUNK_BYTES, wholeUpTo: 8 * CHUNK_BYTES })
    expect(result).toMatchObject({ text: expect.stringMatching(/^a: b\n/) })
    expect('text' in result && result.text.length).toBe(CHUNK_BYTES * 1.25)
    expect(ioCounts).toMatchObject({ read: 2, fstat: 1 })
  })

  it('streams a file over what may be held whole, chunk by chunk through one buffer, closing it at the end', () => {
    const content = Buffer.alloc(2 * CHUNK_BYTES + 10, 'x')
    writeFileSync(join(root, 'huge.log'), content)
    resetIoCounts()
    const result = readSource(root, 'huge.log', { maxFileSize: 8 * CHUNK_BYTES, wholeUpTo: CHUNK_BYTES })
    if (!isStreamed(result)) throw new Error('expected a stream')
    expect(result.size).toBe(content.length)
    const lengths = [...result.chunks].map((chunk) => chunk.length)
    expect(lengths).toEqual([CHUNK_BYTES, CHUNK_BYTES, 10])
    // The first chunk served the sniff; each further chunk is one read, and a short one is the end.
    expect(ioCounts.read).toBe(3)
  })

  it('skips a file over the size cap from the same first read', () => {
    writeFileSync(join(root, 'over.json'), 'x'.repeat(101))
    resetIoCounts()
    expect(readSource(root, 'over.json', { maxFileSize: 100, wholeUpTo: 100 })).toEqual({ path: 'over.json', reason: 'too-large', detail: '101 bytes' })
    expect(ioCounts).toMatchObject({ read: 1, fstat: 1 })
  })
})

describe('binaryKind', () => {
  it.each([
    ['png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['zip', Buffer.from('PK\x03\x04rest', 'latin1')],
    ['elf', Buffer.from('\x7fELF\x02\x01', 'latin1')]
  ])('names %s', (name, head) => {
    expect(binaryKind(head)).toBe(name)
  })

  it('takes text with a UTF-16 byte order mark for text despite its NUL bytes', () => {
    expect(binaryKind(Buffer.concat([bytes(0xff, 0xfe), Buffer.from('A=1', 'utf16le')]))).toBeUndefined()
  })

  it('takes plain text, including text that starts like a short signature, for text', () => {
    expect(binaryKind(Buffer.from('PK is a primary key\n'))).toBeUndefined()
    expect(binaryKind(Buffer.from('GIF is pronounced …\n'))).toBeUndefined()
  })
})

describe('chunkDecoder', () => {
  // Characters of one to four bytes, a byte order mark, and bytes that are no UTF-8: a stray continuation byte, 0xff,
  // a sequence cut short in the middle and one cut short at the very end.
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('a ü 日本 😀 z'),
    Buffer.from([0x80, 0x41, 0xff, 0x42, 0xe6, 0x97, 0x43]),
    Buffer.from(' end 😀'),
    Buffer.from([0xf0, 0x9f, 0x98])
  ])
  const decodeIn = (pieces: readonly Buffer[]): string => {
    const decoder = chunkDecoder(pieces[0]!)
    return pieces.map((piece) => decoder.decode(piece)).join('') + decoder.end()
  }

  // The first chunk is a whole read (a mebibyte, or the whole file): it always holds the byte order mark whole.
  it('decodes a file cut anywhere into two chunks as decodeText decodes it whole', () => {
    const whole = decodeText(bytes)
    expect(whole.startsWith('a ü')).toBe(true)
    for (let cut = 3; cut < bytes.length; cut++) expect([cut, decodeIn([bytes.subarray(0, cut), bytes.subarray(cut)])]).toEqual([cut, whole])
  })

  it('decodes a file read one byte at a time after the first chunk as decodeText decodes it whole', () => {
    expect(decodeIn([bytes.subarray(0, 3), ...Array.from(bytes.subarray(3), (byte) => Buffer.from([byte]))])).toBe(decodeText(bytes))
  })

  it('decodes a chunk readSource streams together with the text carried over, written into the room before it', () => {
    const path = 'streamed.log'
    // A three-byte character cut by the first chunk's end, and text either side.
    const head = Buffer.alloc(CHUNK_BYTES - 1, 'a')
    writeFileSync(join(root, path), Buffer.concat([head, Buffer.from('日本 tail\n'), Buffer.alloc(1000, 'b')]))
    const source = readSource(root, path, { maxFileSize: 4 * CHUNK_BYTES, wholeUpTo: 1024 })
    if (!isStreamed(source)) throw new Error('not streamed')
    // Each chunk is valid until the next is asked for: taken one at a time.
    const first = source.chunks.next().value!
    const decoder = chunkDecoder(first)
    expect(decoder.decode(first).length).toBe(CHUNK_BYTES - 1)
    const second = source.chunks.next().value!
    const carried = 'carried é 😀 '
    const text = decoder.decode(second, carried)
    expect(text).toBe(`${carried}日本 tail\n${'b'.repeat(1000)}`)
    // Written where the chunk's buffer has room, before it: the carried text, then the byte of 日 held back.
    const before = Buffer.byteLength(carried) + 1
    expect(Buffer.from(second.buffer, second.byteOffset - before, before - 1).toString()).toBe(carried)
    expect(source.chunks.next().done).toBe(true)
  })
})

