/**
 * Scores the linter against the real-world regression set: configuration files taken from public
 * repositories (`cases/<id>/`, each a minimal repository with its `case.json`), with the findings a
 * correct linter must report written by hand from each client's real behaviour.
 *
 * Each case is copied to a temporary folder with its `{{fake:<name>:<seed>}}` markers filled in by
 * generated keys, linted through the pipeline the CLI uses, and its findings are matched to the expected
 * ones by (file, line, rule). Precision and recall are computed per rule family.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintRepository } from '../../src/engine/pipeline.js'
import type { Finding } from '../../src/core/types.js'
import { materializeFixture } from '../helpers/fixture-repo.js'

export const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'cases')

export type Family = 'base-url' | 'keys' | 'names' | 'other'
export const FAMILIES: readonly Family[] = ['base-url', 'keys', 'names', 'other']

const FAMILY_OF: Readonly<Record<string, Family>> = {
  'base-url-path': 'base-url',
  'base-url-endpoint': 'base-url',
  'base-url-not-api': 'base-url',
  'base-url-format': 'base-url',
  'leaked-key': 'keys',
  'workflow-hardcoded-key': 'keys',
  'published-default-secret': 'keys',
  'env-name-unused': 'names'
}

export function familyOf(ruleId: string): Family {
  return FAMILY_OF[ruleId] ?? 'other'
}

/** Rules that report on the scan rather than the configuration: scored only when a case expects them. */
const UNSCORED_UNLESS_EXPECTED = new Set(['parse-error'])

export interface ExpectedFinding {
  readonly file: string
  readonly line: number
  readonly rule: string
  /** One line: why a correct linter must report this, from the client's real behaviour. */
  readonly reason: string
}

export interface Case {
  readonly id: string
  readonly source: { readonly repo: string; readonly path: readonly string[]; readonly commit: string }
  /** What the deployed client really is (`nextchat`, `open-webui`, `openai-sdk`, …). */
  readonly client: string
  readonly notes: string
  readonly expected: readonly ExpectedFinding[]
}

/** A finding as the score sees it. */
export interface Hit {
  readonly caseId: string
  readonly file: string
  readonly line: number
  readonly rule: string
  /** The linter's message (for a false positive) or the expected reason (for a false negative). */
  readonly text: string
}

export interface FamilyScore {
  readonly tp: number
  readonly fp: number
  readonly fn: number
  /** tp / (tp + fp); 1 when nothing was reported. */
  readonly precision: number
  /** tp / (tp + fn); 1 when nothing was expected. */
  readonly recall: number
}

export interface Score {
  readonly cases: number
  readonly repos: number
  readonly families: Readonly<Record<Family, FamilyScore>>
  readonly falsePositives: readonly Hit[]
  readonly falseNegatives: readonly Hit[]
}

export function loadCases(dir = CASES_DIR): Case[] {
  return readdirSync(dir)
    .filter((id) => statSync(join(dir, id)).isDirectory())
    .sort()
    .map((id) => ({ id, ...(JSON.parse(readFileSync(join(dir, id, 'case.json'), 'utf8')) as Omit<Case, 'id'>) }))
}

/** The files of a case, relative to its folder, without `case.json`. */
export function caseFiles(id: string, dir = CASES_DIR): string[] {
  const walk = (folder: string, prefix: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name)
      const relative = prefix ? `${prefix}/${name}` : name
      return statSync(path).isDirectory() ? walk(path, relative) : [relative]
    })
  return walk(join(dir, id), '').filter((file) => file !== 'case.json')
}

/** Lints one case as the CLI would (default settings, no config file) and returns its findings. */
export async function lintCase(id: string, dir = CASES_DIR): Promise<readonly Finding[]> {
  const { root, cleanup } = materializeFixture(join(dir, id))
  try {
    // case.json is the answer sheet, not part of the repository.
    rmSync(join(root, 'case.json'))
    const { context } = await lintRepository({ root, failOn: 'never' })
    return context.findings
  } finally {
    cleanup()
  }
}

const keyOf = (file: string, line: number, rule: string): string => `${file}:${line}:${rule}`

/** Matches one case's findings to its expectations; multiset matching on (file, line, rule). */
export function compareCase(
  kase: Case,
  findings: readonly Finding[]
): { tp: Hit[]; fp: Hit[]; fn: Hit[] } {
  const open = new Map<string, ExpectedFinding[]>()
  for (const expected of kase.expected) {
    const key = keyOf(expected.file, expected.line, expected.rule)
    open.set(key, [...(open.get(key) ?? []), expected])
  }
  const tp: Hit[] = []
  const fp: Hit[] = []
  for (const finding of findings) {
    if (finding.suppressed) continue
    const line = finding.span.start.line
    const key = keyOf(finding.file, line, finding.ruleId)
    const hit = { caseId: kase.id, file: finding.file, line, rule: finding.ruleId, text: finding.message }
    const waiting = open.get(key)
    if (waiting && waiting.length > 0) {
      waiting.shift()
      tp.push(hit)
    } else if (finding.severity !== 'note' && !UNSCORED_UNLESS_EXPECTED.has(finding.ruleId)) {
      fp.push(hit)
    }
  }
  const fn = [...open.values()].flat().map((expected) => ({
    caseId: kase.id,
    file: expected.file,
    line: expected.line,
    rule: expected.rule,
    text: expected.reason
  }))
  return { tp, fp, fn }
}

function familyScore(tp: number, fp: number, fn: number): FamilyScore {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) }
}

/** Lints every case and scores the findings per rule family. */
export async function evaluate(dir = CASES_DIR): Promise<Score> {
  const cases = loadCases(dir)
  const tp: Hit[] = []
  const fp: Hit[] = []
  const fn: Hit[] = []
  for (const kase of cases) {
    const result = compareCase(kase, await lintCase(kase.id, dir))
    tp.push(...result.tp)
    fp.push(...result.fp)
    fn.push(...result.fn)
  }
  const count = (hits: Hit[], family: Family): number => hits.filter((hit) => familyOf(hit.rule) === family).length
  const families = Object.fromEntries(
    FAMILIES.map((family) => [family, familyScore(count(tp, family), count(fp, family), count(fn, family))])
  ) as Record<Family, FamilyScore>
  return {
    cases: cases.length,
    repos: new Set(cases.map((kase) => kase.source.repo.toLowerCase())).size,
    families,
    falsePositives: fp,
    falseNegatives: fn
  }
}

/** The table and every false positive and negative, for a developer to read. */
export function formatScore(score: Score): string {
  const row = (cells: readonly (string | number)[]): string =>
    cells.map((cell, i) => (i === 0 ? String(cell).padEnd(10) : String(cell).padStart([5, 5, 5, 11, 8][i - 1]!))).join('')
  const list = (title: string, hits: readonly Hit[]): string[] =>
    hits.length === 0
      ? []
      : ['', `${title} (${hits.length}):`, ...hits.map((h) => `  ${h.caseId}  ${h.file}:${h.line}  ${h.rule}  ${h.text}`)]
  return [
    `Real-world regression set: ${score.cases} cases from ${score.repos} repositories`,
    '',
    row(['family', 'tp', 'fp', 'fn', 'precision', 'recall']),
    ...FAMILIES.map((family) => {
      const { tp, fp, fn, precision, recall } = score.families[family]
      return row([family, tp, fp, fn, precision.toFixed(3), recall.toFixed(3)])
    }),
    ...list('False positives (reported, not expected)', score.falsePositives),
    ...list('False negatives (expected, not reported)', score.falseNegatives),
    ''
  ].join('\n')
}
