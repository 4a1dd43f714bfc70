import type { ConfigFileRead, SkippedFile } from '../core/types.js'
import { escapeControl } from './text.js'
import type { ReportContext, ScopeReport } from './types.js'

/** One part of the `--verbose` header: a title and its lines. */
export interface HeaderSection {
  readonly title: string
  readonly lines: readonly string[]
}

const NOT_READ: Readonly<Record<SkippedFile['reason'], string>> = {
  'too-large': 'larger than the size limit',
  binary: 'binary',
  'symlink-outside-root': 'a symbolic link that points outside the scanned folder',
  unreadable: 'could not be read'
}

/** What `--verbose` prints before the findings, section by section. */
export function verboseSections(context: ReportContext): HeaderSection[] {
  const scopes = { title: `Deployment scopes and their clients (${context.scopes.length})`, lines: table(context.scopes.map((s) => [scopeName(s), clientOf(s)])) }
  if (!context.files) return [scopes]
  const { read, skipped } = context.files
  return [
    scopes,
    { title: `Configuration files read (${read.length})`, lines: table(read.map((file) => [file.path, howRead(file)])) },
    { title: `Files not read (${skipped.length})`, lines: table(skipped.map((file) => [file.path, whyNotRead(file)])) }
  ]
}

/** `docker-compose.yml (service lobe)`, or the file alone for a file-wide scope. */
const scopeName = (scope: ScopeReport): string => (scope.label === baseNameOf(scope.file) ? scope.file : `${scope.file} (${scope.label})`)

const baseNameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

/** `LobeChat, from its image: docker-image lobehub/lobe-chat in docker-compose.yml`, marked when guessed. */
const clientOf = (scope: ScopeReport): string =>
  `${scope.client}, ${scope.clientConfidence === 'guessed' ? 'guessed ' : ''}by ${scope.clientBasis}${scope.clientEvidence ? `: ${scope.clientEvidence}` : ''}`

/** `kubernetes, by content`; `dotenv, by name, not committed (git ignores it)`. */
const howRead = (file: ConfigFileRead): string =>
  `${file.kind}, by ${file.matchedBy}${file.uncommitted ? ', not committed (git ignores it)' : ''}`

const whyNotRead = (file: SkippedFile): string => (file.detail ? `${NOT_READ[file.reason]} (${file.detail})` : NOT_READ[file.reason])

/** Two columns, the first padded to its widest cell; repository text escaped as in the text report. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const cells = rows.map(([path, what]) => [escapeControl(path), escapeControl(what)] as const)
  const width = Math.max(0, ...cells.map(([path]) => path.length))
  return cells.map(([path, what]) => `  ${path.padEnd(width)}  ${what}`)
}

/** The sections as text: each title, its lines (or `  none`), and a blank line after the last section. */
export function renderSections(sections: readonly HeaderSection[]): string {
  if (sections.length === 0) return ''
  return sections.map((s) => [`${s.title}:`, ...(s.lines.length > 0 ? s.lines : ['  none'])].join('\n')).join('\n') + '\n\n'
}
