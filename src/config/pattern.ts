/**
 * Key patterns from the config file run over every byte of the repository, and the config file is repository
 * content a pull request can change. A pattern with nested or unbounded repetition (`(a+)+b`) can backtrack for
 * hours on a line of `a`s, so only patterns whose backtracking is bounded by a constant are accepted:
 * literals, escapes, character classes, groups and alternation, and quantifiers with an upper bound
 * (`{32}`, `{32,48}`, `?`), as long as the ways to match at one position stay few (at most {@link MAX_PATHS}).
 */

/** How many ways a pattern may have to match from one position: `(?:live|test)_[a-z0-9]{32,48}` has 34; `sk-(?:proj-)?[A-Za-z0-9_-]{40,200}` has 322. */
export const MAX_PATHS = 1024
/** The largest repetition count accepted: key bodies are at most a few hundred characters. */
const MAX_REPEAT = 1024

interface Frame {
  /** Ways to match each finished alternative of the group. */
  readonly alternatives: number[]
  /** Ways to match the current alternative so far. */
  product: number
  /** Ways to match the last atom, which a quantifier would multiply. */
  last: number
}

const cap = (n: number): number => Math.min(n, Number.MAX_SAFE_INTEGER)

/** Why `source` may backtrack without bound, or undefined when it is safe to run on any input. */
export function unboundedPatternReason(source: string): string | undefined {
  const stack: Frame[] = [{ alternatives: [], product: 1, last: 1 }]
  const top = (): Frame => stack[stack.length - 1]!
  const atom = (ways: number): void => {
    const frame = top()
    frame.product = cap(frame.product * ways)
    frame.last = ways
  }
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      const next = source[i + 1] ?? ''
      if (/[1-9k]/.test(next)) return 'back-references are not allowed'
      i++
      atom(1)
    } else if (c === '[') {
      let j = i + 1
      if (source[j] === '^') j++
      if (source[j] === ']') j++
      for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++
      i = j
      atom(1)
    } else if (c === '(') {
      if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return 'lookarounds are not allowed'
      stack.push({ alternatives: [], product: 1, last: 1 })
      if (source[i + 1] === '?') i += source[i + 2] === '<' ? source.indexOf('>', i) - i : 2
    } else if (c === '|') {
      const frame = top()
      frame.alternatives.push(frame.product)
      frame.product = 1
      frame.last = 1
    } else if (c === ')') {
      if (stack.length === 1) return undefined // unbalanced: the RegExp constructor reports it
      const frame = stack.pop()!
      atom(cap([...frame.alternatives, frame.product].reduce((a, b) => a + b, 0)))
    } else if (c === '*' || c === '+') {
      return `unbounded repetition (${c}) is not allowed: give an upper bound, such as {32,64}`
    } else if (c === '?' || c === '{') {
      const bounds = c === '?' ? { min: 0, max: 1, length: 1 } : readBounds(source, i)
      if (!bounds) {
        atom(1) // a literal `{`
        continue
      }
      if (bounds.max === undefined) return `unbounded repetition (${source.slice(i, i + bounds.length)}) is not allowed: give an upper bound`
      if (bounds.max > MAX_REPEAT) return `repetition above ${MAX_REPEAT} is not allowed`
      const frame = top()
      const before = frame.product / frame.last
      const repeated = cap(frame.last ** bounds.max * (bounds.max - bounds.min + 1))
      frame.product = cap(before * repeated)
      frame.last = repeated
      i += bounds.length - 1
      if (source[i + 1] === '?') i++ // lazy: same ways
    } else atom(1)
    if (stack.some((frame) => frame.product > MAX_PATHS)) return `too many ways to match (over ${MAX_PATHS}): use fewer optional parts and ranges`
  }
  const whole = top()
  const total = [...whole.alternatives, whole.product].reduce((a, b) => a + b, 0)
  return total > MAX_PATHS ? `too many ways to match (over ${MAX_PATHS}): use fewer optional parts and ranges` : undefined
}

/** `{n}`, `{n,}`, `{n,m}` at `at`; undefined when the brace is a literal. */
function readBounds(source: string, at: number): { min: number; max?: number; length: number } | undefined {
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at, at + 24))
  if (!m) return undefined
  const min = Number(m[1])
  const max = m[2] === undefined ? min : m[3] === '' ? undefined : Number(m[3])
  return { min, ...(max !== undefined && { max }), length: m[0].length }
}
