/**
 * The floor `npm run bench` measures the scanner against: a minimal Node scanner that walks the tree (skipping
 * `.git` and `node_modules`), reads each file once and runs one combined regex of key prefixes over it. It parses
 * nothing and judges nothing, so the ratio of the real scan to it is what the linting costs above reading.
 *
 *   node bench/minimal.mjs <root> <max file size>   → prints {"files":…,"bytes":…,"matches":…}
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const KEYS = /(?:sk-(?:ant-|proj-|or-v1-)?|gsk_|AIza|xai-|pplx-|hf_|nvapi-|r8_)[A-Za-z0-9_-]{20,}/g

const [root, maxArg] = process.argv.slice(2)
const maxFileSize = Number(maxArg)
let files = 0
let bytes = 0
let matches = 0
const pending = [root]
while (pending.length > 0) {
  const dir = pending.pop()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') pending.push(path)
    } else if (entry.isFile() && statSync(path).size <= maxFileSize) {
      const text = readFileSync(path, 'utf8')
      files++
      bytes += text.length
      matches += text.match(KEYS)?.length ?? 0
    }
  }
}
console.log(JSON.stringify({ files, bytes, matches }))
