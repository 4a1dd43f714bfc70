/**
 * Repositories built to exhaust the parsers and the pairing, shared by the adversarial test (small sizes, checks
 * what is found) and `npm run bench:adversarial` (full sizes, checks how long it takes). Paths → file contents.
 */
import { body } from './keys.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Merge keys and aliases that multiply (10^24 paths), a 1,000-job workflow of aliased steps, and a cycle. */
export function yamlBombs(): Record<string, string> {
  const merges = ['x-m0: &m0 {OPENAI_API_KEY: a}']
  for (let i = 1; i <= 24; i++) merges.push(`x-m${i}: &m${i}\n  <<: [${Array(10).fill(`*m${i - 1}`).join(', ')}]`)
  const steps = Array.from({ length: 300 }, (_, i) => `  - run: echo \${{ secrets.K${i} }}\n    env:\n      OPENAI_API_KEY: \${{ secrets.K${i} }}`).join('\n')
  const jobs = Array.from({ length: 1000 }, (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    steps: *steps`).join('\n')
  return {
    'docker-compose.yml': `${merges.join('\n')}\nservices:\n  app:\n    environment: *m24\n`,
    '.github/workflows/bomb.yml': `on: pull_request_target\nx-steps: &steps\n${steps}\njobs:\n${jobs}\n`,
    'cycle/docker-compose.yml': 'services: &s\n  app:\n    <<: *s\n'
  }
}

export interface LargeSizes {
  /** Lines of `K<i>_API_KEY=<random>` in one .env file. */
  readonly envLines: number
  /** Characters of minified JavaScript full of `sk-` strings. */
  readonly minifiedChars: number
  /** Jobs of one workflow, each with a secret in env and echoed. */
  readonly jobs: number
  /** Services of one compose file, each an alias of the same environment map. */
  readonly services: number
}

/** The sizes that once took minutes (pairing by name stem looked through every entry for each key). */
export const FULL_SIZES: LargeSizes = { envLines: 100_000, minifiedChars: 4 * 1024 * 1024, jobs: 1000, services: 20_000 }

/** A .env of `envLines` LLM credentials (leaked-key reports those only), a minified file of `sk-` strings, a `jobs`-job workflow, a `services`-service compose file. */
export function largeInputs(sizes: LargeSizes): Record<string, string> {
  const env = Array.from({ length: sizes.envLines }, (_, i) => `K${i}_LLM_API_KEY=${body(30, ALNUM, `env${i}`)}`).join('\n')
  const minified: string[] = []
  for (let i = 0, length = 0; length < sizes.minifiedChars; i++) {
    const statement = `var a${i}="sk-${body(48, ALNUM, `js${i}`)}";`
    minified.push(statement)
    length += statement.length
  }
  const jobs = Array.from(
    { length: sizes.jobs },
    (_, i) => `  j${i}:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.K${i} }}\n    steps:\n      - run: echo "\${{ secrets.K${i} }}"`
  ).join('\n')
  const services = Array.from({ length: sizes.services }, (_, i) => `  s${i}:\n    environment: *env`).join('\n')
  return {
    'big/.env': env,
    'app.min.js': minified.join(''),
    '.github/workflows/ci.yml': `on: push\njobs:\n${jobs}\n`,
    'many/docker-compose.yml': `x-env: &env {BASE_URL: https://app.rutaapi.com}\nservices:\n${services}\n`
  }
}
