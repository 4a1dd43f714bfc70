import { afterAll } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Sets environment variables for one test and returns a function that puts every one back. Input
 * names keep their dashes (`INPUT_FAIL-ON`), as the runner sets them.
 */
export function setEnv(values: Readonly<Record<string, string | undefined>>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]))
  const apply = (entries: Readonly<Record<string, string | undefined>>): void => {
    for (const [name, value] of Object.entries(entries)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(values)
  return () => apply(saved)
}

/** `fail-on` → `INPUT_FAIL-ON`, as @actions/core looks it up. */
export const inputVariable = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/** Every `INPUT_*` variable, unset: tests start from the action.yml defaults being absent, as in a local run. */
export function withoutInputs(): Record<string, undefined> {
  return Object.fromEntries(Object.keys(process.env).filter((name) => name.startsWith('INPUT_')).map((name) => [name, undefined]))
}

/** Runner folders made here, removed after the test file that made them. */
const made: string[] = []
afterAll(() => Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true }))))

/** Files the runner provides: `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, and `RUNNER_TEMP`; removed after the test file. */
export async function runnerFiles(): Promise<{ output: string; summary: string; temp: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'llm-env-lint-runner-'))
  made.push(dir)
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), temp: await mkdtemp(join(dir, 'temp-')) }
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  return files
}

/** Parses the `name<<delimiter … delimiter` blocks @actions/core appends to `GITHUB_OUTPUT`. */
export async function readOutputs(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8')
  return Object.fromEntries([...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map(([, name, , value]) => [name!, value!]))
}
