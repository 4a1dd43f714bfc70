import { describe, it, expect } from '@jest/globals'
import { prContext } from '../../src/github/context.js'

/** A pull_request payload as GitHub sends it, trimmed to what matters. */
function payload(head: { full_name: string; fork?: boolean } | null, base = 'octo/nextchat-fork'): object {
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: base, fork: true } },
      head: { sha: 'h'.repeat(40), ref: 'fix-base-url', repo: head }
    },
    repository: { full_name: base }
  }
}

describe('prContext', () => {
  it('reads number, shas, refs and repository of a same-repository PR', () => {
    expect(prContext('pull_request', payload({ full_name: 'octo/nextchat-fork', fork: true }))).toEqual({
      event: 'pull_request',
      number: 42,
      owner: 'octo',
      repo: 'nextchat-fork',
      base: { sha: 'b'.repeat(40), ref: 'main' },
      head: { sha: 'h'.repeat(40), ref: 'fix-base-url', repoFullName: 'octo/nextchat-fork' },
      // head.repo.fork is true (the repository is a NextChat fork), yet the PR is not from a fork.
      isFork: false
    })
  })

  it('marks a PR from another repository as a fork', () => {
    const context = prContext('pull_request', payload({ full_name: 'stranger/nextchat-fork', fork: true }))
    expect(context?.isFork).toBe(true)
    expect(context?.head.repoFullName).toBe('stranger/nextchat-fork')
  })

  it('treats a PR whose fork was deleted as a fork', () => {
    const context = prContext('pull_request_target', payload(null))
    expect(context).toMatchObject({ event: 'pull_request_target', isFork: true })
    expect(context?.head.repoFullName).toBeUndefined()
  })

  it('compares repository names without case', () => {
    expect(prContext('pull_request', payload({ full_name: 'Octo/NextChat-Fork' }))?.isFork).toBe(false)
  })

  it('has no PR context for other events or malformed payloads', () => {
    expect(prContext('push', payload({ full_name: 'octo/nextchat-fork' }))).toBeUndefined()
    expect(prContext('schedule', {})).toBeUndefined()
    expect(prContext('pull_request', {})).toBeUndefined()
    expect(prContext('pull_request', { pull_request: { number: 'x' } })).toBeUndefined()
    expect(prContext('pull_request', undefined)).toBeUndefined()
  })

  it.each([
    ['a number that is not a positive whole number', (pr: any) => (pr.number = 0)],
    ['a fractional number', (pr: any) => (pr.number = 1.5)],
    ['an empty base sha', (pr: any) => (pr.base.sha = '')],
    ['a head without a ref', (pr: any) => delete pr.head.ref],
    ['a head without a repo (null is a deleted fork; absent is malformed)', (pr: any) => delete pr.head.repo],
    ['a base repository name without an owner', (pr: any) => (pr.base.repo.full_name = 'nextchat-fork')],
    ['a head repository name with two slashes', (pr: any) => (pr.head.repo.full_name = 'a/b/c')]
  ])('refuses a payload with %s', (_what, spoil) => {
    const event = payload({ full_name: 'octo/nextchat-fork' }) as { pull_request: unknown }
    spoil(event.pull_request)
    expect(prContext('pull_request', event)).toBeUndefined()
  })
})
