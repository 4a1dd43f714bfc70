/**
 * The shell, as far as settings need it: commands split into words with their offsets, quotes removed,
 * and the words that set an environment variable (`NAME=value` before a command, `export`, `docker run
 * -e`/`--env`). Shared by the workflow parser (`run:` scripts) and the shell script parser; the words come from
 * `shell-lexer.ts`.
 */
import { POSIX_SHELL, shellUnquote, shellVariables, wordEnd, type Word } from './shell-lexer.js'

const ENV_NAME = /^[A-Za-z_]\w*$/
/** `$(…)`, `$((…))` and backticks: the shell fills these in when the script runs. */
const COMMAND_SUBSTITUTION = /\$\(|`/

export interface Command {
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
export function shellCommands(script: string): Command[] {
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
      const end = wordEnd(script, i, POSIX_SHELL)
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

/** Reads `>`, `>>`, `&>`, `>&2`, `<`, `<<` and the word after it. */
function readRedirect(script: string, at: number, fd: string): { end: number; capturesStdout: boolean } {
  REDIRECT.lastIndex = at
  const op = REDIRECT.exec(script)?.[0] ?? script[at]!
  let i = at + op.length
  while (script[i] === ' ' || script[i] === '\t') i++
  const target = script.slice(i, wordEnd(script, i, POSIX_SHELL))
  const toStdoutFile = op.startsWith('&>') || (op.startsWith('>') && (fd === '' || fd === '1'))
  // `>&2` duplicates onto stderr, which still reaches the log.
  const capturesStdout = toStdoutFile && !op.endsWith('&') && !target.startsWith('&')
  return { end: i + target.length, capturesStdout }
}

/**
 * `NAME=value` words that set a variable: leading assignments, `export` arguments, `docker run -e`/`--env`
 * (where a bare `NAME` passes the runner's variable through).
 */
export function assignmentWords(words: readonly Word[]): Word[] {
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

/**
 * `docker run` options that take no value (https://docs.docker.com/reference/cli/docker/container/run/);
 * every other option without `=` takes the next word. Short ones may be combined (`-dit`).
 */
const DOCKER_RUN_FLAGS = new Set(['--detach', '--interactive', '--tty', '--rm', '--init', '--privileged', '--publish-all', '--read-only', '--quiet', '--no-healthcheck', '--oom-kill-disable'])
const SHORT_FLAGS = /^-[ditPq]+$/

/** The image a `docker run`/`docker create` command starts, as written; undefined for any other command. */
export function dockerRunImage(words: readonly Word[]): string | undefined {
  const leading = words.findIndex((w) => !/^[A-Za-z_]\w*=/.test(w.text))
  if (leading === -1 || words[leading]!.text !== 'docker') return undefined
  const args = words.slice(leading + 1)
  if (!isDockerRun(args)) return undefined
  for (let i = args[0]!.text === 'container' ? 2 : 1; i < args.length; i++) {
    const text = args[i]!.text
    if (!text.startsWith('-')) return shellUnquote(text)
    if (!text.includes('=') && !DOCKER_RUN_FLAGS.has(text) && !SHORT_FLAGS.test(text)) i++
  }
  return undefined
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

/** A `NAME=value` word (or a bare `NAME`) read as the shell reads it, as offsets in the script. */
export interface Assignment {
  readonly key: string
  readonly keyStart: number
  readonly keyEnd: number
  /** Absent for a bare `NAME`, which passes a variable through (`docker run -e NAME`). */
  readonly value?: {
    /** What the program receives: quotes removed, escapes applied. */
    readonly text: string
    /** The value as written, without the outer quote of a word quoted as a whole (`-e "NAME=value"`). */
    readonly rawStart: number
    readonly rawEnd: number
    /** The shell expands nothing in it (`'$X'` is the two characters `$X`); GitHub expressions always count. */
    readonly literal: boolean
    /** It runs a command (`$(cat key.txt)`, backticks): a template, never a literal. */
    readonly computed: boolean
  }
}

/** Reads an assignment word; undefined when its name is not an environment variable name. */
export function readAssignment(word: Word): Assignment | undefined {
  const eq = word.text.indexOf('=')
  const keyRaw = eq === -1 ? word.text : word.text.slice(0, eq)
  const key = shellUnquote(keyRaw)
  if (!ENV_NAME.test(key)) return undefined
  const keyStart = word.start + keyRaw.indexOf(key)
  const named = { key, keyStart, keyEnd: keyStart + key.length }
  if (eq === -1) return named
  const outerQuote = keyRaw.startsWith('"') || keyRaw.startsWith("'") ? 1 : 0
  const text = shellUnquote(word.text).slice(key.length + 1)
  const written = word.text.slice(eq + 1)
  const expands = written.includes('${{') || shellVariables(written).length > 0
  return {
    ...named,
    value: { text, rawStart: word.start + eq + 1, rawEnd: word.end - outerQuote, literal: !expands, computed: COMMAND_SUBSTITUTION.test(text) }
  }
}

/** Sticky, so reading at an offset never copies the rest of the script. */
const REDIRECT = /&>>?|>>?&?|>\||<<?-?|<&|<>/y
