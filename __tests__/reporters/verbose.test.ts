import { describe, it, expect } from '@jest/globals'
import { renderSections, verboseSections } from '../../src/reporters/verbose.js'
import { reportContext } from './report-fixture.js'

describe('verbose header', () => {
  it('lists every deployment scope with its client, how it was chosen and on what evidence', () => {
    const [scopes] = verboseSections(reportContext())
    expect(scopes).toEqual({
      title: 'Deployment scopes and their clients (5)',
      lines: [
        '  .env                                           NextChat, by manifest: package-name nextchat in package.json',
        '  docker-compose.yml (service chatgpt-next-web)  NextChat, by image: docker-image yidadaa/chatgpt-next-web in docker-compose.yml',
        '  .env.production                                NextChat, by manifest: package-name nextchat in package.json',
        '  .github/workflows/deploy.yml (job deploy)      OpenAI SDK, guessed by default',
        '  vercel.json                                    NextChat, by manifest'
      ]
    })
  })

  it('has a section for the files read and one for the files not read, as aligned two-column lists', () => {
    const context = {
      ...reportContext(),
      scopes: [],
      files: {
        read: [
          { path: '.env.local', kind: 'dotenv' as const, matchedBy: 'name' as const, uncommitted: true },
          { path: 'deploy/app.yaml', kind: 'kubernetes' as const, matchedBy: 'content' as const }
        ],
        skipped: [{ path: 'big.env', reason: 'too-large' as const, detail: '6000000 bytes' }]
      }
    }
    const sections = verboseSections(context)
    expect(sections.map((s) => s.title)).toEqual(['Deployment scopes and their clients (0)', 'Configuration files read (2)', 'Files not read (1)'])
    expect(renderSections(sections)).toBe(
      [
        'Deployment scopes and their clients (0):',
        '  none',
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

  it('says none for an empty list and escapes control characters in names', () => {
    const context = { ...reportContext(), scopes: [], files: { read: [], skipped: [{ path: 'a\n::error::x', reason: 'unreadable' as const }] } }
    expect(renderSections(verboseSections(context))).toBe(
      'Deployment scopes and their clients (0):\n  none\nConfiguration files read (0):\n  none\nFiles not read (1):\n  a\\u000a::error::x  could not be read\n\n'
    )
  })
})
