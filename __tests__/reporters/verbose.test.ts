import { describe, it, expect } from '@jest/globals'
import { renderSections, verboseSections } from '../../src/reporters/verbose.js'
import { reportContext } from './report-fixture.js'

describe('verbose header', () => {
  it('has a section for the files read and one for the files not read, as aligned two-column lists', () => {
    const context = {
      ...reportContext(),
      files: {
        read: [
          { path: '.env.local', kind: 'dotenv' as const, matchedBy: 'name' as const, uncommitted: true },
          { path: 'deploy/app.yaml', kind: 'kubernetes' as const, matchedBy: 'content' as const }
        ],
        skipped: [{ path: 'big.env', reason: 'too-large' as const, detail: '6000000 bytes' }]
      }
    }
    const sections = verboseSections(context)
    expect(sections.map((s) => s.title)).toEqual(['Configuration files read (2)', 'Files not read (1)'])
    expect(renderSections(sections)).toBe(
      [
        'Configuration files read (2):',
        '  .env.local       dotenv, by name, not committed (git ignores it)',
        '  deploy/app.yaml  kubernetes, by content',
        'Files not read (1):',
        '  big.env  larger than the size limit (6000000 bytes)',
        '',
        ''
      ].join('\n')
    )
  })

  it('says none for an empty list, escapes control characters in names, and is empty without file lists', () => {
    const context = { ...reportContext(), files: { read: [], skipped: [{ path: 'a\n::error::x', reason: 'unreadable' as const }] } }
    expect(renderSections(verboseSections(context))).toBe(
      'Configuration files read (0):\n  none\nFiles not read (1):\n  a\\u000a::error::x  could not be read\n\n'
    )
    expect(renderSections(verboseSections(reportContext()))).toBe('')
  })
})
