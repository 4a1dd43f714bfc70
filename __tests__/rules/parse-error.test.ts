import { testRule } from '../helpers/rule-tester.js'
import { rule } from '../../src/rules/parse-error.js'

testRule(rule, {
  valid: [
    { name: 'well-formed compose file', files: { 'docker-compose.yml': 'services:\n  app:\n    image: x\n' } },
    { name: 'text files are never parsed', files: { 'notes.txt': '{{{ not yaml\n' } }
  ],
  invalid: [
    {
      name: 'broken YAML',
      files: { 'docker-compose.yml': 'services:\n  app:\n    environment: [\n' },
      errors: [{ messageId: 'unparsable', file: 'docker-compose.yml', data: { fileKind: 'the compose file' } }]
    },
    {
      name: 'one YAML mistake gives one finding, not the errors that follow from it',
      files: { '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: x\n    env:\n\t  KEY: 1\n    steps:\n      - run: true\n' },
      errors: [{ messageId: 'unparsable', line: 6, column: 1 }]
    },
    {
      name: 'broken JSON',
      files: { 'vercel.json': '{"env": {"A": }\n' },
      errors: [{ messageId: 'unparsable', line: 1, data: { fileKind: 'vercel.json' } }]
    }
  ]
})
