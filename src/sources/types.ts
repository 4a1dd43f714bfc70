import type { ParseResult, SourceFile, SourceKind } from '../core/types.js'

/** Turns one kind of file into entries. Never throws on bad input: problems become diagnostics. */
export interface Parser {
  readonly kind: SourceKind
  /** Decides by the repository-relative path alone ('/' separators). */
  matches(path: string): boolean
  parse(file: SourceFile): ParseResult
}
