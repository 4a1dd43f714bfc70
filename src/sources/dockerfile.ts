import type { Diagnostic, Entry, SourceFile } from '../core/types.js'
import { LineIndex } from '../core/text.js'
import type { Parser } from './types.js'
import { afterBom, diagnosticAt, effectiveValue, makeEntry } from './entry.js'
import { dockerfileShell, splitWords, unquoteWord, type ShellDialect } from './shell-lexer.js'

/**
 * Dockerfiles and Containerfiles: `ENV` and `ARG` settings, read as BuildKit reads them
 * (moby/buildkit `frontend/dockerfile/parser/parser.go`, `line_parsers.go`, `shell/lex.go`): parser
 * directives, line continuations, comment lines inside continuations, quotes and escapes.
 */
export const dockerfileParser: Parser = {
  kind: 'dockerfile',
  parse: parseDockerfile
}

/** One physical line: its text without the line ending, and where it starts in the file. */
interface PhysicalLine {
  readonly text: string
  readonly start: number
}

/** An instruction joined from its physical lines, with the file offset of every character. */
interface Logical {
  readonly text: string
  readonly offsets: readonly number[]
}

/** The lines of `text` from offset `from` (past a BOM); `\r\n`, `\r` and `\n` all end a line. */
function physicalLines(text: string, from: number): PhysicalLine[] {
  const lines: PhysicalLine[] = []
  const pattern = /([^\r\n]*)(\r\n|\r|\n|$)/g
  pattern.lastIndex = from
  let match: RegExpExecArray | null
  while ((match = pattern.exec(text)) !== null) {
    lines.push({ text: match[1]!, start: match.index })
    if (match[2] === '') break
  }
  return lines
}

const isComment = (line: string): boolean => /^\s*#/.test(line)
const isBlankLine = (line: string): boolean => line.trim() === ''

/**
 * The escape character from a `# escape=` parser directive (default `\`). Directives are only honoured
 * in the comment lines at the very top of the file.
 */
function escapeCharacter(lines: readonly PhysicalLine[]): string {
  for (const { text } of lines) {
    const directive = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/.exec(text)
    if (!directive) return '\\'
    if (directive[1]!.toLowerCase() === 'escape') return directive[2] === '`' ? '`' : '\\'
  }
  return '\\'
}

function parseDockerfile(file: SourceFile) {
  const { text } = file
  const index = new LineIndex(text)
  const lines = physicalLines(text, afterBom(text))
  const escape = escapeCharacter(lines)
  const reader = new InstructionReader(file, index, dockerfileShell(escape))
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!
    if (isBlankLine(line.text) || isComment(line.text)) {
      i++
      continue
    }
    const { logical, next } = joinContinuations(lines, i, escape)
    const keyword = reader.read(logical)
    i = skipHeredocs(lines, next, keyword, logical.text)
  }
  return { entries: reader.entries, diagnostics: reader.diagnostics }
}

/**
 * Joins the lines of one instruction: a line ending in the escape character (blanks may follow)
 * continues on the next; comment lines and empty lines inside a continuation are dropped.
 */
function joinContinuations(lines: readonly PhysicalLine[], first: number, escape: string): { logical: Logical; next: number } {
  const continuation = new RegExp(`\\${escape}[ \\t]*$`)
  let text = ''
  const offsets: number[] = []
  let i = first
  let leading = lines[first]!.text.length - lines[first]!.text.trimStart().length
  for (;;) {
    const line = lines[i++]!
    const cut = continuation.exec(line.text)
    const content = line.text.slice(leading, cut ? cut.index : undefined)
    for (let c = 0; c < content.length; c++) offsets.push(line.start + leading + c)
    text += content
    leading = 0
    if (!cut) break
    while (i < lines.length && (isComment(lines[i]!.text) || isBlankLine(lines[i]!.text))) i++
    if (i >= lines.length) break
  }
  return { logical: { text, offsets }, next: i }
}

/** `RUN <<EOF` / `COPY <<-"EOF" /dst`: the heredoc bodies that follow are data, not instructions. */
function skipHeredocs(lines: readonly PhysicalLine[], from: number, keyword: string, instruction: string): number {
  if (!['RUN', 'COPY', 'ADD'].includes(keyword)) return from
  let i = from
  for (const [, dash, , word] of instruction.matchAll(/<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g)) {
    const isEnd = (line: string) => (dash ? line.replace(/^\t+/, '') : line) === word
    while (i < lines.length && !isEnd(lines[i]!.text)) i++
    i++
  }
  return Math.min(i, lines.length)
}

/** Reads instructions in order, keeping the variables an `ENV` or `ARG` value may expand. */
class InstructionReader {
  readonly entries: Entry[] = []
  readonly diagnostics: Diagnostic[] = []
  /** ARGs declared before the first FROM: a stage sees them only when it redeclares them. */
  private readonly globalArgs = new Map<string, string>()
  private vars = new Map<string, string>()
  private inStage = false

  constructor(
    private readonly file: SourceFile,
    private readonly index: LineIndex,
    private readonly shell: ShellDialect
  ) {}

  /** Reads one instruction; returns its upper-cased keyword. */
  read(logical: Logical): string {
    const head = /^(\S+)\s*/.exec(logical.text)
    const keyword = (head?.[1] ?? '').toUpperCase()
    const args = head ? head[0].length : 0
    if (keyword === 'FROM') {
      this.inStage = true
      this.vars = new Map()
    } else if (keyword === 'ENV') {
      this.readEnv(logical, args)
    } else if (keyword === 'ARG') {
      this.readArg(logical, args)
    }
    return keyword
  }

  /** `ENV A=1 B="two words"`, or the legacy `ENV A one value` (the first word holds no `=`). */
  private readEnv(logical: Logical, from: number): void {
    const words = splitWords(logical.text, from, this.shell)
    const first = words[0]
    if (!first) {
      this.report(logical, 'ENV needs a name and a value', from, logical.text.length)
      return
    }
    if (!logical.text.slice(first.start, first.end).includes('=')) {
      this.readLegacyEnv(logical, from)
      return
    }
    for (const word of words) {
      const eq = logical.text.indexOf('=', word.start)
      if (eq < 0 || eq >= word.end) {
        this.report(logical, `ENV: no "=" in "${logical.text.slice(word.start, word.end)}" (expected name=value)`, word.start, word.end)
        continue
      }
      this.add(logical, 'ENV', word.start, eq, eq + 1, word.end)
    }
  }

  /** `ENV NAME value with spaces`: the name is the first word, the value the rest of the line. */
  private readLegacyEnv(logical: Logical, from: number): void {
    const match = /^(\S+)[\t\v\f\r ]+(\S[\s\S]*?)\s*$/d.exec(logical.text.slice(from))
    const [name, value] = [match?.indices?.[1], match?.indices?.[2]]
    if (!name || !value) {
      this.report(logical, 'ENV needs a name and a value', from, logical.text.trimEnd().length)
      return
    }
    this.add(logical, 'ENV', from + name[0], from + name[1], from + value[0], from + value[1])
  }

  /** `ARG NAME`, `ARG NAME=default`, several per line. */
  private readArg(logical: Logical, from: number): void {
    for (const word of splitWords(logical.text, from, this.shell)) {
      const eq = logical.text.indexOf('=', word.start)
      if (eq >= 0 && eq < word.end) this.add(logical, 'ARG', word.start, eq, eq + 1, word.end)
      else this.add(logical, 'ARG', word.start, word.end)
    }
  }

  /** Records an entry for `name` (and its value, when written) and makes it visible to later `$NAME`s. */
  private add(logical: Logical, instruction: 'ENV' | 'ARG', keyStart: number, keyEnd: number, valueStart?: number, valueEnd?: number): void {
    const key = logical.text.slice(keyStart, keyEnd)
    const span = (start: number, end: number) => this.index.span(...fileRange(logical, start, end))
    const base = {
      file: this.file.path,
      kind: 'dockerfile' as const,
      scope: this.file.path,
      path: [instruction, key],
      key,
      keySpan: span(keyStart, keyEnd),
      meta: { instruction }
    }
    if (valueStart === undefined || valueEnd === undefined) {
      this.entries.push(makeEntry(base))
      this.importGlobalArg(key)
      return
    }
    const word = unquoteWord(logical.text.slice(valueStart, valueEnd), this.shell)
    if (word.unterminated !== undefined) {
      this.report(logical, 'unterminated quote', valueStart + word.unterminated, valueEnd)
    }
    const [from, to] = fileRange(logical, valueStart, valueEnd)
    const written = { valueSpan: this.index.span(from, to), raw: this.file.text.slice(from, to) }
    const entry = makeEntry({ ...base, value: word.value, ...written, literal: !word.expands }, this.vars)
    this.entries.push(entry)
    this.remember(key, effectiveValue(entry))
  }

  /** `ARG NAME` in a stage brings in the default of a global `ARG NAME=…`. */
  private importGlobalArg(name: string): void {
    this.remember(name, this.inStage ? this.globalArgs.get(name) : undefined)
  }

  private remember(name: string, value: string | undefined): void {
    const scope = this.inStage ? this.vars : this.globalArgs
    if (value === undefined) scope.delete(name)
    else scope.set(name, value)
  }

  private report(logical: Logical, message: string, start: number, end: number): void {
    this.diagnostics.push(diagnosticAt(this.index, message, ...fileRange(logical, start, end)))
  }
}

/**
 * File offsets of `start`..`end` in an instruction's logical text (end exclusive). An empty range sits
 * right after the character before it, so `ENV A=` gets an empty value span just after its `=`.
 */
function fileRange(logical: Logical, start: number, end: number): [number, number] {
  const { offsets } = logical
  const from = start < offsets.length ? offsets[start]! : (offsets.at(-1) ?? -1) + 1
  return [from, end > start ? offsets[end - 1]! + 1 : from]
}
