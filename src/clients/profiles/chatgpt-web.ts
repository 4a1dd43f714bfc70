/**
 * chatgpt-web (Chanzhaoyu). Checked at Chanzhaoyu/chatgpt-web@7474b2c1 (2024-07-19, the latest commit);
 * docs/clients/chatgpt-web.md has the table. The request is made by the `chatgpt` package's `ChatGPTAPI`,
 * which appends `/chat/completions` to `apiBaseUrl`.
 */
import type { ClientProfile } from '../types.js'

const AT = 'Chanzhaoyu/chatgpt-web@7474b2c1'

const SERVICE_PACKAGE = { type: 'package-name', pattern: '^chatgpt-web-service$' } as const
const SERVICE_SOURCE = { type: 'file-present', pattern: '(?:^|/)service/src/chatgpt/index\\.ts$' } as const

export const chatgptWeb: ClientProfile = {
  id: 'chatgpt-web',
  name: 'chatgpt-web (Chanzhaoyu)',
  baseUrlVars: [
    // service/src/chatgpt/index.ts:77-83: `includes('/v1') ? value : value + '/v1'` since c520580 (2024-03-06);
    // before that it always appended /v1. No scheme added, no slash stripped.
    {
      name: 'OPENAI_API_BASE_URL',
      convention: 'host-root',
      family: 'openai',
      chatPath: '/chat/completions',
      provider: 'openai',
      defaultUrl: 'https://api.openai.com/v1',
      normalize: 'adds-v1-if-missing'
    },
    // The access-token (web) mode's conversation URL, used as given (index.ts:93).
    { name: 'API_REVERSE_PROXY', convention: 'verbatim', family: 'openai', chatPath: '', defaultUrl: 'https://ai.fakeopen.com/api/conversation', normalize: 'none' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
    { name: 'OPENAI_ACCESS_TOKEN', baseUrlVar: 'API_REVERSE_PROXY' }
  ],
  modelVars: ['OPENAI_API_MODEL'],
  otherVars: [
    'AUTH_SECRET_KEY',
    'MAX_REQUEST_PER_HOUR',
    'TIMEOUT_MS',
    'SOCKS_PROXY_HOST',
    'SOCKS_PROXY_PORT',
    'SOCKS_PROXY_USERNAME',
    'SOCKS_PROXY_PASSWORD',
    'HTTPS_PROXY',
    'ALL_PROXY'
  ],
  flags: [
    { name: 'OPENAI_API_DISABLE_DEBUG', reads: 'equals', value: 'true', whenOn: 'stops logging every prompt', source: `${AT} service/src/chatgpt/index.ts:27` }
  ],
  // index.ts:40: the API mode is chosen whenever OPENAI_API_KEY is non-empty.
  shadowed: [
    { name: 'OPENAI_ACCESS_TOKEN', shadowedBy: 'OPENAI_API_KEY', source: `${AT} service/src/chatgpt/index.ts:40` },
    { name: 'API_REVERSE_PROXY', shadowedBy: 'OPENAI_API_KEY', source: `${AT} service/src/chatgpt/index.ts:40` }
  ],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'chatgpt-web reads OPENAI_API_BASE_URL' },
    { name: 'BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'BASE_URL is NextChat\'s name; chatgpt-web reads OPENAI_API_BASE_URL' }
  ],
  fingerprints: [
    // package.json:2 names the Vue front end `chatgpt-web`; the variables are read by service/ (service/package.json:2
    // `chatgpt-web-service`). The root name counts only beside that service: a rewrite that keeps the name and reads
    // the variables elsewhere (cnkang/chatgpt-web@aacd468d: apps/api with @ai-sdk/openai, no service/) is not this code.
    { type: 'package-name', pattern: '^chatgpt-web$', confirmedBy: [SERVICE_PACKAGE, SERVICE_SOURCE] },
    SERVICE_PACKAGE,
    SERVICE_SOURCE,
    { type: 'docker-image', pattern: '(?:^|/)chenzhaoyu94/chatgpt-web$' }
  ],
  // Every `process.env.X` under service/src is in this profile (`git grep process.env` at the commit: 15 names, none
  // computed); upstream's compose runs chenzhaoyu94/chatgpt-web.
  upstream: { images: ['chenzhaoyu94/chatgpt-web'], source: `${AT} docker-compose/docker-compose.yml:6 (build_docker.yml:39-41 pushes <DOCKERHUB_USERNAME>/chatgpt-web)` },
  sources: [`${AT} service/src/chatgpt/index.ts:26-93 (the /v1 rule changed in c520580, 2024-03-06)`, 'docs/clients/chatgpt-web.md']
}
