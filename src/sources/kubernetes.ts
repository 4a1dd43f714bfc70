import { dockerImageFingerprint } from '../clients/fingerprints.js'
import { decodeBase64Text } from '../core/base64.js'
import type { Entry, Fingerprint } from '../core/types.js'
import type { Parser } from './types.js'
import { scopeId } from './entry.js'
import { buildEntry, field, fields, items, mapEntries, parseYamlStream, scalarValue, spanOf, stringAt, type PlaceFor, type YamlSource } from './yaml.js'

/** A Kubernetes object: `apiVersion:` and `kind:` at the top level of a YAML document. */
const API_VERSION = /^apiVersion[ \t]*:/m
const KIND = /^kind[ \t]*:/m
/** Helm chart templates (`templates/*.yaml`) are Go templates, not YAML until rendered: `{{ .Values.x }}`. */
const GO_TEMPLATE = /\{\{/

/**
 * Where workload kinds keep their pod spec (https://kubernetes.io/docs/concepts/workloads/): a Pod has it
 * as `spec`, Deployments, StatefulSets, DaemonSets, ReplicaSets and Jobs under `spec.template.spec`, a
 * CronJob under `spec.jobTemplate.spec.template.spec`. The first of these routes that has containers wins.
 */
const POD_SPEC_ROUTES: readonly (readonly string[])[] = [
  ['spec'],
  ['spec', 'template', 'spec'],
  ['spec', 'jobTemplate', 'spec', 'template', 'spec']
]

/** Container lists of a pod spec (https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/). */
const CONTAINER_LISTS = ['initContainers', 'containers'] as const

/**
 * Kubernetes manifests, found by content (they have no fixed name), every document of a `---` stream:
 * container `env` items (`name`/`value`, or `valueFrom` a Secret or ConfigMap key), `envFrom` Secrets and
 * ConfigMaps, ConfigMap `data`, Secret `stringData` and Secret `data` decoded from base64 (see
 * {@link secretDataEntries}). Each container is a scope, whose image is a `docker-image` fingerprint of it.
 * A Secret or ConfigMap key that exactly one container of the same file reads (through `valueFrom` or
 * `envFrom`) belongs to that container's scope, so its key pairs with the base URL beside it; any other is
 * a scope of its own object (`<file>#Secret/<name>`).
 */
export const kubernetesParser: Parser = {
  kind: 'kubernetes',
  sniff: (text) => API_VERSION.test(text) && KIND.test(text) && !GO_TEMPLATE.test(text),
  parse(file) {
    const docs = parseYamlStream(file)
    const read = docs.map(readObject)
    const containers = read.flatMap((r) => r.containers)
    const objects = new Map(read.flatMap((r) => (r.object ? [[r.object.id, r.object.entries] as const] : [])))
    return {
      entries: linkSameFile(containers, objects),
      diagnostics: docs.flatMap((d) => d.diagnostics),
      fingerprints: containers.flatMap((c) => c.fingerprints)
    }
  }
}

/** A ConfigMap's `data` or a Secret's `stringData` and `data`, filed under the object's own scope. */
interface ConfigObject {
  /** `Secret/llm-keys`, `ConfigMap/llm`. */
  readonly id: string
  readonly entries: readonly Entry[]
}

interface ContainerRead {
  readonly scope: string
  /** Route of the container in the file: `['Deployment/chat', 'app']`. */
  readonly path: readonly string[]
  /** Its `env` items, in order. */
  readonly env: readonly Entry[]
  /** Its `envFrom` sources: object ids with the prefix their keys get. */
  readonly envFrom: readonly { readonly object: string; readonly prefix: string }[]
  readonly fingerprints: readonly Fingerprint[]
}

function readObject(src: YamlSource): { containers: ContainerRead[]; object?: ConfigObject } {
  const root = src.doc.contents
  const kind = stringAt(src, field(src, root, 'kind')?.value)
  if (kind === undefined) return { containers: [] }
  const name = stringAt(src, field(src, field(src, root, 'metadata')?.value, 'name')?.value) ?? ''
  const object = `${kind}/${name}`
  if (kind === 'ConfigMap' || kind === 'Secret') {
    const scope = scopeId(src.path, object)
    const placeIn = (block: string): PlaceFor => (f) => ({ kind: 'kubernetes', scope, path: [object, block, f.key] })
    if (kind === 'ConfigMap') return { containers: [], object: { id: object, entries: mapEntries(src, field(src, root, 'data')?.value, placeIn('data')) } }
    const plain = mapEntries(src, field(src, root, 'stringData')?.value, placeIn('stringData'))
    // A key both maps set takes stringData's value (https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/,
    // "Specify both data and stringData").
    const shadowed = new Set(plain.map((e) => e.key))
    const encoded = secretDataEntries(src, field(src, root, 'data')?.value, placeIn('data')).filter((e) => !shadowed.has(e.key))
    return { containers: [], object: { id: object, entries: [...plain, ...encoded] } }
  }
  const podSpec = POD_SPEC_ROUTES.map((route) => route.reduce<unknown>((node, key) => field(src, node, key)?.value, root)).find(
    (spec) => CONTAINER_LISTS.some((list) => field(src, spec, list) !== undefined)
  )
  const containers = CONTAINER_LISTS.flatMap((list) => items(src, field(src, podSpec, list)?.value))
  return { containers: containers.map((container, i) => readContainer(src, object, container, i)) }
}

/**
 * A Secret's `data`: base64 in the file, decoded by Kubernetes before `env`/`envFrom` hand it to a container
 * (https://kubernetes.io/docs/concepts/configuration/secret/), so the entry holds the decoded text, which the rules
 * judge like any value (a published sample secret, an LLM key under a key name, a base URL). Its `raw` and
 * `valueSpan` stay the base64 token as written, and `meta.base64` says so: that token is the secret too, and a fix
 * can never be written in its place. A value that is not strictly base64 of printable text (binary data, plain text
 * Kubernetes would refuse) gives no entry: what the container gets is not known, and the key scan still reads the
 * text. Kubernetes expands no `$(VAR)` in it, so it is a literal whatever it holds
 * (https://kubernetes.io/docs/tasks/inject-data-application/define-interdependent-environment-variables/: only
 * `env` values are expanded).
 */
function secretDataEntries(src: YamlSource, node: unknown, placeFor: PlaceFor): Entry[] {
  return fields(src, node).flatMap((f) => {
    const at = scalarValue(src, f.value)
    const value = at && decodeBase64Text(at.value)
    if (at === undefined || value === undefined) return []
    const place = { ...placeFor(f), key: f.key, keySpan: spanOf(src, f.keyNode), meta: { base64: true } }
    return [buildEntry(src, place, { ...at, value, literal: true })]
  })
}

/** `envFrom` item fields and the kind of object each names. */
const ENV_FROM: Readonly<Record<string, string>> = { secretRef: 'Secret', configMapRef: 'ConfigMap' }
/** `valueFrom` fields that name a key of an object. */
const VALUE_FROM: Readonly<Record<string, string>> = { secretKeyRef: 'Secret', configMapKeyRef: 'ConfigMap' }

function readContainer(src: YamlSource, object: string, container: unknown, index: number): ContainerRead {
  const name = stringAt(src, field(src, container, 'name')?.value) ?? String(index)
  const scope = scopeId(src.path, `${object}/${name}`)
  const image = dockerImageFingerprint(stringAt(src, field(src, container, 'image')?.value), src.path, scope)
  const envFrom = items(src, field(src, container, 'envFrom')?.value).flatMap((item) => {
    const source = fields(src, item).find((f) => ENV_FROM[f.key] !== undefined)
    const ref = source && stringAt(src, field(src, source.value, 'name')?.value)
    if (!source || ref === undefined) return []
    return [{ object: `${ENV_FROM[source.key]}/${ref}`, prefix: stringAt(src, field(src, item, 'prefix')?.value) ?? '' }]
  })
  return {
    scope,
    path: [object, name],
    env: envListEntries(src, field(src, container, 'env')?.value, 'kubernetes', scope, [object, name, 'env']),
    envFrom,
    fingerprints: image ? [image] : []
  }
}

/** The object key a `valueFrom` entry reads (`Secret/llm-keys` + `api-key`), from its meta. */
function valueSource(entry: Entry): { object: string; key: string } | undefined {
  const kind = VALUE_FROM[String(entry.meta?.valueFrom)]
  const from = entry.meta?.from
  if (kind === undefined || typeof from !== 'string' || !from.includes('/')) return undefined
  const [name, key] = from.split('/') as [string, string]
  return { object: `${kind}/${name}`, key }
}

/**
 * Container entries with the same-file object keys each reads, and the object entries no single container
 * of the file reads. In a container, `envFrom` entries come first: its own `env` wins over them.
 */
function linkSameFile(containers: readonly ContainerRead[], objects: ReadonlyMap<string, readonly Entry[]>): Entry[] {
  const readers = new Map<string, Set<string>>()
  const read = (object: string, key: string, scope: string) => {
    const id = `${object}\0${key}`
    readers.set(id, (readers.get(id) ?? new Set()).add(scope))
  }
  for (const c of containers) {
    for (const entry of c.env) {
      const source = valueSource(entry)
      if (source) read(source.object, source.key, c.scope)
    }
    for (const from of c.envFrom) for (const entry of objects.get(from.object) ?? []) read(from.object, entry.key, c.scope)
  }
  const soleReader = (object: string, key: string) => readers.get(`${object}\0${key}`)?.size === 1
  const objectEntry = (object: string, key: string) => (soleReader(object, key) ? objects.get(object)?.find((e) => e.key === key) : undefined)
  const fromContainers = containers.flatMap((c) => [
    ...c.envFrom.flatMap(({ object, prefix }) =>
      (objects.get(object) ?? [])
        .filter((e) => soleReader(object, e.key))
        .map((e) => ({ ...e, scope: c.scope, key: prefix + e.key, path: [...c.path, 'envFrom', object, e.key] }))
    ),
    ...c.env.map((entry) => {
      const source = valueSource(entry)
      const value = source && objectEntry(source.object, source.key)
      // The value's own facts (decoded from base64) join the item's (`valueFrom`).
      return value ? { ...entry, ...valueParts(value), ...(value.meta && { meta: { ...entry.meta, ...value.meta } }) } : entry
    })
  ])
  const unread = [...objects].flatMap(([object, entries]) => entries.filter((e) => !soleReader(object, e.key)))
  return [...fromContainers, ...unread]
}

/** What an entry says about its value, without its key and place. */
function valueParts(entry: Entry): Partial<Entry> {
  const { value, valueSpan, raw, form, ref, resolved } = entry
  return Object.fromEntries(Object.entries({ value, valueSpan, raw, form, ref, resolved }).filter(([, v]) => v !== undefined))
}

/**
 * Entries of a Kubernetes-style env list (`- name: X` with `value:` or `valueFrom:`), which Helm values
 * use too. A `valueFrom` item has no value in the file; its source is kept as meta
 * (`{ valueFrom: 'secretKeyRef', from: 'llm/api-key' }`).
 */
export function envListEntries(
  src: YamlSource,
  node: unknown,
  kind: 'kubernetes' | 'helm',
  scope: string,
  path: readonly (string | number)[]
): Entry[] {
  return items(src, node).flatMap((item) => {
    const keyNode = field(src, item, 'name')?.value
    const key = stringAt(src, keyNode)
    if (key === undefined || !keyNode) return []
    const meta = valueFromMeta(src, field(src, item, 'valueFrom')?.value)
    const place = { kind, scope, path: [...path, key], key, keySpan: spanOf(src, keyNode), ...(meta && { meta }) }
    return [buildEntry(src, place, scalarValue(src, field(src, item, 'value')?.value))]
  })
}

function valueFromMeta(src: YamlSource, valueFrom: unknown): Entry['meta'] | undefined {
  const [source] = fields(src, valueFrom)
  if (!source) return undefined
  const ref = stringAt(src, field(src, source.value, 'name')?.value)
  const key = stringAt(src, field(src, source.value, 'key')?.value)
  return { valueFrom: source.key, ...(ref !== undefined && { from: key === undefined ? ref : `${ref}/${key}` }) }
}
