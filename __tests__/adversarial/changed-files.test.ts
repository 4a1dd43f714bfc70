/**
 * Class 1: a pull request must not pass with a key in it. GitHub leaves the `patch` out of very large diffs; such a
 * file was dropped from the changed set, and its findings with it.
 */
import { afterEach, beforeEach, describe, it, expect } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { onlyChanged } from '../../src/action/pull-request.js'
import { toChangedLines } from '../../src/discover/diff.js'
import { changedFiles } from '../../src/github/changed-files.js'
import type { Finding } from '../../src/core/types.js'
import type { ReportContext } from '../../src/reporters/types.js'
import { GitHubServer } from '../helpers/github-server.js'

const span = { start: { line: 9000, column: 1 }, end: { line: 9000, column: 60 } }
const leak: Finding = { ruleId: 'leaked-key', messageId: 'literal', severity: 'error', message: 'a key', file: 'big.env', span, fingerprint: 'f', origin: 'tree' }
const context: ReportContext = {
  findings: [leak],
  rules: [],
  scopes: [],
  tool: { name: 'llm-env-lint', version: '0.0.0-test', docsBaseUrl: 'https://example.test/docs' },
  stats: { files: 1, entries: 1 },
  failOn: 'error'
}

describe('a changed file GitHub lists without a patch', () => {
  let server: GitHubServer
  beforeEach(async () => (server = await GitHubServer.start()))
  afterEach(() => server.close())

  it('is judged whole: its findings stay in the report the PR is judged by', async () => {
    server.addPullRequest('octo/app', 3, [
      { filename: 'big.env', status: 'modified', changes: 20_000 },
      { filename: 'small.env', status: 'modified', changes: 1, patch: '@@ -1 +1 @@\n-A=1\n+A=2' }
    ])
    const listed = await changedFiles(getOctokit('t', { baseUrl: server.url }), { owner: 'octo', repo: 'app', pullNumber: 3 })
    if (!listed.ok) throw new Error(listed.failure.message)
    const shown = onlyChanged(context, toChangedLines(listed.value.files))
    expect(shown.findings).toEqual([leak])
  })
})
