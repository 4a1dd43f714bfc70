import { defineRule } from './types.js'
import { kindLabel } from './util.js'

/**
 * One finding per problem a parser met. A file that cannot be read is a file whose keys and URLs
 * went unchecked, so it is never silent.
 */
export const rule = defineRule({
  meta: {
    id: 'parse-error',
    description: 'A configuration file could not be parsed, so its settings were not checked',
    severity: 'warning',
    messages: {
      unparsable: 'could not read {{fileKind}}: {{problem}}'
    }
  },
  check(context) {
    for (const file of context.model.files) {
      for (const diagnostic of file.diagnostics) {
        context.report({
          messageId: 'unparsable',
          data: { fileKind: kindLabel(file.kind), problem: diagnostic.message },
          file: file.path,
          span: diagnostic.span,
          identity: diagnostic.message,
          ...(diagnostic.severity ? { severity: diagnostic.severity } : {})
        })
      }
    }
  }
})
