import { kindLabel } from '../core/kinds.js'
import { secretLikeTokens } from '../core/redact.js'
import type { FileFacts, SourceKind } from '../core/types.js'
import { defineRule } from './types.js'

/** Formats whose lines stand alone, so every problem is its own; elsewhere later errors follow from the first. */
const LINE_BASED: ReadonlySet<SourceKind> = new Set(['dotenv', 'dockerfile', 'text'])

/**
 * One finding per problem a parser met. A file that cannot be read is a file whose keys and URLs
 * went unchecked, so it is never silent. In YAML, JSON and TOML one mistake (a tab, a missing
 * bracket) makes the parser report errors after it that are not there, so only the first counts.
 */
export const rule = defineRule({
  meta: {
    id: 'parse-error',
    description: 'A configuration file could not be parsed, so its settings were not checked',
    severity: 'warning',
    messages: {
      unparsable: 'could not read {{fileKind}}: {{problem}}',
      // Reported by the core, which caps findings per line and per file (see engine/lint.ts).
      findingsCut: '{{count}} more findings in this file were not listed ({{rules}}): at most {{perLine}} per line and {{perFile}} per file are'
    }
  },
  check(context) {
    for (const file of context.model.files) {
      for (const diagnostic of reported(file)) {
        context.report({
          messageId: 'unparsable',
          data: { fileKind: kindLabel(file.kind), problem: diagnostic.message },
          file: file.path,
          span: diagnostic.span,
          identity: diagnostic.message,
          // Parsers quote the text they stumbled on (`ENV: no "=" in "…"`, a YAML alias or tag name), which may be a key.
          secrets: secretLikeTokens(diagnostic.message, context.providers),
          ...(diagnostic.severity ? { severity: diagnostic.severity } : {})
        })
      }
    }
  }
})

function reported(file: FileFacts): FileFacts['diagnostics'] {
  return LINE_BASED.has(file.kind) ? file.diagnostics : file.diagnostics.slice(0, 1)
}
