/**
 * A fixed report for the summary, comment and SARIF tests: a NextChat fork with a dotenv file, a compose
 * service, a long `.env.production`, clean workflow and vercel scopes, findings without a scope, and a
 * suppressed one. Findings are built from the real rules' metadata (ids, message ids, templates, tips), so
 * the golden outputs link only to pages and sections that exist. Keys are fake (helpers/keys.ts) and appear
 * only masked, as the core hands them over.
 */
import { expect } from '@jest/globals'
import { fingerprint } from '../../src/core/fingerprint.js'
import { maskSecret } from '../../src/core/redact.js'
import type { Finding, Severity, Span } from '../../src/core/types.js'
import { fillTemplate, withTip } from '../../src/core/message.js'
import { ALL_RULE_METAS } from '../../src/probes/rules.js'
import type { ReportContext } from '../../src/reporters/types.js'
import type { RuleMeta } from '../../src/rules/types.js'
import { fakeKeys } from '../helpers/keys.js'

/** The raw keys behind the masked forms: they must never appear in any output. */
export const rawKeys = [fakeKeys.openaiProject('report'), fakeKeys.anthropic('report')]
const [openaiKey, anthropicKey] = rawKeys as [string, string]

/** File texts at the PR head, for the corrected lines (suggestions) and the spans below. */
export const fileTexts: Readonly<Record<string, string>> = {
  '.env': [`OPENAI_API_KEY=${openaiKey}`, 'BASE_URL=https://api.rutaapi.com/v1', 'DEFAULT_MODEL=gpt-4o'].join('\n'),
  'docker-compose.yml': [
    'services:',
    '  chatgpt-next-web:',
    '    image: yidadaa/chatgpt-next-web',
    '    ports:',
    '      - "3000:3000"',
    '    environment:',
    '      OPENAI_API_KEY: ${OPENAI_API_KEY}',
    '      OPENAI_BASE_URL: https://app.rutaapi.com'
  ].join('\n'),
  '.env.production': [
    `ANTHROPIC_API_KEY=${anthropicKey}`,
    'CODE=',
    ...Array.from({ length: 7 }, (_, i) => `MODEL_${i + 1}=gpt-5-turbo-${i + 1}`)
  ].join('\n')
}

/** The span of the first `text` on a 1-based line of a fixture file (end exclusive). */
export function spanOf(file: string, line: number, text: string): Span {
  const lineText = fileTexts[file]!.split('\n')[line - 1]!
  const column = lineText.indexOf(text) + 1
  if (column === 0) throw new Error(`${text} not on ${file}:${line}`)
  return { start: { line, column }, end: { line, column: column + text.length } }
}

/** Every rule a report can name, as the real reports carry them. */
export const rules: readonly RuleMeta[] = ALL_RULE_METAS

/** What a finding of the fixture says: a real rule, one of its message ids, and the data its templates take. */
interface FindingInput {
  readonly ruleId: string
  readonly messageId: string
  readonly data: Readonly<Record<string, string>>
  readonly severity?: Severity
  readonly file: string
  readonly span: Span
  readonly where: string
  readonly fix?: string
  readonly scope?: string
  readonly suppressed?: Finding['suppressed']
}

/**
 * A finding as the core would hand it over for a report of `ruleId` with `messageId`: message and tip filled in from
 * the rule's metadata, so a renamed rule or message, or a placeholder left unfilled, fails here instead of linking a
 * reporter's golden output to a page or section that does not exist.
 */
export function realFinding(input: FindingInput): Finding {
  const { where, data, ...rest } = input
  const meta = ALL_RULE_METAS.find(rule => rule.id === input.ruleId)
  const template = meta?.messages[input.messageId]
  if (meta === undefined || template === undefined) throw new Error(`no message ${input.ruleId}/${input.messageId}`)
  const message = fillTemplate(template, data)
  const tipTemplate = meta.tips?.[input.messageId]
  const tip = tipTemplate === undefined ? undefined : fillTemplate(tipTemplate, data)
  if (/\{\{/.test(message + (tip ?? ''))) throw new Error(`unfilled placeholder in ${input.ruleId}/${input.messageId}`)
  const { start, end } = input.span
  // The engine's corrected line: only for lines that hold no key, and never for a security rule's finding.
  const line = lineText(input.file, start.line)
  const fixable = input.fix !== undefined && line !== undefined && !meta.security
  return {
    ...rest,
    severity: input.severity ?? meta.severity,
    message,
    ...(tip !== undefined && { tip }),
    // The fixture's values are written bare, so each fix replaces exactly its span.
    ...(input.fix !== undefined && { edit: { range: input.span, replacement: input.fix } }),
    ...(fixable && { fixedLine: line.slice(0, start.column - 1) + input.fix + line.slice(end.column - 1) }),
    origin: 'tree',
    fingerprint: fingerprint({ ruleId: input.ruleId, messageId: input.messageId, file: input.file, where, what: input.fix ?? withTip(message, tip), occurrence: 0 })
  }
}

const ENV = '.env'
const COMPOSE = 'docker-compose.yml'
const PROD = '.env.production'
const COMPOSE_SCOPE = `${COMPOSE}#services.chatgpt-next-web`
const NEXTCHAT = 'NextChat (ChatGPT Next Web)'

export const findings: readonly Finding[] = [
  realFinding({
    ruleId: 'leaked-key',
    messageId: 'providerKey',
    data: { provider: 'OpenAI', masked: maskSecret(openaiKey), state: 'committed', fileKind: 'the .env file' },
    file: ENV,
    span: spanOf(ENV, 1, openaiKey),
    where: 'OPENAI_API_KEY',
    scope: ENV
  }),
  realFinding({
    ruleId: 'base-url-path',
    messageId: 'doubledVersion',
    data: { name: 'BASE_URL', fileKind: 'the .env file', version: 'v1', client: NEXTCHAT, url: 'https://api.rutaapi.com/v1/v1/chat/completions', fix: 'https://api.rutaapi.com' },
    file: ENV,
    span: spanOf(ENV, 2, 'https://api.rutaapi.com/v1'),
    where: 'BASE_URL',
    fix: 'https://api.rutaapi.com',
    scope: ENV
  }),
  realFinding({
    ruleId: 'env-name-unused',
    messageId: 'renamed',
    data: { name: 'OPENAI_BASE_URL', fileKind: 'the compose file', client: NEXTCHAT, reason: 'NextChat reads BASE_URL (host root, without /v1)', replacement: 'BASE_URL' },
    file: COMPOSE,
    span: spanOf(COMPOSE, 8, 'OPENAI_BASE_URL'),
    where: 'services.chatgpt-next-web.environment.OPENAI_BASE_URL',
    fix: 'BASE_URL',
    scope: COMPOSE_SCOPE
  }),
  realFinding({
    ruleId: 'base-url-not-api',
    messageId: 'notApi',
    data: { name: 'OPENAI_BASE_URL', fileKind: 'the compose file', host: 'app.rutaapi.com', provider: 'RutaAPI', role: 'dashboard', fix: 'https://api.rutaapi.com' },
    severity: 'warning',
    file: COMPOSE,
    span: spanOf(COMPOSE, 8, 'https://app.rutaapi.com'),
    where: 'services.chatgpt-next-web.environment.OPENAI_BASE_URL',
    fix: 'https://api.rutaapi.com',
    scope: COMPOSE_SCOPE
  }),
  realFinding({
    ruleId: 'open-relay',
    messageId: 'emptyCode',
    data: { name: 'ANTHROPIC_API_KEY', fileKind: 'the .env file' },
    file: PROD,
    span: { start: { line: 2, column: 1 }, end: { line: 2, column: 5 } },
    where: 'CODE',
    scope: PROD
  }),
  ...Array.from({ length: 7 }, (_, i) =>
    realFinding({
      ruleId: 'env-name-unused',
      messageId: 'unread',
      data: { name: `MODEL_${i + 1}`, fileKind: 'the .env file', client: NEXTCHAT, reason: 'it sets "gpt-5-turbo-' + (i + 1) + '", but NextChat reads models from DEFAULT_MODEL and CUSTOM_MODELS' },
      severity: 'note',
      file: PROD,
      span: spanOf(PROD, i + 3, `gpt-5-turbo-${i + 1}`),
      where: `MODEL_${i + 1}`,
      scope: PROD
    })
  ),
  realFinding({
    ruleId: 'workflow-secret-exposure',
    messageId: 'checksOutPrCode',
    data: { job: 'preview', secrets: 'secrets.OPENAI_API_KEY' },
    file: '.github/workflows/preview.yml',
    span: { start: { line: 14, column: 9 }, end: { line: 14, column: 56 } },
    where: 'jobs.preview'
  }),
  realFinding({
    ruleId: 'parse-error',
    messageId: 'unparsable',
    data: { fileKind: 'a YAML file', problem: 'bad indentation of a mapping entry' },
    severity: 'note',
    file: 'config/litellm config.yaml',
    span: { start: { line: 4, column: 3 }, end: { line: 4, column: 3 } },
    where: '4:3'
  }),
  realFinding({
    ruleId: 'leaked-key',
    messageId: 'providerKey',
    data: { provider: 'Anthropic', masked: maskSecret(anthropicKey), state: 'committed', fileKind: 'the .env file' },
    file: '.env.example',
    span: { start: { line: 1, column: 19 }, end: { line: 1, column: 19 + anthropicKey.length } },
    where: 'ANTHROPIC_API_KEY',
    suppressed: { by: 'inline', reason: 'revoked key kept as an example' }
  })
]

/** The report as the core builds it: findings sorted by file, line, column. */
export function reportContext(overrides: Partial<ReportContext> = {}): ReportContext {
  const sorted = [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column
  )
  return {
    findings: sorted,
    rules,
    scopes: [
      {
        id: ENV,
        file: ENV,
        label: ENV,
        client: 'NextChat',
        clientBasis: 'manifest',
        clientEvidence: 'package-name nextchat in package.json',
        clientConfidence: 'known',
        rows: [
          {
            keyName: 'OPENAI_API_KEY',
            keyMasked: maskSecret(openaiKey),
            keyProvider: 'OpenAI',
            baseUrlName: 'BASE_URL',
            baseUrl: 'https://api.rutaapi.com/v1',
            model: 'gpt-4o',
            effectiveUrl: 'https://api.rutaapi.com/v1/v1/chat/completions'
          }
        ]
      },
      {
        id: COMPOSE_SCOPE,
        file: COMPOSE,
        label: 'service chatgpt-next-web',
        client: 'NextChat',
        clientBasis: 'image',
        clientEvidence: 'docker-image yidadaa/chatgpt-next-web in docker-compose.yml',
        clientConfidence: 'known',
        rows: [{ keyName: 'OPENAI_API_KEY', keyMasked: '${OPENAI_API_KEY}', baseUrl: 'https://api.openai.com', effectiveUrl: 'https://api.openai.com/v1/chat/completions' }]
      },
      {
        id: PROD,
        file: PROD,
        label: PROD,
        client: 'NextChat',
        clientBasis: 'manifest',
        clientEvidence: 'package-name nextchat in package.json',
        clientConfidence: 'known',
        rows: [{ keyName: 'ANTHROPIC_API_KEY', keyMasked: maskSecret(anthropicKey), keyProvider: 'Anthropic', baseUrlName: 'ANTHROPIC_URL', baseUrl: 'https://api.anthropic.com', effectiveUrl: 'https://api.anthropic.com/v1/messages' }]
      },
      {
        id: '.github/workflows/deploy.yml#jobs.deploy',
        file: '.github/workflows/deploy.yml',
        label: 'job deploy',
        client: 'OpenAI SDK',
        clientBasis: 'default',
        clientConfidence: 'guessed',
        rows: [{ keyName: 'OPENAI_API_KEY', keyMasked: '${{ secrets.OPENAI_API_KEY }}', baseUrlName: 'OPENAI_BASE_URL', baseUrl: 'https://api.rutaapi.com/v1', model: 'gpt-4o|mini', effectiveUrl: 'https://api.rutaapi.com/v1/chat/completions' }]
      },
      { id: 'vercel.json', file: 'vercel.json', label: 'vercel.json', client: 'NextChat', clientBasis: 'manifest', clientConfidence: 'known', rows: [] }
    ],
    tool: {
      name: 'llm-env-lint',
      version: '0.0.0-test',
      docsBaseUrl: 'https://github.com/llm-env-lint/llm-env-lint/blob/main/docs/rules',
      informationUri: 'https://github.com/llm-env-lint/llm-env-lint'
    },
    stats: { files: 9, entries: 31 },
    failOn: 'error',
    ...overrides
  }
}

/** A line's text, or undefined for lines holding a key (the scanner's hits): the engine carries no corrected line there. */
function lineText(file: string, line: number): string | undefined {
  const text = fileTexts[file]?.split('\n')[line - 1]
  return text === undefined || rawKeys.some(key => text.includes(key)) ? undefined : text
}

/** Fails when any key, or any 12 characters of its hidden part, shows up in `output`. */
export function expectNoSecrets(output: string, keys: readonly string[] = rawKeys): void {
  for (const key of keys) {
    // The masked form shows the format prefix (`sk-ant-api03-`); every window reaching past it must stay hidden.
    const shownPrefix = maskSecret(key).split('…')[0]!.length
    const windows = Array.from({ length: key.length - 11 }, (_, i) => key.slice(i, i + 12)).filter((_, i) => i + 12 > shownPrefix)
    // Count the leaks rather than compare strings, so a failure never prints the key.
    expect(windows.filter(window => output.includes(window)).length).toBe(0)
  }
}
