import { body, fakeKeys, publishedSamples, sampleKey } from '../helpers/keys.js'
import { describe, expect, it } from '@jest/globals'
import { runRule, testRule } from '../helpers/rule-tester.js'
import { providers } from '../../src/providers/registry.js'
import { rule } from '../../src/rules/leaked-key.js'

const anthropic = fakeKeys.anthropic()
const openai = fakeKeys.openaiProject()
const gateway = fakeKeys.gateway()
const deepseek = fakeKeys.deepseek()
/** A key of a registry format, built from the format's sample. */
const keyOf = (id: string, seed = '1') => sampleKey(providers.flatMap((p) => p.keyFormats).find((f) => f.id === id)!, seed)
const HEX = '0123456789abcdef'
const uuid = (seed: string) => [body(8, HEX, `${seed}a`), body(4, HEX, `${seed}b`), `4${body(3, HEX, `${seed}c`)}`, `8${body(3, HEX, `${seed}d`)}`, body(12, HEX, `${seed}e`)].join('-')
const lowerDigits = body(40, 'abcdefghijklmnopqrstuvwxyz0123456789', 'ld')
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

testRule(rule, {
  valid: [
    { name: 'placeholder in .env', files: { '.env': 'OPENAI_API_KEY=YOUR_RUTAAPI_KEY\nANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxx\n' } },
    { name: 'references and sentinels', files: { '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY}\nGOOGLE_KEY=user_provided\nKEY=<api-key>\n' } },
    { name: 'a placeholder as the default of a reference', files: { '.env': 'OPENAI_API_KEY=${OPENAI_API_KEY:-your-api-key}\n' } },
    { name: 'masked key', files: { '.env': 'OPENAI_API_KEY=sk-...DTMA\n' } },
    { name: 'empty value', files: { '.env': 'OPENAI_API_KEY=\n' } },
    { name: 'random value under a name that is not a credential', files: { '.env': `BUILD_ID=${fakeKeys.opaque()}\n` } },
    // Not LLM credentials: general secret scanners own them.
    {
      name: 'secrets of payment, search, tracing, speech and vector services',
      files: {
        '.env': [
          `STRIPE_SECRET_KEY=sk_live_${fakeKeys.opaque('st', 40)}`,
          `TAVILY_API_KEY=tvly-${fakeKeys.opaque('tv', 32)}`,
          `SERPER_API_KEY=${body(40, HEX, 'sp')}`,
          `EXA_API_KEY=${uuid('exa')}`,
          `LANGCHAIN_API_KEY=lsv2_pt_${body(32, HEX, 'ls')}_${body(10, HEX, 'ls2')}`,
          `LANGFUSE_SECRET_KEY=sk-lf-${uuid('lf')}`,
          `ELEVENLABS_API_KEY=sk_${body(48, HEX, 'el')}`,
          `PINECONE_API_KEY=${uuid('pc')}`,
          `DD_API_KEY=${body(32, HEX, 'dd')}`,
          'OPENAI_BASE_URL=https://api.openai.com/v1',
          ''
        ].join('\n')
      }
    },
    {
      name: 'publishable keys',
      files: {
        '.env': [
          `LANGFUSE_PUBLIC_KEY=pk-lf-${uuid('pk')}`,
          `HELICONE_API_KEY=pk-helicone-${fakeKeys.opaque('hp', 28)}`,
          `NEXT_PUBLIC_SUPABASE_ANON_KEY=${fakeKeys.opaque('sb', 120)}`,
          `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${fakeKeys.opaque('sp', 40)}`,
          ''
        ].join('\n')
      }
    },
    { name: "Dify's published SECRET_KEY (published-default-secret owns it)", files: { '.env': `SECRET_KEY=${publishedSamples.difySecretKey()}\n` } },
    { name: 'a shared shape with no LLM context', files: { 'docs/notes.md': `Build ${gateway} passed; request ${uuid('r')} took 3 s.\n` } },
    { name: 'a UUID assigned to an id next to an LLM host', files: { 'app.log': `POST https://api.openai.com/v1/chat/completions request_id=${uuid('log')}\n` } },
    { name: 'a UUID under an unknown key name', files: { 'deploy.sh': `export WIDGET_API_KEY=${uuid('w')}\ncurl https://api.openai.com/v1/models\n` } },
    { name: 'placeholders of shared shapes in code', files: { 'main.py': `client = OpenAI(api_key="sk-${'x'.repeat(48)}", base_url="https://api.deepseek.com")\n` } },
    { name: 'opaque literal in a workflow (workflow-hardcoded-key owns it)', files: { '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: x\n    env:\n      OPENAI_API_KEY: ${fakeKeys.opaque()}\n    steps:\n      - run: true\n` } }
  ],
  invalid: [
    {
      // Kubernetes decodes a Secret's `data` before a container reads it: the key is committed, only encoded.
      name: "keys in a Kubernetes Secret's base64 data: under a key name, a shared shape by its name, in a whole .env",
      files: {
        'k8s/secret.yaml': [
          'apiVersion: v1',
          'kind: Secret',
          'metadata: {name: llm}',
          'data:',
          `  ANTHROPIC_API_KEY: ${b64(anthropic)}`,
          `  DEEPSEEK_API_KEY: ${b64(deepseek)}`,
          `  app.env: ${b64(`# the app's env\nOPENAI_API_KEY=${openai}\n`)}`,
          `  MISTRAL_API_KEY: ${b64(fakeKeys.opaque('k8s-m', 32))}`,
          ''
        ].join('\n')
      },
      errors: [
        { messageId: 'providerKey', line: 5, column: 22, endColumn: 22 + b64(anthropic).length, data: { provider: 'Anthropic', masked: `sk-ant-api03-…${anthropic.slice(-4)}` } },
        { messageId: 'providerKey', line: 6, column: 21, data: { provider: 'DeepSeek' } },
        { messageId: 'providerKey', line: 7, column: 12, data: { provider: 'OpenAI', masked: `sk-proj-…${openai.slice(-4)}` } },
        { messageId: 'opaqueKey', line: 8, column: 20, data: { name: 'MISTRAL_API_KEY' } }
      ]
    },
    {
      name: 'provider key in .env, with provider and masked key',
      files: { '.env': `ANTHROPIC_API_KEY=${anthropic}\n` },
      errors: [{ messageId: 'providerKey', line: 1, column: 19, data: { provider: 'Anthropic', masked: `sk-ant-api03-…${anthropic.slice(-4)}`, fileKind: 'the .env file' } }]
    },
    {
      name: 'commented lines and every occurrence count',
      files: { 'README.md': `Old key:\n# OPENAI_API_KEY=${openai}\nand again ${openai}\n` },
      errors: [
        { messageId: 'providerKey', line: 2, column: 18, data: { provider: 'OpenAI' } },
        { messageId: 'providerKey', line: 3, column: 11 }
      ]
    },
    {
      name: 'key in a workflow file is still a leak',
      files: { '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: x\n    env:\n      GROQ_API_KEY: ${fakeKeys.groq()}\n    steps:\n      - run: true\n` },
      errors: [{ messageId: 'providerKey', line: 6, column: 21, data: { provider: 'Groq', fileKind: 'the workflow' } }]
    },
    {
      name: 'a gateway key committed as the default of a compose reference',
      files: { 'docker-compose.yml': `services:\n  app:\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY:-${fakeKeys.gateway('default')}}\n` },
      // The text scan reads the default after `:-` as assigned to OPENAI_API_KEY (engine/key-context.ts).
      errors: [{ messageId: 'providerKey', line: 4, column: 41, data: { masked: `sk-…${fakeKeys.gateway('default').slice(-4)}` } }]
    },
    {
      // ChatGPTNextWeb/ChatGPT-Next-Web#1673 committed such a .env.local (real-world case nextchat-pr-env-local-midjourney).
      name: 'a UUID as the key of a Midjourney relay that a chat front end calls',
      files: { '.env.local': `MIDJOURNEY_API_KEY=${uuid('mj')}\nMIDJOURNEY_API_URL=https://mj.example.com/\n` },
      // A UUID is Volcengine Ark's key shape, and everybody's id: the finding names no provider.
      errors: [{ messageId: 'providerKey', line: 1, data: { provider: 'LLM' } }]
    },
    {
      name: 'opaque high-entropy value in a key variable',
      files: { '.env': `MISTRAL_API_KEY=${fakeKeys.opaque('m', 32)}\n` },
      errors: [{ messageId: 'opaqueKey', line: 1, column: 17, data: { name: 'MISTRAL_API_KEY' } }]
    },
    {
      name: 'shared-format key (sk- + 32 hex) under a provider-named variable names the provider',
      files: { 'docker-compose.yml': `services:\n  app:\n    environment:\n      DEEPSEEK_API_KEY: ${deepseek}\n` },
      errors: [{ messageId: 'providerKey', line: 4, column: 25, data: { provider: 'DeepSeek', fileKind: 'the compose file' } }]
    },
    {
      name: 'commented-out assignment of a gateway key',
      files: { '.env': `# OPENAI_API_KEY=${gateway}\n` },
      // `sk-` + 48 is issued by one-api, RutaAPI, Moonshot, 302.AI…: nothing here says whose, so no provider is named.
      errors: [{ messageId: 'providerKey', line: 1, data: { provider: 'LLM' } }]
    },
    {
      name: 'docker run -e OPENAI_API_KEY=… in a shell script',
      files: { 'scripts/run.sh': `#!/bin/sh\ndocker run -d -e OPENAI_API_KEY=${gateway} -p 3000:3000 yidadaa/chatgpt-next-web\n` },
      errors: [{ messageId: 'providerKey', line: 2, column: 33, data: { fileKind: 'the shell script' } }]
    },
    {
      name: 'an SDK call with a generic argument and a DeepSeek base URL',
      files: { 'app/main.py': `from openai import OpenAI\nclient = OpenAI(api_key="${deepseek}", base_url="https://api.deepseek.com")\n` },
      errors: [{ messageId: 'providerKey', line: 2, data: { provider: 'DeepSeek' } }]
    },
    {
      name: 'a README export, a notebook cell and a log line',
      files: {
        'README.md': `Set the key:\n\n    export MOONSHOT_API_KEY=${fakeKeys.gateway('m')}\n`,
        'demo.ipynb': `{"cells": [{"source": ["import openai\\n", "openai.api_key = \\"${fakeKeys.gateway('nb')}\\"\\n"]}]}\n`,
        'logs/request.log': `> Authorization: Bearer ${fakeKeys.gateway('lg')}\n`
      },
      errors: [
        { messageId: 'providerKey', file: 'README.md', data: { provider: 'Moonshot AI (Kimi)' } },
        { messageId: 'providerKey', file: 'demo.ipynb' },
        { messageId: 'providerKey', file: 'logs/request.log' }
      ]
    },
    {
      name: 'a Volcengine Ark UUID key and an Azure hex key, by name and by host',
      files: {
        'deploy.sh': `export ARK_API_KEY=${uuid('ark')}\n`,
        'azure.py': `client = AzureOpenAI(\n    api_key="${body(32, HEX, 'az')}",\n    azure_endpoint="https://myres.openai.azure.com",\n)\n`
      },
      errors: [
        { messageId: 'providerKey', file: 'azure.py', line: 2, data: { provider: 'Azure OpenAI' } },
        { messageId: 'providerKey', file: 'deploy.sh', data: { provider: 'Volcengine Ark (Doubao) / BytePlus ModelArk' } }
      ]
    },
    {
      name: 'new unique formats and the one-api signature in any file, without context',
      files: { 'notes.txt': `${keyOf('replicate')}\n${keyOf('vercel-ai-gateway')}\n${keyOf('one-api-signature')}\n` },
      errors: [
        { messageId: 'providerKey', line: 1, data: { provider: 'Replicate' } },
        { messageId: 'providerKey', line: 2, data: { provider: 'Vercel AI Gateway' } },
        { messageId: 'providerKey', line: 3, data: { provider: 'one-api / new-api gateway' } }
      ]
    },
    {
      name: 'unknown-provider keys under LLM key variables: lower case and digits, prefix and UUID',
      files: {
        '.env': `LLM_API_KEY=${lowerDigits}\nLLM_BASE_URL=https://llm.internal.example/v1\nGW_API_KEY=gw-${uuid('gw')}\nGW_BASE_URL=https://api.rutaapi.com/v1\n`
      },
      errors: [
        { messageId: 'opaqueKey', line: 1, data: { name: 'LLM_API_KEY' } },
        { messageId: 'opaqueKey', line: 3, data: { name: 'GW_API_KEY' } }
      ]
    },
    {
      name: 'a key hit is not reported twice as an opaque value',
      files: { '.env': `OPENAI_API_KEY=${openai}\n` },
      errors: [{ messageId: 'providerKey', line: 1, column: 16 }]
    },
    {
      name: 'literal bearer token in a Codex config',
      files: { '.codex/config.toml': `[model_providers.gw]\nbase_url = "https://api.rutaapi.com/v1"\nexperimental_bearer_token = "${fakeKeys.opaque('c')}"\n` },
      errors: [{ messageId: 'opaqueKey', line: 3, data: { name: 'experimental_bearer_token', fileKind: 'the Codex config' } }]
    }
  ]
})

describe('leaked-key on key lists', () => {
  it('reports an unrecognised item of a list beside a recognised one', () => {
    const results = runRule(rule, { '.env': `MISTRAL_API_KEY=${fakeKeys.groq()},${fakeKeys.opaque('m2', 32)}\n` })
    expect(results.map((r) => r.messageId).sort()).toEqual(['opaqueKey', 'providerKey'])
  })
})
