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
 * the number before a version 4 path is the offset encoding of pack-format.txt (varint.c `decode_varint`). What git
 * reads and refuses, and how it finds the work tree: git v2.39.5 read-cache.c (`create_from_disk`, `ondisk_ce_size`,
 * the extensions and extended flags it dies on), setup.c (`is_git_directory`, `check_repository_format_gently`,
 * `setup_discovered_git_dir`), path.c (`validate_headref`) and builtin/ls-files.c (which entries `--cached` shows).
 */
import { closeSync, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { readInto } from './read.js'

/** Settings of the environment that change where git looks or what it reads: with any of them, git decides. */
const GIT_LOCATION_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_OBJECT_DIRECTORY'
]

/**
 * Repository settings that move the work tree (`core.worktree`, and `extensions.worktreeConfig`, which reads more of
 * them from `config.worktree`) or change what the index holds (`extensions.objectFormat`, `core.splitIndex`): whatever
 * their value, git decides. `core.bare` only counts when true, and the format version when not 0.
 */
const UNMODELLED_KEYS = new Set(['worktree', 'worktreeconfig', 'objectformat', 'splitindex'])
/** What git reads as false (config.c `git_parse_maybe_bool_text`); a key with no value is true. */
const FALSE_VALUES = new Set(['false', 'no', 'off', '0', ''])
/** One `key` or `key = value` of a config line, after any `[section]` header on the same line. */
const CONFIG_LINE = /^\s*(?:\[[^\]]*\]\s*)?([A-Za-z][A-Za-z0-9-]*)\s*(=.*)?$/

/** The index is read whole; a larger one (some 2 million paths) goes to git. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024
const SHA1_BYTES = 20
/** ctime, mtime (seconds and nanoseconds), dev, ino, mode, uid, gid, size: ten 32-bit fields. */
const STAT_BYTES = 40
const FLAGS_BYTES = 2
const NAME_LENGTH_MASK = 0x0fff
const EXTENDED_FLAG = 0x4000
/** The extended flags git 2.39 knows (skip-worktree, intent-to-add); any other makes it refuse the index. */
const KNOWN_EXTENDED_FLAGS = 0x6000
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
    if (hasUnmodelledSetting(readFileSync(join(gitDir, 'config'), 'utf8'))) return undefined
    const index = readIndex(join(gitDir, 'index'))
    if (index === undefined) return undefined
    const folder = relative(top, realRoot).split(sep).join('/')
    return folder === '' ? index : underFolder(index, `${folder}/`)
  } catch {
    return undefined
  }
}

/**
 * Whether a repository's config holds a setting this reader does not model (see UNMODELLED_KEYS), read the way git
 * reads a line: a key may follow its section's header, and a bare key means true. Keys are taken in any section:
 * one in another section than git's only sends the listing to git.
 */
export function hasUnmodelledSetting(config: string): boolean {
  for (const line of config.split('\n')) {
    const match = CONFIG_LINE.exec(line)
    if (match === null) continue
    const key = match[1]!.toLowerCase()
    const value = (match[2] ?? '=').slice(1).replace(/\s[#;].*$|^[#;].*$/, '').trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase()
    if (UNMODELLED_KEYS.has(key)) return true
    if (key === 'bare' && (match[2] === undefined || !FALSE_VALUES.has(value))) return true
    if (key === 'repositoryformatversion' && value !== '0') return true
  }
  return false
}

/**
 * The folder git would take as the top of the work tree for `realRoot`: the nearest folder up the tree with a `.git`
 * folder that is a repository by git's test, on the same file system (git stops at a boundary), both owned by this
 * user (git refuses another's unless `safe.directory` says so, which is git's to read). Undefined whenever git could
 * answer otherwise: a `.git` file (a linked work tree, a submodule) or link, a `.git` folder git would pass by (a
 * `HEAD` that is no ref nor object name) or that shares another's (`commondir`), a `config.worktree`, a root inside a
 * `.git` folder, a folder up the way that looks like a repository itself (bare).
 */
function workTreeTop(realRoot: string): string | undefined {
  if (realRoot.split(sep).includes('.git')) return undefined
  let device: number | undefined
  for (let dir = realRoot; ; dir = dirname(dir)) {
    const here = statSync(dir)
    device ??= here.dev
    if (here.dev !== device) return undefined
    const gitDir = join(dir, '.git')
    const dotGit = lstatSync(gitDir, { throwIfNoEntry: false })
    if (dotGit !== undefined) {
      const user = process.geteuid?.()
      if (!dotGit.isDirectory() || dotGit.uid !== user || here.uid !== user) return undefined
      const plain = hasValidHead(gitDir) && looksLikeRepository(gitDir) && !exists(join(gitDir, 'commondir')) && !exists(join(gitDir, 'config.worktree'))
      return plain ? dir : undefined
    }
    if (looksLikeRepository(dir)) return undefined
    if (dirname(dir) === dir) return undefined
  }
}

/** git's own test (setup.c `is_git_directory`), but for `HEAD`'s content: a `HEAD`, an `objects` folder and a `refs` folder. */
function looksLikeRepository(dir: string): boolean {
  return exists(join(dir, 'HEAD')) && isFolder(join(dir, 'objects')) && isFolder(join(dir, 'refs'))
}

/** A `HEAD` git takes (path.c `validate_headref`): `ref: refs/…`, an object name, or a link into `refs/`. */
function hasValidHead(gitDir: string): boolean {
  const head = join(gitDir, 'HEAD')
  if (lstatSync(head).isSymbolicLink()) return readlinkSync(head).startsWith('refs/')
  const text = readFileSync(head, 'latin1')
  return /^ref:\s*refs\//.test(text) || /^[0-9a-f]{40}\s*$/.test(text)
}

const exists = (path: string): boolean => lstatSync(path, { throwIfNoEntry: false }) !== undefined

const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true

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
    return bytes.subarray(0, readInto(fd, bytes, 0, size))
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
  let listed = 0
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
      if (version < 3 || (((bytes[at]! << 8) | bytes[at + 1]!) & ~KNOWN_EXTENDED_FLAGS) !== 0) return undefined
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
      listed++
    }
    // Past the NUL: in versions 2 and 3, 1 to 8 NULs pad the entry to a multiple of eight bytes.
    at = version === 4 ? at + 1 : start + ((at - start + 8) & ~7)
    if (at > end) return undefined
  }
  if (hasUnreadExtension(bytes, at, end)) return undefined
  const paths = written === 0 ? [] : names.toString('utf8', 0, written - 1).split('\0')
  // A name with a NUL inside (a crafted index; git prints it cut there) would come out as two: left to git.
  return paths.length === listed ? paths : undefined
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
 * Whether the extensions after the entries hold one git does not let a reader ignore: a signature that does not start
 * with an upper-case letter (a split index's `link`, a sparse index's `sdir`, or one git would refuse). Extensions
 * that do not hold together count too.
 */
function hasUnreadExtension(bytes: Buffer, at: number, end: number): boolean {
  while (at < end) {
    if (at + 8 > end) return true
    const first = bytes[at]!
    const size = bytes.readUInt32BE(at + 4)
    if (first < 0x41 || first > 0x5a || at + 8 + size > end) return true
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
