import { z } from 'zod'
import type { AuthScheme, NonApiRole } from '../providers/types.js'
import type { ConfigVocabulary, RuleSetting } from './types.js'
import { unboundedPatternReason } from './pattern.js'
import { parseSize } from './size.js'

/**
 * The most `maxFileSize` may be. Files read from disk are streamed past a chunk, but a staged file (`--staged`)
 * comes from git whole, and V8 caps a string near 512 Mi characters.
 */
export const MAX_FILE_SIZE_LIMIT = 256 * 1024 * 1024

/** The members of a string union, from a record over it: the compiler fails when a member is missing. */
const membersOf = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[]

const RULE_SETTINGS = membersOf<RuleSetting>({ error: true, warning: true, note: true, off: true })
const AUTH_SCHEMES = membersOf<AuthScheme>({ bearer: true, 'x-api-key': true, 'api-key': true, 'x-goog-api-key': true, none: true })
const NON_API_ROLES = membersOf<NonApiRole>({ marketing: true, dashboard: true, docs: true, 'chat-app': true })

const oneOf = (values: readonly string[]): string => values.join(', ')

/** A strict object whose unknown-field message lists the fields it does allow. */
function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field; allowed: ${oneOf(Object.keys(shape))}`
        : issue.code === 'invalid_type'
          ? `expected a mapping with the fields ${oneOf(Object.keys(shape))}`
          : undefined
  })
}

const list = <T extends z.ZodType>(item: T, what: string) => z.array(item, { error: `expected a list of ${what}` })

const host = z
  .string({ error: 'expected a host name' })
  // Both cases spelled out rather than the `i` flag, which the JSON Schema (`pattern`) cannot carry.
  .regex(/^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, {
    error: 'expected a host name without scheme, port or path, such as llm.example.com (`*.` in front matches subdomains)'
  })
  .transform((value) => value.toLowerCase())

const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'expected an http(s) URL such as https://llm.example.com/v1'
})

/**
 * A RegExp source that compiles, cannot match the empty string (which would match everywhere), and cannot
 * backtrack without bound on hostile text (see pattern.ts).
 */
const keyPattern = z.string({ error: 'expected a regular expression source' }).superRefine((source, ctx) => {
  try {
    if (new RegExp(`^(?:${source})$`).test('')) ctx.addIssue({ code: 'custom', message: 'must not match an empty string' })
    const unbounded = unboundedPatternReason(source)
    if (unbounded !== undefined) ctx.addIssue({ code: 'custom', message: unbounded })
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression (${(error as Error).message})` })
  }
})

const keyFormat = fields({
  id: z.string().min(1).optional(),
  pattern: keyPattern,
  confidence: z.enum(['unique', 'shared'], { error: 'expected unique or shared' }).optional(),
  inference: z.boolean().optional()
})

const provider = fields({
  id: z.string({ error: 'expected an id' }).regex(/^[a-z0-9][a-z0-9-]*$/, {
    error: 'expected a lower-case id of letters, digits and dashes, such as my-gateway'
  }),
  name: z.string({ error: 'expected a display name' }).min(1, { error: 'expected a display name' }),
  apiRoot: httpUrl,
  /** Roots of the other API families the gateway serves: `anthropic: https://gw.example.com/anthropic`. */
  apis: fields({ anthropic: httpUrl.optional(), gemini: httpUrl.optional(), ollama: httpUrl.optional() }).optional(),
  apiHosts: list(host, 'host names').optional(),
  nonApiHosts: list(
    fields({ host, role: z.enum(NON_API_ROLES, { error: `expected one of ${oneOf(NON_API_ROLES)}` }) }),
    'hosts with a role'
  ).optional(),
  keyFormats: list(keyFormat, 'key formats').optional(),
  auth: z.enum(AUTH_SCHEMES, { error: `expected one of ${oneOf(AUTH_SCHEMES)}` }).optional(),
  modelsPath: z.string().startsWith('/', { error: 'expected a path starting with /, or null' }).nullable().optional(),
  requestIdHeaders: list(z.string(), 'header names').optional(),
  gateway: z.boolean().optional(),
  local: z.boolean().optional(),
  sources: list(z.string(), 'links').optional()
})

const fileSize = z
  .union([z.number(), z.string()], { error: 'expected a number of bytes or a size such as 5MiB' })
  .transform((value, ctx) => {
    const bytes = typeof value === 'number' ? value : parseSize(value)
    if (bytes !== undefined && Number.isInteger(bytes) && bytes > 0 && bytes <= MAX_FILE_SIZE_LIMIT) return bytes
    ctx.addIssue({
      code: 'custom',
      message: 'expected a whole number of bytes or a size such as 5MiB, 500KB, 2M, between 1 byte and 256MiB'
    })
    return z.NEVER
  })

/**
 * The schema of `.llm-env-lint.yml`. Rule ids and client ids are given by the caller, so this layer
 * does not depend on the rules or the client profiles. Every field may be left empty (`rules:` with
 * nothing after it), which YAML reads as null and which counts as absent.
 */
export function createConfigSchema({ knownRuleIds, knownClients }: ConfigVocabulary) {
  const ruleSettings = z
    .record(z.string(), z.enum(RULE_SETTINGS, { error: `expected one of ${oneOf(RULE_SETTINGS)}` }), {
      error: 'expected a mapping of rule id to severity'
    })
    .superRefine((rules, ctx) => {
      for (const id of Object.keys(rules).filter((id) => !knownRuleIds.includes(id))) {
        ctx.addIssue({ code: 'custom', path: [id], message: `unknown rule id; known: ${oneOf(knownRuleIds)}`, params: { at: 'key' } })
      }
    })
  return fields({
    client: z
      .string({ error: `expected one of ${oneOf(knownClients)}` })
      .refine((id) => knownClients.includes(id), { error: `unknown client; expected one of ${oneOf(knownClients)}` })
      .nullish(),
    rules: ruleSettings.nullish(),
    ignore: list(z.string().min(1, { error: 'expected a non-empty pattern' }), 'gitignore-style patterns').nullish(),
    maxFileSize: fileSize.nullish(),
    providers: list(provider, 'providers')
      .superRefine((providers, ctx) => {
        const seen = new Set<string>()
        providers.forEach(({ id }, index) => {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate provider id ${id}` })
          seen.add(id)
        })
      })
      .nullish()
  })
}

/** What the schema yields: defaults not yet filled in. */
export type ConfigInput = z.output<ReturnType<typeof createConfigSchema>>
/** One provider as written in the config file. */
export type ProviderInput = NonNullable<ConfigInput['providers']>[number]
