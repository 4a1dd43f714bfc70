import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml'
import type { Entry, Span, WorkflowJob } from '../core/types.js'
import type { Parser } from './types.js'
import {
  buildEntry,
  field,
  fields,
  items,
  mapEntries,
  parseYaml,
  rawInValue,
  resolve,
  scalarString,
  spanInValue,
  spanOf,
  stringAt,
  valueOffsets,
  type Place,
  type YamlField,
  type YamlSource
} from './yaml.js'

const WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/

/** `secrets.NAME` or `secrets['NAME']` inside an expression. */
const SECRET_REF = /(?<![\w.-])secrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\])/g
/** The whole `secrets` context: `toJSON(secrets)`, `secrets[matrix.name]` (zizmor `overprovisioned-secrets`). */
const ALL_SECRETS = /(?<![\w.-])secrets\b(?!\s*(?:\.\s*[A-Za-z_]|\[\s*'))/
/**
 * A checkout `ref` (or `repository`) that names the pull request's code rather than the base branch:
 * under `pull_request_target` or `workflow_run` this runs untrusted code with the base repository's secrets.
 */
const PR_HEAD = /github\.event\.pull_request\.head\.|github\.head_ref\b|github\.event\.workflow_run\.head_|refs\/pull\//
const CHECKOUT_ACTION = /^actions\/checkout(?:@|$)/i
const ENV_NAME = /^[A-Za-z_]\w*$/
/** `$(…)`, `$((…))` and backticks: the shell fills these in when the script runs. */
const COMMAND_SUBSTITUTION = /\$\(|`/

type Path = readonly (string | number)[]

interface Reference {
  readonly name: string
  readonly span: Span
}

/** Secrets a part of a workflow hands to its code. */
interface Exposure {
  readonly uses: readonly Reference[]
  readonly allSecrets: boolean
}

/** What every job receives from the workflow level. */
interface Inherited {
  /** Env variable name → name of the secret it holds. */
  readonly env: ReadonlyMap<string, string>
  /** Secrets in the workflow-level `env:`, which every job receives. */
  readonly exposure: Exposure
}

/** GitHub Actions workflows: env at every level, `with:` inputs, assignments in `run:` scripts, secret exposure facts. */
export const workflowParser: Parser = {
  kind: 'workflow',
  matches: (path) => WORKFLOW_FILE.test(path),
  parse(file) {
    const src = parseYaml(file)
    const root = src.doc.contents
    // Workflow-level env belongs to the file's own scope; the model merges it into every job.
    const envNode = field(src, root, 'env')?.value
    const env = envEntries(src, envNode, src.path, ['env'])
    const inherited: Inherited = { env: secretEnv(new Map(), env), exposure: secretExposure(src, envNode) }
    const on = field(src, root, 'on')
    const jobs = fields(src, field(src, root, 'jobs')?.value).map((job) => readJob(src, job, inherited))
    return {
      entries: [...env, ...jobs.flatMap((j) => j.entries)],
      diagnostics: src.diagnostics,
      workflow: {
        triggers: triggersOf(src, on?.value),
        ...(on ? { triggerSpan: spanOf(src, on.keyNode) } : {}),
        jobs: jobs.map((j) => j.facts)
      }
    }
  }
}

/** `on: push`, `on: [push, pull_request_target]` or `on: { push: …, pull_request_target: … }`. */
function triggersOf(src: YamlSource, node: Node | undefined): string[] {
  if (isMap(node)) return fields(src, node).map((f) => f.key)
  if (isSeq(node)) return items(src, node).flatMap((n) => scalarString(n) ?? [])
  const single = scalarString(node)
  return single === undefined ? [] : [single]
}

const place = (scope: string, path: Path, key: string, meta?: Entry['meta']): Omit<Place, 'keySpan'> => ({
  kind: 'workflow',
  scope,
  path: [...path, key],
  key,
  ...(meta ? { meta } : {})
})

function envEntries(src: YamlSource, node: Node | undefined, scope: string, path: Path): Entry[] {
  return mapEntries(src, node, (f) => place(scope, path, f.key))
}

/** Environment variables that hold a secret, by variable name → secret name; later levels override earlier ones. */
function secretEnv(parent: ReadonlyMap<string, string>, env: readonly Entry[]): Map<string, string> {
  const merged = new Map(parent)
  for (const entry of env) {
    const secret = entry.value === undefined ? undefined : secretRefsIn(expressionsIn(entry.value))[0]
    if (secret) merged.set(entry.key, secret.name)
    else merged.delete(entry.key)
  }
  return merged
}

interface Expression {
  readonly start: number
  readonly text: string
}

/**
 * The `${{ … }}` expressions of a value. An `if:` condition is an expression as a whole when written
 * without `${{ }}`: https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idif
 */
function expressionsIn(text: string, isCondition = false): Expression[] {
  if (isCondition && !text.includes('${{')) return [{ start: 0, text }]
  const found: Expression[] = []
  // By hand rather than with a lazy regex, which would scan to the end of the text from every unclosed `${{`.
  for (let start = text.indexOf('${{'); start !== -1; ) {
    const close = text.indexOf('}}', start + 3)
    if (close === -1) break
    found.push({ start, text: text.slice(start, close + 2) })
    start = text.indexOf('${{', close + 2)
  }
  return found
}

/** Every `secrets.X` inside the given expressions, with offsets in the value. */
function secretRefsIn(expressions: readonly Expression[]): { name: string; start: number; end: number }[] {
  return expressions.flatMap((e) =>
    [...e.text.matchAll(SECRET_REF)].map((m) => ({
      name: (m[1] ?? m[2])!,
      start: e.start + m.index,
      end: e.start + m.index + m[0].length
    }))
  )
}

/** Calls `visit` on every scalar value under `node` with the key it sits under; follows aliases once each. */
function walkScalars(
  src: YamlSource,
  node: unknown,
  visit: (scalar: Scalar, key: string | undefined) => void,
  key?: string,
  seen: Set<Node> = new Set()
): void {
  const resolved = resolve(src, node)
  if (!resolved || seen.has(resolved)) return
  seen.add(resolved)
  if (isScalar(resolved)) visit(resolved, key)
  else if (isMap(resolved)) for (const f of fields(src, resolved)) walkScalars(src, f.value, visit, f.key, seen)
  else if (isSeq(resolved)) for (const item of resolved.items) walkScalars(src, item, visit, key, seen)
}

/** `secrets.X` uses in every expression under `node`, and whether one takes the whole `secrets` context. */
function secretExposure(src: YamlSource, node: Node | undefined): Exposure {
  const uses: Reference[] = []
  let allSecrets = false
  walkScalars(src, node, (scalar, key) => {
    const text = scalarString(scalar)
    if (text === undefined || !text.includes('secrets')) return
    const expressions = expressionsIn(text, key === 'if')
    if (expressions.some((e) => ALL_SECRETS.test(e.text))) allSecrets = true
    const refs = secretRefsIn(expressions)
    if (refs.length === 0) return
    const offsets = valueOffsets(src, scalar)
    for (const r of refs) uses.push({ name: r.name, span: spanInValue(src, offsets, r.start, r.end) })
  })
  return { uses, allSecrets }
}

interface StepResult {
  readonly entries: Entry[]
  readonly echoes: Reference[]
  /** The span of a checkout `ref`/`repository` naming the PR head. */
  readonly prHeadCheckout?: Span
  /** Runs code from the workspace: a `run:` script or a local action (`uses: ./…`). */
  readonly runsCode: boolean
}

function readJob(src: YamlSource, job: YamlField, inherited: Inherited) {
  const scope = `${src.path}#jobs.${job.key}`
  const path = ['jobs', job.key]
  const env = envEntries(src, field(src, job.value, 'env')?.value, scope, [...path, 'env'])
  const jobSecrets = secretEnv(inherited.env, env)
  // A job that calls a reusable workflow passes `with:` inputs to it.
  const calls = stringAt(src, field(src, job.value, 'uses')?.value)
  const inputs = withEntries(src, job.value, scope, path, calls)
  const steps = items(src, field(src, job.value, 'steps')?.value).map((step, i) =>
    readStep(src, step, scope, [...path, 'steps', i], jobSecrets)
  )
  const checkoutAt = steps.findIndex((s) => s.prHeadCheckout)
  const own = secretExposure(src, job.value)
  // A reusable-workflow call with `secrets: inherit` passes every secret (zizmor `secrets-inherit`).
  const inheritsAll = stringAt(src, field(src, job.value, 'secrets')?.value) === 'inherit'
  const facts: WorkflowJob = {
    id: job.key,
    span: spanOf(src, job.keyNode),
    secretUses: [...inherited.exposure.uses, ...own.uses],
    allSecrets: inherited.exposure.allSecrets || own.allSecrets || inheritsAll,
    ...(checkoutAt >= 0 ? { checksOutPrHead: steps[checkoutAt]!.prHeadCheckout } : {}),
    secretEchoes: steps.flatMap((s) => s.echoes),
    runsAfterCheckout: checkoutAt >= 0 && steps.slice(checkoutAt + 1).some((s) => s.runsCode)
  }
  return { entries: [...env, ...inputs, ...steps.flatMap((s) => s.entries)], facts }
}

function withEntries(src: YamlSource, owner: Node | undefined, scope: string, path: Path, uses: string | undefined): Entry[] {
  const meta: Entry['meta'] = uses === undefined ? { withInput: true } : { withInput: true, uses }
  return mapEntries(src, field(src, owner, 'with')?.value, (f) => place(scope, [...path, 'with'], f.key, meta))
}

function readStep(src: YamlSource, step: Node, scope: string, path: Path, jobSecrets: ReadonlyMap<string, string>): StepResult {
  const env = envEntries(src, field(src, step, 'env')?.value, scope, [...path, 'env'])
  const uses = stringAt(src, field(src, step, 'uses')?.value)
  const inputs = withEntries(src, step, scope, path, uses)
  const run = resolve(src, field(src, step, 'run')?.value)
  const script = isScalar(run) ? readScript(src, run, scope, [...path, 'run'], secretEnv(jobSecrets, env)) : undefined
  const prHeadCheckout = uses !== undefined && CHECKOUT_ACTION.test(uses) ? prHeadRef(src, step) : undefined
  return {
    entries: [...env, ...inputs, ...(script?.entries ?? [])],
    echoes: script?.echoes ?? [],
    ...(prHeadCheckout ? { prHeadCheckout } : {}),
    runsCode: script !== undefined || (uses?.startsWith('./') ?? false)
  }
}

function prHeadRef(src: YamlSource, step: Node): Span | undefined {
  const inputs = field(src, step, 'with')?.value
  for (const name of ['ref', 'repository']) {
    const value = field(src, inputs, name)?.value
    const text = scalarString(value)
    if (value && text !== undefined && PR_HEAD.test(text)) return spanOf(src, value)
  }
  return undefined
}

/** Assignments and secret echoes found in one `run:` script, positioned in the workflow file. */
function readScript(src: YamlSource, run: Scalar, scope: string, path: Path, secrets: ReadonlyMap<string, string>) {
  const script = scalarString(run) ?? ''
  const offsets = valueOffsets(src, run)
  const spanAt = (start: number, end: number) => spanInValue(src, offsets, start, end)
  const entries: Entry[] = []
  const echoes: Reference[] = []
  const commands = shellCommands(script)
  commands.forEach((command, i) => {
    for (const word of assignmentWords(command.words)) {
      const entry = assignmentEntry(src, word, spanAt, offsets, (key) => place(scope, path, key, { run: true }))
      if (entry) entries.push(entry)
    }
    if (isEcho(command) && reachesLog(commands, i)) echoes.push(...printedSecrets(command.words.slice(1), secrets, spanAt))
  })
  return { entries, echoes }
}

/** A shell word with its offsets in the script. */
interface Word {
  readonly start: number
  readonly end: number
  readonly text: string
}

interface Command {
  readonly words: readonly Word[]
  /** Standard output is redirected to a file. */
  readonly redirected: boolean
  /** Standard output is piped into the next command. */
  readonly piped: boolean
}

/**
 * Splits a script into simple commands, enough for assignments, `docker run -e` and `echo`:
 * `;`, `&`, `&&`, `||`, `|` and line breaks separate commands; quotes, `$(…)`, `${…}` and `${{ … }}`
 * stay inside words; `\` line continuations join lines; `#` starts a comment; redirections are noted.
 */
function shellCommands(script: string): Command[] {
  const commands: Command[] = []
  let words: Word[] = []
  let redirected = false
  const finish = (piped: boolean) => {
    if (words.length > 0) commands.push({ words, redirected, piped })
    words = []
    redirected = false
  }
  let i = 0
  while (i < script.length) {
    const c = script[i]!
    const next = script[i + 1]
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (c === '\\' && (next === '\n' || next === '\r')) {
      i += next === '\r' && script[i + 2] === '\n' ? 3 : 2
    } else if (c === '#') {
      i = lineEnd(script, i)
    } else if (script.startsWith('&&', i) || script.startsWith('||', i)) {
      finish(false)
      i += 2
    } else if (c === '\n' || c === ';' || (c === '&' && next !== '>')) {
      finish(false)
      i++
    } else if (c === '|') {
      finish(true)
      i++
    } else if (c === '>' || c === '<' || c === '&') {
      const redirect = readRedirect(script, i, '')
      redirected ||= redirect.capturesStdout
      i = redirect.end
    } else {
      const end = wordEnd(script, i)
      const text = script.slice(i, end)
      // `2>file`, `1>>file`: a file-descriptor number glued to a redirection.
      if (/^\d$/.test(text) && (script[end] === '>' || script[end] === '<')) {
        const redirect = readRedirect(script, end, text)
        redirected ||= redirect.capturesStdout
        i = redirect.end
      } else {
        words.push({ start: i, end, text })
        i = end
      }
    }
  }
  finish(false)
  return commands
}

const lineEnd = (text: string, from: number): number => {
  const end = text.indexOf('\n', from)
  return end === -1 ? text.length : end
}

/** Sticky, so reading at an offset never copies the rest of the script. */
const REDIRECT = /&>>?|>>?&?|>\||<<?-?|<&|<>/y
const SHELL_VARIABLE = /\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/y

/** Reads `>`, `>>`, `&>`, `>&2`, `<`, `<<` and the word after it. */
function readRedirect(script: string, at: number, fd: string): { end: number; capturesStdout: boolean } {
  REDIRECT.lastIndex = at
  const op = REDIRECT.exec(script)?.[0] ?? script[at]!
  let i = at + op.length
  while (script[i] === ' ' || script[i] === '\t') i++
  const target = script.slice(i, wordEnd(script, i))
  const toStdoutFile = op.startsWith('&>') || (op.startsWith('>') && (fd === '' || fd === '1'))
  // `>&2` duplicates onto stderr, which still reaches the log.
  const capturesStdout = toStdoutFile && !op.endsWith('&') && !target.startsWith('&')
  return { end: i + target.length, capturesStdout }
}

/** Where the shell word starting at `from` ends: quotes, `$(…)`, `${…}`, `${{ … }}` and escapes stay inside. */
function wordEnd(script: string, from: number): number {
  let i = from
  while (i < script.length) {
    const c = script[i]!
    if (' \t\r\n;&|<>'.includes(c)) return i
    if (c === '\\') i += 2
    else if (c === "'") i = closing(script, i + 1, "'") + 1
    else if (c === '"') i = closingDouble(script, i + 1) + 1
    else if (script.startsWith('${{', i)) i = closing(script, i + 3, '}}') + 2
    else if (script.startsWith('${', i)) i = closing(script, i + 2, '}') + 1
    else if (script.startsWith('$(', i)) i = closingParen(script, i + 2) + 1
    else if (c === '`') i = closing(script, i + 1, '`') + 1
    else i++
  }
  return Math.min(i, script.length)
}

const closing = (text: string, from: number, mark: string): number => {
  const at = text.indexOf(mark, from)
  return at === -1 ? text.length : at
}

function closingDouble(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text.startsWith('${{', i)) i = closing(text, i + 3, '}}') + 1
    else if (text[i] === '"') return i
  }
  return text.length
}

function closingParen(text: string, from: number): number {
  let depth = 1
  for (let i = from; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i
  }
  return text.length
}

/**
 * Removes shell quoting from a word: `'…'` is literal, `"…"` and bare text drop their backslash escapes.
 * `${{ … }}` expressions are kept whole: GitHub substitutes them before the shell runs.
 */
function shellUnquote(word: string): string {
  let out = ''
  let quote: '"' | "'" | undefined
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!
    if (word.startsWith('${{', i)) {
      const end = closing(word, i + 3, '}}') + 2
      out += word.slice(i, end)
      i = end - 1
    } else if (quote === "'") {
      if (c === "'") quote = undefined
      else out += c
    } else if (c === '\\' && i + 1 < word.length && (quote === undefined || '"\\$`'.includes(word[i + 1]!))) {
      out += word[++i]
    } else if (c === quote) quote = undefined
    else if (quote === undefined && (c === '"' || c === "'")) quote = c
    else out += c
  }
  return out
}

/**
 * `NAME=value` words that set a variable: leading assignments, `export` arguments, `docker run -e`/`--env`
 * (where a bare `NAME` passes the runner's variable through).
 */
function assignmentWords(words: readonly Word[]): Word[] {
  const leading: Word[] = []
  let i = 0
  for (; i < words.length && /^[A-Za-z_]\w*=/.test(words[i]!.text); i++) leading.push(words[i]!)
  const command = words[i]?.text
  // `export NAME` without a value only marks a variable; it sets nothing.
  if (command === 'export') {
    return [...leading, ...words.slice(i + 1).filter((w) => w.text.includes('=') && !w.text.startsWith('-'))]
  }
  if (command === 'docker' && isDockerRun(words.slice(i + 1))) return [...leading, ...dockerEnvWords(words.slice(i + 1))]
  return leading
}

/** `docker run`, `docker create`, `docker container run|create`. */
function isDockerRun(args: readonly Word[]): boolean {
  const [first, second] = args.map((w) => w.text)
  const startsContainer = (verb: string | undefined) => verb === 'run' || verb === 'create'
  return startsContainer(first) || (first === 'container' && startsContainer(second))
}

function dockerEnvWords(args: readonly Word[]): Word[] {
  const found: Word[] = []
  args.forEach((word, i) => {
    const next = args[i + 1]
    if ((word.text === '-e' || word.text === '--env') && next) found.push(next)
    else if (word.text.startsWith('--env=')) found.push({ start: word.start + 6, end: word.end, text: word.text.slice(6) })
  })
  return found
}

/**
 * An entry for `NAME=value` (or a bare `NAME`, which passes a variable through, as `docker run -e NAME` does).
 * A word quoted as a whole (`-e "NAME=value"`) loses its outer quotes from the raw value.
 */
function assignmentEntry(
  src: YamlSource,
  word: Word,
  spanAt: (start: number, end: number) => Span,
  offsets: readonly number[],
  placeFor: (key: string) => Omit<Place, 'keySpan'>
): Entry | undefined {
  const eq = word.text.indexOf('=')
  const keyRaw = eq === -1 ? word.text : word.text.slice(0, eq)
  const key = shellUnquote(keyRaw)
  if (!ENV_NAME.test(key)) return undefined
  const keyStart = word.start + keyRaw.indexOf(key)
  const entryPlace = { ...placeFor(key), keySpan: spanAt(keyStart, keyStart + key.length) }
  if (eq === -1) return buildEntry(src, entryPlace)
  const outerQuote = keyRaw.startsWith('"') || keyRaw.startsWith("'") ? 1 : 0
  const rawStart = word.start + eq + 1
  const rawEnd = word.end - outerQuote
  const value = shellUnquote(word.text).slice(key.length + 1)
  const written = word.text.slice(eq + 1)
  // `'$X'` is the two characters `$X` to the shell; only GitHub expressions are filled in inside single quotes.
  const expands = written.includes('${{') || shellVariables(written).length > 0
  return buildEntry(src, entryPlace, {
    value,
    raw: rawInValue(src, offsets, rawStart, rawEnd),
    span: spanAt(rawStart, rawEnd),
    literal: !expands,
    computed: COMMAND_SUBSTITUTION.test(value)
  })
}

/** An `echo`/`printf` that prints its words (not a `::add-mask::` command, which hides them). */
function isEcho(command: Command): boolean {
  const name = command.words[0]?.text
  if (name !== 'echo' && name !== 'printf') return false
  const printed = command.words.slice(1).map((w) => shellUnquote(w.text)).join(' ')
  return !printed.includes('::add-mask::')
}

/**
 * Filters that write what they read to standard output, whole or transformed. A secret piped through
 * them still reaches the log, and a transformed copy (`| base64`, `| rev`, `| sed 's/./& /g'`) escapes
 * GitHub's masking. Any other command after a pipe is taken to consume the value without printing it
 * (`docker login --password-stdin`, `gh auth login --with-token`): a finding must show the leak.
 */
const PRINTING_FILTERS: ReadonlySet<string> = new Set(['cat', 'tee', 'base64', 'base32', 'basenc', 'rev', 'tr', 'sed', 'fold', 'xxd', 'od', 'hexdump', 'iconv'])

/** Whether what command `i` prints reaches the job log: not redirected, and piped only through printing filters. */
function reachesLog(commands: readonly Command[], i: number): boolean {
  const command = commands[i]!
  if (command.redirected) return false
  if (!command.piped) return true
  const next = commands[i + 1]
  return next !== undefined && PRINTING_FILTERS.has(programName(next)) && reachesLog(commands, i + 1)
}

/** The program a command runs, without its directory and a leading `sudo` (`echo "$K" | sudo tee /etc/k`). */
function programName(command: Command): string {
  const [first, second] = command.words.map((w) => w.text)
  const program = first === 'sudo' ? (second ?? '') : (first ?? '')
  return program.slice(program.lastIndexOf('/') + 1)
}

/** `${{ … secrets.X … }}` and `$VAR`/`${VAR}` holding a secret among printed words. */
function printedSecrets(
  words: readonly Word[],
  secrets: ReadonlyMap<string, string>,
  spanAt: (start: number, end: number) => Span
): Reference[] {
  return words.flatMap((word) => {
    const expressions = expressionsIn(word.text).flatMap((e) =>
      secretRefsIn([e]).slice(0, 1).map((r) => ({ name: r.name, start: e.start, end: e.start + e.text.length }))
    )
    const variables = shellVariables(word.text).flatMap((v) => {
      const secret = secrets.get(v.name)
      return secret ? [{ name: secret, start: v.start, end: v.end }] : []
    })
    return [...expressions, ...variables]
      .sort((a, b) => a.start - b.start)
      .map((r) => ({ name: r.name, span: spanAt(word.start + r.start, word.start + r.end) }))
  })
}

/** `$NAME` and `${NAME…}` that the shell expands: outside single quotes, not `${{`. */
function shellVariables(word: string): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = []
  // The first `}` at or after an offset, remembered: a word of many unclosed `${` is searched once, not once each.
  let close: number | undefined
  const braceEnd = (from: number): number => {
    if (close === undefined || (close !== -1 && close < from)) close = word.indexOf('}', from)
    return close === -1 ? -1 : close + 1
  }
  let inDouble = false
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!
    if (c === '\\') i++
    else if (c === '"') inDouble = !inDouble
    else if (c === "'" && !inDouble) i = closing(word, i + 1, "'")
    else if (word.startsWith('${{', i)) i = closing(word, i + 3, '}}') + 1
    else if (c === '$') {
      SHELL_VARIABLE.lastIndex = i
      const m = SHELL_VARIABLE.exec(word)
      const end = m?.[1] === undefined ? (m ? i + m[0].length : -1) : braceEnd(i + m[0].length)
      if (m && end !== -1) {
        found.push({ name: (m[1] ?? m[2])!, start: i, end })
        i = end - 1
      }
    }
  }
  return found
}
