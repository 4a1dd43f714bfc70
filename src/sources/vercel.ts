import type { Diagnostic, Entry, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { envObjectEntries, readJson } from './json.js'

/**
 * `vercel.json`: the `env` (runtime) and `build.env` (build time) objects of one Vercel project.
 * Both are legacy in Vercel's docs (variables now live in the dashboard) but still read, and still where keys leak.
 */
export const vercelParser: Parser = {
  kind: 'vercel',
  matches: claimTest('vercel'),
  parse(file: SourceFile) {
    const doc = readJson(file.text)
    const entries: Entry[] = []
    const diagnostics: Diagnostic[] = [...doc.diagnostics]
    for (const path of [['env'], ['build', 'env']]) {
      const found = envObjectEntries(file, 'vercel', doc, { path, scope: file.path })
      entries.push(...found.entries.map(asSecretReference))
      diagnostics.push(...found.diagnostics)
    }
    return { entries, diagnostics }
  }
}

/**
 * `"@openai-key"` names a Vercel Secret (the legacy `vercel secrets add` store) instead of holding a value:
 * https://vercel.com/docs/projects/project-configuration#env (values starting with `@` reference secrets).
 */
const VERCEL_SECRET = /^@([\w.-]+)$/

function asSecretReference(entry: Entry): Entry {
  const name = entry.value === undefined ? undefined : VERCEL_SECRET.exec(entry.value)?.[1]
  if (name === undefined) return entry
  return { ...entry, form: 'reference', ref: { context: 'vercel', name }, meta: { ...entry.meta, vercelSecret: true } }
}
