/**
 * A small unified diff for `--fix-dry-run`. Fixes replace text inside lines and never add or remove one,
 * so the two texts have the same lines and a hunk is a run of changed lines with their context.
 */

/** Lines of context around each change, as `diff -u` has them. */
const CONTEXT = 3

/** The lines of a text without their endings (`\r\n`, `\n` or `\r`); a final line ending starts no line. */
const linesOf = (text: string): string[] => {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

const NO_NEWLINE = '\\ No newline at end of file'

/**
 * `--- a/path` / `+++ b/path` and the hunks; '' when nothing changed. `show` renders each printed line (the
 * CLI masks anything key-like and escapes control characters there).
 */
export function unifiedDiff(path: string, before: string, after: string, show: (line: string) => string = (line) => line): string {
  if (before === after) return ''
  const a = linesOf(before)
  const b = linesOf(after)
  const open = !/[\r\n]$/.test(before)
  const mark = (lines: string[], n: number): string[] => (open && n === a.length - 1 ? [...lines, NO_NEWLINE] : lines)
  if (a.length !== b.length) throw new Error(`a fix changed the number of lines of ${path}`)
  const changed = a.flatMap((line, i) => (line === b[i] ? [] : [i]))
  let out = header(path)
  let i = 0
  while (i < changed.length) {
    let last = i
    while (last + 1 < changed.length && changed[last + 1]! - changed[last]! <= 2 * CONTEXT) last++
    const from = Math.max(0, changed[i]! - CONTEXT)
    const to = Math.min(a.length, changed[last]! + CONTEXT + 1)
    const body: string[] = []
    for (let n = from; n < to; ) {
      if (a[n] === b[n]) {
        body.push(...mark([` ${show(a[n]!)}`], n))
        n++
        continue
      }
      // A run of changed lines: the old ones, then the new ones, as diff -u prints them.
      let end = n
      while (end < to && a[end] !== b[end]) end++
      for (let k = n; k < end; k++) body.push(...mark([`-${show(a[k]!)}`], k))
      for (let k = n; k < end; k++) body.push(...mark([`+${show(b[k]!)}`], k))
      n = end
    }
    out += hunk(from, to - from, body)
    i = last + 1
  }
  return out
}

const header = (path: string): string => `--- a/${path}\n+++ b/${path}\n`

/** Lines keep their numbers (fixes add none), so both sides of a hunk start and count alike. */
const hunk = (from: number, count: number, body: readonly string[]): string => `@@ -${from + 1},${count} +${from + 1},${count} @@\n${body.join('\n')}\n`
