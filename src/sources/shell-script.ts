import { dockerImageFingerprint } from '../clients/fingerprints.js'
import type { Entry, Fingerprint, SourceFile } from '../core/types.js'
import { LineIndex } from '../core/text.js'
import type { Parser } from './types.js'
import { effectiveValue, makeEntry } from './entry.js'
import { assignmentWords, dockerRunImage, readAssignment, shellCommands } from './shell.js'

/**
 * Shell scripts: the settings a script hands to a program, read with the same lexer as workflow `run:`
 * scripts: `export NAME=value`, `NAME=value` before a command or alone, and `docker run -e NAME=value` /
 * `--env NAME=value`. A value built from earlier assignments of the script is resolved when they are all
 * known (`BASE=https://api.example.com; export OPENAI_BASE_URL=$BASE/v1`). The image a `docker run` starts
 * is a `docker-image` fingerprint of the script's scope.
 */
export const shellParser: Parser = {
  kind: 'shell',
  parse(file: SourceFile) {
    const index = new LineIndex(file.text)
    const vars = new Map<string, string>()
    const entries: Entry[] = []
    const fingerprints: Fingerprint[] = []
    for (const command of shellCommands(file.text)) {
      const image = dockerImageFingerprint(dockerRunImage(command.words), file.path, file.path)
      if (image) fingerprints.push(image)
      for (const word of assignmentWords(command.words)) {
        const assignment = readAssignment(word)
        if (!assignment) continue
        const { key, keyStart, keyEnd, value } = assignment
        const written = value && {
          value: value.text,
          valueSpan: index.span(value.rawStart, value.rawEnd),
          raw: file.text.slice(value.rawStart, value.rawEnd),
          literal: value.literal
        }
        const base = { file: file.path, kind: 'shell' as const, scope: file.path, path: [key], key, keySpan: index.span(keyStart, keyEnd), ...written }
        const entry = makeEntry(base, vars)
        const shown = value?.computed && entry.form === 'literal' ? { ...entry, form: 'template' as const } : entry
        entries.push(shown)
        const known = value?.computed ? undefined : effectiveValue(shown)
        if (known === undefined) vars.delete(key)
        else vars.set(key, known)
      }
    }
    return { entries, diagnostics: [], fingerprints }
  }
}
