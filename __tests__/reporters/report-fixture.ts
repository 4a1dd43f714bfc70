/**
 * A fixed report for the summary, comment and SARIF tests: a NextChat fork with a dotenv file, a compose
 * service, a long `.env.production`, clean workflow and vercel scopes, findings without a scope, and a
 * suppressed one. Keys are fake (helpers/keys.ts) and appear only masked, as the core hands them over.
 */
import { expect } from '@jest/globals'
import { fingerprint } from '../../src/core/fingerprint.js'
import { maskSecret } from '../../src/core/redact.js'
import type { Finding, Severity, Span } from '../../src/core/types.js'
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

export const rules: readonly RuleMeta[] = [
  { id: 'leaked-key', description: 'A provider API key is committed to the repository', severity: 'error', security: true, messages: { committed: '' } },
  { id: 'base-url-version', description: 'The base URL carries a version path the client adds again, or lacks one it needs', severity: 'error', messages: { doubled: '' } },
  { id: 'base-url-not-api-host', description: 'The base URL points at a website or dashboard instead of the API host', severity: 'warning', messages: { dashboard: '' } },
  { id: 'env-name-unused', description: 'A variable the detected client never reads', severity: 'warning', messages: { unused: '' } },
  { id: 'access-code-empty', description: 'NextChat runs without an access code, so anyone can spend its key', severity: 'warning', security: true, messages: { empty: '' } },
  { id: 'model-unknown', description: 'The model is not offered by the provider the base URL points at', severity: 'note', messages: { unknown: '' } },
  { id: 'workflow-secret-exposure', description: 'A pull_request_target job hands secrets to code from the pull request', severity: 'error', security: true, messages: { exposed: '' } },
  { id: 'parse-error', description: 'A file could not be read', severity: 'note', messages: { syntax: '' } }
]

interface FindingInput {
  readonly ruleId: string
  readonly severity: Severity
  readonly message: string
  readonly file: string
  readonly span: Span
  readonly where: string
  readonly fix?: string
  readonly scope?: string
  readonly suppressed?: Finding['suppressed']
}

function finding(input: FindingInput): Finding {
  const { where, ...rest } = input
  const { start, end } = input.span
  // The engine's corrected line: only for lines that hold no key, and never for a security rule's finding.
  const line = lineText(input.file, start.line)
  const fixable = input.fix !== undefined && line !== undefined && !rules.find(rule => rule.id === input.ruleId)?.security
  return {
    ...rest,
    // The fixture's values are written bare, so each fix replaces exactly its span.
    ...(input.fix !== undefined && { edit: { range: input.span, replacement: input.fix } }),
    ...(fixable && { fixedLine: line.slice(0, start.column - 1) + input.fix + line.slice(end.column - 1) }),
    origin: 'tree',
    messageId: 'm',
    fingerprint: fingerprint({ ruleId: input.ruleId, messageId: 'm', file: input.file, where, what: input.fix ?? input.message, occurrence: 0 })
  }
}

const ENV = '.env'
const COMPOSE = 'docker-compose.yml'
const PROD = '.env.production'
const COMPOSE_SCOPE = `${COMPOSE}#services.chatgpt-next-web`

export const findings: readonly Finding[] = [
  finding({
    ruleId: 'leaked-key',
    severity: 'error',
    message: `OPENAI_API_KEY holds an OpenAI project key ("${maskSecret(openaiKey)}") committed in a dotenv file`,
    file: ENV,
    span: spanOf(ENV, 1, openaiKey),
    where: 'OPENAI_API_KEY',
    scope: ENV
  }),
  finding({
    ruleId: 'base-url-version',
    severity: 'error',
    message: 'BASE_URL "https://api.rutaapi.com/v1" ends in /v1, but NextChat adds /v1 itself: requests go to "https://api.rutaapi.com/v1/v1/chat/completions"',
    file: ENV,
    span: spanOf(ENV, 2, 'https://api.rutaapi.com/v1'),
    where: 'BASE_URL',
    fix: 'https://api.rutaapi.com',
    scope: ENV
  }),
  finding({
    ruleId: 'env-name-unused',
    severity: 'warning',
    message: 'NextChat does not read OPENAI_BASE_URL; it reads BASE_URL',
    file: COMPOSE,
    span: spanOf(COMPOSE, 8, 'OPENAI_BASE_URL'),
    where: 'services.chatgpt-next-web.environment.OPENAI_BASE_URL',
    fix: 'BASE_URL',
    scope: COMPOSE_SCOPE
  }),
  finding({
    ruleId: 'base-url-not-api-host',
    severity: 'warning',
    message: 'OPENAI_BASE_URL "https://app.rutaapi.com" is the RutaAPI dashboard, not its API host "https://api.rutaapi.com"',
    file: COMPOSE,
    span: spanOf(COMPOSE, 8, 'https://app.rutaapi.com'),
    where: 'services.chatgpt-next-web.environment.OPENAI_BASE_URL',
    fix: 'https://api.rutaapi.com',
    scope: COMPOSE_SCOPE
  }),
  finding({
    ruleId: 'access-code-empty',
    severity: 'warning',
    message: 'CODE is empty: anyone who finds the deployment can use its key',
    file: PROD,
    span: { start: { line: 2, column: 1 }, end: { line: 2, column: 5 } },
    where: 'CODE',
    scope: PROD
  }),
  ...Array.from({ length: 7 }, (_, i) =>
    finding({
      ruleId: 'model-unknown',
      severity: 'note',
      message: `model "gpt-5-turbo-${i + 1}" is not offered by Anthropic, where ANTHROPIC_API_KEY belongs`,
      file: PROD,
      span: spanOf(PROD, i + 3, `gpt-5-turbo-${i + 1}`),
      where: `MODEL_${i + 1}`,
      scope: PROD
    })
  ),
  finding({
    ruleId: 'workflow-secret-exposure',
    severity: 'error',
    message: 'job "preview" runs on pull_request_target, checks out the pull request head and passes secrets.OPENAI_API_KEY to it',
    file: '.github/workflows/preview.yml',
    span: { start: { line: 14, column: 9 }, end: { line: 14, column: 56 } },
    where: 'jobs.preview'
  }),
  finding({
    ruleId: 'parse-error',
    severity: 'note',
    message: 'bad indentation of a mapping entry',
    file: 'config/litellm config.yaml',
    span: { start: { line: 4, column: 3 }, end: { line: 4, column: 3 } },
    where: '4:3'
  }),
  finding({
    ruleId: 'leaked-key',
    severity: 'error',
    message: `ANTHROPIC_API_KEY holds an Anthropic key ("${maskSecret(anthropicKey)}") committed in a dotenv file`,
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
