/**
 * The model and the rules do work in proportion to the settings of a repository, not to the square of its files:
 * a rule that looks up siblings by scanning every scope, or a list copied whole each time one item is added, costs
 * minutes on a monorepo of thousands of small config files. Counted, not timed: every read of a field of a file's
 * facts, of an entry or of a scope is counted while the model is built and every rule runs, for 100 and for 1,000
 * apps.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { analyzeFile } from '../../src/engine/analyze.js'
import { lintFacts } from '../../src/engine/lint.js'
import type { Entry, LintSettings } from '../../src/core/types.js'
import { buildModel } from '../../src/model/build.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { rules } from '../../src/rules/index.js'
import { loadParsers } from '../../src/sources/index.js'

/**
 * `apps` apps in folders of ten, each with its `.env`; each folder has a compose project whose services read those
 * files (`env_file`), fill `${OPENAI_BASE_URL}` from the project's `.env`, and whose every tenth app pastes a full
 * endpoint as its base URL (a finding each, so the findings' finalisation is counted too).
 */
function repository(apps: number): Record<string, string> {
  const files: Record<string, string> = {}
  for (let folder = 0; folder * 10 < apps; folder++) {
    const services: string[] = []
    for (let app = folder * 10; app < Math.min(apps, folder * 10 + 10); app++) {
      const base = app % 10 === 3 ? 'https://api.openai.com/v1/chat/completions' : 'https://api.openai.com/v1'
      files[`svc-${folder}/app-${app}/.env`] =
        `# app ${app}\nPORT=${3000 + app}\nOPENAI_BASE_URL=${base}\nOPENAI_API_KEY=\${OPENAI_API_KEY}\nDEFAULT_MODEL=gpt-4o-mini\n` +
        `LLM_API_KEY=\${LLM_API_KEY}\nLLM_BASE_URL=http://llm.internal:8000/v1\nDATABASE_URL=postgres://app@db:5432/app\n`
      services.push(`  app-${app}:\n    image: app\n    env_file: ./app-${app}/.env\n    environment:\n      OPENAI_BASE_URL: \${OPENAI_BASE_URL}\n`)
    }
    files[`svc-${folder}/.env`] = 'OPENAI_BASE_URL=https://api.openai.com/v1\n'
    files[`svc-${folder}/docker-compose.yml`] = `services:\n${services.join('')}`
  }
  return files
}

/** Counts reads of the fields of the objects it wraps. */
function counter(): { counting: <T extends object>(target: T) => T; reads: () => number } {
  let reads = 0
  const counting = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, field, receiver) {
        reads++
        return Reflect.get(object, field, receiver)
      }
    })
  return { counting, reads: () => reads }
}

/**
 * Reads of the files' facts, their entries and the model's scopes while the model is built and every rule runs;
 * and the findings of the whole run.
 */
function workFor(apps: number): { reads: number; findings: number } {
  const catalog = createCatalog()
  const settings: LintSettings = { rules: {}, providers: [] }
  const { counting, reads } = counter()
  const facts = Object.entries(repository(apps)).map(([path, text]) => {
    const file = analyzeFile({ path, text }, catalog)
    return counting({ ...file, entries: file.entries.map((entry: Entry) => counting(entry)) })
  })
  const before = reads()
  const built = buildModel(facts, settings)
  const model = { ...built, scopes: built.scopes.map((scope) => counting(scope)) }
  for (const rule of rules) rule.check({ model, providers: catalog, report: () => {} })
  const work = reads() - before
  return { reads: work, findings: lintFacts(facts, settings, { catalog }).findings.length }
}

describe('work per repository', () => {
  beforeAll(() => loadParsers())

  it('grows linearly with the number of config files', () => {
    const small = workFor(100)
    const large = workFor(1000)
    // The repository is the same shape ten times over: so are its findings.
    expect(small.findings).toBeGreaterThan(0)
    expect(large.findings).toBe(10 * small.findings)
    // Ten times the files, about ten times the reads (quadratic work would be a hundred times).
    expect(large.reads / small.reads).toBeLessThan(12)
  })
})
