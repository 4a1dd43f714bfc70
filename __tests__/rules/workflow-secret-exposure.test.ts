import { testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/workflow-secret-exposure.js'

const prTarget = (steps: string, jobExtra = '') => ({
  '.github/workflows/pr.yml': `on: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n${steps}`
})
const checkoutHead = '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n'

testRule(rule, {
  valid: [
    { name: 'pull_request_target on the base branch', files: prTarget('      - uses: actions/checkout@v4\n      - run: npm test\n        env:\n          KEY: ${{ secrets.OPENAI_API_KEY }}\n') },
    { name: 'PR head checkout without secrets', files: prTarget(`${checkoutHead}      - run: npm test\n`) },
    {
      name: 'pull_request with the head checked out (no secrets for forks)',
      files: { '.github/workflows/pr.yml': `on: pull_request\njobs:\n  build:\n    runs-on: x\n    steps:\n${checkoutHead}      - run: npm test\n        env:\n          KEY: \${{ secrets.OPENAI_API_KEY }}\n` }
    }
  ],
  invalid: [
    {
      name: 'PR code runs with a secret',
      files: prTarget(`${checkoutHead}      - run: npm ci && npm test\n        env:\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n`),
      errors: [{ messageId: 'runsPrCode', line: 8, column: 16, data: { job: 'build', secrets: 'secret OPENAI_API_KEY' } }]
    },
    {
      name: 'PR code checked out with every secret inherited',
      files: prTarget(checkoutHead + '      - uses: some/action@v1\n        with:\n          all: ${{ toJSON(secrets) }}\n'),
      errors: [{ messageId: 'checksOutPrCode', data: { secrets: 'every secret' } }]
    },
    {
      name: 'secret echoed to the log',
      files: { '.github/workflows/ci.yml': 'on: push\njobs:\n  debug:\n    runs-on: x\n    steps:\n      - run: echo ${{ secrets.OPENAI_API_KEY }}\n' },
      errors: [{ messageId: 'echoedSecret', line: 6, data: { job: 'debug', secret: 'OPENAI_API_KEY' } }]
    }
  ]
})
