/**
 * The reporters and the code that posts to GitHub show what the engine handed them and nothing else: no file of the
 * scanned repository is read again to rebuild a line (the engine carries `fixedLine`), so no text bypasses the
 * engine's masking. The action itself reads only its own inputs (the baseline file, path checks).
 */
import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const SRC = join(process.cwd(), 'src')
const FS = /from\s*['"](?:node:)?fs(?:\/promises)?['"]|import\s*\(\s*['"](?:node:)?fs(?:\/promises)?['"]\s*\)|require\(\s*['"](?:node:)?fs/

const tsFiles = (dir: string): string[] => readdirSync(join(SRC, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(SRC, dir, f))
const name = (file: string): string => relative(SRC, file)
const text = (file: string): string => readFileSync(file, 'utf8')

describe('no re-reading of scanned files after the engine', () => {
  it('reporters, the GitHub client code and the pull request step import no file system module', () => {
    const pure = [...tsFiles('reporters'), ...tsFiles('github'), join(SRC, 'action', 'pull-request.ts')]
    expect(pure.filter((file) => FS.test(text(file))).map(name)).toEqual([])
  })

  it('no action module decodes a repository file as the scan does', () => {
    expect(tsFiles('action').filter((file) => /discover\/read\.js|readFileSync|decodeText/.test(text(file))).map(name)).toEqual([])
  })
})
