/**
 * The tracked paths of a work tree read from git's index file itself, as `git ls-files --cached` lists them, without
 * starting git: a pull request's scan waits for that listing before it can choose what to read, and a spawn of git
 * costs the thread more than reading the index. Anything this reader does not model (another repository layout, a
 * split or sparse index, SHA-256 object names, settings in the environment, an owner git may refuse, a system other
 * than Linux, whose file systems may fold case or compose Unicode in paths) gives undefined, and git is asked as
 * before. Files the repository's config includes are not read: only what moves the work tree or changes the index
 * matters here, and a clone's own config is where git and its tools write that.
 *
 * Format: git/git Documentation/gitformat-index.txt @ 00d3e8d (entries, version 4 path compression, extensions);
 * the number before a version 4 path is the offset encoding of pack-format.txt (varint.c `decode_varint`).
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'

/** Settings of the environment that change where git looks or what it reads: with any of them, git decides. */
const GIT_LOCATION_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT'
]

/** Repository settings that move the work tree or change the index's layout (checked in `.git/config`). */
const UNMODELLED_CONFIG = /^\s*(?:worktree|worktreeconfig|objectformat|splitindex)\s*=|^\s*bare\s*=\s*true\b/im

/** The index is read whole; a larger one (some 2 million paths) goes to git. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024
const SHA1_BYTES = 20
/** ctime, mtime (seconds and nanoseconds), dev, ino, mode, uid, gid, size: ten 32-bit fields. */
const STAT_BYTES = 40
const FLAGS_BYTES = 2
const NAME_LENGTH_MASK = 0x0fff
const EXTENDED_FLAG = 0x4000
const STAGE_MASK = 0x3000
/** The high 4 bits of the mode's low 16 for a folder (mode 040000). */
const DIRECTORY_TYPE_BITS = 0x40

/**
 * The paths under `root` that git's index holds, relative to `root` with '/' separators, in the index's order with a
 * path of several conflict stages once: what `git ls-files -z --cached` run in `root` prints. Undefined when git
 * should be asked instead (see the module's comment); never throws.
 */
export function indexedPaths(root: string): string[] | undefined {
  try {
    if (process.platform !== 'linux' || GIT_LOCATION_VARIABLES.some((name) => process.env[name] !== undefined)) return undefined
    const realRoot = realpathSync.native(root)
    const top = workTreeTop(realRoot)
    if (top === undefined) return undefined
    const gitDir = join(top, '.git')
    if (UNMODELLED_CONFIG.test(readFileSync(join(gitDir, 'config'), 'utf8'))) return undefined
    const index = readIndex(join(gitDir, 'index'))
    if (index === undefined) return undefined
    const folder = relative(top, realRoot).split(sep).join('/')
    return folder === '' ? index : underFolder(index, `${folder}/`)
  } catch {
    return undefined
  }
}

/**
 * The folder git would take as the top of the work tree for `realRoot`: the nearest folder up the tree with a `.git`
 * folder that looks like a repository (git skips one that does not, and so would we get it wrong), on the same file
 * system (git stops at a boundary), owned by this user (git refuses another's unless `safe.directory` says so, which
 * is git's to read). Undefined when git could answer otherwise: a `.git` file (a linked work tree, a submodule), a
 * root inside a `.git` folder, a folder up the way that is a repository itself (bare).
 */
function workTreeTop(realRoot: string): string | undefined {
  if (realRoot.split(sep).includes('.git')) return undefined
  const device = statSync(realRoot).dev
  for (let dir = realRoot; ; dir = dirname(dir)) {
    const here = statSync(dir)
    if (here.dev !== device) return undefined
    const dotGit = statOrUndefined(join(dir, '.git'))
    if (dotGit !== undefined) {
      const user = process.geteuid?.()
      if (!dotGit.isDirectory() || dotGit.uid !== user || here.uid !== user) return undefined
      return looksLikeRepository(join(dir, '.git')) ? dir : undefined
    }
    if (looksLikeRepository(dir)) return undefined
    if (dirname(dir) === dir) return undefined
  }
}

/** git's own test (setup.c `is_git_directory`): a `HEAD`, an `objects` folder and a `refs` folder. */
function looksLikeRepository(dir: string): boolean {
  return statOrUndefined(join(dir, 'HEAD')) !== undefined && statOrUndefined(join(dir, 'objects'))?.isDirectory() === true && statOrUndefined(join(dir, 'refs'))?.isDirectory() === true
}

function statOrUndefined(path: string): ReturnType<typeof statSync> | undefined {
  return statSync(path, { throwIfNoEntry: false })
}

/** The paths of an index file; [] when there is none (nothing added yet), undefined for what this reader does not read. */
function readIndex(file: string): string[] | undefined {
  let bytes: Buffer
  try {
    bytes = readWhole(file)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? [] : undefined
  }
  return bytes.length === 0 ? undefined : parseIndex(bytes)
}

function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    if (size > MAX_INDEX_BYTES) throw new Error('index too large')
    const bytes = Buffer.allocUnsafe(size)
    let filled = 0
    while (filled < size) {
      const read = readSync(fd, bytes, filled, size - filled, filled)
      if (read === 0) break
      filled += read
    }
    return bytes.subarray(0, filled)
  } finally {
    closeSync(fd)
  }
}

/**
 * The paths of an index's entries, a path of several conflict stages once; undefined for a version this does not
 * read, a sparse directory entry, a split or sparse index, or bytes that do not hold together. The names are gathered
 * into one run, each ended by a NUL, which is decoded and split once: the bytes `git ls-files -z` prints, read the
 * same way, with no call per path. They are gathered at the start of `bytes` itself (each entry's name is preceded
 * by at least 62 bytes the listing drops), so `bytes` is overwritten; a version 4 name, which repeats what it keeps of
 * the one before, is put together in a buffer of its own.
 */
export function parseIndex(bytes: Buffer): string[] | undefined {
  if (bytes.length < 12 + SHA1_BYTES || bytes.toString('latin1', 0, 4) !== 'DIRC') return undefined
  const version = bytes.readUInt32BE(4)
  if (version < 2 || version > 4) return undefined
  const count = bytes.readUInt32BE(8)
  const end = bytes.length - SHA1_BYTES
  // A version 4 index whose names take more than 8 times its size goes to git.
  const names = version === 4 ? Buffer.allocUnsafe(Math.min(MAX_INDEX_BYTES, end * 8)) : bytes
  let written = 0
  let previousStart = 0
  let previousLength = -1
  let at = 12
  for (let i = 0; i < count; i++) {
    const start = at
    if (at + STAT_BYTES + SHA1_BYTES + FLAGS_BYTES > end) return undefined
    // The mode's object type, in the high 4 bits of its low 16: a folder is a sparse index's entry.
    if ((bytes[at + 26]! & 0xf0) === DIRECTORY_TYPE_BITS) return undefined
    at += STAT_BYTES + SHA1_BYTES
    const flags = (bytes[at]! << 8) | bytes[at + 1]!
    at += FLAGS_BYTES
    if (flags & EXTENDED_FLAG) {
      if (version < 3) return undefined
      at += 2
    }
    // The name's length is in the flags up to 0xFFE; 0xFFF stands for any longer one, which ends at its NUL.
    const length = flags & NAME_LENGTH_MASK
    const nameStart = written
    if (version === 4) {
      // The first name is taken off an empty one.
      const before = Math.max(previousLength, 0)
      const strip = readVarint(bytes, at, end)
      if (strip === undefined || strip.value > before) return undefined
      const kept = before - strip.value
      names.copyWithin(written, previousStart, previousStart + kept)
      written += kept
      at = strip.next
    }
    const nul = length < NAME_LENGTH_MASK ? at + length - (written - nameStart) : bytes.indexOf(0, at)
    if (nul < at || nul >= end || bytes[nul] !== 0 || written + (nul - at) >= names.length) return undefined
    if (names === bytes) names.copyWithin(written, at, nul)
    else names.set(bytes.subarray(at, nul), written)
    written += nul - at
    at = nul
    const nameLength = written - nameStart
    if (nameLength === 0 || (length < NAME_LENGTH_MASK ? length !== nameLength : nameLength < NAME_LENGTH_MASK)) return undefined
    // A path in conflict comes once per stage (1 to 3), one after the other: kept once, as the caller keeps git's.
    if ((flags & STAGE_MASK) !== 0 && nameLength === previousLength && names.compare(names, previousStart, previousStart + previousLength, nameStart, written) === 0) {
      written = nameStart
    } else {
      previousStart = nameStart
      previousLength = nameLength
      names[written++] = 0
    }
    // Past the NUL: in versions 2 and 3, 1 to 8 NULs pad the entry to a multiple of eight bytes.
    at = version === 4 ? at + 1 : start + ((at - start + 8) & ~7)
    if (at > end) return undefined
  }
  if (hasUnreadExtension(bytes, at, end)) return undefined
  return written === 0 ? [] : names.toString('utf8', 0, written - 1).split('\0')
}

/** The offset encoding of pack-format.txt: 7 bits a byte, high bit set on all but the last, plus 2^7 + … per extra byte. */
function readVarint(bytes: Buffer, at: number, end: number): { value: number; next: number } | undefined {
  if (at >= end) return undefined
  let byte = bytes[at++]!
  let value = byte & 0x7f
  while (byte & 0x80) {
    // No path is longer than this: a larger number is not an index this reader understands.
    if (at >= end || value > 0xffffff) return undefined
    byte = bytes[at++]!
    value = (value + 1) * 128 + (byte & 0x7f)
  }
  return { value, next: at }
}

/**
 * Whether the extensions after the entries include one that changes what the entries mean: a split index (`link`,
 * most entries in another file) or a sparse one (`sdir`). Extensions that do not hold together count too.
 */
function hasUnreadExtension(bytes: Buffer, at: number, end: number): boolean {
  while (at < end) {
    if (at + 8 > end) return true
    const signature = bytes.toString('latin1', at, at + 4)
    const size = bytes.readUInt32BE(at + 4)
    if (signature === 'link' || signature === 'sdir' || at + 8 + size > end) return true
    at += 8 + size
  }
  return false
}

/** The paths under `prefix` (a folder ending with '/'), relative to it. */
function underFolder(paths: readonly string[], prefix: string): string[] {
  const under: string[] = []
  for (const path of paths) if (path.startsWith(prefix)) under.push(path.slice(prefix.length))
  return under
}
