import type { ParseResult, SourceFile, SourceKind } from '../core/types.js'

/** Turns one kind of file into entries. Never throws on bad input: problems become diagnostics. */
export interface Parser {
  readonly kind: SourceKind
  /**
   * For YAML files no parser claims by name: a cheap test of the text (anchored patterns, no parse) that
   * says the file is of this kind, so it is parsed once, by this parser (Kubernetes manifests, compose
   * files under any name).
   */
  sniff?(text: string): boolean
  parse(file: SourceFile): ParseResult
}
