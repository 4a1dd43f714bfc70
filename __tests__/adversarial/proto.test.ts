/**
 * Class 8: names from the repository index maps; one named like a prototype member (`toString`, `__proto__`,
 * `constructor`) crashed `--probe`.
 */
import { describe, it, expect } from '@jest/globals'
import { runCli, withRepo } from './support.js'

const NAMES = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf']

describe('names like prototype members', () => {
  it('never crash a run, with or without --probe', async () => {
    const env = NAMES.map((n, i) => `OPENAI_API_KEY${i === 0 ? '' : `_${i}`}=\${${n}}\nOPENAI_BASE_URL${i === 0 ? '' : `_${i}`}=\${${n}}\n${n}=x\n`).join('')
    const workflow = `on: push\njobs:\n  ${NAMES.map((n) => `${n}:\n    runs-on: x\n    env:\n      OPENAI_API_KEY: \${{ secrets.${n} }}\n      ${n}: \${{ secrets.${n} }}\n    steps:\n      - run: echo \${{ secrets.${n} }}`).join('\n  ')}\n`
    const compose = `services:\n  ${NAMES.map((n) => `${n}:\n    image: yidadaa/chatgpt-next-web\n    environment:\n      ${n}: x\n      OPENAI_API_KEY: \${${n}}`).join('\n  ')}\n`
    await withRepo({ '.env': env, '.github/workflows/ci.yml': workflow, 'docker-compose.yml': compose, 'package.json': '{"name":"constructor"}' }, async (root) => {
      for (const args of [[], ['--probe']]) {
        const run = await runCli(root, ['--format', 'json', '--fail-on', 'never', ...args], { OPENAI_API_KEY: 'x'.repeat(40) })
        expect(run.stderr).not.toContain('internal error')
        expect(run.code).toBe(0)
      }
    })
  })
})
