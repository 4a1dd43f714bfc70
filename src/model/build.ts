import { createScopeDetector, detectClient } from '../clients/detect.js'
import type { DetectedClient } from '../clients/types.js'
import { compareText } from '../core/order.js'
import type { Entry, FileFacts, LintSettings, SourceKind } from '../core/types.js'
import { effectiveValue } from '../sources/entry.js'
import { expandShell } from '../sources/values.js'
import { pairEntries } from './pairing.js'
import type { Pairing, RepoModel, Scope } from './types.js'

/** Kinds whose settings live in structures (lists of models or endpoints) rather than one flat environment. */
const STRUCTURED: ReadonlySet<SourceKind> = new Set(['continue', 'librechat', 'codex'])

/**
 * Groups the entries of every file into deployment scopes, picks each scope's client and pairs keys
 * with base URLs and models. Pure.
 */
export function buildModel(files: readonly FileFacts[], settings: LintSettings): RepoModel {
  const fingerprints = files.flatMap((f) => f.fingerprints)
  const kinds = new Map(files.map((f) => [f.path, f.kind]))
  const readers = envFileReaders(files)
  const clientOf = createScopeDetector(fingerprints, settings.client)
  const scopes: Scope[] = []
  collectScopes(files).forEach((entries, id) => {
    if (entries.length === 0) return
    const file = fileOf(id)
    const kind = kinds.get(file) ?? entries[0]!.kind
    const site = { id, file, kind, readBy: readers.get(file) ?? [] }
    scopes.push(makeScope(id, file, kind, lastWins(entries), clientOf(site)))
  })
  scopes.sort((a, b) => compareText(a.id, b.id))
  return { files, scopes, client: detectClient(fingerprints, settings.client) }
}

/**
 * Entries by scope id, in reading order. Workflow-level env joins every job of its file; a compose
 * service reads its `env_file` dotenv files first (its own `environment` overrides them) and its
 * `${VAR}` references are resolved from the compose project's `.env`.
 */
function collectScopes(files: readonly FileFacts[]): Map<string, Entry[]> {
  const byPath = new Map(files.map((f) => [f.path, f]))
  const scopes = new Map<string, Entry[]>()
  const add = (id: string, entries: readonly Entry[]): void => {
    const list = scopes.get(id)
    if (list) for (const entry of entries) list.push(entry)
    else scopes.set(id, [...entries])
  }
  for (let f = 0; f < files.length; f++) {
    const file = files[f]!
    // `add` copies what it keeps: the file's own list is passed on as it is when nothing in it is commented out.
    const live = file.entries.some((e) => e.commented) ? file.entries.filter((e) => !e.commented) : file.entries
    if (file.kind === 'workflow' && file.workflow && file.workflow.jobs.length > 0) {
      const fileLevel = live.filter((e) => e.scope === file.path)
      for (const job of file.workflow.jobs) add(`${file.path}#jobs.${job.id}`, fileLevel)
      addByScope(add, live.filter((e) => e.scope !== file.path))
    } else if (file.kind === 'compose') {
      const project = projectEnv(file.path, byPath)
      for (const ref of file.envFiles ?? []) add(ref.scope, (byPath.get(ref.path)?.entries ?? []).filter((e) => !e.commented))
      addByScope(add, live.map((e) => resolveFrom(e, project)))
    } else {
      addByScope(add, live)
    }
  }
  return scopes
}

/** Entries in runs of one scope (a dotenv file's are all one), added a run at a time. */
function addByScope(add: (id: string, entries: readonly Entry[]) => void, entries: readonly Entry[]): void {
  let start = 0
  for (let i = 1; i <= entries.length; i++) {
    if (i < entries.length && entries[i]!.scope === entries[start]!.scope) continue
    add(entries[start]!.scope, start === 0 && i === entries.length ? entries : entries.slice(start, i))
    start = i
  }
}

/**
 * The compose services that read a dotenv file: through `env_file`, or as the project `.env` next to the
 * compose file, whose variables fill in the services' `${VAR}` references. Such a file belongs to them.
 */
function envFileReaders(files: readonly FileFacts[]): Map<string, string[]> {
  const readers = new Map<string, string[]>()
  const add = (path: string, scope: string): void => {
    const list = readers.get(path)
    if (list) list.push(scope)
    else readers.set(path, [scope])
  }
  for (let f = 0; f < files.length; f++) {
    const file = files[f]!
    if (file.kind !== 'compose') continue
    const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/') + 1) : ''
    for (const scope of new Set(file.entries.map((e) => e.scope))) add(`${folder}.env`, scope)
    for (const ref of file.envFiles ?? []) add(ref.path, ref.scope)
  }
  return readers
}

/** The variables of the `.env` next to a compose file, which compose uses for `${VAR}` interpolation. */
function projectEnv(composePath: string, byPath: ReadonlyMap<string, FileFacts>): ReadonlyMap<string, string> {
  const folder = composePath.includes('/') ? composePath.slice(0, composePath.lastIndexOf('/') + 1) : ''
  const vars = new Map<string, string>()
  for (const entry of byPath.get(`${folder}.env`)?.entries ?? []) {
    const value = entry.commented ? undefined : effectiveValue(entry)
    if (value !== undefined) vars.set(entry.key, value)
  }
  return vars
}

/** Fills `resolved` for a reference or template the compose parser could not expand on its own. */
function resolveFrom(entry: Entry, vars: ReadonlyMap<string, string>): Entry {
  if (entry.form === 'literal' || entry.resolved !== undefined || entry.value === undefined) return entry
  // Workflow-style `${{ }}` never appears in compose; only shell-style references expand.
  const resolved = expandShell(entry.value, vars)
  return resolved === undefined ? entry : { ...entry, resolved }
}

/**
 * Keeps the last assignment of each setting, in the position of that last assignment, as apps
 * read them. Flat environments repeat by name; structured configs repeat names across list items,
 * so there the full path is the identity.
 */
function lastWins(entries: readonly Entry[]): readonly Entry[] {
  const ids = entries.map(identity)
  if (!hasRepeats(ids)) return entries
  const last = new Map<string, number>()
  ids.forEach((id, i) => last.set(id, i))
  return entries.filter((_, i) => last.get(ids[i]!) === i)
}

/** Whether a name comes twice: pair by pair for the few settings of most scopes (nothing to allocate), else by a set. */
function hasRepeats(ids: readonly string[]): boolean {
  if (ids.length > 16) return new Set(ids).size < ids.length
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (ids[i] === ids[j]) return true
  return false
}

const identity = (e: Entry): string => (STRUCTURED.has(e.kind) ? e.path.join('\0') : e.key)

/** Scope ids are `<file>` or `<file>#<name>`. */
const fileOf = (id: string): string => (id.includes('#') ? id.slice(0, id.indexOf('#')) : id)

function makeScope(id: string, file: string, kind: SourceKind, entries: readonly Entry[], client: DetectedClient): Scope {
  return {
    id,
    file,
    kind,
    label: labelOf(file, id.length > file.length ? id.slice(file.length + 1) : undefined),
    entries,
    client,
    pairs: pairsOf(entries, client)
  }
}

/** Structured configs pair within each list item (one Continue model, one LibreChat endpoint). */
function pairsOf(entries: readonly Entry[], client: DetectedClient): Pairing[] {
  if (!entries.some((entry) => STRUCTURED.has(entry.kind))) return pairEntries(entries, client.profile)
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const parent = STRUCTURED.has(entry.kind) ? entry.path.slice(0, -1).join('\0') : ''
    const group = groups.get(parent)
    if (group) group.push(entry)
    else groups.set(parent, [entry])
  }
  return [...groups.values()].flatMap((group) => pairEntries(group, client.profile))
}

/** `services.app` → `service app`, `jobs.deploy` → `job deploy`, otherwise the name after `#` or the file name. */
function labelOf(file: string, name: string | undefined): string {
  if (name === undefined) return file.slice(file.lastIndexOf('/') + 1)
  const [kind, ...rest] = name.split('.')
  const label = { services: 'service', jobs: 'job' }[kind ?? '']
  return label && rest.length > 0 ? `${label} ${rest.join('.')}` : name
}
