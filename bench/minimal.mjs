/**
 * The floor `npm run bench` measures the scanner against: a minimal Node scanner that walks the tree (skipping
 * `.git` and `node_modules`), reads each file once and runs one combined regex of key prefixes over it. It parses
 * nothing and judges nothing, so the ratio of the real scan to it is what the linting costs above reading.
 * With `--stream`, files are read in chunks of 1 MiB (a key cut by a chunk's end is found in the next, which
 * starts 256 characters earlier): the floor for files too large to hold (bench/bigfiles.mjs).
 *
 *   node bench/minimal.mjs <root> <max file size> [--stream]   → prints {"files":…,"bytes":…,"matches":…}
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'

const KEYS = /(?:sk-(?:ant-|proj-|or-v1-)?|gsk_|AIza|xai-|pplx-|hf_|nvapi-|r8_)[A-Za-z0-9_-]{20,}/g
const CHUNK = 1024 * 1024
const OVERLAP = 256

const [root, maxArg, mode] = process.argv.slice(2)
const maxFileSize = Number(maxArg)
const stream = mode === '--stream'
let files = 0
let bytes = 0
let matches = 0

/** Reads a file in chunks, each searched with the tail of the one before; counts the matches that end in the new part. */
function scanStreamed(path) {
  const fd = openSync(path, 'r')
  const buffer = Buffer.allocUnsafe(CHUNK)
  const decoder = new StringDecoder('utf8')
  let carry = ''
  try {
    for (let length; (length = readSync(fd, buffer, 0, CHUNK, null)) > 0; ) {
      const text = carry + decoder.write(buffer.subarray(0, length))
      bytes += length
      for (const m of text.matchAll(KEYS)) if (m.index + m[0].length > carry.length) matches++
      carry = text.slice(-OVERLAP)
    }
  } finally {
    closeSync(fd)
  }
}

const pending = [root]
while (pending.length > 0) {
  const dir = pending.pop()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') pending.push(path)
    } else if (entry.isFile() && statSync(path).size <= maxFileSize) {
      files++
      if (stream) {
        scanStreamed(path)
        continue
      }
      const text = readFileSync(path, 'utf8')
      bytes += text.length
      matches += text.match(KEYS)?.length ?? 0
    }
  }
}
console.log(JSON.stringify({ files, bytes, matches }))
