/**
 * Classes 2 and 3: no secret reaches any output — not a resolved secret reference, not a key the tool itself found
 * used as a service name, a folder name or a URL path, in any letter case, glued to a word.
 */
import { describe, it, expect } from '@jest/globals'
import { createCatalog } from '../../src/providers/catalog.js'
import { knownSecretScrubber, maskStraySecrets } from '../../src/core/redact.js'
import { body, fakeKeys, publishedSamples } from '../helpers/keys.js'
import { runCli, withRepo } from './support.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Every output of the CLI, with the secrets that must appear in none of them. */
async function outputs(files: Record<string, string>, env: Record<string, string> = {}): Promise<string> {
  return withRepo(files, async (root) => {
    let all = ''
    for (const format of ['text', 'json', 'sarif']) {
      const run = await runCli(root, ['--format', format, '--fail-on', 'never', ...(Object.keys(env).length > 0 ? ['--probe'] : [])], env)
      all += run.stdout + run.stderr
    }
    return all
  })
}

/** The pieces of a secret that must not show: any 12 characters of its body (after a known prefix), in any case. */
function expectAbsent(text: string, secret: string): void {
  const folded = text.toLowerCase()
  for (let i = 14; i + 12 <= secret.length - 4; i += 4) expect(folded).not.toContain(secret.slice(i, i + 12).toLowerCase())
}

describe('one masking path over every output', () => {
  it('masks a key used as a compose service name, a folder name, a URL path (upper-cased) and glued to a word', async () => {
    const service = fakeKeys.anthropic('svc')
    const folder = fakeKeys.openaiProject('dir')
    const inPath = fakeKeys.openaiProject('path')
    const glued = fakeKeys.anthropic('glue')
    const out = await outputs({
      'package.json': '{"name":"x","dependencies":{"openai":"4"}}',
      'docker-compose.yml': `services:\n  ${service}:\n    image: x\n    environment:\n      OPENAI_BASE_URL: https://api.openai.com/${inPath.toUpperCase()}/v1\n      NOTE: x_${glued}\n`,
      [`${folder}/.env`]: 'OPENAI_API_KEY=abc\nOPENAI_BASE_URL=https://api.openai.com/v1\n',
      'notes/inpath.txt': `see https://example.test/${inPath}/x\n`
    })
    for (const secret of [service, folder, inPath, glued]) expectAbsent(out, secret)
    // The glued key is found, not only masked.
    expect(out).toContain('sk-ant-api03-…')
  })

  it('masks the value of a secret reference wherever it resolves: a base URL, a key where a URL belongs', async () => {
    const hidden = body(40, ALNUM, 'hidden-path')
    const key = fakeKeys.openaiProject('ref')
    const out = await outputs(
      {
        'package.json': '{"name":"x","dependencies":{"openai":"4"}}',
        '.env': 'OPENAI_API_KEY=${MY_KEY}\nOPENAI_BASE_URL=${SOME_SECRET}\n',
        'b/.env': 'OPENAI_API_KEY=${MY_KEY}\nOPENAI_BASE_URL=${MY_KEY}\n'
      },
      { MY_KEY: key, SOME_SECRET: `https://user:${hidden}@gateway.example/${hidden}` }
    )
    expectAbsent(out, key)
    expectAbsent(out, hidden)
  })

  it("masks what a Kubernetes Secret keeps in base64 data: the keys it decodes to, and their base64 text, in every output", async () => {
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
    const key = fakeKeys.openaiProject('k8s-data')
    const inFile = fakeKeys.anthropic('k8s-blob')
    const blob = `# mounted as /app/.env\nANTHROPIC_API_KEY=${inFile}\n`
    const published = publishedSamples.libreChatCredsKey()
    // Short enough that its base64 looks like no token: only the masking knows it is a secret.
    const password = 'hunter2!'
    const manifest = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: chat}',
      'data:',
      `  OPENAI_API_KEY: ${b64(key)}`,
      `  CREDS_KEY: ${b64(published)}`,
      `  app.env: ${b64(blob)}`,
      '---',
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: more}',
      // A rename of the first name is offered (NextChat reads BASE_URL): its corrected line would quote the password.
      `data: {OPENAI_API_BASE_URL: ${b64('http://x')}, DB_PASSWORD: ${b64(password)}}`,
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: chat}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: yidadaa/chatgpt-next-web:v2.15',
      '          envFrom: [{secretRef: {name: chat}}, {secretRef: {name: more}}]',
      ''
    ].join('\n')
    const out = await withRepo({ 'k8s/app.yaml': manifest }, async (root) => {
      let all = ''
      for (const args of [['--format', 'text', '--verbose'], ['--format', 'json'], ['--format', 'sarif']]) {
        const run = await runCli(root, [...args, '--fail-on', 'never'])
        all += run.stdout + run.stderr
      }
      return all
    })
    // Found, and shown masked: the key Kubernetes hands the container, the one inside the mounted file, the sample.
    expect(out).toContain(`sk-proj-…${key.slice(-4)}`)
    expect(out).toContain(`sk-ant-api03-…${inFile.slice(-4)}`)
    expect(out).toContain(`(…${published.slice(-4)})`)
    expect(out).toContain('"replacement": "BASE_URL"')
    expect(out).not.toContain('fixedLine')
    for (const secret of [key, inFile, published]) expectAbsent(out, secret)
    expect(out).not.toContain(password)
    for (const encoded of [key, blob, published, password].map(b64)) {
      expect(out).not.toContain(encoded.slice(0, 11))
      expectAbsent(out, encoded)
    }
  })

  it('scrubs known secrets in every letter case, and stray keys glued to a word', () => {
    const key = fakeKeys.openaiProject('case')
    const scrub = knownSecretScrubber([key])
    expect(scrub(`a ${key.toUpperCase()} b ${key.toLowerCase()}`)).toBe(`a sk-proj-…${key.slice(-4)} b sk-proj-…${key.slice(-4)}`)
    expect(maskStraySecrets(`MY_${fakeKeys.anthropic()}`, createCatalog())).toBe(`MY_sk-ant-api03-…${fakeKeys.anthropic().slice(-4)}`)
  })

  it('masks fifty thousand secrets sharing one prefix in one pass per text (an index on their tails)', () => {
    const tail = body(40, ALNUM, 'shared')
    const secrets = Array.from({ length: 50_000 }, (_, i) => `sk-ant-api03-${tail}${i.toString(36).padStart(8, '0')}`)
    const scrub = knownSecretScrubber(secrets)
    const text = secrets.slice(0, 2000).join(' ')
    const masked = scrub(text)
    expect(masked.split(' ')).toHaveLength(2000)
    expect(masked).not.toContain(tail)
  })
})
