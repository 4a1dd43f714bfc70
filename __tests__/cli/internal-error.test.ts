import { describe, it, expect, jest } from '@jest/globals'

// The one path no real repository can reach: a bug of ours while linting.
jest.unstable_mockModule('../../src/engine/pipeline.js', () => ({
  lintRepository: async () => {
    throw new Error('rule base-url-path failed: boom')
  }
}))
const { main } = await import('../../src/cli/main.js')

async function cli(env: Record<string, string>) {
  let stdout = ''
  let stderr = ''
  const code = await main([], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: process.cwd(),
    env
  })
  return { code, stdout, stderr }
}

describe('llm-env-lint CLI on an internal failure', () => {
  it('exits 3 with a one-line message', async () => {
    expect(await cli({})).toEqual({ code: 3, stdout: '', stderr: 'llm-env-lint: internal error: rule base-url-path failed: boom\n' })
  })

  it('adds the stack trace when LLM_ENV_LINT_DEBUG is set', async () => {
    const run = await cli({ LLM_ENV_LINT_DEBUG: '1' })
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/^llm-env-lint: internal error: rule base-url-path failed: boom\nError: rule base-url-path failed: boom\n\s+at /)
  })
})
