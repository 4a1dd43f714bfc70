import { describe, it, expect } from '@jest/globals'
import { parseCliArgs, UsageError } from '../../src/cli/args.js'
import { fakeKeys } from '../helpers/keys.js'

const usageError = (argv: string[]): string => {
  try {
    parseCliArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error(`no usage error for ${argv.join(' ')}`)
}

describe('parseCliArgs', () => {
  it('scans the current folder as text and fails on errors by default', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'lint', path: '.', format: 'text', failOn: 'error' })
    expect(parseCliArgs(['--verbose', '--include-ignored'])).toEqual({
      kind: 'lint',
      path: '.',
      format: 'text',
      failOn: 'error',
      verbose: true,
      includeIgnored: true
    })
  })

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    expect(parseCliArgs(['repo', '--format', 'json', '--fail-on=warning', '--config', 'ci/lint.yml'])).toEqual({
      kind: 'lint',
      path: 'repo',
      format: 'json',
      failOn: 'warning',
      config: 'ci/lint.yml'
    })
    expect(parseCliArgs(['--format=sarif', '--fail-on', 'never'])).toMatchObject({ format: 'sarif', failOn: 'never' })
  })

  it('reads --fix and --fix-dry-run, which exclude each other, --staged, --write-baseline and --probe', () => {
    expect(parseCliArgs(['--fix'])).toMatchObject({ kind: 'lint', fix: 'apply' })
    expect(parseCliArgs(['--fix-dry-run', 'app'])).toMatchObject({ kind: 'lint', path: 'app', fix: 'dry-run' })
    expect(parseCliArgs([])).not.toHaveProperty('fix')
    for (const argv of [['--fix', '--fix-dry-run'], ['--fix', '--staged'], ['--fix-dry-run', '--write-baseline', 'b.json'], ['--fix', '--probe']]) {
      expect(() => parseCliArgs(argv)).toThrow(UsageError)
    }
  })

  it('lets --help and --version win over everything else', () => {
    expect(parseCliArgs(['repo', '--format', 'json', '--help'])).toEqual({ kind: 'help' })
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' })
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' })
    expect(parseCliArgs(['-v'])).toEqual({ kind: 'version' })
  })

  it('names the flag and the allowed values when a value is wrong', () => {
    expect(usageError(['--format', 'xml'])).toBe('invalid --format "xml": expected one of text, json, sarif')
    expect(usageError(['--fail-on', 'errors'])).toBe('invalid --fail-on "errors": expected one of error, warning, note, never')
  })

  it('rejects unknown flags and missing values in one short sentence', () => {
    expect(usageError(['--probe-all'])).toBe("unknown option '--probe-all'")
    expect(usageError(['--format'])).toBe("option '--format <value>' argument missing")
    expect(usageError(['--config='])).toBe('--config needs a file name')
  })

  it('reads one folder or file as the path, two or more as files judged in the current folder, and --staged', () => {
    expect(parseCliArgs(['a.env'])).toEqual({ kind: 'lint', path: 'a.env', format: 'text', failOn: 'error' })
    expect(parseCliArgs(['a.env', 'b.yml', '--staged'])).toEqual({ kind: 'lint', path: '.', files: ['a.env', 'b.yml'], staged: true, format: 'text', failOn: 'error' })
  })

  it('reads the probe flags, with the defaults of the action', () => {
    expect(parseCliArgs(['--probe'])).toMatchObject({ probe: { hosts: '', chat: false, failOnIndeterminate: false, timeoutMs: 10_000 } })
    expect(
      parseCliArgs(['--probe', '--probe-hosts', 'llm.example.com,127.0.0.1:11434', '--probe-chat', '--fail-on-indeterminate', '--probe-timeout=2', '--base-url', 'https://api.rutaapi.com', '--model', 'gpt-4o'])
    ).toEqual({
      kind: 'lint',
      path: '.',
      format: 'text',
      failOn: 'error',
      probe: { hosts: 'llm.example.com,127.0.0.1:11434', chat: true, failOnIndeterminate: true, timeoutMs: 2000, maxRequests: 50, baseUrl: 'https://api.rutaapi.com', model: 'gpt-4o' }
    })
  })

  it('refuses probe flags without --probe, and bad probe values, naming the flag', () => {
    expect(usageError(['--probe-chat'])).toBe('--probe-chat needs --probe')
    expect(usageError(['--base-url', 'https://api.rutaapi.com'])).toBe('--base-url needs --probe')
    expect(usageError(['--probe', '--probe-timeout', '0'])).toBe('invalid --probe-timeout "0": expected seconds greater than 0 and at most 300')
    expect(usageError(['--probe', '--base-url='])).toBe('--base-url needs a URL')
  })

  it('never takes a key as an argument, and never quotes one back', () => {
    const key = fakeKeys.openaiProject('args')
    for (const argv of [['--api-key', key], [`--api-key=${key}`], ['--probe', '--key', key], ['--token', key]]) {
      const message = usageError(argv)
      expect(message).toMatch(/^keys are never read from the command line/)
      expect(message).not.toContain(key.slice(10, 30))
    }
  })
})

