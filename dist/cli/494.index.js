export const id = 494;
export const ids = [494,955];
export const modules = {

/***/ 2494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main_main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/discover/git.ts
/**
 * The one way this tool runs git. The folder it runs in is the repository under review, whose `.git/config` is
 * written by whoever made the clone — or by a tarball a user was asked to scan — so every call overrides the
 * settings that make git run programs: `core.fsmonitor` (run on every index refresh), `core.hooksPath`, and
 * `log.showSignature` with `gpg.program` (run by `git log` on signed commits). Options on the command line beat
 * every config file. The system config is skipped; the user's global config is kept, since it holds their own
 * `safe.directory` entries (actions/checkout adds one in containers). `safe.directory` itself is never widened: a
 * repository owned by another user is refused by git, and the caller walks the folder instead.
 */


/** Overrides for settings of the scanned repository that would make git run a program of its choosing. */
const HARDENED_CONFIG = [
    '-c', 'core.fsmonitor=false',
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'log.showSignature=false',
    '-c', 'gpg.program=false',
    '-c', 'gpg.ssh.program=false',
    '-c', 'core.quotePath=false'
];
/** The environment git runs with: no system config, no prompts, no index writes for a read-only listing. */
function gitEnv() {
    return { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}
/** A git command that failed, or a revision that cannot be passed to git; the message says what to do. */
class GitError extends Error {
    exitCode;
    name = 'GitError';
    constructor(message, 
    /** The exit status, when git ran. */
    exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}
/** Rejects revisions git could read as options; whether they exist is git's to judge. */
function git_checkedRevision(rev) {
    if (rev === '' || rev.startsWith('-') || /[\s\0]/.test(rev))
        throw new GitError(`not a git revision: ${JSON.stringify(rev)}`);
    return rev;
}
/** `git diff base...head failed (exit 128): fatal: bad revision 'x'.` plus a hint for shallow clones. */
function explainGitFailure(args, exitCode, stderr) {
    const firstLine = stderr.split('\n').find(line => line.trim() !== '')?.trim() ?? 'no error output';
    const revisions = args.includes('--end-of-options') ? args.slice(args.indexOf('--end-of-options') + 1).filter(arg => arg !== '--') : [];
    const hint = /bad revision|unknown revision|no merge base|bad object|invalid symmetric difference/i.test(stderr)
        ? ' The base or head commit is not in the clone: check out with `fetch-depth: 0` (actions/checkout).'
        : '';
    // The subcommand follows any `-c name=value` options.
    let at = 0;
    while (args[at] === '-c')
        at += 2;
    return `git ${[args[at], ...revisions].join(' ')} failed (exit ${exitCode ?? 'by signal'}): ${firstLine}.${hint}`;
}
/** Starts git hardened, without a shell; `input`, when given, is written to its stdin. */
function startGit(cwd, args, input) {
    const child = (0,external_node_child_process_.spawn)('git', [...HARDENED_CONFIG, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
        if (stderr.length < 4096)
            stderr += chunk;
    });
    // Settled from the start, so a spawn error (no git, no cwd) is never an unhandled rejection.
    const ended = new Promise((resolve) => {
        child.on('error', (error) => resolve({ error: new GitError(`git could not be run in ${cwd}: ${error.message}`) }));
        child.on('close', (code) => resolve(code === 0 ? {} : { error: new GitError(explainGitFailure(args, code, stderr), code) }));
    });
    // git may exit before reading its input (not a repository): its exit status tells, not the broken pipe.
    child.stdin.on('error', () => { });
    child.stdin.end(input ?? '');
    return { stdout: child.stdout, stop: () => void (child.exitCode === null && child.kill()), ended };
}
/**
 * Runs git hardened, without a shell, and returns its output split at `separator` (for lines, a trailing `\r`
 * dropped). Throws {@link GitError} when git cannot run or exits non-zero.
 */
async function git_runGit(cwd, args, { separator = '\n' } = {}) {
    const parts = [];
    for await (const batch of gitOutput(cwd, args, { separator })) {
        for (const part of batch)
            parts.push(separator === '\n' && part.endsWith('\r') ? part.slice(0, -1) : part);
    }
    return parts;
}
/**
 * The files changed between the merge base of `base` and `head`, and the lines `head` adds, from
 * `git diff --unified=0 base...head` in `cwd`. Needs both commits in the clone (`fetch-depth: 0`).
 * Throws {@link GitError} when git fails.
 */
async function changedFilesFromGit(cwd, base, head) {
    const lines = await git_runGit(cwd, ['diff', ...DIFF_OPTIONS, '--end-of-options', `${git_checkedRevision(base)}...${git_checkedRevision(head)}`, '--']);
    return readDiff(lines).map(file => ({
        path: file.path,
        status: file.status,
        ...(file.previousPath !== undefined ? { previousPath: file.previousPath } : {}),
        ...(file.binary ? {} : { addedLines: new Set(file.added.map(added => added.line)) })
    }));
}
/**
 * The files git would commit under `root`: tracked files plus untracked ones it does not ignore,
 * as paths relative to `root` with '/' separators. Run from `root`, git limits the listing to that
 * folder and prints paths relative to it, so a root inside a work tree needs no prefix handling.
 *
 * Returns undefined when `root` is not in a git work tree, when git cannot run (not installed, a
 * repository owned by another user), or when git ignores `root` itself (someone asked to scan a
 * build folder): the caller then walks the folder instead of silently scanning nothing.
 */
async function listGitFiles(root) {
    try {
        const listed = await git_runGit(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { separator: '\0' });
        // Unmerged paths are listed once per conflict stage, hence the Set.
        const paths = [...new Set(listed.filter(path => path !== ''))];
        if (paths.length === 0 && (await isIgnoredByGit(root)))
            return undefined;
        return paths;
    }
    catch {
        return undefined;
    }
}
/** `git check-ignore` exits 0 when the path is ignored and 1 when it is not. */
async function isIgnoredByGit(root) {
    return git_runGit(root, ['check-ignore', '--quiet', '.']).then(() => true, () => false);
}
/**
 * Runs git hardened (as {@link runGit}) with `input` on its stdin and returns its stdout as bytes, for
 * `cat-file --batch`, whose answers hold blobs of any content. Throws {@link GitError} on failure.
 */
async function gitBytes(root, args, input = '') {
    const git = startGit(root, args, input);
    const chunks = [];
    for await (const chunk of git.stdout)
        chunks.push(chunk);
    const { error } = await git.ended;
    if (error)
        throw error;
    return Buffer.concat(chunks);
}
/**
 * The files git ignores under `root`, for `--include-ignored` (a local `.env.local` beside the app), without
 * descending into `node_modules` (`--directory` would be cheaper, but it folds a folder holding nothing but
 * ignored files, `app/` with its `.env.local`, into one entry). Empty when git cannot run.
 */
async function listIgnoredFiles(root) {
    try {
        const args = ['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--', '.', ':(exclude,glob)**/node_modules/**'];
        return (await git_runGit(root, args, { separator: '\0' })).filter((path) => path !== '');
    }
    catch {
        return [];
    }
}
/**
 * What `git commit` would commit under `root`: the index's entries (stage 0; paths in conflict are left out until
 * resolved), with paths relative to `root`. Undefined when `root` is not in a git work tree or git cannot run.
 */
async function listStagedFiles(root) {
    try {
        // `<mode> SP <object> SP <stage> TAB <path>`
        return (await git_runGit(root, ['ls-files', '-z', '--stage'], { separator: '\0' }))
            .map((record) => /^(\d{6}) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record))
            .filter((match) => match !== null && match[3] === '0')
            .map(([, mode, object, , path]) => ({ mode: mode, object: object, path: path }));
    }
    catch {
        return undefined;
    }
}
/** The sizes of blobs by id, in one `git cat-file --batch-check` run (`<id> <type> <size>` per id); missing ids are left out. */
async function blobSizes(root, objects) {
    if (objects.length === 0)
        return new Map();
    const out = (await gitBytes(root, ['cat-file', '--batch-check'], objects.map((object) => `${object}\n`).join(''))).toString('utf8');
    return new Map(out
        .split('\n')
        .map((line) => line.split(' '))
        .filter((parts) => parts.length === 3)
        .map(([object, , size]) => [object, Number(size)]));
}
/**
 * The contents of blobs by id, in one `git cat-file --batch` run (git answers each id named on stdin with
 * `<id> <type> <size> LF <bytes> LF`, or `<id> missing LF`). Ids that are missing are left out of the map.
 */
async function readBlobs(root, objects) {
    const blobs = new Map();
    if (objects.length === 0)
        return blobs;
    const out = await gitBytes(root, ['cat-file', '--batch'], objects.map((object) => `${object}\n`).join(''));
    let at = 0;
    while (at < out.length) {
        const headerEnd = out.indexOf(0x0a, at);
        if (headerEnd === -1)
            break;
        const [object, type, size] = out.toString('utf8', at, headerEnd).split(' ');
        at = headerEnd + 1;
        if (type === 'missing' || size === undefined)
            continue;
        blobs.set(object, out.subarray(at, at + Number(size)));
        at += Number(size) + 1;
    }
    return blobs;
}
/**
 * Runs git in `root` and yields its stdout split at `separator` as it comes, the complete parts of each chunk read
 * in one batch (lines without the `\n`; a trailing `\r` is kept), so output of any size passes through in constant
 * memory: a stream, not execFile, whose `maxBuffer` would cut a large diff or listing; a batch, not a part at a
 * time, since each step of an async iteration costs more than the work on a short line. Throws {@link GitError}
 * when git cannot run or exits with an error, after the parts it did print.
 */
async function* gitOutput(root, args, { separator = '\n' } = {}) {
    const git = startGit(root, args);
    let partial = '';
    let read = false;
    try {
        for await (const chunk of git.stdout.setEncoding('utf8')) {
            const parts = (partial + chunk).split(separator);
            partial = parts.pop() ?? '';
            if (parts.length > 0)
                yield parts;
        }
        if (partial !== '')
            yield [partial];
        read = true;
    }
    finally {
        // A consumer that stops early must not leave git running; one that read it all lets git exit by itself.
        if (!read)
            git.stop();
    }
    const { error } = await git.ended;
    if (error)
        throw error;
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __webpack_require__(298);
var ignore_default = /*#__PURE__*/__webpack_require__.n(ignore);
;// CONCATENATED MODULE: ./src/discover/filter.ts

/** Folders never scanned, even when git tracks them: git internals and installed dependencies. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** True for a repository-relative path inside `.git/` or `node_modules/` at any depth. */
function isAlwaysSkipped(path) {
    return path.split('/').some((segment) => ALWAYS_SKIPPED_DIRS.has(segment));
}
/**
 * A matcher for gitignore-style patterns, relative to the scan root.
 * Case-sensitive, like git on Linux (the CI runners), so the same patterns match the same files everywhere.
 */
function createIgnoreMatcher(patterns) {
    const matcher = ignore_default()({ ignorecase: false }).add(patterns);
    // `ignore` marks directories by a trailing slash, which is how `dir/` patterns match only folders.
    return (path, isDirectory = false) => matcher.ignores(isDirectory ? `${path}/` : path);
}
/** The matcher for one scan: the fixed folders plus the config's `ignore` patterns. */
function createPathFilter(patterns) {
    const ignoredByConfig = patterns.length > 0 ? createIgnoreMatcher(patterns) : () => false;
    return (path, isDirectory) => isAlwaysSkipped(path) || ignoredByConfig(path, isDirectory);
}

// EXTERNAL MODULE: ./src/core/order.ts
var order = __webpack_require__(2831);
;// CONCATENATED MODULE: ./src/discover/order.ts

/** Orders by path in UTF-16 code unit order: the same on every machine, whatever the locale. */
const byPath = (a, b) => (0,order/* compareText */.n6)(a.path, b.path);

;// CONCATENATED MODULE: ./src/discover/inspect.ts



/**
 * Sorts candidate paths into files to scan and files to report as skipped: sizes over `maxFileSize`,
 * symlinks leaving the root, unreadable entries. A symlink to a file inside the root is kept only when
 * its target is not scanned anyway (and not excluded by `isSkipped`), so every file is read once.
 *
 * Synchronous: 20,000 `lstat` calls take ~70 ms this way and ~250 ms through the thread pool.
 */
function inspectCandidates(root, candidates, { maxFileSize, isSkipped, skipped: alreadySkipped }) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const folderInside = folderCheck(root, realRoot);
    const inspections = candidates.map((path) => inspectPath(root, realRoot, path, folderInside));
    const regular = new Set(inspections.flatMap((i) => (i.type === 'file' ? [i.file.path] : [])));
    const linkedTargets = new Set();
    const files = [];
    const skipped = [...alreadySkipped];
    for (const inspection of inspections) {
        if (inspection.type === 'skipped')
            skipped.push(inspection.skipped);
        if (inspection.type !== 'file' && inspection.type !== 'link')
            continue;
        if (inspection.type === 'link') {
            const { target } = inspection;
            if (regular.has(target) || linkedTargets.has(target) || isSkipped(target))
                continue;
            linkedTargets.add(target);
        }
        if (inspection.file.size > maxFileSize) {
            skipped.push({ path: inspection.file.path, reason: 'too-large', detail: `${inspection.file.size} bytes` });
        }
        else {
            files.push(inspection.file);
        }
    }
    return { files: files.sort(byPath), skipped: skipped.sort(byPath) };
}
/**
 * Whether a folder of a listed path really lies inside the root. Git lists paths from its index, so a tracked
 * folder replaced by a symbolic link (`config -> /etc`) would have `config/passwd` read from outside the root:
 * `lstat` only looks at the last part of a path. Each folder is resolved once.
 */
function folderCheck(root, realRoot) {
    const known = new Map([['.', true]]);
    return (folder) => {
        let inside = known.get(folder);
        if (inside === undefined) {
            try {
                inside = isInside((0,external_node_path_.relative)(realRoot, (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, folder))));
            }
            catch {
                inside = true; // gone or unreadable: lstat of the file says so
            }
            known.set(folder, inside);
        }
        return inside;
    };
}
function inspectPath(root, realRoot, path, folderInside) {
    const absolute = (0,external_node_path_.join)(root, path);
    try {
        if (!folderInside(external_node_path_.posix.dirname(path)))
            return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } };
        const entry = (0,external_node_fs_.lstatSync)(absolute);
        if (entry.isFile())
            return { type: 'file', file: { path, size: entry.size } };
        if (!entry.isSymbolicLink())
            return { type: 'none' };
        const real = (0,external_node_fs_.realpathSync)(absolute);
        const target = (0,external_node_path_.relative)(realRoot, real);
        if (!isInside(target))
            return { type: 'skipped', skipped: { path, reason: 'symlink-outside-root' } };
        // Links to folders are not followed: that is how a walk loops forever.
        const targetEntry = (0,external_node_fs_.statSync)(real);
        if (!targetEntry.isFile())
            return { type: 'none' };
        return { type: 'link', file: { path, size: targetEntry.size }, target: target.split(external_node_path_.sep).join('/') };
    }
    catch (error) {
        const code = error.code;
        // Deleted but still tracked, or a dangling link: there is nothing to scan.
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { type: 'none' };
        return { type: 'skipped', skipped: { path, reason: 'unreadable', detail: code ?? String(error) } };
    }
}
/** A path relative to the real root stays inside it ('' is the root itself). */
function isInside(relativePath) {
    return !(0,external_node_path_.isAbsolute)(relativePath) && relativePath.split(external_node_path_.sep)[0] !== '..';
}

;// CONCATENATED MODULE: ./src/discover/read.ts


/** How much of a file is sniffed for binary content, as git and ripgrep do. */
const SNIFF_BYTES = 8192;
/**
 * Non-blocking so that a FIFO swapped in after discovery cannot hang the scan on open; for regular
 * files the flag changes nothing. Windows has no such flag.
 */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Signatures of binary formats whose first 8 KiB may hold no NUL byte (PDF, compressed streams) or
 * that are common in repositories. Each is distinctive enough that no text file starts with it.
 */
const BINARY_MAGIC = [
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
];
/**
 * Reads and decodes one discovered file. Never throws: a file that cannot be read comes back as
 * a SkippedFile (`unreadable` with the error code), and so do binary files and files that grew
 * past `maxFileSize` since discovery. Binary files are recognised from their first 8 KiB without
 * reading the rest.
 *
 * Synchronous on purpose: on the benchmark tree (20,000 files, in the page cache as after a
 * checkout) blocking reads are about 3x faster than promise-based ones with 16 in flight, whose
 * thread-pool round trips cost more than the reads; and only one text is held at a time.
 *
 * `path` must come from `discoverFiles`, which has already refused symlinks leaving the root.
 */
function readSource(root, path, maxFileSize) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, path), OPEN_FLAGS);
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return { path, reason: 'unreadable', detail: 'not a regular file' };
        // Checked again on the open file: it may have changed since discovery measured it.
        if (info.size > maxFileSize)
            return { path, reason: 'too-large', detail: `${info.size} bytes` };
        const bytes = bufferFor(info.size);
        const headLength = readInto(fd, bytes, 0, Math.min(SNIFF_BYTES, info.size));
        const binary = binaryKind(bytes.subarray(0, headLength));
        if (binary !== undefined)
            return { path, reason: 'binary', detail: binary };
        const length = readInto(fd, bytes, headLength, info.size);
        return { path, text: decodeText(bytes.subarray(0, length)) };
    }
    catch (error) {
        return { path, reason: 'unreadable', detail: error.code ?? String(error) };
    }
    finally {
        if (fd !== undefined)
            closeQuietly(fd);
    }
}
/**
 * The same judgement as {@link readSource} for bytes already in memory (a blob of the git index): too large,
 * binary, or text decoded the same way.
 */
function decodeSource(path, bytes, maxFileSize) {
    if (bytes.length > maxFileSize)
        return { path, reason: 'too-large', detail: `${bytes.length} bytes` };
    const binary = binaryKind(bytes.subarray(0, SNIFF_BYTES));
    if (binary !== undefined)
        return { path, reason: 'binary', detail: binary };
    return { path, text: decodeText(bytes) };
}
/** A failed close of a file only read from loses nothing, and must not turn a result into a throw. */
function closeQuietly(fd) {
    try {
        (0,external_node_fs_.closeSync)(fd);
    }
    catch {
        // nothing to do: the descriptor is gone either way
    }
}
/**
 * Files up to this size are read into one reused buffer. Safe because reading is synchronous and the
 * text is decoded (copied) before readSource returns; it spares V8 ~150 MB of short-lived external
 * memory on the benchmark tree, which lowered peak RSS by about 10%.
 */
const SCRATCH_BYTES = 1024 * 1024;
const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
const bufferFor = (size) => (size <= SCRATCH_BYTES ? scratch.subarray(0, size) : Buffer.allocUnsafe(size));
/** True for what `readSource` returns when it did not produce text (or any union with SkippedFile). */
const isSkippedFile = (value) => 'reason' in value;
/** Fills `buffer` from `start` up to `end` (or end of file); returns how far it got. */
function readInto(fd, buffer, start, end) {
    let filled = start;
    while (filled < end) {
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, filled, end - filled, filled);
        if (bytesRead === 0)
            break;
        filled += bytesRead;
    }
    return filled;
}
/**
 * Why the head of a file says it is binary (a format name, or `NUL byte`), or undefined for text.
 * UTF-16 and UTF-32 text is full of NUL bytes, so a byte order mark — or, without one, the regular pattern of zero
 * bytes that Latin text has in those encodings — settles it as text first.
 */
function binaryKind(head) {
    if (wideEncoding(head) !== undefined)
        return undefined;
    const magic = BINARY_MAGIC.find(([, bytes]) => bytes.every((byte, i) => head[i] === byte));
    if (magic !== undefined)
        return magic[0];
    return head.indexOf(0) === -1 ? undefined : 'NUL byte';
}
/** Code units looked at to recognise UTF-16 or UTF-32 without a byte order mark. */
const SNIFF_UNITS = 2048;
/** Share of those units that must look like Latin text (one non-zero byte, the rest zero). */
const WIDE_SHARE = 0.9;
/** The encoding a byte order mark names, or that the head's zero bytes reveal; undefined for UTF-8 and binaries. */
function wideEncoding(bytes) {
    const [b0, b1, b2, b3] = bytes;
    // UTF-32LE's mark starts like UTF-16LE's, so it is checked first.
    if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
        return 'utf-32le';
    if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
        return 'utf-32be';
    if (b0 === 0xff && b1 === 0xfe)
        return 'utf-16le';
    if (b0 === 0xfe && b1 === 0xff)
        return 'utf-16be';
    // Wide text of Latin characters is mostly zero bytes: a head without any (nearly every file) is not wide.
    if (bytes.subarray(0, SNIFF_UNITS * 4).indexOf(0) === -1)
        return undefined;
    for (const [encoding, width, at] of [['utf-32le', 4, 0], ['utf-32be', 4, 3], ['utf-16le', 2, 0], ['utf-16be', 2, 1]]) {
        if (looksWide(bytes, width, at))
            return encoding;
    }
    return undefined;
}
/** Most units of `width` bytes have their only non-zero byte at `at`: ASCII text in that encoding. */
function looksWide(bytes, width, at) {
    const units = Math.min(SNIFF_UNITS, Math.floor(bytes.length / width));
    if (units < 2)
        return false;
    // Stops as soon as too many units are not Latin for the share to be reached.
    const allowed = units - units * WIDE_SHARE;
    let other = 0;
    for (let u = 0; u < units; u++) {
        let ok = bytes[u * width + at] !== 0;
        for (let i = 0; i < width && ok; i++)
            if (i !== at && bytes[u * width + i] !== 0)
                ok = false;
        if (!ok && ++other > allowed)
            return false;
    }
    return true;
}
/**
 * Text from bytes: UTF-16 or UTF-32 when a byte order mark or the zero-byte pattern says so, otherwise UTF-8. Byte
 * order marks are dropped, so column 1 is the first real character; invalid sequences become U+FFFD instead of
 * failing, and the file is still scanned.
 */
function decodeText(bytes) {
    const wide = wideEncoding(bytes);
    if (wide === 'utf-32le' || wide === 'utf-32be')
        return decodeUtf32(bytes, wide === 'utf-32le');
    if (wide !== undefined)
        return new TextDecoder(wide).decode(bytes);
    // Buffer#toString rather than TextDecoder: about 4x faster on ASCII-heavy text, the common case.
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString('utf8', start);
}
/** UTF-32, which TextDecoder does not read; a byte order mark is dropped, and a value that is no character is U+FFFD. */
function decodeUtf32(bytes, littleEndian) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const chunks = [];
    let points = [];
    for (let at = 0; at + 4 <= bytes.length; at += 4) {
        const point = view.getUint32(at, littleEndian);
        if (at === 0 && point === 0xfeff)
            continue;
        points.push(point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff) ? 0xfffd : point);
        // In pieces: fromCodePoint takes its arguments on the stack.
        if (points.length === 8192) {
            chunks.push(String.fromCodePoint(...points));
            points = [];
        }
    }
    chunks.push(String.fromCodePoint(...points));
    return chunks.join('');
}

;// CONCATENATED MODULE: ./src/discover/walk.ts



/**
 * Walks `root` the way git would see it outside a repository: honouring every `.gitignore` on the way
 * (nested ones too) and never entering a folder that `isSkipped` rejects. Symlinks are returned as
 * candidates, not followed, so a link to a folder cannot make the walk loop. Synchronous, like the
 * rest of discovery: the thread-pool round trips of async calls cost more than the calls themselves.
 */
function walkFiles(root, isSkipped, includeIgnored) {
    const result = { paths: [], unreadable: [], ignored: [] };
    walkDirectory(root, '', [], { isSkipped, includeIgnored, inIgnored: false }, result);
    return result;
}
function walkDirectory(root, dir, inherited, options, result) {
    const entries = listDirectory(root, dir, result);
    const own = entries.some((entry) => entry.name === '.gitignore' && entry.isFile()) ? readGitignore(root, dir) : undefined;
    const levels = own ? [...inherited, own] : inherited;
    const { isSkipped, includeIgnored } = options;
    for (const entry of entries) {
        const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
        const isDirectory = entry.isDirectory();
        if (isSkipped(path, isDirectory))
            continue;
        const ignored = options.inIgnored || isGitignored(levels, path, isDirectory);
        if (isDirectory) {
            if (!ignored || includeIgnored)
                walkDirectory(root, path, levels, { ...options, inIgnored: ignored }, result);
        }
        else if (!ignored) {
            result.paths.push(path);
        }
        else if (includeIgnored?.(path)) {
            result.ignored.push(path);
        }
    }
}
/** A folder's entries; a subfolder that cannot be listed is recorded, the root itself must be listable. */
function listDirectory(root, dir, result) {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true });
    }
    catch (error) {
        if (dir === '')
            throw error;
        result.unreadable.push({ path: dir, reason: 'unreadable', detail: error.code });
        return [];
    }
}
function readGitignore(root, dir) {
    try {
        return { base: dir, rules: ignore_default()({ ignorecase: false }).add((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, dir, '.gitignore'), 'utf8')) };
    }
    catch {
        return undefined;
    }
}
/**
 * Git's precedence: the deepest `.gitignore` that has an opinion on a path wins, so a nested
 * `!keep.log` re-includes what the root's `*.log` excludes.
 */
function isGitignored(levels, path, isDirectory) {
    for (let i = levels.length - 1; i >= 0; i--) {
        const { base, rules } = levels[i];
        const relative = base === '' ? path : path.slice(base.length + 1);
        const verdict = rules.test(isDirectory ? `${relative}/` : relative);
        if (verdict.ignored)
            return true;
        if (verdict.unignored)
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/discover/index.ts










/**
 * The files to scan under `root`. Inside a git work tree: what git tracks plus untracked files it does
 * not ignore (deleted-but-tracked files drop out silently). Elsewhere: a walk honouring `.gitignore`
 * files. Either way `.git/`, `node_modules/` and the config's `ignore` patterns are left out, and
 * files over `maxFileSize`, symlinks leaving the root and unreadable entries come back in `skipped`.
 * Gitignored files that `includeIgnored` accepts are added, marked `ignored`.
 *
 * Throws only when `root` is not a readable folder.
 */
async function discoverFiles(root, options) {
    if (!(0,external_node_fs_.statSync)(root).isDirectory())
        throw new Error(`${root} is not a directory`);
    const isSkipped = createPathFilter(options.ignore);
    const { paths: listed, unreadable, ignored } = await listCandidates(root, isSkipped, options.includeIgnored);
    const select = await options.select;
    const paths = select ? listed.filter(select) : listed;
    const discovery = inspectCandidates(root, [...paths, ...ignored], { maxFileSize: options.maxFileSize, isSkipped, skipped: unreadable });
    if (ignored.length === 0)
        return discovery;
    const isIgnored = new Set(ignored);
    return { ...discovery, files: discovery.files.map((file) => (isIgnored.has(file.path) ? { ...file, ignored: true } : file)) };
}
/** Git's listing when `root` is in a work tree (filtered here), otherwise a walk that prunes as it goes. */
async function listCandidates(root, isSkipped, includeIgnored) {
    const listed = mayBeInGitRepository(root) ? await listGitFiles(root) : undefined;
    if (listed === undefined)
        return walkFiles(root, isSkipped, includeIgnored);
    const ignored = includeIgnored ? (await listIgnoredFiles(root)).filter((path) => !isSkipped(path, false) && includeIgnored(path)) : [];
    return { paths: listed.filter((path) => !isSkipped(path, false)), unreadable: [], ignored };
}
/**
 * Whether git could find a repository for `root`: `GIT_DIR` is set, or a `.git` (a folder, or the file of a linked
 * work tree) is in it or a folder above, by its path as given or its real path. Outside one, git is not spawned:
 * it would only fail.
 */
function mayBeInGitRepository(root) {
    if (process.env.GIT_DIR)
        return true;
    const hasGitAbove = (start) => {
        for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
                return true;
            if ((0,external_node_path_.dirname)(dir) === dir)
                return false;
        }
    };
    return hasGitAbove((0,external_node_path_.resolve)(root)) || hasGitAbove((0,external_node_fs_.realpathSync)(root));
}
/** `--staged` outside a git work tree: there is no index to read (a usage error, not a crash). */
class NoGitIndexError extends Error {
    name = 'NoGitIndexError';
}
/** The working tree's files ({@link discoverFiles}), read from disk. */
async function workTreeFiles(root, options) {
    const discovery = await discoverFiles(root, options);
    return { ...discovery, read: (path) => readSource(root, path, options.maxFileSize) };
}
/** Staged blobs read per `git cat-file --batch` run: the most of the index held in memory at once. */
const STAGED_BATCH_BYTES = 32 * 1024 * 1024;
/**
 * What the next commit would hold under `root`: each staged file with its staged path and its staged content
 * (`git ls-files --stage`, sizes from `git cat-file --batch-check`, then the blobs from `git cat-file --batch`, a
 * batch of up to 32 MiB at a time as the scan asks for them), whatever the working tree holds now. Symlinks and
 * submodules hold no text; the config's `ignore` patterns and `maxFileSize` apply as in a working-tree scan.
 *
 * Throws NoGitIndexError when `root` is not in a git work tree.
 */
async function stagedFiles(root, options, batchBytes = STAGED_BATCH_BYTES) {
    const staged = await listStagedFiles(root);
    if (staged === undefined)
        throw new NoGitIndexError(`${root} is not in a git work tree, so there is no index to scan (--staged)`);
    const isSkipped = createPathFilter(options.ignore);
    const regular = staged.filter((file) => /^100[67]/.test(file.mode) && !isSkipped(file.path, false)).sort(byPath);
    const sizes = await blobSizes(root, [...new Set(regular.map((file) => file.object))]);
    const files = [];
    const skipped = [];
    for (const { path, object } of regular) {
        const size = sizes.get(object);
        if (size === undefined)
            skipped.push({ path, reason: 'unreadable', detail: 'the staged blob is missing' });
        else if (size > options.maxFileSize)
            skipped.push({ path, reason: 'too-large', detail: `${size} bytes` });
        else
            files.push({ path, size, object });
    }
    const index = new Map(files.map((file, i) => [file.path, i]));
    let batch = new Map();
    /** The blobs of the files from `first` on, up to `batchBytes` (at least one). */
    const loadBatch = async (first) => {
        let bytes = 0;
        let end = first;
        while (end < files.length && (end === first || bytes + files[end].size <= batchBytes))
            bytes += files[end++].size;
        batch = await readBlobs(root, [...new Set(files.slice(first, end).map((file) => file.object))]);
    };
    return {
        files: files.map(({ path, size }) => ({ path, size })),
        skipped,
        async read(path) {
            const at = index.get(path);
            const object = at === undefined ? undefined : files[at].object;
            if (object === undefined)
                return { path, reason: 'unreadable', detail: 'not staged' };
            if (!batch.has(object))
                await loadBatch(at);
            const bytes = batch.get(object);
            return bytes === undefined ? { path, reason: 'unreadable', detail: 'the staged blob is missing' } : decodeSource(path, bytes, options.maxFileSize);
        }
    };
}

// EXTERNAL MODULE: ./src/reporters/severity.ts
var severity = __webpack_require__(5271);
// EXTERNAL MODULE: ./src/reporters/index.ts
var reporters = __webpack_require__(7166);
// EXTERNAL MODULE: ./src/reporters/text.ts
var reporters_text = __webpack_require__(955);
;// CONCATENATED MODULE: ./src/reporters/verbose.ts

const NOT_READ = {
    'too-large': 'larger than the size limit',
    binary: 'binary',
    'symlink-outside-root': 'a symbolic link that points outside the scanned folder',
    unreadable: 'could not be read'
};
/** What `--verbose` prints before the findings, section by section. */
function verboseSections(context) {
    const scopes = { title: `Deployment scopes and their clients (${context.scopes.length})`, lines: table(context.scopes.map((s) => [scopeName(s), clientOf(s)])) };
    if (!context.files)
        return [scopes];
    const { read, skipped } = context.files;
    return [
        scopes,
        { title: `Configuration files read (${read.length})`, lines: table(read.map((file) => [file.path, howRead(file)])) },
        { title: `Files not read (${skipped.length})`, lines: table(skipped.map((file) => [file.path, whyNotRead(file)])) }
    ];
}
/** `docker-compose.yml (service lobe)`, or the file alone for a file-wide scope. */
const scopeName = (scope) => (scope.label === baseNameOf(scope.file) ? scope.file : `${scope.file} (${scope.label})`);
const baseNameOf = (path) => path.slice(path.lastIndexOf('/') + 1);
/** `LobeChat, from its image: docker-image lobehub/lobe-chat in docker-compose.yml`, marked when guessed. */
const clientOf = (scope) => `${scope.client}, ${scope.clientConfidence === 'guessed' ? 'guessed ' : ''}by ${scope.clientBasis}${scope.clientEvidence ? `: ${scope.clientEvidence}` : ''}`;
/** `kubernetes, by content`; `dotenv, by name, not committed (git ignores it)`. */
const howRead = (file) => `${file.kind}, by ${file.matchedBy}${file.uncommitted ? ', not committed (git ignores it)' : ''}`;
const whyNotRead = (file) => (file.detail ? `${NOT_READ[file.reason]} (${file.detail})` : NOT_READ[file.reason]);
/** Two columns, the first padded to its widest cell; repository text escaped as in the text report. */
function table(rows) {
    const cells = rows.map(([path, what]) => [(0,reporters_text.escapeControl)(path), (0,reporters_text.escapeControl)(what)]);
    const width = Math.max(0, ...cells.map(([path]) => path.length));
    return cells.map(([path, what]) => `  ${path.padEnd(width)}  ${what}`);
}
/** The sections as text: each title, its lines (or `  none`), and a blank line after the last section. */
function renderSections(sections) {
    if (sections.length === 0)
        return '';
    return sections.map((s) => [`${s.title}:`, ...(s.lines.length > 0 ? s.lines : ['  none'])].join('\n')).join('\n') + '\n\n';
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/probes/policy.ts
var policy = __webpack_require__(8281);
// EXTERNAL MODULE: ./src/probes/limits.ts
var limits = __webpack_require__(6747);
;// CONCATENATED MODULE: ./src/cli/args.ts





/** A command line that cannot be run: the message names the flag and what it accepts (exit code 2). */
class UsageError extends Error {
    name = 'UsageError';
}
const OPTIONS = {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    staged: { type: 'boolean' },
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
    history: { type: 'boolean' },
    since: { type: 'string' },
    probe: { type: 'boolean' },
    'probe-hosts': { type: 'string' },
    'probe-chat': { type: 'boolean' },
    'fail-on-indeterminate': { type: 'boolean' },
    'probe-timeout': { type: 'string' },
    'probe-max-requests': { type: 'string' },
    'base-url': { type: 'string' },
    model: { type: 'string' },
    verbose: { type: 'boolean' },
    'include-ignored': { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
};
const oneOf = (values) => values.join(', ');
/** Flags that only mean something with `--probe`. */
const PROBE_FLAGS = ['probe-hosts', 'probe-chat', 'fail-on-indeterminate', 'probe-timeout', 'probe-max-requests', 'base-url', 'model'];
/** `--api-key`, `--key`, `--token` and the like, with or without `=value`. */
const KEY_FLAG = /^--(?:[\w-]*-)?(?:key|token)(?:=|$)/;
/** Reads the command line; throws {@link UsageError} for anything it cannot run. */
function parseCliArgs(argv) {
    // Checked first and without quoting the argument: it may be the key itself.
    if (argv.some((arg) => KEY_FLAG.test(arg))) {
        throw new UsageError('keys are never read from the command line, where the shell history and the process list keep them; set LLM_ENV_LINT_API_KEY or the variable your settings reference');
    }
    if (argv[0] === 'merge')
        return parseMergeArgs(argv.slice(1));
    const { values, positionals } = parseOrExplain(argv);
    if (values.help)
        return { kind: 'help' };
    if (values.version)
        return { kind: 'version' };
    const format = values.format ?? 'text';
    if (!isFormat(format))
        throw new UsageError(`invalid --format "${format}": expected one of ${oneOf(reporters/* FILE_FORMATS */.GM)}`);
    const failOn = values['fail-on'] ?? 'error';
    if (!(0,severity/* isFailOn */.A1)(failOn))
        throw new UsageError(`invalid --fail-on "${failOn}": expected one of ${oneOf(severity/* FAIL_ON_VALUES */.Qm)}`);
    for (const flag of ['config', 'baseline', 'write-baseline', 'output']) {
        if (values[flag] === '')
            throw new UsageError(`--${flag} needs a file name`);
    }
    if (values.since !== undefined && !values.history)
        throw new UsageError('--since needs --history');
    if (values.since !== undefined && (values.since === '' || values.since.startsWith('-'))) {
        throw new UsageError(`invalid --since "${values.since}": expected a git revision such as main or v1.2.0`);
    }
    if (values.fix && values['fix-dry-run'])
        throw new UsageError('--fix and --fix-dry-run exclude each other');
    const fix = values.fix ? 'apply' : values['fix-dry-run'] ? 'dry-run' : undefined;
    // The index is not the working tree the fixes would be written to; a baseline records findings, not fixes.
    if (fix && values.staged)
        throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} edits the working tree: it does not go with --staged`);
    if (fix && values['write-baseline'] !== undefined)
        throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} does not go with --write-baseline`);
    const probe = probeFlags(values);
    // Each pass lints again: live probes would send their keyed requests once per pass.
    if (fix && probe)
        throw new UsageError(`--${values.fix ? 'fix' : 'fix-dry-run'} does not go with --probe`);
    return {
        kind: 'lint',
        path: positionals.length === 1 ? positionals[0] : '.',
        ...(positionals.length > 1 && { files: positionals }),
        ...(values.staged && { staged: true }),
        ...(values.baseline !== undefined && { baseline: values.baseline }),
        ...(values['write-baseline'] !== undefined && { writeBaseline: values['write-baseline'] }),
        ...(values.output !== undefined && { output: values.output }),
        ...(values.quiet && { quiet: true }),
        ...(values.history && { history: values.since === undefined ? {} : { since: values.since } }),
        format,
        failOn,
        ...(values.config !== undefined && { config: values.config }),
        ...(probe && { probe }),
        ...(values.verbose && { verbose: true }),
        ...(values['include-ignored'] && { includeIgnored: true }),
        ...(fix && { fix })
    };
}
const MERGE_OPTIONS = {
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' }
};
function parseMergeArgs(argv) {
    const { values, positionals } = parseOrExplain(argv, MERGE_OPTIONS);
    if (values.help)
        return { kind: 'help' };
    if (positionals.length === 0)
        throw new UsageError('merge needs at least one report: llm-env-lint merge [NAME=]REPORT.json...');
    const format = values.format ?? 'text';
    if (!isFormat(format))
        throw new UsageError(`invalid --format "${format}": expected one of ${oneOf(reporters/* FILE_FORMATS */.GM)}`);
    const failOn = values['fail-on'] ?? 'error';
    if (!(0,severity/* isFailOn */.A1)(failOn))
        throw new UsageError(`invalid --fail-on "${failOn}": expected one of ${oneOf(severity/* FAIL_ON_VALUES */.Qm)}`);
    if (values.output === '')
        throw new UsageError('--output needs a file name');
    const reports = positionals.map((arg) => {
        const named = /^([\w.-]+)=(.+)$/.exec(arg);
        const file = named ? named[2] : arg;
        const name = named ? named[1] : (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '');
        if (name === '' || name === '.' || name === '..')
            throw new UsageError(`cannot name the report "${arg}": write NAME=${file}`);
        return { name, file };
    });
    const duplicate = reports.find((report, i) => reports.findIndex((other) => other.name === report.name) !== i);
    if (duplicate)
        throw new UsageError(`two reports are named "${duplicate.name}": give them names with NAME=REPORT.json`);
    return { kind: 'merge', reports, format, failOn, ...(values.output !== undefined && { output: values.output }) };
}
/** The probe flags, or undefined without `--probe` (when the other probe flags are refused as meaningless). */
function probeFlags(values) {
    if (!values.probe) {
        const stray = PROBE_FLAGS.find((flag) => values[flag] !== undefined);
        if (stray)
            throw new UsageError(`--${stray} needs --probe`);
        return undefined;
    }
    const { hosts, invalid } = (0,policy/* parseProbeHosts */.hs)(values['probe-hosts'] ?? '');
    if (invalid.length > 0)
        throw new UsageError(`invalid --probe-hosts entries: ${invalid.join(', ')}; write host, host:port, *.domain or a URL`);
    const timeout = values['probe-timeout'];
    const timeoutMs = timeout === undefined ? limits/* PROBE_DEFAULTS */.ic.timeoutMs : (0,limits/* probeTimeoutMs */.mM)(timeout);
    if (timeoutMs === undefined)
        throw new UsageError(`invalid --probe-timeout "${timeout}": expected seconds greater than 0 and at most ${limits/* MAX_PROBE_TIMEOUT_S */.cG}`);
    const max = values['probe-max-requests'];
    const maxRequests = max === undefined ? limits/* PROBE_DEFAULTS */.ic.maxRequests : (0,limits/* probeMaxRequests */.dz)(max);
    if (maxRequests === undefined)
        throw new UsageError(`invalid --probe-max-requests "${max}": expected a whole number from 1 to ${limits/* MAX_PROBE_REQUESTS */.pr}`);
    if (values['base-url'] === '')
        throw new UsageError('--base-url needs a URL');
    return {
        hosts,
        maxRequests,
        chat: values['probe-chat'] ?? false,
        failOnIndeterminate: values['fail-on-indeterminate'] ?? false,
        timeoutMs,
        ...(values['base-url'] !== undefined && { baseUrl: values['base-url'] }),
        ...(values.model ? { model: values.model } : {})
    };
}
function isFormat(value) {
    return reporters/* FILE_FORMATS */.GM.includes(value);
}
/** node:util's parser throws TypeErrors with its own wording; turn them into usage errors. */
function parseOrExplain(argv, options = OPTIONS) {
    try {
        return (0,external_node_util_.parseArgs)({ args: [...argv], options, allowPositionals: true, strict: true });
    }
    catch (error) {
        // Read `message` without `instanceof`: under a test runner the error comes from another realm.
        throw new UsageError(firstSentence(String(error.message ?? error)));
    }
}
/** `Unknown option '--foo'. To specify a positional…` → `unknown option '--foo'`. */
function firstSentence(text) {
    const sentence = text.split(/\.\s|\.$|\n/)[0] ?? text;
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * Colours for the text report on a terminal. The report is rendered plain and coloured here, line by line: the
 * reporter stays pure, and repository text in it has had every control character escaped (escapeControl), so the
 * only escape sequences in the output are these.
 */
/**
 * Whether to colour, by Node's own rule (nodejs/node lib/internal/tty.js, getColorDepth): `FORCE_COLOR` decides
 * first (empty, `1`, `2`, `3` or `true` colour, anything else does not), then a non-empty `NO_COLOR`
 * (https://no-color.org) or `NODE_DISABLE_COLORS`, or `TERM=dumb`, turns colour off; otherwise a terminal gets it.
 */
function useColor(env, stream) {
    if (env.FORCE_COLOR !== undefined)
        return ['', '1', '2', '3', 'true'].includes(env.FORCE_COLOR);
    if (env.NO_COLOR || env.NODE_DISABLE_COLORS || env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
const style = (codes) => (text) => `\u001b[${codes}m${text}\u001b[0m`;
const dim = style('2');
const SEVERITY = { error: style('1;31'), warning: style('33'), note: style('36') };
/** `file:line:col: severity message [rule-id]` lines and the closing count line of the text report. */
const FINDING = /^(.+?:\d+:\d+|\(command line\)): (error|warning|note) (.*) (\[[a-z0-9-]+\])$/;
const SUMMARY = /^(\d+) errors?, (\d+) warnings?, \d+ notes? in /;
/** The text report with the location and rule dimmed, the severity coloured, and the count line in the worst colour. */
function colorize(report) {
    return report
        .split('\n')
        .map((line) => {
        const finding = FINDING.exec(line);
        if (finding) {
            const [, where, severity, message, rule] = finding;
            return `${dim(`${where}:`)} ${SEVERITY[severity](severity)} ${message} ${dim(rule)}`;
        }
        const summary = SUMMARY.exec(line);
        if (summary)
            return Number(summary[1]) > 0 ? SEVERITY.error(line) : Number(summary[2]) > 0 ? SEVERITY.warning(line) : style('1;32')(line);
        return line;
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/clients/profiles/chatgpt-web.ts
const AT = 'Chanzhaoyu/chatgpt-web@7474b2c1';
const chatgptWeb = {
    id: 'chatgpt-web',
    name: 'chatgpt-web (Chanzhaoyu)',
    baseUrlVars: [
        // service/src/chatgpt/index.ts:77-83: `includes('/v1') ? value : value + '/v1'` since c520580 (2024-03-06);
        // before that it always appended /v1. No scheme added, no slash stripped.
        {
            name: 'OPENAI_API_BASE_URL',
            convention: 'host-root',
            family: 'openai',
            chatPath: '/chat/completions',
            provider: 'openai',
            defaultUrl: 'https://api.openai.com/v1',
            normalize: 'adds-v1-if-missing'
        },
        // The access-token (web) mode's conversation URL, used as given (index.ts:93).
        { name: 'API_REVERSE_PROXY', convention: 'verbatim', family: 'openai', chatPath: '', defaultUrl: 'https://ai.fakeopen.com/api/conversation', normalize: 'none' }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
        { name: 'OPENAI_ACCESS_TOKEN', baseUrlVar: 'API_REVERSE_PROXY' }
    ],
    modelVars: ['OPENAI_API_MODEL'],
    otherVars: [
        'AUTH_SECRET_KEY',
        'MAX_REQUEST_PER_HOUR',
        'TIMEOUT_MS',
        'SOCKS_PROXY_HOST',
        'SOCKS_PROXY_PORT',
        'SOCKS_PROXY_USERNAME',
        'SOCKS_PROXY_PASSWORD',
        'HTTPS_PROXY',
        'ALL_PROXY'
    ],
    flags: [
        { name: 'OPENAI_API_DISABLE_DEBUG', reads: 'equals', value: 'true', whenOn: 'stops logging every prompt', source: `${AT} service/src/chatgpt/index.ts:27` }
    ],
    // index.ts:40: the API mode is chosen whenever OPENAI_API_KEY is non-empty.
    shadowed: [
        { name: 'OPENAI_ACCESS_TOKEN', shadowedBy: 'OPENAI_API_KEY', source: `${AT} service/src/chatgpt/index.ts:40` },
        { name: 'API_REVERSE_PROXY', shadowedBy: 'OPENAI_API_KEY', source: `${AT} service/src/chatgpt/index.ts:40` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'chatgpt-web reads OPENAI_API_BASE_URL' },
        { name: 'BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'BASE_URL is NextChat\'s name; chatgpt-web reads OPENAI_API_BASE_URL' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^chatgpt-web(?:-service)?$' },
        { type: 'file-present', pattern: '(?:^|/)service/src/chatgpt/index\\.ts$' },
        { type: 'docker-image', pattern: '(?:^|/)chenzhaoyu94/chatgpt-web$' }
    ],
    sources: [`${AT} service/src/chatgpt/index.ts:26-93 (the /v1 rule changed in c520580, 2024-03-06)`, 'docs/clients/chatgpt-web.md']
};

;// CONCATENATED MODULE: ./src/clients/profiles/sdk.ts
/** openai-node (and openai-python v1+): `baseURL + path`, one duplicate `/` removed (src/client.ts buildURL). */
const openaiSdk = {
    id: 'openai-sdk',
    name: 'OpenAI SDK app',
    baseUrlVars: [{ name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' }],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
        { name: 'OPENAI_ADMIN_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' }
    ],
    modelVars: ['OPENAI_MODEL'], // an app convention, not read by the SDK
    otherVars: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID', 'OPENAI_WEBHOOK_SECRET', 'OPENAI_LOG', 'OPENAI_CUSTOM_HEADERS', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_API_KEY', 'OPENAI_API_VERSION'],
    unusedVars: [
        { name: 'OPENAI_API_BASE', replacement: 'OPENAI_BASE_URL', reason: 'read by openai-python v0.x only (openai-python#745)' },
        { name: 'OPENAI_API_BASE_URL', replacement: 'OPENAI_BASE_URL', reason: 'the OpenAI SDKs read OPENAI_BASE_URL' }
    ],
    fingerprints: [{ type: 'package-dependency', pattern: '^(?:openai|github\\.com/openai/openai-go)$' }],
    sources: ['openai/openai-node@7b7d6ca7 src/client.ts:489-510, 740-756']
};
/** The Anthropic SDK and Claude Code read ANTHROPIC_BASE_URL as a host root and append /v1/messages. */
const anthropicBaseUrl = {
    name: 'ANTHROPIC_BASE_URL',
    convention: 'host-root',
    family: 'anthropic',
    chatPath: '/v1/messages',
    provider: 'anthropic',
    defaultUrl: 'https://api.anthropic.com'
};
const anthropicKeyVars = [
    { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' }, // X-Api-Key
    { name: 'ANTHROPIC_AUTH_TOKEN', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_BASE_URL' } // Authorization: Bearer
];
const anthropicUnused = [
    { name: 'ANTHROPIC_URL', replacement: 'ANTHROPIC_BASE_URL', reason: 'ANTHROPIC_URL is NextChat\'s name; the Anthropic SDK reads ANTHROPIC_BASE_URL' }
];
const anthropicSdk = {
    id: 'anthropic-sdk',
    name: 'Anthropic SDK app',
    baseUrlVars: [anthropicBaseUrl],
    keyVars: anthropicKeyVars,
    modelVars: ['ANTHROPIC_MODEL'], // an app convention, not read by the SDK
    otherVars: ['ANTHROPIC_LOG', 'ANTHROPIC_CUSTOM_HEADERS', 'ANTHROPIC_WEBHOOK_SIGNING_KEY'],
    unusedVars: anthropicUnused,
    fingerprints: [{ type: 'package-dependency', pattern: '^(?:@anthropic-ai/sdk|anthropic|github\\.com/anthropics/anthropic-sdk-go)$' }],
    sources: ['anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts:605-627, 931-947; src/resources/messages/messages.ts:97']
};

;// CONCATENATED MODULE: ./src/clients/profiles/claude-code.ts

const claudeCode = {
    id: 'claude-code',
    name: 'Claude Code',
    baseUrlVars: [anthropicBaseUrl],
    keyVars: anthropicKeyVars,
    modelVars: ['ANTHROPIC_MODEL', 'ANTHROPIC_DEFAULT_MODEL', 'ANTHROPIC_SMALL_FAST_MODEL', 'ANTHROPIC_DEFAULT_OPUS_MODEL', 'ANTHROPIC_DEFAULT_SONNET_MODEL', 'ANTHROPIC_DEFAULT_HAIKU_MODEL'],
    otherVars: [
        'apiKeyHelper',
        'ANTHROPIC_CUSTOM_HEADERS',
        'ANTHROPIC_BEDROCK_BASE_URL',
        'ANTHROPIC_VERTEX_BASE_URL',
        'CLAUDE_CODE_USE_BEDROCK',
        'CLAUDE_CODE_USE_VERTEX',
        'CLAUDE_CODE_USE_FOUNDRY',
        'CLAUDE_CODE_USE_MANTLE',
        'ENABLE_TOOL_SEARCH',
        'API_TIMEOUT_MS',
        'CLAUDE_CODE_OAUTH_TOKEN',
        'AWS_BEARER_TOKEN_BEDROCK'
    ],
    unusedVars: anthropicUnused,
    fingerprints: [
        { type: 'file-present', pattern: '(?:^|/)\\.claude/settings(?:\\.local)?\\.json$' },
        { type: 'package-dependency', pattern: '^@anthropic-ai/claude-code$' }
    ],
    sources: ['code.claude.com/docs/en/env-vars; code.claude.com/docs/en/llm-gateway', 'docs/clients/claude-code.md']
};

;// CONCATENATED MODULE: ./src/clients/profiles/codex.ts
/**
 * Codex CLI. Checked at openai/codex: codex-rs/model-provider-info/src/lib.rs@05673f5e, codex-rs/config/src/
 * config_toml.rs@00e9f068, codex-rs/codex-api/src/provider.rs@001cb8e2 (`url_for_path`: trailing `/` trimmed,
 * then `/responses`); docs/clients/codex.md. `wire_api = "chat"` is no longer accepted: every provider speaks
 * the Responses API.
 */
const codex = {
    id: 'codex',
    name: 'Codex CLI',
    baseUrlVars: [
        { name: 'base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses' },
        // The top-level key that moves the built-in `openai` provider (config_toml.rs); OPENAI_BASE_URL is deprecated.
        { name: 'openai_base_url', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        { name: 'CODEX_OSS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/responses', provider: 'ollama', defaultUrl: 'http://localhost:11434/v1' }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
        // A literal token in config.toml: a committed one is a leak.
        { name: 'experimental_bearer_token', baseUrlVar: 'base_url' }
    ],
    modelVars: ['model'],
    otherVars: ['model_provider', 'env_key', 'wire_api', 'query_params', 'http_headers', 'env_http_headers', 'OPENAI_ORGANIZATION', 'OPENAI_PROJECT', 'CODEX_OSS_PORT'],
    unusedVars: [{ name: 'OPENAI_API_BASE', replacement: 'OPENAI_BASE_URL', reason: 'Codex reads OPENAI_BASE_URL' }],
    fingerprints: [
        { type: 'file-present', pattern: '(?:^|/)\\.codex/config\\.toml$' },
        { type: 'package-dependency', pattern: '^@openai/codex$' }
    ],
    sources: [
        'openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; codex-rs/config/src/config_toml.rs@00e9f068; codex-rs/codex-api/src/provider.rs@001cb8e2',
        'docs/clients/codex.md'
    ]
};

;// CONCATENATED MODULE: ./src/clients/profiles/continue.ts
const continue_AT = 'continuedev/continue@d0a3c0b6';
const byProvider = (names, variant) => ({
    sibling: { name: 'provider', equals: names },
    ...variant
});
const continueDev = {
    id: 'continue',
    name: 'Continue',
    baseUrlVars: [
        {
            name: 'apiBase',
            convention: 'includes-version',
            family: 'openai',
            chatPath: '/chat/completions',
            variants: [
                // core/llm/llms/Anthropic.ts:36-44, 446: `new URL("messages", apiBase)`, default https://api.anthropic.com/v1/.
                byProvider(['anthropic'], { family: 'anthropic', convention: 'includes-version', chatPath: '/messages', defaultUrl: 'https://api.anthropic.com/v1/' }),
                // core/llm/llms/Ollama.ts:152-158, 408-415: native /api/chat on the host root.
                byProvider(['ollama'], { family: 'ollama', convention: 'host-root', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://localhost:11434/' }),
                // core/llm/llms/Azure.ts:6-23 with OpenAI.ts:407-418: the resource root, then openai/deployments/….
                byProvider(['azure'], { family: 'azure', convention: 'host-root', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' }),
                // core/llm/llms/Deepseek.ts:8-13: the host root is DeepSeek's own default.
                byProvider(['deepseek'], { family: 'openai', convention: 'includes-version', chatPath: '/chat/completions', provider: 'deepseek', defaultUrl: 'https://api.deepseek.com/' })
            ],
            defaultUrl: 'https://api.openai.com/v1/'
        }
    ],
    keyVars: [{ name: 'apiKey', baseUrlVar: 'apiBase' }],
    modelVars: ['model'],
    otherVars: ['provider', 'name', 'roles', 'apiVersion', 'apiType', 'deployment', 'env', 'useResponsesApi', 'useLegacyCompletionsEndpoint', 'requestOptions', 'capabilities'],
    unusedVars: [],
    fingerprints: [
        { type: 'file-present', pattern: '(?:^|/)(?:\\.continue/|\\.continuerc\\.json$)' },
        { type: 'package-dependency', pattern: '^@continuedev/(?:cli|config-yaml)$' }
    ],
    sources: [
        `${continue_AT} core/llm/index.ts:275-277, core/llm/llms/{OpenAI,Anthropic,Ollama,Azure,Deepseek}.ts, packages/config-yaml/src/schemas/models.ts`,
        'docs/clients/continue.md'
    ]
};

;// CONCATENATED MODULE: ./src/clients/profiles/librechat.ts
/** LibreChat: OpenAI SDK underneath; custom endpoints in librechat.yaml (`endpoints.custom[].baseURL`). */
const librechat = {
    id: 'librechat',
    name: 'LibreChat',
    baseUrlVars: [
        {
            name: 'baseURL',
            convention: 'includes-version',
            family: 'openai',
            chatPath: '/chat/completions',
            // extractBaseURL cuts a pasted `…/v1/chat/completions` back to `…/v1` (api/utils/extractBaseURL.js@8f47ab10;
            // LibreChat's own Ollama guide writes the full endpoint). Later versions may pass baseURL on unchanged
            // (docs/clients/librechat.md), so base-url-endpoint reports such a value as a note.
            strips: [{ tail: '/v1/chat/completions/', keep: '/v1' }, { tail: '/v1/chat/completions', keep: '/v1' }],
            variants: [
                // `provider: anthropic` makes the endpoint an Anthropic SDK client: the host root, then /v1/messages
                // (packages/api/src/endpoints/custom/provider.ts@046765ce, librechat.example.yaml@00450b59).
                { sibling: { name: 'provider', equals: ['anthropic'] }, family: 'anthropic', convention: 'host-root', chatPath: '/v1/messages' },
                // `directEndpoint: true` posts to baseURL as given (custom/initialize.ts@023696c5).
                { sibling: { name: 'directEndpoint', equals: ['true'] }, family: 'openai', convention: 'verbatim', chatPath: '', fullEndpoint: true }
            ]
        },
        { name: 'OPENAI_REVERSE_PROXY', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
        { name: 'ANTHROPIC_REVERSE_PROXY', convention: 'host-root', family: 'anthropic', chatPath: '/v1/messages', provider: 'anthropic' },
        { name: 'ASSISTANTS_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
        { name: 'RAG_OPENAI_BASEURL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' }
    ],
    keyVars: [
        // `apiKey: '${ENV_VAR}'` or `user_provided` (each user enters their own) in librechat.yaml.
        { name: 'apiKey', baseUrlVar: 'baseURL' },
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_REVERSE_PROXY' },
        { name: 'ANTHROPIC_API_KEY', provider: 'anthropic', baseUrlVar: 'ANTHROPIC_REVERSE_PROXY' },
        { name: 'GOOGLE_KEY', provider: 'gemini' },
        { name: 'ASSISTANTS_API_KEY', provider: 'openai', baseUrlVar: 'ASSISTANTS_BASE_URL' },
        { name: 'RAG_OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'RAG_OPENAI_BASEURL' }
    ],
    modelVars: ['models', 'default', 'OPENAI_MODELS', 'ANTHROPIC_MODELS', 'GOOGLE_MODELS'],
    // .env.example ships fixed CREDS_KEY/CREDS_IV/JWT_SECRET/JWT_REFRESH_SECRET/MEILI_MASTER_KEY samples.
    otherVars: ['provider', 'directEndpoint', 'CREDS_KEY', 'CREDS_IV', 'JWT_SECRET', 'JWT_REFRESH_SECRET', 'MEILI_MASTER_KEY', 'MONGO_URI', 'HOST', 'PORT', 'DOMAIN_CLIENT', 'DOMAIN_SERVER', 'GOOGLE_REVERSE_PROXY'],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_REVERSE_PROXY', reason: 'LibreChat reads OPENAI_REVERSE_PROXY (or baseURL in librechat.yaml)' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^librechat$' },
        { type: 'docker-image', pattern: '(?:^|/)(?:danny-avila/librechat(?:-dev)?(?:-api)?|librechat/librechat)$' },
        { type: 'file-present', pattern: '(?:^|/)librechat\\.ya?ml$' }
    ],
    sources: [
        'danny-avila/LibreChat packages/api/src/endpoints/custom/initialize.ts@023696c5, custom/provider.ts@046765ce, librechat.example.yaml@00450b59',
        'docs/clients/librechat.md',
        'danny-avila/LibreChat@411b44e2 librechat.example.yaml; @c70e8194 .env.example; @8f47ab10 api/utils/extractBaseURL.js'
    ]
};
/** Continue: BaseLLM adds a trailing `/`, then `new URL("chat/completions", apiBase)` (core/llm/llms/OpenAI.ts). */

;// CONCATENATED MODULE: ./src/clients/profiles/lobechat.ts
const lobechat_AT = 'lobehub/lobehub';
/**
 * The Moonshot and DeepSeek runtimes route a base URL ending in `/anthropic` to their Anthropic-compatible
 * runtime, which appends /v1/messages (LH@0044d45, LH@09154b2 provider runtimes; MiniMax, Qwen, Zhipu do not).
 */
const anthropicRoute = { pathEndsWith: '/anthropic', family: 'anthropic', convention: 'host-root', chatPath: '/v1/messages' };
/** The flags that only `'0'` turns off (`process.env.X !== '0'`, LH@1473a65 src/envs/llm.ts). */
const offOnlyByZero = (name, what) => ({ name, reads: 'not-equals', value: '0', whenOn: `keeps ${what} enabled`, source: `${lobechat_AT}@1473a65 src/envs/llm.ts` });
/** LobeChat passes `${PROVIDER}_PROXY_URL` to the provider SDK as `baseURL` (ModelRuntime/index.ts). */
const lobeProxy = (prefix, provider) => ({
    name: `${prefix}_PROXY_URL`,
    convention: 'includes-version',
    family: 'openai',
    chatPath: '/chat/completions',
    provider
});
/**
 * LobeChat splits key lists on `,` and drops blank entries (apiKeyManager.ts); the OpenAI-style and Anthropic
 * runtimes trim the chosen key, the Google one does not, so `a, b` sends " b" only to Google.
 */
const lobeKey = (prefix, provider) => ({
    name: `${prefix}_API_KEY`,
    ...(provider === undefined ? {} : { provider }),
    baseUrlVar: `${prefix}_PROXY_URL`,
    listSeparator: ',',
    trimsListEntries: prefix !== 'GOOGLE'
});
const lobechat = {
    id: 'lobechat',
    name: 'LobeChat',
    baseUrlVars: [
        { ...lobeProxy('OPENAI', 'openai'), defaultUrl: 'https://api.openai.com/v1' },
        // Anthropic goes through its SDK, which adds /v1/messages; the runtime first cuts a trailing /v1, /v1/ or
        // /v1/messages (LH@12294ca ANTHROPIC_SDK_MESSAGES_PATH_PATTERN), so those are tolerated.
        {
            name: 'ANTHROPIC_PROXY_URL',
            convention: 'host-root',
            family: 'anthropic',
            chatPath: '/v1/messages',
            provider: 'anthropic',
            defaultUrl: 'https://api.anthropic.com',
            strips: [{ tail: '/v1/messages/' }, { tail: '/v1/messages' }, { tail: '/v1/' }, { tail: '/v1' }]
        },
        { name: 'GOOGLE_PROXY_URL', convention: 'host-root', family: 'gemini', chatPath: '/v1beta/models/{model}:streamGenerateContent', provider: 'gemini', defaultUrl: 'https://generativelanguage.googleapis.com' },
        { ...lobeProxy('DEEPSEEK', 'deepseek'), defaultUrl: 'https://api.deepseek.com/v1', variants: [anthropicRoute] },
        { ...lobeProxy('GROQ', 'groq'), defaultUrl: 'https://api.groq.com/openai/v1' },
        { ...lobeProxy('QWEN', 'dashscope'), defaultUrl: 'https://dashscope.aliyuncs.com/compatible-mode/v1' },
        { ...lobeProxy('MOONSHOT', 'moonshot'), defaultUrl: 'https://api.moonshot.ai/v1', variants: [anthropicRoute] },
        lobeProxy('OPENROUTER', 'openrouter'),
        lobeProxy('MISTRAL', 'mistral'),
        lobeProxy('XAI', 'xai'),
        lobeProxy('SILICONCLOUD', 'siliconflow'),
        // Native Ollama API on the host root (/api/chat).
        { name: 'OLLAMA_PROXY_URL', convention: 'host-root', family: 'ollama', chatPath: '/api/chat', provider: 'ollama', defaultUrl: 'http://127.0.0.1:11434' },
        // The Azure resource root; the Azure client adds /openai/deployments/… itself.
        { name: 'AZURE_ENDPOINT', convention: 'host-root', family: 'azure', chatPath: '/openai/deployments/{deployment}/chat/completions', provider: 'azure-openai' },
        { name: '*_PROXY_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions' }
    ],
    keyVars: [
        lobeKey('OPENAI', 'openai'),
        lobeKey('ANTHROPIC', 'anthropic'),
        lobeKey('GOOGLE', 'gemini'),
        lobeKey('DEEPSEEK', 'deepseek'),
        lobeKey('GROQ', 'groq'),
        lobeKey('QWEN', 'dashscope'),
        lobeKey('MOONSHOT', 'moonshot'),
        lobeKey('OPENROUTER', 'openrouter'),
        lobeKey('MISTRAL', 'mistral'),
        lobeKey('XAI', 'xai'),
        lobeKey('SILICONCLOUD', 'siliconflow'),
        { name: 'AZURE_API_KEY', provider: 'azure-openai', baseUrlVar: 'AZURE_ENDPOINT' },
        lobeKey('*', undefined)
    ],
    modelVars: ['OPENAI_MODEL_LIST', '*_MODEL_LIST'],
    // ACCESS_CODE is LobeChat v1's; v2 signs users in with Better Auth (not fully verified, docs/clients/lobechat.md §6).
    otherVars: ['ACCESS_CODE', 'API_KEY_SELECT_MODE', 'AZURE_API_VERSION', 'AZUREAI_ENDPOINT', 'AZUREAI_ENDPOINT_KEY', 'NEXT_AUTH_SECRET', 'KEY_VAULTS_SECRET', 'DATABASE_URL', 'APP_URL', 'INTERNAL_APP_URL'],
    flags: [
        offOnlyByZero('ENABLED_OPENAI', 'OpenAI'),
        offOnlyByZero('ENABLED_GOOGLE', 'Google'),
        offOnlyByZero('ENABLED_ANTHROPIC', 'Anthropic'),
        offOnlyByZero('ENABLED_OLLAMA', 'Ollama'),
        { name: 'ENABLED_AWS_BEDROCK', reads: 'equals', value: '1', whenOn: 'enables AWS Bedrock', source: `${lobechat_AT}@1473a65 src/envs/llm.ts` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'LobeChat reads OPENAI_PROXY_URL (with /v1)' },
        { name: 'BASE_URL', replacement: 'OPENAI_PROXY_URL', reason: 'BASE_URL is NextChat\'s name; LobeChat reads OPENAI_PROXY_URL (with /v1)' },
        { name: 'CUSTOM_MODELS', replacement: 'OPENAI_MODEL_LIST', reason: 'the old docs name; LobeChat reads OPENAI_MODEL_LIST' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^@lobehub/(?:chat|lobehub)$' },
        { type: 'docker-image', pattern: '(?:^|/)lobehub/(?:lobe-chat(?:-database)?|lobehub)$' }
    ],
    sources: [
        `${lobechat_AT}@1ec57e0 src/server/modules/ModelRuntime/index.ts; @1473a65 src/envs/llm.ts; @12294ca anthropicCompatibleFactory/index.ts`,
        'lobehub/lobe-chat@6d0e2547 src/server/modules/ModelRuntime/apiKeyManager.ts',
        'docs/clients/lobechat.md'
    ]
};

;// CONCATENATED MODULE: ./src/clients/profiles/nextchat.ts
const nextchat_AT = 'ChatGPTNextWeb/NextChat@706a18b9';
/**
 * The fingerprint of upstream's `app/utils/cloudflare.ts` (its code with comments and blanks removed, sha256, first
 * 16 hex digits), unchanged since 728c38396 (2024-07-12). A fork whose copy differs rewrites gateway URLs its own way.
 */
const UPSTREAM_CLOUDFLARE_REWRITE = '3570c7a23ff20b28';
/**
 * Every server route: `VAR || DEFAULT`, `https://` prefixed unless the value starts with `http`, one trailing
 * `/` stripped, then a fixed path appended (app/api/common.ts:32-41 and the same block in app/api/<provider>.ts).
 */
const nextchatUrl = (name, chatPath, provider, defaultUrl) => ({
    name,
    convention: 'host-root',
    family: 'openai',
    chatPath,
    ...(provider === undefined ? {} : { provider }),
    defaultUrl,
    normalize: 'nextchat'
});
/**
 * `getApiKey()` splits on `,` and trims each entry, but filters none out, so an empty entry is picked at
 * random like a key (app/config/server.ts:116-130).
 */
const nextchatList = { listSeparator: ',', trimsListEntries: true, keepsEmptyListEntries: true };
const nextchatKey = (name, provider, baseUrlVar) => ({
    name,
    ...(provider === undefined ? {} : { provider }),
    baseUrlVar,
    ...nextchatList
});
/** app/config/server.ts:266-276: most flags are `!!process.env.X`, so `false` and `0` switch them on. */
const flag = (name, whenOn, line) => ({ name, reads: 'non-empty', whenOn, source: `${nextchat_AT} app/config/server.ts:${line}` });
const nextchat = {
    id: 'nextchat',
    name: 'NextChat (ChatGPT Next Web)',
    baseUrlVars: [
        // app/api/common.ts:91 `${baseUrl}/${path}` with OpenaiPath.ChatPath "v1/chat/completions"; Cloudflare AI
        // Gateway URLs rewritten (app/utils/cloudflare.ts), for BASE_URL, AZURE_URL and ANTHROPIC_URL only.
        { ...nextchatUrl('BASE_URL', '/v1/chat/completions', 'openai', 'https://api.openai.com'), cloudflareRewrite: true },
        // app/api/anthropic.ts:72-94: ANTHROPIC_URL || BASE_URL || default, then /v1/messages.
        {
            ...nextchatUrl('ANTHROPIC_URL', '/v1/messages', 'anthropic', 'https://api.anthropic.com'),
            family: 'anthropic',
            fallback: 'BASE_URL',
            cloudflareRewrite: true
        },
        // app/api/google.ts:74-97: native Gemini generateContent.
        { ...nextchatUrl('GOOGLE_URL', '/v1beta/models/{model}:streamGenerateContent', 'gemini', 'https://generativelanguage.googleapis.com/'), family: 'gemini' },
        // Must end in /openai (or /openai/deployments/<id>, which the route cuts back): common.ts:53-61.
        {
            name: 'AZURE_URL',
            convention: 'verbatim',
            family: 'azure',
            chatPath: '/deployments/{deployment}/chat/completions',
            provider: 'azure-openai',
            normalize: 'nextchat',
            cloudflareRewrite: true
        },
        // app/api/deepseek.ts:45-67 appends /chat/completions without v1; DeepSeek answers with or without /v1.
        { ...nextchatUrl('DEEPSEEK_URL', '/chat/completions', 'deepseek', 'https://api.deepseek.com'), convention: 'includes-version' },
        nextchatUrl('MOONSHOT_URL', '/v1/chat/completions', 'moonshot', 'https://api.moonshot.ai'),
        nextchatUrl('XAI_URL', '/v1/chat/completions', 'xai', 'https://api.x.ai'),
        nextchatUrl('CHATGLM_URL', '/api/paas/v4/chat/completions', 'zhipu', 'https://open.bigmodel.cn'),
        nextchatUrl('SILICONFLOW_URL', '/v1/chat/completions', 'siliconflow', 'https://api.siliconflow.cn'),
        nextchatUrl('BYTEDANCE_URL', '/api/v3/chat/completions', 'volcengine-ark', 'https://ark.cn-beijing.volces.com'),
        // Native DashScope API, not compatible-mode (app/constant.ts:227-235).
        { ...nextchatUrl('ALIBABA_URL', '/v1/services/aigc/text-generation/generation', 'dashscope', 'https://dashscope.aliyuncs.com/api/'), family: 'dashscope' },
        // Legacy wenxinworkshop API; the OAuth token always comes from aip.baidubce.com (app/utils/baidu.ts:15).
        { ...nextchatUrl('BAIDU_URL', '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}', 'baidu-qianfan', 'https://aip.baidubce.com'), family: 'baidu' },
        nextchatUrl('AI302_URL', '/v1/chat/completions', 'ai302', 'https://api.302.ai'),
        nextchatUrl('STABILITY_URL', '/v2beta/stable-image/generate/{model}', undefined, 'https://api.stability.ai'),
        nextchatUrl('IFLYTEK_URL', '/v1/chat/completions', undefined, 'https://spark-api-open.xf-yun.com'),
        // tencent/route.ts:82 fetches the value itself.
        {
            name: 'TENCENT_URL',
            convention: 'verbatim',
            family: 'openai',
            chatPath: '',
            defaultUrl: 'https://hunyuan.tencentcloudapi.com',
            normalize: 'nextchat'
        }
    ],
    keyVars: [
        nextchatKey('OPENAI_API_KEY', 'openai', 'BASE_URL'),
        nextchatKey('ANTHROPIC_API_KEY', 'anthropic', 'ANTHROPIC_URL'),
        nextchatKey('GOOGLE_API_KEY', 'gemini', 'GOOGLE_URL'),
        nextchatKey('AZURE_API_KEY', 'azure-openai', 'AZURE_URL'),
        nextchatKey('DEEPSEEK_API_KEY', 'deepseek', 'DEEPSEEK_URL'),
        nextchatKey('MOONSHOT_API_KEY', 'moonshot', 'MOONSHOT_URL'),
        nextchatKey('XAI_API_KEY', 'xai', 'XAI_URL'),
        nextchatKey('CHATGLM_API_KEY', 'zhipu', 'CHATGLM_URL'),
        nextchatKey('SILICONFLOW_API_KEY', 'siliconflow', 'SILICONFLOW_URL'),
        nextchatKey('BYTEDANCE_API_KEY', 'volcengine-ark', 'BYTEDANCE_URL'),
        nextchatKey('ALIBABA_API_KEY', 'dashscope', 'ALIBABA_URL'),
        nextchatKey('BAIDU_API_KEY', 'baidu-qianfan', 'BAIDU_URL'),
        { name: 'BAIDU_SECRET_KEY', provider: 'baidu-qianfan', baseUrlVar: 'BAIDU_URL' },
        // Read but never injected: 302.AI requests get OPENAI_API_KEY (app/api/auth.ts:69-113 has no 302.AI case).
        nextchatKey('AI302_API_KEY', 'ai302', 'AI302_URL'),
        nextchatKey('STABILITY_API_KEY', undefined, 'STABILITY_URL'),
        nextchatKey('TENCENT_SECRET_KEY', undefined, 'TENCENT_URL'),
        // Not lists: sent as `key:secret` (app/api/auth.ts:91-93).
        { name: 'IFLYTEK_API_KEY', baseUrlVar: 'IFLYTEK_URL' },
        { name: 'IFLYTEK_API_SECRET', baseUrlVar: 'IFLYTEK_URL' },
        { name: 'CLOUDFLARE_KV_API_KEY', ...nextchatList }
    ],
    modelVars: ['DEFAULT_MODEL', 'CUSTOM_MODELS', 'VISION_MODELS'],
    otherVars: [
        'CODE',
        'OPENAI_ORG_ID',
        'AZURE_API_VERSION',
        'ANTHROPIC_API_VERSION',
        'TENCENT_SECRET_ID',
        'PROXY_URL', // an outbound proxy for the container (Dockerfile CMD), not an API base URL
        'DEFAULT_INPUT_TEMPLATE',
        'WHITE_WEBDAV_ENDPOINTS',
        'GTM_ID',
        'GA_ID',
        'CLOUDFLARE_ACCOUNT_ID',
        'CLOUDFLARE_KV_NAMESPACE_ID',
        'CLOUDFLARE_KV_TTL',
        'VERCEL',
        'BUILD_MODE',
        'BUILD_APP',
        'DISABLE_CHUNK'
    ],
    flags: [
        flag('HIDE_USER_API_KEY', 'hides the field where users enter their own API key', 268),
        // Also `=== "1"` for the server-side block (app/utils/model.ts:236-240); `!!` already hides GPT-4 in the list.
        flag('DISABLE_GPT4', 'hides the GPT-4 models', 139),
        flag('ENABLE_BALANCE_QUERY', 'turns the balance query on', 270),
        flag('DISABLE_FAST_LINK', 'turns fast links off', 271),
        { name: 'ENABLE_MCP', reads: 'equals', value: 'true', whenOn: 'turns MCP on', source: `${nextchat_AT} app/config/server.ts:276` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
        { name: 'OPENAI_API_BASE', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
        { name: 'OPENAI_API_BASE_URL', replacement: 'BASE_URL', reason: 'NextChat reads BASE_URL (host root, without /v1)' },
        { name: 'OPENAI_PROXY_URL', replacement: 'BASE_URL', reason: 'OPENAI_PROXY_URL is LobeChat\'s name; NextChat reads BASE_URL' },
        { name: 'ANTHROPIC_BASE_URL', replacement: 'ANTHROPIC_URL', reason: 'NextChat reads ANTHROPIC_URL (and falls back to BASE_URL)' },
        { name: 'OPENAI_SB', reason: 'only passed through by docker-compose.yml; no NextChat code reads it' },
        { name: 'PROTOCOL', reason: 'removed on 2023-11-09 (d93f05f51); NextChat now adds https:// itself', droppedOn: '2023-11-09' },
        { name: 'HIDE_BALANCE_QUERY', replacement: 'ENABLE_BALANCE_QUERY', reason: 'replaced on 2023-11-08 (638fdd8c3), with the opposite meaning', droppedOn: '2023-11-08' },
        { name: 'WHITE_WEBDEV_ENDPOINTS', replacement: 'WHITE_WEBDAV_ENDPOINTS', reason: 'renamed on 2024-09-19 (212d15fdd)', droppedOn: '2024-09-19' },
        {
            name: 'TENCENT_API_KEY',
            replacement: 'TENCENT_SECRET_KEY',
            reason: 'only tested for presence (app/config/server.ts:159), and that test is used nowhere; requests are signed with TENCENT_SECRET_ID and TENCENT_SECRET_KEY'
        }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^(?:nextchat|chatgpt-next-web)$' },
        { type: 'path-constant', pattern: '^OPENAI_BASE_URL=https://api\\.openai\\.com$' },
        { type: 'path-constant', pattern: '^OpenaiPath\\.ChatPath=' },
        { type: 'file-present', pattern: '(?:^|/)app/config/server\\.ts$' },
        { type: 'docker-image', pattern: '(?:^|/)(?:chatgpt-next-web|nextchat)$' }
    ],
    sources: [
        `${nextchat_AT} app/config/server.ts, app/api/common.ts, app/api/anthropic.ts, app/constant.ts, app/utils/cloudflare.ts, Dockerfile`,
        'docs/clients/nextchat.md'
    ]
};

;// CONCATENATED MODULE: ./src/clients/profiles/open-webui.ts
const CONFIG = 'open-webui/open-webui@00b1c6b backend/open_webui/config.py';
/** `os.getenv(X, 'True').lower() == 'true'`: `1` and `yes` switch these off. */
const trueOnly = (name, whenOn) => ({ name, reads: 'equals', value: 'true', ignoreCase: true, whenOn, source: `${CONFIG} ${name}` });
const openWebui = {
    id: 'open-webui',
    name: 'Open WebUI',
    baseUrlVars: [
        // `''` → the default; else one trailing `/` removed (the SDK join for a single slash).
        { name: 'OPENAI_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        // `split(';')`, each entry stripped of spaces but not of a trailing `/`: `…/v1/` calls `…/v1//chat/completions`.
        { name: 'OPENAI_API_BASE_URLS', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', listSeparator: ';', normalize: 'none' },
        // Native Ollama API on the host root; `/ollama` is the Docker image's own default (host.docker.internal).
        {
            name: 'OLLAMA_BASE_URL',
            convention: 'host-root',
            family: 'ollama',
            chatPath: '/api/chat',
            provider: 'ollama',
            defaultUrl: 'http://localhost:11434',
            sentinels: ['/ollama']
        },
        { name: 'OLLAMA_BASE_URLS', convention: 'host-root', family: 'ollama', chatPath: '/api/chat', provider: 'ollama', listSeparator: ';', normalize: 'none' },
        // A built-in OpenAI-compatible preset (OPENAI_COMPATIBLE_PROVIDERS).
        { name: 'MELIOUS_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', defaultUrl: 'https://api.melious.ai/v1' }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
        // Positional: the n-th key goes with the n-th URL of OPENAI_API_BASE_URLS (padded or cut to their count).
        { name: 'OPENAI_API_KEYS', baseUrlVar: 'OPENAI_API_BASE_URLS', listSeparator: ';', trimsListEntries: true },
        { name: 'MELIOUS_API_KEY', baseUrlVar: 'MELIOUS_API_BASE_URL' }
    ],
    modelVars: ['DEFAULT_MODELS', 'TASK_MODEL', 'TASK_MODEL_EXTERNAL'],
    otherVars: [
        'OPENAI_API_CONFIGS',
        'OLLAMA_API_BASE_URL', // the legacy name, whose trailing /api is cut
        'OLLAMA_API_CONFIGS',
        // Feed image generation only (IMAGES_GEMINI_API_BASE_URL defaults to it), not chat.
        'GEMINI_API_BASE_URL',
        'GEMINI_API_KEY',
        'ENABLE_DIRECT_CONNECTIONS',
        'K8S_FLAG',
        'USE_OLLAMA_DOCKER',
        'WEBUI_SECRET_KEY',
        'WEBUI_AUTH',
        'WEBUI_URL',
        'WEBUI_NAME',
        'DATA_DIR',
        'PORT'
    ],
    flags: [
        trueOnly('ENABLE_OPENAI_API', 'enables OpenAI-compatible connections'),
        trueOnly('ENABLE_OLLAMA_API', 'enables Ollama connections'),
        trueOnly('ENABLE_PERSISTENT_CONFIG', 'keeps settings saved in the database over these variables')
    ],
    // `OPENAI_API_BASE_URLS` is used whenever it is not empty; the single variables are then ignored.
    shadowed: [
        { name: 'OPENAI_API_BASE_URL', shadowedBy: 'OPENAI_API_BASE_URLS', source: `${CONFIG} OPENAI_API_BASE_URLS` },
        { name: 'OPENAI_API_KEY', shadowedBy: 'OPENAI_API_KEYS', source: `${CONFIG} OPENAI_API_KEYS` },
        { name: 'OLLAMA_BASE_URL', shadowedBy: 'OLLAMA_BASE_URLS', source: `${CONFIG} OLLAMA_BASE_URLS` }
    ],
    unusedVars: [
        { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' },
        { name: 'OPENAI_API_BASE', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' }
    ],
    fingerprints: [
        { type: 'package-name', pattern: '^open-webui$' },
        { type: 'docker-image', pattern: '(?:^|/)open-webui/open-webui$' }
    ],
    sources: [CONFIG, 'open-webui/open-webui@004a45f backend/open_webui/routers/openai.py', 'docs/clients/open-webui.md']
};

;// CONCATENATED MODULE: ./src/clients/profiles/unknown.ts

/**
 * No client identified: assume the SDK convention for the usual names. Rules report findings that rest on
 * this guess at a lower severity.
 */
const unknown = {
    id: 'unknown',
    name: 'unknown client (SDK convention assumed)',
    baseUrlVars: [
        { name: 'OPENAI_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
        { name: 'OPENAI_API_BASE', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai' },
        anthropicBaseUrl,
        { name: 'BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true },
        { name: '*_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', generic: true }
    ],
    keyVars: [
        { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_BASE_URL' },
        ...anthropicKeyVars,
        { name: '*_API_KEY' }
    ],
    modelVars: ['*_MODEL'],
    otherVars: [],
    unusedVars: [],
    fingerprints: [],
    sources: ['reference/clients.md §3 (SDK convention)']
};

;// CONCATENATED MODULE: ./src/clients/profiles/index.ts










/** Every client profile by id; detection tries them in this order on ties. */
const clientProfiles = {
    nextchat: nextchat,
    'chatgpt-web': chatgptWeb,
    lobechat: lobechat,
    'open-webui': openWebui,
    librechat: librechat,
    continue: continueDev,
    codex: codex,
    'openai-sdk': openaiSdk,
    'anthropic-sdk': anthropicSdk,
    'claude-code': claudeCode,
    unknown: unknown
};

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/find.ts
/**
 * Finding and reading the config file. Apart from its parsing (load.ts), which brings the YAML parser and zod: a
 * repository without a config file never loads them.
 */




/** Names looked for at the scan root, in this order. */
const CONFIG_FILE_NAMES = ['.llm-env-lint.yml', '.llm-env-lint.yaml'];
/**
 * The config for a scan: the file named by `file`, else `.llm-env-lint.yml` or `.llm-env-lint.yaml`
 * at `root`, else the defaults. Throws ConfigError when the named file is missing, when both default
 * names exist, or when the file is not valid YAML or not a valid config.
 */
async function loadConfig({ root, file, ...vocabulary }) {
    const path = file ?? (await findConfigFile(root));
    if (path === undefined)
        return types/* defaultConfig */.s;
    const { parseConfig } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(445)]).then(__webpack_require__.bind(__webpack_require__, 6445));
    return parseConfig(await readConfigFile(path), { file: path, ...vocabulary });
}
async function findConfigFile(root) {
    const candidates = CONFIG_FILE_NAMES.map((name) => (0,external_node_path_.join)(root, name));
    const exists = await Promise.all(candidates.map((path) => (0,promises_.stat)(path).then((info) => info.isFile(), () => false)));
    const found = candidates.filter((_, i) => exists[i]);
    if (found.length > 1) {
        throw new errors/* ConfigError */.x(found[0], [{ field: '', message: `both ${CONFIG_FILE_NAMES.join(' and ')} exist; keep one` }]);
    }
    return found[0];
}
async function readConfigFile(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* ConfigError */.x(path, [{ field: '', message: code === 'ENOENT' ? 'config file not found' : `cannot read the config file (${code})` }]);
    }
}

// EXTERNAL MODULE: ./src/core/redact.ts
var core_redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/core/url.ts
var url = __webpack_require__(38);
;// CONCATENATED MODULE: ./src/clients/detect.ts



/**
 * How much each kind of evidence weighs. The app's own code (NextChat's constants, its package name) and
 * the image it runs beat a mere dependency; config files of developer tools (`.claude/settings.json`,
 * `.continue/`) say least about what the repository deploys.
 */
const EVIDENCE_WEIGHT = {
    'path-constant': 5,
    'package-name': 4,
    'docker-image': 4,
    'package-dependency': 2,
    'file-present': 1
};
const patternCache = new Map();
const compiled = (pattern) => {
    let re = patternCache.get(pattern);
    if (!re)
        patternCache.set(pattern, (re = new RegExp(pattern)));
    return re;
};
/** The strongest evidence for one profile, if any of its fingerprints match. */
function evidenceFor(profile, fingerprints) {
    const matching = fingerprints.filter((fp) => profile.fingerprints.some((cf) => cf.type === fp.type && compiled(cf.pattern).test(fp.value)));
    const weightOf = (fp) => EVIDENCE_WEIGHT[fp.type] ?? 0;
    const strongest = matching.reduce((best, fp) => (!best || weightOf(fp) > weightOf(best) ? fp : best), undefined);
    return strongest && { profile, weight: weightOf(strongest), count: matching.length, fingerprint: strongest };
}
/** Every profile with evidence among `fingerprints`, strongest first (ties: more fingerprints, then profile order). */
function candidates(fingerprints) {
    const found = [];
    for (const profile of Object.values(clientProfiles)) {
        const evidence = evidenceFor(profile, fingerprints);
        if (evidence)
            found.push(evidence);
    }
    return found.sort((a, b) => b.weight - a.weight || b.count - a.count);
}
const describeEvidence = (fp) => `${fp.type} ${fp.value} in ${fp.file}`;
/**
 * The client that reads a scope, with the evidence (see `ClientBasis` for the order): the environment of another
 * program (an MCP server, Codex's shell commands) is judged by the SDK convention as a guess; then its own file kind,
 * its own container image, the configured client, the nearest app folder with evidence (the scope's folder,
 * then each parent), and last the repository as a whole. A repository fallback whose evidence names several
 * clients is a guess; so is the default. `configured` ids are validated by the config layer.
 */
function detectScopeClient(site, fingerprints, configured) {
    return createScopeDetector(fingerprints, configured)(site);
}
/**
 * {@link detectScopeClient} for many scopes of one repository: the fingerprints are indexed by scope and by app
 * folder once, so a compose file of thousands of services costs a lookup per service, not a pass over every image.
 */
function createScopeDetector(fingerprints, configured) {
    if (configured !== undefined && !Object.hasOwn(clientProfiles, configured)) {
        throw new Error(`unknown client id "${configured}" (the config layer should have rejected it)`);
    }
    const byScope = new Map();
    const byFolder = new Map();
    for (const fp of fingerprints) {
        const [index, key] = fp.scope === undefined ? [byFolder, appFolderOf(fp)] : [byScope, fp.scope];
        index.set(key, [...(index.get(key) ?? []), fp]);
    }
    // A NextChat fork's constants are read once, whichever scopes turn out to be NextChat's.
    const nextchat = adaptNextChatFork(fingerprints);
    const profileOf = (profile) => (profile.id === 'nextchat' ? nextchat : profile);
    const folderEvidence = new Map();
    const inFolder = (folder) => {
        let found = folderEvidence.get(folder);
        if (!found)
            folderEvidence.set(folder, (found = candidates(byFolder.get(folder) ?? [])));
        return found;
    };
    // Another scope's image says nothing about this one.
    let anywhere;
    const unscoped = () => (anywhere ??= candidates(fingerprints.filter((fp) => fp.scope === undefined)));
    return (site) => {
        const scoped = byScope.get(site.id) ?? [];
        const spawned = scoped.find((fp) => fp.type === 'spawned-env');
        if (spawned)
            return { profile: clientProfiles.unknown, how: 'file-kind', evidence: `the environment of ${spawned.value}`, confidence: 'guessed' };
        const own = clientForKind(site.kind);
        if (own)
            return { profile: clientProfiles[own], how: 'file-kind', evidence: `a ${site.kind} file`, confidence: 'known' };
        const image = candidates(scoped)[0];
        if (image)
            return chosen(image, 'image', [image], profileOf);
        const readers = candidates((site.readBy ?? []).flatMap((scope) => byScope.get(scope) ?? []));
        if (readers.length > 0 && agree(readers))
            return chosen(readers[0], 'image', readers, profileOf);
        if (configured !== undefined)
            return { profile: profileOf(clientProfiles[configured]), how: 'configured', confidence: 'known' };
        for (const folder of foldersUp(site.file)) {
            const here = inFolder(folder);
            if (here.length > 0)
                return { ...chosen(here[0], 'manifest', here, profileOf), confidence: agree(here) ? 'known' : 'guessed' };
        }
        const all = unscoped();
        if (all.length === 0)
            return { profile: clientProfiles.unknown, how: 'default', confidence: 'guessed' };
        return { ...chosen(all[0], 'repository', all, profileOf), confidence: agree(all) ? 'known' : 'guessed' };
    };
}
/**
 * Whether evidence names one client. Only the strongest class of evidence present counts: an app's own
 * code or manifest, else container images, else dependencies and tool configs. So a NextChat fork whose
 * compose file also runs Open WebUI is still NextChat's, while two apps' manifests disagree.
 */
function agree(found) {
    const classOf = (e) => EVIDENCE_CLASS[e.fingerprint.type] ?? 0;
    const top = Math.max(...found.map(classOf));
    const ids = new Set(found.filter((e) => classOf(e) === top).map((e) => e.profile.id));
    if (ids.has('openai-sdk') && ids.has('anthropic-sdk'))
        ids.delete('anthropic-sdk');
    return ids.size === 1;
}
const EVIDENCE_CLASS = {
    'path-constant': 3,
    'package-name': 3,
    'docker-image': 2,
    'package-dependency': 1,
    'file-present': 1
};
/** The client for the repository as a whole (for scope-less questions such as which route a CLI base URL takes). */
function detectClient(fingerprints, configured) {
    return detectScopeClient({ id: '', file: '', kind: 'text' }, fingerprints, configured);
}
/**
 * The chosen profile, adapted to a NextChat fork's constants; an app with both the OpenAI and the
 * Anthropic SDK reads both families' variables, each by its own convention.
 */
function chosen(best, how, level, profileOf) {
    const ids = new Set(level.map((e) => e.profile.id));
    const sdk = best.profile.id === 'openai-sdk' || best.profile.id === 'anthropic-sdk';
    const profile = sdk && ids.has('openai-sdk') && ids.has('anthropic-sdk') ? bothSdks() : profileOf(best.profile);
    return { profile, how, evidence: describeEvidence(best.fingerprint), confidence: 'known' };
}
/** The OpenAI and the Anthropic SDK in one app: both families' variables. */
function bothSdks() {
    const a = clientProfiles['openai-sdk'];
    const b = clientProfiles['anthropic-sdk'];
    return {
        ...a,
        name: 'OpenAI and Anthropic SDK app',
        baseUrlVars: [...a.baseUrlVars, ...b.baseUrlVars],
        keyVars: [...a.keyVars, ...b.keyVars],
        modelVars: [...a.modelVars, ...b.modelVars],
        otherVars: [...a.otherVars, ...b.otherVars],
        flags: [...(a.flags ?? []), ...(b.flags ?? [])],
        unusedVars: [...a.unusedVars, ...b.unusedVars],
        fingerprints: [...a.fingerprints, ...b.fingerprints],
        sources: [...a.sources, ...b.sources]
    };
}
/** `apps/web/.env` → `apps/web`, `apps`, `` (the repository root). */
function foldersUp(file) {
    const folders = [];
    let at = file.lastIndexOf('/');
    while (at > 0) {
        folders.push(file.slice(0, at));
        at = file.lastIndexOf('/', at - 1);
    }
    folders.push('');
    return folders;
}
/** Source files that sit below their app's root (NextChat's `app/constant.ts`, chatgpt-web's `service/…`). */
const APP_SOURCE_PATHS = ['app/constant.ts', 'app/config/server.ts', 'service/src/chatgpt/index.ts'];
/** The folder of the app a fingerprint speaks for: a manifest's folder, or the root above a known source path. */
function appFolderOf(fp) {
    const inner = APP_SOURCE_PATHS.find((p) => fp.file === p || fp.file.endsWith(`/${p}`));
    const folder = inner ? fp.file.slice(0, fp.file.length - inner.length).replace(/\/$/, '') : fp.file.slice(0, Math.max(0, fp.file.lastIndexOf('/')));
    return folder.replace(/\/?\.(?:continue|codex|claude)(?:\/.*)?$/, '');
}
const CHAT_PATH_PREFIX = 'OpenaiPath.ChatPath=';
const BASE_URL_PREFIX = 'OPENAI_BASE_URL=';
const CLOUDFLARE_REWRITE_PREFIX = 'cloudflareAIGatewayUrl=';
/**
 * NextChat forks that changed `OpenaiPath.ChatPath` (providers.md §1.2 "Fork detection rule"): `BASE_URL`
 * gets the fork's path; a path with a version segment (`v1/…`) keeps the host-root convention, one without
 * (`chat/completions`) means the base must carry `/v1` itself. The fork's `OPENAI_BASE_URL` constant, when
 * found, becomes the default URL. A fork whose `app/utils/cloudflare.ts` is not upstream's rewrites Cloudflare AI
 * Gateway URLs its own way, which is not modelled: those values are left unjudged (`forkRewrite`). An unchanged
 * fork gets the upstream profile itself.
 */
function adaptNextChatFork(fingerprints) {
    const profile = clientProfiles.nextchat;
    const constant = (prefix) => fingerprints.find((fp) => fp.type === 'path-constant' && fp.value.startsWith(prefix))?.value.slice(prefix.length);
    const forkPath = constant(CHAT_PATH_PREFIX);
    const rewrite = constant(CLOUDFLARE_REWRITE_PREFIX);
    const ownRewrite = rewrite !== undefined && rewrite !== UPSTREAM_CLOUDFLARE_REWRITE;
    const chatPath = forkPath === undefined ? undefined : `/${forkPath.replace(/^\/+/, '')}`;
    const adapt = (v) => {
        let adapted = v;
        if (ownRewrite && v.cloudflareRewrite)
            adapted = { ...adapted, cloudflareRewrite: false, forkRewrite: true };
        if (v.name === 'BASE_URL' && chatPath !== undefined && chatPath !== v.chatPath) {
            const defaultUrl = constant(BASE_URL_PREFIX) ?? v.defaultUrl;
            adapted = {
                ...adapted,
                chatPath,
                convention: /\/v\d+[a-z]*\//.test(chatPath) ? 'host-root' : 'includes-version',
                ...(defaultUrl === undefined ? {} : { defaultUrl })
            };
        }
        return adapted;
    };
    const baseUrlVars = profile.baseUrlVars.map(adapt);
    return baseUrlVars.every((v, i) => v === profile.baseUrlVars[i]) ? profile : { ...profile, baseUrlVars };
}
/** The client implied by the kind of file, for client config files read on their own. */
function clientForKind(kind) {
    switch (kind) {
        case 'librechat':
            return 'librechat';
        case 'continue':
            return 'continue';
        case 'codex':
            return 'codex';
        case 'claude-settings':
            return 'claude-code';
        default:
            return undefined;
    }
}
/** Whether a variable name matches a profile name that may hold one `*` wildcard (`*_PROXY_URL`). */
function matchesVarName(pattern, name) {
    const star = pattern.indexOf('*');
    if (star === -1)
        return pattern === name;
    const head = pattern.slice(0, star);
    const tail = pattern.slice(star + 1);
    return name.length > head.length + tail.length && name.startsWith(head) && name.endsWith(tail);
}
/** The first item whose name is `name` exactly, else the first whose wildcard name matches. */
function findByName(items, name) {
    return items.find((item) => item.name === name) ?? items.find((item) => item.name.includes('*') && matchesVarName(item.name, name));
}
/** The base URL variable of `profile` that `name` is (exact names before wildcards). */
function findBaseUrlVar(profile, name) {
    return findByName(profile.baseUrlVars, name);
}
/**
 * How the client reads a base URL variable for this value: the first variant whose value suffix or sibling
 * field applies (LobeChat `…/anthropic`, Continue `provider: ollama`), else the variable itself. The result
 * keeps the variable's name and drops the variants, so every later step sees one reading.
 */
function readingOf(variable, value, sibling) {
    const { variants, ...plain } = variable;
    const path = (0,url/* withoutQueryOrSlashes */.t_)((value ?? '').trim()).toLowerCase();
    const variant = variants?.find((v) => (v.pathEndsWith !== undefined && path.endsWith(v.pathEndsWith)) ||
        (v.sibling !== undefined && v.sibling.equals.includes((sibling(v.sibling.name) ?? '').trim().toLowerCase())));
    if (!variant)
        return plain;
    const { pathEndsWith: _suffix, sibling: _sibling, ...reading } = variant;
    return { ...plain, ...reading };
}
/** The key variable of `profile` that `name` is (exact names before wildcards). */
function findKeyVar(profile, name) {
    return findByName(profile.keyVars, name);
}
/**
 * The name of the base URL variable a key variable is sent to. A wildcard pairing keeps the key's own
 * prefix: LobeChat `PERPLEXITY_API_KEY` (`*_API_KEY`) goes to `PERPLEXITY_PROXY_URL` (`*_PROXY_URL`).
 * Undefined when the key var names no base URL variable, or `keyName` is not one of its names.
 */
function pairedBaseUrlName(keyVar, keyName) {
    const target = keyVar.baseUrlVar;
    if (target === undefined || !target.includes('*'))
        return target;
    const star = keyVar.name.indexOf('*');
    if (star === -1 || !matchesVarName(keyVar.name, keyName))
        return undefined;
    const wildcardPart = keyName.slice(star, keyName.length - (keyVar.name.length - star - 1));
    return target.replace('*', wildcardPart);
}
/** Every name the client reads besides base URLs, keys and models: its other variables and its flags. */
const otherNames = (profile) => [...profile.otherVars, ...(profile.flags ?? []).map((f) => f.name)];
/** Whether `name` is one of `profile`'s model variables. */
function isModelVar(profile, name) {
    return profile.modelVars.some((pattern) => matchesVarName(pattern, name));
}

// EXTERNAL MODULE: ./src/sources/entry.ts
var sources_entry = __webpack_require__(8518);
// EXTERNAL MODULE: ./src/sources/values.ts
var values = __webpack_require__(4302);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/model/pairing.ts



/**
 * Pairs keys with the base URL they are sent to and the model they ask for, inside one group of
 * entries read together. First by the client's own variable names (a key variable names its base URL
 * variable), then by shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`).
 *
 * Every base URL entry ends up in a pairing under its own variable exactly once, keyed or not. A key
 * whose base URL variable is unset may also pair with the entry its variable falls back to (NextChat
 * `ANTHROPIC_URL` → `BASE_URL`), under the falling-back variable: that is where its requests go.
 */
function pairEntries(entries, profile) {
    const byName = new Map(entries.map((e) => [e.key, e]));
    const sibling = siblingOf(byName);
    const roles = entries.map((entry) => {
        const role = roleIn(profile, entry.key);
        return { entry, ...role, ...(role.baseUrlVar ? { baseUrlVar: readingOf(role.baseUrlVar, (0,sources_entry/* effectiveValue */.FB)(entry), sibling) } : {}) };
    });
    const stems = indexStems(roles);
    const pairs = [];
    const direct = new Set();
    const modelOf = (key, base) => stemModel(stems, key ?? base) ?? profile.modelVars.map((name) => byName.get(name)).find((e) => e !== undefined);
    for (const { entry: key, keyVar } of roles) {
        if (!keyVar)
            continue;
        const target = keyVar.baseUrlVar === undefined ? stemBase(stems, key) : namedBase(profile, byName, keyVar.baseUrlVar);
        if (target?.baseUrl && target.baseUrlVar?.name === target.baseUrl.key)
            direct.add(target.baseUrl);
        pairs.push(withoutUndefined({ key, keyVar, baseUrl: target?.baseUrl, baseUrlVar: target?.baseUrlVar, model: modelOf(key, target?.baseUrl), by: 'profile' }));
    }
    for (const { entry, baseUrlVar } of roles) {
        if (!baseUrlVar || direct.has(entry))
            continue;
        direct.add(entry);
        pairs.push(withoutUndefined({ baseUrl: entry, baseUrlVar, model: modelOf(undefined, entry), by: 'profile' }));
    }
    return [...pairs, ...prefixPairs(roles.filter((r) => !r.known).map((r) => r.entry))];
}
/** The value of another setting of the same group, by name (`provider:` next to Continue's `apiBase`). */
const siblingOf = (byName) => (name) => {
    const entry = byName.get(name);
    return entry && (0,sources_entry/* effectiveValue */.FB)(entry);
};
/** How `profile` reads a name; wildcard variables (`*_PROXY_URL`) come back with the concrete name filled in. */
function roleIn(profile, name) {
    const keyVar = findKeyVar(profile, name);
    const baseUrlVar = findBaseUrlVar(profile, name);
    return withoutUndefined({
        keyVar: keyVar && instantiateKey(keyVar, name),
        baseUrlVar: baseUrlVar && { ...baseUrlVar, name },
        known: keyVar !== undefined || baseUrlVar !== undefined || isModelVar(profile, name) || otherNames(profile).includes(name)
    });
}
/** `*_API_KEY` read as `GROQ_API_KEY` sends to `GROQ_PROXY_URL` when its base is `*_PROXY_URL`. */
function instantiateKey(keyVar, name) {
    if (!keyVar.name.includes('*'))
        return keyVar;
    return withoutUndefined({ ...keyVar, name, baseUrlVar: pairedBaseUrlName(keyVar, name) });
}
/** The entry a named base URL variable reads, or the one its fallback reads when it is unset. */
function namedBase(profile, byName, name) {
    const found = findBaseUrlVar(profile, name);
    if (!found)
        return undefined;
    const baseUrl = byName.get(name) ?? (found.fallback ? byName.get(found.fallback) : undefined);
    const baseUrlVar = readingOf({ ...found, name }, baseUrl && (0,sources_entry/* effectiveValue */.FB)(baseUrl), siblingOf(byName));
    return withoutUndefined({ baseUrl, baseUrlVar });
}
function indexStems(roles) {
    const bases = new Map();
    const models = new Map();
    for (const r of roles) {
        const stem = stemOf(r.entry, 'base');
        if (stem !== undefined && (r.baseUrlVar || !r.known) && !bases.has(stem))
            bases.set(stem, r);
        const modelStem = stemOf(r.entry, 'model');
        if (modelStem !== undefined && !models.has(modelStem))
            models.set(modelStem, r.entry);
    }
    return { bases, models };
}
/** A key variable that names no base URL variable (`*_API_KEY` of the SDK guess) pairs by stem. */
function stemBase(stems, key) {
    const stem = stemOf(key, 'key');
    const found = stem === undefined ? undefined : stems.bases.get(stem);
    return found && withoutUndefined({ baseUrl: found.entry, baseUrlVar: found.baseUrlVar });
}
function stemModel(stems, of) {
    const stem = of && stemOf(of, (0,names/* nameRole */.Q)(of.key)?.role ?? 'key');
    return stem === undefined ? undefined : stems.models.get(stem);
}
/** The stem of a name in the given role, if the name has that role. */
function stemOf(entry, role) {
    const found = (0,names/* nameRole */.Q)(entry.key);
    return found?.role === role ? found.stem : undefined;
}
/**
 * Pairs names the client does not know by stem. A key pairs with the base URL of its stem; a strong
 * base URL name (`*_BASE_URL`, `apiBase`) stands alone too, while `*_URL` and `*_ENDPOINT` count only
 * next to a key, because `DATABASE_URL` is not an API root. A key alone (`GITHUB_TOKEN`) says nothing
 * about where it goes and makes no pairing.
 */
function prefixPairs(entries) {
    const stems = new Map();
    for (const entry of entries) {
        const role = (0,names/* nameRole */.Q)(entry.key);
        if (!role)
            continue;
        const stem = stems.get(role.stem) ?? { keys: [] };
        stems.set(role.stem, stem);
        if (role.role === 'key')
            stem.keys.push(entry);
        else if (role.role === 'model')
            stem.model = entry;
        else if (role.strength === 'strong')
            stem.strongBase = entry;
        else
            stem.weakBase = entry;
    }
    const pairs = [];
    for (const { keys, strongBase, weakBase, model } of stems.values()) {
        const baseUrl = strongBase ?? (keys.length > 0 ? weakBase : undefined);
        if (!baseUrl)
            continue;
        if (keys.length === 0)
            pairs.push(withoutUndefined({ baseUrl, model, by: 'prefix' }));
        for (const key of keys)
            pairs.push(withoutUndefined({ key, baseUrl, model, by: 'prefix' }));
    }
    return pairs;
}
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/model/build.ts





/** Kinds whose settings live in structures (lists of models or endpoints) rather than one flat environment. */
const STRUCTURED = new Set(['continue', 'librechat', 'codex']);
/**
 * Groups the entries of every file into deployment scopes, picks each scope's client and pairs keys
 * with base URLs and models. Pure.
 */
function buildModel(files, settings) {
    const fingerprints = files.flatMap((f) => f.fingerprints);
    const kinds = new Map(files.map((f) => [f.path, f.kind]));
    const readers = envFileReaders(files);
    const clientOf = createScopeDetector(fingerprints, settings.client);
    const scopes = [...collectScopes(files)]
        .filter(([, entries]) => entries.length > 0)
        .sort(([a], [b]) => (0,order/* compareText */.n6)(a, b))
        .map(([id, entries]) => {
        const file = fileOf(id);
        const kind = kinds.get(file) ?? entries[0].kind;
        const site = { id, file, kind, readBy: readers.get(file) ?? [] };
        return makeScope(id, file, kind, lastWins(entries), clientOf(site));
    });
    return { files, scopes, client: detectClient(fingerprints, settings.client) };
}
/**
 * Entries by scope id, in reading order. Workflow-level env joins every job of its file; a compose
 * service reads its `env_file` dotenv files first (its own `environment` overrides them) and its
 * `${VAR}` references are resolved from the compose project's `.env`.
 */
function collectScopes(files) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const scopes = new Map();
    const add = (id, entries) => {
        const list = scopes.get(id) ?? [];
        list.push(...entries);
        scopes.set(id, list);
    };
    for (const file of files) {
        const live = file.entries.filter((e) => !e.commented);
        if (file.kind === 'workflow' && file.workflow && file.workflow.jobs.length > 0) {
            const fileLevel = live.filter((e) => e.scope === file.path);
            for (const job of file.workflow.jobs)
                add(`${file.path}#jobs.${job.id}`, fileLevel);
            addByScope(add, live.filter((e) => e.scope !== file.path));
        }
        else if (file.kind === 'compose') {
            const project = projectEnv(file.path, byPath);
            for (const ref of file.envFiles ?? [])
                add(ref.scope, (byPath.get(ref.path)?.entries ?? []).filter((e) => !e.commented));
            addByScope(add, live.map((e) => resolveFrom(e, project)));
        }
        else {
            addByScope(add, live);
        }
    }
    return scopes;
}
function addByScope(add, entries) {
    for (const entry of entries)
        add(entry.scope, [entry]);
}
/**
 * The compose services that read a dotenv file: through `env_file`, or as the project `.env` next to the
 * compose file, whose variables fill in the services' `${VAR}` references. Such a file belongs to them.
 */
function envFileReaders(files) {
    const readers = new Map();
    const add = (path, scope) => void readers.set(path, [...(readers.get(path) ?? []), scope]);
    for (const file of files) {
        if (file.kind !== 'compose')
            continue;
        const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : '';
        for (const scope of new Set(file.entries.map((e) => e.scope)))
            add(`${folder}.env`, scope);
        for (const ref of file.envFiles ?? [])
            add(ref.path, ref.scope);
    }
    return readers;
}
/** The variables of the `.env` next to a compose file, which compose uses for `${VAR}` interpolation. */
function projectEnv(composePath, byPath) {
    const folder = composePath.includes('/') ? composePath.slice(0, composePath.lastIndexOf('/') + 1) : '';
    const vars = new Map();
    for (const entry of byPath.get(`${folder}.env`)?.entries ?? []) {
        const value = entry.commented ? undefined : (0,sources_entry/* effectiveValue */.FB)(entry);
        if (value !== undefined)
            vars.set(entry.key, value);
    }
    return vars;
}
/** Fills `resolved` for a reference or template the compose parser could not expand on its own. */
function resolveFrom(entry, vars) {
    if (entry.form === 'literal' || entry.resolved !== undefined || entry.value === undefined)
        return entry;
    // Workflow-style `${{ }}` never appears in compose; only shell-style references expand.
    const resolved = (0,values/* expandShell */.H)(entry.value, vars);
    return resolved === undefined ? entry : { ...entry, resolved };
}
/**
 * Keeps the last assignment of each setting, in the position of that last assignment, as apps
 * read them. Flat environments repeat by name; structured configs repeat names across list items,
 * so there the full path is the identity.
 */
function lastWins(entries) {
    const last = new Map();
    entries.forEach((e, i) => last.set(identity(e), i));
    return entries.filter((e, i) => last.get(identity(e)) === i);
}
const identity = (e) => (STRUCTURED.has(e.kind) ? e.path.join('\0') : e.key);
/** Scope ids are `<file>` or `<file>#<name>`. */
const fileOf = (id) => (id.includes('#') ? id.slice(0, id.indexOf('#')) : id);
function makeScope(id, file, kind, entries, client) {
    return {
        id,
        file,
        kind,
        label: labelOf(file, id.length > file.length ? id.slice(file.length + 1) : undefined),
        entries,
        client,
        pairs: pairsOf(entries, client)
    };
}
/** Structured configs pair within each list item (one Continue model, one LibreChat endpoint). */
function pairsOf(entries, client) {
    const groups = new Map();
    for (const entry of entries) {
        const parent = STRUCTURED.has(entry.kind) ? entry.path.slice(0, -1).join('\0') : '';
        const group = groups.get(parent);
        if (group)
            group.push(entry);
        else
            groups.set(parent, [entry]);
    }
    return [...groups.values()].flatMap((group) => pairEntries(group, client.profile));
}
/** `services.app` → `service app`, `jobs.deploy` → `job deploy`, otherwise the name after `#` or the file name. */
function labelOf(file, name) {
    if (name === undefined)
        return file.slice(file.lastIndexOf('/') + 1);
    const [kind, ...rest] = name.split('.');
    const label = { services: 'service', jobs: 'job' }[kind ?? ''];
    return label && rest.length > 0 ? `${label} ${rest.join('.')}` : name;
}

// EXTERNAL MODULE: ./src/providers/catalog.ts + 2 modules
var providers_catalog = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/rules/index.ts + 19 modules
var rules = __webpack_require__(5579);
// EXTERNAL MODULE: ./src/probes/rules.ts
var probes_rules = __webpack_require__(7328);
;// CONCATENATED MODULE: ./src/core/edit.ts
/** Quote characters a value may be written in; the edit replaces the text between them. */
const QUOTES = new Set(['"', "'", '`']);
/**
 * Characters a replacement may not carry: inside quotes they could close the quotes or start an escape or
 * an expansion (`$`); unquoted, they could start a comment or end the value. URLs, model names and
 * variable names never need them, so a fix holding one is left as advice.
 */
const UNSAFE_IN_PLACE = /[\s"'`\\$#]/;
function editFor({ span, entry, fix }) {
    if (fix === undefined || fix === '' || entry === undefined || entry.commented || UNSAFE_IN_PLACE.test(fix))
        return undefined;
    if (span.start.line !== span.end.line)
        return undefined;
    const width = span.end.column - span.start.column;
    // A rename (`env-name-unused`): the finding points at the name, which must be written bare.
    if (sameSpan(span, entry.keySpan))
        return width === entry.key.length ? { range: span, replacement: fix } : undefined;
    if (!entry.valueSpan || !sameSpan(span, entry.valueSpan) || entry.form !== 'literal')
        return undefined;
    const { raw, value } = entry;
    if (raw === undefined || value === undefined || width !== raw.length)
        return undefined;
    if (raw === value)
        return { range: span, replacement: fix };
    // Quoted as written, the quotes removed by the format: keep the quotes, replace the text between them.
    const quote = raw[0];
    if (raw.length >= 2 && QUOTES.has(quote) && raw.endsWith(quote) && raw.slice(1, -1) === value) {
        return {
            range: { start: { line: span.start.line, column: span.start.column + 1 }, end: { line: span.end.line, column: span.end.column - 1 } },
            replacement: fix
        };
    }
    return undefined;
}
const sameSpan = (a, b) => a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts

/**
 * A finding's identity that survives unrelated edits: rule, file, where in the file's structure
 * (entry path, not line number) and what (a hash of the value). `occurrence` tells apart the same
 * token repeated in one file.
 */
function fingerprint(parts) {
    const what = (0,external_node_crypto_.createHash)('sha256').update(parts.what).digest('hex');
    return (0,external_node_crypto_.createHash)('sha256')
        .update([parts.ruleId, parts.messageId, parts.file, parts.where, what, String(parts.occurrence)].join('\0'))
        .digest('hex')
        .slice(0, 32);
}

// EXTERNAL MODULE: ./src/core/text.ts
var core_text = __webpack_require__(2020);
;// CONCATENATED MODULE: ./src/core/ignores.ts

const DIRECTIVE = 'llm-env-lint-ignore';
/** The directive counts only inside a comment: some comment opener must come before it on the line. */
const COMMENT_OPENER = /(?:^|\s|;)(?:#|\/\/|\/\*|<!--|--)/;
const RULE_LIST = /^[ \t]+([a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)/;
/**
 * Finds `llm-env-lint-ignore [rule-id[, rule-id]]` directives. Each silences findings on its own line
 * and on the next one; without rule ids it silences every rule.
 */
function findIgnoreDirectives(text) {
    let from = text.indexOf(DIRECTIVE);
    if (from === -1)
        return [];
    const lines = new core_text/* LineIndex */.r(text);
    const found = [];
    while (from !== -1) {
        const { line, column } = lines.position(from);
        const before = lines.lineText(line).slice(0, column - 1);
        if (COMMENT_OPENER.test(' ' + before)) {
            const list = RULE_LIST.exec(text.slice(from + DIRECTIVE.length, from + DIRECTIVE.length + 500));
            found.push({ line, rules: list ? list[1].split(',').map((r) => r.trim()) : [] });
        }
        from = text.indexOf(DIRECTIVE, from + DIRECTIVE.length);
    }
    return found;
}
function isIgnored(directives, ruleId, line) {
    return directives.some((d) => (d.line === line || d.line + 1 === line) && (d.rules.length === 0 || d.rules.includes(ruleId)));
}

// EXTERNAL MODULE: ./src/core/message.ts
var core_message = __webpack_require__(3252);
;// CONCATENATED MODULE: ./src/engine/lint.ts










// Defence in depth: a key a rule forgot to declare as a secret is still masked.


/** A rule threw: the message names the rule so one broken rule is easy to find. */
class RuleError extends Error {
    ruleId;
    constructor(ruleId, cause) {
        super(`rule ${ruleId} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        this.ruleId = ruleId;
    }
}
const SKIP_REASONS = {
    'too-large': 'not scanned: the file is larger than the size limit',
    'symlink-outside-root': 'not scanned: a symbolic link that points outside the scanned folder',
    unreadable: 'not scanned: the file could not be read'
};
/** The whole pure pipeline over files already read: analyse, model, rules, then finalise. */
function lint(files, settings, options = {}) {
    const catalog = options.catalog ?? createCatalog(settings.providers);
    return lintFacts(files.map((f) => analyzeFile(f, catalog)), settings, { ...options, catalog });
}
/**
 * Runs the rules over analysed files and turns their reports into findings: masked, suppressed by
 * inline directives, fingerprinted and sorted.
 */
function lintFacts(facts, settings, options = {}) {
    const catalog = options.catalog ?? (0,providers_catalog/* createCatalog */.C)(settings.providers);
    const skipped = (options.skipped ?? []).filter((f) => f.reason !== 'binary');
    const model = buildModel([...facts, ...skippedNotes(skipped)], settings);
    return {
        findings: finalize(runRules(options.rules ?? rules/* rules */.a, model, settings, catalog), model, catalog),
        model,
        stats: {
            files: options.scannedFiles ?? facts.filter((f) => !f.history).length,
            entries: facts.reduce((n, f) => n + f.entries.length, 0)
        }
    };
}
/**
 * Merges the reports of the live probes (which need the finished model to know what to probe) into a result,
 * under the probe rules' metadata and finalised by the same steps as the rules' reports: configured severity,
 * masking, inline suppression, fingerprint, order.
 */
function addProbeReports(result, reports, settings, catalog = (0,providers_catalog/* createCatalog */.C)(settings.providers)) {
    const drafts = reports.flatMap((report) => {
        const meta = probes_rules/* PROBE_RULES */.$J.find((rule) => rule.id === report.ruleId);
        const configured = settings.rules[meta.id];
        return configured === 'off' ? [] : [{ meta, descriptor: report, severity: severityOf(meta, report, configured), origin: 'probe' }];
    });
    const added = finalize(capDrafts(drafts), result.model, catalog);
    return { ...result, findings: [...result.findings, ...added].sort(order/* compareFindings */.Eg) };
}
function runRules(rules, model, settings, catalog) {
    const drafts = [];
    for (const rule of rules) {
        const configured = settings.rules[rule.meta.id];
        if (configured === 'off')
            continue;
        const collect = (descriptor) => {
            const origin = descriptor.commit === undefined ? 'tree' : 'history';
            drafts.push({ meta: rule.meta, descriptor, severity: severityOf(rule.meta, descriptor, configured), origin });
        };
        try {
            rule.check({ model, providers: catalog, report: collect, ...(settings.secretValues && { secretValues: settings.secretValues }), ...(settings.staged && { staged: true }) });
        }
        catch (error) {
            throw new RuleError(rule.meta.id, error);
        }
    }
    return capDrafts(drafts);
}
/** Findings listed per line and per file at most: a line of ten thousand keys is one problem to fix, not ten thousand. */
const FINDINGS_PER_LINE = 20;
const FINDINGS_PER_FILE = 1000;
const parseError = rules/* rules */.a.find((rule) => rule.meta.id === 'parse-error').meta;
/**
 * Keeps the first findings of each line and each file (in report order) and replaces the rest of a file by one note
 * that counts them, so the size of every report is bounded by the number of files, not by what a file holds.
 */
function capDrafts(drafts) {
    const kept = [];
    const perLine = new Map();
    const perFile = new Map();
    const cut = new Map();
    for (const draft of [...drafts].sort(compareDrafts)) {
        const { file, span } = draft.descriptor;
        const line = `${file}\0${span.start.line}`;
        const onLine = perLine.get(line) ?? 0;
        const inFile = perFile.get(file) ?? 0;
        if (onLine < FINDINGS_PER_LINE && inFile < FINDINGS_PER_FILE) {
            kept.push(draft);
            perLine.set(line, onLine + 1);
            perFile.set(file, inFile + 1);
            continue;
        }
        const entry = cut.get(file) ?? { count: 0, rules: new Set(), severity: 'note' };
        entry.count++;
        entry.rules.add(draft.meta.id);
        if (order/* SEVERITY_RANK */.f3[draft.severity] > order/* SEVERITY_RANK */.f3[entry.severity])
            entry.severity = draft.severity;
        cut.set(file, entry);
    }
    // As severe as the worst finding it stands for, so a cut never turns a failing run into a passing one.
    for (const [file, { count, rules, severity }] of cut) {
        kept.push({
            meta: parseError,
            origin: 'tree',
            severity,
            descriptor: {
                messageId: 'findingsCut',
                data: { count: String(count), rules: [...rules].sort().join(', '), perLine: String(FINDINGS_PER_LINE), perFile: String(FINDINGS_PER_FILE) },
                file,
                span: (0,core_text/* lineSpan */.Z)(1),
                severity
            }
        });
    }
    return kept;
}
/**
 * The configured severity replaces the rule's default; a finding that asks for a lower severity than
 * its rule's default (a guessed client convention, an indeterminate probe) stays that much lower, so a
 * config that raises a rule never turns an uncertain finding into a failing one.
 */
function severityOf(meta, descriptor, configured) {
    const asked = descriptor.severity;
    if (configured === undefined)
        return asked ?? meta.severity;
    if (asked === undefined || order/* SEVERITY_RANK */.f3[asked] >= order/* SEVERITY_RANK */.f3[meta.severity])
        return configured;
    return order/* SEVERITY_RANK */.f3[asked] < order/* SEVERITY_RANK */.f3[configured] ? asked : configured;
}
/**
 * One note per file not scanned, except files that vanished between listing and reading (a build deleting its
 * output while the scan runs): those are one note, on the first of them, with their count — thousands of them
 * would otherwise bury every other finding.
 */
function skippedNotes(skipped) {
    const isVanished = (f) => f.reason === 'unreadable' && f.detail === 'ENOENT';
    const vanished = skipped.filter(isVanished);
    if (vanished.length < 2)
        return skipped.map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : '')));
    const others = vanished.length - 1;
    return [
        ...skipped.filter((f) => !isVanished(f)).map((f) => skippedFacts(f.path, SKIP_REASONS[f.reason] + (f.detail ? ` (${f.detail})` : ''))),
        skippedFacts(vanished[0].path, `not scanned: this file and ${others} other${others === 1 ? '' : 's'} vanished while the scan ran`)
    ];
}
function skippedFacts(path, message) {
    return {
        path,
        kind: 'text',
        entries: [],
        diagnostics: [{ message, span: (0,core_text/* lineSpan */.Z)(1), severity: 'note' }],
        keyHits: [],
        ignores: [],
        fingerprints: []
    };
}
/** Turns drafts into findings: message rendered and masked, fix and its edit, inline suppression, fingerprint, order. */
function finalize(drafts, model, catalog) {
    const tree = model.files.filter((f) => !f.history);
    const ignores = new Map(tree.map((f) => [f.path, f.ignores]));
    const uncommitted = new Set(tree.filter((f) => f.uncommitted).map((f) => f.path));
    const lines = new Map(tree.flatMap((f) => (f.lines ? [[f.path, f.lines]] : [])));
    // A line a security rule reported on may hold a credential its other findings do not know of.
    const secretLines = new Set(drafts.filter((d) => d.meta.security).map(({ descriptor: d }) => `${d.file}\0${d.span.start.line}`));
    const sorted = [...drafts].sort(compareDrafts);
    const seen = new Map();
    return sorted.map(({ meta, descriptor: d, severity, origin }) => {
        const secrets = d.secrets ?? [];
        const rendered = (0,core_message/* fillTemplate */.o)(meta.messages[d.messageId] ?? d.messageId, d.data);
        // Read only with `--include-ignored`: every finding says so, so no advice reads as if the file were committed.
        const told = uncommitted.has(d.file) ? `${rendered} (not committed: git ignores this file)` : rendered;
        const message = (0,core_redact/* maskStraySecrets */.xd)((0,core_redact/* scrubSecrets */.Zg)(told, secrets), catalog);
        const tipTemplate = meta.tips?.[d.messageId];
        const tip = tipTemplate === undefined ? undefined : (0,core_redact/* maskStraySecrets */.xd)((0,core_redact/* scrubSecrets */.Zg)((0,core_message/* fillTemplate */.o)(tipTemplate, d.data), secrets), catalog);
        const where = d.entry ? d.entry.path.join('.') || d.entry.key : '';
        const what = d.entry?.value ?? d.identity ?? (0,core_message/* withTip */.q)(message, tip);
        const identity = [meta.id, d.messageId, d.file, where, what].join('\0');
        const occurrence = seen.get(identity) ?? 0;
        seen.set(identity, occurrence + 1);
        const fix = d.fix === undefined ? undefined : (0,core_redact/* maskStraySecrets */.xd)((0,core_redact/* scrubSecrets */.Zg)(d.fix, secrets), catalog);
        // A fix that needed masking holds a secret: shown masked as advice, never an edit to apply.
        const edit = fix === d.fix && !d.secrets?.length ? editFor(d) : undefined;
        const fixedLine = edit && origin === 'tree' && !meta.security && !secretLines.has(`${d.file}\0${edit.range.start.line}`)
            ? lineAfter(edit, lines.get(d.file)?.get(edit.range.start.line), catalog)
            : undefined;
        // A line a commit added has no directives of its own: the tree's, at that number, are about another line.
        const suppressed = origin !== 'history' && isIgnored(ignores.get(d.file) ?? [], meta.id, d.span.start.line);
        return {
            ruleId: meta.id,
            messageId: d.messageId,
            severity,
            message,
            ...(tip !== undefined && { tip }),
            file: d.file,
            span: d.span,
            fingerprint: fingerprint({ ruleId: meta.id, messageId: d.messageId, file: d.file, where, what, occurrence }),
            ...(fix !== undefined && fix !== '' ? { fix } : {}),
            ...(edit && { edit }),
            ...(fixedLine !== undefined && { fixedLine }),
            ...(d.scope ? { scope: d.scope } : {}),
            origin,
            ...(suppressed ? { suppressed: { by: 'inline' } } : {})
        };
    });
}
/**
 * The line after a one-line edit; undefined when the line is unknown, would not change, or holds anything like a
 * credential (a key of any format, a random-looking token, a URL password, a credential query value): it goes out
 * unmasked, as the replacement of the line.
 */
function lineAfter(edit, line, catalog) {
    const { start, end } = edit.range;
    if (line === undefined || start.line !== end.line || end.column - 1 > line.length || /[\r\n]/.test(edit.replacement))
        return undefined;
    if ((0,core_redact/* secretLikeTokens */.is)(line, catalog).length > 0 || (0,core_redact/* maskStraySecrets */.xd)(line, catalog) !== line)
        return undefined;
    const fixed = line.slice(0, start.column - 1) + edit.replacement + line.slice(end.column - 1);
    return fixed === line ? undefined : fixed;
}
const locate = ({ meta, descriptor }) => ({ ...descriptor, ruleId: meta.id });
const compareDrafts = (a, b) => (0,order/* compareFindings */.Eg)(locate(a), locate(b));

// EXTERNAL MODULE: ./src/clients/effective-url.ts
var effective_url = __webpack_require__(9149);
;// CONCATENATED MODULE: ./src/engine/report.ts



/** Turns a lint result into what reporters read: masked scope tables, rule metadata, counts. */
function buildReportContext(result, options) {
    return {
        findings: result.findings,
        rules: options.rules,
        scopes: result.model.scopes.filter((s) => s.pairs.length > 0).map((s) => scopeReport(s, options.catalog)),
        tool: version/* TOOL */.j,
        stats: result.stats,
        failOn: options.failOn
    };
}
function scopeReport(scope, catalog) {
    return {
        id: scope.id,
        file: scope.file,
        label: scope.label,
        client: scope.client.profile.name,
        clientBasis: scope.client.how,
        ...(scope.client.evidence ? { clientEvidence: (0,core_redact/* maskStraySecrets */.xd)(scope.client.evidence, catalog) } : {}),
        clientConfidence: scope.client.confidence,
        rows: scope.pairs.map((pair) => row(pair, catalog))
    };
}
function row(pair, catalog) {
    // An empty setting is the client's default (`BASE_URL || DEFAULT`), never an empty base.
    const written = pair.baseUrl?.value;
    const usesDefault = written === undefined || written.trim() === '';
    const base = usesDefault ? pair.baseUrlVar?.defaultUrl : written;
    const effective = base !== undefined && pair.baseUrlVar && pair.baseUrl?.form !== 'reference' ? (0,effective_url/* effectiveUrl */.ZT)(base, pair.baseUrlVar).url : undefined;
    const keyProvider = pair.key?.form === 'literal' && pair.key.value ? catalog.identifyKey(pair.key.value)?.provider.name : undefined;
    return {
        ...(pair.key ? { keyName: pair.key.key } : {}),
        ...(pair.key ? { keyMasked: showKey(pair.key, catalog) } : {}),
        ...(keyProvider ? { keyProvider } : {}),
        ...(pair.baseUrl ? { baseUrlName: pair.baseUrl.key } : {}),
        ...(base !== undefined ? { baseUrl: (0,core_redact/* maskStraySecrets */.xd)(base, catalog) } : {}),
        ...(usesDefault && base !== undefined ? { baseUrlDefault: true } : {}),
        ...(pair.model?.value ? { model: (0,core_redact/* maskStraySecrets */.xd)(pair.model.value, catalog) } : {}),
        ...(effective ? { effectiveUrl: (0,core_redact/* maskStraySecrets */.xd)(effective, catalog) } : {})
    };
}
/**
 * References (`${{ secrets.X }}`) are shown as written, but a default (`${OPENAI_API_KEY:-sk-…}`) is a literal key
 * like any other; literal keys only masked.
 */
function showKey(entry, catalog) {
    if (entry.form !== 'reference')
        return entry.value ? (0,core_redact/* maskSecret */.$l)(entry.value) : '';
    const written = (entry.raw ?? entry.value ?? '').trim();
    const fallback = entry.ref?.fallback;
    return (0,core_redact/* maskStraySecrets */.xd)(fallback ? (0,core_redact/* scrubSecrets */.Zg)(written, [fallback]) : written, catalog);
}

;// CONCATENATED MODULE: ./src/config/index.ts






/** The part of the config the pure core reads. */
function toLintSettings(config) {
    return {
        rules: config.rules,
        ...(config.client === undefined ? {} : { client: config.client }),
        providers: config.providers
    };
}

;// CONCATENATED MODULE: ./src/clients/fingerprints.ts
/**
 * Repository evidence of which client is deployed. Only a handful of paths are read; every other file
 * returns no fingerprints after one look at its name.
 *
 * Fingerprint values:
 * - `package-name`: the `name` of a package.json, lower-cased;
 * - `package-dependency`: a dependency some profile looks for (`openai`, `@anthropic-ai/sdk`,
 *   `github.com/openai/openai-go`), from package.json, requirements*.txt, pyproject.toml or go.mod, lower-cased;
 * - `path-constant`: `NAME=value` from NextChat's `app/constant.ts` (`OpenaiPath.ChatPath=v1/chat/completions`,
 *   `OPENAI_BASE_URL=https://api.openai.com`);
 * - `docker-image`: an image from a Dockerfile `FROM`, lower-cased, without registry `docker.io/`, tag or
 *   digest (`yidadaa/chatgpt-next-web`, `ghcr.io/open-webui/open-webui`); the images of compose services,
 *   Kubernetes containers and Helm values come from their parsers, which know the scope each belongs to
 *   ({@link dockerImageFingerprint});
 * - `file-present`: the path of a file that identifies a client (`librechat.yaml`, `.continue/config.yaml`),
 *   for generic paths only when a marker inside confirms it (`app/config/server.ts` with `getServerSideConfig`).
 */


/** Dependencies worth reporting: those some profile fingerprints on. */
const dependencyPatterns = Object.values(clientProfiles)
    .flatMap((profile) => profile.fingerprints)
    .filter((fp) => fp.type === 'package-dependency')
    .map((fp) => new RegExp(fp.pattern));
const isKnownDependency = (name) => dependencyPatterns.some((re) => re.test(name));
const fingerprints_fingerprint = (type, value, file) => ({ type, value, file: file.path });
/** Whether `path` is `suffix` or ends with `/suffix` (monorepos keep apps in subfolders). */
const pathEndsWith = (path, suffix) => path === suffix || path.endsWith(`/${suffix}`);
/** Files identified by their path alone. */
const PRESENCE = /(?:^|\/)(?:librechat\.ya?ml|\.continue\/.+|\.claude\/settings(?:\.local)?\.json|\.codex\/config\.toml)$/;
const DOCKERFILE_NAME = /^(?:Dockerfile(?:\..+)?|.+\.[Dd]ockerfile)$/;
/** The extractor for a file, chosen by path; undefined for the files that tell nothing. */
function extractorFor(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'package.json')
        return fromPackageJson;
    if (/^requirements[\w.-]*\.txt$/.test(name))
        return fromRequirements;
    if (name === 'pyproject.toml')
        return fromPyproject;
    if (name === 'go.mod')
        return fromGoMod;
    if (DOCKERFILE_NAME.test(name))
        return fromDockerfile;
    if (pathEndsWith(path, 'app/constant.ts'))
        return fromNextChatConstants;
    if (pathEndsWith(path, 'app/utils/cloudflare.ts'))
        return fromNextChatCloudflare;
    if (pathEndsWith(path, 'app/config/server.ts'))
        return presentIf(/\bgetServerSideConfig\b/);
    if (pathEndsWith(path, 'service/src/chatgpt/index.ts'))
        return presentIf(/\bOPENAI_API_BASE_URL\b/);
    if (PRESENCE.test(path))
        return (file) => [fingerprints_fingerprint('file-present', file.path, file)];
    return undefined;
}
/** Whether a file may hold fingerprints, judged by its path alone. */
const mayFingerprint = (path) => extractorFor(path) !== undefined;
/** Fingerprints of one file. Cheap: only a few known paths are read at all. */
function extractFingerprints(file) {
    return extractorFor(file.path)?.(file) ?? [];
}
function fromPackageJson(file) {
    let pkg;
    try {
        pkg = JSON.parse(file.text);
    }
    catch {
        return []; // the parsers report broken JSON; detection just learns nothing here
    }
    if (typeof pkg !== 'object' || pkg === null)
        return [];
    const record = pkg;
    const found = [];
    if (typeof record['name'] === 'string')
        found.push(fingerprints_fingerprint('package-name', record['name'].toLowerCase(), file));
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
        const deps = record[field];
        if (typeof deps !== 'object' || deps === null)
            continue;
        for (const dep of Object.keys(deps)) {
            const name = dep.toLowerCase();
            if (isKnownDependency(name))
                found.push(fingerprints_fingerprint('package-dependency', name, file));
        }
    }
    return found;
}
/** `openai>=1.0`, `anthropic[bedrock]==0.40` → `openai`, `anthropic`. */
function fromRequirements(file) {
    const found = [];
    for (const m of file.text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*)([^\n#]*)/gm)) {
        const name = m[1].toLowerCase();
        // openai-python 0.x read OPENAI_API_BASE, not OPENAI_BASE_URL (openai-python#745): not the SDK profile's app.
        if (name === 'openai' && PINNED_BELOW_1.test(m[2]))
            continue;
        if (isKnownDependency(name))
            found.push(fingerprints_fingerprint('package-dependency', name, file));
    }
    return found;
}
/** `==0.28.0`, `<1`, `~=0.27`, `<=0.28.1`: a pin that keeps an SDK on its 0.x line. */
const PINNED_BELOW_1 = /^\s*(?:\[[^\]]*\])?\s*(?:==\s*0\.|~=\s*0\.|<\s*1(?:\.0)*\b|<=\s*0\.)/;
/**
 * Dependencies in a pyproject.toml, PEP 621 (`dependencies = ["openai>=1"]`) or Poetry (`openai = "^1.40"`):
 * quoted requirement strings and `name =` keys under dependency tables. A light scan: the names are what
 * matters, and a name outside a dependency list (`name = "openai-bot"`) is not a known dependency anyway.
 */
function fromPyproject(file) {
    const found = new Set();
    for (const m of file.text.matchAll(/["']([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[[^\]]*\])?\s*(?:[<>=!~;,]|["'])/g))
        found.add(m[1].toLowerCase());
    for (const m of file.text.matchAll(/^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(?:["'{])/gm))
        found.add(m[1].toLowerCase());
    return [...found].filter(isKnownDependency).map((name) => fingerprints_fingerprint('package-dependency', name, file));
}
/** `require github.com/openai/openai-go/v3 v3.0.0` → `github.com/openai/openai-go` (the major suffix dropped). */
function fromGoMod(file) {
    const found = [];
    for (const m of file.text.matchAll(/^[ \t]*(?:require[ \t]+)?(github\.com\/[\w.-]+\/[\w.-]+)(?:\/v\d+)?[ \t]+v\d/gm)) {
        const name = m[1].toLowerCase();
        if (isKnownDependency(name))
            found.push(fingerprints_fingerprint('package-dependency', name, file));
    }
    return found;
}
function fromDockerfile(file) {
    return fingerprints_images(file, /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*([^\s#]+)/gim);
}
/**
 * A `docker-image` fingerprint for an image a parser read in a scope (a compose service, a Kubernetes
 * container); undefined for no image or one chosen at deploy time (`${IMAGE}`).
 */
function dockerImageFingerprint(reference, file, scope) {
    const image = reference === undefined ? undefined : normalizeImage(reference.trim());
    return image ? { type: 'docker-image', value: image, file, scope } : undefined;
}
function fingerprints_images(file, pattern) {
    const found = [];
    for (const m of file.text.matchAll(pattern)) {
        const image = normalizeImage(m[1]);
        if (image !== undefined)
            found.push(fingerprints_fingerprint('docker-image', image, file));
    }
    return found;
}
/** `docker.io/Yidadaa/ChatGPT-Next-Web:v2@sha256:…` → `yidadaa/chatgpt-next-web`; `${IMAGE}` → undefined. */
function normalizeImage(reference) {
    if (reference === '' || reference.includes('$') || reference.includes('{{'))
        return undefined;
    let image = reference.toLowerCase().replace(/@.*$/, '');
    const lastSlash = image.lastIndexOf('/');
    const colon = image.indexOf(':', lastSlash + 1);
    if (colon !== -1)
        image = image.slice(0, colon);
    return image.replace(/^(?:index\.)?docker\.io\//, '').replace(/^library\//, '');
}
/** NextChat's `app/constant.ts`: the OpenAI chat path a fork uses, and the default OpenAI base URL. */
function fromNextChatConstants(file) {
    const found = [];
    const chatPath = /\bOpenaiPath\s*=\s*\{[^}]*?\bChatPath\s*:\s*["'`]([^"'`]*)["'`]/.exec(file.text)?.[1];
    if (chatPath !== undefined)
        found.push(fingerprints_fingerprint('path-constant', `OpenaiPath.ChatPath=${chatPath}`, file));
    const baseUrl = /\bOPENAI_BASE_URL\s*=\s*["'`]([^"'`]*)["'`]/.exec(file.text)?.[1];
    if (baseUrl !== undefined)
        found.push(fingerprints_fingerprint('path-constant', `OPENAI_BASE_URL=${baseUrl}`, file));
    return found;
}
/**
 * NextChat's `app/utils/cloudflare.ts`, as the fingerprint of its code (comments and blanks removed, sha256, 16 hex
 * digits): a fork that rewrote it joins gateway URLs its own way (`adaptNextChatFork` in detect.ts).
 */
function fromNextChatCloudflare(file) {
    if (!/\bcloudflareAIGatewayUrl\b/.test(file.text))
        return [];
    const code = file.text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').replace(/\s+/g, '');
    const digest = (0,external_node_crypto_.createHash)('sha256').update(code).digest('hex').slice(0, 16);
    return [fingerprints_fingerprint('path-constant', `cloudflareAIGatewayUrl=${digest}`, file)];
}
/** A `file-present` fingerprint when a marker inside confirms what a generic path is. */
function presentIf(marker) {
    return (file) => (marker.test(file.text) ? [fingerprints_fingerprint('file-present', file.path, file)] : []);
}

;// CONCATENATED MODULE: ./src/sources/dotenv.ts


/**
 * dotenv files, read the way the `dotenv` package reads them (Next.js, and so NextChat, loads `.env*`
 * through it), with two deliberate differences that follow docker compose and the shell instead:
 * - an unquoted value's inline comment starts at a `#` preceded by whitespace (`KEY=abc#def` keeps `abc#def`;
 *   dotenv cuts at any `#`); compose-spec `env_file` format: "inline comments for unquoted values must be
 *   preceded with a space";
 * - the YAML-like `KEY: value` form that dotenv also accepts is not an assignment here.
 * And one limit: the value starts on the line of its `=` (dotenv's regex lets a quoted value begin on the next line).
 */
const dotenvParser = {
    kind: 'dotenv',
    matches: (path) => isDotenvName((0,sources_entry/* baseName */.Fl)(path)),
    parse: parseDotenv
};
/** `.env.d.ts`, `.env.schema.json` and friends are code or data in other formats, not dotenv files. */
const OTHER_FORMAT = /\.(?:[cm]?[jt]sx?|json|ya?ml|toml|md)$/;
/** `env.example`, `env.sample`, …: templates named without the leading dot. */
const UNDOTTED_TEMPLATE = /^env\.(?:example|sample|template|dist|default|local)$/;
/**
 * `.env`, `.envrc`, `.env.*`, `.env-example` / `.env_sample` style variants, `*.env`, `env.example`-style
 * templates and `dotenv`; names ending in another format's extension are that format.
 */
function isDotenvName(name) {
    if (name === '.env' || name === '.envrc' || name === 'dotenv' || UNDOTTED_TEMPLATE.test(name))
        return true;
    return (/^\.env[._-]/.test(name) || name.endsWith('.env')) && !OTHER_FORMAT.test(name);
}
/** Keys as dotenv accepts them (`[\w.-]+`). */
const KEY = /[\w.-]+/y;
/** Text after `#` counts as a commented-out assignment only with a conventional env name, so prose stays prose. */
const COMMENTED_KEY = /^_*[A-Z][A-Z0-9_]*$/;
const isBlank = (c) => c === ' ' || c === '\t';
const isLineEnd = (c) => c === '\n' || c === '\r' || c === undefined;
/** Offset of the line ending at or after `from` (or the end of the text). */
function endOfLine(text, from) {
    let i = from;
    while (!isLineEnd(text[i]))
        i++;
    return i;
}
/** Offset of the start of the next line after the line ending at `lineEnd`. */
function nextLine(text, lineEnd) {
    if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n')
        return lineEnd + 2;
    return Math.min(text.length, lineEnd + 1);
}
function skipBlanks(text, from) {
    let i = from;
    while (isBlank(text[i]))
        i++;
    return i;
}
/**
 * Reads `[export ]KEY=value` at `from`. Quoted values may span lines unless `singleLine` (commented-out
 * assignments never continue onto the next line, which is not part of the comment).
 */
function readAssignment(text, from, singleLine) {
    let p = skipBlanks(text, from);
    if (text.startsWith('export', p) && isBlank(text[p + 6]))
        p = skipBlanks(text, p + 6);
    KEY.lastIndex = p;
    const key = KEY.exec(text)?.[0];
    if (key === undefined)
        return undefined;
    const keyStart = p;
    p = skipBlanks(text, p + key.length);
    if (text[p] !== '=')
        return undefined;
    const valueStart = skipBlanks(text, p + 1);
    const lineEnd = endOfLine(text, valueStart);
    const quoted = readQuoted(text, valueStart, singleLine ? lineEnd : text.length);
    if (quoted)
        return { key, keyStart, valueStart, ...quoted };
    const unquoted = readUnquoted(text, valueStart, lineEnd);
    const opensQuote = isQuote(text[valueStart]) && !hasQuoteOnLine(text, valueStart, lineEnd);
    // dotenv trims it; `docker run --env-file` keeps it as part of the value.
    const blankAfterEquals = valueStart > p + 1 && unquoted.valueEnd > valueStart;
    return {
        key,
        keyStart,
        valueStart,
        ...unquoted,
        lineEnd,
        ...(opensQuote ? { unterminatedQuote: valueStart } : {}),
        ...(blankAfterEquals ? { blankAfterEquals } : {})
    };
}
const isQuote = (c) => c === '"' || c === "'" || c === '`';
function hasQuoteOnLine(text, open, lineEnd) {
    return text.slice(open + 1, lineEnd).includes(text[open]);
}
/**
 * A quoted value starting at `open`, as dotenv's regex `"(?:\\"|[^"])*"` followed by `\s*(#.*)?$` finds it:
 * the closing quote is the first quote not preceded by a backslash, or an earlier `\"` when only that one
 * is followed by the end of the line or a comment (the regex backtracks to it).
 */
function readQuoted(text, open, limit) {
    const quote = text[open];
    if (!isQuote(quote))
        return undefined;
    const candidates = [];
    for (let i = open + 1; i < limit; i++) {
        if (text[i] !== quote)
            continue;
        candidates.push(i);
        if (text[i - 1] !== '\\')
            break;
    }
    const close = candidates.reverse().find((c) => endsLine(text, c + 1));
    if (close === undefined)
        return undefined;
    const content = text.slice(open + 1, close).replace(/\r\n?/g, '\n');
    return {
        value: quote === '"' ? expandNewlineEscapes(content) : content,
        valueEnd: close + 1,
        lineEnd: endOfLine(text, close + 1)
    };
}
/** Only blanks, then either a comment or the end of the line. */
function endsLine(text, from) {
    const p = skipBlanks(text, from);
    return text[p] === '#' || isLineEnd(text[p]);
}
/** dotenv expands exactly `\n` and `\r` in double-quoted values; `\"` and `\\` stay as written. */
const expandNewlineEscapes = (value) => value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
/**
 * An unquoted value: up to a comment or the end of the line, blanks trimmed. A value that starts with a
 * quote lands here when no closing quote ends the line (`"abc" junk`, `"abc`); like dotenv, matching
 * outer quotes are then still removed.
 */
function readUnquoted(text, start, lineEnd) {
    let end = start;
    while (end < lineEnd && !(text[end] === '#' && (end === start || isBlank(text[end - 1]))))
        end++;
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    const written = text.slice(start, end);
    const quote = written[0];
    const enclosed = written.length >= 2 && isQuote(quote) && written.endsWith(quote);
    const inner = enclosed ? written.slice(1, -1) : written;
    return { value: quote === '"' ? expandNewlineEscapes(inner) : inner, valueEnd: end };
}
/** A commented-out assignment: `# KEY=value`, `#KEY=value`, `## export KEY=value`. */
function readCommented(text, from) {
    let p = skipBlanks(text, from);
    if (text[p] !== '#')
        return undefined;
    while (text[p] === '#')
        p++;
    const assignment = readAssignment(text, p, true);
    return assignment && COMMENTED_KEY.test(assignment.key) ? assignment : undefined;
}
function parseDotenv(file) {
    const { text } = file;
    const lines = new core_text/* LineIndex */.r(text);
    const entries = [];
    const diagnostics = [];
    /** Values of earlier live assignments, for `${VAR}` expansion (dotenv-expand, compose). */
    const vars = new Map();
    let pos = (0,sources_entry/* afterBom */.h0)(text);
    while (pos < text.length) {
        const commented = readCommented(text, pos);
        const assignment = commented ?? readAssignment(text, pos, false);
        if (!assignment) {
            pos = nextLine(text, endOfLine(text, pos));
            continue;
        }
        const entry = toEntry(file.path, lines, assignment, commented !== undefined, vars);
        entries.push(entry);
        if (!commented)
            remember(vars, entry);
        if (!commented && assignment.unterminatedQuote !== undefined) {
            diagnostics.push((0,sources_entry/* diagnosticAt */.R5)(lines, 'unterminated quote: the value is read up to the end of the line', assignment.unterminatedQuote, assignment.lineEnd));
        }
        pos = nextLine(text, assignment.lineEnd);
    }
    return { entries, diagnostics };
}
function toEntry(file, lines, a, commented, vars) {
    return (0,sources_entry/* makeEntry */.lq)({
        file,
        kind: 'dotenv',
        scope: file,
        path: [a.key],
        key: a.key,
        keySpan: lines.span(a.keyStart, a.keyStart + a.key.length),
        value: a.value,
        valueSpan: lines.span(a.valueStart, a.valueEnd),
        raw: lines.text.slice(a.valueStart, a.valueEnd),
        ...(commented ? { commented } : {}),
        ...(a.blankAfterEquals ? { meta: { blankAfterEquals: true } } : {})
    }, vars);
}
/** Later `$NAME` uses see this value; an unresolvable one makes them unresolvable too. */
function remember(vars, entry) {
    const value = (0,sources_entry/* effectiveValue */.FB)(entry);
    if (value === undefined)
        vars.delete(entry.key);
    else
        vars.set(entry.key, value);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sources/yaml.ts



/**
 * How many nodes aliases may add to a file (or as many as it has, if more): enough for any real
 * compose file or workflow, far too few for "billion laughs", whose expansion is never walked.
 */
const EXTRA_NODES_FROM_ALIASES = 100_000;
/**
 * Larger YAML than any configuration file is not parsed: the `yaml` package keeps hundreds of bytes per node, so a
 * few megabytes of `*a, *a, …` take gigabytes. The key scan still reads the text.
 */
const MAX_YAML_BYTES = 1024 * 1024;
/** Aliases in one file: compose files use tens, generated ones thousands. Counted on the text, before the parser allocates a node for each. */
const MAX_ALIASES = 50_000;
const ALIAS_TOKEN = /(?:^|[\s,[{:-])\*[^\s,[\]{}]/g;
/** Why the text is not handed to the YAML parser, or undefined when it may be. */
function oversized(text) {
    if (text.length > MAX_YAML_BYTES)
        return `the file is larger than ${MAX_YAML_BYTES / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`;
    if (!text.includes('*'))
        return undefined;
    let aliases = 0;
    ALIAS_TOKEN.lastIndex = 0;
    while (ALIAS_TOKEN.exec(text) !== null)
        if (++aliases > MAX_ALIASES)
            return `the file has more than ${MAX_ALIASES} aliases: its settings were not read (its text was still scanned for keys)`;
    return undefined;
}
/** A source with no nodes and one diagnostic saying why the text was not parsed. */
function unparsed(file, lines, why) {
    return { path: file.path, text: file.text, lines, doc: (0,dist/* parseDocument */.Tp)('', PARSE_OPTIONS), aliases: new Map(), diagnostics: [{ message: why, span: lines.span(0, 0) }] };
}
/**
 * Parses YAML (and JSON, which is YAML 1.2) without throwing. `<<` merge keys are enabled because
 * compose files and LibreChat configs use them; a broken file still yields whatever nodes could be read.
 */
function parseYaml(file) {
    const lines = new core_text/* LineIndex */.r(file.text);
    const tooBig = oversized(file.text);
    return tooBig ? unparsed(file, lines, tooBig) : sourceOf(file, lines, (0,dist/* parseDocument */.Tp)(file.text, PARSE_OPTIONS));
}
/**
 * Every document of a multi-document stream (`---` separators, as Kubernetes manifests have them), each
 * with its own anchors and diagnostics; offsets stay those of the whole file.
 */
function parseYamlStream(file) {
    const lines = new core_text/* LineIndex */.r(file.text);
    const tooBig = oversized(file.text);
    if (tooBig)
        return [unparsed(file, lines, tooBig)];
    const docs = (0,dist/* parseAllDocuments */.hR)(file.text, PARSE_OPTIONS);
    // An empty stream is an array with no documents (and no errors worth reporting).
    return Array.isArray(docs) ? docs.map((doc) => sourceOf(file, lines, doc)) : [];
}
// `uniqueKeys: false`: the package compares each key with every earlier one, quadratic in a mapping's size.
const PARSE_OPTIONS = { merge: true, prettyErrors: false, uniqueKeys: false };
function sourceOf(file, lines, doc) {
    const { targets, unresolved, duplicates, nodes } = indexNodes(doc);
    const diagnostics = [
        ...doc.errors.map((e) => ({ at: e.pos[0], message: e.message, span: lines.span(e.pos[0], e.pos[1]) })),
        ...duplicates.map((at) => ({ at, message: 'Map keys must be unique', span: lines.span(at, at + 1) }))
    ]
        .sort((a, b) => a.at - b.at)
        .map(({ message, span }) => ({ message, span }));
    const limit = Math.max(nodes, EXTRA_NODES_FROM_ALIASES) + nodes;
    const bomb = targets.size > 0 && expandedSize(doc, targets, limit) > limit;
    const unresolvedDiagnostics = unresolved.map((alias) => ({
        message: `Unresolved alias *${alias.source}: no anchor &${alias.source} before it`,
        span: aliasSpan(lines, alias)
    }));
    const first = targets.keys().next().value;
    const bombDiagnostics = bomb && first
        ? [{ message: `aliases here would expand the file past ${limit} nodes, or into themselves: they were not followed`, span: aliasSpan(lines, first) }]
        : [];
    return {
        path: file.path,
        text: file.text,
        lines,
        doc,
        aliases: bomb ? new Map() : targets,
        diagnostics: [...diagnostics, ...unresolvedDiagnostics, ...bombDiagnostics]
    };
}
/**
 * One pass over the document: every alias with the node it names (the last anchor of that name before
 * it, as `Alias.resolve` finds it), the aliases without an anchor (the `yaml` package only notices them
 * when converting to JS; compose and Actions reject them), where a mapping repeats a key (the check
 * the package does as `uniqueKeys`, in linear time), and how many nodes the file has.
 */
function indexNodes(doc) {
    const anchors = new Map();
    const targets = new Map();
    const unresolved = [];
    const duplicates = [];
    let nodes = 0;
    (0,dist/* visit */.YR)(doc, {
        Node(_, node) {
            nodes++;
            if ((0,dist/* isMap */.jh)(node))
                duplicates.push(...repeatedKeys(node.items));
            if (!(0,dist/* isAlias */.Vj)(node)) {
                if (node.anchor)
                    anchors.set(node.anchor, node);
                return;
            }
            const target = anchors.get(node.source);
            if (target)
                targets.set(node, target);
            else
                unresolved.push(node);
        }
    });
    return { targets, unresolved, duplicates, nodes };
}
/** Offsets of scalar keys equal to an earlier key of the same mapping (the `yaml` package's own rule). */
function repeatedKeys(pairs) {
    const seen = new Set();
    const repeated = [];
    for (const { key } of pairs) {
        if (!(0,dist/* isScalar */.jn)(key))
            continue;
        if (seen.has(key.value))
            repeated.push(key.range?.[0] ?? 0);
        seen.add(key.value);
    }
    return repeated;
}
/** How many nodes the document has with every alias expanded, counted up to just past `limit`; a cycle counts as endless. */
function expandedSize(doc, targets, limit) {
    const sizes = new Map();
    const open = new Set();
    const size = (node) => {
        const target = (0,dist/* isAlias */.Vj)(node) ? targets.get(node) : node;
        if (!(0,dist/* isMap */.jh)(target) && !(0,dist/* isSeq */.oP)(target))
            return 1;
        const known = sizes.get(target);
        if (known !== undefined)
            return known;
        if (open.has(target))
            return Infinity;
        open.add(target);
        let total = 1;
        for (const item of target.items) {
            total += (0,dist/* isPair */.tO)(item) ? size(item.key) + size(item.value) : size(item);
            if (total > limit)
                break;
        }
        open.delete(target);
        sizes.set(target, total);
        return total;
    };
    return size(doc.contents);
}
function aliasSpan(lines, alias) {
    const [start, end] = alias.range ?? [0, 0];
    return lines.span(start, end);
}
/** Follows aliases to the node they name; undefined for a missing node or an unknown anchor. */
function resolve(src, node) {
    // An alias names an anchored node, which is never itself an alias.
    const target = (0,dist/* isAlias */.Vj)(node) ? src.aliases.get(node) : node;
    return (0,dist/* isMap */.jh)(target) || (0,dist/* isSeq */.oP)(target) || (0,dist/* isScalar */.jn)(target) ? target : undefined;
}
const isMergeKey = (key) => (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol' && key.value.description === '<<';
/**
 * The keys of a mapping as the application sees them after `<<` merges: the mapping's own keys win
 * over merged ones, and earlier merge sources over later ones (https://yaml.org/type/merge.html).
 * Merged fields keep the nodes of their anchor definition, so their spans point where the text is.
 * `visited` holds the mappings already merged: a mapping met again (through another merge, or
 * merging itself) adds only keys already taken, so it is skipped, which keeps merge chains linear.
 */
function fields(src, node, visited = new Set()) {
    const map = resolve(src, node);
    if (!(0,dist/* isMap */.jh)(map) || visited.has(map))
        return [];
    visited.add(map);
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        if (isMergeKey(pair.key)) {
            const source = resolve(src, pair.value);
            const sources = (0,dist/* isSeq */.oP)(source) ? source.items : [source];
            for (const s of sources)
                merged.push(...fields(src, s, visited));
            continue;
        }
        const key = (0,dist/* isScalar */.jn)(pair.key) ? scalarString(pair.key) : undefined;
        if (key !== undefined)
            own.push({ key, keyNode: pair.key, value: resolve(src, pair.value) });
    }
    const result = [...own];
    const taken = new Set(own.map((f) => f.key));
    for (const f of merged) {
        if (taken.has(f.key))
            continue;
        taken.add(f.key);
        result.push(f);
    }
    return result;
}
/** The field named `name` of a mapping node, after merges. */
const field = (src, node, name) => fields(src, node).find((f) => f.key === name);
/** The resolved items of a sequence node; empty for anything else. */
function items(src, node) {
    const seq = resolve(src, node);
    if (!(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((item) => resolve(src, item)).filter((n) => n !== undefined);
}
/**
 * A scalar as text: strings as they are, numbers and booleans as written (`3000`, `true`, `1.10`
 * keep their source text, which is what an environment variable receives), null as undefined.
 */
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node) || node.value === null || node.value === undefined)
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    return node.source ?? String(node.value);
}
/** A scalar's string value, or undefined for anything else (null, maps, sequences). */
const stringAt = (src, node) => scalarString(resolve(src, node));
/** The span of a node's value, without trailing comments. */
function spanOf(src, node) {
    const [start, end] = node.range ?? [0, 0];
    return src.lines.span(start, end);
}
/** The value of a scalar node, or undefined when there is none (null, empty, a map or a sequence). */
function scalarValue(src, node) {
    const scalar = resolve(src, node);
    const value = scalarString(scalar);
    if (value === undefined || !scalar?.range)
        return undefined;
    const [start, end] = scalar.range;
    return { value, raw: src.text.slice(start, end), span: src.lines.span(start, end) };
}
/** Builds an entry; without `at` the setting is declared with no value (`- KEY`, `KEY:`, `sync: false`). */
function buildEntry(src, place, at) {
    const meta = place.meta && Object.keys(place.meta).length > 0 ? place.meta : undefined;
    const value = at && { value: at.value, raw: at.raw, valueSpan: at.span, literal: at.literal };
    const entry = (0,sources_entry/* makeEntry */.lq)({ file: src.path, ...place, meta, ...value });
    return at?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry;
}
/** The entry of one `key: value` field; none when the value is a map or a list, which is not a setting. */
function fieldEntry(src, f, placeFor, interpret) {
    if (f.value !== undefined && !(0,dist/* isScalar */.jn)(f.value))
        return undefined;
    const at = scalarValue(src, f.value);
    return buildEntry(src, { ...placeFor(f), key: f.key, keySpan: spanOf(src, f.keyNode) }, at && interpret(at));
}
const asWritten = (at) => at;
/**
 * Entries for every `KEY: value` of a mapping (env blocks, `with:` inputs, build args). Null values
 * give entries without a value. `interpret` lets a format apply its own value rules (compose `$$`).
 */
function mapEntries(src, node, placeFor, interpret = asWritten) {
    return fields(src, node).flatMap((f) => fieldEntry(src, f, placeFor, interpret) ?? []);
}
/** Entries for the named scalar fields of an object (`apiKey`, `baseURL`, …), in the order given. */
function namedEntries(src, node, names, placeFor) {
    const present = fields(src, node);
    return names.flatMap((name) => {
        const f = present.find((p) => p.key === name);
        return (f && fieldEntry(src, f, placeFor, asWritten)) ?? [];
    });
}
/** Characters the parser drops between value characters: indentation, line breaks, quotes, escapes. */
const DROPPED = new Set([' ', '\t', '\r', '\n', '\\', '"', "'"]);
/** How far to look for a character an escape sequence produced (`\x41` → `A`). */
const ESCAPE_LOOKAHEAD = 10;
/**
 * Maps each UTF-16 unit of a scalar's string value to its offset in the file, plus one final offset for
 * the end of the value, so that a match inside a value (an `export X=…` in a `run: |` script, `KEY=value`
 * in a compose list item) gets a file position.
 *
 * It walks value and source side by side, skipping what YAML removes: the header line of block scalars,
 * indentation, quotes and escape backslashes, `\r` of CRLF, and for folded scalars (`>` and multi-line
 * plain or quoted ones) the line break that became a space. Literal blocks (`|`) map exactly; other
 * styles map every character that is written as itself, which is all a match needs.
 */
function valueOffsets(src, scalar) {
    const value = scalarString(scalar) ?? '';
    const [start, end] = scalar.range ?? [0, 0];
    const block = scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED';
    const headerEnd = src.text.indexOf('\n', start);
    let i = block ? (headerEnd === -1 || headerEnd >= end ? end : headerEnd + 1) : start;
    const offsets = [];
    // split(''): UTF-16 units, the unit of columns.
    for (const ch of value.split('')) {
        const j = nextSourceOf(src.text, ch, i, end);
        offsets.push(j);
        i = Math.min(j + 1, end);
    }
    // One more offset: where the value ends, so empty and final slices have a place too.
    offsets.push(value.length > 0 ? offsets[offsets.length - 1] + 1 : i);
    return offsets;
}
function nextSourceOf(text, ch, from, end) {
    for (let j = from; j < end; j++) {
        const c = text[j];
        // A folded line break turns into a space in the value.
        if (c === ch || (ch === ' ' && (c === '\n' || c === '\r')))
            return j;
        if (DROPPED.has(c))
            continue;
        for (let k = j + 1; k < Math.min(end, j + ESCAPE_LOOKAHEAD); k++)
            if (text[k] === ch)
                return k;
        return j;
    }
    return from;
}
/** File offsets `[start, end)` of value characters `[from, to)`, given the offsets from `valueOffsets`. */
function fileRange(offsets, from, to) {
    const at = (k) => offsets[Math.min(k, offsets.length - 1)];
    const start = at(from);
    return [start, to > from ? at(to - 1) + 1 : start];
}
/** The file span of value characters `[from, to)`. */
function spanInValue(src, offsets, from, to) {
    return src.lines.span(...fileRange(offsets, from, to));
}
/** The file text under value characters `[from, to)`: escapes and quotes as written. */
function rawInValue(src, offsets, from, to) {
    return src.text.slice(...fileRange(offsets, from, to));
}

;// CONCATENATED MODULE: ./src/sources/compose.ts






/**
 * `docker-compose.yml`, `compose.yaml`, `docker-compose.prod.yml`, `deploy-compose.yml`, `app.compose.yml`, and
 * swarm stack files (`stack.yml`, `docker-stack.yml`, which `docker stack deploy -c` reads in compose format).
 */
const COMPOSE_NAME = /^(?:[\w.-]*[.-])?(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$|^stack\.yml$|^docker-stack(?:[.-][\w.-]+)?\.ya?ml$/;
/** Any other YAML: a top-level `services:` and an indented `image:` or `build:` (checked again when parsed). */
const TOP_LEVEL_SERVICES = /^services[ \t]*:[ \t]*(?:#.*)?$/m;
const SERVICE_IMAGE_OR_BUILD = /^[ \t]+(?:image|build)[ \t]*:/m;
/**
 * Compose interpolation: `$$` is a literal `$` (https://docs.docker.com/reference/compose-file/interpolation/).
 * The value keeps the single `$`; when nothing but escaped dollars remains, the value is a literal even if
 * it now looks like a reference (`$${HOME}` → `${HOME}`).
 */
function interpretCompose(at) {
    const interpolated = (0,values/* classifyValue */.W)(at.value.replace(/\$\$/g, '')).form !== 'literal';
    return { ...at, value: at.value.replace(/\$\$/g, '$'), literal: !interpolated };
}
/**
 * Entries of `environment:` or `build.args:`. Map form reads like any YAML map; list form
 * (`- KEY=value`) splits at the first `=` and keeps the rest verbatim, quotes included, because
 * compose does not unquote it (`- BASE_URL="https://x"` gives the value `"https://x"`).
 */
function settingEntries(src, node, scope, path, meta = {}) {
    const resolved = resolve(src, node);
    if ((0,dist/* isMap */.jh)(resolved)) {
        return mapEntries(src, resolved, (f) => ({ kind: 'compose', scope, path: [...path, f.key], meta }), interpretCompose);
    }
    if (!(0,dist/* isSeq */.oP)(resolved))
        return [];
    return items(src, resolved)
        .filter((item) => (0,dist/* isScalar */.jn)(item) && scalarString(item) !== undefined)
        .flatMap((item) => listItemEntry(src, item, scope, path, { ...meta, listForm: true }));
}
function listItemEntry(src, item, scope, path, meta) {
    const text = scalarString(item);
    const eq = text.indexOf('=');
    const key = eq === -1 ? text : text.slice(0, eq);
    if (key === '')
        return [];
    const offsets = valueOffsets(src, item);
    const keySpan = spanInValue(src, offsets, 0, key.length);
    const place = { kind: 'compose', scope, path: [...path, key], key, keySpan, meta };
    if (eq === -1)
        return [buildEntry(src, place)];
    const [from, to] = [eq + 1, text.length];
    const at = { value: text.slice(from), raw: rawInValue(src, offsets, from, to), span: spanInValue(src, offsets, from, to) };
    return [buildEntry(src, place, interpretCompose(at))];
}
/** `env_file:` as a string, a list of strings, or a list of `{ path, required }`. */
function envFileRefs(src, node, scope) {
    const resolved = resolve(src, node);
    const candidates = (0,dist/* isSeq */.oP)(resolved) ? items(src, resolved) : resolved ? [resolved] : [];
    return candidates.flatMap((candidate) => {
        const pathNode = (0,dist/* isMap */.jh)(candidate) ? field(src, candidate, 'path')?.value : candidate;
        const written = scalarString(pathNode);
        if (written === undefined || written === '' || !pathNode)
            return [];
        return [{ scope, path: relativeToCompose(src.path, written), span: spanOf(src, pathNode) }];
    });
}
/** Compose resolves `env_file` paths against the compose file's folder; we keep them repository-relative. */
function relativeToCompose(composePath, written) {
    const path = written.replace(/\\/g, '/');
    if (path.startsWith('/'))
        return external_node_path_.posix.normalize(path);
    return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(composePath), path));
}
function serviceResult(src, name, service) {
    const scope = `${src.path}#services.${name}`;
    const image = dockerImageFingerprint(scalarString(field(src, service, 'image')?.value), src.path, scope);
    const environment = field(src, service, 'environment')?.value;
    const buildArgs = field(src, field(src, service, 'build')?.value, 'args')?.value;
    return {
        entries: [
            ...settingEntries(src, environment, scope, ['services', name, 'environment']),
            ...settingEntries(src, buildArgs, scope, ['services', name, 'build', 'args'], { buildArg: true })
        ],
        envFiles: envFileRefs(src, field(src, service, 'env_file')?.value, scope),
        fingerprints: image ? [image] : []
    };
}
/** Docker Compose files: service environments, build args and `env_file` links. */
const composeParser = {
    kind: 'compose',
    matches: (path) => COMPOSE_NAME.test((0,sources_entry/* baseName */.Fl)(path)),
    sniff: (text) => TOP_LEVEL_SERVICES.test(text) && SERVICE_IMAGE_OR_BUILD.test(text),
    parse(file) {
        const src = parseYaml(file);
        const services = fields(src, field(src, src.doc.contents, 'services')?.value);
        const results = services.map((s) => serviceResult(src, s.key, s.value));
        return {
            entries: results.flatMap((r) => r.entries),
            diagnostics: src.diagnostics,
            envFiles: results.flatMap((r) => r.envFiles),
            fingerprints: results.flatMap((r) => r.fingerprints)
        };
    }
};

;// CONCATENATED MODULE: ./src/sources/shell-lexer.ts
/**
 * Shell words, as the POSIX shell and BuildKit's Dockerfile lexer read them: where a word ends, what it is
 * once quotes and escapes are removed, and the `$NAME` it expands. The two differ only in what a
 * {@link ShellDialect} names; the commands built from the words are `shell.ts`'s business.
 */
/** A POSIX shell script, or a workflow `run:` script (GitHub fills in `${{ … }}` before the shell runs). */
const POSIX_SHELL = { escape: '\\', escapedInDouble: '"\\$`', operators: ';&|<>', blank: /[ \t\r\n]/, groups: true };
/**
 * The arguments of a Dockerfile instruction (moby/buildkit `frontend/dockerfile/parser/line_parsers.go`
 * `parseWords`; `shell/lex.go` `processDoubleQuote`: only `"`, `$` and the escape character are escaped in
 * double quotes).
 */
const dockerfileShell = (escape) => ({ escape, escapedInDouble: `"$${escape}`, operators: '', blank: /\s/, groups: false });
/** The words of `text` from `from`, split at blanks outside quotes (and, for the shell, at its operators). */
function splitWords(text, from, dialect) {
    const words = [];
    for (let i = from; i < text.length;) {
        if (dialect.blank.test(text[i])) {
            i++;
            continue;
        }
        const end = Math.max(wordEnd(text, i, dialect), i + 1);
        words.push({ start: i, end, text: text.slice(i, end) });
        i = end;
    }
    return words;
}
/** Where the word starting at `from` ends: quotes, escapes and (for the shell) `$(…)`, `${…}`, `${{ … }}` stay inside. */
function wordEnd(text, from, dialect) {
    let i = from;
    while (i < text.length) {
        const c = text[i];
        if (dialect.blank.test(c) || dialect.operators.includes(c))
            return i;
        if (c === dialect.escape)
            i += 2;
        else if (c === "'")
            i = closing(text, i + 1, "'") + 1;
        else if (c === '"')
            i = closingDouble(text, i + 1, dialect) + 1;
        else if (!dialect.groups)
            i++;
        else if (text.startsWith('${{', i))
            i = closing(text, i + 3, '}}') + 2;
        else if (text.startsWith('${', i))
            i = closing(text, i + 2, '}') + 1;
        else if (text.startsWith('$(', i))
            i = closingParen(text, i + 2) + 1;
        else if (c === '`')
            i = closing(text, i + 1, '`') + 1;
        else
            i++;
    }
    return Math.min(i, text.length);
}
/** The offset of `mark` at or after `from`, or the end of the text when it never comes. */
const closing = (text, from, mark) => {
    const at = text.indexOf(mark, from);
    return at === -1 ? text.length : at;
};
function closingDouble(text, from, dialect) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === dialect.escape)
            i++;
        else if (dialect.groups && text.startsWith('${{', i))
            i = closing(text, i + 3, '}}') + 1;
        else if (text[i] === '"')
            return i;
    }
    return text.length;
}
function closingParen(text, from) {
    let depth = 1;
    for (let i = from; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0)
            return i;
    }
    return text.length;
}
/**
 * Removes quoting from a word: `'…'` is literal, `"…"` drops the escapes of {@link ShellDialect.escapedInDouble},
 * bare text drops every escape. For the shell, `${{ … }}` is kept whole: GitHub substitutes it before the shell runs.
 */
function unquoteWord(word, dialect) {
    let value = '';
    let expands = true;
    let quote;
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        // Even inside single quotes: GitHub has substituted the expression before the shell reads a quote.
        if (dialect.groups && word.startsWith('${{', i)) {
            const end = closing(word, i + 3, '}}') + 2;
            value += word.slice(i, end);
            i = end - 1;
        }
        else if (quote?.mark === "'") {
            if (c === "'")
                quote = undefined;
            else {
                if (c === '$')
                    expands = false;
                value += c;
            }
        }
        else if (c === dialect.escape && i + 1 < word.length && (quote === undefined || dialect.escapedInDouble.includes(word[i + 1]))) {
            if (word[++i] === '$')
                expands = false;
            value += word[i];
        }
        else if (c === quote?.mark)
            quote = undefined;
        else if (quote === undefined && (c === '"' || c === "'"))
            quote = { mark: c, at: i };
        else
            value += c;
    }
    return quote === undefined ? { value, expands } : { value, expands, unterminated: quote.at };
}
/** {@link unquoteWord} for the shell, the value alone. */
const shellUnquote = (word) => unquoteWord(word, POSIX_SHELL).value;
const SHELL_VARIABLE = /\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/y;
/** `$NAME` and `${NAME…}` that the shell expands: outside single quotes, not `${{`. */
function shellVariables(word) {
    const found = [];
    // The first `}` at or after an offset, remembered: a word of many unclosed `${` is searched once, not once each.
    let close;
    const braceEnd = (from) => {
        if (close === undefined || (close !== -1 && close < from))
            close = word.indexOf('}', from);
        return close === -1 ? -1 : close + 1;
    };
    let inDouble = false;
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if (c === '\\')
            i++;
        else if (c === '"')
            inDouble = !inDouble;
        else if (c === "'" && !inDouble)
            i = closing(word, i + 1, "'");
        else if (word.startsWith('${{', i))
            i = closing(word, i + 3, '}}') + 1;
        else if (c === '$') {
            SHELL_VARIABLE.lastIndex = i;
            const m = SHELL_VARIABLE.exec(word);
            const end = m?.[1] === undefined ? (m ? i + m[0].length : -1) : braceEnd(i + m[0].length);
            if (m && end !== -1) {
                found.push({ name: (m[1] ?? m[2]), start: i, end });
                i = end - 1;
            }
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/sources/dockerfile.ts



/**
 * Dockerfiles and Containerfiles: `ENV` and `ARG` settings, read as BuildKit reads them
 * (moby/buildkit `frontend/dockerfile/parser/parser.go`, `line_parsers.go`, `shell/lex.go`): parser
 * directives, line continuations, comment lines inside continuations, quotes and escapes.
 */
const dockerfileParser = {
    kind: 'dockerfile',
    matches: (path) => isDockerfileName((0,sources_entry/* baseName */.Fl)(path)),
    parse: parseDockerfile
};
/** `Dockerfile`, `Dockerfile.prod`, `web.Dockerfile`, `Containerfile`; not `Dockerfile.dockerignore`. */
function isDockerfileName(name) {
    return /^(?:dockerfile|containerfile)(?:\.[^.].*)?$|\.(?:dockerfile|containerfile)$/i.test(name) && !name.endsWith('.dockerignore');
}
/** The lines of `text` from offset `from` (past a BOM); `\r\n`, `\r` and `\n` all end a line. */
function physicalLines(text, from) {
    const lines = [];
    const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
    pattern.lastIndex = from;
    let match;
    while ((match = pattern.exec(text)) !== null) {
        lines.push({ text: match[1], start: match.index });
        if (match[2] === '')
            break;
    }
    return lines;
}
const isComment = (line) => /^\s*#/.test(line);
const isBlankLine = (line) => line.trim() === '';
/**
 * The escape character from a `# escape=` parser directive (default `\`). Directives are only honoured
 * in the comment lines at the very top of the file.
 */
function escapeCharacter(lines) {
    for (const { text } of lines) {
        const directive = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(text);
        if (!directive)
            return '\\';
        if (directive[1].toLowerCase() === 'escape')
            return directive[2] === '`' ? '`' : '\\';
    }
    return '\\';
}
function parseDockerfile(file) {
    const { text } = file;
    const index = new core_text/* LineIndex */.r(text);
    const lines = physicalLines(text, (0,sources_entry/* afterBom */.h0)(text));
    const escape = escapeCharacter(lines);
    const reader = new InstructionReader(file, index, dockerfileShell(escape));
    for (let i = 0; i < lines.length;) {
        const line = lines[i];
        if (isBlankLine(line.text) || isComment(line.text)) {
            i++;
            continue;
        }
        const { logical, next } = joinContinuations(lines, i, escape);
        const keyword = reader.read(logical);
        i = skipHeredocs(lines, next, keyword, logical.text);
    }
    return { entries: reader.entries, diagnostics: reader.diagnostics };
}
/**
 * Joins the lines of one instruction: a line ending in the escape character (blanks may follow)
 * continues on the next; comment lines and empty lines inside a continuation are dropped.
 */
function joinContinuations(lines, first, escape) {
    const continuation = new RegExp(`\\${escape}[ \\t]*$`);
    let text = '';
    const offsets = [];
    let i = first;
    let leading = lines[first].text.length - lines[first].text.trimStart().length;
    for (;;) {
        const line = lines[i++];
        const cut = continuation.exec(line.text);
        const content = line.text.slice(leading, cut ? cut.index : undefined);
        for (let c = 0; c < content.length; c++)
            offsets.push(line.start + leading + c);
        text += content;
        leading = 0;
        if (!cut)
            break;
        while (i < lines.length && (isComment(lines[i].text) || isBlankLine(lines[i].text)))
            i++;
        if (i >= lines.length)
            break;
    }
    return { logical: { text, offsets }, next: i };
}
/** `RUN <<EOF` / `COPY <<-"EOF" /dst`: the heredoc bodies that follow are data, not instructions. */
function skipHeredocs(lines, from, keyword, instruction) {
    if (!['RUN', 'COPY', 'ADD'].includes(keyword))
        return from;
    let i = from;
    for (const [, dash, , word] of instruction.matchAll(/<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g)) {
        const isEnd = (line) => (dash ? line.replace(/^\t+/, '') : line) === word;
        while (i < lines.length && !isEnd(lines[i].text))
            i++;
        i++;
    }
    return Math.min(i, lines.length);
}
/** Reads instructions in order, keeping the variables an `ENV` or `ARG` value may expand. */
class InstructionReader {
    file;
    index;
    shell;
    entries = [];
    diagnostics = [];
    /** ARGs declared before the first FROM: a stage sees them only when it redeclares them. */
    globalArgs = new Map();
    vars = new Map();
    inStage = false;
    constructor(file, index, shell) {
        this.file = file;
        this.index = index;
        this.shell = shell;
    }
    /** Reads one instruction; returns its upper-cased keyword. */
    read(logical) {
        const head = /^(\S+)\s*/.exec(logical.text);
        const keyword = (head?.[1] ?? '').toUpperCase();
        const args = head ? head[0].length : 0;
        if (keyword === 'FROM') {
            this.inStage = true;
            this.vars = new Map();
        }
        else if (keyword === 'ENV') {
            this.readEnv(logical, args);
        }
        else if (keyword === 'ARG') {
            this.readArg(logical, args);
        }
        return keyword;
    }
    /** `ENV A=1 B="two words"`, or the legacy `ENV A one value` (the first word holds no `=`). */
    readEnv(logical, from) {
        const words = splitWords(logical.text, from, this.shell);
        const first = words[0];
        if (!first) {
            this.report(logical, 'ENV needs a name and a value', from, logical.text.length);
            return;
        }
        if (!logical.text.slice(first.start, first.end).includes('=')) {
            this.readLegacyEnv(logical, from);
            return;
        }
        for (const word of words) {
            const eq = logical.text.indexOf('=', word.start);
            if (eq < 0 || eq >= word.end) {
                this.report(logical, `ENV: no "=" in "${logical.text.slice(word.start, word.end)}" (expected name=value)`, word.start, word.end);
                continue;
            }
            this.add(logical, 'ENV', word.start, eq, eq + 1, word.end);
        }
    }
    /** `ENV NAME value with spaces`: the name is the first word, the value the rest of the line. */
    readLegacyEnv(logical, from) {
        const match = /^(\S+)[\t\v\f\r ]+(\S[\s\S]*?)\s*$/d.exec(logical.text.slice(from));
        const [name, value] = [match?.indices?.[1], match?.indices?.[2]];
        if (!name || !value) {
            this.report(logical, 'ENV needs a name and a value', from, logical.text.trimEnd().length);
            return;
        }
        this.add(logical, 'ENV', from + name[0], from + name[1], from + value[0], from + value[1]);
    }
    /** `ARG NAME`, `ARG NAME=default`, several per line. */
    readArg(logical, from) {
        for (const word of splitWords(logical.text, from, this.shell)) {
            const eq = logical.text.indexOf('=', word.start);
            if (eq >= 0 && eq < word.end)
                this.add(logical, 'ARG', word.start, eq, eq + 1, word.end);
            else
                this.add(logical, 'ARG', word.start, word.end);
        }
    }
    /** Records an entry for `name` (and its value, when written) and makes it visible to later `$NAME`s. */
    add(logical, instruction, keyStart, keyEnd, valueStart, valueEnd) {
        const key = logical.text.slice(keyStart, keyEnd);
        const span = (start, end) => this.index.span(...dockerfile_fileRange(logical, start, end));
        const base = {
            file: this.file.path,
            kind: 'dockerfile',
            scope: this.file.path,
            path: [instruction, key],
            key,
            keySpan: span(keyStart, keyEnd),
            meta: { instruction }
        };
        if (valueStart === undefined || valueEnd === undefined) {
            this.entries.push((0,sources_entry/* makeEntry */.lq)(base));
            this.importGlobalArg(key);
            return;
        }
        const word = unquoteWord(logical.text.slice(valueStart, valueEnd), this.shell);
        if (word.unterminated !== undefined) {
            this.report(logical, 'unterminated quote', valueStart + word.unterminated, valueEnd);
        }
        const [from, to] = dockerfile_fileRange(logical, valueStart, valueEnd);
        const written = { valueSpan: this.index.span(from, to), raw: this.file.text.slice(from, to) };
        const entry = (0,sources_entry/* makeEntry */.lq)({ ...base, value: word.value, ...written, literal: !word.expands }, this.vars);
        this.entries.push(entry);
        this.remember(key, (0,sources_entry/* effectiveValue */.FB)(entry));
    }
    /** `ARG NAME` in a stage brings in the default of a global `ARG NAME=…`. */
    importGlobalArg(name) {
        this.remember(name, this.inStage ? this.globalArgs.get(name) : undefined);
    }
    remember(name, value) {
        const scope = this.inStage ? this.vars : this.globalArgs;
        if (value === undefined)
            scope.delete(name);
        else
            scope.set(name, value);
    }
    report(logical, message, start, end) {
        this.diagnostics.push((0,sources_entry/* diagnosticAt */.R5)(this.index, message, ...dockerfile_fileRange(logical, start, end)));
    }
}
/**
 * File offsets of `start`..`end` in an instruction's logical text (end exclusive). An empty range sits
 * right after the character before it, so `ENV A=` gets an empty value span just after its `=`.
 */
function dockerfile_fileRange(logical, start, end) {
    const { offsets } = logical;
    const from = start < offsets.length ? offsets[start] : (offsets.at(-1) ?? -1) + 1;
    return [from, end > start ? offsets[end - 1] + 1 : from];
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/sources/json.ts



/**
 * Reads strict JSON: comments and trailing commas are errors, because the programs that read these files
 * reject them (Claude Code discards a settings file with `//` comments: anthropics/claude-code#83190, #9906;
 * Vercel and Heroku use plain JSON parsers). `jsonc` accepts both, for files an editor reads as JSON with
 * comments (VS Code's `.vscode/*.json`).
 */
function readJson(text, { jsonc = false } = {}) {
    const lines = new core_text/* LineIndex */.r(text);
    const errors = [];
    // A BOM is not JSON; a space of the same length keeps every offset.
    const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
    const root = (0,main.parseTree)(source, errors, { disallowComments: !jsonc, allowTrailingComma: jsonc });
    const first = errors[0];
    const diagnostics = first ? [(0,sources_entry/* diagnosticAt */.R5)(lines, describeError(first), first.offset, first.offset + first.length)] : [];
    return root ? { root, lines, diagnostics } : { lines, diagnostics };
}
/** `CommaExpected` → `invalid JSON: comma expected`. */
function describeError(error) {
    const words = (0,main.printParseErrorCode)(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `invalid JSON: ${words}`;
}
/** The member at `path` (object member names), or undefined when any step is missing or not an object. */
function memberAt(root, path) {
    let member;
    for (const name of path) {
        const node = member ? member.valueNode : root;
        if (node?.type !== 'object')
            return undefined;
        // JSON.parse keeps the last of repeated names, and so do the programs reading these files.
        member = propertiesOf(node)
            .filter((p) => p.name === name)
            .pop();
        if (!member)
            return undefined;
    }
    return member;
}
/** The members of an object node, in file order; members the parser could not finish are skipped. */
function propertiesOf(object) {
    const members = [];
    for (const property of object.children ?? []) {
        const [nameNode, valueNode] = property.children ?? [];
        if (nameNode?.type === 'string' && valueNode)
            members.push({ name: nameNode.value, nameNode, valueNode });
    }
    return members;
}
/** The text of a node exactly as written (strings keep their quotes). */
const rawOf = (doc, node) => doc.lines.text.slice(node.offset, node.offset + node.length);
/** The span of a node as written. */
const json_spanOf = (doc, node) => doc.lines.span(node.offset, node.offset + node.length);
/**
 * Entries for an object of environment variables whose values must be strings (`"env": { "NAME": "value" }`).
 * A value of another type, or an `env` that is not an object, becomes a diagnostic.
 */
function envObjectEntries(file, kind, doc, where) {
    const entries = [];
    const diagnostics = [];
    const object = memberAt(doc.root, where.path)?.valueNode;
    if (object === undefined)
        return { entries, diagnostics };
    const label = where.path.join('.');
    if (object.type !== 'object') {
        diagnostics.push(nodeDiagnostic(doc, object, `\`${label}\` must be an object`));
        return { entries, diagnostics };
    }
    for (const { name, nameNode, valueNode } of propertiesOf(object)) {
        if (valueNode.type !== 'string') {
            diagnostics.push(nodeDiagnostic(doc, valueNode, `\`${label}.${name}\` must be a string, not ${valueNode.type}`));
            continue;
        }
        entries.push(stringEntry(file, kind, doc, { ...where, path: [...where.path, name] }, nameNode, valueNode));
    }
    return { entries, diagnostics };
}
/** An entry for a string member: `name` is the key, the value node gives value, span and raw text. */
function stringEntry(file, kind, doc, where, nameNode, valueNode) {
    const value = valueNode === undefined
        ? {}
        : { value: valueNode.value, valueSpan: json_spanOf(doc, valueNode), raw: rawOf(doc, valueNode) };
    return (0,sources_entry/* makeEntry */.lq)({
        file: file.path,
        kind,
        scope: where.scope,
        path: where.path,
        key: nameNode.value,
        keySpan: json_spanOf(doc, nameNode),
        ...value,
        ...(where.meta ? { meta: where.meta } : {})
    });
}
/** A diagnostic covering a node as written. */
const nodeDiagnostic = (doc, node, message) => (0,sources_entry/* diagnosticAt */.R5)(doc.lines, message, node.offset, node.offset + node.length);

;// CONCATENATED MODULE: ./src/sources/vercel.ts


/**
 * `vercel.json`: the `env` (runtime) and `build.env` (build time) objects of one Vercel project.
 * Both are legacy in Vercel's docs (variables now live in the dashboard) but still read, and still where keys leak.
 */
const vercelParser = {
    kind: 'vercel',
    matches: (path) => (0,sources_entry/* baseName */.Fl)(path) === 'vercel.json',
    parse(file) {
        const doc = readJson(file.text);
        const entries = [];
        const diagnostics = [...doc.diagnostics];
        for (const path of [['env'], ['build', 'env']]) {
            const found = envObjectEntries(file, 'vercel', doc, { path, scope: file.path });
            entries.push(...found.entries.map(asSecretReference));
            diagnostics.push(...found.diagnostics);
        }
        return { entries, diagnostics };
    }
};
/**
 * `"@openai-key"` names a Vercel Secret (the legacy `vercel secrets add` store) instead of holding a value:
 * https://vercel.com/docs/projects/project-configuration#env (values starting with `@` reference secrets).
 */
const VERCEL_SECRET = /^@([\w.-]+)$/;
function asSecretReference(entry) {
    const name = entry.value === undefined ? undefined : VERCEL_SECRET.exec(entry.value)?.[1];
    if (name === undefined)
        return entry;
    return { ...entry, form: 'reference', ref: { context: 'vercel', name }, meta: { ...entry.meta, vercelSecret: true } };
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var smol_toml_dist = __webpack_require__(3292);
// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(9605);
;// CONCATENATED MODULE: ./src/sources/toml.ts




/** Dotted keys and headers longer than this hold no setting we read. */
const MAX_KEY_PARTS = 64;
/**
 * A key of more parts where a key may start (a line, after `[`, `[[`, `{` or `,`). Both parsers build a node or a
 * table per part (a key of half a million parts costs gigabytes), so such a file is not handed to them. Tried only
 * where a key may start, each attempt reads one key at most (linear in the file); a run of 65 dotted words after a
 * comma inside a string counts too, and no setting holds one.
 */
const TOO_DEEP_KEY = new RegExp(String.raw `(?:^|[{,])[ \t]*(?:\[\[?[ \t]*)?((?:(?:[A-Za-z0-9_-]+|"(?:[^"\\\r\n]|\\.)*"|'[^'\r\n]*')[ \t]*\.[ \t]*){${MAX_KEY_PARTS}}[A-Za-z0-9_"'-])`, 'm');
/**
 * The tree keeps about a kilobyte per token (an array of half a million numbers took a gigabyte, 1 MB of text). A
 * `netlify.toml` of a thousand redirects is about 100 KiB.
 */
const MAX_TOML_BYTES = 256 * 1024;
/** Reads every key/value pair; in a malformed file, the pairs written before the error. */
function readToml(text) {
    const lines = new core_text/* LineIndex */.r(text);
    const refuse = (message, at) => ({ pairs: [], diagnostics: [(0,sources_entry/* diagnosticAt */.R5)(lines, message, at, at + 1)] });
    const deep = TOO_DEEP_KEY.exec(text);
    if (deep)
        return refuse(`a dotted key of more than ${MAX_KEY_PARTS} parts: the file was not read`, deep.index + deep[0].length - deep[1].length);
    if (text.length > MAX_TOML_BYTES) {
        return refuse(`the file is larger than ${MAX_TOML_BYTES / 1024} KiB, more than any configuration: its settings were not read (its text was still scanned for keys)`, 0);
    }
    // A BOM becomes a blank and a lone CR (no TOML line ending; LineIndex has it) a LF: same length, same offsets.
    const source = ' '.repeat((0,sources_entry/* afterBom */.h0)(text)) + text.slice((0,sources_entry/* afterBom */.h0)(text)).replace(/\r(?!\n)/g, '\n');
    const whole = parse(source);
    const error = validate(source, lines) ?? (whole instanceof Error ? treeError(whole) : undefined);
    if (error === undefined)
        return { pairs: whole instanceof Error ? [] : toml_pairsOf(whole, lines, Infinity), diagnostics: [] };
    // The lines before the error's line still make a document of their own (unless a string opened there runs on).
    const tree = parse(source.slice(0, lines.offset({ line: lines.position(error.offset).line, column: 1 })));
    return {
        pairs: tree instanceof Error ? [] : toml_pairsOf(tree, lines, error.offset),
        diagnostics: [(0,sources_entry/* diagnosticAt */.R5)(lines, error.message, error.offset, endOfCharacter(text, error.offset))]
    };
}
/** smol-toml's first error, with its message stripped of the code excerpt it appends. */
function validate(source, lines) {
    try {
        (0,smol_toml_dist/* parse */.qg)(source);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof smol_toml_dist/* TomlError */.zx))
            return { offset: 0, message: `invalid TOML: ${String(error)}` };
        const message = error.message.split('\n')[0].replace(/^Invalid TOML document: /, 'invalid TOML: ');
        return { offset: lines.offset({ line: error.line, column: error.column }), message };
    }
}
/** The tree, or why it could not be built. TOML 1.1 (multi-line inline tables, `\e`, `\x`), which smol-toml reads too. */
function parse(source) {
    try {
        return (0,lib/* parseTOML */.MD)(source, { tomlVersion: '1.1' });
    }
    catch (error) {
        return error instanceof Error ? error : new Error(String(error));
    }
}
/** An error of toml-eslint-parser in a file smol-toml accepts: reported all the same, never a silent skip. */
function treeError(error) {
    const message = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return { offset: error instanceof lib/* ParseError */.mB ? error.index : 0, message: `invalid TOML: ${message}` };
}
/** The error marks one character; at a line end or the end of the file it marks a point. */
const endOfCharacter = (text, offset) => offset >= text.length || text[offset] === '\n' || text[offset] === '\r' ? offset : offset + 1;
/**
 * Entries for the pairs directly inside the tables that `tables` names, e.g. netlify's
 * `['context', ANY, 'environment']`. Values must be strings or scalars; arrays and deeper tables are
 * reported, since no environment variable can hold them.
 */
function tableEntries(file, kind, doc, tables) {
    const entries = [];
    const diagnostics = [];
    for (const pair of doc.pairs) {
        for (const table of tables) {
            const captured = matchPrefix(pair.path, table.path);
            if (captured === undefined)
                continue;
            if (pair.path.length === table.path.length + 1 && pair.type !== 'array') {
                entries.push(pairEntry(file, kind, pair, table.scope(captured), table.meta));
            }
            else {
                const name = pair.path.slice(0, table.path.length + 1).join('.');
                diagnostics.push({ message: `\`${name}\` must be a string`, span: pair.valueSpan });
            }
        }
    }
    return { entries, diagnostics };
}
/** Matches any one key in an `EnvTable` path. */
const ANY = Symbol('any key');
/** The keys `ANY` matched when `path` starts with `prefix`, else undefined. */
function matchPrefix(path, prefix) {
    if (path.length <= prefix.length)
        return undefined;
    const captured = [];
    for (const [i, want] of prefix.entries()) {
        const got = path[i];
        if (want === ANY && typeof got === 'string')
            captured.push(got);
        else if (want !== got)
            return undefined;
    }
    return captured;
}
/** An entry for one pair; the key is the last segment of its path. */
function pairEntry(file, kind, pair, scope, meta) {
    return (0,sources_entry/* makeEntry */.lq)({
        file: file.path,
        kind,
        scope,
        path: pair.path,
        key: String(pair.path[pair.path.length - 1]),
        keySpan: pair.keySpan,
        ...(pair.value === undefined ? {} : { value: pair.value }),
        valueSpan: pair.valueSpan,
        raw: pair.raw,
        ...(meta ? { meta } : {})
    });
}
/**
 * The pairs of the tree in the order they are written, those whose value ends by `limit`. The members of an inline
 * table are pairs of their own; an array is one pair without a value.
 */
function toml_pairsOf(tree, lines, limit) {
    const pairs = [];
    const visit = (table, pair) => {
        const path = [...table, ...pair.key.keys.map((k) => (k.type === 'TOMLBare' ? k.name : k.value))];
        const { value } = pair;
        if (value.type === 'TOMLInlineTable') {
            for (const member of value.body)
                visit(path, member);
            return;
        }
        if (value.range[1] > limit)
            return;
        const raw = lines.text.slice(...value.range);
        const type = value.type === 'TOMLArray' ? 'array' : value.kind === 'string' ? 'string' : 'scalar';
        const decoded = value.type === 'TOMLArray' ? undefined : value.kind === 'string' ? value.value : raw;
        pairs.push({
            path,
            keySpan: lines.span(...pair.key.keys.at(-1).range),
            valueSpan: lines.span(...value.range),
            raw,
            type,
            ...(decoded === undefined ? {} : { value: decoded })
        });
    };
    for (const node of tree.body[0].body) {
        if (node.type === 'TOMLKeyValue')
            visit([], node);
        else
            for (const pair of node.body)
                visit(node.resolvedKey, pair);
    }
    return pairs;
}

;// CONCATENATED MODULE: ./src/sources/netlify.ts


/**
 * `netlify.toml`: `[build.environment]` applies to every deploy; `[context.<name>.environment]`
 * (`production`, `deploy-preview`, `branch-deploy`, a branch name) is its own scope, since each context
 * deploys with its own variables (https://docs.netlify.com/configure-builds/file-based-configuration/).
 */
const netlifyParser = {
    kind: 'netlify',
    matches: (path) => (0,sources_entry/* baseName */.Fl)(path) === 'netlify.toml',
    parse(file) {
        const doc = readToml(file.text);
        const found = tableEntries(file, 'netlify', doc, [
            { path: ['build', 'environment'], scope: () => file.path },
            { path: ['context', ANY, 'environment'], scope: ([context]) => (0,sources_entry/* scopeId */.IW)(file.path, `context.${context}`) }
        ]);
        return { entries: found.entries, diagnostics: [...doc.diagnostics, ...found.diagnostics] };
    }
};

;// CONCATENATED MODULE: ./src/sources/render.ts

const RENDER_FILE = /(?:^|\/)render\.ya?ml$/;
/**
 * What an env var without a `value` is filled from, as entry meta. Blueprint spec:
 * https://render.com/docs/blueprint-spec#environment-variables — `sync: false` asks for the value in the
 * dashboard, `generateValue: true` makes Render generate one, `fromDatabase`/`fromService` copy another
 * resource's property.
 */
function sourceMeta(src, item) {
    const meta = {};
    const sync = stringAt(src, field(src, item, 'sync')?.value);
    if (sync !== undefined)
        meta.sync = sync === 'true';
    if (stringAt(src, field(src, item, 'generateValue')?.value) === 'true')
        meta.generateValue = true;
    for (const origin of ['fromDatabase', 'fromService']) {
        const from = field(src, item, origin)?.value;
        const name = stringAt(src, field(src, from, 'name')?.value);
        if (name === undefined)
            continue;
        meta[origin] = name;
        const property = stringAt(src, field(src, from, 'property')?.value) ?? stringAt(src, field(src, from, 'envVarKey')?.value);
        if (property !== undefined)
            meta.property = property;
    }
    return meta;
}
/**
 * `envVars:` items with a `key`. Items that only import a group (`- fromGroup: name`) have no key of their
 * own and give no entry.
 */
function envVarEntries(src, node, scope, path) {
    return items(src, node).flatMap((item) => {
        const keyNode = field(src, item, 'key')?.value;
        const key = stringAt(src, keyNode);
        if (key === undefined || !keyNode)
            return [];
        const meta = sourceMeta(src, item);
        const place = { kind: 'render', scope, path: [...path, key], key, keySpan: spanOf(src, keyNode), meta };
        return [buildEntry(src, place, scalarValue(src, field(src, item, 'value')?.value))];
    });
}
/** Entries of every named resource in a top-level list (`services`, `envVarGroups`). */
function resourceEntries(src, list) {
    return items(src, field(src, src.doc.contents, list)?.value).flatMap((resource, i) => {
        const name = stringAt(src, field(src, resource, 'name')?.value) ?? String(i);
        return envVarEntries(src, field(src, resource, 'envVars')?.value, `${src.path}#${list}.${name}`, [list, i, 'envVars']);
    });
}
/** Render blueprints: env vars of services and of env var groups. */
const renderParser = {
    kind: 'render',
    matches: (path) => RENDER_FILE.test(path),
    parse(file) {
        const src = parseYaml(file);
        const entries = [...resourceEntries(src, 'services'), ...resourceEntries(src, 'envVarGroups')];
        return { entries, diagnostics: src.diagnostics };
    }
};

;// CONCATENATED MODULE: ./src/sources/fly.ts


/** `fly.toml`, and `fly.<env>.toml` for apps deployed with `fly deploy -c fly.staging.toml`. */
const FLY_CONFIG = /^fly(?:\.[\w-]+)?\.toml$/;
/**
 * Fly.io app config: `[env]` holds runtime variables, `[build.args]` Docker build arguments
 * (https://fly.io/docs/reference/configuration/). Both are plain text in the repository: Fly's own
 * place for keys is `fly secrets set`.
 */
const flyParser = {
    kind: 'fly',
    matches: (path) => FLY_CONFIG.test((0,sources_entry/* baseName */.Fl)(path)),
    parse(file) {
        const doc = readToml(file.text);
        const found = tableEntries(file, 'fly', doc, [
            { path: ['env'], scope: () => file.path },
            { path: ['build', 'args'], scope: () => file.path, meta: { buildArg: true } }
        ]);
        return { entries: found.entries, diagnostics: [...doc.diagnostics, ...found.diagnostics] };
    }
};

;// CONCATENATED MODULE: ./src/sources/app-json.ts


/**
 * Heroku's `app.json` manifest (the "Deploy to Heroku" button): each `env` member is a string, or an
 * object with `value`, `description`, `required` and `generator`
 * (https://devcenter.heroku.com/articles/app-json-schema#env). Other `app.json` files (Expo) have no
 * `env` and give no entries.
 */
const appJsonParser = {
    kind: 'app-json',
    matches: (path) => (0,sources_entry/* baseName */.Fl)(path) === 'app.json',
    parse(file) {
        const doc = readJson(file.text);
        const entries = [];
        const diagnostics = [...doc.diagnostics];
        const env = memberAt(doc.root, ['env'])?.valueNode;
        if (env !== undefined && env.type !== 'object')
            diagnostics.push(nodeDiagnostic(doc, env, '`env` must be an object'));
        for (const { name, nameNode, valueNode } of env?.type === 'object' ? propertiesOf(env) : []) {
            const where = { path: ['env', name], scope: file.path };
            if (valueNode.type === 'string') {
                entries.push(stringEntry(file, 'app-json', doc, where, nameNode, valueNode));
            }
            else if (valueNode.type === 'object') {
                const value = memberAt(valueNode, ['value'])?.valueNode;
                if (value !== undefined && value.type !== 'string') {
                    diagnostics.push(nodeDiagnostic(doc, value, `\`env.${name}.value\` must be a string, not ${value.type}`));
                    continue;
                }
                const meta = settingFacts(valueNode);
                entries.push(stringEntry(file, 'app-json', doc, { ...where, ...(meta ? { meta } : {}) }, nameNode, value));
            }
            else {
                diagnostics.push(nodeDiagnostic(doc, valueNode, `\`env.${name}\` must be a string or an object, not ${valueNode.type}`));
            }
        }
        return { entries, diagnostics };
    }
};
/** `required` and `generator` (`"secret"`: Heroku fills in a random value), when written with the right type. */
function settingFacts(setting) {
    const facts = {};
    const required = memberAt(setting, ['required'])?.valueNode;
    if (required?.type === 'boolean')
        facts.required = required.value;
    const generator = memberAt(setting, ['generator'])?.valueNode;
    if (generator?.type === 'string')
        facts.generator = generator.value;
    return Object.keys(facts).length > 0 ? facts : undefined;
}

;// CONCATENATED MODULE: ./src/sources/shell.ts
/**
 * The shell, as far as settings need it: commands split into words with their offsets, quotes removed,
 * and the words that set an environment variable (`NAME=value` before a command, `export`, `docker run
 * -e`/`--env`). Shared by the workflow parser (`run:` scripts) and the shell script parser; the words come from
 * `shell-lexer.ts`.
 */

const ENV_NAME = /^[A-Za-z_]\w*$/;
/** `$(…)`, `$((…))` and backticks: the shell fills these in when the script runs. */
const COMMAND_SUBSTITUTION = /\$\(|`/;
/**
 * Splits a script into simple commands, enough for assignments, `docker run -e` and `echo`:
 * `;`, `&`, `&&`, `||`, `|` and line breaks separate commands; quotes, `$(…)`, `${…}` and `${{ … }}`
 * stay inside words; `\` line continuations join lines; `#` starts a comment; redirections are noted.
 */
function shellCommands(script) {
    const commands = [];
    let words = [];
    let redirected = false;
    const finish = (piped) => {
        if (words.length > 0)
            commands.push({ words, redirected, piped });
        words = [];
        redirected = false;
    };
    let i = 0;
    while (i < script.length) {
        const c = script[i];
        const next = script[i + 1];
        if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (c === '\\' && (next === '\n' || next === '\r')) {
            i += next === '\r' && script[i + 2] === '\n' ? 3 : 2;
        }
        else if (c === '#') {
            i = lineEnd(script, i);
        }
        else if (script.startsWith('&&', i) || script.startsWith('||', i)) {
            finish(false);
            i += 2;
        }
        else if (c === '\n' || c === ';' || (c === '&' && next !== '>')) {
            finish(false);
            i++;
        }
        else if (c === '|') {
            finish(true);
            i++;
        }
        else if (c === '>' || c === '<' || c === '&') {
            const redirect = readRedirect(script, i, '');
            redirected ||= redirect.capturesStdout;
            i = redirect.end;
        }
        else {
            const end = wordEnd(script, i, POSIX_SHELL);
            const text = script.slice(i, end);
            // `2>file`, `1>>file`: a file-descriptor number glued to a redirection.
            if (/^\d$/.test(text) && (script[end] === '>' || script[end] === '<')) {
                const redirect = readRedirect(script, end, text);
                redirected ||= redirect.capturesStdout;
                i = redirect.end;
            }
            else {
                words.push({ start: i, end, text });
                i = end;
            }
        }
    }
    finish(false);
    return commands;
}
const lineEnd = (text, from) => {
    const end = text.indexOf('\n', from);
    return end === -1 ? text.length : end;
};
/** Reads `>`, `>>`, `&>`, `>&2`, `<`, `<<` and the word after it. */
function readRedirect(script, at, fd) {
    REDIRECT.lastIndex = at;
    const op = REDIRECT.exec(script)?.[0] ?? script[at];
    let i = at + op.length;
    while (script[i] === ' ' || script[i] === '\t')
        i++;
    const target = script.slice(i, wordEnd(script, i, POSIX_SHELL));
    const toStdoutFile = op.startsWith('&>') || (op.startsWith('>') && (fd === '' || fd === '1'));
    // `>&2` duplicates onto stderr, which still reaches the log.
    const capturesStdout = toStdoutFile && !op.endsWith('&') && !target.startsWith('&');
    return { end: i + target.length, capturesStdout };
}
/**
 * `NAME=value` words that set a variable: leading assignments, `export` arguments, `docker run -e`/`--env`
 * (where a bare `NAME` passes the runner's variable through).
 */
function assignmentWords(words) {
    const leading = [];
    let i = 0;
    for (; i < words.length && /^[A-Za-z_]\w*=/.test(words[i].text); i++)
        leading.push(words[i]);
    const command = words[i]?.text;
    // `export NAME` without a value only marks a variable; it sets nothing.
    if (command === 'export') {
        return [...leading, ...words.slice(i + 1).filter((w) => w.text.includes('=') && !w.text.startsWith('-'))];
    }
    if (command === 'docker' && isDockerRun(words.slice(i + 1)))
        return [...leading, ...dockerEnvWords(words.slice(i + 1))];
    return leading;
}
/** `docker run`, `docker create`, `docker container run|create`. */
function isDockerRun(args) {
    const [first, second] = args.map((w) => w.text);
    const startsContainer = (verb) => verb === 'run' || verb === 'create';
    return startsContainer(first) || (first === 'container' && startsContainer(second));
}
/**
 * `docker run` options that take no value (https://docs.docker.com/reference/cli/docker/container/run/);
 * every other option without `=` takes the next word. Short ones may be combined (`-dit`).
 */
const DOCKER_RUN_FLAGS = new Set(['--detach', '--interactive', '--tty', '--rm', '--init', '--privileged', '--publish-all', '--read-only', '--quiet', '--no-healthcheck', '--oom-kill-disable']);
const SHORT_FLAGS = /^-[ditPq]+$/;
/** The image a `docker run`/`docker create` command starts, as written; undefined for any other command. */
function dockerRunImage(words) {
    const leading = words.findIndex((w) => !/^[A-Za-z_]\w*=/.test(w.text));
    if (leading === -1 || words[leading].text !== 'docker')
        return undefined;
    const args = words.slice(leading + 1);
    if (!isDockerRun(args))
        return undefined;
    for (let i = args[0].text === 'container' ? 2 : 1; i < args.length; i++) {
        const text = args[i].text;
        if (!text.startsWith('-'))
            return shellUnquote(text);
        if (!text.includes('=') && !DOCKER_RUN_FLAGS.has(text) && !SHORT_FLAGS.test(text))
            i++;
    }
    return undefined;
}
function dockerEnvWords(args) {
    const found = [];
    args.forEach((word, i) => {
        const next = args[i + 1];
        if ((word.text === '-e' || word.text === '--env') && next)
            found.push(next);
        else if (word.text.startsWith('--env='))
            found.push({ start: word.start + 6, end: word.end, text: word.text.slice(6) });
    });
    return found;
}
/** Reads an assignment word; undefined when its name is not an environment variable name. */
function shell_readAssignment(word) {
    const eq = word.text.indexOf('=');
    const keyRaw = eq === -1 ? word.text : word.text.slice(0, eq);
    const key = shellUnquote(keyRaw);
    if (!ENV_NAME.test(key))
        return undefined;
    const keyStart = word.start + keyRaw.indexOf(key);
    const named = { key, keyStart, keyEnd: keyStart + key.length };
    if (eq === -1)
        return named;
    const outerQuote = keyRaw.startsWith('"') || keyRaw.startsWith("'") ? 1 : 0;
    const text = shellUnquote(word.text).slice(key.length + 1);
    const written = word.text.slice(eq + 1);
    const expands = written.includes('${{') || shellVariables(written).length > 0;
    return {
        ...named,
        value: { text, rawStart: word.start + eq + 1, rawEnd: word.end - outerQuote, literal: !expands, computed: COMMAND_SUBSTITUTION.test(text) }
    };
}
/** Sticky, so reading at an offset never copies the rest of the script. */
const REDIRECT = /&>>?|>>?&?|>\||<<?-?|<&|<>/y;

;// CONCATENATED MODULE: ./src/sources/workflow.ts




const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
/** `secrets.NAME` or `secrets['NAME']` inside an expression. */
const SECRET_REF = /(?<![\w.-])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g;
/** The whole `secrets` context: `toJSON(secrets)`, `secrets[matrix.name]` (zizmor `overprovisioned-secrets`). */
const ALL_SECRETS = /(?<![\w.-])secrets\b(?!\s*(?:\.\s*[A-Za-z_]|\[\s*'))/;
/**
 * A checkout `ref` (or `repository`) that names the pull request's code rather than the base branch:
 * under `pull_request_target` or `workflow_run` this runs untrusted code with the base repository's secrets.
 */
const PR_HEAD = /github\.event\.pull_request\.head\.|github\.head_ref\b|github\.event\.workflow_run\.head_|refs\/pull\//;
const CHECKOUT_ACTION = /^actions\/checkout(?:@|$)/i;
/** GitHub Actions workflows: env at every level, `with:` inputs, assignments in `run:` scripts, secret exposure facts. */
const workflowParser = {
    kind: 'workflow',
    matches: (path) => WORKFLOW_FILE.test(path),
    parse(file) {
        const src = parseYaml(file);
        const root = src.doc.contents;
        // Workflow-level env belongs to the file's own scope; the model merges it into every job.
        const envNode = field(src, root, 'env')?.value;
        const env = envEntries(src, envNode, src.path, ['env']);
        const inherited = { env: secretEnv(new Map(), env), exposure: secretExposure(src, envNode) };
        const on = field(src, root, 'on');
        const jobs = fields(src, field(src, root, 'jobs')?.value).map((job) => readJob(src, job, inherited));
        return {
            entries: [...env, ...jobs.flatMap((j) => j.entries)],
            diagnostics: src.diagnostics,
            workflow: {
                triggers: triggersOf(src, on?.value),
                ...(on ? { triggerSpan: spanOf(src, on.keyNode) } : {}),
                jobs: jobs.map((j) => j.facts)
            }
        };
    }
};
/** `on: push`, `on: [push, pull_request_target]` or `on: { push: …, pull_request_target: … }`. */
function triggersOf(src, node) {
    if ((0,dist/* isMap */.jh)(node))
        return fields(src, node).map((f) => f.key);
    if ((0,dist/* isSeq */.oP)(node))
        return items(src, node).flatMap((n) => scalarString(n) ?? []);
    const single = scalarString(node);
    return single === undefined ? [] : [single];
}
const place = (scope, path, key, meta) => ({
    kind: 'workflow',
    scope,
    path: [...path, key],
    key,
    ...(meta ? { meta } : {})
});
function envEntries(src, node, scope, path) {
    return mapEntries(src, node, (f) => place(scope, path, f.key));
}
/** Environment variables that hold a secret, by variable name → secret name; later levels override earlier ones. */
function secretEnv(parent, env) {
    const merged = new Map(parent);
    for (const entry of env) {
        const secret = entry.value === undefined ? undefined : secretRefsIn(expressionsIn(entry.value))[0];
        if (secret)
            merged.set(entry.key, secret.name);
        else
            merged.delete(entry.key);
    }
    return merged;
}
/**
 * The `${{ … }}` expressions of a value. An `if:` condition is an expression as a whole when written
 * without `${{ }}`: https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idif
 */
function expressionsIn(text, isCondition = false) {
    if (isCondition && !text.includes('${{'))
        return [{ start: 0, text }];
    const found = [];
    // By hand rather than with a lazy regex, which would scan to the end of the text from every unclosed `${{`.
    for (let start = text.indexOf('${{'); start !== -1;) {
        const close = text.indexOf('}}', start + 3);
        if (close === -1)
            break;
        found.push({ start, text: text.slice(start, close + 2) });
        start = text.indexOf('${{', close + 2);
    }
    return found;
}
/** Every `secrets.X` inside the given expressions, with offsets in the value. */
function secretRefsIn(expressions) {
    return expressions.flatMap((e) => [...e.text.matchAll(SECRET_REF)].map((m) => ({
        name: (m[1] ?? m[2]),
        start: e.start + m.index,
        end: e.start + m.index + m[0].length
    })));
}
/** Calls `visit` on every scalar value under `node` with the key it sits under; follows aliases once each. */
function walkScalars(src, node, visit, key, seen = new Set()) {
    const resolved = resolve(src, node);
    if (!resolved || seen.has(resolved))
        return;
    seen.add(resolved);
    if ((0,dist/* isScalar */.jn)(resolved))
        visit(resolved, key);
    else if ((0,dist/* isMap */.jh)(resolved))
        for (const f of fields(src, resolved))
            walkScalars(src, f.value, visit, f.key, seen);
    else if ((0,dist/* isSeq */.oP)(resolved))
        for (const item of resolved.items)
            walkScalars(src, item, visit, key, seen);
}
/** `secrets.X` uses in every expression under `node`, and whether one takes the whole `secrets` context. */
function secretExposure(src, node) {
    const uses = [];
    let allSecrets = false;
    walkScalars(src, node, (scalar, key) => {
        const text = scalarString(scalar);
        if (text === undefined || !text.includes('secrets'))
            return;
        const expressions = expressionsIn(text, key === 'if');
        if (expressions.some((e) => ALL_SECRETS.test(e.text)))
            allSecrets = true;
        const refs = secretRefsIn(expressions);
        if (refs.length === 0)
            return;
        const offsets = valueOffsets(src, scalar);
        for (const r of refs)
            uses.push({ name: r.name, span: spanInValue(src, offsets, r.start, r.end) });
    });
    return { uses, allSecrets };
}
function readJob(src, job, inherited) {
    const scope = `${src.path}#jobs.${job.key}`;
    const path = ['jobs', job.key];
    const env = envEntries(src, field(src, job.value, 'env')?.value, scope, [...path, 'env']);
    const jobSecrets = secretEnv(inherited.env, env);
    // A job that calls a reusable workflow passes `with:` inputs to it.
    const calls = stringAt(src, field(src, job.value, 'uses')?.value);
    const inputs = withEntries(src, job.value, scope, path, calls);
    const steps = items(src, field(src, job.value, 'steps')?.value).map((step, i) => readStep(src, step, scope, [...path, 'steps', i], jobSecrets));
    const checkoutAt = steps.findIndex((s) => s.prHeadCheckout);
    const own = secretExposure(src, job.value);
    // A reusable-workflow call with `secrets: inherit` passes every secret (zizmor `secrets-inherit`).
    const inheritsAll = stringAt(src, field(src, job.value, 'secrets')?.value) === 'inherit';
    const facts = {
        id: job.key,
        span: spanOf(src, job.keyNode),
        secretUses: [...inherited.exposure.uses, ...own.uses],
        allSecrets: inherited.exposure.allSecrets || own.allSecrets || inheritsAll,
        ...(checkoutAt >= 0 ? { checksOutPrHead: steps[checkoutAt].prHeadCheckout } : {}),
        secretEchoes: steps.flatMap((s) => s.echoes),
        runsAfterCheckout: checkoutAt >= 0 && steps.slice(checkoutAt + 1).some((s) => s.runsCode)
    };
    return { entries: [...env, ...inputs, ...steps.flatMap((s) => s.entries)], facts };
}
function withEntries(src, owner, scope, path, uses) {
    const meta = uses === undefined ? { withInput: true } : { withInput: true, uses };
    return mapEntries(src, field(src, owner, 'with')?.value, (f) => place(scope, [...path, 'with'], f.key, meta));
}
function readStep(src, step, scope, path, jobSecrets) {
    const env = envEntries(src, field(src, step, 'env')?.value, scope, [...path, 'env']);
    const uses = stringAt(src, field(src, step, 'uses')?.value);
    const inputs = withEntries(src, step, scope, path, uses);
    const run = resolve(src, field(src, step, 'run')?.value);
    const script = (0,dist/* isScalar */.jn)(run) ? readScript(src, run, scope, [...path, 'run'], secretEnv(jobSecrets, env)) : undefined;
    const prHeadCheckout = uses !== undefined && CHECKOUT_ACTION.test(uses) ? prHeadRef(src, step) : undefined;
    return {
        entries: [...env, ...inputs, ...(script?.entries ?? [])],
        echoes: script?.echoes ?? [],
        ...(prHeadCheckout ? { prHeadCheckout } : {}),
        runsCode: script !== undefined || (uses?.startsWith('./') ?? false)
    };
}
function prHeadRef(src, step) {
    const inputs = field(src, step, 'with')?.value;
    for (const name of ['ref', 'repository']) {
        const value = field(src, inputs, name)?.value;
        const text = scalarString(value);
        if (value && text !== undefined && PR_HEAD.test(text))
            return spanOf(src, value);
    }
    return undefined;
}
/** Assignments and secret echoes found in one `run:` script, positioned in the workflow file. */
function readScript(src, run, scope, path, secrets) {
    const script = scalarString(run) ?? '';
    const offsets = valueOffsets(src, run);
    const spanAt = (start, end) => spanInValue(src, offsets, start, end);
    const entries = [];
    const echoes = [];
    const commands = shellCommands(script);
    commands.forEach((command, i) => {
        for (const word of assignmentWords(command.words)) {
            const entry = assignmentEntry(src, word, spanAt, offsets, (key) => place(scope, path, key, { run: true }));
            if (entry)
                entries.push(entry);
        }
        if (isEcho(command) && reachesLog(commands, i))
            echoes.push(...printedSecrets(command.words.slice(1), secrets, spanAt));
    });
    return { entries, echoes };
}
/** An entry for an assignment word of a `run:` script, placed in the workflow file. */
function assignmentEntry(src, word, spanAt, offsets, placeFor) {
    const assignment = shell_readAssignment(word);
    if (!assignment)
        return undefined;
    const { key, keyStart, keyEnd, value } = assignment;
    const entryPlace = { ...placeFor(key), keySpan: spanAt(keyStart, keyEnd) };
    if (!value)
        return buildEntry(src, entryPlace);
    return buildEntry(src, entryPlace, {
        value: value.text,
        raw: rawInValue(src, offsets, value.rawStart, value.rawEnd),
        span: spanAt(value.rawStart, value.rawEnd),
        literal: value.literal,
        computed: value.computed
    });
}
/** An `echo`/`printf` that prints its words (not a `::add-mask::` command, which hides them). */
function isEcho(command) {
    const name = command.words[0]?.text;
    if (name !== 'echo' && name !== 'printf')
        return false;
    const printed = command.words.slice(1).map((w) => shellUnquote(w.text)).join(' ');
    return !printed.includes('::add-mask::');
}
/**
 * Filters that write what they read to standard output, whole or transformed. A secret piped through
 * them still reaches the log, and a transformed copy (`| base64`, `| rev`, `| sed 's/./& /g'`) escapes
 * GitHub's masking. Any other command after a pipe is taken to consume the value without printing it
 * (`docker login --password-stdin`, `gh auth login --with-token`): a finding must show the leak.
 */
const PRINTING_FILTERS = new Set(['cat', 'tee', 'base64', 'base32', 'basenc', 'rev', 'tr', 'sed', 'fold', 'xxd', 'od', 'hexdump', 'iconv']);
/** Whether what command `i` prints reaches the job log: not redirected, and piped only through printing filters. */
function reachesLog(commands, i) {
    const command = commands[i];
    if (command.redirected)
        return false;
    if (!command.piped)
        return true;
    const next = commands[i + 1];
    return next !== undefined && PRINTING_FILTERS.has(programName(next)) && reachesLog(commands, i + 1);
}
/** The program a command runs, without its directory and a leading `sudo` (`echo "$K" | sudo tee /etc/k`). */
function programName(command) {
    const [first, second] = command.words.map((w) => w.text);
    const program = first === 'sudo' ? (second ?? '') : (first ?? '');
    return program.slice(program.lastIndexOf('/') + 1);
}
/** `${{ … secrets.X … }}` and `$VAR`/`${VAR}` holding a secret among printed words. */
function printedSecrets(words, secrets, spanAt) {
    return words.flatMap((word) => {
        const expressions = expressionsIn(word.text).flatMap((e) => secretRefsIn([e]).slice(0, 1).map((r) => ({ name: r.name, start: e.start, end: e.start + e.text.length })));
        const variables = shellVariables(word.text).flatMap((v) => {
            const secret = secrets.get(v.name);
            return secret ? [{ name: secret, start: v.start, end: v.end }] : [];
        });
        return [...expressions, ...variables]
            .sort((a, b) => a.start - b.start)
            .map((r) => ({ name: r.name, span: spanAt(word.start + r.start, word.start + r.end) }));
    });
}

;// CONCATENATED MODULE: ./src/sources/claude-settings.ts

/** Project settings of Claude Code; `settings.local.json` is meant to stay uncommitted, so a key there is a leak too. */
const SETTINGS_FILE = /(?:^|\/)\.claude\/settings(?:\.local)?\.json$/;
/**
 * `.claude/settings.json` and `.claude/settings.local.json`: the `env` object Claude Code exports to its
 * own process (`ANTHROPIC_BASE_URL`, `ANTHROPIC_API_KEY`, `ANTHROPIC_AUTH_TOKEN`, `ANTHROPIC_MODEL`, …) and
 * `apiKeyHelper`, a shell command whose output becomes the key (https://code.claude.com/docs/en/settings).
 */
const claudeSettingsParser = {
    kind: 'claude-settings',
    matches: (path) => SETTINGS_FILE.test(path),
    parse(file) {
        const doc = readJson(file.text);
        const env = envObjectEntries(file, 'claude-settings', doc, { path: ['env'], scope: file.path });
        const entries = [...env.entries];
        const diagnostics = [...doc.diagnostics, ...env.diagnostics];
        const helper = memberAt(doc.root, ['apiKeyHelper']);
        if (helper?.valueNode.type === 'string') {
            const where = { path: ['apiKeyHelper'], scope: file.path, meta: { command: true } };
            entries.push(stringEntry(file, 'claude-settings', doc, where, helper.nameNode, helper.valueNode));
        }
        else if (helper) {
            diagnostics.push(nodeDiagnostic(doc, helper.valueNode, `\`apiKeyHelper\` must be a string, not ${helper.valueNode.type}`));
        }
        return { entries, diagnostics };
    }
};

;// CONCATENATED MODULE: ./src/sources/continue.ts


/** Continue reads `.continue/config.yaml` (current) and `.continue/config.json` (older), same model keys. */
const CONTINUE_FILE = /(?:^|\/)\.continue\/config\.(?:ya?ml|json)$/;
/** The model settings the rules look at (https://docs.continue.dev/reference). */
const MODEL_FIELDS = ['name', 'provider', 'model', 'apiBase', 'apiKey'];
function modelEntries(src, model, scope, path) {
    return namedEntries(src, model, MODEL_FIELDS, (f) => ({ kind: 'continue', scope, path: [...path, f.key] }));
}
/** A list of models: one scope per model, named by its `name` (config.yaml), `title` (config.json) or else its index. */
function modelListEntries(src, list, section) {
    return items(src, list).flatMap((model, i) => {
        const label = stringAt(src, field(src, model, 'name')?.value) ?? stringAt(src, field(src, model, 'title')?.value) ?? String(i);
        return modelEntries(src, model, `${src.path}#${section}.${label}`, [section, i]);
    });
}
/** `tabAutocompleteModel` is one model or (config.json) a list of them; `embeddingsProvider` is one. */
function singleModelEntries(src, section) {
    const node = resolve(src, field(src, src.doc.contents, section)?.value);
    if ((0,dist/* isSeq */.oP)(node))
        return modelListEntries(src, node, section);
    return modelEntries(src, node, `${src.path}#${section}`, [section]);
}
/** Continue (IDE assistant) configs: API base, key and model of each configured model. */
const continueParser = {
    kind: 'continue',
    matches: (path) => CONTINUE_FILE.test(path),
    parse(file) {
        const src = parseYaml(file);
        return {
            entries: [
                ...modelListEntries(src, field(src, src.doc.contents, 'models')?.value, 'models'),
                ...singleModelEntries(src, 'tabAutocompleteModel'),
                ...singleModelEntries(src, 'embeddingsProvider')
            ],
            diagnostics: src.diagnostics
        };
    }
};

;// CONCATENATED MODULE: ./src/sources/librechat.ts


const LIBRECHAT_FILE = /(?:^|\/)librechat\.ya?ml$/;
const librechat_settingEntries = (src, node, names, scope, path) => namedEntries(src, node, names, (f) => ({ kind: 'librechat', scope, path: [...path, f.key] }));
/**
 * `models.default` gives one entry per model (key `models.default`, each with its own value span), so a
 * rule can point at the one model an account lacks; `models.fetch` gives one entry.
 */
function librechat_modelEntries(src, endpoint, scope, path) {
    const models = field(src, endpoint, 'models')?.value;
    const entryAt = (f, key, at, value) => {
        const place = { kind: 'librechat', scope, path: [...path, 'models', ...at], key, keySpan: spanOf(src, f.keyNode) };
        return buildEntry(src, place, scalarValue(src, value));
    };
    const listed = field(src, models, 'default');
    const fetch = field(src, models, 'fetch');
    // A lone `default: gpt-4o` is read as a list of one.
    const modelNodes = (f) => ((0,dist/* isScalar */.jn)(f.value) ? [f.value] : items(src, f.value));
    return [
        ...(listed ? modelNodes(listed).map((model, j) => entryAt(listed, 'models.default', ['default', j], model)) : []),
        ...(fetch ? [entryAt(fetch, 'models.fetch', ['fetch'], fetch.value)] : [])
    ];
}
/** `endpoints.custom[]`: one scope per endpoint, named by `name` or else its index. */
function customEntries(src, list) {
    return items(src, list).flatMap((endpoint, i) => {
        const name = stringAt(src, field(src, endpoint, 'name')?.value) ?? String(i);
        const scope = `${src.path}#endpoints.custom.${name}`;
        const path = ['endpoints', 'custom', i];
        return [
            ...librechat_settingEntries(src, endpoint, ['name', 'baseURL', 'apiKey', 'provider', 'directEndpoint'], scope, path),
            ...librechat_modelEntries(src, endpoint, scope, path)
        ];
    });
}
/** A built-in endpoint (`openAI`, `anthropic`, …) and, for Azure, each of its `groups`. */
function builtinEntries(src, name, endpoint) {
    const scope = `${src.path}#endpoints.${name}`;
    const groups = items(src, field(src, endpoint, 'groups')?.value).flatMap((group, i) => {
        const label = stringAt(src, field(src, group, 'group')?.value) ?? String(i);
        return librechat_settingEntries(src, group, ['baseURL', 'apiKey'], `${scope}.groups.${label}`, ['endpoints', name, 'groups', i]);
    });
    return [...librechat_settingEntries(src, endpoint, ['baseURL', 'apiKey'], scope, ['endpoints', name]), ...groups];
}
/**
 * LibreChat's `librechat.yaml` (https://www.librechat.ai/docs/configuration/librechat_yaml). `apiKey: '${MY_KEY}'`
 * classifies as a reference; `user_provided` stays a literal, which the rules treat as a placeholder.
 */
const librechatParser = {
    kind: 'librechat',
    matches: (path) => LIBRECHAT_FILE.test(path),
    parse(file) {
        const src = parseYaml(file);
        const entries = fields(src, field(src, src.doc.contents, 'endpoints')?.value).flatMap((endpoint) => endpoint.key === 'custom' ? customEntries(src, endpoint.value) : builtinEntries(src, endpoint.key, endpoint.value));
        return { entries, diagnostics: src.diagnostics };
    }
};

;// CONCATENATED MODULE: ./src/sources/codex.ts


/** Top-level settings that choose the model and where requests go. */
const TOP_LEVEL = new Set(['model', 'model_provider', 'openai_base_url']);
/**
 * Codex CLI config (`.codex/config.toml`; `~/.codex/config.toml` when a dotfiles repository holds it).
 * Top-level `model`, `model_provider`, `openai_base_url`, and one scope per `[model_providers.<id>]`
 * table with its `base_url`, `env_key`, `wire_api`, `experimental_bearer_token`, `query_params`,
 * `http_headers` and `env_http_headers` (openai/codex `codex-rs/core/src/model_provider_info.rs`), and the
 * `[shell_environment_policy.set]` variables as a scope of their own.
 */
const codexParser = {
    kind: 'codex',
    matches: (path) => path.endsWith('codex/config.toml'),
    parse(file) {
        const doc = readToml(file.text);
        const entries = [];
        const shell = (0,sources_entry/* scopeId */.IW)(file.path, 'shell_environment_policy.set');
        for (const pair of doc.pairs) {
            if (pair.type === 'array')
                continue;
            const [first, id] = pair.path;
            if (first === 'shell_environment_policy' && id === 'set' && pair.path.length === 3) {
                entries.push(pairEntry(file, 'codex', pair, shell));
            }
            else if (pair.path.length === 1 && TOP_LEVEL.has(String(first))) {
                entries.push(pairEntry(file, 'codex', pair, file.path));
            }
            else if (first === 'model_providers' && typeof id === 'string' && pair.path.length >= 3) {
                entries.push(pairEntry(file, 'codex', pair, (0,sources_entry/* scopeId */.IW)(file.path, `model_providers.${id}`), providerFacts(pair)));
            }
        }
        // Variables set for the shell commands Codex runs (developers.openai.com/codex/config-reference,
        // `shell_environment_policy.set`): the environment of whatever those commands start, not Codex's own.
        const fingerprints = entries.some((e) => e.scope === shell) ? [(0,sources_entry/* spawnedEnvironment */.kO)('the shell commands Codex runs', file.path, shell)] : [];
        return { entries, diagnostics: doc.diagnostics, fingerprints };
    }
};
/**
 * `env_key` and `env_http_headers` values name environment variables (they are not secrets themselves);
 * `http_headers` values are sent as they are, so a credential there is a leak.
 */
function providerFacts(pair) {
    const setting = pair.path[2];
    const inTable = pair.path.length === 4;
    if (setting === 'env_key' && pair.path.length === 3)
        return { envKeyName: true };
    if (setting === 'env_http_headers' && inTable)
        return { envKeyName: true, httpHeader: true };
    if (setting === 'http_headers' && inTable)
        return { httpHeader: true };
    if (setting === 'query_params' && inTable)
        return { queryParam: true };
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/codex-auth.ts

/** `.codex/auth.json`, or `codex/auth.json` in a dotfiles repository. */
const AUTH_FILE = /(?:^|\/)\.?codex\/auth\.json$/;
/**
 * Codex CLI's credential file, `$CODEX_HOME/auth.json`: `OPENAI_API_KEY` holds the key Codex uses (openai/codex
 * `codex-rs/login/src/auth/storage.rs` at be9c0b9741e727263eca60654879477ea789577a, struct `AuthDotJson`: the field
 * is renamed `OPENAI_API_KEY`). It belongs in
 * the home folder, never in a repository: any key in it is a leak.
 */
const codexAuthParser = {
    kind: 'codex-auth',
    matches: (path) => AUTH_FILE.test(path),
    parse(file) {
        const doc = readJson(file.text);
        const entries = [];
        const diagnostics = [...doc.diagnostics];
        const key = memberAt(doc.root, ['OPENAI_API_KEY']);
        if (key?.valueNode.type === 'string') {
            entries.push(stringEntry(file, 'codex-auth', doc, { path: ['OPENAI_API_KEY'], scope: file.path }, key.nameNode, key.valueNode));
        }
        else if (key && key.valueNode.type !== 'null') {
            diagnostics.push(nodeDiagnostic(doc, key.valueNode, `\`OPENAI_API_KEY\` must be a string or null, not ${key.valueNode.type}`));
        }
        return { entries, diagnostics };
    }
};

;// CONCATENATED MODULE: ./src/sources/kubernetes.ts



/** A Kubernetes object: `apiVersion:` and `kind:` at the top level of a YAML document. */
const API_VERSION = /^apiVersion[ \t]*:/m;
const KIND = /^kind[ \t]*:/m;
/** Helm chart templates (`templates/*.yaml`) are Go templates, not YAML until rendered: `{{ .Values.x }}`. */
const GO_TEMPLATE = /\{\{/;
/**
 * Where workload kinds keep their pod spec (https://kubernetes.io/docs/concepts/workloads/): a Pod has it
 * as `spec`, Deployments, StatefulSets, DaemonSets, ReplicaSets and Jobs under `spec.template.spec`, a
 * CronJob under `spec.jobTemplate.spec.template.spec`. The first of these routes that has containers wins.
 */
const POD_SPEC_ROUTES = [
    ['spec'],
    ['spec', 'template', 'spec'],
    ['spec', 'jobTemplate', 'spec', 'template', 'spec']
];
/** Container lists of a pod spec (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/). */
const CONTAINER_LISTS = ['initContainers', 'containers'];
/**
 * Kubernetes manifests, found by content (they have no fixed name), every document of a `---` stream:
 * container `env` items (`name`/`value`, or `valueFrom` a Secret or ConfigMap key), `envFrom` Secrets and
 * ConfigMaps, ConfigMap `data` and Secret `stringData` (plain text in the repository; Secret `data` is
 * base64 and left to the key scan). Each container is a scope, whose image is a `docker-image`
 * fingerprint of it. A Secret or ConfigMap key that exactly one container of the same file reads
 * (through `valueFrom` or `envFrom`) belongs to that container's scope, so its key pairs with the base
 * URL beside it; any other is a scope of its own object (`<file>#Secret/<name>`).
 */
const kubernetesParser = {
    kind: 'kubernetes',
    matches: () => false,
    sniff: (text) => API_VERSION.test(text) && KIND.test(text) && !GO_TEMPLATE.test(text),
    parse(file) {
        const docs = parseYamlStream(file);
        const read = docs.map(readObject);
        const containers = read.flatMap((r) => r.containers);
        const objects = new Map(read.flatMap((r) => (r.object ? [[r.object.id, r.object.entries]] : [])));
        return {
            entries: linkSameFile(containers, objects),
            diagnostics: docs.flatMap((d) => d.diagnostics),
            fingerprints: containers.flatMap((c) => c.fingerprints)
        };
    }
};
function readObject(src) {
    const root = src.doc.contents;
    const kind = stringAt(src, field(src, root, 'kind')?.value);
    if (kind === undefined)
        return { containers: [] };
    const name = stringAt(src, field(src, field(src, root, 'metadata')?.value, 'name')?.value) ?? '';
    const object = `${kind}/${name}`;
    if (kind === 'ConfigMap' || kind === 'Secret') {
        const block = kind === 'ConfigMap' ? 'data' : 'stringData';
        const scope = (0,sources_entry/* scopeId */.IW)(src.path, object);
        const entries = mapEntries(src, field(src, root, block)?.value, (f) => ({ kind: 'kubernetes', scope, path: [object, block, f.key] }));
        return { containers: [], object: { id: object, entries } };
    }
    const podSpec = POD_SPEC_ROUTES.map((route) => route.reduce((node, key) => field(src, node, key)?.value, root)).find((spec) => CONTAINER_LISTS.some((list) => field(src, spec, list) !== undefined));
    const containers = CONTAINER_LISTS.flatMap((list) => items(src, field(src, podSpec, list)?.value));
    return { containers: containers.map((container, i) => readContainer(src, object, container, i)) };
}
/** `envFrom` item fields and the kind of object each names. */
const ENV_FROM = { secretRef: 'Secret', configMapRef: 'ConfigMap' };
/** `valueFrom` fields that name a key of an object. */
const VALUE_FROM = { secretKeyRef: 'Secret', configMapKeyRef: 'ConfigMap' };
function readContainer(src, object, container, index) {
    const name = stringAt(src, field(src, container, 'name')?.value) ?? String(index);
    const scope = (0,sources_entry/* scopeId */.IW)(src.path, `${object}/${name}`);
    const image = dockerImageFingerprint(stringAt(src, field(src, container, 'image')?.value), src.path, scope);
    const envFrom = items(src, field(src, container, 'envFrom')?.value).flatMap((item) => {
        const source = fields(src, item).find((f) => ENV_FROM[f.key] !== undefined);
        const ref = source && stringAt(src, field(src, source.value, 'name')?.value);
        if (!source || ref === undefined)
            return [];
        return [{ object: `${ENV_FROM[source.key]}/${ref}`, prefix: stringAt(src, field(src, item, 'prefix')?.value) ?? '' }];
    });
    return {
        scope,
        path: [object, name],
        env: envListEntries(src, field(src, container, 'env')?.value, 'kubernetes', scope, [object, name, 'env']),
        envFrom,
        fingerprints: image ? [image] : []
    };
}
/** The object key a `valueFrom` entry reads (`Secret/llm-keys` + `api-key`), from its meta. */
function valueSource(entry) {
    const kind = VALUE_FROM[String(entry.meta?.valueFrom)];
    const from = entry.meta?.from;
    if (kind === undefined || typeof from !== 'string' || !from.includes('/'))
        return undefined;
    const [name, key] = from.split('/');
    return { object: `${kind}/${name}`, key };
}
/**
 * Container entries with the same-file object keys each reads, and the object entries no single container
 * of the file reads. In a container, `envFrom` entries come first: its own `env` wins over them.
 */
function linkSameFile(containers, objects) {
    const readers = new Map();
    const read = (object, key, scope) => {
        const id = `${object}\0${key}`;
        readers.set(id, (readers.get(id) ?? new Set()).add(scope));
    };
    for (const c of containers) {
        for (const entry of c.env) {
            const source = valueSource(entry);
            if (source)
                read(source.object, source.key, c.scope);
        }
        for (const from of c.envFrom)
            for (const entry of objects.get(from.object) ?? [])
                read(from.object, entry.key, c.scope);
    }
    const soleReader = (object, key) => readers.get(`${object}\0${key}`)?.size === 1;
    const objectEntry = (object, key) => (soleReader(object, key) ? objects.get(object)?.find((e) => e.key === key) : undefined);
    const fromContainers = containers.flatMap((c) => [
        ...c.envFrom.flatMap(({ object, prefix }) => (objects.get(object) ?? [])
            .filter((e) => soleReader(object, e.key))
            .map((e) => ({ ...e, scope: c.scope, key: prefix + e.key, path: [...c.path, 'envFrom', object, e.key] }))),
        ...c.env.map((entry) => {
            const source = valueSource(entry);
            const value = source && objectEntry(source.object, source.key);
            return value ? { ...entry, ...valueParts(value) } : entry;
        })
    ]);
    const unread = [...objects].flatMap(([object, entries]) => entries.filter((e) => !soleReader(object, e.key)));
    return [...fromContainers, ...unread];
}
/** What an entry says about its value, without its key and place. */
function valueParts(entry) {
    const { value, valueSpan, raw, form, ref, resolved } = entry;
    return Object.fromEntries(Object.entries({ value, valueSpan, raw, form, ref, resolved }).filter(([, v]) => v !== undefined));
}
/**
 * Entries of a Kubernetes-style env list (`- name: X` with `value:` or `valueFrom:`), which Helm values
 * use too. A `valueFrom` item has no value in the file; its source is kept as meta
 * (`{ valueFrom: 'secretKeyRef', from: 'llm/api-key' }`).
 */
function envListEntries(src, node, kind, scope, path) {
    return items(src, node).flatMap((item) => {
        const keyNode = field(src, item, 'name')?.value;
        const key = stringAt(src, keyNode);
        if (key === undefined || !keyNode)
            return [];
        const meta = valueFromMeta(src, field(src, item, 'valueFrom')?.value);
        const place = { kind, scope, path: [...path, key], key, keySpan: spanOf(src, keyNode), ...(meta && { meta }) };
        return [buildEntry(src, place, scalarValue(src, field(src, item, 'value')?.value))];
    });
}
function valueFromMeta(src, valueFrom) {
    const [source] = fields(src, valueFrom);
    if (!source)
        return undefined;
    const ref = stringAt(src, field(src, source.value, 'name')?.value);
    const key = stringAt(src, field(src, source.value, 'key')?.value);
    return { valueFrom: source.key, ...(ref !== undefined && { from: key === undefined ? ref : `${ref}/${key}` }) };
}

;// CONCATENATED MODULE: ./src/sources/helm.ts





/** `values.yaml`, `values-prod.yaml`, `values.staging.yml`: a chart's values and their per-environment overrides. */
const VALUES_NAME = /^values(?:[.-][\w.-]+)?\.ya?ml$/;
/**
 * Where charts take environment variables from their values: `env` (a map, or a Kubernetes-style list of
 * `name`/`value` items), `extraEnv` and `extraEnvVars` (Bitnami charts' list). Conventions, not a schema:
 * the chart's templates decide, so every map of the values is searched for them.
 */
const ENV_BLOCKS = ['env', 'extraEnv', 'extraEnvVars'];
/**
 * Helm values files. Each map holding an env block is a scope (`values.yaml#ui`, or the file itself at the
 * top level), and the image next to it (`image.repository`, with `image.registry` when given, or `image`
 * as one string) is a `docker-image` fingerprint of that scope.
 */
const helmParser = {
    kind: 'helm',
    matches: (path) => VALUES_NAME.test((0,sources_entry/* baseName */.Fl)(path)),
    parse(file) {
        const src = parseYaml(file);
        const found = { entries: [], fingerprints: [] };
        walk(src, src.doc.contents, [], new Set(), found);
        return { entries: found.entries, diagnostics: src.diagnostics, fingerprints: found.fingerprints };
    }
};
function walk(src, node, path, seen, found) {
    const map = resolve(src, node);
    if (!(0,dist/* isMap */.jh)(map) || seen.has(map))
        return;
    seen.add(map);
    const scope = path.length === 0 ? src.path : (0,sources_entry/* scopeId */.IW)(src.path, path.join('.'));
    const before = found.entries.length;
    for (const block of ENV_BLOCKS) {
        const env = resolve(src, field(src, map, block)?.value);
        const route = [...path, block];
        if ((0,dist/* isSeq */.oP)(env))
            found.entries.push(...envListEntries(src, env, 'helm', scope, route));
        else if ((0,dist/* isMap */.jh)(env))
            found.entries.push(...mapEntries(src, env, (f) => ({ kind: 'helm', scope, path: [...route, f.key] })));
    }
    if (found.entries.length > before) {
        const image = dockerImageFingerprint(imageOf(src, field(src, map, 'image')?.value), src.path, scope);
        if (image)
            found.fingerprints.push(image);
    }
    for (const f of fields(src, map)) {
        if (!ENV_BLOCKS.includes(f.key))
            walk(src, f.value, [...path, f.key], seen, found);
    }
}
/** `image: repo:tag`, or `image: { registry, repository, tag }` as most charts write it. */
function imageOf(src, node) {
    if ((0,dist/* isScalar */.jn)(node))
        return stringAt(src, node);
    const repository = stringAt(src, field(src, node, 'repository')?.value);
    if (repository === undefined)
        return undefined;
    const registry = stringAt(src, field(src, node, 'registry')?.value);
    return registry ? `${registry}/${repository}` : repository;
}

;// CONCATENATED MODULE: ./src/sources/gitlab-ci.ts


/** `.gitlab-ci.yml`, and the files it includes from `.gitlab/ci/`. */
const GITLAB_CI_FILE = /(?:^|\/)\.gitlab-ci\.ya?ml$|(?:^|\/)\.gitlab\/ci\/[^/]+\.ya?ml$/;
/**
 * Top-level keys that are not jobs (https://docs.gitlab.com/ci/yaml/#global-keywords); every other top-level
 * map is a job, hidden ones (`.template`) included: jobs extend them.
 */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec', 'image', 'services', 'cache', 'before_script', 'after_script']);
/**
 * GitLab CI: the global `variables:` (the file's scope, which every job receives) and each job's own
 * (`<file>#jobs.<name>`). A variable is `NAME: value` or `NAME: { value, description, expand, options }`;
 * `expand: false` keeps `$` as text (https://docs.gitlab.com/ci/yaml/#variablesexpand, GitLab 15.7:
 * gitlab-org/gitlab!102536).
 */
const gitlabCiParser = {
    kind: 'gitlab-ci',
    matches: (path) => GITLAB_CI_FILE.test(path),
    parse(file) {
        const src = parseYaml(file);
        const top = fields(src, src.doc.contents);
        const global = variableEntries(src, field(src, src.doc.contents, 'variables'), src.path, ['variables']);
        const jobs = top
            .filter((f) => !GLOBAL_KEYWORDS.has(f.key))
            .flatMap((job) => variableEntries(src, field(src, job.value, 'variables'), (0,sources_entry/* scopeId */.IW)(src.path, `jobs.${job.key}`), [job.key, 'variables']));
        return { entries: [...global, ...jobs], diagnostics: src.diagnostics };
    }
};
function variableEntries(src, variables, scope, path) {
    return fields(src, variables?.value).map((f) => {
        const detailed = field(src, f.value, 'value');
        const at = scalarValue(src, detailed ? detailed.value : f.value);
        const literal = stringAt(src, field(src, f.value, 'expand')?.value) === 'false';
        const place = { kind: 'gitlab-ci', scope, path: [...path, f.key], key: f.key, keySpan: spanOf(src, f.keyNode) };
        return buildEntry(src, place, at && { ...at, literal });
    });
}

;// CONCATENATED MODULE: ./src/sources/wrangler.ts


/**
 * Cloudflare Workers `wrangler.toml`: `[vars]` for the top-level environment and `[env.<name>.vars]` for
 * each named one. `vars` is not inherited (https://developers.cloudflare.com/workers/wrangler/configuration/#non-inheritable-keys),
 * so each environment is a scope of its own. A var may also be a JSON object (a `[vars.CONFIG]` table):
 * that is a setting of its own shape, not a string, and gives no entry.
 */
const wranglerParser = {
    kind: 'wrangler',
    matches: (path) => (0,sources_entry/* baseName */.Fl)(path) === 'wrangler.toml',
    parse(file) {
        const doc = readToml(file.text);
        const entries = [];
        for (const pair of doc.pairs) {
            if (pair.type === 'array')
                continue;
            const [first, env, third] = pair.path;
            if (first === 'vars' && pair.path.length === 2)
                entries.push(pairEntry(file, 'wrangler', pair, file.path));
            else if (first === 'env' && typeof env === 'string' && third === 'vars' && pair.path.length === 4) {
                entries.push(pairEntry(file, 'wrangler', pair, (0,sources_entry/* scopeId */.IW)(file.path, `env.${env}`)));
            }
        }
        return { entries, diagnostics: doc.diagnostics };
    }
};

;// CONCATENATED MODULE: ./src/sources/app-engine.ts

/** Every App Engine service file has a top-level `runtime:`; only those with variables are worth reading. */
const RUNTIME = /^runtime[ \t]*:/m;
const VARIABLES = /^(?:build_)?env_variables[ \t]*:/m;
/**
 * Google App Engine service files (`app.yaml`, or any name given to `gcloud app deploy`): `env_variables`
 * (runtime) and `build_env_variables` (build time), maps of names to strings
 * (https://cloud.google.com/appengine/docs/standard/reference/app-yaml#environment_variables). Found by
 * content, so a Kubernetes manifest that happens to be called `app.yaml` is still read as one.
 */
const appEngineParser = {
    kind: 'app-engine',
    matches: () => false,
    sniff: (text) => RUNTIME.test(text) && VARIABLES.test(text),
    parse(file) {
        const src = parseYaml(file);
        const root = src.doc.contents;
        const entries = ['env_variables', 'build_env_variables'].flatMap((block) => mapEntries(src, field(src, root, block)?.value, (f) => ({
            kind: 'app-engine',
            scope: src.path,
            path: [block, f.key],
            ...(block === 'build_env_variables' && { meta: { buildArg: true } })
        })));
        return { entries, diagnostics: src.diagnostics };
    }
};

;// CONCATENATED MODULE: ./src/sources/systemd.ts


/**
 * systemd service units (`*.service`): `Environment=` lines of the `[Service]` section, as systemd.exec(5)
 * reads them (https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=):
 * a space-separated list of assignments, a whole assignment quoted when its value has spaces
 * (`Environment="VAR1=word1 word2" VAR2=word3`), repeated lines adding up. `$` has no special meaning there
 * ("Variable expansion is not performed inside the strings, and $ has no special meaning"), so every
 * value is a literal; `%%` is a specifier for `%`. A line ending in a backslash continues on the
 * next (systemd.syntax(7)).
 */
const systemdParser = {
    kind: 'systemd',
    matches: (path) => path.endsWith('.service'),
    parse: parseUnit
};
function parseUnit(file) {
    const index = new core_text/* LineIndex */.r(file.text);
    const entries = [];
    const diagnostics = [];
    let section = '';
    for (const line of logicalLines(file.text)) {
        const trimmed = line.text.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[([^\]]+)\]$/.exec(trimmed);
        if (header) {
            section = header[1];
            continue;
        }
        const setting = /^\s*Environment\s*=\s*/.exec(line.text);
        if (section !== 'Service' || !setting)
            continue;
        for (const word of systemd_splitWords(line.text, setting[0].length)) {
            const at = (start, end) => systemd_fileRange(line, start, end);
            if (word.unterminated) {
                diagnostics.push((0,sources_entry/* diagnosticAt */.R5)(index, 'Environment=: unterminated quote', ...at(word.start, word.end)));
                continue;
            }
            const eq = word.value.indexOf('=');
            const key = eq === -1 ? word.value : word.value.slice(0, eq);
            if (eq <= 0 || !/^[A-Za-z_]\w*$/.test(key)) {
                diagnostics.push((0,sources_entry/* diagnosticAt */.R5)(index, `Environment=: "${word.value}" is not NAME=value`, ...at(word.start, word.end)));
                continue;
            }
            // A quoted word keeps its quote outside the key and the value.
            const keyStart = word.start + (word.quoted ? 1 : 0);
            const valueStart = keyStart + key.length + 1;
            const valueEnd = word.end - (word.quoted ? 1 : 0);
            const [from, to] = at(valueStart, valueEnd);
            entries.push((0,sources_entry/* makeEntry */.lq)({
                file: file.path,
                kind: 'systemd',
                scope: file.path,
                path: ['Service', 'Environment', key],
                key,
                keySpan: index.span(...at(keyStart, keyStart + key.length)),
                value: word.value.slice(eq + 1).replace(/%%/g, '%'),
                valueSpan: index.span(from, to),
                raw: file.text.slice(from, to),
                literal: true
            }));
        }
    }
    return { entries, diagnostics };
}
/** Lines with backslash continuations joined (the backslash becomes a space, as systemd does). */
function logicalLines(text) {
    const lines = [];
    let current = { text: '', offsets: [] };
    const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g;
    pattern.lastIndex = (0,sources_entry/* afterBom */.h0)(text);
    let match;
    while ((match = pattern.exec(text)) !== null) {
        const [, content = '', ending] = match;
        const continued = content.endsWith('\\');
        const kept = continued ? content.slice(0, -1) + ' ' : content;
        for (let i = 0; i < kept.length; i++)
            current.offsets.push(match.index + i);
        current.text += kept;
        if (!continued || ending === '') {
            lines.push(current);
            current = { text: '', offsets: [] };
        }
        if (ending === '')
            break;
    }
    return lines;
}
/** File offsets of logical characters `start`..`end`. */
function systemd_fileRange(line, start, end) {
    const from = line.offsets[start] ?? (line.offsets.at(-1) ?? -1) + 1;
    return [from, end > start ? line.offsets[end - 1] + 1 : from];
}
const ESCAPES = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", ' ': ' ' };
/** Words separated by blanks; quotes group, and in quotes a backslash escapes (systemd.syntax(7), "Quoting"). */
function systemd_splitWords(text, from) {
    const words = [];
    let i = from;
    while (i < text.length) {
        while (text[i] === ' ' || text[i] === '\t')
            i++;
        if (i >= text.length)
            break;
        const start = i;
        let value = '';
        let quote = '';
        let unterminated = false;
        for (; i < text.length; i++) {
            const c = text[i];
            if (!quote && (c === ' ' || c === '\t'))
                break;
            if (c === '\\' && i + 1 < text.length)
                value += ESCAPES[text[++i]] ?? `\\${text[i]}`;
            else if (quote && c === quote)
                quote = '';
            else if (!quote && (c === '"' || c === "'"))
                quote = c;
            else
                value += c;
        }
        if (quote)
            unterminated = true;
        const first = text[start];
        const quoted = (first === '"' || first === "'") && text[i - 1] === first && i - start >= 2;
        words.push({ start, end: i, value, quoted, ...(unterminated && { unterminated }) });
    }
    return words;
}

;// CONCATENATED MODULE: ./src/sources/shell-script.ts




/** `deploy.sh`, `run.bash`, in any folder. */
const SHELL_SCRIPT = /\.(?:sh|bash)$/;
/**
 * Shell scripts: the settings a script hands to a program, read with the same lexer as workflow `run:`
 * scripts: `export NAME=value`, `NAME=value` before a command or alone, and `docker run -e NAME=value` /
 * `--env NAME=value`. A value built from earlier assignments of the script is resolved when they are all
 * known (`BASE=https://api.example.com; export OPENAI_BASE_URL=$BASE/v1`). The image a `docker run` starts
 * is a `docker-image` fingerprint of the script's scope.
 */
const shellParser = {
    kind: 'shell',
    matches: (path) => SHELL_SCRIPT.test(path),
    parse(file) {
        const index = new core_text/* LineIndex */.r(file.text);
        const vars = new Map();
        const entries = [];
        const fingerprints = [];
        for (const command of shellCommands(file.text)) {
            const image = dockerImageFingerprint(dockerRunImage(command.words), file.path, file.path);
            if (image)
                fingerprints.push(image);
            for (const word of assignmentWords(command.words)) {
                const assignment = shell_readAssignment(word);
                if (!assignment)
                    continue;
                const { key, keyStart, keyEnd, value } = assignment;
                const written = value && {
                    value: value.text,
                    valueSpan: index.span(value.rawStart, value.rawEnd),
                    raw: file.text.slice(value.rawStart, value.rawEnd),
                    literal: value.literal
                };
                const base = { file: file.path, kind: 'shell', scope: file.path, path: [key], key, keySpan: index.span(keyStart, keyEnd), ...written };
                const entry = (0,sources_entry/* makeEntry */.lq)(base, vars);
                const shown = value?.computed && entry.form === 'literal' ? { ...entry, form: 'template' } : entry;
                entries.push(shown);
                const known = value?.computed ? undefined : (0,sources_entry/* effectiveValue */.FB)(shown);
                if (known === undefined)
                    vars.delete(key);
                else
                    vars.set(key, known);
            }
        }
        return { entries, diagnostics: [], fingerprints };
    }
};

;// CONCATENATED MODULE: ./src/sources/mcp.ts


/**
 * MCP server configs and the member that lists their servers:
 * - `.mcp.json` (Claude Code project servers, https://code.claude.com/docs/en/mcp) and `.cursor/mcp.json`
 *   (https://cursor.com/docs/context/mcp): `mcpServers`;
 * - `.vscode/mcp.json` (https://code.visualstudio.com/docs/copilot/reference/mcp-configuration): `servers`,
 *   JSON with comments like every VS Code settings file.
 */
function serversMember(path) {
    if ((0,sources_entry/* baseName */.Fl)(path) === '.mcp.json' || path === '.cursor/mcp.json' || path.endsWith('/.cursor/mcp.json'))
        return { member: 'mcpServers', jsonc: false };
    if (path === '.vscode/mcp.json' || path.endsWith('/.vscode/mcp.json'))
        return { member: 'servers', jsonc: true };
    return undefined;
}
/** `${input:api-key}` (a prompt VS Code shows) and `${env:NAME}`: filled in when the server starts. */
const EDITOR_VARIABLE = /^\$\{(input|env):([^}]+)\}$/;
/**
 * MCP server configs: each server's `env` (the variables of a local server's process) and `headers` (sent to
 * a remote server: where its API key goes) are a scope, `<file>#mcpServers.<name>`.
 */
const mcpParser = {
    kind: 'mcp',
    matches: (path) => serversMember(path) !== undefined,
    parse(file) {
        const { member, jsonc } = serversMember(file.path) ?? { member: 'mcpServers', jsonc: false };
        const doc = readJson(file.text, { jsonc });
        const entries = [];
        const fingerprints = [];
        const diagnostics = [...doc.diagnostics];
        const servers = memberAt(doc.root, [member])?.valueNode;
        if (servers !== undefined && servers.type !== 'object')
            diagnostics.push(nodeDiagnostic(doc, servers, `\`${member}\` must be an object`));
        for (const { name } of servers?.type === 'object' ? propertiesOf(servers) : []) {
            const scope = `${file.path}#${member}.${name}`;
            // The server is its own program: its environment is not the app's (src/clients/detect.ts).
            fingerprints.push((0,sources_entry/* spawnedEnvironment */.kO)(`the MCP server ${name}`, file.path, scope));
            for (const block of ['env', 'headers']) {
                const where = { path: [member, name, block], scope, ...(block === 'headers' && { meta: { httpHeader: true } }) };
                const found = envObjectEntries(file, 'mcp', doc, where);
                entries.push(...found.entries.map(asEditorVariable));
                diagnostics.push(...found.diagnostics);
            }
        }
        return { entries, diagnostics, fingerprints };
    }
};
function asEditorVariable(entry) {
    const match = entry.value === undefined ? null : EDITOR_VARIABLE.exec(entry.value);
    return match ? { ...entry, form: 'reference', ref: { context: match[1], name: match[2] } } : entry;
}

;// CONCATENATED MODULE: ./src/sources/index.ts






















/** Most specific first: the first parser whose `matches` accepts a path reads it. */
const parsers = [
    workflowParser,
    claudeSettingsParser,
    continueParser,
    librechatParser,
    codexParser,
    codexAuthParser,
    mcpParser,
    gitlabCiParser,
    helmParser,
    composeParser,
    dockerfileParser,
    vercelParser,
    netlifyParser,
    renderParser,
    flyParser,
    appJsonParser,
    wranglerParser,
    systemdParser,
    shellParser,
    dotenvParser,
    // Claim no name; found by content.
    kubernetesParser,
    appEngineParser
];
const YAML_FILE = /\.ya?ml$/i;
/**
 * The parser for a file, or undefined for files that are only scanned for keys. The name decides first (a
 * lookup, no reading); only a YAML file no name claims has its text sniffed, and is still parsed once.
 */
function chooseParser(path, text) {
    const named = parsers.find((p) => p.matches(path));
    if (named)
        return { parser: named, matchedBy: 'name' };
    if (!YAML_FILE.test(path))
        return undefined;
    const sniffed = parsers.find((p) => p.sniff?.(text));
    return sniffed && { parser: sniffed, matchedBy: 'content' };
}
/** Whether a parser may read a file, judged by its path alone: a parser claims the name, or it is YAML to sniff. */
const mayParse = (path) => YAML_FILE.test(path) || parsers.some((p) => p.matches(path));

// EXTERNAL MODULE: ./src/rules/llm-key.ts
var llm_key = __webpack_require__(9890);
;// CONCATENATED MODULE: ./src/engine/key-context.ts

/** How far around a token to look for an LLM host or SDK call. */
const WINDOW_LINES = 3;
/** How far back on its line to read the name before a token, and how far a window reaches either side. */
const MAX_PREFIX = 80;
const MAX_WINDOW = 1200;
/** How much text is searched for LLM sites at a time, and how far past it a site may end (a host, `OpenAI (`). */
const SEARCH_PIECE = 8192;
const SEARCH_OVERLAP = 256;
/**
 * The word before a token, read backwards: `NAME=`, `name: "`, `"name": "`, `--name `, `${NAME:-`,
 * `name => '`, `os.environ["NAME"] = "`, `Bearer `. Group 2 holds what separates them; an operator or a quote there means the
 * token is assigned to that name. Escaped quotes count, as in notebook JSON (`api_key = \\"`).
 */
const NAME_BEFORE = /(?:^|[^A-Za-z0-9_.-])-{0,2}([A-Za-z_][A-Za-z0-9_.-]*)(\\?["'`]?\]?\s*(?:[:=]=?|=>|:-|\?=)?\s*\\?["'`]?\s*)$/;
/** Earlier items of a list (`KEYS=k1,k2,`): the name before the list names every item. */
const LIST_ITEMS = /(?:[A-Za-z0-9_-]+\s*,\s*)+$/;
/** SDK constructors and module calls of LLM clients (`OpenAI(`, `new Anthropic(`, `openai.chat…`, `litellm.completion`). */
const SDK_CALL = /\b(?:Async)?(?:OpenAI|AzureOpenAI|Anthropic|ChatOpenAI|ChatAnthropic|ChatDeepSeek|ZhipuAI|Groq|Mistral|Cerebras|Together|OpenRouter)\s*\(|\bcreate(?:OpenAI|Anthropic|OpenAICompatible|DeepSeek)\s*\(|\b(?:openai|anthropic|litellm|dashscope|zhipuai)\.[A-Za-z_]/g;
const URL_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]+(?::\d+)?)/g;
/** The text before a token ends inside a URL, past its host: `https://host/a/b/`. */
const IN_URL_PATH = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>()]*\/$/i;
/**
 * A judge for the candidates of one text. The LLM hosts and SDK calls are looked for only around the
 * candidates that need them, as the candidates come (in order), so a file without any is never searched
 * for them, and a file full of candidates is still read a bounded number of times.
 */
function keyContextFor(text, catalog) {
    const hosts = siteFinder(text, URL_HOST, (m) => {
        const found = catalog.byHost(m[1]);
        return found?.role === 'api' && !found.provider.local ? { offset: m.index, provider: found.provider } : undefined;
    });
    const calls = siteFinder(text, SDK_CALL, (m) => ({ offset: m.index }));
    const sitesNear = (match) => {
        const from = linesBack(text, match.start, WINDOW_LINES, MAX_WINDOW);
        const to = linesForward(text, match.end, WINDOW_LINES, MAX_WINDOW);
        return [...hosts(from, to), ...calls(from, to)].sort((a, b) => a.offset - b.offset);
    };
    return (match) => llmContextOf(text, match, catalog, sitesNear);
}
/**
 * The sites of one kind between `from` and `to`, for windows that move forward through the text (as
 * candidates do). The text is searched in pieces of at least `SEARCH_PIECE` characters from where the
 * last piece ended, or from the window's start when it begins further on, so each part of the text is
 * searched about once and a file with one candidate is searched only around it. A piece is read with
 * `SEARCH_OVERLAP` characters either side, for a site that starts in it and ends past it.
 */
function siteFinder(text, pattern, siteOf) {
    const regex = new RegExp(pattern.source, 'g');
    const sites = [];
    let searched = 0;
    return (from, to) => {
        searched = Math.max(searched, from);
        if (searched < to) {
            const end = Math.min(text.length, Math.max(to, searched + SEARCH_PIECE));
            // One character before the piece, for `\b`; a site starting there belongs to the text before.
            const base = Math.max(0, searched - 1);
            for (const m of text.slice(base, end + SEARCH_OVERLAP).matchAll(regex)) {
                const offset = base + m.index;
                if (offset < searched)
                    continue;
                if (offset >= end)
                    break;
                const site = siteOf(Object.assign(m, { index: offset }));
                if (site)
                    sites.push(site);
            }
            searched = end;
        }
        const near = [];
        for (let i = firstAtOrAfter(sites, from); i < sites.length && sites[i].offset < to; i++)
            near.push(sites[i]);
        return near;
    };
}
/**
 * The provider a shared-shape token belongs to, when its context says it is an LLM credential; undefined
 * otherwise. The provider is the one its name or a nearby host points at when that provider issues the
 * shape, else the shape's generic owner (one-api for `sk-` + 48).
 */
function llmContextOf(text, match, catalog, sitesNear) {
    const prefix = text.slice(linesBack(text, match.start, 0, MAX_PREFIX), match.start);
    // A segment of a URL's path (`…/v1/<account id>/<gateway>/…`, `/users/<uuid>`) is an id, not a credential.
    if (IN_URL_PATH.test(prefix))
        return undefined;
    const before = NAME_BEFORE.exec(prefix.endsWith(',') ? prefix.replace(LIST_ITEMS, '') : prefix);
    const word = before?.[1];
    const says = word === undefined ? undefined : (0,llm_key/* credentialNameSays */.rA)(word, catalog);
    // Assigned to a name that is no credential (`request_id=…`, `"id": "…"`): not a key.
    if (says === undefined && before !== null && /[:=>"'`]/.test(before[2]))
        return undefined;
    const issues = (p) => p !== undefined && p.keyFormats.some((f) => f.id === match.format.id);
    const hostProvider = () => sitesNear(match).find((site) => issues(site.provider))?.provider;
    const openAiStyle = match.token.startsWith('sk-');
    if (says === 'llm' || (openAiStyle && (says === 'generic' || says === 'unknown'))) {
        const named = says === 'llm' ? catalog.providers.find((p) => issues(p) && nameNames(word, p)) : undefined;
        return named ?? hostProvider() ?? match.provider;
    }
    if (says === 'other' || says === 'unknown')
        return undefined;
    // A generic name (`api_key=`, `Bearer`) or none at all: an LLM host or SDK call nearby decides.
    return hostProvider() ?? (sitesNear(match).length > 0 ? match.provider : undefined);
}
/** The name's words include the provider's id or a word of its name (`DEEPSEEK_API_KEY` → DeepSeek). */
function nameNames(name, provider) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/);
    return words.includes(provider.id) || provider.name.toLowerCase().split(/[^a-z0-9]+/).some((w) => w.length > 3 && words.includes(w));
}
/** The index of the first site at or after `offset` (binary search). */
function firstAtOrAfter(sites, offset) {
    let lo = 0;
    let hi = sites.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sites[mid].offset < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Where the line `lines` lines above the one holding `offset` starts, looking back at most `limit`
 * characters: bounded, so a minified file of one long line full of candidates stays linear.
 */
function linesBack(text, offset, lines, limit) {
    const stop = Math.max(0, offset - limit);
    let seen = 0;
    for (let i = offset - 1; i >= stop; i--)
        if (text.charCodeAt(i) === 10 && seen++ === lines)
            return i + 1;
    return stop;
}
/** Where the line `lines` lines below the one holding `offset` ends, looking ahead at most `limit` characters. */
function linesForward(text, offset, lines, limit) {
    const stop = Math.min(text.length, offset + limit);
    let seen = 0;
    for (let i = offset; i < stop; i++)
        if (text.charCodeAt(i) === 10 && seen++ === lines)
            return i;
    return stop;
}

;// CONCATENATED MODULE: ./src/engine/analyze.ts





const BOM = '\uFEFF';
/**
 * Reads one file once and keeps only what the rules need: entries, diagnostics, key hits, ignore
 * directives and client fingerprints, and the lines settings sit on (a fix's corrected line). The rest
 * of the text is not kept, so memory does not grow with the repository.
 */
function analyze_analyzeFile(file, catalog) {
    const text = file.text.startsWith(BOM) ? file.text.slice(1) : file.text;
    const source = { path: file.path, text };
    const choice = chooseParser(file.path, text);
    const parsed = choice ? parseSafely(choice.parser, source) : { entries: [], diagnostics: [] };
    return {
        path: file.path,
        kind: choice?.parser.kind ?? 'text',
        ...(choice && { matchedBy: choice.matchedBy }),
        entries: parsed.entries,
        diagnostics: parsed.diagnostics,
        keyHits: findKeyHits(source, catalog),
        ignores: findIgnoreDirectives(text),
        ...(parsed.workflow ? { workflow: parsed.workflow } : {}),
        ...(parsed.envFiles ? { envFiles: parsed.envFiles } : {}),
        fingerprints: [...extractFingerprints(source), ...(parsed.fingerprints ?? [])],
        ...(parsed.entries.length > 0 && { lines: settingLines(text, parsed.entries) })
    };
}
/** The lines an edit can land on: an active setting's name, and its value when written on one line. */
function settingLines(text, entries) {
    const index = new core_text/* LineIndex */.r(text);
    const lines = new Map();
    const keep = (line) => {
        if (!lines.has(line))
            lines.set(line, index.lineText(line));
    };
    for (const entry of entries) {
        if (entry.commented)
            continue;
        keep(entry.keySpan.start.line);
        if (entry.valueSpan && entry.valueSpan.start.line === entry.valueSpan.end.line)
            keep(entry.valueSpan.start.line);
    }
    return lines;
}
/** A parser bug must not lose the rest of the scan: it becomes a diagnostic on the file. */
function parseSafely(parser, file) {
    try {
        return parser.parse(file);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            entries: [],
            diagnostics: [{ message: `the ${parser.kind} parser failed on this file: ${reason}`, span: (0,core_text/* lineSpan */.Z)(1) }]
        };
    }
}
/**
 * Keys in the text: every token of a format found anywhere, and tokens of shared shapes whose context
 * says they are LLM credentials, with the provider that context names.
 */
function findKeyHits(file, catalog) {
    const inContext = catalog.scanForContext(file.text, keyContextFor(file.text, catalog));
    const found = catalog.scanText(file.text);
    const matches = inContext.length === 0 ? found : [...found, ...inContext].sort((a, b) => a.start - b.start);
    if (matches.length === 0)
        return [];
    const lines = new core_text/* LineIndex */.r(file.text);
    return matches.map((m) => {
        const span = lines.span(m.start, m.end);
        return {
            file: file.path,
            span,
            token: m.token,
            provider: m.provider.id,
            format: m.format.id,
            line: lines.lineText(span.start.line)
        };
    });
}
/**
 * Facts with nothing for any rule: most files of a repository; the scan need not keep them. A configuration
 * file is kept even when it holds nothing, so reports can list it among the files read.
 */
function isEmptyFacts(facts) {
    return (facts.kind === 'text' &&
        facts.entries.length === 0 &&
        facts.diagnostics.length === 0 &&
        facts.keyHits.length === 0 &&
        facts.fingerprints.length === 0 &&
        facts.workflow === undefined &&
        (facts.envFiles?.length ?? 0) === 0);
}

;// CONCATENATED MODULE: ./src/engine/history.ts
/**
 * Key hits in lines that commits added, as facts the `leaked-key` rule reads like any file's. Each hit
 * carries its commit; the rule reports only keys that are no longer in the tree (the others it reports
 * where they stand now).
 */
function historyFacts(lines, catalog) {
    const byFile = new Map();
    for (const added of lines) {
        for (const match of catalog.scanText(added.text)) {
            const hits = byFile.get(added.file) ?? [];
            hits.push({
                file: added.file,
                span: { start: { line: added.line, column: match.start + 1 }, end: { line: added.line, column: match.end + 1 } },
                token: match.token,
                provider: match.provider.id,
                format: match.format.id,
                line: added.text,
                commit: added.commit,
                ...(added.history && { history: added.history })
            });
            byFile.set(added.file, hits);
        }
    }
    return [...byFile].map(([path, keyHits]) => ({ path, kind: 'text', entries: [], diagnostics: [], keyHits, ignores: [], fingerprints: [], history: true }));
}

;// CONCATENATED MODULE: ./src/discover/diff.ts
/**
 * The one reader of unified diffs: `git diff`, `git log -p` (src/discover/git.ts, src/discover/history.ts) and a
 * pull request file's `patch` from the API (src/github/changed-files.ts). Pure: text in, files and added lines out.
 */
/**
 * The added lines of each changed file, in the shape `renderPrComment` takes as `changedLines`. Every changed
 * file is in the map: one whose lines are unknown (binary, or a diff too large for GitHub to send a `patch`) is
 * judged whole, with no line known as added, so a key in it is never filtered out of the PR's report.
 */
function toChangedLines(files) {
    return new Map(files.map(file => [file.path, file.addedLines ?? new Set()]));
}
/**
 * Options for every diff we read: no context lines, explicit `a/` `b/` prefixes whatever the user's config
 * says (`diff.noprefix`, `diff.mnemonicPrefix`), and no external diff or textconv programs.
 */
const diff_DIFF_OPTIONS = ['--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/**
 * Reads unified diff text as git prints it (`git diff`, `git log -p --format='commit %H'`) or as an API
 * patch. Hunk line counts decide where a hunk ends, so added lines that look like headers (`+++ x`) are
 * read as content.
 */
function diff_readDiff(lines) {
    const files = [];
    let commit;
    let file;
    let oldLeft = 0;
    let newLeft = 0;
    let newLine = 0;
    const startFile = (path = '') => {
        const started = { commit, path, status: 'modified', binary: false, added: [] };
        files.push(started);
        return started;
    };
    for (const line of lines) {
        if (oldLeft > 0 || newLeft > 0) {
            const mark = line[0];
            if (mark === '+') {
                file?.added.push({ line: newLine++, text: line.slice(1) });
                newLeft--;
            }
            else if (mark === '-')
                oldLeft--;
            else if (mark === ' ') {
                oldLeft--;
                newLeft--;
                newLine++;
            }
            // `\ No newline at end of file` belongs to the hunk but counts for neither side.
            continue;
        }
        const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
        if (hunk) {
            oldLeft = Number(hunk[1] ?? 1);
            newLine = Number(hunk[2]);
            newLeft = Number(hunk[3] ?? 1);
            file ??= startFile();
        }
        else if (line.startsWith('commit ')) {
            commit = line.slice('commit '.length).trim();
            file = undefined;
        }
        else if (line.startsWith('diff --git ')) {
            file = startFile(pathFromDiffHeader(line.slice('diff --git '.length)));
        }
        else if (line.startsWith('+++ ')) {
            file ??= startFile();
            const path = stripPrefix(line.slice(4), 'b/');
            if (path !== undefined)
                file.path = path;
        }
        else if (line.startsWith('--- ') && file !== undefined && file.path === '') {
            file.path = stripPrefix(line.slice(4), 'a/') ?? '';
        }
        else if (file !== undefined) {
            readExtendedHeader(file, line);
        }
    }
    return files;
}
/** `new file mode`, `rename from`, `Binary files … differ` and friends. */
function readExtendedHeader(file, line) {
    if (line.startsWith('new file mode'))
        file.status = 'added';
    else if (line.startsWith('deleted file mode'))
        file.status = 'removed';
    else if (line.startsWith('rename from ') || line.startsWith('copy from ')) {
        file.status = line.startsWith('rename') ? 'renamed' : 'copied';
        file.previousPath = unquote(line.slice(line.indexOf(' from ') + ' from '.length));
    }
    else if (line.startsWith('rename to ') || line.startsWith('copy to '))
        file.path = unquote(line.slice(line.indexOf(' to ') + ' to '.length));
    else if (line.startsWith('Binary files ') || line === 'GIT binary patch')
        file.binary = true;
}
/** `a/x b/x` → `x`, when both sides name the same path (renames are read from `rename to`). */
function pathFromDiffHeader(rest) {
    if (rest.startsWith('"')) {
        const end = closingQuote(rest);
        const path = stripPrefix(rest.slice(0, end + 1), 'a/');
        return path ?? '';
    }
    const half = (rest.length - 1) / 2;
    const left = rest.slice(0, half);
    return Number.isInteger(half) && rest === `${left} b/${left.slice(2)}` ? left.slice(2) : '';
}
function closingQuote(text) {
    for (let i = 1; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === '"')
            return i;
    }
    return text.length - 1;
}
/** The path of a `---`/`+++` line without its prefix; undefined for `/dev/null`. */
function stripPrefix(raw, prefix) {
    // git appends a tab to paths with spaces in ---/+++ lines so that tools can find the end.
    const path = unquote(raw.replace(/\t$/, ''));
    if (path === '/dev/null')
        return undefined;
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
/** Undoes git's C-style quoting of unusual paths (`"a/t\303\251st\tfile"`); octal escapes are UTF-8 bytes. */
function unquote(path) {
    if (!(path.startsWith('"') && path.endsWith('"') && path.length >= 2))
        return path;
    const named = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
    const bytes = [];
    const body = path.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            i += 3;
        }
        else {
            const next = body[++i] ?? '';
            bytes.push(named[next] ?? next.charCodeAt(0));
        }
    }
    return Buffer.from(bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./src/discover/history.ts
/**
 * The lines commits added, read from the local clone with `git log -p`: those of a pull request's commits (the
 * action), and the keys of the whole history (`--history`). A key committed and removed again in a later commit is
 * gone from the final diff but still in the history (and in every clone), so both are scanned.
 */


/**
 * Every line added by the non-merge commits in `base..head`, oldest commit first, from
 * `git log -p --no-merges --unified=0` in `cwd`. Binary files are skipped. Needs the commits in the clone
 * (`fetch-depth: 0`); throws `GitError` otherwise.
 */
async function addedLinesInCommits(cwd, base, head) {
    const lines = await runGit(cwd, [
        'log',
        '-p',
        '--no-merges',
        '--reverse',
        '--format=commit %H',
        ...DIFF_OPTIONS,
        '--end-of-options',
        `${checkedRevision(base)}..${checkedRevision(head)}`,
        '--'
    ]);
    return readDiff(lines).flatMap(file => file.added.map(added => ({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text })));
}
/**
 * Every key any commit reachable from HEAD added under `cwd` (or since `since`), each once, where it first appeared.
 * One streaming pass over `git log -p --reverse` (oldest first, merges left out as for pull requests): the
 * diff is read one commit at a time and only lines with a key are kept, so memory follows the keys, not the history.
 * Throws GitError when git fails (not a repository, an unknown revision, no commits yet).
 */
async function keysAddedInHistory(cwd, { since, findKeys, isSkipped }) {
    const range = since === undefined ? 'HEAD' : `${git_checkedRevision(since)}..HEAD`;
    const seen = new Set();
    const lines = [];
    let commits = 0;
    let bytes = 0;
    let commit = [];
    const readCommit = () => {
        for (const file of diff_readDiff(commit)) {
            if (file.binary || isSkipped(file.path))
                continue;
            for (const added of file.added) {
                const fresh = findKeys(added.text).filter((key) => !seen.has(key.token));
                if (fresh.length === 0)
                    continue;
                fresh.forEach((key) => seen.add(key.token));
                lines.push({ commit: file.commit ?? '', file: file.path, line: added.line, text: added.text });
            }
        }
        commit = [];
    };
    const args = ['log', '-p', '--no-merges', '--reverse', '--format=commit %H', ...diff_DIFF_OPTIONS, '--relative'];
    for await (const batch of gitOutput(cwd, [...args, '--end-of-options', range, '--'])) {
        for (const raw of batch) {
            bytes += Buffer.byteLength(raw) + 1;
            // With --unified=0 every line of a hunk starts with +, - or \, so `commit ` can only start the next commit.
            if (raw.startsWith('commit ')) {
                readCommit();
                commits++;
            }
            commit.push(raw.endsWith('\r') ? raw.slice(0, -1) : raw);
        }
    }
    readCommit();
    return { lines, commits, bytes };
}

;// CONCATENATED MODULE: ./src/engine/scope.ts
/**
 * `scope: changed` (a pull request costs its change): which files a scan reads. The files the repository's model
 * rests on — any a parser may read, any a client fingerprint may come from — are read in full whatever changed; of
 * the other files, which are only searched for keys, just the ones the pull request changes. Findings on the changed
 * files are those of a full scan: a changed file is read whole, and every rule but `leaked-key` judges only the
 * files the model rests on.
 */


/** Whether the model may need a file whatever the change: by its path, before reading it. */
const isModelFile = (path) => mayParse(path) || mayFingerprint(path);
/**
 * The discovery filter for a change still coming from git (`DiscoverOptions.select`): the model's files and the
 * changed ones; undefined when the change is unknown, and every file is read.
 */
async function changedSelection(changed) {
    const paths = await changed;
    return paths && ((path) => paths.has(path) || isModelFile(path));
}
/**
 * Whether a key the pull request's commits added is in none of the files read. It may still stand in a file that was
 * not read, and `leaked-key` reports a key where it stands rather than as a history leak: the scan must read them all.
 */
function hasUnplacedKeys(committed, read, catalog) {
    const found = new Set(read.flatMap((file) => file.keyHits.map((hit) => hit.token)));
    return committed.some((line) => catalog.scanText(line.text).some((match) => !found.has(match.token)));
}

;// CONCATENATED MODULE: ./src/engine/scan.ts










/**
 * Scans a repository from disk: discover the files, then read and analyse them one at a time, letting
 * each text go as soon as its facts are taken, and run the rules over what was kept. Memory follows
 * the number of settings and key hits found, not the size of the repository. Reads are synchronous
 * (see readSource): on 2 cores that beats overlapping promise-based reads with the analysis.
 *
 * Throws when `root` is not a readable folder, or when a rule fails (RuleError).
 */
async function scanRepository(root, scanOptions) {
    const { config, history = [], secretValues, includeIgnored, staged = false, only, gitHistory, changed } = scanOptions;
    const settings = { ...toLintSettings(config), ...(secretValues && { secretValues }), ...(staged && { staged }) };
    const catalog = (0,providers_catalog/* createCatalog */.C)(settings.providers);
    const options = {
        ignore: config.ignore,
        maxFileSize: config.maxFileSize,
        ...(includeIgnored && { includeIgnored: (path) => dotenvParser.matches(path) }),
        ...(changed && { select: changedSelection(changed) })
    };
    // Git reads the history beside the scan; awaited after the files (the catch only keeps an early throw handled).
    const past = gitHistory && keysAddedInHistory(root, { ...gitHistory, findKeys: (text) => catalog.scanText(text), isSkipped: createPathFilter(config.ignore) });
    past?.catch(() => { });
    const fileSet = staged ? await stagedFiles(root, options) : await workTreeFiles(root, options);
    const reported = (path) => only === undefined || only.has(path);
    const facts = [];
    const read = [];
    const skipped = fileSet.skipped.filter((file) => reported(file.path));
    let scannedFiles = 0;
    for (const { path, ignored } of fileSet.files) {
        // Awaited only when it is a promise (the index's batches): working-tree reads stay synchronous.
        const reading = fileSet.read(path);
        const source = reading instanceof Promise ? await reading : reading;
        if (isSkippedFile(source)) {
            if (reported(path))
                skipped.push(source);
            continue;
        }
        if (reported(path))
            scannedFiles++;
        const analysed = analyze_analyzeFile(source, catalog);
        const file = ignored ? { ...analysed, uncommitted: true } : analysed;
        if (file.matchedBy)
            read.push({ path, kind: file.kind, matchedBy: file.matchedBy, ...(ignored && { uncommitted: true }) });
        if (!isEmptyFacts(file))
            facts.push(file);
    }
    skipped.sort(byPath);
    const committed = await history;
    // scope: changed, when a key the PR's commits added is in no file read: it may stand in one not read.
    if ((await options.select) && hasUnplacedKeys(committed, facts, catalog))
        return scanRepository(root, { ...scanOptions, history: committed, changed: undefined });
    const pastLines = ((await past)?.lines ?? []).filter((line) => reported(line.file)).map((line) => ({ ...line, history: 'repository' }));
    facts.push(...historyFacts([...committed, ...pastLines], catalog));
    const result = lintFacts(facts, settings, { skipped, catalog, scannedFiles });
    const findings = only === undefined ? result.findings : result.findings.filter((finding) => reported(finding.file));
    return { ...result, findings, skipped, files: { read, skipped }, settings, catalog, listedPaths: new Set([...fileSet.files, ...fileSet.skipped].map((file) => file.path)) };
}

;// CONCATENATED MODULE: ./src/engine/pipeline.ts







/** The rule ids and client ids a config file may name. */
const configVocabulary = () => ({ knownRuleIds: probes_rules/* ALL_RULE_METAS */.kE.map((meta) => meta.id), knownClients: Object.keys(clientProfiles) });
/**
 * Config, scan, the optional live probes, report context: the one pipeline the CLI and the action share.
 * Throws ConfigError for a bad config file; anything else thrown is an internal failure.
 */
async function lintRepository({ root, configFile, failOn, history, secretValues, probe, includeIgnored, staged, only, baseline, gitHistory, changed }) {
    const config = await loadConfig({
        root,
        ...(configFile !== undefined && { file: configFile }),
        ...configVocabulary()
    });
    const scanned = await scanRepository(root, {
        config,
        ...(history && { history }),
        ...(secretValues && { secretValues }),
        ...(staged && { staged }),
        ...(only && { only }),
        ...(gitHistory && { gitHistory }),
        ...(changed && { changed }),
        ...(includeIgnored && { includeIgnored })
    });
    const { catalog, settings } = scanned;
    // Probes enter here: their reports become findings by the engine's own steps, their summaries join the context.
    // The probes (and the baseline, with zod) are loaded only by the runs that use them: a plain scan starts faster.
    const probed = probe && (await (await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 4481))).probeStep(scanned.model, catalog, probe));
    const result = probed ? addProbeReports(scanned, probed.reports, settings, catalog) : scanned;
    const built = buildReportContext(result, { rules: probes_rules/* ALL_RULE_METAS */.kE, catalog, failOn });
    const baselined = baseline && (await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 6187))).applyBaseline(built.findings, baseline);
    const unlisted = [...(only ?? [])].filter((path) => !scanned.listedPaths.has(path));
    const notices = [
        ...unlisted.map((path) => `${path} was not scanned: ${staged ? 'it is not staged' : 'git ignores it, or the config file\'s ignore patterns leave it out'}`),
        ...(probed ? probed.notices : []),
        ...staleBaseline(baselined?.unmatched.filter((file) => only === undefined || only.has(file)) ?? [], baseline)
    ];
    // The one masking path: every string bound for any reporter or log line, whatever field it sits in.
    const probeKey = probe?.keys.apiKey;
    const redact = (0,core_redact/* createRedactor */.lY)((0,core_redact/* knownSecrets */.xU)(result.model.files, catalog, { ...(secretValues && { values: secretValues }), ...(probeKey && { keys: [probeKey] }) }), catalog);
    const findings = (baselined?.findings ?? built.findings).map((finding) => keepFixedLine(finding, redact));
    const withBaseline = { ...built, findings, files: scanned.files };
    const { rules, tool, ...reported } = probed ? { ...withBaseline, probes: probed.probes } : withBaseline;
    return {
        context: { rules, tool, ...(0,core_redact/* redactAll */.$I)(reported, redact) },
        catalog,
        notices: (0,core_redact/* redactAll */.$I)(notices, redact),
        redact
    };
}
/** A corrected line is a replacement to commit: one the masking would change is dropped, never shown masked. */
function keepFixedLine(finding, redact) {
    if (finding.fixedLine === undefined || redact(finding.fixedLine) === finding.fixedLine)
        return finding;
    const { fixedLine: _dropped, ...rest } = finding;
    return rest;
}
/** A notice for baseline entries no finding matched (in the files this run reports on). */
function staleBaseline(unmatched, baseline) {
    if (unmatched.length === 0 || baseline === undefined)
        return [];
    const entries = unmatched.length === 1 ? '1 entry' : `${unmatched.length} entries`;
    return [`${entries} of the baseline ${baseline.file} matched no finding (fixed, or changed since): rewrite it with --write-baseline to drop them`];
}

;// CONCATENATED MODULE: ./src/fix/apply.ts
/**
 * Applying fixes: which findings' edits `--fix` may make, and making them in a text. Pure; the CLI reads and
 * writes the files. Everything outside the edited ranges stays byte for byte (line endings, quotes,
 * comments, indentation, key order): edits replace text inside one line and never add a line break.
 */

/**
 * The edits `--fix` may make, by file: findings not suppressed whose rule lists their message among its
 * safe fixes (`RuleMeta.autofix`), in files without a `parse-error` finding (a file read wrongly has
 * positions that cannot be trusted). Notes are left alone: a guessed convention or a value the client
 * tolerates is no reason to change a setting that may work.
 */
function safeEdits(findings, rules) {
    const autofix = new Map(rules.map((rule) => [rule.id, new Set(rule.autofix ?? [])]));
    const unreadable = new Set(findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file));
    const byFile = new Map();
    for (const finding of findings) {
        if (!finding.edit || finding.suppressed || finding.severity === 'note' || unreadable.has(finding.file) || !autofix.get(finding.ruleId)?.has(finding.messageId))
            continue;
        const list = byFile.get(finding.file) ?? [];
        list.push(finding.edit);
        byFile.set(finding.file, list);
    }
    return byFile;
}
/**
 * Makes the edits in `text` (BOM already removed, as the core's positions assume). Identical edits are one;
 * of two overlapping edits neither is made, since either would undo the other's reasoning.
 */
function applyEdits(text, edits) {
    const index = new core_text/* LineIndex */.r(text);
    const located = [];
    const skipped = [];
    const seen = new Set();
    for (const edit of edits) {
        const { start, end } = edit.range;
        const key = `${start.line}:${start.column}:${end.line}:${end.column}\0${edit.replacement}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const inLine = start.line === end.line && start.line <= index.lineCount && start.column >= 1 && end.column >= start.column;
        if (!inLine || end.column - 1 > index.lineText(start.line).length || /[\r\n]/.test(edit.replacement)) {
            skipped.push(edit);
            continue;
        }
        located.push({ edit, from: index.offset(start), to: index.offset(end) });
    }
    located.sort((a, b) => a.from - b.from || a.to - b.to);
    const overlapping = new Set();
    for (let i = 0; i < located.length; i++) {
        for (let j = i + 1; j < located.length && located[j].from < located[i].to; j++) {
            overlapping.add(i);
            overlapping.add(j);
        }
    }
    const kept = located.filter((_, i) => !overlapping.has(i));
    skipped.push(...located.filter((_, i) => overlapping.has(i)).map((l) => l.edit));
    let out = '';
    let at = 0;
    for (const { edit, from, to } of kept) {
        out += text.slice(at, from) + edit.replacement;
        at = to;
    }
    return { text: out + text.slice(at), applied: kept.map((l) => l.edit), skipped };
}

;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * A small unified diff for `--fix-dry-run`. Fixes replace text inside lines and never add or remove one,
 * so the two texts have the same lines and a hunk is a run of changed lines with their context.
 */
/** Lines of context around each change, as `diff -u` has them. */
const CONTEXT = 3;
/** The lines of a text without their endings (`\r\n`, `\n` or `\r`); a final line ending starts no line. */
const linesOf = (text) => {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
};
const NO_NEWLINE = '\\ No newline at end of file';
/**
 * `--- a/path` / `+++ b/path` and the hunks; '' when nothing changed. `show` renders each printed line (the
 * CLI masks anything key-like and escapes control characters there).
 */
function unifiedDiff(path, before, after, show = (line) => line) {
    if (before === after)
        return '';
    const a = linesOf(before);
    const b = linesOf(after);
    const open = !/[\r\n]$/.test(before);
    const mark = (lines, n) => (open && n === a.length - 1 ? [...lines, NO_NEWLINE] : lines);
    if (a.length !== b.length)
        throw new Error(`a fix changed the number of lines of ${path}`);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]));
    let out = header(path);
    let i = 0;
    while (i < changed.length) {
        let last = i;
        while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * CONTEXT)
            last++;
        const from = Math.max(0, changed[i] - CONTEXT);
        const to = Math.min(a.length, changed[last] + CONTEXT + 1);
        const body = [];
        for (let n = from; n < to;) {
            if (a[n] === b[n]) {
                body.push(...mark([` ${show(a[n])}`], n));
                n++;
                continue;
            }
            // A run of changed lines: the old ones, then the new ones, as diff -u prints them.
            let end = n;
            while (end < to && a[end] !== b[end])
                end++;
            for (let k = n; k < end; k++)
                body.push(...mark([`-${show(a[k])}`], k));
            for (let k = n; k < end; k++)
                body.push(...mark([`+${show(b[k])}`], k));
            n = end;
        }
        out += hunk(from, to - from, body);
        i = last + 1;
    }
    return out;
}
const header = (path) => `--- a/${path}\n+++ b/${path}\n`;
/** Lines keep their numbers (fixes add none), so both sides of a hunk start and count alike. */
const hunk = (from, count, body) => `@@ -${from + 1},${count} +${from + 1},${count} @@\n${body.join('\n')}\n`;

;// CONCATENATED MODULE: ./src/cli/fix.ts
/**
 * `--fix` and `--fix-dry-run`: the file I/O around the pure edit application (src/fix/apply.ts). A file is
 * edited only when it is UTF-8 (a BOM is kept) and decodes to exactly the text the scan judged, so the
 * findings' positions hold; everything outside the edits is written back byte for byte.
 */








const fix_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Reads each file with safe fixes and makes the edits in memory. */
function planFixes({ context, redact }, root) {
    const files = [];
    const notices = [];
    for (const [path, all] of safeEdits(context.findings, context.rules)) {
        // The report's strings went through the masking: an edit it changed would write a mask, not a value.
        const edits = all.filter((edit) => redact(edit.replacement) === edit.replacement);
        const read = readForFix(root, path);
        if (typeof read === 'string') {
            notices.push(`${path} was not fixed: ${read}`);
            continue;
        }
        const { text, applied, skipped } = applyEdits(read.text, edits);
        if (skipped.length > 0)
            notices.push(`${path}: ${skipped.length} fix${skipped.length === 1 ? '' : 'es'} left out, since ${skipped.length === 1 ? 'it overlaps' : 'they overlap'} another fix of the same text`);
        if (text !== read.text)
            files.push({ path, before: read.text, after: text, bom: read.bom, applied: applied.length, skipped: skipped.length });
    }
    return { files, notices };
}
/** Writes the planned texts, each with its BOM if it had one; a file that cannot be written is the user's to fix. */
function writeFixes(plan, root) {
    for (const file of plan.files) {
        const body = Buffer.from(file.after, 'utf8');
        try {
            (0,external_node_fs_.writeFileSync)(inside(root, file.path), file.bom ? Buffer.concat([fix_BOM, body]) : body);
        }
        catch (error) {
            throw new UsageError(`cannot write the fixes to ${(0,reporters_text.escapeControl)(file.path)}: ${error.code ?? String(error)}`);
        }
    }
}
/**
 * The plan as a unified diff. Lines come straight from the files, past the core's masking, so each is masked
 * again (known secrets, keys of any format, random-looking tokens) and its control characters escaped.
 */
function renderDiff(plan, { catalog, redact }) {
    const show = (line) => (0,reporters_text.escapeControl)((0,core_redact/* scrubSecrets */.Zg)(redact(line), (0,core_redact/* secretLikeTokens */.is)(line, catalog)));
    return plan.files.map((file) => unifiedDiff((0,reporters_text.escapeControl)(file.path), file.before, file.after, show)).join('');
}
/** The file's text without its BOM, or why it is not edited. */
function readForFix(root, path) {
    const absolute = inside(root, path);
    if (absolute === undefined)
        return 'it is outside the scanned folder';
    try {
        if (!(0,external_node_fs_.lstatSync)(absolute).isFile())
            return 'it is not a regular file';
        const bytes = (0,external_node_fs_.readFileSync)(absolute);
        const bom = bytes.subarray(0, 3).equals(fix_BOM);
        const body = bom ? bytes.subarray(3) : bytes;
        const text = body.toString('utf8');
        if (!Buffer.from(text, 'utf8').equals(body))
            return 'it is not UTF-8';
        // The scan may have decoded it otherwise (UTF-16 without a BOM); positions are only valid for its text.
        if (decodeText(bytes) !== text)
            return 'it does not read as the scan read it';
        return { text, bom };
    }
    catch (error) {
        return `it could not be read (${error.code ?? String(error)})`;
    }
}
function inside(root, path) {
    const absolute = (0,external_node_path_.resolve)(root, path);
    return path !== '' && absolute.startsWith(root.endsWith(external_node_path_.sep) ? root : root + external_node_path_.sep) ? absolute : undefined;
}

;// CONCATENATED MODULE: ./src/cli/main.ts















/** Exit codes, as actionlint has them. */
const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 };
/** Runs `llm-env-lint` with `argv` (no node/script prefix) and returns the exit code; never throws. */
async function main_main(argv, io) {
    try {
        const command = parseCliArgs(argv);
        if (command.kind === 'help')
            return done(io, usage/* USAGE */.u);
        if (command.kind === 'version')
            return done(io, `${version/* TOOL */.j.name} ${version/* TOOL */.j.version}\n`);
        if (command.kind === 'merge')
            return await merge(command, io);
        const { root, only } = lintTarget(command, io.cwd);
        const baseline = command.baseline === undefined ? undefined : await loadBaseline(command.baseline, io.cwd);
        const probe = command.probe && (await probeOptions(command.probe, io.env));
        const run = () => lintRepository({
            root,
            ...(only && { only }),
            ...(command.staged && { staged: true }),
            ...(baseline && { baseline }),
            ...(command.history && { gitHistory: command.history }),
            ...(command.config !== undefined && { configFile: (0,external_node_path_.resolve)(io.cwd, command.config) }),
            failOn: command.failOn,
            ...(probe && { secretValues: environmentValues(io.env), probe }),
            ...(command.includeIgnored && { includeIgnored: true })
        });
        const { context, notices } = command.fix === undefined ? await run() : await fix(command.fix, run, root, io);
        if (command.fix === 'dry-run')
            return (0,severity/* failingFindings */.v9)(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean;
        // Before the findings in text output; on stderr otherwise, so JSON and SARIF stay parseable.
        if (command.verbose)
            (command.format === 'text' ? io.stdout : io.stderr).write(renderSections(verboseSections(context)));
        // stderr: stdout holds the report, which may be JSON or SARIF.
        // Notices name files and settings of the repository: escaped like the text report.
        for (const notice of notices)
            io.stderr.write(`${version/* TOOL */.j.name}: ${(0,reporters_text.escapeControl)(notice)}\n`);
        for (const probe of context.probes ?? []) {
            io.stderr.write((0,reporters_text.escapeControl)(`${version/* TOOL */.j.name}: probed ${probe.name} from ${probe.file || 'the environment'} (${probe.key}) at ${probe.baseUrl}: ${probe.outcome}`) + '\n');
        }
        const shown = command.quiet ? { ...context, findings: context.findings.filter((finding) => finding.severity === 'error') } : context;
        await emit(shown, command, io);
        if (command.writeBaseline !== undefined) {
            // Every finding, --quiet or not: the baseline accepts the warnings too.
            writeFile((0,external_node_path_.resolve)(io.cwd, command.writeBaseline), (await baselines()).writeBaseline(context.findings));
            io.stderr.write(`${version/* TOOL */.j.name}: wrote the current findings to the baseline ${(0,reporters_text.escapeControl)(command.writeBaseline)}\n`);
            return EXIT.clean;
        }
        return (0,severity/* failingFindings */.v9)(shown.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean;
    }
    catch (error) {
        return fail(io, error);
    }
}
/** Passes of fix and re-lint at most: a rename can bring its value under a new rule, whose fix the next pass makes. */
const FIX_PASSES = 5;
/**
 * `--fix`: applies the safe fixes and lints again until nothing changes, so a second run finds nothing to fix,
 * and returns the last outcome, whose findings are what is left. `--fix-dry-run`: prints the first pass as a
 * diff on stdout (the report is not printed) and returns the outcome unchanged.
 */
async function fix(mode, run, root, io) {
    let outcome = await run();
    let fixed = 0;
    const changed = new Set();
    for (let pass = 0; pass < FIX_PASSES; pass++) {
        const plan = planFixes(outcome, root);
        if (mode === 'dry-run' || plan.files.length === 0 || pass === FIX_PASSES - 1) {
            for (const notice of plan.notices)
                io.stderr.write(`${version/* TOOL */.j.name}: ${(0,reporters_text.escapeControl)(outcome.redact(notice))}\n`);
            if (mode === 'dry-run')
                io.stdout.write(renderDiff(plan, outcome));
            break;
        }
        writeFixes(plan, root);
        for (const file of plan.files)
            changed.add(file.path);
        fixed += plan.files.reduce((n, file) => n + file.applied, 0);
        outcome = await run();
    }
    if (mode === 'apply' && fixed > 0) {
        io.stderr.write(`${version/* TOOL */.j.name}: applied ${fixed} fix${fixed === 1 ? '' : 'es'} in ${changed.size} file${changed.size === 1 ? '' : 's'}\n`);
    }
    return outcome;
}
/**
 * With `--probe` the environment stands for the deployment's secrets: `${OPENAI_API_KEY}` and
 * `${{ secrets.OPENAI_API_KEY }}` are read from the variable `OPENAI_API_KEY`, and `LLM_ENV_LINT_API_KEY` stands for
 * every key the settings reference.
 */
async function probeOptions(flags, env) {
    // Node's HTTP modules come with the proxy settings: loaded by the runs that probe.
    const { proxyFromEnv } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.bind(__webpack_require__, 5659));
    const apiKey = env.LLM_ENV_LINT_API_KEY;
    // A Map, not the environment object: a setting `${toString}` must not find Object.prototype.toString.
    const values = environmentValues(env);
    return {
        keys: {
            ...(apiKey && { apiKey }),
            ...(flags.baseUrl !== undefined && { baseUrl: flags.baseUrl }),
            ...(flags.model !== undefined && { model: flags.model }),
            valueFor: (ref) => values.get(ref.name),
            origin: 'the environment'
        },
        hosts: flags.hosts,
        chat: flags.chat,
        failOnIndeterminate: flags.failOnIndeterminate,
        timeoutMs: flags.timeoutMs,
        proxy: proxyFromEnv(env),
        maxRequests: flags.maxRequests
    };
}
/** The environment's non-empty variables, for the offline check of what `${{ secrets.X }}` holds. */
function environmentValues(env) {
    return new Map(Object.entries(env).filter((entry) => Boolean(entry[1])));
}
function done(io, text) {
    io.stdout.write(text);
    return EXIT.clean;
}
/** The report to `--output`, or to stdout, coloured when that is a terminal and the format is text. */
async function emit(context, { format, output }, io) {
    const report = (await (0,reporters/* reporter */.YX)(format)).render(context);
    if (output !== undefined)
        writeFile((0,external_node_path_.resolve)(io.cwd, output), report);
    else
        io.stdout.write(format === 'text' && useColor(io.env, io.stdout) ? colorize(report) : report);
}
/** `llm-env-lint merge`: reads the reports, writes one, and exits by `--fail-on` over all of them. */
async function merge(command, io) {
    const { mergeReports, readReport, ReportFileError } = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 5306));
    userErrors.add(ReportFileError);
    const reports = command.reports.map(({ name, file }) => {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(io.cwd, file), 'utf8');
        }
        catch (error) {
            throw new UsageError(`cannot read the report "${file}": ${error.code ?? String(error)}`);
        }
        return { name, report: readReport(text, file) };
    });
    const context = mergeReports(reports, command.failOn);
    await emit(context, command, io);
    return (0,severity/* failingFindings */.v9)(context.findings, command.failOn).length > 0 ? EXIT.findings : EXIT.clean;
}
/** Writes a report or baseline file, making its folder first; a failure is the user's to fix (a usage error). */
function writeFile(path, text) {
    try {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, text);
    }
    catch (error) {
        throw new UsageError(`cannot write ${path}: ${error.code ?? String(error)}`);
    }
}
/** The baseline file named by `--baseline`; a missing or malformed one is a usage error. */
async function loadBaseline(file, cwd) {
    const { readBaseline } = await baselines();
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)((0,external_node_path_.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        throw new UsageError(`cannot read the baseline "${file}": ${error.code ?? String(error)}`);
    }
    return readBaseline(text, file);
}
/**
 * The folder to scan and, when files were named instead, the only paths to report on (relative to the folder,
 * which is then the working directory). With `--staged` a named file need not exist on disk: the index has it.
 */
function lintTarget(command, cwd) {
    const stat = (path) => (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, path), { throwIfNoEntry: false });
    if (command.files === undefined) {
        const stats = stat(command.path);
        if (stats?.isDirectory())
            return { root: (0,external_node_path_.resolve)(cwd, command.path) };
        if (!stats && !command.staged)
            throw new UsageError(`path "${command.path}" does not exist`);
        if (stats && !stats.isFile())
            throw new UsageError(`path "${command.path}" is neither a folder nor a file`);
    }
    const named = command.files ?? [command.path];
    const only = new Set(named.map((given) => {
        const stats = stat(given);
        if (stats?.isDirectory())
            throw new UsageError(`"${given}" is a folder: name one folder, or files`);
        if (!stats && !command.staged)
            throw new UsageError(`file "${given}" does not exist`);
        const path = (0,external_node_path_.relative)(cwd, (0,external_node_path_.resolve)(cwd, given));
        if (path === '' || path === '..' || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path))
            throw new UsageError(`file "${given}" is outside the current folder, which the files are judged in`);
        return path.split(external_node_path_.sep).join('/');
    }));
    return { root: (0,external_node_path_.resolve)(cwd), only };
}
/**
 * Errors of the user's to fix besides usage and config errors: the git repository (--staged, --history), and, once
 * their modules are loaded (with zod, only by the runs that read a baseline or merge reports), the baseline file and
 * the merged reports. An error of a module that was not loaded cannot have been thrown.
 */
const userErrors = new Set([NoGitIndexError, GitError]);
/** The baseline's reader and writer, loaded by the runs that use a baseline. */
async function baselines() {
    const module = await Promise.all(/* import() */[__webpack_require__.e(691), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 6187));
    userErrors.add(module.BaselineError);
    return module;
}
/** Usage and config errors are the user's to fix (2); anything else is a bug of ours (3). */
function fail(io, error) {
    if (error instanceof UsageError) {
        io.stderr.write(`${version/* TOOL */.j.name}: ${error.message}\nRun "${version/* TOOL */.j.name} --help" for usage.\n`);
        return EXIT.usage;
    }
    if ([...userErrors].some((type) => error instanceof type)) {
        io.stderr.write(`${version/* TOOL */.j.name}: ${(0,reporters_text.escapeControl)(error.message)}\n`);
        return EXIT.usage;
    }
    if (error instanceof errors/* ConfigError */.x) {
        // One line per problem, each naming the file, the field and what is allowed.
        io.stderr.write(`${error.message.split('\n').map((line) => (0,reporters_text.commandSafe)((0,reporters_text.escapeControl)(line))).join('\n')}\n`);
        return EXIT.usage;
    }
    const detail = io.env.LLM_ENV_LINT_DEBUG && error instanceof Error ? error.stack : undefined;
    io.stderr.write(`${version/* TOOL */.j.name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (detail)
        io.stderr.write(`${detail}\n`);
    return EXIT.internal;
}


/***/ }),

/***/ 9149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ suggestedBase),
/* harmony export */   AJ: () => (/* binding */ expectedBase),
/* harmony export */   Ri: () => (/* binding */ servesFamily),
/* harmony export */   ZT: () => (/* binding */ effectiveUrl),
/* harmony export */   q5: () => (/* binding */ acceptedBases)
/* harmony export */ });
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38);
/**
 * The URL a client really calls for a chat request, built exactly as each client builds it, and the base
 * a variable should hold to reach a given provider. See `reference/clients.md` §1.2–1.4 and §3.
 */

/** OpenAI-compatible endpoints, relative to a provider's `apiRoot`. */
const OPENAI_ENDPOINTS = ['/chat/completions', '/responses'];
/**
 * Joins a base URL and the variable's chat path the way the client does:
 * - `nextchat`: `https://` prefixed unless the value starts with `http` (a prefix test, so `httpbin.org`
 *   stays schemeless), ONE trailing `/` stripped, then NextChat's Cloudflare AI Gateway rewrite;
 * - `sdk`: one `/` dropped where base and path meet;
 * - `none`: appended as written.
 * For `verbatim` variables the base is first cut where it already holds the start of the chat path
 * (NextChat's `AZURE_URL.split("/deployments")`). Nothing else is touched: no trimming, no `/v1` removal.
 */
function effectiveUrl(base, variable) {
    const { chatPath } = variable;
    const normalized = normalizeBase(base, variable);
    const joined = normalized + chatPath;
    const url = variable.cloudflareRewrite === true ? cloudflareAIGatewayUrl(joined) : joined;
    return { url, base: normalized, chatPath };
}
function normalizeBase(base, variable) {
    let b = base;
    switch (variable.normalize ?? 'sdk') {
        case 'nextchat':
            if (!b.startsWith('http'))
                b = `https://${b}`;
            if (b.endsWith('/'))
                b = b.slice(0, -1);
            break;
        case 'sdk':
            if (b.endsWith('/') && variable.chatPath.startsWith('/'))
                b = b.slice(0, -1);
            break;
        case 'adds-v1-if-missing':
            // chatgpt-web: `OPENAI_API_BASE_URL.includes('/v1') ? base : base + '/v1'`, no slash trimmed.
            if (!b.includes('/v1'))
                b = `${b}/v1`;
            break;
        case 'none':
            break;
    }
    const cut = variable.strips?.find(({ tail }) => b.toLowerCase().endsWith(tail));
    if (cut !== undefined)
        b = b.slice(0, b.length - cut.tail.length) + (cut.keep ?? '');
    return variable.convention === 'verbatim' ? cutAtChatPath(b, variable.chatPath) : b;
}
/** `https://r.openai.azure.com/openai/deployments/gpt4` → `https://r.openai.azure.com/openai`. */
function cutAtChatPath(base, chatPath) {
    const firstSegment = /^\/[^/]+/.exec(chatPath)?.[0];
    const at = firstSegment === undefined ? -1 : base.indexOf(firstSegment);
    return at === -1 ? base : base.slice(0, at);
}
/**
 * NextChat's `app/utils/cloudflare.ts`: for `gateway.ai.cloudflare.com/v1/<account>/<gateway>/<provider>`
 * it keeps the gateway prefix and only the last path segments, which drops the doubled `v1` NextChat's
 * own path adds. Handles the `openai`, `anthropic` and `azure-openai` segments only, as NextChat does.
 */
function cloudflareAIGatewayUrl(url) {
    const parts = url.split('/');
    if (parts[2] !== 'gateway.ai.cloudflare.com')
        return url;
    if (parts[6] === 'azure-openai')
        return [...parts.slice(0, 8), ...parts.slice(-3)].join('/');
    if (parts[6] === 'openai' || parts[6] === 'anthropic')
        return [...parts.slice(0, 7), ...parts.slice(-2)].join('/');
    return url;
}
/**
 * The request path each non-OpenAI family appends to its root (`FamilyRoots` in providers/types.ts).
 * OpenAI-compatible endpoints are `OPENAI_ENDPOINTS` relative to `apiRoot`.
 */
const FAMILY_PATHS = {
    anthropic: '/v1/messages',
    gemini: '/models/{model}:streamGenerateContent',
    ollama: '/api/chat',
    dashscope: '/services/aigc/text-generation/generation',
    baidu: '/rpc/2.0/ai_custom/v1/wenxinworkshop/chat/{endpoint}',
    azure: '/deployments/{deployment}/chat/completions',
    cohere: '/chat'
};
/** Whether the registry says `provider` serves `family`. */
function servesFamily(provider, family) {
    return family === 'openai' || provider.apis?.[family] !== undefined;
}
/**
 * Every base that makes `variable`'s client reach `provider` in the variable's API family, preferred
 * first: the provider's root for that family plus the family's request path, less the path the client
 * appends itself (`https://api.groq.com/openai/v1` → `https://api.groq.com/openai` for NextChat's
 * `/v1/chat/completions`; DeepSeek's `https://api.deepseek.com/anthropic` as is for Claude Code's
 * `/v1/messages`). For `verbatim` variables, the root as is. Empty when the provider does not serve the
 * family, or when no base can work (NextChat `BASE_URL` always adds `/v1`, so it cannot reach Ark's
 * `/api/v3`). `host` replaces the root's host with the one actually used, when the provider serves it
 * (`api.moonshot.cn` keeps its own accounts; `{resource}.openai.azure.com` is a template).
 */
function acceptedBases(provider, variable, host) {
    const found = familyEndpoints(provider, variable)
        .map(({ root, endpoint }) => (variable.convention === 'verbatim' ? (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutTrailingSlashes */ .A$)(root) : baseFor(root, endpoint, variable)))
        .filter((b) => b !== undefined)
        .map((b) => (host === undefined ? b : withHost(b, host, provider)));
    return [...new Set(found)];
}
/** The preferred base for `variable` to reach `provider` (the first of `acceptedBases`), if any. */
function expectedBase(provider, variable, host) {
    return acceptedBases(provider, variable, host)[0];
}
/**
 * A base to suggest for `variable`: the expected one, else the client's own default; never a root of
 * another API family (an OpenAI root for a variable that speaks Anthropic Messages would break it).
 */
function suggestedBase(provider, variable, host) {
    if (!variable)
        return provider.apiRoot;
    return expectedBase(provider, variable, host) ?? variable.defaultUrl ?? (variable.family === 'openai' ? provider.apiRoot : undefined);
}
/** The provider's roots in the variable's family, each with the endpoint the client asks for. */
function familyEndpoints(provider, variable) {
    if (variable.family !== 'openai') {
        const root = provider.apis?.[variable.family];
        return root === undefined ? [] : [{ root, endpoint: FAMILY_PATHS[variable.family] }];
    }
    const endpoint = OPENAI_ENDPOINTS.find((e) => variable.chatPath.endsWith(e)) ?? variable.chatPath;
    return [provider.apiRoot, ...(provider.apiRootAliases ?? [])].map((root) => ({ root, endpoint }));
}
/** The base that, joined with `chatPath`, gives `root` + `endpoint`; undefined when the client cannot get there. */
function baseFor(root, endpoint, variable) {
    const full = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutTrailingSlashes */ .A$)(root) + endpoint;
    if (!full.endsWith(variable.chatPath))
        return undefined;
    const base = full.slice(0, full.length - variable.chatPath.length);
    // The client's own tidying must leave the base as it is (chatgpt-web adds /v1 to a base without one).
    return effectiveUrl(base, variable).url === full ? base : undefined;
}
/** Puts the host actually used in place of a templated one, or of another API host of the same provider. */
function withHost(url, host, provider) {
    const servedHere = provider.apiHosts.some((h) => h === host || (h.startsWith('*.') && host.endsWith(h.slice(1))));
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/]*)/i, (whole, scheme, authority) => authority.includes('{') || (servedHere && !authority.includes(':')) ? `${scheme}${host}` : whole);
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatFieldPath),
/* harmony export */   x: () => (/* binding */ ConfigError)
/* harmony export */ });
/**
 * A config file that cannot be used: missing, malformed YAML, or a field with a value that is not
 * allowed. The message has one line per issue, `file:line:col: field: what is allowed`; the CLI
 * prints it and exits with 2, the action fails the step with it.
 */
class ConfigError extends Error {
    file;
    issues;
    name = 'ConfigError';
    constructor(
    /** The config file as the user named it, or as found under the scan root. */
    file, issues) {
        super(issues.map((issue) => formatIssue(file, issue)).join('\n'));
        this.file = file;
        this.issues = issues;
    }
}
function formatIssue(file, { field, message, line, column }) {
    const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
    return field === '' ? `${where}: ${message}` : `${where}: ${field}: ${message}`;
}
/** `['providers', 0, 'apiRoot']` → `providers[0].apiRoot`. */
function formatFieldPath(path) {
    return path
        .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : `${i === 0 ? '' : '.'}${String(segment)}`))
        .join('');
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_FILE_SIZE */
/** Default for `maxFileSize`: large enough for lockfiles and bundles, small enough to keep memory flat. */
const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;
/** The settings used when a repository has no config file. */
const defaultConfig = { rules: {}, ignore: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, providers: [] };


/***/ }),

/***/ 3252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate),
/* harmony export */   q: () => (/* binding */ withTip)
/* harmony export */ });
/** Filling a rule's message and tip templates, and joining the two where an output has one line for both. */
/** Fills `{{name}}` placeholders; an unknown name stays visible so tests catch it. */
function fillTemplate(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name) => data[name] ?? whole);
}
/**
 * Message and tip as one line (`…, so it calls https://…/v1/v1/chat/completions: use "https://…"`), for the
 * outputs with room for one line only (text, annotations, SARIF result text) and for fingerprints, which were
 * made from this line before tips were split off and so stay the same.
 */
function withTip(message, tip) {
    return tip === undefined ? message : `${message}: ${tip}`;
}


/***/ }),

/***/ 2831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   n6: () => (/* binding */ compareText)
/* harmony export */ });
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
/** File, line, column, rule, message id: the same order on every run, whatever order rules reported in. */
function compareFindings(a, b) {
    return (compareText(a.file, b.file) ||
        a.span.start.line - b.span.start.line ||
        a.span.start.column - b.span.start.column ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.messageId, b.messageId));
}
/** UTF-16 code unit order: the same on every machine, whatever the locale. */
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);


/***/ }),

/***/ 2258:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ redactAll),
/* harmony export */   $l: () => (/* binding */ maskSecret),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   is: () => (/* binding */ secretLikeTokens),
/* harmony export */   lY: () => (/* binding */ createRedactor),
/* harmony export */   n4: () => (/* binding */ cleanDetail),
/* harmony export */   xU: () => (/* binding */ knownSecrets),
/* harmony export */   xd: () => (/* binding */ maskStraySecrets)
/* harmony export */ });
/* unused harmony exports knownSecretScrubber, scrubKey */
/** Prefixes that name a key format; longest first so `sk-ant-api03-` wins over `sk-`. */
const KNOWN_PREFIXES = [
    'sk-ant-admin01-',
    'sk-ant-api03-',
    'sk-ant-oat01-',
    'sk-svcacct-',
    'sk-service-',
    'sk-or-v1-',
    'sk-admin-',
    'sk-proj-',
    'tgp_v1_',
    'nvapi-',
    'pplx-',
    'xai-',
    'gsk_',
    'csk-',
    'AIza',
    'hf_',
    'r8_',
    'sk-'
];
/** Values shorter than this show no tail at all: four characters of a short secret are too much of it. */
const MIN_LENGTH_FOR_TAIL = 16;
/** `sk-ant-api03-…x7Qa`: the known prefix and the last 4 characters; `…` alone for short values. */
function maskSecret(value) {
    const v = value.trim();
    if (v.length < MIN_LENGTH_FOR_TAIL)
        return '…';
    const prefix = KNOWN_PREFIXES.find((p) => v.startsWith(p)) ?? '';
    return `${prefix}…${v.slice(-4)}`;
}
/** Replaces every occurrence of each secret in `text`, in any letter case, by its masked form. */
function scrubSecrets(text, secrets) {
    return secrets.length === 0 ? text : knownSecretScrubber(secrets)(text);
}
/** Secrets shorter than this are too likely to be ordinary words to mask wherever they occur. */
const MIN_SECRET = 4;
/** Window of the index below: every secret at least this long is found by its first characters. */
const WINDOW = 8;
/** ASCII lower case, which keeps every index where it was (`toLowerCase` may not, for some scripts). */
const lower = (text) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
/**
 * A function that masks every occurrence of the given secrets, in any letter case (`SK-PROJ-…` in an upper-cased
 * URL is the same key). Secrets are indexed by their last {@link WINDOW} characters — keys share their first ones
 * (`sk-ant-api03-`), not their random tails — so masking a text costs about one lookup per character whatever the
 * number of secrets (a repository may hold a hundred thousand keys).
 */
function knownSecretScrubber(secrets) {
    const byTail = new Map();
    const short = [];
    for (const secret of new Set([...secrets].map((s) => s.trim()))) {
        if (secret.length < MIN_SECRET)
            continue;
        if (secret.length < WINDOW)
            short.push(secret);
        else {
            const folded = lower(secret);
            const tail = folded.slice(-WINDOW);
            const list = byTail.get(tail);
            if (list)
                list.push({ secret, folded });
            else
                byTail.set(tail, [{ secret, folded }]);
        }
    }
    const shortPattern = short.length === 0 ? undefined : new RegExp(short.map(escapeRegExp).sort((a, b) => b.length - a.length).join('|'), 'gi');
    return (text) => {
        const hits = [];
        if (byTail.size > 0 && text.length >= WINDOW) {
            const folded = lower(text);
            for (let end = WINDOW; end <= text.length; end++) {
                for (const candidate of byTail.get(folded.slice(end - WINDOW, end)) ?? []) {
                    const start = end - candidate.folded.length;
                    if (start >= 0 && folded.startsWith(candidate.folded, start))
                        hits.push({ start, end, secret: candidate.secret });
                }
            }
        }
        // Earliest first, the longest of those that start together; overlaps are part of a secret already masked.
        hits.sort((a, b) => a.start - b.start || b.end - a.end);
        let out = '';
        let from = 0;
        for (const hit of hits) {
            if (hit.start < from)
                continue;
            out += text.slice(from, hit.start) + maskSecret(hit.secret);
            from = hit.end;
        }
        out += text.slice(from);
        return shortPattern ? out.replace(shortPattern, (hit) => maskSecret(hit)) : out;
    };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Runs of the characters keys are made of, long enough to be one. */
const KEY_TOKEN = /[A-Za-z0-9_-]{16,}/g;
/** Query parameters that carry credentials (`?key=` for Gemini, `?api-key=`, `?access_token=`…). */
const CREDENTIAL_QUERY = /([?&](?:key|api[-_]?key|apikey|access[-_]?token|token|auth|secret|password|sig)=)([^&#\s"'<>]+)/gi;
/** The password of `scheme://user:password@host`. */
const USERINFO_PASSWORD = /(\/\/[^/@\s:]*:)[^/@\s]+@/g;
/**
 * Keys in free text that no rule declared: the catalog's `unique` formats, and tokens behind a known key
 * prefix that match any format or look random (one-api's `sk-` + 48 characters is a `shared` format the
 * text scan skips). Random tokens without a prefix are left alone: account ids and hashes look the same.
 */
function strayKeys(text, catalog) {
    const prefixed = (text.match(KEY_TOKEN) ?? []).flatMap(prefixedKeys).filter((token) => !catalog.isPlaceholder(token) && (catalog.identifyKey(token) !== undefined || catalog.looksLikeSecret(token)));
    return [...catalog.scanText(text).map((hit) => hit.token), ...prefixed];
}
/**
 * The tails of a token that start at a known key prefix: the token itself (`sk-proj-…`), or the key glued to a word
 * before it (`x_sk-ant-…`, `MYsk-proj-…`), which no boundary-respecting scanner reports.
 */
function prefixedKeys(token) {
    const starts = new Set();
    for (const prefix of KNOWN_PREFIXES) {
        for (let at = token.indexOf(prefix); at !== -1; at = token.indexOf(prefix, at + 1))
            starts.add(at);
    }
    return [...starts].map((at) => token.slice(at)).filter((tail) => tail.length >= 16);
}
/**
 * Text from the repository (a message quoting a value, a URL in a scope table) with what may be a
 * credential masked: stray keys, credential query values and URL passwords.
 */
function maskStraySecrets(text, catalog) {
    const out = text.replace(USERINFO_PASSWORD, '$1…@').replace(CREDENTIAL_QUERY, (_, name, value) => name + maskSecret(value));
    return scrubSecrets(out, strayKeys(out, catalog));
}
/**
 * What may be a key in text quoted raw from a file (a parser's message, a whole line): the stray keys,
 * and every random-looking token too, prefixed or not, since nothing else in such text needs showing.
 */
function secretLikeTokens(text, catalog) {
    const random = (text.match(KEY_TOKEN) ?? []).filter((token) => catalog.looksLikeSecret(token));
    return [...new Set([...strayKeys(text, catalog), ...random])];
}
/** Names a setting's value refers to: `${NAME}`, `$NAME`, `${{ secrets.NAME }}`, `${NAME:-default}`. */
const REFERENCED_NAME = /\$\{\{\s*[\w.]*?\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}\}|\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** Names of keys, tokens and passwords: an opaque random value there is a credential. */
const CREDENTIAL_NAME = /key|token|secret|passw|pwd|auth|credential/i;
/** Secret values by name shorter than this are not hunted in reports: a value such as `true` is no secret's body. */
const MIN_GIVEN_SECRET = 8;
/**
 * Every value a run knows to be secret: each key found in the text, each setting that holds a key or a random
 * credential (and the defaults of references), and each given secret value (the action's `secrets` input, the
 * environment under `--probe`) whose name a setting refers to — once resolved, it could be shown anywhere.
 */
function knownSecrets(files, catalog, given = {}) {
    const secrets = new Set(given.keys?.filter((k) => k.trim() !== '') ?? []);
    const referenced = new Set();
    const isSecret = (name, value) => catalog.identifyKey(value) !== undefined || (CREDENTIAL_NAME.test(name) && catalog.looksLikeSecret(value));
    for (const file of files) {
        for (const hit of file.keyHits)
            secrets.add(hit.token);
        for (const entry of file.entries) {
            for (const value of [entry.value, entry.ref?.fallback])
                if (value !== undefined && isSecret(entry.key, value))
                    secrets.add(value);
            if (entry.ref)
                referenced.add(entry.ref.name);
            for (const m of (entry.raw ?? entry.value ?? '').matchAll(REFERENCED_NAME))
                referenced.add(m[1] ?? m[2]);
        }
        for (const job of file.workflow?.jobs ?? [])
            for (const use of job.secretUses)
                referenced.add(use.name);
    }
    for (const name of referenced) {
        const value = given.values?.get(name);
        if (value === undefined || value.trim().length < MIN_GIVEN_SECRET)
            continue;
        secrets.add(value);
        // A secret URL is shown in parts (host, path without the user info): its random-looking parts are secrets too.
        for (const part of value.match(KEY_TOKEN) ?? [])
            if (catalog.looksLikeSecret(part))
                secrets.add(part);
    }
    return [...secrets];
}
/** Masks, in any text bound for a report, the known secrets in every letter case and any stray key. */
function createRedactor(secrets, catalog) {
    const known = knownSecretScrubber(secrets);
    return (text) => maskStraySecrets(known(text), catalog);
}
/**
 * A copy of `value` with every string in it passed through `redact`: findings, scope ids, labels, file and folder
 * names, table rows, probe summaries. Walking everything, rather than fields picked one by one, is what keeps a
 * field added later from carrying a secret past the masking.
 */
function redactAll(value, redact) {
    if (typeof value === 'string')
        return redact(value);
    if (Array.isArray(value))
        return value.map((item) => redactAll(item, redact));
    if (value === null || typeof value !== 'object' || value instanceof Set || value instanceof Map)
        return value;
    // fromEntries defines own properties: a key `__proto__` stays a key and never sets a prototype.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactAll(v, redact)]));
}
/**
 * Text a provider sent back (live probes) is shown to users, and some providers echo part of the key (`Incorrect
 * API key provided: sk-proj-****abcd`, `[sk-abc***xyz] 该令牌额度已用尽`, LiteLLM's `Received API Key = sk-...wxyz`).
 * Everything the probes take from an answer passes through {@link cleanDetail} before it is kept; the report then
 * goes through {@link createRedactor} like every other text.
 */
const REDACTED = '[key redacted]';
/** Shorter shared runs are too likely to be ordinary text (`sk-proj`, `-api03-`) to be worth removing. */
const MIN_FRAGMENT = 8;
/** Masked echoes: characters around a run of `*`, or a `...`/`…` gap followed by the key's tail. */
const MASKED_ECHO = /[\w-]*\*{2,}[\w-]*|[\w-]+(?:\.{3}|…)[\w-]{2,}/g;
/** Removes the key, any run of 8 or more of its characters, and masked echoes of it from `text`. */
function scrubKey(text, key) {
    return removeFragments(text.replace(MASKED_ECHO, REDACTED), key).replace(/(?:\[key redacted\])+/g, REDACTED);
}
/** Provider text made fit to show: one line, no control characters, scrubbed, at most `max` characters. */
function cleanDetail(text, key, max = 200) {
    // Cut before scrubbing to bound the work, but well past `max` so a fragment at the first cut cannot survive the second.
    const oneLine = text.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
    const scrubbed = scrubKey(oneLine, key);
    return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed;
}
function removeFragments(text, key) {
    if (key.length < MIN_FRAGMENT)
        return text.split(key).join(REDACTED);
    const grams = new Set();
    for (let i = 0; i + MIN_FRAGMENT <= key.length; i++)
        grams.add(key.slice(i, i + MIN_FRAGMENT));
    let out = '';
    let i = 0;
    while (i < text.length) {
        if (!grams.has(text.slice(i, i + MIN_FRAGMENT))) {
            out += text[i++];
            continue;
        }
        let end = i + MIN_FRAGMENT;
        // Overlapping windows that are all in the key form one fragment; extend while they last.
        while (end < text.length && grams.has(text.slice(end - MIN_FRAGMENT + 1, end + 1)))
            end++;
        out += REDACTED;
        i = end;
    }
    return out;
}


/***/ }),

/***/ 2020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ lineSpan),
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Maps 0-based string offsets to 1-based line/column positions; built once per file. */
class LineIndex {
    text;
    /** Offsets at which each line starts. `\r\n`, `\n` and lone `\r` all end a line. */
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13) {
                if (text.charCodeAt(i + 1) === 10)
                    i++;
                this.starts.push(i + 1);
            }
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1 };
    }
    span(start, end) {
        return { start: this.position(start), end: this.position(end) };
    }
    /** 0-based offset of a 1-based position. */
    offset(position) {
        const start = this.starts[Math.min(position.line, this.starts.length) - 1] ?? 0;
        return start + position.column - 1;
    }
    /** The text of a 1-based line, without its line ending. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        let end = next === undefined ? this.text.length : next;
        while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13))
            end--;
        return this.text.slice(start, end);
    }
}
/** A span covering one whole line (for file-level findings). */
const lineSpan = (line, length = 0) => ({
    start: { line, column: 1 },
    end: { line, column: length + 1 }
});


/***/ }),

/***/ 38:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $C: () => (/* binding */ urlAsFetched),
/* harmony export */   A$: () => (/* binding */ withoutTrailingSlashes),
/* harmony export */   AQ: () => (/* binding */ isInternalHost),
/* harmony export */   Dl: () => (/* binding */ parseUrl),
/* harmony export */   JF: () => (/* binding */ segments),
/* harmony export */   XM: () => (/* binding */ pathOf),
/* harmony export */   jr: () => (/* binding */ showUrl),
/* harmony export */   oc: () => (/* binding */ looksLikeHost),
/* harmony export */   t_: () => (/* binding */ withoutQueryOrSlashes),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/**
 * URLs as people write them in settings: split without normalising (the WHATWG parser would hide the very
 * mistakes the rules look for), and the few host and path helpers clients, rules and probes share.
 */
const URL_SHAPE = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?(?:([^@/?#\s]*)@)?(\[[^\]\s]+\]|[^:/?#\s]+)(?::(\d*))?([^?#\s]*)(\?[^#\s]*)?(#\S*)?$/;
/** Splits a URL without normalising it. */
function parseUrl(text) {
    const m = URL_SHAPE.exec(text);
    if (!m)
        return undefined;
    const [, scheme, userinfo, host, port, path, query, fragment] = m;
    return {
        ...(scheme ? { scheme: scheme.toLowerCase() } : {}),
        ...(userinfo !== undefined ? { userinfo } : {}),
        host: host.toLowerCase().replace(/^\[|\]$/g, ''),
        ...(port ? { port } : {}),
        path: path ?? '',
        query: query ?? '',
        fragment: fragment ?? ''
    };
}
/** `host` or `host:port`, as written in a URL. */
const hostOf = (url) => (url.port ? `${url.host}:${url.port}` : url.host);
/** Path segments without empty ones: `/openai/v1/` → `['openai', 'v1']`. */
const segments = (path) => path.split('/').filter((s) => s !== '');
/** The path of a URL string, or empty. */
const pathOf = (url) => parseUrl(url)?.path ?? '';
/** `https://x/v1//` → `https://x/v1`. */
const withoutTrailingSlashes = (url) => url.replace(/\/+$/, '');
/** A URL without its query, fragment and trailing slashes: what a test of how its path ends compares. */
const withoutQueryOrSlashes = (url) => withoutTrailingSlashes(url.replace(/[?#].*$/, ''));
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/**
 * Whether text without a scheme still names a host: `localhost`, an address, a dotted name ending in
 * a real top-level label, or anything with a port. `gpt-3.5-turbo` and `true` do not.
 */
function looksLikeHost(url) {
    if (url.scheme !== undefined || url.port !== undefined)
        return true;
    if (url.host === 'localhost' || IPV4.test(url.host) || url.host.includes(':'))
        return true;
    return /\.[a-z][a-z-]*[a-z]$/.test(url.host);
}
/** Loopback, private ranges, link-local, `.local`/`.internal` names and single-label service names. */
function isInternalHost(host) {
    if (host === 'localhost' || host === '::1' || host.endsWith('.localhost'))
        return true;
    if (!host.includes('.') && !host.includes(':'))
        return true;
    if (/\.(?:local|internal|lan|home\.arpa)$/.test(host))
        return true;
    const ip = IPV4.exec(host) ? host.split('.').map(Number) : undefined;
    if (!ip)
        return /^f[cd][0-9a-f]{2}:/.test(host);
    const [a, b] = ip;
    return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}
/**
 * The URL as `fetch` will read it (WHATWG, resolved against `base`), or undefined: what a probe decides which host it
 * talks to by, where `parseUrl` keeps what a person wrote.
 */
function urlAsFetched(text, base) {
    try {
        return new URL(text, base);
    }
    catch {
        return undefined;
    }
}
/** A URL for a message: credentials and query values never shown. */
function showUrl(text) {
    return text.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^@/?#\s]*@/, '$1…@').replace(/\?.*$/, '?…');
}


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ nameRole)
/* harmony export */ });
/* unused harmony export credentialName */
/**
 * What a variable name says about its value, for the names no client profile knows. Used to pair
 * settings by shared prefixes (`LLM_API_KEY` ↔ `LLM_API_BASE_URL`) and by the key rules.
 */
/**
 * Suffixes longest first, so `LLM_API_BASE_URL` loses `_API_BASE_URL` rather than `_URL`.
 * `_KEY` alone is weak: `CACHE_KEY` and `SORT_KEY` are not credentials unless the value looks like one;
 * so is `_PASSWORD`, which CI files set to throwaway values for service containers.
 */
const KEY_SUFFIXES = [
    ['_ACCESS_TOKEN', 'strong'],
    ['_BEARER_TOKEN', 'strong'],
    ['_SECRET_KEY', 'strong'],
    ['_AUTH_TOKEN', 'strong'],
    ['_API_TOKEN', 'strong'],
    ['_API_KEYS', 'strong'],
    ['_API_KEY', 'strong'],
    ['_PASSWORD', 'weak'],
    ['_APIKEY', 'strong'],
    ['_SECRET', 'strong'],
    ['_TOKEN', 'strong'],
    ['_KEY', 'weak']
];
/** `_URL` and `_ENDPOINT` name many things (`DATABASE_URL`); they are a base URL only next to a key. */
const BASE_SUFFIXES = [
    ['_API_BASE_URL', 'strong'],
    ['_BASE_URL', 'strong'],
    ['_API_BASE', 'strong'],
    ['_BASEURL', 'strong'],
    ['_API_URL', 'weak'],
    ['_ENDPOINT', 'weak'],
    ['_URL', 'weak']
];
const MODEL_SUFFIXES = ['_DEFAULT_MODEL', '_MODEL_NAME', '_MODEL_ID', '_MODEL'];
/** Field names of config files and SDK options (camelCase or snake_case), which carry no stem. */
const KEY_FIELDS = /^(?:api[-_]?key|apikey|token|access[-_]?token|auth[-_]?token|bearer[-_]?token|experimental_bearer_token|secret)$/i;
const BASE_FIELDS = /^(?:api[-_]?base|base[-_]?url|api[-_]?base[-_]?url|baseURL|endpoint)$/i;
const MODEL_FIELDS = /^(?:model|model[-_]?name)$/i;
/** Environment variable style: upper case with underscores. */
const ENV_STYLE = /^[A-Z][A-Z0-9_]*$/;
/** Strips a trailing `_API` so `LLM_API_KEY` and `LLM_BASE_URL` share the stem `LLM`. */
const stemOf = (rest) => rest.replace(/_API$/, '');
/** The role a variable or field name suggests, or undefined for names that say nothing. */
function nameRole(name) {
    if (KEY_FIELDS.test(name))
        return { role: 'key', stem: '', strength: 'strong' };
    if (/^password$/i.test(name))
        return { role: 'key', stem: '', strength: 'weak' };
    if (BASE_FIELDS.test(name))
        return { role: 'base', stem: '', strength: /endpoint/i.test(name) ? 'weak' : 'strong' };
    if (MODEL_FIELDS.test(name))
        return { role: 'model', stem: '' };
    if (!ENV_STYLE.test(name))
        return undefined;
    const upper = `_${name}`;
    for (const [suffix, strength] of KEY_SUFFIXES) {
        if (upper.endsWith(suffix))
            return { role: 'key', stem: stemOf(upper.slice(1, -suffix.length)), strength };
    }
    for (const [suffix, strength] of BASE_SUFFIXES) {
        if (upper.endsWith(suffix))
            return { role: 'base', stem: stemOf(upper.slice(1, -suffix.length)), strength };
    }
    const model = MODEL_SUFFIXES.find((s) => upper.endsWith(s));
    return model ? { role: 'model', stem: stemOf(upper.slice(1, -model.length)) } : undefined;
}
/**
 * How sure a name is to hold a credential: `strong` for `*_API_KEY`, `*_TOKEN`, `*_SECRET`, `apiKey`,
 * `experimental_bearer_token`…; `weak` for `*_KEY`, which needs a random-looking value as well.
 */
function credentialName(name) {
    const role = nameRole(name);
    return role?.role === 'key' ? role.strength : undefined;
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ HTTP_CASES),
/* harmony export */   SF: () => (/* binding */ ALL_CASES),
/* harmony export */   WR: () => (/* binding */ HOST_NOT_ALLOWED),
/* harmony export */   p0: () => (/* binding */ MODEL_MISSING),
/* harmony export */   wc: () => (/* binding */ MODEL_LISTED),
/* harmony export */   yT: () => (/* binding */ MADE_UP_MODEL),
/* harmony export */   yX: () => (/* binding */ KEY_MALFORMED)
/* harmony export */ });
/* unused harmony export PUBLIC_MODEL_LISTS */
/** Providers whose models list needs no key (OpenRouter), so listing proves the route but not the key. */
const PUBLIC_MODEL_LISTS = ['openrouter'];
/** Model name for the free chat probe: no provider has it, so a valid key gets "no such model" and nothing is billed. */
const MADE_UP_MODEL = 'llm-env-lint-probe-no-such-model';
const NO_CREDIT_CODES = [
    'insufficient_quota',
    'credit_balance_exhausted',
    'organization_spend_limit_exceeded',
    'project_spend_limit_exceeded',
    'organization_usage_limit_exceeded',
    'billing_error',
    'insufficient_user_quota',
    'pre_consume_token_quota_failed'
];
const NO_CREDIT_MESSAGE = /额度不足|预扣费额度失败|余额不足|credit balance is too low|used all available credits|spending limit|insufficient (balance|credits?|quota)|exceeded your current quota|arrearage/i;
const MODEL_WORDS = /model|模型|渠道|channel/i;
/** Ordered: the first case with a matching signature wins. */
const HTTP_CASES = [
    // No answer at all.
    {
        id: 'dnsFailure',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['dns'] }],
        explanation: '{{host}} does not resolve ({{answer}})',
        nextStep: 'check the host name for typos; a localhost or internal name cannot be reached from the runner'
    },
    {
        id: 'tlsFailure',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['tls'] }],
        explanation: 'the TLS handshake with {{host}} failed ({{answer}}), so the key was not sent',
        nextStep: 'check the host name: its certificate does not match it or is not trusted'
    },
    {
        id: 'connectionRefused',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['refused'] }],
        explanation: '{{host}} refused the connection ({{answer}})',
        nextStep: 'check the host and port: nothing is listening there'
    },
    {
        id: 'connectionReset',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['reset'] }],
        explanation: 'the connection to {{host}} was reset before an answer arrived ({{answer}})',
        nextStep: 'retry later; if it keeps happening, a proxy or firewall in front of the API is dropping requests'
    },
    {
        id: 'timeout',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['timeout'] }],
        explanation: 'no answer from {{host}} within {{timeout}}',
        nextStep: 'retry later; an API that hangs for the probe also hangs the app'
    },
    {
        id: 'budgetExhausted',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['budget'] }],
        explanation: 'the overall probe budget ran out before {{host}} answered',
        nextStep: 'retry later, or probe fewer deployments per run: the budget is six times probe-timeout, and at least 60 s'
    },
    {
        id: 'networkFailure',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ failure: ['unreachable', 'network'] }],
        explanation: '{{host}} could not be reached ({{answer}})',
        nextStep: "check the host name and the runner's network"
    },
    // Answers that are not from the API at all.
    {
        id: 'cloudflareChallenge',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ header: { name: 'cf-mitigated', value: /challenge/i } }],
        explanation: '{{host}} answered with a Cloudflare bot challenge instead of the API ({{answer}})',
        nextStep: 'not a key problem: ask the provider to exempt API traffic from the challenge'
    },
    {
        id: 'redirectElsewhere',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['3xx'], crossHost: true }],
        explanation: '{{url}} redirects to another host ({{location}}); the redirect was not followed, so the key was not sent there',
        nextStep: 'if that host serves the API, use it in the base URL'
    },
    {
        id: 'redirect',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['3xx'] }],
        explanation: '{{url}} redirects to {{location}}, as a dashboard or login page does',
        nextStep: "use the provider's API root as the base URL"
    },
    {
        id: 'webPage',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: ['2xx', 404, 405], html: true }],
        explanation: '{{url}} answered with a web page ({{answer}}{{title}}), not the API: the base URL is a website, a dashboard or has a wrong prefix',
        nextStep: 'use the API root, {{apiRoot}}'
    },
    {
        id: 'chatAppNotApi',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [401, 403], message: /empty access code|wrong access code|not allowed to access with your own api key|you are not allowed to request/i }],
        explanation: '{{host}} is a NextChat deployment, not a provider API ({{detail}})',
        nextStep: 'point the base URL at the provider or gateway, not at a chat app'
    },
    // Wrong paths.
    {
        id: 'doubleVersion',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [404], doubleVersion: true }, { status: [404], message: /Invalid URL \([A-Z]+ [^)]*\/v1\/v1[/)]/ }],
        explanation: 'the request path has /v1 twice ({{path}}), so the API answers 404',
        nextStep: 'remove the trailing /v1 from the base URL: NextChat-style clients add /v1 themselves'
    },
    {
        id: 'wrongPath',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [404], message: /^Invalid URL \(/ }],
        explanation: '{{host}} has no API at {{path}} ({{detail}})',
        nextStep: "check the base URL's path prefix: some APIs live under /openai/v1 (Groq), /inference/v1 (Fireworks), /api/paas/v4 (Zhipu) or /api/v3 (Ark)"
    },
    {
        id: 'methodNotAllowed',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [405] }],
        explanation: '{{url}} does not accept {{method}} ({{answer}}): the base URL looks like a full endpoint',
        nextStep: 'use the API root, without /chat/completions'
    },
    {
        id: 'notImplemented',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [501] }],
        explanation: '{{host}} does not implement {{path}} ({{answer}})',
        nextStep: 'use a client route the gateway supports, or another gateway'
    },
    // The key, and gateway tokens.
    {
        id: 'restrictedKey',
        rule: 'probe-key',
        outcome: 'indeterminate',
        proceed: true,
        when: [{ status: [401, 403], step: ['models'], message: /missing scopes?:/i }],
        explanation: 'the key may not list models ({{detail}}): it is a restricted key or token',
        nextStep: 'nothing to fix if it may chat; the chat probe decides'
    },
    {
        id: 'keyLacksScope',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401, 403], step: ['chat-free', 'chat-real'], message: /missing scopes?:|insufficient permissions/i }],
        explanation: 'the key may not send chat requests ({{detail}})',
        nextStep: 'give the key the permission to call models (for OpenAI: model.request, or all permissions)'
    },
    {
        id: 'tokenExhausted',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401, 403], message: /额度已用尽|quota (is )?(exhausted|used up)/i }],
        explanation: 'the gateway token {{key}} has used up its quota ({{answer}})',
        nextStep: "raise the token's quota in the gateway's dashboard, or create a new token"
    },
    {
        id: 'tokenExpired',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401], message: /令牌已过期|token (has )?expired/i }],
        explanation: 'the gateway token {{key}} has expired ({{answer}})',
        nextStep: "extend it or create a new token in the gateway's dashboard"
    },
    {
        id: 'tokenDisabled',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401], message: /状态不可用|token (is )?disabled/i }],
        explanation: 'the gateway token {{key}} is disabled ({{answer}})',
        nextStep: "enable it or create a new token in the gateway's dashboard"
    },
    {
        id: 'madeUpModelRefused',
        rule: 'probe-key',
        outcome: 'verified',
        alsoSettles: ['probe-route'],
        when: [
            { step: ['chat-free'], status: [400, 403, 404, 422, 503], codes: ['model_not_found', 'not_found_error', 'invalid_model'] },
            { step: ['chat-free'], status: [400, 403, 404, 422, 503], message: MODEL_WORDS },
            { step: ['chat-free'], status: [401], message: /not allowed to access model/i }
        ],
        explanation: '{{host}} accepted the key and the route, and refused a made-up model name as expected ({{answer}})',
        nextStep: 'nothing to do'
    },
    {
        id: 'modelForbidden',
        rule: 'probe-model',
        outcome: 'rejected',
        when: [
            { status: [401, 403], message: /无权使用模型|no access to model|not allowed to use .* model|not allowed to access model|can only access models/i },
            { status: [403], codes: ['token_model_forbidden', 'distributor.token_model_forbidden'] }
        ],
        explanation: 'the key may not use {{model}} ({{detail}})',
        nextStep: 'allow the model for this key in the dashboard, or configure a model it allows'
    },
    {
        id: 'ipNotAllowed',
        rule: 'probe-key',
        outcome: 'indeterminate',
        when: [{ status: [401, 403], message: /IP 不在|指定网段|ip (address )?(is )?not (authorized|allowed)|not in the (ip )?allow ?list/i }],
        explanation: 'the provider accepts this key only from certain IP addresses, and the runner is not one of them ({{answer}})',
        nextStep: "nothing to fix if the app's server is allowed; to probe from CI, allow the runner's addresses"
    },
    {
        id: 'keyProviderMismatch',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [
            { status: [401, 403], keyMismatch: true },
            { status: [400], keyMismatch: true, codes: ['API_KEY_INVALID'] },
            { status: [400], keyMismatch: true, message: /incorrect api key|api key not valid/i }
        ],
        explanation: '{{host}} rejected {{key}}, a {{keyProvider}} key: the key and the base URL belong to different providers ({{answer}})',
        nextStep: 'use a {{hostProvider}} key with this base URL, or the base URL of {{keyProvider}}'
    },
    {
        id: 'gatewayTokenRejected',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401], oneApi: true }],
        explanation: 'the gateway rejected the token {{key}} ({{answer}}): it is unknown, disabled, expired or out of quota',
        nextStep: "check the token in the gateway's dashboard (new-api gives the same answer in all four cases) and that it was issued by this gateway"
    },
    {
        id: 'keyRejected',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [
            { status: [401] },
            { status: [400], codes: ['API_KEY_INVALID'] },
            { status: [400, 403], message: /incorrect api key|api key not valid|invalid api key/i },
            { status: [404], step: ['models'], hostProvider: ['anthropic'] }
        ],
        explanation: '{{host}} rejected the key {{key}} ({{answer}}): it is wrong, revoked, or belongs to another provider',
        nextStep: "create a key where the base URL's provider issues them, store it as a secret, and keep key and base URL from the same provider"
    },
    {
        id: 'noCredits',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [402] }, { status: [400, 403, 429], codes: NO_CREDIT_CODES }, { status: [400, 403, 429], message: NO_CREDIT_MESSAGE }],
        explanation: 'the account behind {{key}} has no credits left or reached its spend limit ({{answer}})',
        nextStep: "add credits or raise the limit in the provider's billing settings; retrying will not help"
    },
    {
        id: 'regionUnsupported',
        rule: 'probe-key',
        outcome: 'indeterminate',
        when: [{ status: [403], codes: ['unsupported_country_region_territory'] }],
        explanation: "{{host}} does not serve the runner's region ({{answer}})",
        nextStep: "nothing to fix if the app's server is in a supported region"
    },
    {
        id: 'accountBanned',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [401, 403], message: /封禁|banned/i }],
        explanation: 'the account behind {{key}} is banned ({{answer}})',
        nextStep: 'contact the provider'
    },
    {
        id: 'permissionDenied',
        rule: 'probe-key',
        outcome: 'rejected',
        when: [{ status: [403] }],
        explanation: '{{host}} refused the key {{key}} ({{answer}}): it exists but lacks permission, or the account has no credits',
        nextStep: "check the key's permissions, project and model access, and the account's credits"
    },
    // The model.
    {
        id: 'noChannel',
        rule: 'probe-model',
        outcome: 'rejected',
        when: [
            { step: ['chat-real'], status: [503], message: /无可用渠道|no available channel/i },
            { step: ['chat-real'], status: [503], codes: ['model_not_found'] }
        ],
        explanation: "the gateway has no channel serving {{model}} for this key's group ({{answer}})",
        nextStep: 'configure a model GET /models lists for this key, or ask the gateway to enable {{model}} for your group'
    },
    {
        id: 'modelNotFound',
        rule: 'probe-model',
        outcome: 'rejected',
        when: [
            { step: ['chat-real'], status: [400, 404], codes: ['model_not_found', 'DeploymentNotFound', 'invalid_model'] },
            { step: ['chat-real'], status: [404], message: /model.*(does not exist|not found)|no such model/i },
            { step: ['chat-real'], status: [400], message: /not a valid model|invalid model/i },
            { step: ['chat-real'], status: [404], codes: ['not_found_error'] }
        ],
        explanation: '{{host}} does not offer {{model}} to this key ({{answer}})',
        nextStep: 'configure one of the ids GET /models returns for this key'
    },
    // Temporary trouble.
    {
        id: 'upstreamSaturated',
        rule: 'probe-route',
        outcome: 'indeterminate',
        retry: true,
        when: [{ status: [429, 503], message: /上游负载已饱和|upstream.*saturated/i }, { status: [429], codes: ['channel.upstream_saturated'] }],
        explanation: "the gateway's upstream for this key's group is saturated ({{answer}}): temporary trouble on the gateway's side",
        nextStep: 'retry later; ask the gateway if it persists'
    },
    {
        id: 'rateLimited',
        rule: 'probe-key',
        outcome: 'indeterminate',
        retry: true,
        when: [{ status: [429] }],
        explanation: '{{host}} rate-limited the probe ({{answer}}{{retryAfter}})',
        nextStep: "retry later, or raise the account's rate limit"
    },
    {
        id: 'overloaded',
        rule: 'probe-route',
        outcome: 'indeterminate',
        retry: true,
        when: [
            { status: [529] },
            { status: [503], codes: ['overloaded_error', 'server_is_overloaded', 'slow_down'] },
            { status: [503], message: /overload/i }
        ],
        explanation: '{{host}} is overloaded ({{answer}})',
        nextStep: 'retry later: this is temporary, not a configuration problem'
    },
    {
        id: 'unavailable',
        rule: 'probe-route',
        outcome: 'indeterminate',
        retry: true,
        when: [{ status: [503] }],
        explanation: '{{host}} is temporarily unavailable ({{answer}})',
        nextStep: 'retry later; if it persists, ask the provider which route or model is down'
    },
    {
        id: 'serverError',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: [500, 502, 504] }],
        explanation: '{{host}} failed with a server error ({{answer}})',
        nextStep: 'retry later; if it persists, send the support block to the provider'
    },
    {
        id: 'tokenLimitRefused',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [
            { status: [400], codes: ['unsupported_parameter'], message: /max_(completion_)?tokens/ },
            { status: [400], message: /max_completion_tokens/ }
        ],
        explanation: '{{host}} refused the one-token limit of the probe ({{detail}})',
        nextStep: 'nothing to fix in the configuration; the probe could not ask for a one-token answer'
    },
    // Success, and 2xx answers that are not what an API sends.
    {
        id: 'publicModelsListed',
        rule: 'probe-route',
        outcome: 'verified',
        proceed: true,
        when: [{ status: ['2xx'], step: ['models'], modelsList: true, hostProvider: PUBLIC_MODEL_LISTS }],
        explanation: '{{host}} listed {{count}} models; its list needs no key, so the chat probe checks the key',
        nextStep: 'nothing to do'
    },
    {
        id: 'modelsListed',
        rule: 'probe-key',
        outcome: 'verified',
        alsoSettles: ['probe-route'],
        when: [{ status: ['2xx'], step: ['models'], modelsList: true }],
        explanation: '{{host}} accepted the key and listed {{count}} models',
        nextStep: 'nothing to do'
    },
    {
        id: 'chatReplied',
        rule: 'probe-route',
        outcome: 'verified',
        alsoSettles: ['probe-key', 'probe-model'],
        when: [{ status: ['2xx'], step: ['chat-real'], chatReply: true }],
        explanation: '{{model}} answered through {{url}}',
        nextStep: 'nothing to do'
    },
    {
        id: 'madeUpModelAnswered',
        rule: 'probe-key',
        outcome: 'verified',
        alsoSettles: ['probe-route'],
        when: [{ status: ['2xx'], step: ['chat-free'], chatReply: true }],
        explanation: '{{host}} answered even for a made-up model name: it maps unknown names to a default model',
        nextStep: 'nothing to fix; the gateway may have billed a one-token answer'
    },
    {
        id: 'errorInSuccess',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['2xx'], bodyError: true }],
        explanation: '{{host}} answered {{answer}} with an error in the body ({{detail}})',
        nextStep: 'retry later; send the support block to the provider if it persists'
    },
    {
        id: 'notJson',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: ['2xx'], json: false }],
        explanation: '{{url}} answered {{answer}} with something that is not JSON ({{contentType}}): not an OpenAI-compatible API',
        nextStep: 'use the API root, {{apiRoot}}'
    },
    {
        id: 'unexpectedJson',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: ['2xx'] }],
        explanation: '{{url}} answered JSON that is neither a models list nor a chat reply',
        nextStep: 'check that the base URL is the root of an OpenAI-compatible API'
    },
    // Everything else.
    {
        id: 'noModelsList',
        rule: 'probe-model',
        outcome: 'indeterminate',
        proceed: true,
        when: [{ step: ['models'], status: [400, 404] }],
        explanation: '{{host}} offers no models list at {{path}} ({{answer}}), so the configured models could not be checked',
        nextStep: 'nothing to fix if chat works; the chat probe checks the route'
    },
    {
        id: 'badRequest',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{ status: [400, 422] }],
        explanation: '{{host}} refused the probe request ({{answer}}: {{detail}})',
        nextStep: 'check the base URL and the model; send the support block to the provider if the app fails the same way'
    },
    {
        id: 'notFound',
        rule: 'probe-route',
        outcome: 'rejected',
        when: [{ status: [404] }],
        explanation: '{{url}} does not exist ({{answer}})',
        nextStep: "check the base URL's path"
    },
    {
        id: 'unexpectedAnswer',
        rule: 'probe-route',
        outcome: 'indeterminate',
        when: [{}],
        explanation: '{{host}} answered {{answer}}, which the probe cannot interpret ({{detail}})',
        nextStep: 'send the support block to the provider if the app fails too'
    }
];
/** The base URL's host may not receive the key ({@link isProbeAllowed}): nothing was sent. */
const HOST_NOT_ALLOWED = {
    id: 'hostNotAllowed',
    rule: 'probe-route',
    outcome: 'indeterminate',
    severity: 'warning',
    explanation: 'the key was not sent to {{host}}: {{reason}}',
    nextStep: 'if you trust {{host}} with the key, add it to probe-hosts'
};
/** Checked before any request: such a key cannot be sent in a header at all. */
const KEY_MALFORMED = {
    id: 'keyMalformed',
    rule: 'probe-key',
    outcome: 'rejected',
    explanation: 'the key {{key}} contains spaces, line breaks or other characters no API key has',
    nextStep: 'store the key without quotes, spaces or line breaks'
};
const MODEL_LISTED = {
    id: 'modelListed',
    rule: 'probe-model',
    outcome: 'verified',
    explanation: '{{host}} lists {{model}} for this key',
    nextStep: 'nothing to do'
};
const MODEL_MISSING = {
    id: 'modelMissing',
    rule: 'probe-model',
    outcome: 'rejected',
    explanation: '{{model}} is not among the {{count}} models {{host}} lists for this key{{suggestions}}',
    nextStep: 'configure one of the listed ids exactly as written'
};
/** Every case, for rule metadata and docs. */
const ALL_CASES = [...HTTP_CASES, HOST_NOT_ALLOWED, KEY_MALFORMED, MODEL_LISTED, MODEL_MISSING];


/***/ }),

/***/ 6747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cG: () => (/* binding */ MAX_PROBE_TIMEOUT_S),
/* harmony export */   dz: () => (/* binding */ probeMaxRequests),
/* harmony export */   ic: () => (/* binding */ PROBE_DEFAULTS),
/* harmony export */   mM: () => (/* binding */ probeTimeoutMs),
/* harmony export */   pr: () => (/* binding */ MAX_PROBE_REQUESTS)
/* harmony export */ });
/**
 * The probes' defaults and the bounds of their inputs: what the CLI's flags and the action's inputs are checked
 * against on every run, apart from the probe runner, which only a run that probes loads.
 */
const PROBE_DEFAULTS = {
    timeoutMs: 10_000,
    budgetMs: 60_000,
    concurrency: 20,
    maxBodyBytes: 1024 * 1024,
    maxRequests: 50
};
/** Longer than any provider takes to answer a tiny request; a run should not hang on one host. */
const MAX_PROBE_TIMEOUT_S = 300;
/** A per-request timeout given in seconds (`probe-timeout`), in milliseconds; undefined unless in (0, 300]. */
function probeTimeoutMs(seconds) {
    const value = Number(seconds);
    return seconds.trim() !== '' && Number.isFinite(value) && value > 0 && value <= MAX_PROBE_TIMEOUT_S ? value * 1000 : undefined;
}
/** The most `probe-max-requests` accepts: beyond it a run is a load test, not a check. */
const MAX_PROBE_REQUESTS = 1000;
/** `probe-max-requests` as a count; undefined unless a whole number in [1, 1000]. */
function probeMaxRequests(text) {
    const value = Number(text);
    return /^\s*\d+\s*$/.test(text) && value >= 1 && value <= MAX_PROBE_REQUESTS ? value : undefined;
}


/***/ }),

/***/ 8281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hs: () => (/* binding */ parseProbeHosts),
/* harmony export */   xD: () => (/* binding */ isProbeAllowed)
/* harmony export */ });
/* unused harmony export isLoopbackHost */
/* harmony import */ var _core_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38);
/* harmony import */ var tldts__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(935);
/* harmony import */ var _providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8381);
/**
 * Which URLs may receive a key. The base URL comes from the repository, so a pull request can change it:
 * a key must only go to hosts the maintainers trust (the built-in registry's API hosts, or `probe-hosts`),
 * and never in clear text except to a loopback server they listed themselves.
 */



/**
 * The built-in registry alone, never the config file's `providers`: the config is a file of the repository, so
 * a pull request that adds a gateway with `apiHosts: [its-own.server]` would otherwise be sent the key.
 */
const registry = (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .createCatalog */ .C)();
const REASONS = {
    'invalid-url': 'it is not a valid URL',
    'credentials-in-url': 'it carries a user name or password',
    scheme: 'only https (and http to a listed loopback host) may receive a key',
    'loopback-not-listed': 'it is a loopback address not listed in probe-hosts, and code run by the job could be listening there',
    'plain-http': 'plain http would send the key unencrypted; http is only for loopback hosts listed in probe-hosts',
    'host-relays-anywhere': 'any account can make this host relay requests to a server of its own (another account\'s Cloudflare AI Gateway), so it is sent a key only when listed in probe-hosts',
    'host-shared-suffix': 'the registry knows this provider only by a suffix any of its customers can create a host under (any Azure subscription can name a resource there), so it is sent a key only when listed in probe-hosts',
    'host-not-trusted': 'the host is neither an API host of the provider registry nor listed in probe-hosts, and a pull request could point the base URL at a server of its choosing'
};
/**
 * Whether `url` may receive a key: https to an API host of the built-in registry that only its provider controls,
 * or to a `probe-hosts` entry; plain http only to a loopback host listed in `probe-hosts`. Loopback hosts always
 * need listing, whatever the scheme or the registry says (a job that runs repository code can open a server on the
 * runner). The reason explains a refusal in plain words.
 */
function isProbeAllowed(url, policy) {
    const parsed = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_2__/* .urlAsFetched */ .$C)(url);
    if (!parsed)
        return refuse('invalid-url');
    if (parsed.username || parsed.password)
        return refuse('credentials-in-url');
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return refuse('scheme');
    const host = parsed.hostname.toLowerCase();
    const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
    const listed = policy.extraHosts.some((entry) => hostMatches(entry, host, port));
    if (isLoopbackHost(host))
        return listed ? { allowed: true } : refuse('loopback-not-listed');
    if (parsed.protocol === 'http:')
        return refuse('plain-http');
    if (listed)
        return { allowed: true };
    const match = registry.byHost(host);
    if (match?.role !== 'api' || match.provider.local)
        return refuse('host-not-trusted');
    const bare = host.replace(/\.$/, '');
    if (!match.provider.apiHosts.some((h) => h.toLowerCase() === bare))
        return refuse('host-shared-suffix');
    return match.provider.relaysAnywhere ? refuse('host-relays-anywhere') : { allowed: true };
}
/**
 * Suffixes under which strangers own hosts: the registry's wildcard API hosts (`*.openai.azure.com`). With the
 * Public Suffix List's (`co.uk`, and private ones such as `github.io`), a `probe-hosts` wildcard may not span them.
 */
const SHARED_SUFFIXES = new Set(registry.providers.flatMap((p) => p.apiHosts.filter((h) => h.startsWith('*.')).map((h) => h.slice(2).toLowerCase())));
/** Whether `*.base` would trust hosts of many owners: a public suffix, a shared provider suffix, or numbers. */
function spansOwners(base) {
    if (/(^|\.)\d+$/.test(base))
        return true; // `*.10.0.0`: a range of addresses, not a domain
    return SHARED_SUFFIXES.has(base) || (0,tldts__WEBPACK_IMPORTED_MODULE_0__/* .getPublicSuffix */ .pj)(base, { allowPrivateDomains: true }) === base;
}
/** 127.0.0.0/8, ::1 (also IPv4-mapped) and `localhost`, as the WHATWG URL parser normalises them. */
function isLoopbackHost(hostname) {
    const host = hostname.toLowerCase();
    return (host === 'localhost' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
        host === '[::1]' ||
        /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host));
}
/**
 * Reads `probe-hosts`: entries separated by commas, spaces or new lines; each a host (`api.example.com`), a host and
 * port (`127.0.0.1:8080`, `[::1]:11434`), a wildcard for subdomains (`*.example.com`), or a URL whose host is taken.
 * A wildcard must keep at least two labels (`*.com` is refused) and may not span a public suffix (`*.co.uk`,
 * `*.github.io`, per the Public Suffix List with its private domains), a provider's shared suffix
 * (`*.openai.azure.com`) or a numeric range (`*.0.0.10`): one entry must not trust hosts of many owners.
 */
function parseProbeHosts(text) {
    const hosts = [];
    const invalid = [];
    for (const raw of text.split(/[\s,]+/).filter(Boolean)) {
        const entry = normaliseEntry(raw);
        if (entry)
            hosts.push(entry);
        else
            invalid.push(raw);
    }
    return { hosts, invalid };
}
function normaliseEntry(raw) {
    const isUrl = raw.includes('://');
    const url = isUrl ? (0,_core_url_js__WEBPACK_IMPORTED_MODULE_2__/* .urlAsFetched */ .$C)(raw) : undefined;
    // `https://api.openai.com@evil.test/` names evil.test: a URL with user info is refused, not read.
    if (url?.username || url?.password)
        return undefined;
    const text = isUrl ? url?.host : raw.replace(/\/+$/, '');
    if (!text)
        return undefined;
    const entry = text.toLowerCase();
    if (entry.startsWith('*.'))
        return /^\*\.[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(entry) && !spansOwners(entry.slice(2)) ? entry : undefined;
    const { host, port } = splitHostPort(entry);
    const parsed = (0,_core_url_js__WEBPACK_IMPORTED_MODULE_2__/* .urlAsFetched */ .$C)(`https://${host}/`);
    if (!parsed || parsed.pathname !== '/' || parsed.username || !/^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/.test(parsed.hostname)) {
        return undefined;
    }
    return port === undefined ? parsed.hostname : `${parsed.hostname}:${port}`;
}
/** `entry` is `host`, `host:port` or `*.suffix`; a host without port matches every port. `port` is never empty. */
function hostMatches(entry, host, port) {
    if (entry.startsWith('*.'))
        return host.endsWith(entry.slice(1));
    const wanted = splitHostPort(entry);
    return wanted.host === host && (wanted.port === undefined || wanted.port === port);
}
function splitHostPort(entry) {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(entry);
    if (!match)
        return { host: entry };
    return match[2] === undefined ? { host: match[1] } : { host: match[1], port: match[2] };
}
const refuse = (code) => ({ allowed: false, code, reason: REASONS[code] });


/***/ }),

/***/ 7328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ PROBE_RULES),
/* harmony export */   kE: () => (/* binding */ ALL_RULE_METAS)
/* harmony export */ });
/* unused harmony exports probeKeyRule, probeModelRule, probeRouteRule */
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5579);
/* harmony import */ var _cases_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2290);
/**
 * Metadata of the three probe rules, for docs, SARIF `tool.driver.rules` and the config's rule names.
 * Messages come from the classification table, so a new case is documented the moment it exists.
 */


/** The explanation (message) and next step (tip) of every case that can become a finding of `rule` (verified cases never do). */
function messagesOf(rule) {
    const cases = _cases_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_CASES */ .SF.filter((c) => c.rule === rule && c.outcome !== 'verified');
    return {
        messages: Object.fromEntries(cases.map((c) => [c.id, c.explanation])),
        tips: Object.fromEntries(cases.map((c) => [c.id, c.nextStep]))
    };
}
const probeKeyRule = {
    id: 'probe-key',
    description: 'The provider accepts the API key (live probe, opt-in)',
    severity: 'error',
    ...messagesOf('probe-key')
};
const probeModelRule = {
    id: 'probe-model',
    description: 'The configured model is offered to the key (live probe, opt-in)',
    severity: 'error',
    ...messagesOf('probe-model')
};
const probeRouteRule = {
    id: 'probe-route',
    description: 'The chat route the client builds from the base URL reaches the API (live probe, opt-in)',
    severity: 'error',
    ...messagesOf('probe-route')
};
const PROBE_RULES = [probeKeyRule, probeModelRule, probeRouteRule];
/** Every rule a report can name: the static rules, then the probes' (for SARIF, the docs and the config's rule names). */
const ALL_RULE_METAS = [..._rules_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rules */ .a.map((rule) => rule.meta), ...PROBE_RULES];


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ createCatalog)
});

;// CONCATENATED MODULE: ./src/providers/placeholders.ts
/**
 * Tells placeholders (`YOUR_RUTAAPI_KEY`, `sk-xxxx`, `${VAR}`, `sk-...DTMA`) from values that look like real
 * credentials. The ideas come from the scanners in `reference/secret-scanners.md` §4: gitleaks' global
 * allowlist and stopwords, trufflehog's false-positive words, detect-secrets' templated/sequential filters.
 *
 * Thresholds are chosen so that a random key is almost never taken for a placeholder: each marker below
 * has a chance of about 1e-4 or less of appearing in a random 100-character key by accident (a test
 * checks thousands of generated keys).
 */
/** Whole values that mean "nothing here yet" (LibreChat's `user_provided` asks each user for their own key). */
const SENTINELS = new Set([
    'user_provided',
    'none',
    'null',
    'nil',
    'undefined',
    'true',
    'false',
    'n/a',
    'na',
    'required',
    'optional',
    'empty',
    'default',
    'key',
    'token',
    'secret',
    'password',
    'apikey',
    'api_key',
    'api-key'
]);
/**
 * Words that mark a placeholder when they stand as a word of their own (`sk-your-key-here`, `YOUR_API_KEY`,
 * `YourApiKey`). Four letters or more: shorter words turn up by chance in random keys.
 */
const MARKER_WORDS = new Set([
    'your',
    'here',
    'test',
    'fake',
    'demo',
    'mock',
    'todo',
    'fixme',
    'dummy',
    'sample',
    'example',
    'placeholder',
    'changeme',
    'replace',
    'replaceme',
    'redacted',
    'insert',
    'secret',
    'token'
]);
/** Marker words long enough to count even inside a longer run of letters (`myexamplekey`, `sk-sample123`). */
const MARKER_INFIXES = /example|sample|dummy|placeholder|changeme|redacted/i;
/** `${VAR}`, `$VAR`, `${{ secrets.X }}`, `{{ x }}`, `<api-key>`, `%VAR%`, `[API_KEY]`, `@VAR@`. */
const TEMPLATE = /\$|\{\{|\}\}|<[^<>]*>|^%[A-Za-z_]\w*%$|^\[[^\]]*\]$|^@[A-Za-z_]\w*@$/;
/** Masked or elided keys: `sk-...DTMA`, `sk-…abcd`, `sk-****abcd`, `sk-••••abcd`. */
const MASKED = /\.\.\.|…|\*|•/;
/** A provider prefix of short segments (`sk-`, `sk-proj-`, `gsk_`, `sk-ant-api03-`), removed to see the body. */
const KEY_PREFIX = /^(?:[A-Za-z0-9]{1,8}[-_])+/;
/** An ALL_CAPS_SNAKE name ending in a credential word: `OPENAI_API_KEY` written where its value belongs. */
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|TOKEN|SECRET|PASSWORD)$/;
/**
 * Words of a value: split at separators and at lower→upper case changes (`YourApiKey` → Your, Api, Key).
 * Digits stay inside words, so `mock7a` in a random key is no `mock`.
 */
function words(value) {
    return value.split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/).filter((w) => w.length > 0);
}
/** A run of one character: ≥ 4 of the filler `x`/`X`, ≥ 6 of anything else (`000000`, `aaaaaa`). */
function hasRepeatedRun(value) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        run = value[i] === value[i - 1] ? run + 1 : 1;
        const c = value[i];
        if (run >= (c === 'x' || c === 'X' ? 4 : 6))
            return true;
    }
    return false;
}
/** A run of ≥ 6 consecutive ascending digits or letters: `123456`, `abcdef`, `ABCDEF`. */
function hasSequentialRun(value) {
    let run = 1;
    for (let i = 1; i < value.length; i++) {
        const prev = value.charCodeAt(i - 1);
        const cur = value.charCodeAt(i);
        const sameClass = charClass(prev) !== 0 && charClass(prev) === charClass(cur);
        run = sameClass && cur === prev + 1 ? run + 1 : 1;
        if (run >= 6)
            return true;
    }
    return false;
}
/** 1 digit, 2 lower-case letter, 3 upper-case letter, 0 anything else. */
function charClass(code) {
    if (code >= 48 && code <= 57)
        return 1;
    if (code >= 97 && code <= 122)
        return 2;
    if (code >= 65 && code <= 90)
        return 3;
    return 0;
}
/** Whether a key-like value is a placeholder, template, reference or masked key rather than a real secret. */
function isPlaceholder(value) {
    const v = value.trim();
    if (v === '')
        return true;
    if (SENTINELS.has(v.toLowerCase()))
        return true;
    if (TEMPLATE.test(v) || MASKED.test(v) || ENV_NAME.test(v) || MARKER_INFIXES.test(v))
        return true;
    if (words(v).some((word) => MARKER_WORDS.has(word.toLowerCase())))
        return true;
    // Nothing but a prefix, or a prefix and one repeated character: `sk-`, `sk-xxx`, `gsk_0000`, `aaaa`.
    const body = v.replace(KEY_PREFIX, '');
    if (/^(?:(.)\1*)?$/.test(body))
        return true;
    return hasRepeatedRun(v) || hasSequentialRun(v);
}
/** Shannon entropy in bits per character (gitleaks' measure). */
function shannonEntropy(value) {
    const chars = [...value]; // code points, so an emoji is one symbol
    if (chars.length === 0)
        return 0;
    const counts = new Map();
    for (const c of chars)
        counts.set(c, (counts.get(c) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / chars.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/** Characters of opaque tokens: base64, base64url, hex, JWT dots. Anything else (`:`, `@`, spaces) is not a key. */
const TOKEN_CHARS = /^[A-Za-z0-9_\-.+/=~]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A UUID behind a word prefix (`sk-lf-<uuid>`, `gw_<uuid>`): a token, where a bare UUID may be any id. */
const PREFIXED_UUID = /^(?:[A-Za-z][A-Za-z0-9]*[-_])+[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATH_START = /^(?:\/|\.\.?\/|~\/)/;
/** The longest run of letters and digits: random keys have long unbroken runs, model names and versions do not. */
function longestAlnumRun(value) {
    let best = 0;
    let run = 0;
    for (let i = 0; i < value.length; i++) {
        run = charClass(value.charCodeAt(i)) === 0 ? 0 : run + 1;
        if (run > best)
            best = run;
    }
    return best;
}
/**
 * Whether a value reads as words (`getServerSideConfig2024`, `mysupersecretvalue123`) rather than random
 * characters. Its letter runs, split before every capital, are long on average (under 2 for mixed-case
 * random strings, about 3.6 for lower-case-and-digit ones, 4 or more for names), a third or more of its
 * letters are vowels (English about 0.38, random letters about 0.19), no more than four consonants
 * stand in a row (random letters have longer runs), and digits come in at most two groups (`value123`,
 * where a random key scatters them). All together, so that random lower-case keys with digits are not
 * taken for words.
 */
function readsAsWords(value) {
    const pieces = value.split(/[^A-Za-z]+|(?=[A-Z])/).filter((p) => p.length > 0);
    if (pieces.length === 0)
        return false;
    const letters = pieces.join('').toLowerCase();
    if (letters.length / pieces.length < 4)
        return false;
    const vowels = letters.replace(/[^aeiou]/g, '').length;
    const digitGroups = value.match(/[0-9]+/g)?.length ?? 0;
    return vowels / letters.length >= 0.3 && !/[b-df-hj-np-tv-xz]{5}/.test(letters) && digitGroups <= 2;
}
/**
 * Whether an opaque value (no known prefix) looks random enough to be a real credential, for
 * `OPENAI_API_KEY=<40 random characters>`: 20+ token characters, not a placeholder, path, bare UUID or
 * word-like identifier, at least two character classes, and Shannon entropy of at least 3.5 bits per
 * character (gitleaks' generic-api-key) or 3.0 for hex (detect-secrets' HexHighEntropyString).
 * A prefix and a UUID (`gw-<uuid>`) is a token even though its runs are short.
 */
function looksLikeSecret(value) {
    const v = value.trim();
    if (v.length < 20 || v.length > 1024 || !TOKEN_CHARS.test(v))
        return false;
    if (UUID.test(v) || PATH_START.test(v) || isPlaceholder(v))
        return false;
    if (PREFIXED_UUID.test(v))
        return true;
    if (longestAlnumRun(v) < 12 || readsAsWords(v))
        return false;
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(v)).length;
    if (classes < 2)
        return false;
    const threshold = /^[0-9a-f]+$/i.test(v.replace(/^[a-z]+[-_]/i, '')) ? 3.0 : 3.5;
    return shannonEntropy(v) >= threshold;
}

;// CONCATENATED MODULE: ./src/providers/registry.ts
// Alphabets of the test-key samples (`sample` of each format).
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${ALNUM}_-`;
const HEX = '0123456789abcdef';
const HEX_UPPER = '0123456789ABCDEF';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const DIGITS = '0123456789';
/** `length` random characters of `alphabet`, as a sample part. */
const chars = (length, alphabet) => ({ length, alphabet });
/** A v4 UUID, lower-case (Volcengine Ark keys, Helicone proxy key suffixes). */
const UUID_SAMPLE = [chars(8, HEX), '-', chars(4, HEX), '-4', chars(3, HEX), '-8', chars(3, HEX), '-', chars(12, HEX)];
const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
// Shapes several providers share (providers.md §3 "Collisions"). One object each, so every provider
// that issues the shape lists the same format and rules can compare format ids. Found in free text
// only next to an LLM context (`inText: 'context'`).
/** DeepSeek and Alibaba DashScope. */
const SK_HEX32 = {
    id: 'sk-hex32',
    pattern: 'sk-[a-f0-9]{32}',
    confidence: 'shared',
    inText: 'context',
    source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/deepseek.go (sk-[a-f0-9]{32}, context "deepseek")',
    sample: ['sk-', chars(32, HEX)]
};
/** one-api/new-api tokens (`GenerateKey()` = 48 chars shown as `sk-…`), Moonshot, Stability, Braintrust, most resellers. */
const SK_ALNUM48 = {
    id: 'sk-alnum48',
    pattern: 'sk-[A-Za-z0-9]{48}',
    confidence: 'shared',
    inText: 'context',
    source: 'songquanpeng/one-api@0fb6b21f common/random/main.go GenerateKey (48 characters); betterleaks/betterleaks@6381fa45 rules/kimi.go, rules/stabilityai.go',
    sample: ['sk-', chars(48, ALNUM)]
};
/** Azure OpenAI keys; also any MD5-like hex string. */
const HEX32 = {
    id: 'hex32',
    pattern: '[a-f0-9]{32}',
    confidence: 'shared',
    inText: 'context',
    source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/azure_openai/azure_openai.go (32 hex next to an api_key name)',
    sample: [chars(32, HEX)]
};
const OPENAI_MARKER = 'T3BlbkFJ'; // base64("OpenAI"), inside every OpenAI user, project, service and admin key
const providers = [
    // ── Providers whose keys carry a unique prefix ────────────────────────────────────────────────
    {
        id: 'openai',
        name: 'OpenAI',
        apiHosts: ['api.openai.com', 'us.api.openai.com', 'eu.api.openai.com', 'ae.api.openai.com'],
        apiRoot: 'https://api.openai.com/v1',
        nonApiHosts: [
            { host: 'openai.com', role: 'marketing' },
            { host: 'www.openai.com', role: 'marketing' },
            { host: 'platform.openai.com', role: 'dashboard' },
            { host: 'chat.openai.com', role: 'chat-app' },
            { host: 'chatgpt.com', role: 'chat-app' },
            { host: 'www.chatgpt.com', role: 'chat-app' },
            { host: 'help.openai.com', role: 'docs' },
            { host: 'developers.openai.com', role: 'docs' }
        ],
        keyFormats: [
            // Flexible lengths around the marker (secret-scanners.md §7): gitleaks' fixed 58/74 misses real keys (#1467).
            {
                id: 'openai-admin',
                pattern: `sk-admin-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`,
                confidence: 'unique',
                inference: false,
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openaiadmin/openaiadmin.go (58 + marker + 58)',
                sample: ['sk-admin-', chars(58, URLSAFE), OPENAI_MARKER, chars(58, URLSAFE)]
            },
            {
                id: 'openai-project',
                pattern: `sk-(?:proj|svcacct|service|None)-[A-Za-z0-9_-]{16,}${OPENAI_MARKER}[A-Za-z0-9_-]{16,}`,
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openai/openai.go (any length around the marker)',
                sample: ['sk-proj-', chars(74, URLSAFE), OPENAI_MARKER, chars(74, URLSAFE)]
            },
            {
                id: 'openai-legacy',
                pattern: `sk-[A-Za-z0-9]{20}${OPENAI_MARKER}[A-Za-z0-9]{20}`,
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/openai.go (20 + marker + 20)',
                sample: ['sk-', chars(20, ALNUM), OPENAI_MARKER, chars(20, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-request-id', 'cf-ray'],
        sources: [
            'openai/openai-node@7b7d6ca7 src/client.ts (baseURL default, x-request-id), src/internal/data-residency.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/openai.go',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openai, pkg/detectors/openaiadmin',
            'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
        ]
    },
    {
        id: 'azure-openai',
        name: 'Azure OpenAI',
        apiHosts: ['*.openai.azure.com', '*.cognitiveservices.azure.com', '*.services.ai.azure.com'],
        apiRoot: 'https://{resource}.openai.azure.com/openai/v1',
        // Deployment-style URLs: {azure root}/deployments/{deployment}/chat/completions?api-version=…
        apis: { azure: 'https://{resource}.openai.azure.com/openai' },
        nonApiHosts: [
            { host: 'portal.azure.com', role: 'dashboard' },
            { host: 'ai.azure.com', role: 'dashboard' },
            { host: 'oai.azure.com', role: 'dashboard' },
            { host: 'learn.microsoft.com', role: 'docs' }
        ],
        keyFormats: [
            HEX32,
            // Newer Azure AI services keys [unverified].
            {
                id: 'azure-alnum84',
                pattern: '[A-Za-z0-9]{84}',
                confidence: 'shared',
                source: 'trufflesecurity/trufflehog issue #4389 (84-character Azure OpenAI keys) [unverified]',
                sample: [chars(84, ALNUM)]
            }
        ],
        auth: 'api-key',
        modelsPath: '/models',
        requestIdHeaders: ['apim-request-id', 'x-request-id', 'x-ms-region'],
        sources: [
            'openai/openai-node@7b7d6ca7 src/azure.ts',
            'vercel/ai@ed857f50 packages/azure/src/azure-openai-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/azure_openai/azure_openai.go',
            'ChatGPTNextWeb/NextChat@706a18b9 app/api/common.ts'
        ]
    },
    {
        id: 'anthropic',
        name: 'Anthropic',
        apiHosts: ['api.anthropic.com'],
        // OpenAI-compatible layer ("testing, not production"); the SDKs use the native root and add /v1/messages.
        apiRoot: 'https://api.anthropic.com/v1',
        apis: { anthropic: 'https://api.anthropic.com' },
        nonApiHosts: [
            { host: 'anthropic.com', role: 'marketing' },
            { host: 'www.anthropic.com', role: 'marketing' },
            { host: 'claude.com', role: 'marketing' },
            { host: 'www.claude.com', role: 'marketing' },
            { host: 'console.anthropic.com', role: 'dashboard' },
            { host: 'platform.claude.com', role: 'dashboard' },
            { host: 'claude.ai', role: 'chat-app' },
            { host: 'docs.anthropic.com', role: 'docs' },
            { host: 'docs.claude.com', role: 'docs' }
        ],
        keyFormats: [
            // secretlint accepts api0\d and 90–128 body characters; gitleaks fixes api03 + 93.
            {
                id: 'anthropic-api',
                pattern: 'sk-ant-api0\\d-[A-Za-z0-9_-]{86,128}AA',
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/anthropic.go (api03 + 93 + AA); secretlint-rule-anthropic 13.1 (api0\\d, 90–128)',
                sample: ['sk-ant-api03-', chars(93, URLSAFE), 'AA']
            },
            {
                id: 'anthropic-admin',
                pattern: 'sk-ant-admin01-[A-Za-z0-9_-]{93}AA',
                confidence: 'unique',
                inference: false,
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/anthropic/anthropic.go',
                sample: ['sk-ant-admin01-', chars(93, URLSAFE), 'AA']
            },
            // Claude subscription OAuth token: needs Bearer + anthropic-beta, fails with x-api-key.
            {
                id: 'anthropic-oauth',
                pattern: 'sk-ant-oat01-[A-Za-z0-9_-]{40,}',
                confidence: 'unique',
                inference: false,
                source: 'https://code.claude.com/docs/en/env-vars (CLAUDE_CODE_OAUTH_TOKEN); Claude Code ~/.claude/.credentials.json accessToken',
                sample: ['sk-ant-oat01-', chars(93, URLSAFE), 'AA']
            },
            // The refresh token next to it in Claude Code's credentials file; trades for new access tokens.
            {
                id: 'anthropic-oauth-refresh',
                pattern: 'sk-ant-ort01-[A-Za-z0-9_-]{40,}',
                confidence: 'unique',
                inference: false,
                source: 'Claude Code ~/.claude/.credentials.json claudeAiOauth.refreshToken (public configs in the code index) [length unverified]',
                sample: ['sk-ant-ort01-', chars(93, URLSAFE), 'AA']
            }
        ],
        // The native /v1/models probe (trufflehog) uses x-api-key; Bearer there is unverified.
        auth: 'x-api-key',
        modelsPath: '/models',
        requestIdHeaders: ['request-id', 'cf-ray'],
        sources: [
            'anthropics/anthropic-sdk-typescript@bfa9197f src/client.ts, src/core/error.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/anthropic.go',
            'secretlint 13.1 secretlint-rule-anthropic',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/anthropic/anthropic.go',
            'https://platform.claude.com/docs/en/api/openai-sdk'
        ]
    },
    {
        id: 'gemini',
        name: 'Google Gemini',
        apiHosts: ['generativelanguage.googleapis.com'],
        apiRoot: 'https://generativelanguage.googleapis.com/v1beta/openai',
        apis: { gemini: 'https://generativelanguage.googleapis.com/v1beta' },
        nonApiHosts: [
            { host: 'aistudio.google.com', role: 'dashboard' },
            { host: 'makersuite.google.com', role: 'dashboard' },
            { host: 'ai.google.dev', role: 'docs' },
            { host: 'gemini.google.com', role: 'chat-app' }
        ],
        keyFormats: [
            // AIza keys are Google Cloud API keys in general (gitleaks gcp-api-key).
            {
                id: 'google-api-key',
                pattern: 'AIza[0-9A-Za-z_-]{35}',
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/gcp.go (gcp-api-key)',
                sample: ['AIza', chars(35, URLSAFE)]
            },
            {
                id: 'gemini-aq',
                pattern: 'AQ\\.Ab8RN6[A-Za-z0-9_-]{44}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/gcp.go (gcp-gemini-api)',
                sample: ['AQ.Ab8RN6', chars(44, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/google/src/google-provider.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/gcp.go',
            'betterleaks/betterleaks@6381fa45 gcp-gemini-api rule',
            'https://ai.google.dev/api/compatibility'
        ]
    },
    {
        id: 'openrouter',
        name: 'OpenRouter',
        apiHosts: ['openrouter.ai'],
        apiRoot: 'https://openrouter.ai/api/v1',
        // Claude Code with ANTHROPIC_BASE_URL=https://openrouter.ai/api (openrouter.ai/docs/guides/coding-agents/claude-code-integration).
        apis: { anthropic: 'https://openrouter.ai/api' },
        // openrouter.ai serves the website too; only /api is the API.
        apiPathPrefix: '/api',
        nonApiHosts: [{ host: 'www.openrouter.ai', role: 'marketing' }],
        keyFormats: [
            {
                id: 'openrouter',
                pattern: 'sk-or-v1-[0-9a-f]{64}',
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openrouter/openrouter.go',
                sample: ['sk-or-v1-', chars(64, HEX)]
            }
        ],
        auth: 'bearer',
        // Public (works without a key); verify keys with GET /key instead.
        modelsPath: '/models',
        requestIdHeaders: ['cf-ray'],
        gateway: true,
        sources: [
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/openrouter/openrouter.go',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/openrouter.go',
            'https://openrouter.ai/docs/errors'
        ]
    },
    {
        id: 'groq',
        name: 'Groq',
        apiHosts: ['api.groq.com'],
        apiRoot: 'https://api.groq.com/openai/v1',
        nonApiHosts: [
            { host: 'groq.com', role: 'marketing' },
            { host: 'www.groq.com', role: 'marketing' },
            { host: 'console.groq.com', role: 'dashboard' }
        ],
        keyFormats: [
            {
                id: 'groq',
                pattern: 'gsk_[A-Za-z0-9]{52}',
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/groq/groq.go (52 characters, test vectors)',
                sample: ['gsk_', chars(52, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-request-id'],
        sources: [
            'vercel/ai@ed857f50 packages/groq/src/groq-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/groq/groq.go',
            'secretlint 13.1 secretlint-rule-groq'
        ]
    },
    {
        id: 'xai',
        name: 'xAI',
        apiHosts: ['api.x.ai'],
        apiRoot: 'https://api.x.ai/v1',
        nonApiHosts: [
            { host: 'x.ai', role: 'marketing' },
            { host: 'console.x.ai', role: 'dashboard' },
            { host: 'docs.x.ai', role: 'docs' },
            { host: 'grok.com', role: 'chat-app' }
        ],
        keyFormats: [
            {
                id: 'xai',
                pattern: 'xai-[A-Za-z0-9_-]{70,120}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/xai.go (70–120); trufflehog pkg/detectors/xai (80)',
                sample: ['xai-', chars(80, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/xai/src/xai-provider.ts',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/xai.go',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/xai/xai.go'
        ]
    },
    {
        id: 'perplexity',
        name: 'Perplexity',
        apiHosts: ['api.perplexity.ai'],
        // No /v1: chat is POST https://api.perplexity.ai/chat/completions.
        apiRoot: 'https://api.perplexity.ai',
        nonApiHosts: [
            { host: 'perplexity.ai', role: 'chat-app' },
            { host: 'www.perplexity.ai', role: 'chat-app' },
            { host: 'docs.perplexity.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'perplexity',
                pattern: 'pplx-[A-Za-z0-9]{48}',
                confidence: 'unique',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/perplexity.go',
                sample: ['pplx-', chars(48, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/perplexity/src/perplexity-provider.ts',
            'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/perplexity.go'
        ]
    },
    {
        id: 'together',
        name: 'Together AI',
        // api.together.ai is an alias seen in newer docs [unverified].
        apiHosts: ['api.together.xyz', 'api.together.ai'],
        apiRoot: 'https://api.together.xyz/v1',
        nonApiHosts: [
            { host: 'together.ai', role: 'marketing' },
            { host: 'www.together.ai', role: 'marketing' },
            { host: 'docs.together.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'together',
                pattern: 'tgp_v1_[A-Za-z0-9_-]{43}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/togetherai.go',
                sample: ['tgp_v1_', chars(43, URLSAFE)]
            },
            // Legacy keys.
            {
                id: 'hex64',
                pattern: '[a-f0-9]{64}',
                confidence: 'shared',
                source: 'trufflesecurity/trufflehog issue #4704 (legacy Together keys: 64 hex)',
                sample: [chars(64, HEX)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/togetherai/src/togetherai-provider.ts',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/togetherai.go',
            'https://docs.together.ai/docs/error-codes'
        ]
    },
    {
        id: 'huggingface',
        name: 'Hugging Face Inference Providers',
        apiHosts: ['router.huggingface.co', 'api-inference.huggingface.co'],
        apiRoot: 'https://router.huggingface.co/v1',
        nonApiHosts: [{ host: 'huggingface.co', role: 'marketing' }],
        keyFormats: [
            // trufflehog allows digits; gitleaks and secretlint only letters and miss such tokens.
            {
                id: 'huggingface',
                pattern: 'hf_[A-Za-z0-9]{34}',
                confidence: 'unique',
                source: 'trufflesecurity/trufflehog@3ab759fe pkg/detectors/huggingface/huggingface.go (letters and digits)',
                sample: ['hf_', chars(34, ALNUM)]
            },
            {
                id: 'huggingface-org',
                pattern: 'api_org_[A-Za-z]{34}',
                confidence: 'unique',
                inference: false,
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/huggingface.go (huggingface-organization-api-token)',
                sample: ['api_org_', chars(34, LETTERS)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/huggingface/src/huggingface-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/huggingface',
            'gitleaks/gitleaks@b58d3f10 huggingface-access-token rule'
        ]
    },
    {
        id: 'cerebras',
        name: 'Cerebras',
        apiHosts: ['api.cerebras.ai'],
        apiRoot: 'https://api.cerebras.ai/v1',
        nonApiHosts: [
            { host: 'cerebras.ai', role: 'marketing' },
            { host: 'cloud.cerebras.ai', role: 'dashboard' },
            { host: 'inference-docs.cerebras.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'cerebras',
                pattern: 'csk-[A-Za-z0-9]{48}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/cerebras.go',
                sample: ['csk-', chars(48, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/cerebras/src/cerebras-provider.ts', 'betterleaks/betterleaks@6381fa45 cerebras-api-key rule']
    },
    {
        id: 'nvidia-nim',
        name: 'NVIDIA NIM',
        apiHosts: ['integrate.api.nvidia.com'],
        apiRoot: 'https://integrate.api.nvidia.com/v1',
        nonApiHosts: [{ host: 'build.nvidia.com', role: 'dashboard' }],
        keyFormats: [
            {
                id: 'nvidia',
                pattern: 'nvapi-[A-Za-z0-9_-]{60,70}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/nvidia.go',
                sample: ['nvapi-', chars(64, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['BerriAI/litellm get_llm_provider_logic.py (nvidia_nim)', 'betterleaks/betterleaks@6381fa45 nvidia-api-key rule']
    },
    {
        id: 'baidu-qianfan',
        name: 'Baidu Qianfan',
        apiHosts: ['qianfan.baidubce.com', 'aip.baidubce.com'],
        apiRoot: 'https://qianfan.baidubce.com/v2',
        // Legacy wenxinworkshop API with OAuth access tokens; NextChat's BAIDU_URL still uses it.
        // cloud.baidu.com/doc/qianfan-docs/s/6mh3e6gjp (Anthropic-compatible endpoint).
        apis: { baidu: 'https://aip.baidubce.com', anthropic: 'https://qianfan.baidubce.com/anthropic' },
        nonApiHosts: [
            { host: 'cloud.baidu.com', role: 'marketing' },
            { host: 'console.bce.baidu.com', role: 'dashboard' },
            { host: 'yiyan.baidu.com', role: 'chat-app' }
        ],
        // Key format [unverified], but the prefix is distinctive.
        keyFormats: [
            {
                id: 'baidu-bce-v3',
                pattern: 'bce-v3/ALTAK-[A-Za-z0-9]+/[A-Za-z0-9]+',
                confidence: 'unique',
                source: 'public Qianfan configs in the code index (bce-v3/ALTAK-<id>/<40 hex>) [unverified in Baidu docs]',
                sample: ['bce-v3/ALTAK-', chars(21, ALNUM), '/', chars(40, HEX)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/baidu.ts', 'public configs using https://qianfan.baidubce.com/v2']
    },
    // ── Shared or prefix-less key shapes (order matters, see the header) ──────────────────────────
    {
        id: 'siliconflow',
        name: 'SiliconFlow',
        apiHosts: ['api.siliconflow.cn', 'api.siliconflow.com'],
        apiRoot: 'https://api.siliconflow.cn/v1',
        nonApiHosts: [
            { host: 'siliconflow.cn', role: 'marketing' },
            { host: 'www.siliconflow.cn', role: 'marketing' },
            { host: 'siliconflow.com', role: 'marketing' },
            { host: 'cloud.siliconflow.cn', role: 'dashboard' },
            { host: 'cloud.siliconflow.com', role: 'dashboard' },
            { host: 'docs.siliconflow.cn', role: 'docs' }
        ],
        // Listed before one-api so that the narrower lowercase shape wins [medium confidence].
        keyFormats: [
            {
                id: 'sk-lower48',
                pattern: 'sk-[a-z]{48}',
                confidence: 'shared',
                inText: 'context',
                source: 'ChatGPTNextWeb/NextChat@706a18b9 app/api/siliconflow.ts; public SiliconFlow configs [medium confidence]',
                sample: ['sk-', chars(48, LOWER)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/siliconflow.ts']
    },
    {
        id: 'one-api',
        name: 'one-api / new-api gateway',
        // Self-hosted: no fixed host. Config providers name the real host.
        apiHosts: [],
        apiRoot: 'https://{host}/v1',
        nonApiHosts: [],
        keyFormats: [
            // GenerateKey(): 16 random characters, then a UUID's 32 hex digits with every even position upper-cased.
            // A structure random text never has, so it is found anywhere; `shared` because every one-api-based
            // gateway (RutaAPI and friends) issues it, so it names no single host.
            {
                id: 'one-api-signature',
                pattern: 'sk-[A-Za-z0-9]{16}(?:[0-9A-F][0-9a-f]){16}',
                confidence: 'shared',
                inText: 'anywhere',
                source: 'songquanpeng/one-api@0fb6b21f common/random/main.go GenerateKey',
                sample: ['sk-', chars(16, ALNUM), { length: 32, alphabet: HEX_UPPER, alternate: HEX }]
            },
            SK_ALNUM48,
            // A `-<channelId>` suffix pins a channel (admin tokens only).
            {
                id: 'sk-alnum48-channel',
                pattern: 'sk-[A-Za-z0-9]{48}-[0-9]+',
                confidence: 'shared',
                inText: 'context',
                source: 'songquanpeng/one-api@8df4a267 middleware/auth.go (token split at "-" for the channel id)',
                sample: ['sk-', chars(48, ALNUM), '-', chars(2, DIGITS)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-oneapi-request-id'],
        gateway: true,
        sources: [
            'songquanpeng/one-api@8df4a267 middleware/auth.go, common/random/main.go, common/helper/key.go',
            'QuantumNous/new-api model/token.go@0067bd93, common/constants.go'
        ]
    },
    {
        id: 'rutaapi',
        name: 'RutaAPI',
        apiHosts: ['api.rutaapi.com'],
        apiRoot: 'https://api.rutaapi.com/v1',
        nonApiHosts: [
            { host: 'rutaapi.com', role: 'marketing' },
            { host: 'www.rutaapi.com', role: 'marketing' },
            { host: 'app.rutaapi.com', role: 'dashboard' }
        ],
        // Key format [unverified]: assumed one-api/new-api style.
        keyFormats: [SK_ALNUM48],
        auth: 'bearer',
        modelsPath: '/models',
        // one-api's header, if RutaAPI runs one-api/new-api [unverified].
        requestIdHeaders: ['x-oneapi-request-id'],
        gateway: true,
        sources: [
            'https://rutaapi.com/docs/api-key-base-url-openai-compatible/',
            'https://rutaapi.com/docs/nextchat-custom-api-base-url/ (reference/rutaapi-nextchat-guide.txt)'
        ]
    },
    {
        id: 'deepseek',
        name: 'DeepSeek',
        apiHosts: ['api.deepseek.com'],
        apiRoot: 'https://api.deepseek.com',
        apiRootAliases: ['https://api.deepseek.com/v1'],
        // Anthropic Messages API for Claude Code and the Anthropic SDK (api-docs.deepseek.com/guides/anthropic_api).
        apis: { anthropic: 'https://api.deepseek.com/anthropic' },
        nonApiHosts: [
            { host: 'deepseek.com', role: 'marketing' },
            { host: 'www.deepseek.com', role: 'marketing' },
            { host: 'platform.deepseek.com', role: 'dashboard' },
            { host: 'chat.deepseek.com', role: 'chat-app' },
            { host: 'api-docs.deepseek.com', role: 'docs' }
        ],
        keyFormats: [SK_HEX32],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/deepseek/src/deepseek-provider.ts',
            'trufflesecurity/trufflehog@3ab759fe pkg/detectors/deepseek/deepseek.go',
            'https://api-docs.deepseek.com/quick_start/error_codes'
        ]
    },
    {
        id: 'dashscope',
        name: 'Alibaba DashScope (Qwen)',
        apiHosts: ['dashscope.aliyuncs.com', 'dashscope-intl.aliyuncs.com'],
        apiRoot: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
        // NextChat's ALIBABA_URL uses the native API: {dashscope root}/services/aigc/text-generation/generation.
        // Anthropic Messages under /apps/anthropic (Model Studio docs, docs/clients/providers-anthropic-compatible.md).
        apis: { dashscope: 'https://dashscope.aliyuncs.com/api/v1', anthropic: 'https://dashscope.aliyuncs.com/apps/anthropic' },
        nonApiHosts: [
            { host: 'bailian.console.aliyun.com', role: 'dashboard' },
            { host: 'dashscope.console.aliyun.com', role: 'dashboard' },
            { host: 'help.aliyun.com', role: 'docs' }
        ],
        keyFormats: [SK_HEX32],
        auth: 'bearer',
        modelsPath: '/models', // under compatible-mode [unverified]
        requestIdHeaders: [],
        sources: [
            'BerriAI/litellm llms/dashscope/chat/transformation.py',
            'vercel/ai@ed857f50 packages/alibaba/src/alibaba-provider.ts',
            'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
        ]
    },
    {
        id: 'moonshot',
        name: 'Moonshot AI (Kimi)',
        // .ai and .cn accounts and keys are separate.
        apiHosts: ['api.moonshot.ai', 'api.moonshot.cn'],
        apiRoot: 'https://api.moonshot.ai/v1',
        // Anthropic Messages API (platform.moonshot.ai docs "Use Kimi in Claude Code"; LobeChat's moonshot runtime
        // DEFAULT_MOONSHOT_ANTHROPIC_BASE_URL = https://api.moonshot.cn/anthropic).
        apis: { anthropic: 'https://api.moonshot.ai/anthropic' },
        nonApiHosts: [
            { host: 'moonshot.ai', role: 'marketing' },
            { host: 'moonshot.cn', role: 'marketing' },
            { host: 'platform.moonshot.ai', role: 'dashboard' },
            { host: 'platform.moonshot.cn', role: 'dashboard' },
            { host: 'kimi.com', role: 'chat-app' },
            { host: 'www.kimi.com', role: 'chat-app' },
            { host: 'kimi.moonshot.cn', role: 'chat-app' }
        ],
        keyFormats: [SK_ALNUM48],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: [
            'vercel/ai@ed857f50 packages/moonshotai/src/moonshotai-provider.ts',
            'BerriAI/litellm llms/moonshot/chat/transformation.py',
            'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/kimi.go'
        ]
    },
    {
        id: 'ai302',
        name: '302.AI',
        apiHosts: ['api.302.ai'],
        apiRoot: 'https://api.302.ai/v1',
        nonApiHosts: [
            { host: '302.ai', role: 'marketing' },
            { host: 'www.302.ai', role: 'marketing' },
            { host: 'dash.302.ai', role: 'dashboard' } // [unverified]
        ],
        keyFormats: [SK_ALNUM48], // [unverified]
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        gateway: true,
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts, app/api/302ai.ts']
    },
    {
        id: 'zhipu',
        name: 'Zhipu AI (GLM) / Z.ai',
        apiHosts: ['open.bigmodel.cn', 'api.z.ai'],
        apiRoot: 'https://open.bigmodel.cn/api/paas/v4',
        // The GLM Coding Plan's root (docs.z.ai/devpack/quick-start), on both hosts.
        apiRootAliases: ['https://open.bigmodel.cn/api/coding/paas/v4'],
        // docs.z.ai/scenario-example/develop-tools/claude; the BigModel host serves the same path.
        apis: { anthropic: 'https://open.bigmodel.cn/api/anthropic' },
        nonApiHosts: [
            { host: 'bigmodel.cn', role: 'marketing' },
            { host: 'www.bigmodel.cn', role: 'marketing' },
            { host: 'z.ai', role: 'marketing' },
            { host: 'chat.z.ai', role: 'chat-app' },
            { host: 'chatglm.cn', role: 'chat-app' }
        ],
        // `<32 hex id>.<16 char secret>`: distinctive, but betterleaks still asks for context.
        keyFormats: [
            {
                id: 'zhipu',
                pattern: '[a-f0-9]{32}\\.[A-Za-z0-9]{16}',
                confidence: 'shared',
                inText: 'context',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/zai.go',
                sample: [chars(32, HEX), '.', chars(16, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: ['ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts', 'vercel/ai@ed857f50 content/providers/05-community-providers/44-zhipu.mdx']
    },
    {
        id: 'volcengine-ark',
        name: 'Volcengine Ark (Doubao) / BytePlus ModelArk',
        apiHosts: ['ark.cn-beijing.volces.com', 'ark.ap-southeast.bytepluses.com'],
        apiRoot: 'https://ark.cn-beijing.volces.com/api/v3',
        nonApiHosts: [
            { host: 'www.volcengine.com', role: 'marketing' },
            { host: 'console.volcengine.com', role: 'dashboard' },
            { host: 'console.byteplus.com', role: 'dashboard' }
        ],
        // UUID keys [medium confidence]; UUIDs are everywhere, so never unique.
        keyFormats: [
            {
                id: 'uuid',
                pattern: UUID_PATTERN,
                confidence: 'shared',
                inText: 'context',
                source: 'GitHub secret scanning volcengine_ark_api_key (github/docs@05a96e68 public-docs.yml); public Ark configs',
                sample: UUID_SAMPLE
            }
        ],
        auth: 'bearer',
        modelsPath: '/models', // [unverified]
        requestIdHeaders: ['x-request-id'],
        sources: [
            'BerriAI/litellm get_llm_provider_logic.py (volcengine)',
            'vercel/ai@ed857f50 packages/bytedance/src/bytedance-provider.ts',
            'ChatGPTNextWeb/NextChat@706a18b9 app/constant.ts'
        ]
    },
    {
        id: 'fireworks',
        name: 'Fireworks AI',
        apiHosts: ['api.fireworks.ai'],
        // api.fireworks.ai/v1 is a different control-plane API.
        apiRoot: 'https://api.fireworks.ai/inference/v1',
        nonApiHosts: [
            { host: 'fireworks.ai', role: 'marketing' },
            { host: 'app.fireworks.ai', role: 'dashboard' },
            { host: 'docs.fireworks.ai', role: 'docs' }
        ],
        // `fw_` length [unverified]; too short a prefix to scan free text for (`fw_getFirmwareVersion…`).
        keyFormats: [
            {
                id: 'fireworks',
                pattern: 'fw_[A-Za-z0-9]{20,}',
                confidence: 'shared',
                source: 'public Fireworks configs in the code index (fw_ + 20 to 40) [length unverified]',
                sample: ['fw_', chars(24, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/fireworks/src/fireworks-provider.ts', 'BerriAI/litellm get_llm_provider_logic.py (fireworks_ai)']
    },
    {
        id: 'mistral',
        name: 'Mistral AI',
        apiHosts: ['api.mistral.ai', 'codestral.mistral.ai'],
        apiRoot: 'https://api.mistral.ai/v1',
        nonApiHosts: [
            { host: 'mistral.ai', role: 'marketing' },
            { host: 'console.mistral.ai', role: 'dashboard' },
            { host: 'chat.mistral.ai', role: 'chat-app' },
            { host: 'docs.mistral.ai', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'alnum32',
                pattern: '[A-Za-z0-9]{32}',
                confidence: 'shared',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/mistral.go (32 alphanumerics, context "mistral")',
                sample: [chars(32, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/mistral/src/mistral-provider.ts', 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/mistral.go']
    },
    {
        id: 'cohere',
        name: 'Cohere',
        apiHosts: ['api.cohere.ai', 'api.cohere.com'],
        apiRoot: 'https://api.cohere.ai/compatibility/v1',
        apis: { cohere: 'https://api.cohere.com/v2' },
        nonApiHosts: [
            { host: 'cohere.com', role: 'marketing' },
            { host: 'dashboard.cohere.com', role: 'dashboard' },
            { host: 'docs.cohere.com', role: 'docs' }
        ],
        keyFormats: [
            {
                id: 'alnum40',
                pattern: '[A-Za-z0-9]{40}',
                confidence: 'shared',
                source: 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/cohere.go (40 alphanumerics, context "cohere")',
                sample: [chars(40, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null, // under the compatibility base [unverified]; native: https://api.cohere.com/v1/models
        requestIdHeaders: [],
        sources: ['vercel/ai@ed857f50 packages/cohere/src/cohere-provider.ts', 'gitleaks/gitleaks@b58d3f10 cmd/generate/config/rules/cohere.go']
    },
    // ── Gateways that carry other providers' keys, and servers on the user's machine ──────────────
    {
        id: 'cloudflare-ai-gateway',
        name: 'Cloudflare AI Gateway',
        apiHosts: ['gateway.ai.cloudflare.com'],
        apiRoot: 'https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/compat',
        // …/openai equals the OpenAI base without /v1; …/anthropic takes /v1/messages.
        apis: { anthropic: 'https://gateway.ai.cloudflare.com/v1/{account_id}/{gateway_id}/anthropic' },
        nonApiHosts: [
            { host: 'dash.cloudflare.com', role: 'dashboard' },
            { host: 'developers.cloudflare.com', role: 'docs' }
        ],
        keyFormats: [], // the upstream provider's key, plus an optional cf-aig-authorization token
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: ['cf-ray', 'cf-aig-log-id', 'cf-aig-event-id'],
        gateway: true,
        // Custom providers: an account's gateway forwards to any https base URL its owner sets, headers included.
        relaysAnywhere: true,
        sources: [
            'ChatGPTNextWeb/NextChat@706a18b9 app/utils/cloudflare.ts',
            'https://developers.cloudflare.com/ai-gateway/get-started',
            'https://developers.cloudflare.com/ai-gateway/configuration/custom-providers/'
        ]
    },
    {
        id: 'litellm-proxy',
        name: 'LiteLLM Proxy',
        apiHosts: ['localhost:4000', '127.0.0.1:4000', '0.0.0.0:4000'],
        apiRoot: 'http://localhost:4000/v1',
        apiRootAliases: ['http://localhost:4000'], // routes are served with and without /v1
        nonApiHosts: [{ host: 'docs.litellm.ai', role: 'docs' }],
        // Master keys are `sk-` + anything the admin chose; generated virtual keys have a shape.
        keyFormats: [
            {
                id: 'litellm-virtual',
                pattern: 'sk-[A-Za-z0-9_-]{22}',
                confidence: 'shared',
                inText: 'context',
                source: 'BerriAI/litellm litellm/proxy/management_endpoints/key_management_endpoints.py generate_key_helper_fn (sk- + secrets.token_urlsafe(16)), litellm/constants.py LENGTH_OF_LITELLM_GENERATED_KEY = 16',
                sample: ['sk-', chars(22, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-litellm-call-id'],
        gateway: true,
        local: true,
        sources: ['BerriAI/litellm get_llm_provider_logic.py (litellm_proxy), docs/my-website/docs/exception_mapping.md']
    },
    {
        id: 'ollama',
        name: 'Ollama',
        apiHosts: ['localhost:11434', '127.0.0.1:11434'],
        apiRoot: 'http://localhost:11434/v1',
        // Native /api/chat; Anthropic Messages since v0.14.0 (docs.ollama.com/api/anthropic-compatibility).
        apis: { ollama: 'http://localhost:11434', anthropic: 'http://localhost:11434' },
        nonApiHosts: [],
        keyFormats: [],
        auth: 'none',
        modelsPath: '/models',
        requestIdHeaders: [],
        local: true,
        sources: ['vercel/ai@ed857f50 content/providers/05-community-providers/30-ollama.mdx', 'ollama/ollama openai/openai.go']
    },
    {
        id: 'lmstudio',
        name: 'LM Studio',
        apiHosts: ['localhost:1234', '127.0.0.1:1234'],
        apiRoot: 'http://localhost:1234/v1',
        nonApiHosts: [{ host: 'lmstudio.ai', role: 'marketing' }],
        keyFormats: [],
        auth: 'none',
        modelsPath: '/models',
        requestIdHeaders: [],
        local: true,
        sources: ['vercel/ai@ed857f50 content/providers/04-openai-compatible-providers/30-lmstudio.mdx']
    },
    {
        id: 'vllm',
        name: 'vLLM',
        apiHosts: ['localhost:8000', '127.0.0.1:8000'],
        apiRoot: 'http://localhost:8000/v1',
        nonApiHosts: [{ host: 'docs.vllm.ai', role: 'docs' }],
        keyFormats: [], // whatever --api-key was started with
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: ['x-request-id'],
        local: true,
        sources: ['BerriAI/litellm llms/hosted_vllm/chat/transformation.py', 'vllm-project/vllm entrypoints/openai/api_server.py']
    },
    // ── Providers and gateways added with their key formats (issue 8) ─────────────────────────────
    {
        id: 'replicate',
        name: 'Replicate',
        apiHosts: ['api.replicate.com'],
        // Native API only (no OpenAI-compatible layer).
        apiRoot: 'https://api.replicate.com/v1',
        nonApiHosts: [
            { host: 'replicate.com', role: 'marketing' },
            { host: 'www.replicate.com', role: 'marketing' }
        ],
        keyFormats: [
            {
                id: 'replicate',
                pattern: 'r8_[A-Za-z0-9]{37}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/replicate.go; trufflehog@3ab759fe pkg/detectors/replicate',
                sample: ['r8_', chars(37, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/replicate.go (validates GET https://api.replicate.com/v1/account)']
    },
    {
        id: 'vercel-ai-gateway',
        name: 'Vercel AI Gateway',
        apiHosts: ['ai-gateway.vercel.sh'],
        apiRoot: 'https://ai-gateway.vercel.sh/v1',
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'vercel-ai-gateway',
                pattern: 'vck_[A-Za-z0-9_-]{56}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/vercel.go (vercel-ai-gateway-key)',
                sample: ['vck_', chars(56, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        gateway: true,
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/vercel.go (validates POST https://ai-gateway.vercel.sh/v1/chat/completions)']
    },
    {
        id: 'minimax',
        name: 'MiniMax',
        apiHosts: ['api.minimax.io', 'api.minimaxi.com'],
        apiRoot: 'https://api.minimax.io/v1',
        // platform.minimax.io/docs/api-reference/text-anthropic-api (China: api.minimaxi.com/anthropic).
        apis: { anthropic: 'https://api.minimax.io/anthropic' },
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'minimax',
                pattern: 'sk-api-[A-Za-z0-9_-]{119}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/minimax.go',
                sample: ['sk-api-', chars(119, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/minimax.go (validates GET https://api.minimax.io/v1/models)']
    },
    {
        id: 'aws-bedrock',
        name: 'Amazon Bedrock',
        // Regional hosts (bedrock-runtime.<region>.amazonaws.com): none listed, so no host is judged.
        apiHosts: [],
        apiRoot: 'https://bedrock-runtime.{region}.amazonaws.com',
        nonApiHosts: [],
        keyFormats: [
            // Long-lived API key: `ABSK` + base64 of "BedrockAPIKey-…".
            {
                id: 'bedrock-long-lived',
                pattern: 'ABSK[A-Za-z0-9+/]{109,269}={0,2}',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-long-lived); gitleaks@b58d3f10 same rule',
                sample: ['ABSKQmVkcm9ja0FQSUtleS1', chars(108, ALNUM), '=']
            },
            // Short-lived key: a presigned request, base64, after a fixed prefix (base64 of "bedrock.amazonaws.com").
            {
                id: 'bedrock-short-lived',
                pattern: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=]{100,}(?:&Version=1)?',
                confidence: 'unique',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/aws.go (aws-amazon-bedrock-api-key-short-lived, after aws/aws-bedrock-token-generator-js src/token.ts)',
                sample: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', chars(200, ALNUM), '&Version=1']
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: ['x-amzn-requestid'],
        sources: ['https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html (cited by betterleaks rules/aws.go)']
    },
    {
        id: 'helicone',
        name: 'Helicone',
        // Proxies for many providers (oai.helicone.ai, gateway.helicone.ai with Helicone-Target-Url): the host
        // alone says nothing about whose key is right, so none is listed.
        apiHosts: [],
        apiRoot: 'https://oai.helicone.ai/v1',
        nonApiHosts: [],
        keyFormats: [
            // `sk-helicone-[eu-]` + generate-api-key base32 with dashes, lower-cased. `pk-helicone-` read keys are not secrets.
            {
                id: 'helicone',
                pattern: 'sk-helicone-(?:eu-)?[a-z2-7]{7}(?:-[a-z2-7]{7}){3}',
                confidence: 'unique',
                source: 'Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts createNormalKey',
                sample: ['sk-helicone-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER)]
            },
            // Proxy keys stand for a stored provider key: same base32 groups, then a UUID.
            {
                id: 'helicone-proxy',
                pattern: `sk-helicone-proxy-[a-z2-7]{7}(?:-[a-z2-7]{7}){3}-${UUID_PATTERN}`,
                confidence: 'unique',
                source: 'Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts createProxyKey',
                sample: ['sk-helicone-proxy-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', chars(7, BASE32_LOWER), '-', ...UUID_SAMPLE]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        gateway: true,
        sources: ['Helicone/helicone@9039c180 valhalla/jawn/src/managers/apiKeys/KeyManager.ts', 'BerriAI/litellm docs/my-website/docs/providers/helicone.md']
    },
    {
        id: 'ollama-cloud',
        name: 'Ollama Cloud',
        apiHosts: ['ollama.com'],
        apiRoot: 'https://ollama.com/v1',
        // Native /api/chat; Anthropic Messages too, Bearer only (docs.ollama.com/api/authentication).
        apis: { ollama: 'https://ollama.com', anthropic: 'https://ollama.com' },
        nonApiHosts: [{ host: 'docs.ollama.com', role: 'docs' }],
        keyFormats: [
            {
                id: 'ollama-cloud',
                pattern: '[a-f0-9]{32}\\.[A-Za-z0-9_-]{24}',
                confidence: 'shared',
                inText: 'context',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/ollama.go (32 hex . 24, context "ollama")',
                sample: [chars(32, HEX), '.', chars(24, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['https://docs.ollama.com/api/authentication (https://ollama.com/api and /v1 take Authorization: Bearer)']
    },
    {
        id: 'kimi-code',
        name: 'Kimi Code',
        apiHosts: ['api.kimi.com'],
        apiRoot: 'https://api.kimi.com/coding/v1',
        // Anthropic-compatible (Claude Code sets ANTHROPIC_BASE_URL to it).
        apis: { anthropic: 'https://api.kimi.com/coding' },
        nonApiHosts: [],
        keyFormats: [
            // Not interchangeable with Moonshot platform keys.
            {
                id: 'kimi-code',
                pattern: 'sk-kimi-[A-Za-z0-9_-]{20,}',
                confidence: 'unique',
                source: 'NousResearch/hermes-agent issue #966 (sk-kimi- keys go to api.kimi.com/coding/v1); docs.openclaw.ai/providers/moonshot [length unverified]',
                sample: ['sk-kimi-', chars(48, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['NousResearch/hermes-agent issue #966', 'https://jackin.tailrocks.com/guides/authentication/kimi/']
    },
    {
        id: 'upstage',
        name: 'Upstage',
        apiHosts: ['api.upstage.ai'],
        apiRoot: 'https://api.upstage.ai/v1',
        nonApiHosts: [{ host: 'console.upstage.ai', role: 'dashboard' }],
        keyFormats: [
            // Too short a prefix to scan free text for.
            {
                id: 'upstage',
                pattern: 'up_[A-Za-z0-9]{28,50}',
                confidence: 'shared',
                source: 'betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/upstage.go (40–50 alphanumerics, context "upstage"); up_ prefix from public .env examples [length unverified]',
                sample: ['up_', chars(40, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: '/models',
        requestIdHeaders: [],
        sources: ['betterleaks/betterleaks@6381fa45 cmd/generate/config/rules/upstage.go (validates GET https://api.upstage.ai/v1/models)']
    },
    {
        id: 'friendli',
        name: 'FriendliAI',
        apiHosts: ['api.friendli.ai'],
        apiRoot: 'https://api.friendli.ai/serverless/v1',
        apiRootAliases: ['https://api.friendli.ai/dedicated/v1'],
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'friendli',
                pattern: 'flp_[A-Za-z0-9]{20,}',
                confidence: 'shared',
                source: 'public FRIENDLI_TOKEN=flp_… examples in the code index [length unverified]',
                sample: ['flp_', chars(40, ALNUM)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: ['public configs with FRIENDLI_BASE_URL=https://api.friendli.ai/dedicated/v1 (code index)']
    },
    {
        id: 'voyage',
        name: 'Voyage AI',
        apiHosts: ['api.voyageai.com'],
        // Embeddings and reranking only.
        apiRoot: 'https://api.voyageai.com/v1',
        nonApiHosts: [],
        keyFormats: [
            {
                id: 'voyage',
                pattern: 'pa-[A-Za-z0-9_-]{20,}',
                confidence: 'shared',
                source: 'public VOYAGE_API_KEY=pa-… examples in the code index [length unverified]',
                sample: ['pa-', chars(43, URLSAFE)]
            }
        ],
        auth: 'bearer',
        modelsPath: null,
        requestIdHeaders: [],
        sources: ['public VOYAGE_API_KEY=pa-… examples in the code index']
    }
];

;// CONCATENATED MODULE: ./src/providers/catalog.ts
/**
 * The provider catalog: the registry (plus the config's extra providers) indexed once for the questions
 * rules ask — which provider serves a host or URL, which provider a key belongs to, and where keys hide
 * in free text.
 */


/**
 * A match preceded by a letter or digit sits inside a longer word and is not a key (gitleaks' `\b…` boundary). One
 * glued to a name by `_` or `-` (`MY_sk-ant-…`) is reported: a separator does not make a key less of a key.
 */
const GLUED_TO_WORD = /[A-Za-z0-9]/;
/**
 * Characters a prefix-less shape is made of (32 hex, a UUID): such a match preceded by one of them is the tail
 * of a longer token (`sk-<32 hex>`, a helicone proxy key's UUID), never a key of its own.
 */
const TOKEN_CHAR = /[A-Za-z0-9_-]/;
/** `TOKEN_CHAR` by character code, for the sampling loop. */
const IS_TOKEN_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
/**
 * Builds the catalog. `extra` providers (from the config file) take precedence: one with the id of a
 * registry provider replaces it, and their hosts win over the registry's. Key patterns must be valid
 * JavaScript RegExp sources without backreferences (they are joined into one scanner); an invalid one
 * throws a SyntaxError here, so the config layer should validate them first.
 */
function createCatalog(extra = []) {
    const extraIds = new Set(extra.map((p) => p.id));
    const all = [...extra, ...providers.filter((p) => !extraIds.has(p.id))];
    const byId = new Map(all.map((p) => [p.id, p]));
    const hosts = indexHosts(all);
    const formats = compileFormats(all);
    const unique = formats.filter((f) => f.format.confidence === 'unique');
    const ordered = [...unique, ...formats.filter((f) => f.format.confidence === 'shared')];
    // Unique formats first, so a token of a unique and a shared shape is reported as the unique one.
    const anywhere = ordered.filter((f) => textScanOf(f.format) === 'anywhere');
    const withContext = formats.filter((f) => textScanOf(f.format) === 'context');
    const scanner = scannerFor(anywhere);
    const contextScanner = scannerFor(withContext);
    const anywhereWhole = anywhere.length === 0 ? undefined : new RegExp(`^(?:${anywhere.map((f) => f.format.pattern).join('|')})$`);
    const byHost = (host) => lookupHost(hosts, host);
    return {
        providers: all,
        byId: (id) => byId.get(id),
        byHost,
        byUrl(url) {
            const parsed = parseUrl(url);
            if (!parsed)
                return undefined;
            const match = byHost(parsed.host);
            const prefix = match?.provider.apiPathPrefix;
            if (match?.role === 'api' && prefix !== undefined && !isUnderPath(parsed.pathname, prefix)) {
                return { provider: match.provider, role: 'marketing' };
            }
            return match;
        },
        identifyKey(value) {
            const token = value.trim();
            return firstWholeMatch(ordered, token);
        },
        scanText(text) {
            return scanner.scan(text).filter((m) => !isPlaceholder(m.token));
        },
        scanForContext(text, judge) {
            return contextScanner.scan(text).flatMap((m) => {
                // A token that is also of a format found anywhere is `scanText`'s. The judge goes before the
                // placeholder check: it rejects most candidates, and cheaper.
                if (anywhereWhole?.test(m.token))
                    return [];
                const provider = judge(m);
                return provider && !isPlaceholder(m.token) ? [{ ...m, provider }] : [];
            });
        },
        isPlaceholder: isPlaceholder,
        looksLikeSecret: looksLikeSecret
    };
}
function indexHosts(providers) {
    const exact = new Map();
    const wildcards = [];
    const add = (host, match) => {
        const h = host.toLowerCase();
        if (h.startsWith('*.'))
            wildcards.push({ suffix: h.slice(1), match });
        else if (!exact.has(h))
            exact.set(h, match); // earlier (extra) providers win
    };
    for (const provider of providers) {
        for (const host of provider.apiHosts)
            add(host, { provider, role: 'api' });
        for (const { host, role } of provider.nonApiHosts)
            add(host, { provider, role });
    }
    return { exact, wildcards };
}
/**
 * Looks a host up as given (local servers are registered with their port, `localhost:11434`), then
 * without its port. Case and a trailing dot do not matter.
 */
function lookupHost(index, host) {
    const h = host.trim().toLowerCase().replace(/\.$/, '');
    const withoutPort = stripPort(h);
    return lookupExactOrWildcard(index, h) ?? (withoutPort === h ? undefined : lookupExactOrWildcard(index, withoutPort));
}
function lookupExactOrWildcard(index, host) {
    return index.exact.get(host) ?? index.wildcards.find((w) => host.endsWith(w.suffix) && host.length > w.suffix.length)?.match;
}
/** `host:443` → `host`, `[::1]:8080` → `[::1]`; a bare IPv6 address is left alone. */
function stripPort(host) {
    if (host.startsWith('['))
        return host.slice(0, host.indexOf(']') + 1) || host;
    const colon = host.indexOf(':');
    return colon !== -1 && colon === host.lastIndexOf(':') ? host.slice(0, colon) : host;
}
/** Parses a URL, assuming `https://` when no scheme is written (as NextChat does). */
function parseUrl(url) {
    const trimmed = url.trim();
    try {
        return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    }
    catch {
        return undefined;
    }
}
function isUnderPath(pathname, prefix) {
    return pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}
/** Where a format is looked for in free text; see `TextScan`. */
const textScanOf = (format) => format.inText ?? (format.confidence === 'unique' ? 'anywhere' : 'never');
/**
 * The scanner for a set of formats. Patterns that start with a literal (`sk-`, `gsk_`, `AIza`) are
 * joined into one regex, which V8 searches fast by their first characters. Patterns that start with a
 * character class (32 hex, a UUID) would make it try every position: they are tried only at word starts
 * whose first characters (8 hex digits) pass a prefilter, and those word starts are found by sampling
 * (`wordStartsOf`) when every such pattern starts with a repeated class of word characters.
 */
function scannerFor(formats) {
    const literal = formats.filter((f) => /^[A-Za-z0-9_-]/.test(f.format.pattern) && !hasTopLevelAlternation(f.format.pattern));
    const rest = formats.filter((f) => !literal.includes(f));
    const byLiteral = joined(literal, 'g');
    const byClass = joined(rest, 'y');
    const leads = [...new Set(rest.flatMap((f) => leadsOf(f.format.pattern)))].join('|');
    const prefilter = rest.length === 0 ? undefined : new RegExp(leads, 'g');
    const sampled = rest.length === 0 ? undefined : leadSampling(rest, new RegExp(leads, 'y'));
    return {
        scan(text) {
            const found = byLiteral ? scan(text, byLiteral, literal) : [];
            if (!byClass || !prefilter)
                return found;
            const more = sampled ? scanAtWordStarts(text, sampled, byClass, rest) : scanAtHits(text, prefilter, byClass, rest);
            return found.length === 0 ? more : [...found, ...more].sort((a, b) => a.start - b.start);
        }
    };
}
/**
 * One regex for many formats, each ending at a token boundary (`scan` checks the leading one). Longer
 * shapes come first: a shorter one may end at a boundary inside them (32 hex, then `.` and the rest of
 * a Zhipu key), and the first alternative that matches wins. Alternatives that share leading characters
 * are grouped under them (`s(?:k-(?:ant-…|or-v1-…))`): with 40 formats, a flat list is about 30% slower.
 */
function joined(formats, flags) {
    if (formats.length === 0)
        return undefined;
    const longestFirst = [...formats].sort((a, b) => sampleLength(b.format) - sampleLength(a.format)).map((f) => f.format.pattern);
    return new RegExp(`(?:${factored(longestFirst, 0)})(?![A-Za-z0-9_-])`, flags);
}
/**
 * Groups alternatives by their first literal character (one not followed by a quantifier), a few levels
 * deep, keeping their order within a group.
 */
function factored(patterns, depth) {
    const groups = new Map();
    const others = [];
    for (const p of patterns) {
        if (depth < 3 && /^[A-Za-z0-9_-][^*+?{]/.test(p) && !hasTopLevelAlternation(p))
            groups.set(p[0], [...(groups.get(p[0]) ?? []), p.slice(1)]);
        else
            others.push(p);
    }
    const grouped = [...groups].map(([c, tails]) => (tails.length === 1 ? `${c}${tails[0]}` : `${c}(?:${factored(tails, depth + 1)})`));
    return [...grouped, ...others].join('|');
}
/** A `|` outside any group or class: the pattern is an alternation and cannot be split at its first character. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (inClass)
            inClass = c !== ']';
        else if (c === '[')
            inClass = true;
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
/**
 * The prefilter for a pattern that starts with a repeated class: 8 of it, split by the class's first
 * character range (`[a-f0-9]{32}` → `[0-9][0-9a-f]{7}|[a-f][0-9a-f]{7}`), which V8 runs about twice as
 * fast as `[a-f0-9]{8}`. Classes are normalised, so `[a-f0-9]` and `[0-9a-f]` give one prefilter.
 */
function leadsOf(pattern) {
    const lead = /^\[([^\]\\^]+)\]\{(\d+)/.exec(pattern);
    if (!lead)
        return [pattern];
    const ranges = lead[1].match(/.-.|./g).sort();
    const rest = `[${ranges.join('')}]{${Math.min(8, Number(lead[2])) - 1}}`;
    return ranges.map((r) => `[${r}]${rest}`);
}
/**
 * The sampling for formats that all start with a repeated class of word characters (`[a-f0-9]{32}`, a UUID);
 * undefined when one does not (a config pattern may start with anything): those are found by the prefilter
 * regex at every position.
 */
function leadSampling(formats, sticky) {
    const lead = new Uint8Array(128);
    let minRun = Infinity;
    for (const f of formats) {
        const m = /^\[([^\]\\^]+)\]\{(\d+)/.exec(f.format.pattern);
        if (!m)
            return undefined;
        minRun = Math.min(minRun, 8, Number(m[2]));
        for (const range of m[1].match(/.-.|./g)) {
            for (let c = range.charCodeAt(0); c <= range.charCodeAt(range.length - 1); c++) {
                if (c >= 128 || !TOKEN_CHAR.test(String.fromCharCode(c)))
                    return undefined;
                lead[c] = 1;
            }
        }
    }
    return minRun >= 1 ? { lead, minRun, sticky } : undefined;
}
/**
 * Tokens of formats that start with a character class, tried at the word starts whose first characters
 * pass the prefilter: the same tokens as `scanAtHits`, reading about one character in `minRun` of plain
 * text. A word that begins with `minRun` lead characters holds exactly one position that is a multiple of
 * `minRun` among them, so only those positions are read; from one that holds a lead character the word
 * start is looked for at most `minRun - 1` characters back, and each word start is tried once: the pass stays linear.
 */
function scanAtWordStarts(text, { lead, minRun, sticky }, matcher, formats) {
    const found = [];
    const isLead = (c) => c < 128 && lead[c] === 1;
    for (let p = 0; p < text.length;) {
        if (!isLead(text.charCodeAt(p))) {
            p += minRun;
            continue;
        }
        let start = p;
        while (start > 0 && p - start < minRun - 1 && isLead(text.charCodeAt(start - 1)))
            start--;
        const before = start === 0 ? 0 : text.charCodeAt(start - 1);
        // Inside a longer word, or at a word start the prefilter rejects: the samples further on hold the next word.
        sticky.lastIndex = start;
        if ((before < 128 && IS_TOKEN_CHAR[before] === 1) || !sticky.test(text)) {
            p += minRun;
            continue;
        }
        matcher.lastIndex = start;
        const token = matcher.exec(text)?.[0];
        const match = token === undefined ? undefined : firstWholeMatch(formats, token);
        if (token !== undefined && match)
            found.push({ ...match, token, start, end: start + token.length });
        p = token === undefined ? p + minRun : Math.ceil((start + token.length) / minRun) * minRun;
    }
    return found;
}
/**
 * The length of a format's sample key. Config formats have none: they go first, as their providers take
 * precedence over the registry's everywhere else.
 */
const sampleLength = (format) => format.sample ? format.sample.reduce((sum, part) => sum + part.length, 0) : Infinity;
function compileFormats(providers) {
    return providers.flatMap((provider) => provider.keyFormats.map((format) => ({ provider, format, whole: new RegExp(`^(?:${format.pattern})$`) })));
}
function firstWholeMatch(formats, token) {
    const found = formats.find((f) => f.whole.test(token));
    return found && { provider: found.provider, format: found.format };
}
/**
 * One pass of the combined regex over the text. The leading boundary is checked here rather than with a
 * lookbehind in the pattern, which keeps V8's fast literal-prefix scanning (about 3× faster on plain text).
 */
function scan(text, scanner, formats) {
    const found = [];
    scanner.lastIndex = 0;
    for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
        const start = m.index;
        const token = m[0];
        if (token.length === 0) {
            scanner.lastIndex++;
            continue;
        }
        if (start > 0 && GLUED_TO_WORD.test(text[start - 1])) {
            scanner.lastIndex = start + 1; // inside a longer word; a key may still start further on
            continue;
        }
        const match = firstWholeMatch(formats, token);
        if (match)
            found.push({ ...match, token, start, end: start + token.length });
    }
    return found;
}
const WORD_REST = /[A-Za-z0-9_-]*/y;
/** Where the word that contains `index` ends. */
function wordEnd(text, index) {
    WORD_REST.lastIndex = index;
    WORD_REST.exec(text);
    return Math.max(WORD_REST.lastIndex, index + 1);
}
/**
 * Tokens of formats that start with a character class: at each prefilter hit that starts a word, the
 * sticky `matcher` tries the formats there; otherwise the rest of the word is skipped. Each character is
 * looked at a bounded number of times, so the pass stays linear.
 */
function scanAtHits(text, prefilter, matcher, formats) {
    const found = [];
    prefilter.lastIndex = 0;
    for (let hit = prefilter.exec(text); hit !== null; hit = prefilter.exec(text)) {
        const start = hit.index;
        if (start > 0 && TOKEN_CHAR.test(text[start - 1])) {
            prefilter.lastIndex = wordEnd(text, start);
            continue;
        }
        matcher.lastIndex = start;
        const token = matcher.exec(text)?.[0];
        const match = token === undefined ? undefined : firstWholeMatch(formats, token);
        if (token !== undefined && match)
            found.push({ ...match, token, start, end: start + token.length });
        prefilter.lastIndex = token === undefined ? wordEnd(text, start) : start + token.length;
    }
    return found;
}


/***/ }),

/***/ 8841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isKeyProviderMismatch)
/* harmony export */ });
/* unused harmony export KEY_PASSTHROUGH_PROVIDERS */
/** Gateways that carry the upstream provider's key through, so a foreign key there is no mismatch. */
const KEY_PASSTHROUGH_PROVIDERS = ['cloudflare-ai-gateway', 'litellm-proxy'];
/**
 * A key whose format surely names one provider (`sk-ant-`, `T3BlbkFJ`, `gsk_`…) sent to another provider's host.
 * Shared shapes (`sk-` + 48: gateways, Moonshot) never count, nor do gateways that pass provider keys through.
 */
function isKeyProviderMismatch(keyMatch, hostProvider) {
    if (!keyMatch || !hostProvider || keyMatch.format.confidence !== 'unique')
        return false;
    return keyMatch.provider.id !== hostProvider.id && !KEY_PASSTHROUGH_PROVIDERS.includes(hostProvider.id);
}


/***/ }),

/***/ 5271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ isFailOn),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   v9: () => (/* binding */ failingFindings)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2831);

/** Every accepted threshold, most severe first (the order help texts and error messages list them in). */
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'never'];
/** Severities from most to least severe. */
const SEVERITIES = ['error', 'warning', 'note'];
/** Whether a finding of `severity` reaches the `failOn` threshold; nothing reaches `never`. */
function atOrAbove(severity, failOn) {
    return failOn !== 'never' && _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[severity] >= _core_order_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[failOn];
}
function isFailOn(value) {
    return FAIL_ON_VALUES.includes(value);
}
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, notes: 0, suppressed: 0 };
    for (const finding of findings) {
        if (finding.suppressed)
            counts.suppressed++;
        else if (finding.severity === 'error')
            counts.errors++;
        else if (finding.severity === 'warning')
            counts.warnings++;
        else
            counts.notes++;
    }
    return counts;
}
/** The findings that fail the run: not suppressed, and at or above the threshold. */
const failingFindings = (findings, failOn) => findings.filter((finding) => !finding.suppressed && atOrAbove(finding.severity, failOn));


/***/ }),

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandSafe: () => (/* binding */ commandSafe),
/* harmony export */   escapeControl: () => (/* binding */ escapeControl),
/* harmony export */   formatFindingLine: () => (/* binding */ formatFindingLine),
/* harmony export */   summaryLine: () => (/* binding */ summaryLine),
/* harmony export */   textReporter: () => (/* binding */ textReporter)
/* harmony export */ });
/* harmony import */ var _core_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2831);
/* harmony import */ var _core_message_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3252);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5271);



/** `3 errors`, `1 warning`, `0 notes`. */
const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/**
 * Repository text (file names, quoted values) made safe for a terminal or a CI log: line breaks and other
 * control characters become `\u....` escapes, so a file named `a\n::error::…` cannot start a line of its own
 * (a forged finding, or a workflow command when the CLI runs in GitHub Actions) and ANSI sequences stay inert.
 * Bidirectional overrides and marks are escaped too: they make a line read differently from what it says.
 */
const escapeControl = (text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/**
 * A whole output line that cannot be a workflow command: the runner takes a line starting with `::` (spaces
 * before it allowed) as one, so a file named `::error::…` at the start of a finding line gets its first colon escaped.
 */
const commandSafe = (line) => line.replace(/^(\s*):(?=:)/, '$1\\u003a');
/** One finding as `file:line:col: severity message: tip [rule-id]` (actionlint's format, with the severity added). */
const formatFindingLine = (finding) => commandSafe(`${where(finding)}: ${finding.severity} ${escapeControl((0,_core_message_js__WEBPACK_IMPORTED_MODULE_0__/* .withTip */ .q)(finding.message, finding.tip))} [${finding.ruleId}]`);
/** A probe of the `--base-url` given on the command line belongs to no file. */
const where = (finding) => finding.file === '' ? '(command line)' : `${escapeControl(finding.file)}:${finding.span.start.line}:${finding.span.start.column}`;
/** `3 errors, 1 warning, 0 notes in 12 files`, plus `(2 suppressed)` when any were. */
function summaryLine(context) {
    const counts = (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .countFindings */ .Gt)(context.findings);
    const line = `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notes, 'note')} in ${plural(context.stats.files, 'file')}`;
    return counts.suppressed > 0 ? `${line} (${counts.suppressed} suppressed)` : line;
}
/**
 * The human format: one line per finding, sorted, then the summary line. Suppressed findings are left
 * out (they only show in the summary's count). Ends with a newline.
 */
const textReporter = {
    format: 'text',
    render(context) {
        const lines = context.findings
            .filter((finding) => !finding.suppressed)
            .sort(_core_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareFindings */ .Eg)
            .map(formatFindingLine);
        return [...lines, summaryLine(context)].join('\n') + '\n';
    }
};


/***/ }),

/***/ 4023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MK: () => (/* binding */ valueSpan),
/* harmony export */   Np: () => (/* binding */ isKnownClient),
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   SG: () => (/* binding */ pairings),
/* harmony export */   V8: () => (/* binding */ clientName),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   oZ: () => (/* binding */ coveredByKeyHit)
/* harmony export */ });
/* harmony import */ var _sources_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8518);

/** The value the app will read: the literal, or a reference's expansion when it could be resolved. */
const valueOf = (entry) => (0,_sources_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .effectiveValue */ .FB)(entry);
/** Where to point at an entry's value, falling back to its key when it has no value span. */
const valueSpan = (entry) => entry.valueSpan ?? entry.keySpan;
/** Removes one pair of matching quotes around a value (`"https://x"` kept literally by compose list form). */
function unquote(text) {
    const t = text.trim();
    return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0]) ? t.slice(1, -1).trim() : t;
}
/**
 * Remembers what was reported, so an entry read by several scopes (a `.env` file on its own and as a
 * compose `env_file`) gives one finding, not one per scope.
 */
function once() {
    const seen = new Set();
    return (entry, what) => {
        const id = `${entry.file}:${entry.keySpan.start.line}:${entry.keySpan.start.column}:${what}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    };
}
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column < b.column);
/** A recognised key inside this entry's value was already reported by `leaked-key` from the text scan. */
function coveredByKeyHit(entry, file) {
    const span = entry.valueSpan;
    return span !== undefined && file.keyHits.some((hit) => before(hit.span.start, span.end) && before(span.start, hit.span.end));
}
/** The pairings of every scope with the scope they belong to. */
function* pairings(model) {
    for (const scope of model.scopes)
        for (const pair of scope.pairs)
            yield { scope, pair };
}
/** The client is known from evidence about the scope (or configured), not guessed. */
const isKnownClient = (client) => client.profile.id !== 'unknown' && client.confidence === 'known';
/** How messages name a client: its name, marked when it is a guess, or the convention assumed when none was identified. */
const clientName = (client) => client.profile.id === 'unknown' ? 'an SDK-style app' : client.confidence === 'guessed' ? `${client.profile.name} (guessed)` : client.profile.name;


/***/ }),

/***/ 5579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ rules)
});

// EXTERNAL MODULE: ./src/clients/effective-url.ts
var effective_url = __webpack_require__(9149);
;// CONCATENATED MODULE: ./src/core/kinds.ts
/** How messages name a kind of file: `BASE_URL in the compose file`. */
const KIND_LABELS = {
    dotenv: 'the .env file',
    compose: 'the compose file',
    dockerfile: 'the Dockerfile',
    vercel: 'vercel.json',
    netlify: 'netlify.toml',
    render: 'render.yaml',
    fly: 'fly.toml',
    'app-json': 'app.json',
    workflow: 'the workflow',
    'claude-settings': 'the Claude Code settings',
    continue: 'the Continue config',
    librechat: 'librechat.yaml',
    codex: 'the Codex config',
    'codex-auth': 'the Codex auth.json',
    kubernetes: 'the Kubernetes manifest',
    helm: 'the Helm values',
    'gitlab-ci': 'the GitLab CI file',
    wrangler: 'wrangler.toml',
    'app-engine': 'the App Engine app.yaml',
    systemd: 'the systemd unit',
    shell: 'the shell script',
    mcp: 'the MCP config',
    text: 'the file'
};
/** `the .env file`, `the compose file`, `vercel.json`…, for messages. */
const kindLabel = (kind) => KIND_LABELS[kind];
/** Kinds that configure a deployed app (not CI runners, not developer tools). */
const DEPLOYMENT_KINDS = new Set([
    'dotenv',
    'compose',
    'dockerfile',
    'vercel',
    'netlify',
    'render',
    'fly',
    'app-json',
    'kubernetes',
    'helm',
    'wrangler',
    'app-engine',
    'systemd'
]);
/** Example and template files (`.env.example`, `docker-compose.sample.yml`, `.env.template`): they hold placeholders and samples on purpose. */
const isExampleFile = (path) => EXAMPLE_FILE.test(path.slice(path.lastIndexOf('/') + 1));
const EXAMPLE_FILE = /(?:^|[./_-])(?:example|sample|template|dist|tpl)(?:[./_-]|$)/i;

// EXTERNAL MODULE: ./src/core/url.ts
var core_url = __webpack_require__(38);
// EXTERNAL MODULE: ./src/rules/entries.ts
var entries = __webpack_require__(4023);
;// CONCATENATED MODULE: ./src/rules/keys.ts

/** The keys an entry's value holds, with the provider their format names; placeholders and unresolved references give none. */
function keyItems(entry, catalog) {
    return keyItemsOf((0,entries/* valueOf */.RP)(entry), catalog);
}
/** The items of a key list written as text, placeholders and empty items left out. */
function keyItemsOf(value, catalog) {
    if (value === undefined)
        return [];
    return value
        .split(/[,;]/)
        .map((v) => v.trim())
        .filter((v) => v !== '' && !catalog.isPlaceholder(v))
        .map((v) => {
        const match = catalog.identifyKey(v);
        return match ? { value: v, match } : { value: v };
    });
}
/**
 * Gateways that pass provider keys through (providers.md §3 rule 2) and local servers, which accept
 * whatever key they were started with: a key of another provider is normal there.
 */
const PASSTHROUGH = new Set(['cloudflare-ai-gateway', 'litellm-proxy']);
const carriesAnyKey = (provider) => PASSTHROUGH.has(provider.id) || provider.local === true;

// EXTERNAL MODULE: ./src/rules/names.ts
var names = __webpack_require__(5603);
;// CONCATENATED MODULE: ./src/rules/base-urls.ts




/**
 * Every LLM base URL entry of the model once, as read by its own variable. Pairings that reach an entry
 * through another variable's fallback (NextChat `ANTHROPIC_URL` → `BASE_URL`) are left to
 * `provider-mismatch`; the entry itself is judged under its own name. A reference whose value comes
 * from another base URL setting (`BASE_URL: ${BASE_URL}` in compose, filled from the project `.env`)
 * is judged where the value is written, not a second time where it is used. Settings whose role is not
 * an LLM base (an app backend, a storage URL) and values that are placeholders or documented sentinels
 * are not sites at all (`isLlmBase`, `isJudgeableValue`).
 */
function baseUrlSites(model, catalog) {
    let sites = sitesByModel.get(model);
    if (!sites)
        sitesByModel.set(model, (sites = collectSites(model, catalog)));
    return sites;
}
/** Four rules walk the same sites; the model is immutable, so they are collected once per model. */
const sitesByModel = new WeakMap();
function collectSites(model, catalog) {
    const fresh = (0,entries/* once */.Oo)();
    const sites = [];
    for (const scope of model.scopes) {
        for (const pair of scope.pairs) {
            const entry = pair.baseUrl;
            if (!entry || (pair.baseUrlVar && pair.baseUrlVar.name !== entry.key))
                continue;
            if (!isLlmBase(pair, catalog) || notRead(scope, entry) || isUnset(entry, pair.baseUrlVar) || forkRewritten(entry, pair.baseUrlVar))
                continue;
            if (!fresh(entry, 'base'))
                continue;
            const placeholder = isPlaceholderValue(entry);
            sites.push({ scope, entry, ...(pair.baseUrlVar ? { variable: pair.baseUrlVar } : {}), ...(placeholder ? { placeholder } : {}) });
        }
    }
    const filesByName = new Map();
    for (const { entry } of sites)
        filesByName.set(entry.key, (filesByName.get(entry.key) ?? new Set()).add(entry.file));
    const writtenElsewhere = (entry) => [...(filesByName.get(entry.ref?.name ?? '') ?? [])].some((f) => f !== entry.file);
    return sites.filter(({ entry }) => entry.form !== 'reference' || !writtenElsewhere(entry));
}
/** A Cloudflare AI Gateway URL that a NextChat fork rewrites with code of its own: what it calls is not known. */
function forkRewritten(entry, variable) {
    return variable?.forkRewrite === true && ((0,entries/* valueOf */.RP)(entry) ?? '').includes('gateway.ai.cloudflare.com');
}
/** A name the scope's known client does not read: `env-name-unused` says so, and its value never matters. */
const notRead = (scope, entry) => (0,entries/* isKnownClient */.Np)(scope.client) && scope.client.profile.unusedVars.some((u) => u.name === entry.key);
/**
 * A base URL is judged as an LLM base when the client profile names it as one (not a generic name), when it
 * pairs with a key or model of the same stem that is about an LLM, or when its value points at a known
 * provider. Everything else (`VITE_BACKEND_API_BASE_URL=http://localhost:8787`, `STORAGE_BASE_URL`) is some
 * other service's URL.
 */
function isLlmBase(pair, catalog) {
    const entry = pair.baseUrl;
    if (pair.baseUrlVar && !pair.baseUrlVar.generic)
        return true;
    if (pair.model || (0,names/* namesLlm */.yp)(entry.key, catalog))
        return true;
    const key = pair.key;
    if (key && ((0,names/* namesLlm */.yp)(key.key, catalog) || keyItems(key, catalog).some((k) => k.match !== undefined)))
        return true;
    const value = (0,entries/* valueOf */.RP)(entry);
    return value !== undefined && value.split(/[,;]/).some((v) => catalog.byUrl((0,entries/* unquote */._n)(v)) !== undefined);
}
/** Empty values are the client's default; documented sentinels (`/ollama`, `user_provided`) mean something to it. */
function isUnset(entry, variable) {
    const value = (0,entries/* valueOf */.RP)(entry);
    if (value === undefined)
        return false;
    const text = (0,entries/* unquote */._n)(value);
    return text === '' || variable?.sentinels?.includes(text) === true || SENTINEL_VALUES.has(text.toLowerCase());
}
/** `https://<your-host>/v1`, `https://{host}/v1`, `https://your-api.com`, `xxxx`: a template to fill in. */
function isPlaceholderValue(entry) {
    const value = (0,entries/* valueOf */.RP)(entry);
    return value !== undefined && PLACEHOLDER_URL.test((0,entries/* unquote */._n)(value));
}
/** LibreChat's `user_provided` asks each user for their own URL (librechat.example.yaml). */
const SENTINEL_VALUES = new Set(['user_provided']);
/** `https://<your-host>/v1`, `https://{host}/v1`, `https://your-api.com`, `https://xxx`: a template to fill in. */
const PLACEHOLDER_URL = /[<>{}]|\$\(|\byour[-_.]|\bx{3,}\b|changeme|placeholder|\.\.\./i;
/**
 * The URLs a base URL entry holds, tidied of surrounding spaces and quotes (`base-url-format` reports
 * those), one per item for list variables (Open WebUI `OPENAI_API_BASE_URLS`). Empty when the value is
 * empty (the client's default applies) or a reference that could not be resolved.
 */
function urlValues(entry, variable) {
    const value = (0,entries/* valueOf */.RP)(entry);
    if (value === undefined)
        return [];
    const items = variable?.listSeparator ? value.split(variable.listSeparator) : [value];
    return items.map(entries/* unquote */._n).filter((v) => v !== '');
}
/** `urlValues` that are URLs at all; `base-url-format` reports the rest. Cached: several rules ask. */
function parsedUrlValues(entry, variable) {
    const separator = variable?.listSeparator ?? '';
    const cached = urlValueCache.get(entry)?.get(separator);
    if (cached)
        return cached;
    const values = urlValues(entry, variable).flatMap((text) => {
        const url = (0,core_url/* parseUrl */.Dl)(text);
        return url && (0,core_url/* looksLikeHost */.oc)(url) && (url.scheme === undefined || url.scheme === 'http' || url.scheme === 'https') ? [{ text, url }] : [];
    });
    urlValueCache.set(entry, (urlValueCache.get(entry) ?? new Map()).set(separator, values));
    return values;
}
const urlValueCache = new WeakMap();
/**
 * What the registry says about a URL value: its provider and whether it is the API. The host lookup
 * comes first because it is cheap and most hosts are not in the registry.
 */
function urlMatch({ text, url }, catalog) {
    return catalog.byHost((0,core_url/* hostOf */.w4)(url)) ?? catalog.byHost(url.host) ? catalog.byUrl(text) : undefined;
}
/** The provider whose API a URL (scheme optional) points at; undefined for unknown hosts and non-API pages. */
function apiProviderOf(url, catalog) {
    const match = catalog.byUrl(url);
    return match?.role === 'api' ? match.provider : undefined;
}
/** Request paths people paste as a base, longest first so `/chat/completions` wins over `/completions`. */
// `/completion` is llama.cpp server's native endpoint.
const ENDPOINTS = ['/chat/completions', '/v1/messages', '/completions', '/completion', '/embeddings', '/responses', '/models'];
/** The request endpoint a URL's path ends with (trailing slashes and case ignored), if it is one. */
function endpointOf(url) {
    const path = `/${(0,core_url/* segments */.JF)(url.path).join('/')}`.toLowerCase();
    return ENDPOINTS.find((e) => path.endsWith(e));
}

;// CONCATENATED MODULE: ./src/rules/types.ts
/** Identity helper: lets TypeScript infer the message ids from `meta.messages`. */
const defineRule = (rule) => rule;

;// CONCATENATED MODULE: ./src/rules/base-url-endpoint.ts






/**
 * A full endpoint where a base belongs. Every client appends its own request path, so
 * `…/v1/chat/completions` becomes `…/v1/chat/completions/v1/chat/completions` in NextChat and
 * `…/chat/completions/chat/completions` in the SDKs: 404 (NextChat #1185, #4473). LibreChat's
 * `*_REVERSE_PROXY` variables are the one exception: `extractBaseURL()` cuts a pasted endpoint back.
 * Where the value is meant to be the chat endpoint itself (LibreChat `directEndpoint: true`), it must be
 * one: llama.cpp's native `/completion` takes no chat request.
 */
const rule = defineRule({
    meta: {
        id: 'base-url-endpoint',
        description: 'A base URL is a full endpoint such as /chat/completions instead of an API root',
        severity: 'error',
        autofix: ['endpoint', 'endpointAsBase'],
        messages: {
            endpoint: '{{name}} in {{fileKind}} is the full {{endpoint}} endpoint, and {{client}} appends its own path to it, calling {{url}}',
            endpointAsBase: '{{name}} in {{fileKind}} is the full {{endpoint}} endpoint where an API root belongs',
            notChatEndpoint: '{{name}} in {{fileKind}} is where {{client}} posts chat requests as they are, but {{endpoint}} is not a chat endpoint'
        },
        tips: {
            endpoint: 'use "{{fix}}"',
            endpointAsBase: 'use "{{fix}}"',
            notChatEndpoint: "use the server's /v1/chat/completions"
        }
    },
    check(context) {
        for (const { scope, entry, variable, placeholder } of baseUrlSites(context.model, context.providers)) {
            if (placeholder)
                continue;
            if (scope.client.profile.id === 'librechat' && entry.key.endsWith('_REVERSE_PROXY'))
                continue;
            for (const value of parsedUrlValues(entry, variable)) {
                const endpoint = endpointOf(value.url);
                if (variable?.fullEndpoint && endpoint !== undefined && !CHAT_ENDPOINTS.has(endpoint)) {
                    context.report({
                        messageId: 'notChatEndpoint',
                        data: { name: entry.key, fileKind: kindLabel(entry.kind), endpoint, client: (0,entries/* clientName */.V8)(scope.client) },
                        file: entry.file,
                        span: (0,entries/* valueSpan */.MK)(entry),
                        entry,
                        scope: scope.id
                    });
                    break;
                }
                // Verbatim variables hold an endpoint on purpose.
                if (!endpoint || variable?.convention === 'verbatim')
                    continue;
                const fix = fixFor(value, endpoint, variable, context.providers);
                const data = { name: entry.key, fileKind: kindLabel(entry.kind), endpoint, fix };
                context.report({
                    ...(variable
                        ? { messageId: 'endpoint', data: { ...data, client: (0,entries/* clientName */.V8)(scope.client), url: (0,core_url/* showUrl */.jr)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url) } }
                        : { messageId: 'endpointAsBase', data }),
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    fix,
                    // Some clients (or some of their versions) cut a pasted endpoint themselves: a note, not a failure.
                    ...(strippedByClient(value.text, variable) ? { severity: 'note' } : {}),
                    scope: scope.id
                });
                break;
            }
        }
    }
});
const CHAT_ENDPOINTS = new Set(['/chat/completions', '/responses']);
/** The client cuts this tail off before joining (LibreChat's extractBaseURL). */
const strippedByClient = (text, variable) => variable?.strips?.some(({ tail }) => text.toLowerCase().replace(/[?#].*$/, '').endsWith(tail)) === true;
/**
 * The base without the endpoint, in the variable's convention: the provider's expected base when the
 * host is known; otherwise the stripped URL, minus a trailing version for clients that add it themselves.
 */
function fixFor(value, endpoint, variable, catalog) {
    const withoutQuery = value.text.replace(/[?#].*$/, '').replace(/\/+$/, '');
    const stripped = withoutQuery.slice(0, withoutQuery.length - endpoint.length);
    const provider = apiProviderOf(stripped, catalog);
    const expected = provider && variable ? (0,effective_url/* expectedBase */.AJ)(provider, variable, value.url.host) : undefined;
    if (expected !== undefined && !expected.includes('{'))
        return expected;
    return variable?.convention === 'host-root' ? stripped.replace(/\/v\d+$/, '') : stripped;
}

;// CONCATENATED MODULE: ./src/rules/base-url-format.ts





/**
 * How a base URL is written, before where it points. No client trims or unquotes (NextChat
 * `app/api/common.ts` only adds `https://` and strips one `/`), so quotes kept by compose list form
 * (`- BASE_URL="https://x"`) or a trailing space end up inside the request URL.
 */
const base_url_format_rule = defineRule({
    meta: {
        id: 'base-url-format',
        description: 'A base URL is malformed: literal quotes, spaces, no scheme, plain http, //, a query string, or not a URL',
        severity: 'warning',
        autofix: ['quotesInList', 'quoted', 'whitespace', 'schemeSkipped', 'noScheme', 'plainHttp', 'doubleSlash', 'query'],
        messages: {
            quotesInList: '{{name}} in {{fileKind}} is written in list form, where compose keeps the quotes as part of the value',
            quoted: '{{name}} in {{fileKind}} keeps its quotes as part of the value',
            whitespace: '{{name}} in {{fileKind}} has spaces around the URL, which the client does not trim',
            blankAfterEquals: '{{name}} in {{fileKind}} has a space after =, which dotenv drops but `docker run --env-file` keeps in the value',
            schemeAssumed: '{{name}} in {{fileKind}} has no scheme, which {{client}} fills in with https://',
            schemeSkipped: '{{name}} in {{fileKind}} has no scheme but starts with "http", so {{client}} does not add https:// and the request fails',
            noScheme: '{{name}} in {{fileKind}} has no scheme, so {{client}} cannot build a request URL from it',
            plainHttp: '{{name}} in {{fileKind}} sends the API key over plain http to {{host}}',
            doubleSlash: '{{name}} in {{fileKind}} has // in its path, which the client keeps in every request',
            query: '{{name}} in {{fileKind}} has a query string, which the client puts before the path it appends',
            notUrl: '{{name}} in {{fileKind}} is {{what}}, not a URL',
            placeholder: '{{name}} in {{fileKind}} is still a placeholder, which the client would call as a URL'
        },
        tips: {
            quotesInList: 'write {{name}}={{fix}}',
            quoted: 'remove them ("{{fix}}")',
            whitespace: 'use "{{fix}}"',
            blankAfterEquals: 'write {{name}}={{fix}}',
            schemeAssumed: 'write "{{fix}}" to make it explicit',
            schemeSkipped: 'write "{{fix}}"',
            noScheme: 'write "{{fix}}"',
            plainHttp: 'use "{{fix}}"',
            doubleSlash: 'use "{{fix}}"',
            query: 'use "{{fix}}"',
            notUrl: 'set it to the API root',
            placeholder: 'fill it in before deploying, or leave it empty for the default'
        }
    },
    check(context) {
        for (const { scope, entry, variable, placeholder } of baseUrlSites(context.model, context.providers)) {
            const value = (0,entries/* valueOf */.RP)(entry);
            if (placeholder) {
                // Templates hold placeholders by design; a deployment file that still does calls it as a URL.
                if (!isExampleFile(entry.file)) {
                    context.report({ messageId: 'placeholder', data: { name: entry.key, fileKind: kindLabel(entry.kind) }, file: entry.file, span: (0,entries/* valueSpan */.MK)(entry), entry, severity: 'note', scope: scope.id });
                }
                continue;
            }
            // Lists (Open WebUI `OPENAI_API_BASE_URLS`) are left to the host and path rules, item by item.
            if (value === undefined || value.trim() === '' || variable?.listSeparator)
                continue;
            // Names paired by prefix are read by code we do not know, not by the scope's client.
            const client = variable ? (0,entries/* clientName */.V8)(scope.client) : 'the app';
            for (const problem of problemsOf(entry, value, variable?.normalize === 'nextchat', context.providers)) {
                context.report({
                    messageId: problem.messageId,
                    data: { name: entry.key, fileKind: kindLabel(entry.kind), client, ...problem.data },
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    ...(problem.data.fix ? { fix: problem.data.fix } : {}),
                    // A key pasted where the URL belongs must not reach the output.
                    ...(problem.messageId === 'notUrl' ? { secrets: [value.trim()] } : {}),
                    // Values the client tolerates: NextChat completes a bare host with https://; dotenv trims the blank.
                    ...(TOLERATED.has(problem.messageId) ? { severity: 'note' } : {}),
                    scope: scope.id
                });
            }
        }
    }
});
const TOLERATED = new Set(['schemeAssumed', 'blankAfterEquals']);
/**
 * Every formatting problem of one value, each with the fully tidied value as its fix, so applying any
 * one fix repairs them all. Not a URL at all stops the list: nothing else can be said about it.
 * `prefixesHttps`: the client adds `https://` to values that do not start with "http" (NextChat).
 */
function problemsOf(entry, value, prefixesHttps, catalog) {
    const found = [];
    const text = (0,entries/* unquote */._n)(value);
    if (text !== value.trim())
        found.push(entry.meta?.listForm === true ? 'quotesInList' : 'quoted');
    if (value !== value.trim())
        found.push('whitespace');
    else if (entry.meta?.blankAfterEquals === true)
        found.push('blankAfterEquals');
    const url = (0,core_url/* parseUrl */.Dl)(text);
    if (!url || !(0,core_url/* looksLikeHost */.oc)(url) || (url.scheme !== undefined && url.scheme !== 'http' && url.scheme !== 'https')) {
        return [{ messageId: 'notUrl', data: { what: describe(text, url, catalog) } }];
    }
    if (url.scheme === undefined)
        found.push(!prefixesHttps ? 'noScheme' : text.startsWith('http') ? 'schemeSkipped' : 'schemeAssumed');
    else if (url.scheme === 'http' && !(0,core_url/* isInternalHost */.AQ)(url.host))
        found.push('plainHttp');
    if (/\/\//.test(url.path))
        found.push('doubleSlash');
    if (url.query !== '')
        found.push('query');
    const fix = tidy(url);
    return found.map((messageId) => ({ messageId, data: { fix, host: url.host } }));
}
/** The value with a scheme (https unless it is an internal host), single slashes and no query or fragment. */
function tidy(url) {
    const scheme = url.scheme === 'http' && (0,core_url/* isInternalHost */.AQ)(url.host) ? 'http' : 'https';
    const host = url.host.includes(':') ? `[${url.host}]` : url.host;
    const port = url.port ? `:${url.port}` : '';
    return `${scheme}://${host}${port}${url.path.replace(/\/{2,}/g, '/')}`;
}
/** What was pasted instead of a URL, in words; never the value itself. */
function describe(text, url, catalog) {
    if (/^(?:true|false|yes|no|on|off|0|1)$/i.test(text))
        return 'a boolean';
    if (catalog.identifyKey(text) || catalog.looksLikeSecret(text))
        return 'an API key';
    if (url?.scheme !== undefined && url.scheme !== 'http' && url.scheme !== 'https')
        return `a ${url.scheme}:// address`;
    if (/^[a-z][\w.:-]*$/i.test(text) && /\d/.test(text) && !text.includes('/'))
        return 'a model name';
    return 'a value that names no host';
}

;// CONCATENATED MODULE: ./src/rules/base-url-not-api.ts






/** How messages name what a non-API host serves. */
const ROLE_LABELS = {
    marketing: 'website',
    dashboard: 'dashboard',
    docs: 'documentation site',
    'chat-app': 'chat app'
};
/**
 * A base URL on a provider's website, dashboard, docs or chat app instead of its API: the request
 * reaches an HTML page or a login redirect and fails with 404 or 405. Judged from the registry
 * (`nonApiHosts`, and `apiPathPrefix` for hosts that serve both, as `openrouter.ai` does without `/api`).
 */
const base_url_not_api_rule = defineRule({
    meta: {
        id: 'base-url-not-api',
        description: 'A base URL points at a provider website, dashboard, docs or chat app instead of its API',
        severity: 'error',
        autofix: ['notApi'],
        messages: {
            notApi: '{{name}} in {{fileKind}} points at {{host}}, the {{provider}} {{role}}, not its API'
        },
        tips: {
            notApi: 'use "{{fix}}"'
        }
    },
    check(context) {
        for (const { scope, entry, variable, placeholder } of baseUrlSites(context.model, context.providers)) {
            if (placeholder)
                continue;
            for (const value of parsedUrlValues(entry, variable)) {
                const match = urlMatch(value, context.providers);
                if (!match || match.role === 'api')
                    continue;
                // A chat app's backend (`chatgpt.com/backend-api/…`) under a name no client profile knows is some
                // tool's own upstream, not a misplaced API root.
                if (match.role === 'chat-app' && (!variable || variable.generic === true || (0,core_url/* segments */.JF)(value.url.path).length > 0))
                    continue;
                const { provider } = match;
                const fix = (0,effective_url/* suggestedBase */.$b)(provider, variable);
                if (fix === undefined)
                    continue;
                context.report({
                    messageId: 'notApi',
                    data: { name: entry.key, fileKind: kindLabel(entry.kind), host: (0,core_url/* hostOf */.w4)(value.url), provider: provider.name, role: ROLE_LABELS[match.role], fix },
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    fix,
                    scope: scope.id
                });
                break;
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/base-url-path.ts






/** A version segment (`v1`, `v1beta`) repeated back to back in a request path. */
const DOUBLED_VERSION = /\/(v\d+[a-z]*)\/\1(?:\/|$)/i;
const VERSION = /^v\d+[a-z]*$/i;
/**
 * The URL the client really calls is not the provider's API. Each client joins base and request path
 * its own way (clients.md §3): NextChat appends `/v1/chat/completions` to `BASE_URL`, so a base with
 * `/v1` doubles it; the OpenAI SDK family appends `/chat/completions`, so its base must carry `/v1` or
 * the provider's own prefix (Groq `/openai/v1`, Fireworks `/inference/v1`, OpenRouter `/api/v1`).
 *
 * For a known provider host the request is compared with what the provider serves; for other hosts
 * (self-hosted gateways) only the client's convention is judged, and a missing `/v1` is a warning
 * because the server's layout is a guess. With no client identified, every finding is a warning.
 * Hosts that are not an API, full endpoints and query strings are left to `base-url-not-api`,
 * `base-url-endpoint` and `base-url-format`.
 */
const base_url_path_rule = defineRule({
    meta: {
        id: 'base-url-path',
        description: 'The request URL the client builds from a base URL has a doubled, missing or wrong path',
        severity: 'error',
        autofix: ['doubledVersion', 'doubledSlash', 'missingVersion', 'missingRoot', 'wrongPath'],
        messages: {
            doubledVersion: '{{name}} in {{fileKind}} ends in /{{version}}, which {{client}} adds itself, so it calls {{url}}',
            doubledSlash: '{{name}} in {{fileKind}} ends in /, which {{client}} keeps, so it calls {{url}}',
            unreachable: '{{name}} in {{fileKind}} makes {{client}} call {{url}}, and no value of {{name}} reaches {{provider}}, which serves this API under {{root}}',
            missingVersion: '{{name}} in {{fileKind}} lacks the /{{version}} that {{client}} expects in the base, so it calls {{url}}',
            noVersionSegment: '{{name}} in {{fileKind}} has no version segment in its path, so {{client}} calls {{url}}',
            missingRoot: "{{name}} in {{fileKind}} misses {{provider}}'s API path {{root}}, so {{client}} calls {{url}}",
            wrongPath: '{{name}} in {{fileKind}} makes {{client}} call {{url}}, which is not where {{provider}} serves its API'
        },
        tips: {
            doubledVersion: 'use "{{fix}}"',
            doubledSlash: 'use "{{fix}}"',
            unreachable: 'use the variable {{client}} reads for {{provider}}, or a gateway',
            missingVersion: 'use "{{fix}}"',
            noVersionSegment: 'most OpenAI-compatible servers answer under /v1; check that this path is the API root',
            missingRoot: 'use "{{fix}}"',
            wrongPath: 'use "{{fix}}"'
        }
    },
    check(context) {
        for (const { scope, entry, variable, placeholder } of baseUrlSites(context.model, context.providers)) {
            if (placeholder)
                continue;
            if (!variable || variable.convention === 'verbatim')
                continue;
            for (const value of parsedUrlValues(entry, variable)) {
                const match = urlMatch(value, context.providers);
                if (!judgeable(value, match?.role))
                    continue;
                // A provider not known to serve the variable's API family is judged by the client's convention alone; so
                // is a local server known only by its default port (`localhost:8000` is vLLM's, and every dev server's).
                const known = match?.provider && (!match.provider.local || variable.provider === match.provider.id) ? match.provider : undefined;
                const provider = known && (0,effective_url/* servesFamily */.Ri)(known, variable.family) ? known : undefined;
                const verdict = provider ? againstProvider(value, variable, provider) : againstConvention(value, variable);
                if (!verdict)
                    continue;
                const guessed = !(0,entries/* isKnownClient */.Np)(scope.client) || (provider === undefined && verdict.messageId === 'missingVersion');
                // A name only a wildcard of the SDK guess matches (`OPENAI_API_BASE_URL`, `OLLAMA_BASE_URL` with no client
                // identified) has no known convention: whether it needs /v1 is anybody's guess.
                const unknownConvention = variable.generic === true && provider === undefined && verdict.messageId === 'missingVersion';
                const severity = verdict.severity ?? (unknownConvention ? 'note' : guessed ? 'warning' : undefined);
                context.report({
                    messageId: verdict.messageId,
                    data: {
                        name: entry.key,
                        fileKind: kindLabel(entry.kind),
                        client: (0,entries/* clientName */.V8)(scope.client),
                        url: (0,core_url/* showUrl */.jr)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url),
                        fix: verdict.fix ?? '',
                        ...verdict.data
                    },
                    file: entry.file,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    ...(verdict.fix === undefined ? {} : { fix: verdict.fix }),
                    ...(severity ? { severity } : {}),
                    scope: scope.id
                });
                break;
            }
        }
    }
});
/**
 * Endpoints, non-API hosts and query strings have rules of their own; a query string also puts the
 * appended path after it, so the request has no meaningful path to judge.
 */
const judgeable = ({ url }, role) => (role === undefined || role === 'api') && endpointOf(url) === undefined && url.query === '' && url.fragment === '';
/** Compares the request with the requests the provider's accepted bases would make. */
function againstProvider(value, variable, provider) {
    const accepted = (0,effective_url/* acceptedBases */.q5)(provider, variable, value.url.host).filter((b) => !b.includes('{'));
    const fix = accepted[0];
    if (fix === undefined)
        return unreachable(variable, provider);
    const slash = doubledSlash(value, variable);
    if (slash)
        return slash;
    const actual = requestSegments(value.text, variable);
    const expected = accepted.map((b) => requestSegments(b, variable));
    if (expected.some((x) => same(x, actual)))
        return undefined;
    const doubled = DOUBLED_VERSION.exec((0,core_url/* pathOf */.XM)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url));
    if (doubled)
        return { messageId: 'doubledVersion', fix, data: { version: doubled[1] } };
    const target = expected[0];
    const missing = missingFrom(actual, target);
    if (missing && missing.every((s) => VERSION.test(s)))
        return { messageId: 'missingVersion', fix, data: { version: missing.join('/') } };
    if (missing)
        return { messageId: 'missingRoot', fix, data: { provider: provider.name, root: (0,core_url/* pathOf */.XM)(fix) || '/' } };
    // Extra segments the provider also serves (DeepSeek answers with and without /v1) are listed as aliases;
    // anything else is a different path.
    return { messageId: 'wrongPath', fix, data: { provider: provider.name } };
}
/**
 * A client that appends its own fixed path cannot reach a provider whose root does not end in that path's
 * head (NextChat `BASE_URL` always adds `/v1`, Ark serves `/api/v3`). Said only when the provider's root for
 * the family is a real URL, not a template (`{host}` of a self-hosted gateway).
 */
function unreachable(variable, provider) {
    const root = variable.family === 'openai' ? provider.apiRoot : provider.apis?.[variable.family];
    if (root === undefined || root.includes('{'))
        return undefined;
    return { messageId: 'unreachable', data: { provider: provider.name, root: (0,core_url/* pathOf */.XM)(root) || '/' } };
}
/** A trailing `/` the client keeps (`normalize: none`, Open WebUI list entries) doubles the slash before the path. */
function doubledSlash(value, variable) {
    // A `//` written inside the value is base-url-format's; this is the one the join makes.
    if (value.url.path.includes('//') || !(0,core_url/* pathOf */.XM)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url).includes('//'))
        return undefined;
    return { messageId: 'doubledSlash', fix: value.text.replace(/\/+$/, ''), data: {} };
}
/** Without a known provider only the client's convention can be judged. */
function againstConvention(value, variable) {
    const slash = doubledSlash(value, variable);
    if (slash)
        return slash;
    const doubled = DOUBLED_VERSION.exec((0,core_url/* pathOf */.XM)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url));
    const base = (0,core_url/* withoutQueryOrSlashes */.t_)(value.text);
    if (doubled)
        return { messageId: 'doubledVersion', fix: base.replace(/\/v\d+[a-z]*$/i, ''), data: { version: doubled[1] } };
    if (variable.convention === 'includes-version' && (0,core_url/* segments */.JF)(value.url.path).length === 0) {
        return { messageId: 'missingVersion', fix: `${base}/v1`, data: { version: 'v1' } };
    }
    // A path without any version segment on an unknown server: most OpenAI-compatible servers answer under /v1, but
    // this one may not, so it is a note without a fix.
    if (variable.convention === 'includes-version' && variable.family === 'openai' && !(0,core_url/* segments */.JF)(value.url.path).some((s) => VERSION.test(s))) {
        return { messageId: 'noVersionSegment', data: {}, severity: 'note' };
    }
    return undefined;
}
/** The path segments of the request a base leads to, lower-cased. */
function requestSegments(base, variable) {
    return (0,core_url/* segments */.JF)((0,core_url/* parseUrl */.Dl)((0,effective_url/* effectiveUrl */.ZT)(base, variable).url)?.path ?? '').map((s) => s.toLowerCase());
}
const same = (a, b) => a.length === b.length && a.every((s, i) => s === b[i]);
/** The segments of `target` that `actual` lacks, when `actual` is `target` with some segments left out. */
function missingFrom(actual, target) {
    if (actual.length >= target.length)
        return undefined;
    const missing = [];
    let i = 0;
    for (const segment of target) {
        if (i < actual.length && actual[i] === segment)
            i++;
        else
            missing.push(segment);
    }
    return i === actual.length ? missing : undefined;
}

;// CONCATENATED MODULE: ./src/rules/env-name-unused.ts



/**
 * Variables the deployed client never reads: SDK habits (`OPENAI_BASE_URL` in a NextChat repository,
 * which reads `BASE_URL`), and names the client renamed or dropped (`HIDE_BALANCE_QUERY`). The value
 * silently has no effect, so the app talks to its default host with the key meant for another.
 *
 * Judged only when the client is known (detected, configured or named by the file): the same name
 * means opposite things in different apps. Workflow files are left out, since their variables feed
 * the CI runner's own scripts, not the deployed app.
 */
const env_name_unused_rule = defineRule({
    meta: {
        id: 'env-name-unused',
        description: 'A variable is set that the detected client does not read',
        severity: 'warning',
        autofix: ['renamed'],
        messages: {
            renamed: '{{name}} in {{fileKind}} is not read by {{client}} — {{reason}}',
            unread: '{{name}} in {{fileKind}} is not read by {{client}} — {{reason}}'
        },
        tips: {
            renamed: 'use {{replacement}}',
            unread: 'remove it'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        for (const scope of context.model.scopes) {
            const { profile } = scope.client;
            if (!(0,entries/* isKnownClient */.Np)(scope.client) || !JUDGED_KINDS.has(scope.kind))
                continue;
            const names = new Set(scope.entries.map((e) => e.key));
            for (const entry of scope.entries) {
                const unused = profile.unusedVars.find((u) => u.name === entry.key);
                if (!unused)
                    continue;
                const replacement = unused.replacement && !names.has(unused.replacement) ? unused.replacement : undefined;
                const messageId = replacement ? 'renamed' : 'unread';
                if (!fresh(entry, messageId))
                    continue;
                context.report({
                    messageId,
                    data: {
                        name: entry.key,
                        fileKind: kindLabel(entry.kind),
                        client: profile.name,
                        reason: unused.reason.replace(/\.$/, ''),
                        ...(replacement ? { replacement } : {})
                    },
                    file: entry.file,
                    span: entry.keySpan,
                    entry,
                    ...(replacement ? { fix: replacement } : {}),
                    // Older versions read it: right or wrong depends on the version deployed, which the files rarely say.
                    ...(unused.droppedOn ? { severity: 'note' } : {}),
                    scope: scope.id
                });
            }
        }
    }
});
/** Files that configure the deployed app or a client's own settings. */
const JUDGED_KINDS = new Set([...DEPLOYMENT_KINDS, 'claude-settings', 'continue', 'librechat', 'codex']);

;// CONCATENATED MODULE: ./src/rules/key-list-format.ts



/**
 * Key lists the client splits itself (NextChat and LobeChat rotate over `key1,key2`), judged by what
 * the client profile says of each key variable: an empty item matters where the client keeps it
 * (`keepsEmptyListEntries`: NextChat picks an empty key now and then, intermittent 401s), spaces where
 * it does not trim (`trimsListEntries`: LobeChat sends `" b"` for `a, b`).
 *
 * The separators are literal even when the items are references (`${KEY_1},,${KEY_2}`), so a list
 * whose references cannot be resolved is still judged on its written text.
 */
const key_list_format_rule = defineRule({
    meta: {
        id: 'key-list-format',
        description: 'A list of API keys has empty items or spaces the client does not remove',
        severity: 'warning',
        messages: {
            emptyItem: '{{name}} in {{fileKind}} has an empty item in its key list, which {{client}} picks now and then and sends no key',
            spacedItem: '{{name}} in {{fileKind}} has spaces around items of its key list, which {{client}} sends as part of the keys'
        },
        tips: {
            emptyItem: 'remove the extra "{{separator}}"',
            spacedItem: 'remove the spaces around "{{separator}}"'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        for (const scope of context.model.scopes) {
            const { profile } = scope.client;
            for (const keyVar of profile.keyVars) {
                const separator = keyVar.listSeparator;
                if (!separator)
                    continue;
                const entry = scope.entries.find((e) => e.key === keyVar.name);
                const value = entry && ((0,entries/* valueOf */.RP)(entry) ?? entry.value);
                if (!entry || !value?.includes(separator))
                    continue;
                const items = value.split(separator);
                const problems = [
                    ...(keyVar.keepsEmptyListEntries && items.some((i) => i.trim() === '') ? ['emptyItem'] : []),
                    ...(!keyVar.trimsListEntries && items.some((i) => i !== i.trim()) ? ['spacedItem'] : [])
                ];
                for (const messageId of problems) {
                    if (!fresh(entry, messageId))
                        continue;
                    context.report({
                        messageId,
                        data: { name: entry.key, fileKind: kindLabel(entry.kind), client: profile.name, separator },
                        file: entry.file,
                        span: (0,entries/* valueSpan */.MK)(entry),
                        entry,
                        secrets: items.map((i) => i.trim()).filter((i) => i !== ''),
                        scope: scope.id
                    });
                }
            }
        }
    }
});

// EXTERNAL MODULE: ./src/core/redact.ts
var redact = __webpack_require__(2258);
// EXTERNAL MODULE: ./src/rules/llm-key.ts
var llm_key = __webpack_require__(9890);
;// CONCATENATED MODULE: ./src/rules/leaked-key.ts






/**
 * Committed LLM credentials. Every provider key the text scan recognised in any file is a finding
 * (unique formats anywhere, shared shapes where their context says LLM), commented lines included,
 * each occurrence on its own. Opaque random values assigned to an LLM key variable are findings too,
 * except in workflow files, where `workflow-hardcoded-key` owns them (its fix is a secret reference,
 * not only a rotation). Secrets of other services (payments, search, tracing, speech) and publishable
 * keys are left to general secret scanners; published sample secrets to `published-default-secret`. A
 * gitignored file read with `--include-ignored` is not committed: its keys are to be kept out of commits,
 * not revoked.
 */
const leaked_key_rule = defineRule({
    meta: {
        id: 'leaked-key',
        description: 'A real-looking LLM API key is committed to the repository',
        severity: 'error',
        security: true,
        messages: {
            providerKey: '{{provider}} key {{masked}} is {{state}} in {{fileKind}}',
            inHistory: '{{provider}} key {{masked}} was added by commit {{commit}} of this pull request and removed later, but it stays in the history',
            inPastCommit: '{{provider}} key {{masked}} was added by commit {{commit}} and removed later, but it stays in the history',
            opaqueKey: '{{name}} in {{fileKind}} holds a literal credential ({{masked}})',
            providerKeyUncommitted: '{{provider}} key {{masked}} is in {{fileKind}}',
            opaqueKeyUncommitted: '{{name}} in {{fileKind}} holds a literal credential ({{masked}})'
        },
        tips: {
            providerKey: 'revoke it and load the replacement from a secret store',
            inHistory: 'revoke it',
            inPastCommit: 'revoke it',
            opaqueKey: 'revoke it and load the replacement from a secret store',
            providerKeyUncommitted: 'keep it out of commits and images (it need not be revoked while it stays local)',
            opaqueKeyUncommitted: 'keep it out of commits and images (it need not be revoked while it stays local)'
        }
    },
    check(context) {
        const { providers } = context;
        const state = context.staged ? 'staged' : 'committed';
        const isLlmKey = (0,llm_key/* llmKeyEntries */.$Z)(context.model, providers);
        const inTree = new Set(context.model.files.filter((f) => !f.history).flatMap((f) => f.keyHits.map((h) => h.token)));
        for (const file of context.model.files) {
            for (const hit of file.keyHits) {
                // A key still in the tree is reported where it stands now, not once more per commit.
                if (hit.commit !== undefined && inTree.has(hit.token))
                    continue;
                const provider = providers.byId(hit.provider)?.name ?? hit.provider;
                context.report({
                    ...(hit.commit === undefined
                        ? { messageId: file.uncommitted ? 'providerKeyUncommitted' : 'providerKey', data: { provider, masked: (0,redact/* maskSecret */.$l)(hit.token), state, fileKind: kindLabel(file.kind) } }
                        : {
                            messageId: hit.history === 'repository' ? 'inPastCommit' : 'inHistory',
                            data: { provider, masked: (0,redact/* maskSecret */.$l)(hit.token), commit: hit.commit.slice(0, 12) },
                            commit: hit.commit
                        }),
                    file: file.path,
                    span: hit.span,
                    identity: hit.token,
                    secrets: [hit.token]
                });
            }
            if (file.kind === 'workflow')
                continue;
            for (const entry of file.entries) {
                if (!isLlmKey(entry))
                    continue;
                const secrets = opaqueSecrets(entry, file, providers);
                if (secrets.length === 0)
                    continue;
                context.report({
                    messageId: file.uncommitted ? 'opaqueKeyUncommitted' : 'opaqueKey',
                    data: { name: entry.key, fileKind: kindLabel(file.kind), masked: secrets.map(redact/* maskSecret */.$l).join(', ') },
                    file: file.path,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    secrets
                });
            }
        }
    }
});
/**
 * The random-looking literals an LLM key variable holds that no key hit already reported. Commented
 * assignments count: the text is in the history either way. A list (`k1,k2`) is judged item by item;
 * a known key shape (`sk-` + 32 hex, a UUID) counts even when its entropy alone would not. Publishable
 * keys (`pk-…`, `*_ANON_KEY`) are public by design.
 */
function opaqueSecrets(entry, file, catalog) {
    // A reference's default (`${OPENAI_API_KEY:-sk-…}`) is committed text like any literal.
    const committed = entry.form === 'literal' ? entry.value : entry.ref?.fallback;
    if (committed === undefined || (0,entries/* coveredByKeyHit */.oZ)(entry, file))
        return [];
    return keyItemsOf(committed, catalog)
        .filter((item) => !(0,llm_key/* isPublishable */.oB)(entry.key, item.value) && (item.match !== undefined || catalog.looksLikeSecret(item.value)))
        .map((item) => item.value);
}

;// CONCATENATED MODULE: ./src/rules/model-name.ts



/**
 * NextChat's provider ids (`app/constant.ts:752-907`, what `DEFAULT_MODEL` and built-in model toggles
 * compare with) mapped to its `ServiceProvider` names (the case-sensitive switch that routes new custom
 * models, `getClientApi`). clients.md §1.7.
 */
const PROVIDERS = {
    openai: 'OpenAI',
    azure: 'Azure',
    google: 'Google',
    anthropic: 'Anthropic',
    baidu: 'Baidu',
    bytedance: 'ByteDance',
    alibaba: 'Alibaba',
    tencent: 'Tencent',
    moonshot: 'Moonshot',
    iflytek: 'Iflytek',
    xai: 'XAI',
    chatglm: 'ChatGLM',
    deepseek: 'DeepSeek',
    siliconflow: 'SiliconFlow',
    ai302: '302.AI'
};
/** Lower-cased spellings → provider id; `302.ai` is the ServiceProvider name of `ai302`. */
const BY_SPELLING = new Map(Object.entries(PROVIDERS).flatMap(([id, name]) => [[id, id], [name.toLowerCase(), id]]));
/**
 * `CUSTOM_MODELS` and `DEFAULT_MODEL` syntax as NextChat reads it (`app/utils/model.ts`): comma
 * separated `+name`, `-name`, `name=display`, `name@provider`, `-all`/`+all`. Mistakes here are silent:
 * a model that never shows up, a default that is ignored, a custom model routed to the wrong provider.
 * Judged for NextChat and for repositories whose client is unknown (the names are NextChat's own).
 */
const model_name_rule = defineRule({
    meta: {
        id: 'model-name',
        description: 'DEFAULT_MODEL or CUSTOM_MODELS has a syntax mistake NextChat silently ignores',
        severity: 'warning',
        autofix: ['defaultProviderCase'],
        messages: {
            spaces: '{{name}} in {{fileKind}} has spaces around "{{item}}", which NextChat keeps as part of the model name',
            missingName: '{{name}} in {{fileKind}} has "{{item}}" with a display name but no model name before "="',
            allNotFirst: '{{name}} in {{fileKind}} has {{item}} after other items, and it overrides them',
            unknownProvider: '{{name}} in {{fileKind}} names provider "{{provider}}" in "{{item}}", which NextChat does not know, so it routes the model to OpenAI',
            providerCase: '{{name}} in {{fileKind}} writes @{{provider}} in "{{item}}"',
            defaultProviderCase: '{{name}} in {{fileKind}} writes @{{provider}}, but NextChat matches only the lower-case id, so the default is silently ignored',
            defaultList: '{{name}} in {{fileKind}} lists several models, but it takes one',
            defaultSyntax: '{{name}} in {{fileKind}} uses CUSTOM_MODELS syntax ("{{item}}"), but it takes a plain model name'
        },
        tips: {
            spaces: 'use "{{fix}}"',
            missingName: 'write model=display',
            allNotFirst: 'put {{item}} first ("{{fix}}")',
            unknownProvider: 'use one of {{known}}',
            providerCase: 'use @{{id}} for a built-in model or @{{serviceName}} for a new one, since NextChat matches both exactly',
            defaultProviderCase: 'use "{{fix}}"',
            defaultList: 'keep one, such as "{{fix}}"',
            defaultSyntax: 'use "{{fix}}"'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        for (const scope of context.model.scopes) {
            const id = scope.client.profile.id;
            if (id !== 'nextchat' && id !== 'unknown')
                continue;
            for (const entry of scope.entries) {
                const value = (0,entries/* valueOf */.RP)(entry);
                if (!value || (entry.key !== 'CUSTOM_MODELS' && entry.key !== 'DEFAULT_MODEL'))
                    continue;
                const problems = entry.key === 'CUSTOM_MODELS' ? customModels(value) : defaultModel(value);
                for (const problem of problems) {
                    if (!fresh(entry, `${problem.messageId}:${problem.data.item ?? ''}`))
                        continue;
                    context.report({
                        messageId: problem.messageId,
                        data: { name: entry.key, fileKind: kindLabel(entry.kind), ...problem.data },
                        file: entry.file,
                        span: (0,entries/* valueSpan */.MK)(entry),
                        entry,
                        ...(problem.data.fix ? { fix: problem.data.fix } : {}),
                        scope: scope.id
                    });
                }
            }
        }
    }
});
/** `name@provider`, split on the last `@` as NextChat does (model names may contain `@`). */
function splitProvider(name) {
    const at = name.lastIndexOf('@');
    return at <= 0 ? { model: name } : { model: name.slice(0, at), provider: name.slice(at + 1) };
}
const unknownProvider = (provider, item) => ({
    messageId: 'unknownProvider',
    data: { item, provider, known: Object.keys(PROVIDERS).join(', ') }
});
/** The provider suffix of a CUSTOM_MODELS item must be NextChat's id or its ServiceProvider name, exactly. */
function providerProblem(provider, item) {
    const id = BY_SPELLING.get(provider.toLowerCase());
    if (!id)
        return unknownProvider(provider, item);
    if (provider !== id && provider !== PROVIDERS[id]) {
        return { messageId: 'providerCase', data: { item, provider, id, serviceName: PROVIDERS[id] } };
    }
    return undefined;
}
/**
 * Problems of a `CUSTOM_MODELS` list. Empty items (`a,,b`, a trailing comma) are harmless: NextChat
 * drops them (`.split(",").filter((v) => !!v && v.length > 0)`), so they are only left out of the fix.
 */
function customModels(value) {
    const items = value.split(',');
    const problems = [];
    const tidy = items.map((i) => i.trim()).filter((i) => i !== '');
    const allAt = tidy.findIndex((i) => /^[+-]all$/.test(i));
    const fixed = allAt > 0 ? [tidy[allAt], ...tidy.filter((_, i) => i !== allAt)] : tidy;
    const fix = fixed.join(',');
    for (const raw of items) {
        const item = raw.trim();
        if (item === '')
            continue;
        if (raw !== item)
            problems.push({ messageId: 'spaces', data: { item, fix } });
        const body = item.replace(/^[+-]/, '');
        const [name = '', display] = splitOnce(body, '=');
        if (name === '' && display !== undefined)
            problems.push({ messageId: 'missingName', data: { item } });
        const { provider } = splitProvider(name);
        const problem = provider === undefined ? undefined : providerProblem(provider, item);
        if (problem)
            problems.push(problem);
    }
    if (allAt > 0)
        problems.push({ messageId: 'allNotFirst', data: { item: tidy[allAt], fix } });
    return problems;
}
function defaultModel(value) {
    const item = value.trim();
    if (value !== item)
        return [{ messageId: 'spaces', data: { item, fix: item } }];
    if (item.includes(',')) {
        const first = item.split(',').map((i) => i.trim()).find((i) => i !== '') ?? '';
        return [{ messageId: 'defaultList', data: { fix: first } }];
    }
    if (/^[+-]/.test(item) || item.includes('=')) {
        const plain = splitOnce(item.replace(/^[+-]/, ''), '=')[0] ?? '';
        return [{ messageId: 'defaultSyntax', data: { item, fix: plain } }];
    }
    const { model, provider } = splitProvider(item);
    if (provider === undefined)
        return [];
    const id = BY_SPELLING.get(provider.toLowerCase());
    if (!id)
        return [unknownProvider(provider, item)];
    return provider === id ? [] : [{ messageId: 'defaultProviderCase', data: { provider, fix: `${model}@${id}` } }];
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

;// CONCATENATED MODULE: ./src/rules/open-relay.ts



/**
 * A NextChat deployment that holds a server key but no access code serves that key to anyone who
 * finds the site (README_CN, under `CODE`). `HIDE_USER_API_KEY` does not change this: it only hides
 * the field where visitors could enter their own key, so every request then spends the owner's key.
 * Only `CODE` gates the server key (`app/api/auth.ts`).
 */
const open_relay_rule = defineRule({
    meta: {
        id: 'open-relay',
        description: 'A NextChat deployment has a server API key but no access code, so anyone can spend the key',
        severity: 'warning',
        messages: {
            noCode: '{{name}} gives this NextChat deployment a server key but {{fileKind}} sets no CODE, so anyone who finds the site spends it',
            emptyCode: '{{name}} gives this NextChat deployment a server key but CODE is empty in {{fileKind}}, so anyone who finds the site spends it'
        },
        tips: {
            noCode: 'set CODE to one or more access passwords',
            emptyCode: 'set CODE to one or more access passwords'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const readByCompose = composeInputs(context.model);
        for (const scope of context.model.scopes) {
            if (scope.client.profile.id !== 'nextchat' || !DEPLOYMENT_KINDS.has(scope.kind) || readByCompose.has(scope.file))
                continue;
            const key = serverKey(scope, context.providers);
            if (!key)
                continue;
            const code = scope.entries.find((e) => e.key === 'CODE');
            if (code && (0,entries/* valueOf */.RP)(code) !== '')
                continue;
            const messageId = code ? 'emptyCode' : 'noCode';
            if (!fresh(key, messageId))
                continue;
            context.report({
                messageId,
                data: { name: key.key, fileKind: kindLabel(scope.kind) },
                file: key.file,
                span: key.keySpan,
                entry: key,
                scope: scope.id
            });
        }
    }
});
/**
 * The first key the client reads that is really set. An unresolved reference (`${OPENAI_API_KEY}`)
 * counts: it is filled in at deploy time. An unresolved `CODE` reference, likewise, counts as set.
 */
function serverKey(scope, catalog) {
    const names = new Set(scope.client.profile.keyVars.map((v) => v.name));
    return scope.entries.find((e) => {
        if (!names.has(e.key))
            return false;
        const value = (0,entries/* valueOf */.RP)(e);
        return value === undefined ? e.form !== 'literal' : !catalog.isPlaceholder(value);
    });
}
/**
 * Dotenv files a compose service reads (`env_file`, or the project `.env` it interpolates from): they
 * are judged as part of that service, where `CODE` may be set.
 */
function composeInputs(model) {
    const inputs = new Set();
    for (const scope of model.scopes)
        for (const entry of scope.entries)
            if (entry.file !== scope.file)
                inputs.add(entry.file);
    for (const file of model.files) {
        if (file.kind === 'compose')
            inputs.add(`${file.path.slice(0, file.path.lastIndexOf('/') + 1)}.env`);
    }
    return inputs;
}

;// CONCATENATED MODULE: ./src/rules/parse-error.ts



/** Formats whose lines stand alone, so every problem is its own; elsewhere later errors follow from the first. */
const LINE_BASED = new Set(['dotenv', 'dockerfile', 'text']);
/**
 * One finding per problem a parser met. A file that cannot be read is a file whose keys and URLs
 * went unchecked, so it is never silent. In YAML, JSON and TOML one mistake (a tab, a missing
 * bracket) makes the parser report errors after it that are not there, so only the first counts.
 */
const parse_error_rule = defineRule({
    meta: {
        id: 'parse-error',
        description: 'A configuration file could not be parsed, so its settings were not checked',
        severity: 'warning',
        messages: {
            unparsable: 'could not read {{fileKind}}: {{problem}}',
            // Reported by the core, which caps findings per line and per file (see engine/lint.ts).
            findingsCut: '{{count}} more findings in this file were not listed ({{rules}}): at most {{perLine}} per line and {{perFile}} per file are'
        }
    },
    check(context) {
        for (const file of context.model.files) {
            for (const diagnostic of reported(file)) {
                context.report({
                    messageId: 'unparsable',
                    data: { fileKind: kindLabel(file.kind), problem: diagnostic.message },
                    file: file.path,
                    span: diagnostic.span,
                    identity: diagnostic.message,
                    // Parsers quote the text they stumbled on (`ENV: no "=" in "…"`, a YAML alias or tag name), which may be a key.
                    secrets: (0,redact/* secretLikeTokens */.is)(diagnostic.message, context.providers),
                    ...(diagnostic.severity ? { severity: diagnostic.severity } : {})
                });
            }
        }
    }
});
function reported(file) {
    return LINE_BASED.has(file.kind) ? file.diagnostics : file.diagnostics.slice(0, 1);
}

// EXTERNAL MODULE: ./src/providers/key-match.ts
var key_match = __webpack_require__(8841);
;// CONCATENATED MODULE: ./src/rules/provider-mismatch.ts










/**
 * A key sent to another provider's API is rejected with 401 (the RutaAPI guide's first error). Judged
 * only on facts that name a provider for certain: a key format of `unique` confidence (never the
 * `sk-` + 32 hex or + 48 shapes several providers share), a secret name that names one provider, and a
 * host in the registry. Gateways that pass provider keys through (Cloudflare AI Gateway, LiteLLM) and
 * local servers accept any key. Secret names with "openai" are left alone: people store any
 * OpenAI-compatible key under that name.
 *
 * When the run knows what a `${{ secrets.X }}` holds (the action's `secrets` input), the value is judged
 * instead of the name, offline: no request is sent.
 *
 * When the client reads keys of the key's provider from a variable of their own (NextChat
 * `ANTHROPIC_API_KEY`, `GOOGLE_API_KEY`, `XAI_API_KEY`…), the remedy is to move the key there, not to point
 * the base URL at that provider: NextChat would then send Anthropic keys to Anthropic's OpenAI-compatible
 * layer, which Anthropic offers for testing, not production.
 *
 * NextChat falls back from `ANTHROPIC_URL` to `BASE_URL` (`app/api/anthropic.ts`): with only `BASE_URL`
 * set to a relay, Claude requests go to `BASE_URL/v1/messages`, which one-api relays answer with
 * `Invalid URL (POST /v1/messages)` (NextChat #4478).
 */
const provider_mismatch_rule = defineRule({
    meta: {
        id: 'provider-mismatch',
        description: 'An API key is sent to the base URL of a different provider',
        severity: 'error',
        messages: {
            keyHost: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} sends it to {{hostProvider}} ({{host}})',
            keyDefault: '{{name}} in {{fileKind}} holds {{keyProvider}} key {{masked}}, but {{baseName}} is not set, so {{client}} sends it to {{hostProvider}}',
            secretHost: '{{name}} in {{fileKind}} gets secret {{secret}}, named for {{keyProvider}}, but {{baseName}} sends it to {{hostProvider}} ({{host}})',
            secretValue: '{{name}} in {{fileKind}} gets secret {{secret}}, which holds {{keyProvider}} key {{masked}}, but the key goes to {{hostProvider}} ({{host}})',
            fallbackBase: '{{name}} in {{fileKind}} is set but {{variable}} is not, so {{client}} sends {{provider}} requests to {{fallback}} ({{url}})'
        },
        tips: {
            keyHost: '{{remedy}}',
            keyDefault: '{{remedy}}',
            secretHost: '{{remedy}}',
            secretValue: '{{remedy}}',
            fallbackBase: 'set {{variable}} to "{{fix}}"'
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        const found = [...(0,entries/* pairings */.SG)(context.model)].flatMap(({ scope, pair }) => judge(scope, pair, context.providers, context.secretValues) ?? []);
        for (const report of whereWritten(found))
            if (fresh(report.entry, report.messageId))
                context.report(report);
    }
});
/**
 * The same key sent to the same place can be seen twice: where it is written (the project `.env`) and
 * where a compose `${VAR}` reference brings it into a service. The written one is reported.
 */
function whereWritten(found) {
    const identity = (r) => [r.messageId, (0,entries/* valueOf */.RP)(r.entry) ?? r.entry.ref?.name, r.data?.['host'] ?? r.data?.['url']].join('\0');
    const written = new Set(found.filter((r) => r.entry.form !== 'reference').map(identity));
    return found.filter((r) => r.entry.form !== 'reference' || !written.has(identity(r)));
}
function judge(scope, pair, catalog, secretValues) {
    const key = pair.key;
    if (!key || !isSet(key))
        return undefined;
    const variable = pair.baseUrlVar;
    if (variable && pair.baseUrl && variable.name !== pair.baseUrl.key)
        return fallback(scope, key, pair.baseUrl, variable, catalog);
    const secret = secretOf(key, secretValues);
    // What the key says about its provider first: most keys say nothing, and then the URL needs no look.
    const all = keyItems(secret ? { ...key, form: 'literal', value: secret.value } : key, catalog);
    const items = all.filter((i) => i.match?.format.confidence === 'unique');
    const named = items.length === 0 && !secret && key.form === 'reference' && key.ref ? (0,names/* providerNamedBy */.IH)(key.ref.name, catalog) : undefined;
    if (items.length === 0 && (!named || named.id === 'openai'))
        return undefined;
    const target = destination(scope, pair, catalog);
    if (!target || carriesAnyKey(target.provider))
        return undefined;
    const base = {
        name: key.key,
        fileKind: kindLabel(key.kind),
        baseName: pair.baseUrl?.key ?? variable?.name ?? 'the base URL',
        hostProvider: target.provider.name,
        host: target.host,
        client: (0,entries/* clientName */.V8)(scope.client)
    };
    const wrong = items.find((i) => (0,key_match/* isKeyProviderMismatch */.B)(i.match, target.provider));
    if (wrong) {
        const keyProvider = wrong.match.provider;
        const data = { ...base, keyProvider: keyProvider.name, masked: (0,redact/* maskSecret */.$l)(wrong.value) };
        const secrets = [...(secret ? [secret.value] : []), ...all.map((i) => i.value)];
        if (secret)
            return report(scope, pair, keyProvider, 'secretValue', { ...data, secret: secret.name }, `store the ${target.provider.name} key in ${secret.name}`, secrets);
        return report(scope, pair, keyProvider, target.isDefault ? 'keyDefault' : 'keyHost', data, target.isDefault ? undefined : `use a key from ${target.provider.name}`, secrets);
    }
    // A name that fits the destination too is no mismatch (`OLLAMA_API_KEY` sent to Ollama Cloud).
    if (named && named.id !== target.provider.id && !target.isDefault && !nameFits(key.ref.name, target.provider)) {
        return report(scope, pair, named, 'secretHost', { ...base, secret: key.ref.name, keyProvider: named.name }, `use the secret holding the ${target.provider.name} key`);
    }
    return undefined;
}
/** The name's words include a word of the provider's name or id (`OLLAMA_API_KEY` fits Ollama Cloud). */
function nameFits(name, provider) {
    const words = new Set(name.toLowerCase().split(/[^a-z0-9]+/));
    return [...provider.id.split('-'), ...provider.name.toLowerCase().split(/[^a-z0-9]+/)].some((w) => w.length > 3 && words.has(w));
}
/** The value of the `${{ secrets.X }}` a key entry references, when the run was given it. */
function secretOf(key, secretValues) {
    if (key.form !== 'reference' || key.ref?.context !== 'secrets')
        return undefined;
    const value = secretValues?.get(key.ref.name);
    return value?.trim() ? { name: key.ref.name, value } : undefined;
}
/**
 * The finding for a key of `keyProvider` sent elsewhere, with its remedy: move the key to the variable the
 * client reads for that provider, or else point the base URL at the key's provider (after `otherRemedy`, the
 * alternative of replacing the key, when there is one).
 */
function report(scope, pair, keyProvider, messageId, data, otherRemedy, secrets = []) {
    const key = pair.key;
    const common = { messageId, entry: key, scope: scope.id, file: key.file, ...(secrets.length > 0 && { secrets }) };
    const dedicated = dedicatedKeyVar(scope, pair, keyProvider);
    if (dedicated) {
        return { ...common, span: key.keySpan, data: { ...data, remedy: moveRemedy(scope, keyProvider, dedicated) }, fix: dedicated.name };
    }
    const variable = pair.baseUrlVar;
    const fix = (0,effective_url/* suggestedBase */.$b)(keyProvider, variable) ?? keyProvider.apiRoot;
    const setBase = `set ${data['baseName']} to "${fix}"`;
    const remedy = otherRemedy ? `${otherRemedy}, or ${setBase}` : setBase;
    return { ...common, span: (0,entries/* valueSpan */.MK)(key), data: { ...data, remedy, fix }, fix };
}
/** The variable an identified client reads keys of `provider` from, when the key sits in another of its variables. */
function dedicatedKeyVar(scope, pair, provider) {
    if (pair.by !== 'profile' || !pair.keyVar || !(0,entries/* isKnownClient */.Np)(scope.client))
        return undefined;
    const found = scope.client.profile.keyVars.find((v) => v.provider === provider.id);
    return found && found.name !== pair.keyVar.name ? found : undefined;
}
/**
 * `NextChat reads Anthropic keys from ANTHROPIC_API_KEY: move the key there`, and, when that variable's base URL
 * falls back to one this scope sets (NextChat `ANTHROPIC_URL` → `BASE_URL`), the base URL it then needs.
 */
function moveRemedy(scope, provider, dedicated) {
    const move = `${(0,entries/* clientName */.V8)(scope.client)} reads ${provider.name} keys from ${dedicated.name}: move the key there`;
    const own = scope.client.profile.baseUrlVars.find((v) => v.name === dedicated.baseUrlVar);
    const isSetHere = (name) => scope.entries.some((e) => e.key === name && (0,entries/* valueOf */.RP)(e)?.trim() !== '');
    if (!own?.fallback || !isSetHere(own.fallback) || isSetHere(own.name))
        return move;
    const base = (0,effective_url/* suggestedBase */.$b)(provider, own) ?? provider.apiRoot;
    return `${move} and set ${own.name} to "${base}", or ${provider.name} requests go to ${own.fallback} too`;
}
/** A key with a value: a literal that is not empty, or a reference filled in at deploy time. */
function isSet(key) {
    const value = (0,entries/* valueOf */.RP)(key);
    return value === undefined ? key.form !== 'literal' : value.trim() !== '';
}
/**
 * The provider the key goes to: the paired base URL's API host, or, when none is set, the client's
 * default for the variable. The default is only trusted for an identified client: an unknown app may
 * read its base URL from a name we did not pair.
 */
function destination(scope, pair, catalog) {
    if (pair.baseUrl) {
        const value = parsedUrlValues(pair.baseUrl, pair.baseUrlVar)[0];
        const match = value && urlMatch(value, catalog);
        return match?.role === 'api' && value ? { provider: match.provider, host: (0,core_url/* hostOf */.w4)(value.url), isDefault: false } : undefined;
    }
    const fallbackUrl = pair.baseUrlVar?.defaultUrl;
    if (!fallbackUrl || !(0,entries/* isKnownClient */.Np)(scope.client))
        return undefined;
    const provider = apiProviderOf(fallbackUrl, catalog);
    const url = (0,core_url/* parseUrl */.Dl)(fallbackUrl);
    return provider && url && { provider, host: (0,core_url/* hostOf */.w4)(url), isDefault: true };
}
/**
 * A key whose own base URL variable is unset, so its requests go to the variable it falls back to.
 * Wrong when that variable points at another provider's host, or at an unknown relay.
 */
function fallback(scope, key, to, variable, catalog) {
    const meant = variable.provider ? catalog.byId(variable.provider) : undefined;
    const value = parsedUrlValues(to, variable)[0];
    const match = value && urlMatch(value, catalog);
    if (!meant || !value || (match?.role === 'api' && match.provider.id === meant.id))
        return undefined;
    const fix = (0,effective_url/* suggestedBase */.$b)(meant, variable) ?? meant.apiRoot;
    return {
        messageId: 'fallbackBase',
        data: {
            name: key.key,
            fileKind: kindLabel(key.kind),
            variable: variable.name,
            client: (0,entries/* clientName */.V8)(scope.client),
            provider: meant.name,
            fallback: to.key,
            url: (0,core_url/* showUrl */.jr)((0,effective_url/* effectiveUrl */.ZT)(value.text, variable).url),
            fix
        },
        file: key.file,
        span: key.keySpan,
        entry: key,
        fix,
        scope: scope.id
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/rules/published-default-secret.ts





const DIFY = 'langgenius/dify@0055b983 docker/.env.example';
const LIBRECHAT = 'danny-avila/LibreChat@c70e8194 .env.example';
const LOBECHAT = 'lobehub/lobe-chat@0e5b2b98 docs/self-hosting/server-database/docker-compose.zh-CN.mdx (and @08de36e1 docker-compose/local/.env.zh-CN.example)';
const PUBLISHED = [
    // "You can generate a strong key using `openssl rand -base64 42`." (the comment above it in the file)
    { project: 'Dify', name: 'SECRET_KEY', length: 48, sha256: '0f44b34c6311bcb547867d393c1c56e6564e03d905fdd023637f549358bf3670', generate: 'openssl rand -base64 42', source: DIFY },
    { project: 'Dify', name: 'PLUGIN_DAEMON_KEY', length: 56, sha256: '481c0ab8a6f9e9dcb9391fb1c8b649d19f493c5253e4dc20c2c32ec21875b8ab', generate: 'openssl rand -base64 42', source: DIFY },
    { project: 'Dify', name: 'PLUGIN_DIFY_INNER_API_KEY', length: 56, sha256: '217ef27f7b2a2f8949eb2e0973f7dfa099f887427b9a6626b2395e2417239ff2', generate: 'openssl rand -base64 42', source: DIFY },
    // DB_PASSWORD and REDIS_PASSWORD.
    { project: 'Dify', name: 'DB_PASSWORD', length: 12, sha256: 'b8ba9c61cc9ff699c426c75e748fcf200e8b47869d76fde8bb36ec2f7a34f038', generate: 'openssl rand -base64 24', source: DIFY },
    // "Must be 32-byte keys (64 characters in hex)" / "16-byte IV (32 characters in hex)" (LibreChat docs).
    { project: 'LibreChat', name: 'CREDS_KEY', length: 64, sha256: '7c1154b5152983978147ea87e4a2066d4768673e9d85d6a792cddc2f784efd2f', generate: 'openssl rand -hex 32', source: LIBRECHAT },
    { project: 'LibreChat', name: 'CREDS_IV', length: 32, sha256: '06d2e911edb4d45985b9d6338ec3d4c6b4bde69f8143437797c187ab07085531', generate: 'openssl rand -hex 16', source: LIBRECHAT },
    { project: 'LibreChat', name: 'JWT_SECRET', length: 64, sha256: '69024f21e9ad17594dcccd93e87399af24a5426ccfe6108d1787f0335966abc4', generate: 'openssl rand -hex 32', source: LIBRECHAT },
    { project: 'LibreChat', name: 'JWT_REFRESH_SECRET', length: 64, sha256: '282ad5f60261639fefed381976b4d0dde52eab5527a1ab2ec75d5be1efa1165b', generate: 'openssl rand -hex 32', source: LIBRECHAT },
    { project: 'LibreChat', name: 'MEILI_MASTER_KEY', length: 44, sha256: 'c042516e4eac1bafaa3027eb7ea04103fdfb652583eeb916124aebe882e9cefb', generate: 'openssl rand -base64 32', source: LIBRECHAT },
    // "用于加密敏感信息的密钥，可以使用 openssl rand -base64 32 生成" (the comment above it in the guide).
    { project: 'LobeChat', name: 'KEY_VAULTS_SECRET', length: 44, sha256: '46be7a9c83b1fb2fb33b26489d82ef2b8d7cca58c09634636efc603140ed698b', generate: 'openssl rand -base64 32', source: LOBECHAT },
    { project: 'LobeChat', name: 'POSTGRES_PASSWORD', length: 16, sha256: 'fe30f4090246ac5dff25dd62eb3c26fc7bc55a8b5898a241605e002b8a63b324', generate: 'openssl rand -base64 24', source: LOBECHAT }
];
/** Only values of a published length are hashed: most values are not. */
const byLength = new Map();
for (const known of PUBLISHED)
    byLength.set(known.length, [...(byLength.get(known.length) ?? []), known]);
/**
 * A committed value equal to a sample secret a project publishes (Dify's `SECRET_KEY`, LibreChat's
 * `CREDS_KEY`, `JWT_SECRET`…). It is no leak: it was public from the start, and revoking means nothing.
 * But anyone can read it, so sessions signed or credentials encrypted with it are open to anyone: the
 * fix is a value of one's own. The example files themselves are left alone.
 */
const published_default_secret_rule = defineRule({
    meta: {
        id: 'published-default-secret',
        description: "A secret is set to a project's published sample value, which anyone can read",
        severity: 'warning',
        security: true,
        messages: {
            publishedDefault: "{{name}} in {{fileKind}} is {{project}}'s public default {{published}} ({{masked}}), published in its example configuration"
        },
        tips: {
            publishedDefault: 'generate your own (`{{generate}}`)'
        }
    },
    check(context) {
        for (const file of context.model.files) {
            // The example files that publish the samples, and copies of them: a sample there is where it belongs.
            if (file.history || isExampleFile(file.path))
                continue;
            for (const entry of file.entries) {
                const value = committedValue(entry);
                const known = value === undefined ? undefined : publishedDefault(value);
                if (!known)
                    continue;
                context.report({
                    messageId: 'publishedDefault',
                    data: { name: entry.key, fileKind: kindLabel(file.kind), project: known.project, published: known.name, masked: (0,redact/* maskSecret */.$l)(value), generate: known.generate },
                    file: file.path,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    secrets: [value]
                });
            }
        }
    }
});
/** The literal or the default of a reference (`${SECRET_KEY:-…}`), on lines that are not commented out. */
function committedValue(entry) {
    if (entry.commented)
        return undefined;
    return (entry.form === 'literal' ? entry.value : entry.ref?.fallback)?.trim();
}
function publishedDefault(value) {
    const candidates = byLength.get(value.length);
    if (!candidates)
        return undefined;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(value).digest('hex');
    return candidates.find((c) => c.sha256 === hash);
}

;// CONCATENATED MODULE: ./src/rules/setting-no-effect.ts



/**
 * Settings the client reads, but not the way they look: a flag whose obvious value does the opposite
 * (NextChat reads `HIDE_USER_API_KEY` as "set or not", so `false` hides the key field), a variable another
 * one shadows (Open WebUI ignores `OPENAI_API_BASE_URL` whenever `OPENAI_API_BASE_URLS` is set), a Codex
 * provider table under a built-in id, and NextChat's `PROXY_URL`, which must be `scheme://host:port`.
 * The facts live in the client profiles (`flags`, `shadowed`), each with its source.
 */
const setting_no_effect_rule = defineRule({
    meta: {
        id: 'setting-no-effect',
        description: 'A setting has no effect, or the opposite of the obvious one: a flag trap, a shadowed variable, an ignored override',
        severity: 'warning',
        messages: {
            flagOnByAnyValue: '{{name}}={{value}} in {{fileKind}} {{whenOn}}: {{client}} reads any non-empty value as on',
            flagNotExact: '{{name}}={{value}} in {{fileKind}} is read as off: {{client}} {{whenOn}} only for exactly "{{expected}}"',
            flagOnUnlessExact: '{{name}}={{value}} in {{fileKind}} is read as on ({{whenOn}}): {{client}} turns it off only for exactly "{{expected}}"',
            shadowed: '{{name}} in {{fileKind}} has no effect: {{client}} ignores it whenever {{shadowedBy}} is set, as it is here',
            reservedProvider: '[model_providers.{{id}}] in {{fileKind}} redefines a built-in provider id, which {{client}} refuses to load',
            proxyShape: '{{name}} in {{fileKind}} is {{what}}; {{client}} turns it into a proxychains line and needs scheme://host:port (e.g. http://proxy.internal:7890)',
            proxyLoopback: '{{name}} in {{fileKind}} points at {{host}}, which inside the container is the container itself'
        },
        tips: {
            flagOnByAnyValue: 'remove the line to keep it off',
            reservedProvider: 'give the provider another id and set model_provider to it',
            proxyLoopback: "use the proxy's address on the host network"
        }
    },
    check(context) {
        const fresh = (0,entries/* once */.Oo)();
        for (const scope of context.model.scopes) {
            if (!(0,entries/* isKnownClient */.Np)(scope.client) || !setting_no_effect_JUDGED_KINDS.has(scope.kind))
                continue;
            const { profile } = scope.client;
            const client = profile.name;
            const byName = new Map(scope.entries.map((e) => [e.key, e]));
            const report = (messageId, entry, data, severity) => {
                if (!fresh(entry, messageId))
                    return;
                context.report({
                    messageId,
                    data: { name: entry.key, fileKind: kindLabel(entry.kind), client, ...data },
                    file: entry.file,
                    span: messageId === 'shadowed' || messageId === 'reservedProvider' ? entry.keySpan : (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    ...(severity ? { severity } : {}),
                    scope: scope.id
                });
            };
            for (const flag of profile.flags ?? []) {
                const entry = byName.get(flag.name);
                const value = entry && entry.form === 'literal' ? (0,entries/* valueOf */.RP)(entry) : undefined;
                const trap = value === undefined ? undefined : flagTrap(flag, (0,entries/* unquote */._n)(value));
                if (entry && trap)
                    report(trap.messageId, entry, { value: (0,entries/* unquote */._n)(value), whenOn: flag.whenOn, ...(flag.value ? { expected: flag.value } : {}) });
            }
            // Templates list every variable for the user to choose from: only two real settings shadow each other.
            const isSet = (entry) => {
                const value = entry && (entry.form === 'literal' ? (0,entries/* valueOf */.RP)(entry) : entry.raw);
                return value !== undefined && value.trim() !== '' && (entry.form !== 'literal' || !context.providers.isPlaceholder((0,entries/* unquote */._n)(value)));
            };
            for (const { name, shadowedBy } of profile.shadowed ?? []) {
                const entry = byName.get(name);
                if (isSet(entry) && isSet(byName.get(shadowedBy)))
                    report('shadowed', entry, { shadowedBy });
            }
            if (profile.id === 'codex') {
                for (const entry of scope.entries) {
                    const [table, id] = entry.path;
                    if (table === 'model_providers' && typeof id === 'string' && CODEX_BUILT_IN_PROVIDERS.has(id))
                        report('reservedProvider', entry, { id }, 'error');
                }
            }
            if (profile.id === 'nextchat') {
                const proxy = byName.get('PROXY_URL');
                const value = proxy && proxy.form === 'literal' ? (0,entries/* unquote */._n)((0,entries/* valueOf */.RP)(proxy) ?? '') : '';
                if (proxy && value !== '') {
                    const problem = proxyProblem(value);
                    // Only NextChat's Docker image reads PROXY_URL: a .env may serve `next dev`, where it does nothing.
                    if (problem)
                        report(problem.messageId, proxy, problem.data, scope.kind === 'dotenv' ? 'note' : undefined);
                }
            }
        }
    }
});
/** Files that configure the deployed app or a client's own settings (not CI runners). */
const setting_no_effect_JUDGED_KINDS = new Set([...DEPLOYMENT_KINDS, 'codex', 'claude-settings']);
const LOOKS_OFF = /^(?:0|false|no|off|n|disabled?)$/i;
const LOOKS_ON = /^(?:1|true|yes|on|y|enabled?)$/i;
/** Whether a flag's value means the opposite of what it looks like. */
function flagTrap(flag, value) {
    const equals = (a) => (flag.ignoreCase ? a.toLowerCase() === (flag.value ?? '').toLowerCase() : a === flag.value);
    switch (flag.reads) {
        case 'non-empty':
            return LOOKS_OFF.test(value) ? { messageId: 'flagOnByAnyValue' } : undefined;
        case 'equals':
            return LOOKS_ON.test(value) && !equals(value) ? { messageId: 'flagNotExact' } : undefined;
        case 'not-equals':
            return LOOKS_OFF.test(value) && !equals(value) ? { messageId: 'flagOnUnlessExact' } : undefined;
    }
}
/**
 * Codex rejects `[model_providers.<id>]` for its built-in ids at load ("reserved built-in provider IDs",
 * openai/codex codex-rs/model-provider-info/src/lib.rs@05673f5e; docs/clients/codex.md).
 */
const CODEX_BUILT_IN_PROVIDERS = new Set(['openai', 'ollama', 'lmstudio', 'amazon-bedrock']);
/**
 * NextChat's Dockerfile cuts `PROXY_URL` with `cut -d: -f1` (scheme), `cut -d/ -f3 | cut -d: -f1` (host) and
 * `cut -d: -f3` (port) into a proxychains line (ChatGPTNextWeb/NextChat@706a18b9 Dockerfile:49-65): anything
 * but `scheme://host:port` gives a broken line. The template's `http://localhost:7890` is the container itself.
 */
function proxyProblem(value) {
    const m = /^(http|https|socks4|socks5):\/\/([^/:\s]+):(\d+)\/?(?:\s+\S+\s+\S+)?$/i.exec(value);
    if (!m) {
        const what = /\/v\d|\/api\b|\/chat\//i.test(value) ? 'an API URL, not a proxy' : /^[a-z0-9+.-]+:\/\/[^/:]+\/?$/i.test(value) ? 'a proxy without a port' : 'not of the form scheme://host:port';
        return { messageId: 'proxyShape', data: { what } };
    }
    const host = m[2].toLowerCase();
    return host === 'localhost' || host.startsWith('127.') ? { messageId: 'proxyLoopback', data: { host } } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/workflow-hardcoded-key.ts




/**
 * LLM credentials written into a workflow (`env:`, `with:`, `run:` assignments) where a
 * `${{ secrets.X }}` reference belongs. Recognised provider keys stay with `leaked-key`, which reports
 * every key in every file; this rule takes the literals of LLM key variables the text scan cannot
 * recognise, so one span never gets two findings. Other services' credentials are left to general
 * secret scanners.
 */
const workflow_hardcoded_key_rule = defineRule({
    meta: {
        id: 'workflow-hardcoded-key',
        description: 'A workflow sets an LLM credential to a literal instead of a secrets reference',
        severity: 'error',
        security: true,
        messages: {
            literalCredential: '{{name}} in the workflow is a literal credential ({{masked}})'
        },
        tips: {
            literalCredential: 'store it as a repository secret and write {{expression}}'
        }
    },
    check(context) {
        const isLlmKey = (0,llm_key/* llmKeyEntries */.$Z)(context.model, context.providers);
        for (const file of context.model.files) {
            if (file.kind !== 'workflow')
                continue;
            for (const entry of file.entries) {
                if (!isLlmKey(entry) || !isHardcoded(entry, file, context.providers))
                    continue;
                const expression = secretExpression(entry.key);
                context.report({
                    messageId: 'literalCredential',
                    data: { name: entry.key, masked: (0,redact/* maskSecret */.$l)(entry.value), expression },
                    file: file.path,
                    span: (0,entries/* valueSpan */.MK)(entry),
                    entry,
                    fix: expression,
                    secrets: [entry.value]
                });
            }
        }
    }
});
/**
 * A literal in a credential-named setting: any real value for `*_API_KEY`, `*_TOKEN`, `*_SECRET`,
 * `apiKey`, `token`; for the weaker `*_KEY` and `*_PASSWORD`, only a random-looking one, since CI
 * files give service containers throwaway passwords.
 */
function isHardcoded(entry, file, catalog) {
    const strength = (0,llm_key/* keyRoleOf */.jz)(entry.key)?.strength;
    const value = entry.value?.trim();
    if (!strength || entry.form !== 'literal' || !value || catalog.isPlaceholder(value) || (0,llm_key/* isPublishable */.oB)(entry.key, value))
        return false;
    if ((0,entries/* coveredByKeyHit */.oZ)(entry, file))
        return false;
    return strength === 'strong' || catalog.looksLikeSecret(value) || catalog.identifyKey(value) !== undefined;
}
/** `${{ secrets.OPENAI_API_KEY }}` for `OPENAI_API_KEY`, `${{ secrets.API_KEY }}` for a `with: api-key` input. */
const secretExpression = (name) => `\${{ secrets.${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()} }}`;

;// CONCATENATED MODULE: ./src/rules/workflow-secret-exposure.ts

/**
 * Secrets within reach of untrusted code, and secrets written to the log.
 *
 * `pull_request_target` runs with the base repository's secrets and a write token, even for pull
 * requests from forks. A job that checks out the pull request's head hands those secrets to whatever
 * the pull request changed: its scripts, its build files, its local actions. Running the code makes the
 * theft certain; a checkout alone still lets later steps read attacker-controlled files.
 */
const workflow_secret_exposure_rule = defineRule({
    meta: {
        id: 'workflow-secret-exposure',
        description: 'Secrets reach pull request code under pull_request_target, or are printed to the log',
        severity: 'error',
        security: true,
        messages: {
            runsPrCode: 'job {{job}} runs on pull_request_target, checks out the pull request and runs its code with {{secrets}}',
            checksOutPrCode: 'job {{job}} runs on pull_request_target and checks out the pull request with {{secrets}} in reach',
            echoedSecret: 'job {{job}} prints secret {{secret}} to the log'
        },
        tips: {
            runsPrCode: 'check out the base branch, or move the secrets to a workflow_run job that never executes the pull request',
            checksOutPrCode: 'check out the base branch, or move the secrets to a separate job that never reads the pull request',
            echoedSecret: 'remove the command, since masking misses any transformed copy of it'
        }
    },
    check(context) {
        for (const file of context.model.files) {
            const workflow = file.workflow;
            if (!workflow)
                continue;
            const prTarget = workflow.triggers.includes('pull_request_target');
            for (const job of workflow.jobs) {
                if (prTarget && job.checksOutPrHead && hasSecrets(job)) {
                    context.report({
                        messageId: job.runsAfterCheckout ? 'runsPrCode' : 'checksOutPrCode',
                        data: { job: job.id, secrets: secretList(job) },
                        file: file.path,
                        span: job.checksOutPrHead,
                        identity: job.id
                    });
                }
                for (const echo of job.secretEchoes) {
                    context.report({
                        messageId: 'echoedSecret',
                        data: { job: job.id, secret: echo.name },
                        file: file.path,
                        span: echo.span,
                        identity: `${job.id}\0${echo.name}`
                    });
                }
            }
        }
    }
});
const hasSecrets = (job) => job.allSecrets || job.secretUses.length > 0;
/** `every secret` or `secrets OPENAI_API_KEY, GITHUB_TOKEN` (names only, never values). */
function secretList(job) {
    if (job.allSecrets)
        return 'every secret';
    const names = [...new Set(job.secretUses.map((s) => s.name))].sort();
    return `${names.length === 1 ? 'secret' : 'secrets'} ${names.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/rules/index.ts















const rules = [
    rule,
    base_url_format_rule,
    base_url_not_api_rule,
    base_url_path_rule,
    env_name_unused_rule,
    key_list_format_rule,
    leaked_key_rule,
    model_name_rule,
    open_relay_rule,
    parse_error_rule,
    provider_mismatch_rule,
    published_default_secret_rule,
    setting_no_effect_rule,
    workflow_hardcoded_key_rule,
    workflow_secret_exposure_rule
];


/***/ }),

/***/ 9890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ llmKeyEntries),
/* harmony export */   jz: () => (/* binding */ keyRoleOf),
/* harmony export */   oB: () => (/* binding */ isPublishable),
/* harmony export */   rA: () => (/* binding */ credentialNameSays)
/* harmony export */ });
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1601);
/* harmony import */ var _entries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4023);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5603);



/**
 * Words of services that are not LLMs, whose secrets often sit in the same `.env` (field-facts §5 row 39):
 * search, tracing, speech, vector stores, payments, auth, databases. They win over LLM words:
 * `AZURE_AI_SEARCH_API_KEY` is a search key, `GOOGLE_CLIENT_SECRET` an OAuth secret.
 */
const OTHER_WORDS = new Set([
    'stripe',
    'tavily',
    'serper',
    'serpapi',
    'exa',
    'brave',
    'bing',
    'search',
    'cse',
    'maps',
    'langsmith',
    'langchain',
    'langfuse',
    'elevenlabs',
    'deepgram',
    'assemblyai',
    'cartesia',
    'stt',
    'tts',
    'pinecone',
    'weaviate',
    'qdrant',
    'milvus',
    'supabase',
    'firebase',
    'sentry',
    'posthog',
    'wandb',
    'firecrawl',
    'browserbase',
    'e2b',
    'github',
    'gitlab',
    'slack',
    'discord',
    'telegram',
    'twilio',
    'sendgrid',
    'mailgun',
    'resend',
    'smtp',
    'email',
    'client',
    'jwt',
    'session',
    'cookie',
    'nextauth',
    'clerk',
    'creds',
    'encryption',
    'webhook',
    'db',
    'database',
    'postgres',
    'mysql',
    'redis',
    'mongo',
    'meili',
    'minio',
    's3',
    'vercel',
    'netlify',
    'cloudinary',
    'mapbox',
    'amplitude',
    'recaptcha',
    'turnstile',
    'plugin',
    'sandbox'
]);
/** Header and field names that carry a credential without saying whose. */
const GENERIC_FIELDS = /^(?:keys?|secret|bearer|authorization|x-api-key|api-key|x-goog-api-key|api_key|apikey)$/i;
/**
 * The key role of a name, read as an environment variable when written in lower-case snake case
 * (`anthropic_api_key` as an action input or a Python variable is `ANTHROPIC_API_KEY`).
 */
function keyRoleOf(name) {
    const role = (0,_model_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameRole */ .Q)(name) ?? (/^[a-z][a-z0-9_]*_[a-z0-9]+$/.test(name) ? (0,_model_names_js__WEBPACK_IMPORTED_MODULE_0__/* .nameRole */ .Q)(name.toUpperCase()) : undefined);
    return role?.role === 'key' ? role : undefined;
}
/**
 * What a variable, field or header name says about its credential; undefined when it is not a
 * credential name at all (`request_id`, `model`). A dotted name is judged by its last part
 * (`openai.api_key` is a key) and named by all of them (it is OpenAI's).
 */
function credentialNameSays(name, catalog) {
    const last = name.slice(name.lastIndexOf('.') + 1);
    const role = keyRoleOf(last);
    const generic = GENERIC_FIELDS.test(last);
    if (!generic && !role)
        return undefined;
    const words = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .wordsOf */ .Z9)(name);
    if (words.some((w) => OTHER_WORDS.has(w)))
        return 'other';
    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .namesLlm */ .yp)(name, catalog))
        return 'llm';
    return generic || role?.stem === '' ? 'generic' : 'unknown';
}
/**
 * Keys that are public by design: `pk-…`/`pk_…` publishable keys (Helicone read keys, Langfuse, Stripe) and
 * values under publishable or anonymous names (`NEXT_PUBLIC_SUPABASE_ANON_KEY`, `*_PUBLISHABLE_KEY`,
 * `LANGFUSE_PUBLIC_KEY`).
 */
function isPublishable(name, value) {
    if (/^pk[-_]/.test(value.trim()))
        return true;
    const words = (0,_names_js__WEBPACK_IMPORTED_MODULE_1__/* .wordsOf */ .Z9)(name);
    return words.includes('publishable') || words.includes('anon') || (words.at(-2) === 'public' && words.at(-1) === 'key');
}
/** Files that configure an LLM client and nothing else: every credential in them is an LLM credential. */
const LLM_CLIENT_KINDS = new Set(['claude-settings', 'continue', 'librechat', 'codex']);
/**
 * The key entries of a repository that hold LLM credentials. The name must be a credential name that
 * names no other kind of service; then a client profile names the variable
 * (exactly, not by a wildcard such as the SDK guess's `*_API_KEY`), or its name names an LLM provider or
 * LLMs, or it pairs with a model or with a base URL on a provider's API host, or it sits in an
 * LLM client's config file. Computed once per model.
 */
function llmKeyEntries(model, catalog) {
    const paired = new Set();
    for (const scope of model.scopes) {
        for (const pair of scope.pairs) {
            const key = pair.key;
            if (!key)
                continue;
            const named = pair.by === 'profile' && scope.client.profile.keyVars.some((v) => v.name === key.key);
            const base = pair.baseUrl && (0,_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .valueOf */ .RP)(pair.baseUrl);
            const llmBase = base !== undefined && catalog.byUrl(base)?.role === 'api';
            if (named || pair.model !== undefined || llmBase)
                paired.add(key);
        }
    }
    return (entry) => {
        const says = credentialNameSays(entry.key, catalog);
        if (says === undefined || says === 'other')
            return false;
        return says === 'llm' || LLM_CLIENT_KINDS.has(entry.kind) || paired.has(entry);
    };
}


/***/ }),

/***/ 5603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ providerNamedBy),
/* harmony export */   Z9: () => (/* binding */ wordsOf),
/* harmony export */   yp: () => (/* binding */ namesLlm)
/* harmony export */ });
/** Words that mean language models without naming a provider, and providers the registry spells otherwise. */
const LLM_WORDS = new Set([
    'llm',
    'openai',
    'oai',
    'llms',
    'ai',
    'gpt',
    'chatgpt',
    'genai',
    'chat',
    'completion',
    'completions',
    'inference',
    'embedding',
    'embeddings',
    'model',
    'models',
    'bedrock',
    'hf',
    'huggingfacehub',
    'nvidia',
    'nim',
    'zhipuai',
    'siliconcloud',
    'moonshotai',
    'oneapi',
    'newapi'
]);
/** `OPENAI_API_KEY` → openai, api, key; `openai.apiKey` → openai, api, key. */
const wordsOf = (name) => name
    .split(/[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
/** Whether a variable name (or its stem) speaks of LLMs or names an LLM provider (`LLM_BASE_URL`, `DEEPSEEK_API_KEY`). */
function namesLlm(name, catalog) {
    return wordsOf(name).some((w) => LLM_WORDS.has(w)) || providerNamedBy(name, catalog) !== undefined;
}
/** Words in names that point at a provider other than by its id (`CLAUDE_API_KEY`, `GROK_KEY`, `QWEN_TOKEN`). */
const PROVIDER_ALIASES = {
    claude: 'anthropic',
    google: 'gemini',
    grok: 'xai',
    kimi: 'moonshot',
    qwen: 'dashscope',
    alibaba: 'dashscope',
    aliyun: 'dashscope',
    glm: 'zhipu',
    chatglm: 'zhipu',
    bigmodel: 'zhipu',
    pplx: 'perplexity',
    doubao: 'volcengine-ark',
    bytedance: 'volcengine-ark',
    volcengine: 'volcengine-ark',
    ark: 'volcengine-ark',
    ernie: 'baidu-qianfan',
    qianfan: 'baidu-qianfan',
    baidu: 'baidu-qianfan',
    azure: 'azure-openai'
};
/**
 * The one provider a variable or secret name names (`ANTHROPIC_KEY` → Anthropic), or undefined when
 * it names none or several (`AZURE_OPENAI_KEY` names Azure, because `azure` is more specific).
 */
function providerNamedBy(name, catalog) {
    const words = name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
    const ids = new Set();
    for (const word of words) {
        const id = (Object.hasOwn(PROVIDER_ALIASES, word) ? PROVIDER_ALIASES[word] : undefined) ?? (catalog.byId(word) ? word : undefined);
        if (id && catalog.byId(id))
            ids.add(id);
    }
    // `azure` + `openai` is Azure OpenAI, not both.
    if (ids.has('azure-openai'))
        ids.delete('openai');
    return ids.size === 1 ? catalog.byId([...ids][0]) : undefined;
}


/***/ }),

/***/ 8518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ effectiveValue),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   IW: () => (/* binding */ scopeId),
/* harmony export */   R5: () => (/* binding */ diagnosticAt),
/* harmony export */   h0: () => (/* binding */ afterBom),
/* harmony export */   kO: () => (/* binding */ spawnedEnvironment),
/* harmony export */   lq: () => (/* binding */ makeEntry)
/* harmony export */ });
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4302);

/**
 * Builds an Entry with `form`/`ref` from `classifyValue` and, for references and templates,
 * `resolved` from the earlier assignments in `vars` (when every name is known or has a default).
 */
function makeEntry(parts, vars) {
    const { literal, ...entry } = parts;
    const shape = parts.value === undefined || literal ? { form: 'literal' } : (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyValue */ .W)(parts.value);
    const resolved = shape.form !== 'literal' && vars !== undefined && parts.value !== undefined
        ? (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .expandShell */ .H)(parts.value, vars)
        : undefined;
    return withoutUndefined({ ...entry, ...shape, resolved });
}
/** The value a later `$NAME` in the same file sees, or undefined when it cannot be known. */
const effectiveValue = (entry) => entry.form === 'literal' ? entry.value : entry.resolved;
/** `<file>` for single-scope files, `<file>#<name>` otherwise. */
const scopeId = (file, name) => (name === undefined ? file : `${file}#${name}`);
/** Drops undefined fields so entries compare and serialise without noise. */
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** A diagnostic covering `start`..`end` (0-based offsets; an empty range marks a point). */
const diagnosticAt = (lines, message, start, end = start) => ({
    message,
    span: lines.span(start, end)
});
/** The offset just past a leading byte order mark, which the core strips but parsers must tolerate. */
const afterBom = (text) => (text.charCodeAt(0) === 0xfeff ? 1 : 0);
/** The last segment of a repository-relative path. */
const baseName = (path) => path.slice(path.lastIndexOf('/') + 1);
/**
 * Evidence that a scope is the environment of another program (an MCP server, the shell commands Codex runs):
 * its variables are that program's, judged by the SDK convention as a guess, never as the app's.
 */
const spawnedEnvironment = (program, file, scope) => ({ type: 'spawned-env', value: program, file, scope });


/***/ }),

/***/ 4302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ expandShell),
/* harmony export */   W: () => (/* binding */ classifyValue)
/* harmony export */ });
/** `${{ secrets.NAME }}`, `${{ vars.NAME }}`, `${{ env.NAME }}` … as the whole value. */
const WORKFLOW_EXPR = /^\$\{\{\s*([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)\s*\}\}$/;
/** `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?err}`, `$NAME` as the whole value. */
const SHELL_REF = /^\$(?:\{([A-Za-z_]\w*)(?:(:?[-=?+])(.*))?\}|([A-Za-z_]\w*))$/s;
/** Any reference inside a longer value. */
const ANY_REF = /\$\{\{[^}]*\}\}|\$\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\}|\$[A-Za-z_]\w*/;
/** Tells a literal from a reference to something filled in later. */
function classifyValue(value) {
    const v = value.trim();
    const expr = WORKFLOW_EXPR.exec(v);
    if (expr)
        return { form: 'reference', ref: { context: expr[1], name: expr[2] } };
    const shell = SHELL_REF.exec(v);
    if (shell) {
        const name = shell[1] ?? shell[4];
        const op = shell[2];
        const fallback = op === '-' || op === ':-' || op === '=' || op === ':=' ? shell[3] : undefined;
        return { form: 'reference', ref: fallback === undefined ? { context: 'shell', name } : { context: 'shell', name, fallback } };
    }
    return ANY_REF.test(v) ? { form: 'template' } : { form: 'literal' };
}
/**
 * Expands `${VAR}`, `${VAR:-default}` and `$VAR` from `vars`. Returns undefined when a name is unknown
 * and has no default, so callers never mistake a half-expanded value for the real one.
 */
function expandShell(value, vars) {
    let unresolved = false;
    const out = value.replace(/\$\{([A-Za-z_]\w*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_m, braced, op, def, bare) => {
        const name = (braced ?? bare);
        const known = vars.get(name);
        if (known !== undefined && !(op === ':-' && known === ''))
            return known;
        if (op !== undefined)
            return def;
        unresolved = true;
        return '';
    });
    return unresolved ? undefined : out;
}


/***/ })

};
