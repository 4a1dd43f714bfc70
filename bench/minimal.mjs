/**
 * The floor `npm run bench` measures the scanner against: a minimal Node scanner doing the scan's reading and its key
 * regex, and nothing else. It does:
 * - walk the tree with `readdirSync(…, { withFileTypes: true })`, skipping `.git` and `node_modules`, following no
 *   symlink;
 * - `statSync` each regular file for the size cap, then read it whole with one `readFileSync(…, 'utf8')`;
 * - run the scan's own combined regex of the formats it looks for anywhere (src/providers/catalog.ts `textScanRegex`:
 *   every unique key format, derived from the registry at bench time by bench/key-regex.mjs) over the text with
 *   `String.prototype.match`, counting the matches.
 * It does not: check a match's leading boundary or identify its format, drop placeholders, look for shared shapes
 * (32 hex, UUIDs) and their context, sniff binary files, honour .gitignore or ignore directives, parse any file, or
 * run rules and a reporter. So the ratio of the real scan to it is what the linting costs above reading and matching.
 * With `--stream`, files are read in chunks of 1 MiB (a key cut by a chunk's end is found in the next, which
 * starts 256 characters earlier): the floor for files too large to hold (bench/bigfiles.mjs).
 *
 *   node bench/minimal.mjs <root> <max file size> [--stream]   → prints {"files":…,"bytes":…,"matches":…}
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'

/** The regex from bench/key-regex.mjs's cache (kept fresh by bench/run.mjs), derived here only when it is missing. */
async function keyRegex() {
  const cache = new URL('tree/.key-regex.json', import.meta.url)
  if (!existsSync(cache)) return (await import('./key-regex.mjs')).keyRegex()
  const { source, flags } = JSON.parse(readFileSync(cache, 'utf8'))
  return new RegExp(source, flags)
}

const KEYS = await keyRegex()
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
