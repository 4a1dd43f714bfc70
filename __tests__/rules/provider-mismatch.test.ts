import { fakeKeys } from '../helpers/keys.js'
import { nextchatRepo, openaiSdkRepo, testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/provider-mismatch.js'

const nextchat = (env: string) => ({ ...nextchatRepo, '.env': env })
const anthropic = fakeKeys.anthropic()
const openrouter = fakeKeys.openrouter()

const workflow = (env: string) => ({
  ...openaiSdkRepo,
  '.github/workflows/deploy.yml': `on: push\nenv:\n  OPENAI_BASE_URL: https://api.openai.com/v1\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${env}    steps:\n      - run: node smoke.js\n`
})

testRule(rule, {
  valid: [
    { name: 'OpenAI key with the OpenAI default', files: nextchat(`OPENAI_API_KEY=${fakeKeys.openaiProject()}\n`) },
    { name: 'OpenRouter key with the OpenRouter base', files: nextchat(`OPENAI_API_KEY=${openrouter}\nBASE_URL=https://openrouter.ai/api\n`) },
    { name: 'shared-shape gateway key with OpenAI: the shape names no provider for certain', files: nextchat(`OPENAI_API_KEY=${fakeKeys.gateway()}\n`) },
    { name: 'any key with an unknown relay', files: nextchat(`OPENAI_API_KEY=${anthropic}\nBASE_URL=https://relay.example.com\n`) },
    { name: 'provider key through Cloudflare AI Gateway', files: nextchat(`OPENAI_API_KEY=${fakeKeys.openaiProject()}\nBASE_URL=https://gateway.ai.cloudflare.com/v1/a/g/openai\n`) },
    { name: 'unknown client: no trusted default', files: { '.env': `OPENAI_API_KEY=${anthropic}\n` } },
    { name: 'NextChat Anthropic key with ANTHROPIC_URL set', files: nextchat(`ANTHROPIC_API_KEY=${anthropic}\nANTHROPIC_URL=https://api.anthropic.com\nBASE_URL=https://api.rutaapi.com\n`) },
    { name: 'NextChat Anthropic key with neither URL set', files: nextchat(`ANTHROPIC_API_KEY=${anthropic}\n`) },
    { name: 'NextChat empty Anthropic key', files: nextchat('ANTHROPIC_API_KEY=\nBASE_URL=https://api.rutaapi.com\n') },
    { name: 'secret named for OpenAI is a generic name', files: workflow('      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n') },
    { name: 'secret named for the provider it goes to', files: workflow('      OPENAI_API_KEY: ${{ secrets.OPENAI_KEY }}\n') }
  ],
  invalid: [
    {
      name: 'NextChat: an Anthropic key in OPENAI_API_KEY moves to ANTHROPIC_API_KEY, with ANTHROPIC_URL since BASE_URL is set',
      files: nextchat(`OPENAI_API_KEY=${anthropic}\nBASE_URL=https://api.rutaapi.com\n`),
      errors: [
        {
          messageId: 'keyHost',
          line: 1,
          column: 1,
          fix: 'ANTHROPIC_API_KEY',
          message: `OPENAI_API_KEY in the .env file holds Anthropic key sk-ant-api03-…${anthropic.slice(-4)}, but BASE_URL sends it to RutaAPI (api.rutaapi.com): NextChat (ChatGPT Next Web) reads Anthropic keys from ANTHROPIC_API_KEY: move the key there and set ANTHROPIC_URL to "https://api.anthropic.com", or Anthropic requests go to BASE_URL too`,
          data: { keyProvider: 'Anthropic', hostProvider: 'RutaAPI', host: 'api.rutaapi.com', baseName: 'BASE_URL', masked: `sk-ant-api03-…${anthropic.slice(-4)}` }
        }
      ]
    },
    {
      name: 'NextChat: an Anthropic key in OPENAI_API_KEY without BASE_URL only needs moving',
      files: nextchat(`OPENAI_API_KEY=${anthropic}\n`),
      errors: [
        {
          messageId: 'keyDefault',
          fix: 'ANTHROPIC_API_KEY',
          message: `OPENAI_API_KEY in the .env file holds Anthropic key sk-ant-api03-…${anthropic.slice(-4)}, but BASE_URL is not set, so NextChat (ChatGPT Next Web) sends it to OpenAI: NextChat (ChatGPT Next Web) reads Anthropic keys from ANTHROPIC_API_KEY: move the key there`
        }
      ]
    },
    {
      name: 'NextChat: an Anthropic key in OPENAI_API_KEY with ANTHROPIC_URL already set only needs moving',
      files: nextchat(`OPENAI_API_KEY=${anthropic}\nBASE_URL=https://api.rutaapi.com\nANTHROPIC_URL=https://api.anthropic.com\n`),
      errors: [{ messageId: 'keyHost', fix: 'ANTHROPIC_API_KEY', data: { remedy: 'NextChat (ChatGPT Next Web) reads Anthropic keys from ANTHROPIC_API_KEY: move the key there' } }]
    },
    {
      name: 'an SDK app has no Anthropic variable: point the base URL at the key\'s provider',
      files: { ...openaiSdkRepo, '.env': `OPENAI_API_KEY=${anthropic}\nOPENAI_BASE_URL=https://api.openai.com/v1\n` },
      errors: [{ messageId: 'keyHost', column: 16, fix: 'https://api.anthropic.com/v1', data: { remedy: 'use a key from OpenAI, or set OPENAI_BASE_URL to "https://api.anthropic.com/v1"' } }]
    },
    {
      // gaganashri/job-agent@84759ca0 passes base_url="https://openrouter.ai/api/v1" in its code: the default is a guess.
      name: 'an SDK app with no base URL set may pass one in its code: a note',
      files: { ...openaiSdkRepo, '.env': `OPENAI_API_KEY=${openrouter}\n` },
      errors: [{ messageId: 'keyDefault', severity: 'note', fix: 'https://openrouter.ai/api/v1' }]
    },
    {
      name: 'OpenRouter key with no base URL goes to the NextChat default',
      files: nextchat(`OPENAI_API_KEY=${openrouter}\n`),
      errors: [{ messageId: 'keyDefault', fix: 'https://openrouter.ai/api', data: { hostProvider: 'OpenAI', baseName: 'BASE_URL', keyProvider: 'OpenRouter' } }]
    },
    {
      name: 'one wrong key in a key list',
      files: nextchat(`OPENAI_API_KEY=${fakeKeys.groq()},${fakeKeys.groq('2')}\nBASE_URL=https://api.openai.com\n`),
      errors: [{ messageId: 'keyHost', data: { keyProvider: 'Groq', hostProvider: 'OpenAI' } }]
    },
    {
      name: 'SDK app: OpenAI key with a DeepSeek base',
      files: { ...openaiSdkRepo, '.env': `OPENAI_API_KEY=${fakeKeys.openaiLegacy()}\nOPENAI_BASE_URL=https://api.deepseek.com/v1\n` },
      errors: [{ messageId: 'keyHost', fix: 'https://api.openai.com/v1', data: { hostProvider: 'DeepSeek', baseName: 'OPENAI_BASE_URL' } }]
    },
    {
      name: 'keys paired by prefix',
      files: nextchat(`LLM_API_KEY=${fakeKeys.xai()}\nLLM_API_BASE_URL=https://api.groq.com/openai/v1\n`),
      errors: [{ messageId: 'keyHost', fix: 'https://api.x.ai/v1', data: { keyProvider: 'xAI', hostProvider: 'Groq', baseName: 'LLM_API_BASE_URL' } }]
    },
    {
      name: 'secret named for Anthropic fed to an OpenAI host',
      files: workflow('      OPENAI_API_KEY: ${{ secrets.ANTHROPIC_KEY }}\n'),
      errors: [
        {
          messageId: 'secretHost',
          file: '.github/workflows/deploy.yml',
          line: 8,
          column: 23,
          data: { secret: 'ANTHROPIC_KEY', keyProvider: 'Anthropic', hostProvider: 'OpenAI', baseName: 'OPENAI_BASE_URL' }
        }
      ]
    },
    {
      name: 'a secret holding an Anthropic key fed to an OpenAI host, known from its value without any request',
      files: workflow('      OPENAI_API_KEY: ${{ secrets.LLM_KEY }}\n'),
      secretValues: new Map([['LLM_KEY', anthropic]]),
      errors: [
        {
          messageId: 'secretValue',
          file: '.github/workflows/deploy.yml',
          line: 8,
          column: 23,
          fix: 'https://api.anthropic.com/v1',
          message: `OPENAI_API_KEY in the workflow gets secret LLM_KEY, which holds Anthropic key sk-ant-api03-…${anthropic.slice(-4)}, but the key goes to OpenAI (api.openai.com): store the OpenAI key in LLM_KEY, or set OPENAI_BASE_URL to "https://api.anthropic.com/v1"`
        }
      ]
    },
    {
      name: 'the value of a secret beats its name: a key of the host provider under a name for another',
      files: workflow('      OPENAI_API_KEY: ${{ secrets.ANTHROPIC_KEY }}\n'),
      secretValues: new Map([['ANTHROPIC_KEY', fakeKeys.openaiProject('secret')]]),
      errors: []
    },
    {
      name: 'a secret the run was not given is judged by its name',
      files: workflow('      OPENAI_API_KEY: ${{ secrets.ANTHROPIC_KEY }}\n'),
      secretValues: new Map([['OTHER', anthropic]]),
      errors: [{ messageId: 'secretHost' }]
    },
    {
      name: 'NextChat workflow: an Anthropic key stored in the secret feeding OPENAI_API_KEY next to an OpenAI BASE_URL',
      files: {
        ...nextchatRepo,
        '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      BASE_URL: https://api.openai.com\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: npx vercel deploy\n'
      },
      secretValues: new Map([['OPENAI_API_KEY', anthropic]]),
      errors: [
        {
          messageId: 'secretValue',
          line: 7,
          column: 7,
          fix: 'ANTHROPIC_API_KEY',
          data: { secret: 'OPENAI_API_KEY', keyProvider: 'Anthropic', hostProvider: 'OpenAI', masked: `sk-ant-api03-…${anthropic.slice(-4)}` }
        }
      ]
    },
    {
      name: 'NextChat Claude requests fall back to a relay BASE_URL (NextChat #4478)',
      files: nextchat('ANTHROPIC_API_KEY=${ANTHROPIC_KEY}\nBASE_URL=https://api.rutaapi.com\n'),
      errors: [
        {
          messageId: 'fallbackBase',
          line: 1,
          column: 1,
          fix: 'https://api.anthropic.com',
          data: { variable: 'ANTHROPIC_URL', fallback: 'BASE_URL', provider: 'Anthropic', url: 'https://api.rutaapi.com/v1/messages' }
        }
      ]
    },
    {
      name: 'a compose reference resolved from the project .env',
      files: {
        ...nextchatRepo,
        '.env': `OPENAI_API_KEY=${openrouter}\nBASE_URL=https://openrouter.ai/api\n`,
        'docker-compose.yml': 'services:\n  chat:\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n      BASE_URL: https://api.openai.com\n'
      },
      errors: [{ messageId: 'keyHost', file: 'docker-compose.yml', line: 4, data: { keyProvider: 'OpenRouter', hostProvider: 'OpenAI' } }]
    },
    {
      name: 'the same mismatch seen through compose references is reported where the key is written',
      files: {
        ...nextchatRepo,
        '.env': `OPENAI_API_KEY=${openrouter}\nBASE_URL=https://api.openai.com\n`,
        'docker-compose.yml': 'services:\n  chat:\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n      BASE_URL: ${BASE_URL}\n'
      },
      errors: [{ messageId: 'keyHost', file: '.env', line: 1 }]
    }
  ]
})
