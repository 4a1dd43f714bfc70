/**
 * Generates the benchmark tree: a mixed repository of about 20,000 files and 150 MB in two similar
 * halves (`part-a/`, `part-b/`), so a scan of one half shows whether memory grows with the repository.
 * Content comes from a seeded generator: the same tree on every machine. The few fake keys are made
 * here from a prefix and a random body; they exist only in the generated (git-ignored) tree.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Bump when the generator changes so cached trees are rebuilt. */
export const TREE_VERSION = 4

/** The cached tree (git-ignored), shared by the parts of the benchmark: generated once per TREE_VERSION. */
export const TREE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'tree')
export const REPO = join(TREE_DIR, 'repo')
/**
 * The environment the generated trees are scanned in, by the tool and its floor alike: plain folders, as the floor sees
 * them. They sit inside this project's repository, which git ignores them in; without a ceiling the scan would ask git
 * about that repository (two spawns to learn the tree is ignored) on every run.
 */
export const PLAIN_TREE_ENV = { ...process.env, GIT_CEILING_DIRECTORIES: TREE_DIR }
const MANIFEST = join(TREE_DIR, 'manifest.json')

/**
 * The cached tree's manifest, generating the tree first when it is missing, stale or asked for. A new tree drops
 * everything under bench/tree/ that was derived from the old one (the doubled copy, the pull request's repository).
 */
export function cachedTree({ regenerate = false } = {}) {
  if (!regenerate && existsSync(MANIFEST)) {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
    if (manifest.version === TREE_VERSION && existsSync(REPO)) return manifest
  }
  console.log(`generating the benchmark tree in ${relative(process.cwd(), REPO)}/ (once) …`)
  rmSync(TREE_DIR, { recursive: true, force: true })
  const started = performance.now()
  const manifest = generateTree(REPO)
  writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2))
  console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return manifest
}

const PART_NAMES = ['part-a', 'part-b']

/** Files per half, by kind. Sizes are averages; each file varies around them unless `exact`. */
const PLAN = [
  { kind: 'code', count: 6200, size: 5500 },
  { kind: 'markdown', count: 1400, size: 5000 },
  { kind: 'json', count: 1000, size: 4000 },
  { kind: 'yaml', count: 500, size: 2000 },
  { kind: 'dotenv', count: 150, size: 300 },
  { kind: 'lockfile', count: 8, size: 1_600_000 },
  { kind: 'binary', count: 700, size: 16_000 },
  // A dump larger than a read chunk and than the parse cap: scanned for keys as a stream.
  { kind: 'oversized', count: 1, size: 6_000_000, exact: true },
  { kind: 'leak', count: 10, size: 1500 }
]

/** Untracked files that git does not ignore (listed by `--others`), per half. */
const UNTRACKED_PER_PART = 31

/** mulberry32: small, fast and deterministic (the fuzz run uses it too, so a failing run can be repeated). */
export function generator(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'request response client server config provider model token stream chunk message session user admin ' +
  'handler router cache queue worker retry timeout error status header payload deploy build release ' +
  'vector embedding prompt completion chat assistant system tool function result value option default'
).split(' ')
const DOMAINS = ['example.com', 'api.example.org', 'cdn.example.net', 'docs.example.io', 'internal.example.dev']
const ENV_NAMES = ['OPENAI_API_KEY', 'BASE_URL', 'OPENAI_BASE_URL', 'ANTHROPIC_API_KEY', 'DEFAULT_MODEL', 'CODE', 'DATABASE_URL', 'PORT']
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const BASE64 = ALNUM + '+/'
const HEX = '0123456789abcdef'

/** Helpers bound to one seeded generator. */
function makeRandom(seed) {
  const next = generator(seed)
  const int = (max) => Math.floor(next() * max)
  const pick = (list) => list[int(list.length)]
  const chars = (length, alphabet) => {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[int(alphabet.length)]
    return out
  }
  const word = () => pick(WORDS)
  const ident = () => word() + word()[0].toUpperCase() + word().slice(1)
  const sentence = (n = 8 + int(10)) => Array.from({ length: n }, word).join(' ')
  /** A size around `average` (±60%). */
  const around = (average) => Math.round(average * (0.4 + next() * 1.2))
  return { next, int, pick, chars, word, ident, sentence, around }
}

/** Lines from `line()` until the text reaches `size` characters. */
function fill(size, line) {
  const lines = []
  let length = 0
  while (length < size) {
    const text = line()
    lines.push(text)
    length += text.length + 1
  }
  return lines.join('\n') + '\n'
}

/** Whole fake keys, assembled at run time; the OpenAI marker is split so no source line holds it. */
function fakeKeys(r) {
  const openaiMark = ['T3Bl', 'bkFJ'].join('')
  return [
    `sk-proj-${r.chars(58, ALNUM + '_-')}${openaiMark}${r.chars(58, ALNUM + '_-')}`,
    `sk-ant-api03-${r.chars(93, ALNUM + '_-')}AA`,
    `gsk_${r.chars(52, ALNUM)}`,
    `sk-or-v1-${r.chars(64, HEX)}`,
    `AIza${r.chars(35, ALNUM + '_-')}`
  ]
}

const CONTENT = {
  code(r, size) {
    const templates = [
      () => `import { ${r.ident()} } from './${r.word()}/${r.word()}.js'`,
      () => `const ${r.ident()} = await ${r.ident()}.${r.word()}('${r.word()}', ${r.int(1000)})`,
      () => `  if (${r.ident()} === '${r.word()}') return ${r.ident()}(${r.ident()}, { retry: ${r.int(5)} })`,
      () => `  // ${r.sentence()}`,
      () => `export function ${r.ident()}(${r.word()}: string, ${r.word()}: number): Promise<${r.word()}[]> {`,
      () => `  const url = 'https://${r.pick(DOMAINS)}/${r.word()}/${r.word()}?id=${r.int(99999)}'`,
      () => `  const ${r.word()} = process.env.${r.pick(ENV_NAMES)} ?? ''`,
      () => `  logger.${r.pick(['info', 'warn', 'debug'])}(\`${r.sentence(5)} \${${r.ident()}}\`)`,
      () => '}'
    ]
    return fill(size, () => r.pick(templates)())
  },
  markdown(r, size) {
    const blocks = [
      () => `## ${r.sentence(4)}`,
      () => r.sentence(30),
      () => `- ${r.sentence(10)} ([link](https://${r.pick(DOMAINS)}/${r.word()}))`,
      () => '```bash\nOPENAI_API_KEY=sk-your-key-here\nBASE_URL=https://api.example.com\n```',
      () => `| ${r.word()} | ${r.word()} | ${r.int(100)} |`
    ]
    return fill(size, () => r.pick(blocks)())
  },
  json(r, size) {
    let key = 0
    return `{\n${fill(size, () => `  "${r.ident()}${key++}": { "${r.word()}": "${r.sentence(4)}", "count": ${r.int(9999)}, "enabled": ${r.next() < 0.5} },`)}  "end": true\n}\n`
  },
  /** The `index` decides the shape, as it decides the path (pathFor): a workflow, a compose file, or app settings. */
  yaml(r, size, index) {
    const header =
      index % 20 === 0
        ? `on: push\njobs:\n  ${r.word()}:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      BASE_URL: https://api.example.com\n`
        : index % 20 === 10
          ? `services:\n  ${r.word()}:\n    image: ${r.word()}/${r.word()}:latest\n    environment:\n      - OPENAI_API_KEY=\${OPENAI_API_KEY}\n      - BASE_URL=https://api.example.com\n`
          : `settings:\n  ${r.word()}:\n    name: ${r.word()}-${r.word()}\n    values:\n      - OPENAI_API_KEY=\${OPENAI_API_KEY}\n      - BASE_URL=https://api.example.com\n`
    let key = 0
    return header + fill(size, () => `    # ${r.sentence(6)}\n    ${r.ident()}${key++}: ${r.word()}-${r.int(100)}`)
  },
  dotenv(r, size) {
    return fill(size, () => `${r.pick(ENV_NAMES)}=${r.pick(['your-key-here', 'changeme', `https://${r.pick(DOMAINS)}/v1`, '${OPENAI_API_KEY}', String(r.int(9000))])}`)
  },
  lockfile(r, size) {
    const entry = () => {
      const name = `${r.word()}-${r.word()}`
      const version = `${r.int(20)}.${r.int(20)}.${r.int(20)}`
      return `    "node_modules/${name}": {\n      "version": "${version}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${name}-${version}.tgz",\n      "integrity": "sha512-${r.chars(86, BASE64)}==",\n      "license": "MIT"\n    },`
    }
    return `{\n  "name": "bench",\n  "lockfileVersion": 3,\n  "packages": {\n${fill(size, entry)}    "": {}\n  }\n}\n`
  },
  binary(r, size) {
    const bytes = Buffer.alloc(size)
    for (let i = 0; i < size; i++) bytes[i] = r.int(256)
    const magic = r.pick([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff, 0xe0], [0x50, 0x4b, 0x03, 0x04], [0x77, 0x4f, 0x46, 0x32]])
    bytes.set(magic, 0)
    return bytes
  },
  oversized(r, size) {
    return fill(size, () => `INSERT INTO ${r.word()} VALUES (${r.int(1e6)}, '${r.sentence(6)}');`)
  },
  leak(r, size) {
    const [openai, anthropic, groq, openrouter, google] = fakeKeys(r)
    return `# deployment settings\nOPENAI_API_KEY=${openai}\nANTHROPIC_API_KEY=${anthropic}\nGROQ_API_KEY=${groq}\n` +
      `OPENROUTER_API_KEY=${openrouter}\nGOOGLE_API_KEY=${google}\nBASE_URL=https://api.openai.com/v1\n` +
      fill(size, () => `# ${r.sentence(8)}`)
  }
}

/** Where a file of `kind` goes: spread over packages and folders like a monorepo. */
function pathFor(r, kind, index) {
  const pkg = `packages/pkg-${String(index % 60).padStart(2, '0')}`
  switch (kind) {
    case 'code':
      return `${pkg}/src/${r.word()}/${r.word()}-${index}.${r.pick(['ts', 'js', 'py', 'go'])}`
    case 'markdown':
      return `docs/${r.word()}/${r.word()}-${index}.md`
    case 'json':
      return `${pkg}/data/${r.word()}-${index}.json`
    case 'yaml':
      // One in ten is a file the linter parses (compose, workflow); the rest are scanned for keys only (their
      // content has neither a top-level `services:` nor `apiVersion:`/`kind:`, which would make them parsed too).
      if (index % 20 === 0) return `.github/workflows/${r.word()}-${index}.yml`
      if (index % 20 === 10) return `deploy/${r.word()}/docker-compose.${index}.yml`
      return `${pkg}/config/${r.word()}-${index}.yaml`
    case 'dotenv':
      return `${pkg}/.env.${r.pick(['example', 'production', 'staging', 'test'])}${index}`
    case 'lockfile':
      return `${pkg}/package-lock.json`
    case 'binary':
      return `${pkg}/assets/${r.word()}-${index}.${r.pick(['png', 'jpg', 'zip', 'woff2'])}`
    case 'oversized':
      return 'db/dump.sql'
    case 'leak':
      return `services/svc-${index}/.env`
  }
}

/** Writes one half; returns its file count and bytes (files git lists: tracked plus untracked). */
function writePart(dir, seed) {
  const r = makeRandom(seed)
  const totals = { files: 0, bytes: 0 }
  const write = (path, content) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  for (const { kind, count, size, exact } of PLAN) {
    for (let i = 0; i < count; i++) {
      const content = CONTENT[kind](r, exact ? size : r.around(size), i)
      write(pathFor(r, kind, i), content)
      totals.files++
      totals.bytes += Buffer.byteLength(content)
    }
  }
  // Ignored by the tree's .gitignore, so neither counted nor scanned.
  for (let i = 0; i < 50; i++) write(`node_modules/dep-${i}/index.js`, CONTENT.code(r, 2000))
  for (let i = 0; i < 20; i++) write(`dist/chunk-${i}.js`, CONTENT.code(r, 4000))
  return totals
}

/**
 * Writes the tree to `repo` (replacing what is there), makes it a git repository with everything
 * staged, adds untracked files, and returns the manifest.
 */
export function generateTree(repo) {
  rmSync(repo, { recursive: true, force: true })
  mkdirSync(repo, { recursive: true })
  const gitignore = 'node_modules/\ndist/\n'
  writeFileSync(join(repo, '.gitignore'), gitignore)
  const parts = Object.fromEntries(PART_NAMES.map((name, i) => [name, writePart(join(repo, name), 1000 + i)]))
  const git = (...args) =>
    execFileSync('git', ['-c', 'core.looseCompression=1', ...args], {
      cwd: repo,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
    })
  git('init', '--quiet')
  git('add', '-A')
  for (const [i, name] of PART_NAMES.entries()) {
    const r = makeRandom(2000 + i)
    for (let n = 0; n < UNTRACKED_PER_PART; n++) {
      const content = CONTENT.code(r, 3000)
      const path = join(repo, name, 'scratch', `untracked-${n}.ts`)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, content)
      parts[name].files++
      parts[name].bytes += Buffer.byteLength(content)
    }
  }
  const total = {
    files: 1 + PART_NAMES.reduce((n, name) => n + parts[name].files, 0),
    bytes: gitignore.length + PART_NAMES.reduce((n, name) => n + parts[name].bytes, 0)
  }
  return { version: TREE_VERSION, total, parts }
}
