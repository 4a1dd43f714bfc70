/**
 * Open WebUI. Checked at open-webui/open-webui@00b1c6b backend/open_webui/config.py, @004a45f
 * backend/open_webui/routers/openai.py and routers/ollama.py; docs/clients/open-webui.md has the table.
 * Requests: `f"{url}/chat/completions"` and `f"{url}/api/chat"`.
 */
import type { ClientProfile, FlagVar } from '../types.js'

const CONFIG = 'open-webui/open-webui@00b1c6b backend/open_webui/config.py'

/** `os.getenv(X, 'True').lower() == 'true'`: `1` and `yes` switch these off. */
const trueOnly = (name: string, whenOn: string): FlagVar => ({ name, reads: 'equals', value: 'true', ignoreCase: true, whenOn, source: `${CONFIG} ${name}` })

export const openWebui: ClientProfile = {
  id: 'open-webui',
  name: 'Open WebUI',
  baseUrlVars: [
    // `''` → the default; else one trailing `/` removed (the SDK join for a single slash).
    { name: 'OPENAI_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', provider: 'openai', defaultUrl: 'https://api.openai.com/v1' },
    // `split(';')`, each entry stripped of spaces but not of a trailing `/`: `…/v1/` calls `…/v1//chat/completions`.
    { name: 'OPENAI_API_BASE_URLS', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', listSeparator: ';', normalize: 'none' },
    // Native Ollama API on the host root; `/ollama` is the Docker image's own default (host.docker.internal).
    {
      name: 'OLLAMA_BASE_URL',
      convention: 'host-root',
      family: 'ollama',
      chatPath: '/api/chat',
      provider: 'ollama',
      defaultUrl: 'http://localhost:11434',
      sentinels: ['/ollama']
    },
    { name: 'OLLAMA_BASE_URLS', convention: 'host-root', family: 'ollama', chatPath: '/api/chat', provider: 'ollama', listSeparator: ';', normalize: 'none' },
    // A built-in OpenAI-compatible preset (OPENAI_COMPATIBLE_PROVIDERS).
    { name: 'MELIOUS_API_BASE_URL', convention: 'includes-version', family: 'openai', chatPath: '/chat/completions', defaultUrl: 'https://api.melious.ai/v1' }
  ],
  keyVars: [
    { name: 'OPENAI_API_KEY', provider: 'openai', baseUrlVar: 'OPENAI_API_BASE_URL' },
    // Positional: the n-th key goes with the n-th URL of OPENAI_API_BASE_URLS (padded or cut to their count).
    { name: 'OPENAI_API_KEYS', baseUrlVar: 'OPENAI_API_BASE_URLS', listSeparator: ';', trimsListEntries: true },
    { name: 'MELIOUS_API_KEY', baseUrlVar: 'MELIOUS_API_BASE_URL' }
  ],
  modelVars: ['DEFAULT_MODELS', 'TASK_MODEL', 'TASK_MODEL_EXTERNAL'],
  otherVars: [
    'OPENAI_API_CONFIGS',
    'OLLAMA_API_BASE_URL', // the legacy name, whose trailing /api is cut
    'OLLAMA_API_CONFIGS',
    // Feed image generation only (IMAGES_GEMINI_API_BASE_URL defaults to it), not chat.
    'GEMINI_API_BASE_URL',
    'GEMINI_API_KEY',
    'ENABLE_DIRECT_CONNECTIONS',
    'K8S_FLAG',
    'USE_OLLAMA_DOCKER',
    'WEBUI_SECRET_KEY',
    'WEBUI_AUTH',
    'WEBUI_URL',
    'WEBUI_NAME',
    'DATA_DIR',
    'PORT'
  ],
  flags: [
    trueOnly('ENABLE_OPENAI_API', 'enables OpenAI-compatible connections'),
    trueOnly('ENABLE_OLLAMA_API', 'enables Ollama connections'),
    trueOnly('ENABLE_PERSISTENT_CONFIG', 'keeps settings saved in the database over these variables')
  ],
  // `OPENAI_API_BASE_URLS` is used whenever it is not empty; the single variables are then ignored.
  shadowed: [
    { name: 'OPENAI_API_BASE_URL', shadowedBy: 'OPENAI_API_BASE_URLS', source: `${CONFIG} OPENAI_API_BASE_URLS` },
    { name: 'OPENAI_API_KEY', shadowedBy: 'OPENAI_API_KEYS', source: `${CONFIG} OPENAI_API_KEYS` },
    { name: 'OLLAMA_BASE_URL', shadowedBy: 'OLLAMA_BASE_URLS', source: `${CONFIG} OLLAMA_BASE_URLS` }
  ],
  unusedVars: [
    { name: 'OPENAI_BASE_URL', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' },
    { name: 'OPENAI_API_BASE', replacement: 'OPENAI_API_BASE_URL', reason: 'Open WebUI reads OPENAI_API_BASE_URL (with /v1)' }
  ],
  fingerprints: [
    { type: 'package-name', pattern: '^open-webui$' },
    { type: 'docker-image', pattern: '(?:^|/)open-webui/open-webui$' }
  ],
  sources: [CONFIG, 'open-webui/open-webui@004a45f backend/open_webui/routers/openai.py', 'docs/clients/open-webui.md']
}
