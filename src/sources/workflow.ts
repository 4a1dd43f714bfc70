import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml'
import type { Entry, Span, WorkflowJob } from '../core/types.js'
import type { Parser } from './types.js'
import { assignmentWords, readAssignment, shellCommands, type Command } from './shell.js'
import { shellUnquote, shellVariables, type Word } from './shell-lexer.js'
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
    const secret = entry.value === undefined ? undefined : secretRefsIn(expressionsIn(entry.value)).find((r) => yieldsSecret(entry.value!, r))
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

/**
 * Whether an expression can evaluate to the secret it refers to at `ref` (offsets in `text`): not when the reference
 * is compared (`secrets.X != ''`), tested (`!secrets.X`, `contains(secrets.X, 'sk-')`) or only picks a constant
 * (`secrets.X && 'set' || 'unset'`). Those print `true`, `false` or the constant, the way guides recommend to show
 * that a secret is set.
 */
function yieldsSecret(text: string, ref: { readonly start: number; readonly end: number }): boolean {
  const before = text.slice(0, ref.start).trimEnd()
  const after = text.slice(ref.end).trimStart()
  return !/^(?:[=!]=|[<>]|&&)/.test(after) && !/(?:[=!]=|[<>]=?|!|\b(?:contains|startsWith|endsWith)\s*\()$/.test(before)
}

/** `${X:+word}`, `${X+word}`: the word when the variable is set, never its value. */
const ALTERNATE_VALUE = /^\$\{[A-Za-z_]\w*:?\+/

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

/** An entry for an assignment word of a `run:` script, placed in the workflow file. */
function assignmentEntry(
  src: YamlSource,
  word: Word,
  spanAt: (start: number, end: number) => Span,
  offsets: readonly number[],
  placeFor: (key: string) => Omit<Place, 'keySpan'>
): Entry | undefined {
  const assignment = readAssignment(word)
  if (!assignment) return undefined
  const { key, keyStart, keyEnd, value } = assignment
  const entryPlace = { ...placeFor(key), keySpan: spanAt(keyStart, keyEnd) }
  if (!value) return buildEntry(src, entryPlace)
  return buildEntry(src, entryPlace, {
    value: value.text,
    raw: rawInValue(src, offsets, value.rawStart, value.rawEnd),
    span: spanAt(value.rawStart, value.rawEnd),
    literal: value.literal,
    computed: value.computed
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
      secretRefsIn([e])
        .filter((r) => yieldsSecret(word.text, r))
        .slice(0, 1)
        .map((r) => ({ name: r.name, start: e.start, end: e.start + e.text.length }))
    )
    const variables = shellVariables(word.text).flatMap((v) => {
      const secret = secrets.get(v.name)
      return secret && !ALTERNATE_VALUE.test(word.text.slice(v.start, v.end)) ? [{ name: secret, start: v.start, end: v.end }] : []
    })
    return [...expressions, ...variables]
      .sort((a, b) => a.start - b.start)
      .map((r) => ({ name: r.name, span: spanAt(word.start + r.start, word.start + r.end) }))
  })
}

