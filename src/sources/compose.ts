import { posix } from 'node:path'
import { isMap, isScalar, isSeq, type Scalar } from 'yaml'
import { dockerImageFingerprint } from '../clients/fingerprints.js'
import type { Entry, EnvFileRef, Fingerprint } from '../core/types.js'
import type { Parser } from './types.js'
import { classifyValue } from './values.js'
import {
  buildEntry,
  field,
  fields,
  items,
  mapEntries,
  parseYaml,
  rawInValue,
  resolve,
  scalarString,
  spanInValue,
  spanOf,
  valueOffsets,
  type ValueAt,
  type YamlSource
} from './yaml.js'

/** Any other YAML: a top-level `services:` and an indented `image:` or `build:` (checked again when parsed). */
const TOP_LEVEL_SERVICES = /^services[ \t]*:[ \t]*(?:#.*)?$/m
const SERVICE_IMAGE_OR_BUILD = /^[ \t]+(?:image|build)[ \t]*:/m

/**
 * Compose interpolation: `$$` is a literal `$` (https://docs.docker.com/reference/compose-file/interpolation/).
 * The value keeps the single `$`; when nothing but escaped dollars remains, the value is a literal even if
 * it now looks like a reference (`$${HOME}` → `${HOME}`).
 */
function interpretCompose(at: ValueAt): ValueAt {
  const interpolated = classifyValue(at.value.replace(/\$\$/g, '')).form !== 'literal'
  return { ...at, value: at.value.replace(/\$\$/g, '$'), literal: !interpolated }
}

/**
 * Entries of `environment:` or `build.args:`. Map form reads like any YAML map; list form
 * (`- KEY=value`) splits at the first `=` and keeps the rest verbatim, quotes included, because
 * compose does not unquote it (`- BASE_URL="https://x"` gives the value `"https://x"`).
 */
function settingEntries(
  src: YamlSource,
  node: unknown,
  scope: string,
  path: readonly (string | number)[],
  meta: Entry['meta'] = {}
): Entry[] {
  const resolved = resolve(src, node)
  if (isMap(resolved)) {
    return mapEntries(src, resolved, (f) => ({ kind: 'compose', scope, path: [...path, f.key], meta }), interpretCompose)
  }
  if (!isSeq(resolved)) return []
  return items(src, resolved)
    .filter((item): item is Scalar => isScalar(item) && scalarString(item) !== undefined)
    .flatMap((item) => listItemEntry(src, item, scope, path, { ...meta, listForm: true }))
}

function listItemEntry(
  src: YamlSource,
  item: Scalar,
  scope: string,
  path: readonly (string | number)[],
  meta: Entry['meta']
): Entry[] {
  const text = scalarString(item)!
  const eq = text.indexOf('=')
  const key = eq === -1 ? text : text.slice(0, eq)
  if (key === '') return []
  const offsets = valueOffsets(src, item)
  const keySpan = spanInValue(src, offsets, 0, key.length)
  const place = { kind: 'compose' as const, scope, path: [...path, key], key, keySpan, meta }
  if (eq === -1) return [buildEntry(src, place)]
  const [from, to] = [eq + 1, text.length]
  const at = { value: text.slice(from), raw: rawInValue(src, offsets, from, to), span: spanInValue(src, offsets, from, to) }
  return [buildEntry(src, place, interpretCompose(at))]
}

/** `env_file:` as a string, a list of strings, or a list of `{ path, required }`. */
function envFileRefs(src: YamlSource, node: unknown, scope: string): EnvFileRef[] {
  const resolved = resolve(src, node)
  const candidates = isSeq(resolved) ? items(src, resolved) : resolved ? [resolved] : []
  return candidates.flatMap((candidate) => {
    const pathNode = isMap(candidate) ? field(src, candidate, 'path')?.value : candidate
    const written = scalarString(pathNode)
    if (written === undefined || written === '' || !pathNode) return []
    return [{ scope, path: relativeToCompose(src.path, written), span: spanOf(src, pathNode) }]
  })
}

/** Compose resolves `env_file` paths against the compose file's folder; we keep them repository-relative. */
function relativeToCompose(composePath: string, written: string): string {
  const path = written.replace(/\\/g, '/')
  if (path.startsWith('/')) return posix.normalize(path)
  return posix.normalize(posix.join(posix.dirname(composePath), path))
}

function serviceResult(src: YamlSource, name: string, service: unknown): { entries: Entry[]; envFiles: EnvFileRef[]; fingerprints: Fingerprint[] } {
  const scope = `${src.path}#services.${name}`
  const build = field(src, service, 'build')
  // With `build:` beside it, `image:` also names what compose builds from the repository (compose-spec build.md):
  // the container may run the repository's code, so the image is marked as built.
  const image = dockerImageFingerprint(scalarString(field(src, service, 'image')?.value), src.path, scope, build !== undefined)
  const environment = field(src, service, 'environment')?.value
  const buildArgs = field(src, build?.value, 'args')?.value
  return {
    entries: [
      ...settingEntries(src, environment, scope, ['services', name, 'environment']),
      ...settingEntries(src, buildArgs, scope, ['services', name, 'build', 'args'], { buildArg: true })
    ],
    envFiles: envFileRefs(src, field(src, service, 'env_file')?.value, scope),
    fingerprints: image ? [image] : []
  }
}

/** Docker Compose files: service environments, build args and `env_file` links. */
export const composeParser: Parser = {
  kind: 'compose',
  sniff: (text) => TOP_LEVEL_SERVICES.test(text) && SERVICE_IMAGE_OR_BUILD.test(text),
  parse(file) {
    const src = parseYaml(file)
    const services = fields(src, field(src, src.doc.contents, 'services')?.value)
    const results = services.map((s) => serviceResult(src, s.key, s.value))
    return {
      entries: results.flatMap((r) => r.entries),
      diagnostics: src.diagnostics,
      envFiles: results.flatMap((r) => r.envFiles),
      fingerprints: results.flatMap((r) => r.fingerprints)
    }
  }
}
