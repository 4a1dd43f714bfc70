import { body, fakeKeys } from '../helpers/keys.js'
import { testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/workflow-hardcoded-key.js'

const workflow = (body: string) => ({ '.github/workflows/ci.yml': `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n${body}` })

testRule(rule, {
  valid: [
    { name: 'secrets reference', files: workflow('    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: npm test\n') },
    { name: 'placeholder', files: workflow('    env:\n      OPENAI_API_KEY: sk-your-key-here\n    steps:\n      - run: npm test\n') },
    // The dummy keys local servers' docs use: Ollama ("required, but unused"), LM Studio, llama.cpp's server.
    ...['ollama', 'lm-studio', 'sk-no-key-required', 'not-needed'].map((value) => ({
      name: `OPENAI_API_KEY: ${value} for a local model server`,
      files: workflow(`    env:\n      OPENAI_API_KEY: ${value}\n      OPENAI_BASE_URL: http://localhost:11434/v1\n    steps:\n      - run: npm test\n`)
    })),
    { name: 'throwaway service password', files: workflow('    env:\n      POSTGRES_PASSWORD: postgres\n    steps:\n      - run: npm test\n') },
    { name: 'cache key input', files: workflow('    steps:\n      - uses: actions/cache@v4\n        with:\n          key: node-modules-v2\n') },
    { name: 'recognised provider keys belong to leaked-key', files: workflow(`    env:\n      GROQ_API_KEY: ${fakeKeys.groq()}\n    steps:\n      - run: npm test\n`) },
    { name: 'empty value', files: workflow('    env:\n      NPM_TOKEN: ""\n    steps:\n      - run: npm test\n') },
    // General secret scanners own other services' credentials.
    { name: 'a deploy action input', files: workflow('    steps:\n      - uses: some/deploy@v1\n        with:\n          api-key: hunter2-correct-horse\n') },
    { name: 'a random deploy key', files: workflow(`    env:\n      DEPLOY_KEY: ${fakeKeys.opaque('d')}\n    steps:\n      - run: ./deploy\n`) },
    { name: 'a search API key', files: workflow(`    env:\n      TAVILY_API_KEY: tvly-${fakeKeys.opaque('t', 32)}\n    steps:\n      - run: npm test\n`) },
    // The text scan recognises it with its name, so leaked-key reports it.
    { name: 'a gateway key exported in a run script', files: workflow(`    steps:\n      - run: |\n          export OPENAI_API_KEY=${fakeKeys.gateway()}\n          npm test\n`) }
  ],
  invalid: [
    {
      name: 'opaque key in job env',
      files: workflow(`    env:\n      MISTRAL_API_KEY: ${fakeKeys.opaque('m', 32)}\n    steps:\n      - run: npm test\n`),
      errors: [{ messageId: 'literalCredential', line: 6, column: 24, fix: '${{ secrets.MISTRAL_API_KEY }}', data: { name: 'MISTRAL_API_KEY' } }]
    },
    {
      name: 'an LLM key in a with: input',
      files: workflow(`    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          anthropic_api_key: ${fakeKeys.opaque('cc', 48)}\n`),
      errors: [{ messageId: 'literalCredential', line: 8, fix: '${{ secrets.ANTHROPIC_API_KEY }}' }]
    },
    {
      name: 'a lower-case-and-digit key under an LLM variable',
      files: workflow(`    env:\n      LLM_API_KEY: ${body(40, 'abcdefghijklmnopqrstuvwxyz0123456789', 'lc')}\n      LLM_BASE_URL: https://llm.internal.example/v1\n    steps:\n      - run: npm test\n`),
      errors: [{ messageId: 'literalCredential', line: 6, data: { name: 'LLM_API_KEY' } }]
    }
  ]
})
