/** The reusable workflow (.github/workflows/llm-env-lint.yml) passes only inputs the action has, with its defaults. */
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const read = (path: string): unknown => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'))

interface Workflow {
  on: { workflow_call: { inputs: Record<string, { type: string; default?: unknown }>; outputs: Record<string, { value: string }> } }
  jobs: { lint: { permissions?: unknown; outputs: Record<string, string>; steps: { id?: string; uses?: string; with?: Record<string, string> }[] } }
}
interface Action {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}

describe('the reusable workflow', () => {
  const workflow = read('.github/workflows/llm-env-lint.yml') as Workflow
  const action = read('action.yml') as Action
  const step = workflow.jobs.lint.steps.find((s) => s.id === 'lint')!

  it('runs the action with inputs it has, each of its own inputs passed under the same name with the same default', () => {
    expect(step.uses).toMatch(/^llm-env-lint\/llm-env-lint@v\d+$/)
    for (const name of Object.keys(step.with!)) expect(Object.keys(action.inputs)).toContain(name)
    for (const [name, input] of Object.entries(workflow.on.workflow_call.inputs)) {
      if (name === 'upload-sarif') continue
      expect({ name, passed: step.with![name] }).toEqual({ name, passed: `\${{ inputs.${name} }}` })
      expect({ name, default: String(input.default) }).toEqual({ name, default: action.inputs[name]!.default ?? '' })
    }
  })

  it("asks for no permissions of its own and exposes outputs the action sets", () => {
    expect(workflow.jobs.lint.permissions).toBeUndefined()
    for (const value of Object.values(workflow.jobs.lint.outputs)) {
      const [, output] = /^\$\{\{ steps\.lint\.outputs\.([\w-]+) \}\}$/.exec(value) ?? []
      expect(Object.keys(action.outputs)).toContain(output)
    }
  })
})
