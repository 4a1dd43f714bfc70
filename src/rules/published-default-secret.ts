import { isExampleFile, kindLabel } from '../core/kinds.js'
import { valueSpan } from './entries.js'
import { createHash } from 'node:crypto'
import { maskSecret } from '../core/redact.js'
import type { Entry } from '../core/types.js'
import { defineRule } from './types.js'

/**
 * A sample secret a project publishes in its example configuration. Stored as a SHA-256 of the value
 * and its length, never as the value: some are key-shaped (Dify's contains OpenAI's `T3BlbkFJ` marker),
 * and the repository must not carry whole key-shaped strings.
 */
interface PublishedDefault {
  readonly project: string
  /** The variable the project publishes it under (the finding names the variable it is found under). */
  readonly name: string
  readonly length: number
  readonly sha256: string
  /** How the project says to make a value of one's own. */
  readonly generate: string
  /** Repository, path and commit where the value is published. */
  readonly source: string
}

const DIFY = 'langgenius/dify@0055b983 docker/.env.example'
const LIBRECHAT = 'danny-avila/LibreChat@c70e8194 .env.example'
const LOBECHAT = 'lobehub/lobe-chat@0e5b2b98 docs/self-hosting/server-database/docker-compose.zh-CN.mdx (and @08de36e1 docker-compose/local/.env.zh-CN.example)'
const LOBECHAT_LOCAL = 'lobehub/lobe-chat@02d3f9ca docker-compose/local/docker-compose.yml'
const LOBECHAT_SETUP = 'lobehub/lobe-chat@20510166 docker-compose/setup.sh (replaces it in .env and init_data.json when asked to regenerate secrets)'
const LOBEHUB_DEPLOY = 'lobehub/lobehub@11fc9663 docker-compose/deploy/.env.example'

const PUBLISHED: readonly PublishedDefault[] = [
  // "You can generate a strong key using `openssl rand -base64 42`." (the comment above it in the file)
  { project: 'Dify', name: 'SECRET_KEY', length: 48, sha256: '0f44b34c6311bcb547867d393c1c56e6564e03d905fdd023637f549358bf3670', generate: 'openssl rand -base64 42', source: DIFY },
  { project: 'Dify', name: 'PLUGIN_DAEMON_KEY', length: 56, sha256: '481c0ab8a6f9e9dcb9391fb1c8b649d19f493c5253e4dc20c2c32ec21875b8ab', generate: 'openssl rand -base64 42', source: DIFY },
  { project: 'Dify', name: 'PLUGIN_DIFY_INNER_API_KEY', length: 56, sha256: '217ef27f7b2a2f8949eb2e0973f7dfa099f887427b9a6626b2395e2417239ff2', generate: 'openssl rand -base64 42', source: DIFY },
  // DB_PASSWORD and REDIS_PASSWORD.
  { project: 'Dify', name: 'DB_PASSWORD', length: 12, sha256: 'b8ba9c61cc9ff699c426c75e748fcf200e8b47869d76fde8bb36ec2f7a34f038', generate: 'openssl rand -base64 24', source: DIFY },
  // "Must be 32-byte keys (64 characters in hex)" / "16-byte IV (32 characters in hex)" (LibreChat docs).
  { project: 'LibreChat', name: 'CREDS_KEY', length: 64, sha256: '7c1154b5152983978147ea87e4a2066d4768673e9d85d6a792cddc2f784efd2f', generate: 'openssl rand -hex 32', source: LIBRECHAT },
  { project: 'LibreChat', name: 'CREDS_IV', length: 32, sha256: '06d2e911edb4d45985b9d6338ec3d4c6b4bde69f8143437797c187ab07085531', generate: 'openssl rand -hex 16', source: LIBRECHAT },
  { project: 'LibreChat', name: 'JWT_SECRET', length: 64, sha256: '69024f21e9ad17594dcccd93e87399af24a5426ccfe6108d1787f0335966abc4', generate: 'openssl rand -hex 32', source: LIBRECHAT },
  { project: 'LibreChat', name: 'JWT_REFRESH_SECRET', length: 64, sha256: '282ad5f60261639fefed381976b4d0dde52eab5527a1ab2ec75d5be1efa1165b', generate: 'openssl rand -hex 32', source: LIBRECHAT },
  { project: 'LibreChat', name: 'MEILI_MASTER_KEY', length: 44, sha256: 'c042516e4eac1bafaa3027eb7ea04103fdfb652583eeb916124aebe882e9cefb', generate: 'openssl rand -base64 32', source: LIBRECHAT },
  // "用于加密敏感信息的密钥，可以使用 openssl rand -base64 32 生成" (the comment above it in the guide).
  { project: 'LobeChat', name: 'KEY_VAULTS_SECRET', length: 44, sha256: '46be7a9c83b1fb2fb33b26489d82ef2b8d7cca58c09634636efc603140ed698b', generate: 'openssl rand -base64 32', source: LOBECHAT },
  { project: 'LobeChat', name: 'POSTGRES_PASSWORD', length: 16, sha256: 'fe30f4090246ac5dff25dd62eb3c26fc7bc55a8b5898a241605e002b8a63b324', generate: 'openssl rand -base64 24', source: LOBECHAT },
  { project: 'LobeChat', name: 'NEXT_AUTH_SECRET', length: 32, sha256: '36655cfbf31339b14a22256a2152e71eca418bff40f4fd77b2cd9a0018ea6eaf', generate: 'openssl rand -base64 32', source: LOBECHAT_LOCAL },
  // Casdoor holds the same client secret (init_data.json): a new value goes into both, as setup.sh does (the rule's
  // docs say so; the tip only names the command).
  {
    project: 'LobeChat',
    name: 'AUTH_CASDOOR_SECRET',
    length: 40,
    sha256: '0a2c60a1704f559758ed98e25cd0863afbae052d0b71beab2190e4510b610a06',
    generate: 'openssl rand -hex 32',
    source: LOBECHAT_SETUP
  },
  // An RSA private JWK (kid 6823046760c5d460) that signs LobeHub v2's OIDC and gateway tokens. LobeHub's own start-up
  // check warns about this kid: "Its private half is public, so anyone can sign tokens a server using it accepts"
  // (lobehub/lobehub scripts checkGatewayConfig.js, `PUBLIC_EXAMPLE_JWKS_KID`).
  {
    project: 'LobeHub',
    name: 'JWKS_KEY',
    length: 1677,
    sha256: 'fc086e77a87b4bcecf3baf17be336e8a57dd81e06f2bc632e717ac0a4d601fc7',
    generate: 'a new RS256 key pair, as a fresh run of LobeHub\'s docker-compose/deploy setup writes',
    source: LOBEHUB_DEPLOY
  }
]

/** Only values of a published length are hashed: most values are not. */
const byLength = new Map<number, PublishedDefault[]>()
for (const known of PUBLISHED) byLength.set(known.length, [...(byLength.get(known.length) ?? []), known])

/**
 * A committed value equal to a sample secret a project publishes (Dify's `SECRET_KEY`, LibreChat's
 * `CREDS_KEY`, `JWT_SECRET`…). It is no leak: it was public from the start, and revoking means nothing.
 * But anyone can read it, so sessions signed or credentials encrypted with it are open to anyone: the
 * fix is a value of one's own. The example files themselves are left alone.
 */
export const rule = defineRule({
  meta: {
    id: 'published-default-secret',
    description: "A secret is set to a project's published sample value, which anyone can read",
    severity: 'warning',
    security: true,
    messages: {
      publishedDefault:
        "{{name}} in {{fileKind}} is {{project}}'s public default {{published}} ({{masked}}), published in its example configuration"
    },
    tips: {
      publishedDefault: 'generate your own (`{{generate}}`)'
    }
  },
  check(context) {
    const { files } = context.model
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!
      // The example files that publish the samples, and copies of them: a sample there is where it belongs.
      if (file.history || isExampleFile(file.path)) continue
      for (let e = 0; e < file.entries.length; e++) {
        const entry = file.entries[e]!
        const value = committedValue(entry)
        const known = value === undefined ? undefined : publishedDefault(value)
        if (!known) continue
        context.report({
          messageId: 'publishedDefault',
          data: { name: entry.key, fileKind: kindLabel(file.kind), project: known.project, published: known.name, masked: maskSecret(value!), generate: known.generate },
          file: file.path,
          span: valueSpan(entry),
          entry,
          secrets: [value!]
        })
      }
    }
  }
})

/** The literal or the default of a reference (`${SECRET_KEY:-…}`), on lines that are not commented out. */
function committedValue(entry: Entry): string | undefined {
  if (entry.commented) return undefined
  return (entry.form === 'literal' ? entry.value : entry.ref?.fallback)?.trim()
}

function publishedDefault(value: string): PublishedDefault | undefined {
  const candidates = byLength.get(value.length)
  if (!candidates) return undefined
  const hash = createHash('sha256').update(value).digest('hex')
  return candidates.find((c) => c.sha256 === hash)
}
