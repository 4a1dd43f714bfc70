import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { publishedSamples } from '../helpers/keys.js'
import { runRule, testRule } from '../helpers/rule-tester.js'
import { CASES_DIR } from '../real-world/eval.js'
import { rule } from '../../src/rules/published-default-secret.js'

const dify = publishedSamples.difySecretKey()
const credsKey = publishedSamples.libreChatCredsKey()
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

testRule(rule, {
  valid: [
    { name: 'a secret of its own', files: { '.env': 'SECRET_KEY=Zq8vN2mLx4Rt7Wk1Yp3Hs6Jd9Fg0Bc5Ae2Uo\n' } },
    { name: 'the sample in the example file that publishes it', files: { 'docker/.env.example': `SECRET_KEY=${dify}\n` } },
    { name: 'the sample in a template copy', files: { '.env.template': `CREDS_KEY=${credsKey}\n` } },
    { name: 'a commented-out sample', files: { '.env': `# SECRET_KEY=${dify}\n` } },
    { name: 'a value of the same length that differs', files: { '.env': `CREDS_KEY=${credsKey.slice(0, -1)}1\n` } },
    { name: 'a reference without a default', files: { 'docker-compose.yml': 'services:\n  api:\n    environment:\n      SECRET_KEY: ${SECRET_KEY}\n' } }
  ],
  invalid: [
    {
      // danny-avila/LibreChat@ff69fdaf k8s-local/02-secrets.yaml (real-world case k8s-r2-librechat-secret-data-published-defaults).
      name: "LibreChat's samples in a Kubernetes Secret's base64 data, which Kubernetes decodes before the container reads it",
      files: {
        'k8s/secrets.yaml': [
          'apiVersion: v1',
          'kind: Secret',
          'metadata: {name: librechat-secrets}',
          'data:',
          `  CREDS_KEY: ${b64(credsKey)}`,
          `  CREDS_IV: "${b64(publishedSamples.libreChatCredsIv())}"`,
          `  JWT_SECRET: ${b64(`${publishedSamples.libreChatJwtSecret()}x`)}`,
          ''
        ].join('\n')
      },
      errors: [
        { messageId: 'publishedDefault', line: 5, column: 14, endColumn: 14 + b64(credsKey).length, data: { name: 'CREDS_KEY', published: 'CREDS_KEY', masked: `…${credsKey.slice(-4)}`, fileKind: 'the Kubernetes manifest' } },
        { messageId: 'publishedDefault', line: 6, column: 13, data: { published: 'CREDS_IV' } }
      ]
    },
    {
      // lobehub/lobe-chat docker-compose/local/docker-compose.yml and setup.sh ship these two.
      name: "LobeChat's local stack: its NextAuth secret and its Casdoor client secret",
      files: {
        'docker-compose.yml': `services:\n  lobe:\n    environment:\n      - 'NEXT_AUTH_SECRET=${publishedSamples.lobeChatNextAuthSecret()}'\n`,
        '.env': `AUTH_CASDOOR_SECRET=${publishedSamples.lobeChatCasdoorSecret()}\n`
      },
      errors: [
        { messageId: 'publishedDefault', file: '.env', data: { project: 'LobeChat', published: 'AUTH_CASDOOR_SECRET', generate: 'openssl rand -hex 32' } },
        { messageId: 'publishedDefault', file: 'docker-compose.yml', data: { project: 'LobeChat', published: 'NEXT_AUTH_SECRET', generate: 'openssl rand -base64 32' } }
      ]
    },
    {
      name: "Dify's SECRET_KEY copied into a deployment .env: generate your own, never revoke",
      files: { '.env': `SECRET_KEY=${dify}\n` },
      errors: [
        {
          messageId: 'publishedDefault',
          line: 1,
          column: 12,
          severity: 'warning',
          data: { name: 'SECRET_KEY', project: 'Dify', published: 'SECRET_KEY', generate: 'openssl rand -base64 42', masked: `sk-…${dify.slice(-4)}`, fileKind: 'the .env file' }
        }
      ]
    },
    {
      name: "LibreChat's samples in a compose file, as literals and as the default of a reference",
      files: {
        'docker-compose.yml': [
          'services:',
          '  librechat:',
          '    environment:',
          `      CREDS_KEY: ${credsKey}`,
          `      CREDS_IV: \${CREDS_IV:-${publishedSamples.libreChatCredsIv()}}`,
          `      JWT_SECRET: "${publishedSamples.libreChatJwtSecret()}"`,
          ''
        ].join('\n')
      },
      errors: [
        { messageId: 'publishedDefault', line: 4, data: { project: 'LibreChat', published: 'CREDS_KEY', generate: 'openssl rand -hex 32' } },
        { messageId: 'publishedDefault', line: 5, data: { published: 'CREDS_IV', generate: 'openssl rand -hex 16' } },
        { messageId: 'publishedDefault', line: 6, data: { published: 'JWT_SECRET' } }
      ]
    },
    {
      name: 'the sample under another name is still the sample',
      files: { 'deploy/app.env': `APP_SIGNING_SECRET=${dify}\n` },
      errors: [{ messageId: 'publishedDefault', data: { name: 'APP_SIGNING_SECRET', published: 'SECRET_KEY' } }]
    }
  ]
})

describe('published-default-secret on LobeHub v2', () => {
  it('knows the JWKS key its deploy example shipped (read from the real-world case that commits it)', () => {
    // The value is a whole RSA private JWK: kept once, in the real-world case copied from kumestra/dotfiles@d3accac1.
    const env = readFileSync(join(CASES_DIR, 'lobechat-r3-lobehub-v2-published-jwks', 'lobehub', '.env'), 'utf8')
    const line = env.split('\n').find((l) => l.startsWith('JWKS_KEY='))!
    const results = runRule(rule, { '.env': `${line}\n` })
    expect(results.map((r) => [r.messageId, r.data?.['project'], r.data?.['published']])).toEqual([['publishedDefault', 'LobeHub', 'JWKS_KEY']])
    expect(results[0]!.message).not.toContain(line.slice('JWKS_KEY='.length, 60))
  })
})
