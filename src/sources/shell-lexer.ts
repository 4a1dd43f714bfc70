/**
 * Shell words, as the POSIX shell and BuildKit's Dockerfile lexer read them: where a word ends, what it is
 * once quotes and escapes are removed, and the `$NAME` it expands. The two differ only in what a
 * {@link ShellDialect} names; the commands built from the words are `shell.ts`'s business.
 */

/** What sets one reader of shell words apart from another. */
export interface ShellDialect {
  /** `\`, or `` ` `` under a Dockerfile's `# escape=` directive. */
  readonly escape: string
  /** Characters that may follow the escape character inside double quotes and be escaped by it. */
  readonly escapedInDouble: string
  /** Characters that end a word outside quotes, besides blanks: the shell's operators. */
  readonly operators: string
  readonly blank: RegExp
  /**
   * `$(…)`, `${…}`, backticks and GitHub's `${{ … }}` keep their blanks inside the word (the shell); BuildKit's
   * `ENV`/`ARG` words end at any blank outside quotes.
   */
  readonly groups: boolean
}

/** A POSIX shell script, or a workflow `run:` script (GitHub fills in `${{ … }}` before the shell runs). */
export const POSIX_SHELL: ShellDialect = { escape: '\\', escapedInDouble: '"\\$`', operators: ';&|<>', blank: /[ \t\r\n]/, groups: true }

/**
 * The arguments of a Dockerfile instruction (moby/buildkit `frontend/dockerfile/parser/line_parsers.go`
 * `parseWords`; `shell/lex.go` `processDoubleQuote`: only `"`, `$` and the escape character are escaped in
 * double quotes).
 */
export const dockerfileShell = (escape: string): ShellDialect => ({ escape, escapedInDouble: `"$${escape}`, operators: '', blank: /\s/, groups: false })

/** A shell word with its offsets in the text. */
export interface Word {
  readonly start: number
  readonly end: number
  readonly text: string
}

/** The words of `text` from `from`, split at blanks outside quotes (and, for the shell, at its operators). */
export function splitWords(text: string, from: number, dialect: ShellDialect): Word[] {
  const words: Word[] = []
  for (let i = from; i < text.length; ) {
    if (dialect.blank.test(text[i]!)) {
      i++
      continue
    }
    const end = Math.max(wordEnd(text, i, dialect), i + 1)
    words.push({ start: i, end, text: text.slice(i, end) })
    i = end
  }
  return words
}

/** Where the word starting at `from` ends: quotes, escapes and (for the shell) `$(…)`, `${…}`, `${{ … }}` stay inside. */
export function wordEnd(text: string, from: number, dialect: ShellDialect): number {
  let i = from
  while (i < text.length) {
    const c = text[i]!
    if (dialect.blank.test(c) || dialect.operators.includes(c)) return i
    if (c === dialect.escape) i += 2
    else if (c === "'") i = closing(text, i + 1, "'") + 1
    else if (c === '"') i = closingDouble(text, i + 1, dialect) + 1
    else if (!dialect.groups) i++
    else if (text.startsWith('${{', i)) i = closing(text, i + 3, '}}') + 2
    else if (text.startsWith('${', i)) i = closing(text, i + 2, '}') + 1
    else if (text.startsWith('$(', i)) i = closingParen(text, i + 2) + 1
    else if (c === '`') i = closing(text, i + 1, '`') + 1
    else i++
  }
  return Math.min(i, text.length)
}

/** The offset of `mark` at or after `from`, or the end of the text when it never comes. */
export const closing = (text: string, from: number, mark: string): number => {
  const at = text.indexOf(mark, from)
  return at === -1 ? text.length : at
}

function closingDouble(text: string, from: number, dialect: ShellDialect): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === dialect.escape) i++
    else if (dialect.groups && text.startsWith('${{', i)) i = closing(text, i + 3, '}}') + 1
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

/** A word once quotes and escapes are removed. */
export interface Unquoted {
  readonly value: string
  /** False when a `$` was escaped or single-quoted: the `$` is then text, and the value is read as written. */
  readonly expands: boolean
  /** The offset of a quote that never closes. */
  readonly unterminated?: number
}

/**
 * Removes quoting from a word: `'…'` is literal, `"…"` drops the escapes of {@link ShellDialect.escapedInDouble},
 * bare text drops every escape. For the shell, `${{ … }}` is kept whole: GitHub substitutes it before the shell runs.
 */
export function unquoteWord(word: string, dialect: ShellDialect): Unquoted {
  let value = ''
  let expands = true
  let quote: { readonly mark: '"' | "'"; readonly at: number } | undefined
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!
    // Even inside single quotes: GitHub has substituted the expression before the shell reads a quote.
    if (dialect.groups && word.startsWith('${{', i)) {
      const end = closing(word, i + 3, '}}') + 2
      value += word.slice(i, end)
      i = end - 1
    } else if (quote?.mark === "'") {
      if (c === "'") quote = undefined
      else {
        if (c === '$') expands = false
        value += c
      }
    } else if (c === dialect.escape && i + 1 < word.length && (quote === undefined || dialect.escapedInDouble.includes(word[i + 1]!))) {
      if (word[++i] === '$') expands = false
      value += word[i]
    } else if (c === quote?.mark) quote = undefined
    else if (quote === undefined && (c === '"' || c === "'")) quote = { mark: c, at: i }
    else value += c
  }
  return quote === undefined ? { value, expands } : { value, expands, unterminated: quote.at }
}

/** {@link unquoteWord} for the shell, the value alone. */
export const shellUnquote = (word: string): string => unquoteWord(word, POSIX_SHELL).value

const SHELL_VARIABLE = /\$(?:\{([A-Za-z_]\w*)|([A-Za-z_]\w*))/y

/** `$NAME` and `${NAME…}` that the shell expands: outside single quotes, not `${{`. */
export function shellVariables(word: string): { name: string; start: number; end: number }[] {
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
