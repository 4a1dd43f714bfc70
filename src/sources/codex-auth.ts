import type { Entry, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { memberAt, nodeDiagnostic, readJson, stringEntry } from './json.js'

/**
 * Codex CLI's credential file, `$CODEX_HOME/auth.json`: `OPENAI_API_KEY` holds the key Codex uses (openai/codex
 * `codex-rs/login/src/auth/storage.rs` at be9c0b9741e727263eca60654879477ea789577a, struct `AuthDotJson`: the field
 * is renamed `OPENAI_API_KEY`). It belongs in
 * the home folder, never in a repository: any key in it is a leak.
 */
export const codexAuthParser: Parser = {
  kind: 'codex-auth',
  parse(file: SourceFile) {
    const doc = readJson(file.text)
    const entries: Entry[] = []
    const diagnostics = [...doc.diagnostics]
    const key = memberAt(doc.root, ['OPENAI_API_KEY'])
    if (key?.valueNode.type === 'string') {
      entries.push(stringEntry(file, 'codex-auth', doc, { path: ['OPENAI_API_KEY'], scope: file.path }, key.nameNode, key.valueNode))
    } else if (key && key.valueNode.type !== 'null') {
      diagnostics.push(nodeDiagnostic(doc, key.valueNode, `\`OPENAI_API_KEY\` must be a string or null, not ${key.valueNode.type}`))
    }
    return { entries, diagnostics }
  }
}
