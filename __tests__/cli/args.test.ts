import { describe, it, expect } from '@jest/globals'
import { parseCliArgs, UsageError } from '../../src/cli/args.js'

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

  it('rejects unknown flags, missing values and extra paths in one short sentence', () => {
    expect(usageError(['--probe-all'])).toBe("unknown option '--probe-all'")
    expect(usageError(['--format'])).toBe("option '--format <value>' argument missing")
    expect(usageError(['--config='])).toBe('--config needs a file name')
    expect(usageError(['a', 'b'])).toBe('expected at most one path, got 2: a b')
  })
})
