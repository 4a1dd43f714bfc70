/**
 * Markdown escaping for text from the repository under review, which on a pull request is written by its author:
 * every piece of it is escaped, values go into code spans, `@mentions` are defused, and nothing becomes a link
 * GitHub would make by itself. The layout (markdown.ts) builds only from these.
 */

/**
 * Bidirectional overrides, isolates and marks: they make text display in an order other than the one it has
 * (Trojan Source), so a file name or value could look like something else. Removed from everything rendered.
 */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * Escapes the characters that would turn text into markup, defuses `@mentions` (no one gets pinged), and keeps
 * GitHub from linking anything by itself: a zero-width space after `://` and after `www` stops its autolinks,
 * so a value from the repository never becomes a link a reader might follow. Bidi controls are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(BIDI, '')
    .replace(/\r\n?|\n/g, ' ')
    // `$` opens GitHub's math syntax; the rest are CommonMark and GFM punctuation.
    .replace(/[\\`*_[\]<>|~&#$]/g, '\\$&')
    .replace(/@(?=[A-Za-z0-9])/g, '@&#8203;')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\b(www)(?=\.)/gi, '$1&#8203;')
}

/** Escapes text for an HTML context such as `<summary>`, where Markdown is not rendered. */
export function escapeHtml(text: string): string {
  return text.replace(BIDI, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
}

/** An inline code span that survives backticks inside the value (CommonMark: a longer fence). */
export function code(text: string): string {
  const flat = text.replace(BIDI, '').replace(/\r\n?|\n/g, ' ')
  if (flat === '') return '*empty*'
  const fence = '`'.repeat(longestBacktickRun(flat) + 1)
  // A space keeps a leading or trailing backtick from merging with the fence; CommonMark strips one of each.
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** A link with escaped text; characters that would end the link destination are percent-encoded. */
export function link(text: string, url: string): string {
  const destination = url.replace(/[\s()<>]/g, c => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
  return `[${escapeText(text)}](${destination})`
}

/**
 * A GitHub table. Cells are Markdown already; every unescaped `|` in them is escaped, which GitHub
 * honours even inside code spans.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapePipes).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function escapePipes(cell: string): string {
  return cell.replace(/(\\*)\|/g, (whole, slashes: string) => (slashes.length % 2 === 1 ? whole : `${slashes}\\|`))
}

/** A collapsed section; `summary` is plain text. */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function fencedBlock(info: string, content: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1))
  return `${fence}${info}\n${content}\n${fence}`
}

/**
 * A rule message in Markdown. Messages quote values with `"` (the text format's convention); here the
 * quoted parts become code spans, as the Markdown outputs quote values with backticks. Bare URLs become code spans
 * too: shown whole and readable, never a link (what a repository writes must not turn into one).
 */
export function messageMarkdown(message: string): string {
  return message
    .split(/("[^"\n]+"|\b[a-z][a-z0-9+.-]*:\/\/[^\s"]*[^\s".,:;)])/i)
    .map((part, i) => (i % 2 === 0 ? escapeText(part) : code(part.startsWith('"') ? part.slice(1, -1) : part)))
    .join('')
}
