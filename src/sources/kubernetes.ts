import { dockerImageFingerprint } from '../clients/fingerprints.js'
import type { Entry, Fingerprint } from '../core/types.js'
import type { Parser } from './types.js'
import { scopeId } from './entry.js'
import { buildEntry, field, fields, items, mapEntries, parseYamlStream, scalarValue, spanOf, stringAt, type YamlSource } from './yaml.js'

/** A Kubernetes object: `apiVersion:` and `kind:` at the top level of a YAML document. */
const API_VERSION = /^apiVersion[ \t]*:/m
const KIND = /^kind[ \t]*:/m

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
 * container `env` items (`name`/`value`, or `valueFrom` a Secret or ConfigMap key: declared, filled in
 * at deploy time), ConfigMap `data` and Secret `stringData` (plain text in the repository; Secret `data`
 * is base64 and left to the key scan). Each container, ConfigMap and Secret is a scope, and each
 * container's image is a `docker-image` fingerprint of its scope.
 */
export const kubernetesParser: Parser = {
  kind: 'kubernetes',
  matches: () => false,
  sniff: (text) => API_VERSION.test(text) && KIND.test(text),
  parse(file) {
    const docs = parseYamlStream(file)
    const results = docs.map(readObject)
    return {
      entries: results.flatMap((r) => r.entries),
      diagnostics: docs.flatMap((d) => d.diagnostics),
      fingerprints: results.flatMap((r) => r.fingerprints)
    }
  }
}

interface ObjectResult {
  readonly entries: Entry[]
  readonly fingerprints: Fingerprint[]
}

function readObject(src: YamlSource): ObjectResult {
  const root = src.doc.contents
  const kind = stringAt(src, field(src, root, 'kind')?.value)
  if (kind === undefined) return { entries: [], fingerprints: [] }
  const name = stringAt(src, field(src, field(src, root, 'metadata')?.value, 'name')?.value) ?? ''
  const object = `${kind}/${name}`
  if (kind === 'ConfigMap' || kind === 'Secret') {
    const block = kind === 'ConfigMap' ? 'data' : 'stringData'
    const scope = scopeId(src.path, object)
    const entries = mapEntries(src, field(src, root, block)?.value, (f) => ({ kind: 'kubernetes', scope, path: [object, block, f.key] }))
    return { entries, fingerprints: [] }
  }
  const podSpec = POD_SPEC_ROUTES.map((route) => route.reduce<unknown>((node, key) => field(src, node, key)?.value, root)).find(
    (spec) => CONTAINER_LISTS.some((list) => field(src, spec, list) !== undefined)
  )
  const containers = CONTAINER_LISTS.flatMap((list) => items(src, field(src, podSpec, list)?.value))
  const results = containers.map((container, i) => readContainer(src, object, container, i))
  return { entries: results.flatMap((r) => r.entries), fingerprints: results.flatMap((r) => r.fingerprints) }
}

function readContainer(src: YamlSource, object: string, container: unknown, index: number): ObjectResult {
  const name = stringAt(src, field(src, container, 'name')?.value) ?? String(index)
  const scope = scopeId(src.path, `${object}/${name}`)
  const image = dockerImageFingerprint(stringAt(src, field(src, container, 'image')?.value), src.path, scope)
  return {
    entries: envListEntries(src, field(src, container, 'env')?.value, 'kubernetes', scope, [object, name, 'env']),
    fingerprints: image ? [image] : []
  }
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
