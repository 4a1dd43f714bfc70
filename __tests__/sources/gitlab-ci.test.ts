import { describe, it, expect } from '@jest/globals'
import { gitlabCiParser } from '../../src/sources/gitlab-ci.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const parse = (text: string) => gitlabCiParser.parse({ path: '.gitlab-ci.yml', text })
const lines = (...l: string[]) => l.join('\n') + '\n'

describe('the gitlab-ci claim', () => {
  it('accepts .gitlab-ci.yml and included files under .gitlab/ci/', () => {
    expect(['.gitlab-ci.yml', 'sub/.gitlab-ci.yaml', '.gitlab/ci/deploy.yml'].map((path) => isClaimedBy('gitlab-ci', path))).toEqual([true, true, true])
    expect(['gitlab-ci.yml', '.gitlab/issue_templates/bug.md', '.gitlab-ci.yml.orig'].map((path) => isClaimedBy('gitlab-ci', path))).toEqual([false, false, false])
  })
})

describe('variables', () => {
  it('reads global variables in the file scope and job variables in the job scope, both forms', () => {
    const key = fakeKeys.openrouter()
    const text = lines(
      'stages: [deploy]',
      'variables:',
      '  OPENAI_BASE_URL: https://openrouter.ai/api/v1',
      '  MODEL:',
      '    value: openai/gpt-4o-mini',
      '    description: the model',
      'image: node:20',
      '.defaults:',
      '  variables:',
      '    LITERAL:',
      "      value: '$NOT_EXPANDED'",
      '      expand: false',
      'deploy:',
      '  stage: deploy',
      '  variables:',
      `    OPENAI_API_KEY: ${key}`,
      '    FROM_CI: $CI_VAR',
      '  script: [./deploy.sh]'
    )
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries.map((e) => [e.scope, e.key, e.value, e.form])).toEqual([
      ['.gitlab-ci.yml', 'OPENAI_BASE_URL', 'https://openrouter.ai/api/v1', 'literal'],
      ['.gitlab-ci.yml', 'MODEL', 'openai/gpt-4o-mini', 'literal'],
      ['.gitlab-ci.yml#jobs..defaults', 'LITERAL', '$NOT_EXPANDED', 'literal'],
      ['.gitlab-ci.yml#jobs.deploy', 'OPENAI_API_KEY', key, 'literal'],
      ['.gitlab-ci.yml#jobs.deploy', 'FROM_CI', '$CI_VAR', 'reference']
    ])
    expect(entries[1]).toMatchObject({ kind: 'gitlab-ci', path: ['variables', 'MODEL'], keySpan: span(4, 3, 4, 8), valueSpan: span(5, 12, 5, 30) })
  })
})

describe('bad input', () => {
  it('never throws: empty, a list at the top, variables that are not maps, malformed YAML', () => {
    expect(parse('')).toEqual({ entries: [], diagnostics: [] })
    expect(parse(lines('- a', '- b'))).toEqual({ entries: [], diagnostics: [] })
    expect(parse(lines('variables: [A, B]', 'job: [x]', 'job2:', '  variables: text')).entries).toEqual([])
    expect(parse(lines('variables:', '  A: [1, 2]')).entries.map((e) => [e.key, e.value])).toEqual([['A', undefined]])
    expect(parse('variables:\n  A: "open\n').diagnostics.length).toBeGreaterThan(0)
  })
})
