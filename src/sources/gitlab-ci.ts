import type { Entry } from '../core/types.js'
import type { Parser } from './types.js'
import { scopeId } from './entry.js'
import { buildEntry, field, fields, parseYaml, scalarValue, spanOf, stringAt, type YamlField, type YamlSource } from './yaml.js'

/**
 * Top-level keys that are not jobs (https://docs.gitlab.com/ci/yaml/#global-keywords); every other top-level
 * map is a job, hidden ones (`.template`) included: jobs extend them.
 */
const GLOBAL_KEYWORDS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec', 'image', 'services', 'cache', 'before_script', 'after_script'])

/**
 * GitLab CI: the global `variables:` (the file's scope, which every job receives) and each job's own
 * (`<file>#jobs.<name>`). A variable is `NAME: value` or `NAME: { value, description, expand, options }`;
 * `expand: false` keeps `$` as text (https://docs.gitlab.com/ci/yaml/#variablesexpand, GitLab 15.7:
 * gitlab-org/gitlab!102536).
 */
export const gitlabCiParser: Parser = {
  kind: 'gitlab-ci',
  parse(file) {
    const src = parseYaml(file)
    const top = fields(src, src.doc.contents)
    const global = variableEntries(src, field(src, src.doc.contents, 'variables'), src.path, ['variables'])
    const jobs = top
      .filter((f) => !GLOBAL_KEYWORDS.has(f.key))
      .flatMap((job) => variableEntries(src, field(src, job.value, 'variables'), scopeId(src.path, `jobs.${job.key}`), [job.key, 'variables']))
    return { entries: [...global, ...jobs], diagnostics: src.diagnostics }
  }
}

function variableEntries(src: YamlSource, variables: YamlField | undefined, scope: string, path: readonly string[]): Entry[] {
  return fields(src, variables?.value).map((f) => {
    const detailed = field(src, f.value, 'value')
    const at = scalarValue(src, detailed ? detailed.value : f.value)
    const literal = stringAt(src, field(src, f.value, 'expand')?.value) === 'false'
    const place = { kind: 'gitlab-ci' as const, scope, path: [...path, f.key], key: f.key, keySpan: spanOf(src, f.keyNode) }
    return buildEntry(src, place, at && { ...at, literal })
  })
}
