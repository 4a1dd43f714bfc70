/** Parsing and validating a config file (found and read by find.ts). */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml'
import type { z } from 'zod'
import { scrubSecrets, secretLikeTokens } from '../core/redact.js'
import { createCatalog } from '../providers/catalog.js'
import type { Provider } from '../providers/types.js'
import { ConfigError, formatFieldPath, type ConfigIssue } from './errors.js'
import { createConfigSchema, type ConfigInput, type ProviderInput } from './schema.js'
import { defaultConfig, type Config, type ConfigVocabulary } from './types.js'

/**
 * Validates the text of a config file and fills in the defaults. Pure: `file` is only used in
 * messages and as the source of the providers it defines. Throws ConfigError naming every problem.
 */
export function parseConfig(text: string, { file, ...vocabulary }: ConfigVocabulary & { readonly file: string }): Config {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false })
  const yamlError = document.errors[0]
  if (yamlError !== undefined) {
    const position = lineCounter.linePos(yamlError.pos[0])
    throw configError(file, [{ field: '', message: `invalid YAML: ${yamlError.message}`, line: position.line, column: position.col }])
  }
  const result = createConfigSchema(vocabulary).safeParse(toData(document, file) ?? {})
  if (!result.success) throw configError(file, result.error.issues.flatMap((issue) => toConfigIssues(issue, document, lineCounter)))
  return toConfig(result.data, file)
}

/** The document as data; the `yaml` package refuses aliases that expand too far ("billion laughs"): a config error. */
function toData(document: Document, file: string): unknown {
  try {
    return document.toJS()
  } catch (error) {
    throw configError(file, [{ field: '', message: `invalid YAML: ${(error as Error).message}` }])
  }
}

/**
 * The error, with anything key-like masked: parser messages and field names quote the file, and a key
 * pasted into the config must not reach the log or the step's failure message.
 */
function configError(file: string, issues: readonly ConfigIssue[]): ConfigError {
  const catalog = createCatalog()
  const mask = (text: string): string => scrubSecrets(text, secretLikeTokens(text, catalog))
  return new ConfigError(file, issues.map((issue) => ({ ...issue, field: mask(issue.field), message: mask(issue.message) })))
}

function toConfig(input: ConfigInput, file: string): Config {
  return {
    ...(input.client == null ? {} : { client: input.client }),
    rules: input.rules ?? defaultConfig.rules,
    ignore: input.ignore ?? defaultConfig.ignore,
    maxFileSize: input.maxFileSize ?? defaultConfig.maxFileSize,
    providers: (input.providers ?? []).map((provider) => toProvider(provider, file)),
    file
  }
}

/**
 * A provider in registry shape. Defaults: the API host is the host of `apiRoot`; a gateway that
 * authenticates with a bearer token and lists models at `/models`; key formats are `unique` (a
 * gateway's own prefix names it) and take the provider's id; the config file is the source.
 */
function toProvider(input: ProviderInput, file: string): Provider {
  const keyFormats = input.keyFormats ?? []
  return {
    id: input.id,
    name: input.name,
    apiHosts: input.apiHosts ?? [new URL(input.apiRoot).hostname],
    apiRoot: input.apiRoot,
    ...(input.apis === undefined ? {} : { apis: withoutUnset(input.apis) }),
    nonApiHosts: input.nonApiHosts ?? [],
    keyFormats: keyFormats.map((format, i) => ({
      id: format.id ?? (keyFormats.length === 1 ? input.id : `${input.id}-${i + 1}`),
      pattern: format.pattern,
      confidence: format.confidence ?? 'unique',
      ...(format.inference === undefined ? {} : { inference: format.inference })
    })),
    auth: input.auth ?? 'bearer',
    modelsPath: input.modelsPath === undefined ? '/models' : input.modelsPath,
    requestIdHeaders: input.requestIdHeaders ?? [],
    gateway: input.gateway ?? true,
    ...(input.local === undefined ? {} : { local: input.local }),
    sources: input.sources ?? [file]
  }
}

/** Zod issues as config issues with field paths and positions; unknown fields get one issue each. */
function toConfigIssues(issue: z.core.$ZodIssue, document: Document, lineCounter: LineCounter): ConfigIssue[] {
  const located = (path: readonly PropertyKey[], atKey: boolean): ConfigIssue => {
    const offset = nodeOffset(document, path, atKey)
    const position = offset === undefined ? undefined : lineCounter.linePos(offset)
    return { field: formatFieldPath(path), message: issue.message, line: position?.line, column: position?.col }
  }
  if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => located([...issue.path, key], true))
  const atKey = issue.code === 'custom' && issue.params?.['at'] === 'key'
  return [located(issue.path, atKey)]
}

/**
 * Where the node at `path` starts in the file: its key when `atKey`, else its value. A path that
 * leads nowhere (a required field left out) points at the deepest node that exists.
 */
function nodeOffset(document: Document, path: readonly PropertyKey[], atKey: boolean): number | undefined {
  let node: unknown = document.contents
  let key: unknown
  for (const segment of path) {
    const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === segment) : undefined
    const next = pair ? pair.value : isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined
    if (next === undefined && pair === undefined) break
    key = pair?.key
    node = next
  }
  const target = atKey && key !== undefined ? key : (node ?? key)
  return rangeStart(target)
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null | undefined)?.range
  return range?.[0]
}

function withoutUnset<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
