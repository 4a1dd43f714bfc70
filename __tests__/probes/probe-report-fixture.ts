/**
 * Live probe summaries for the summary and comment tests, as `probeSummaries` hands them over: a gateway token that
 * was rejected (with its support block), a key that works, and a base URL the key was not sent to. Keys are fake
 * and appear only masked; one provider message is hostile, to prove the escaping.
 */
import { maskSecret } from '../../src/core/redact.js'
import type { ProbeSummary } from '../../src/probes/types.js'
import { fakeKeys } from '../helpers/keys.js'

/** The raw keys behind the masked forms: they must never appear in any output. */
export const probeKeys = [fakeKeys.gateway('probe-report'), fakeKeys.openaiProject('probe-report'), fakeKeys.anthropic('probe-report')]
const [gatewayKey, openaiKey, anthropicKey] = probeKeys as [string, string, string]

export const probes: readonly ProbeSummary[] = [
  {
    name: 'OPENAI_API_KEY',
    file: 'docker-compose.yml',
    scope: 'service chatgpt-next-web',
    key: maskSecret(openaiKey),
    baseUrl: 'https://api.openai.com/',
    outcome: 'verified',
    checks: [
      { rule: 'probe-key', outcome: 'verified', explanation: 'api.openai.com accepted the key and refused the made-up model, as it should', nextStep: 'nothing to do' },
      { rule: 'probe-route', outcome: 'verified', explanation: 'api.openai.com accepted the key and refused the made-up model, as it should', nextStep: 'nothing to do' },
      { rule: 'probe-model', outcome: 'verified', model: 'gpt-4o-mini', explanation: 'api.openai.com lists gpt-4o-mini for this key', nextStep: 'nothing to do' }
    ]
  },
  {
    name: 'OPENAI_API_KEY',
    file: '.env',
    scope: '.env',
    key: maskSecret(gatewayKey),
    baseUrl: 'https://api.rutaapi.com/v1',
    outcome: 'rejected',
    checks: [
      {
        rule: 'probe-key',
        outcome: 'rejected',
        explanation: `the gateway rejected the token ${maskSecret(gatewayKey)} (HTTP 401, 无效的令牌 <img src=x> @octocat): it is unknown, disabled, expired or out of quota`,
        nextStep: "check the token in the gateway's dashboard (new-api gives the same answer in all four cases) and that it was issued by this gateway",
        support: {
          time: '2026-08-30T12:00:00.123Z',
          request: 'GET https://api.rutaapi.com/v1/v1/models',
          baseUrl: 'https://api.rutaapi.com/v1',
          status: 401,
          errorCode: 'one_api_error',
          requestIds: [{ name: 'x-oneapi-request-id', value: '20260830120000123456789' }],
          key: maskSecret(gatewayKey)
        }
      }
    ]
  },
  {
    name: 'ANTHROPIC_API_KEY',
    file: '.env.production',
    scope: '.env.production',
    key: maskSecret(anthropicKey),
    baseUrl: 'https://llm.internal.example.com',
    outcome: 'indeterminate',
    checks: [
      {
        rule: 'probe-route',
        outcome: 'indeterminate',
        explanation:
          'the key was not sent to llm.internal.example.com: the host is neither an API host of the provider registry nor listed in probe-hosts, and a pull request could point the base URL at a server of its choosing',
        nextStep: 'if you trust llm.internal.example.com with the key, add it to probe-hosts'
      }
    ]
  }
]
