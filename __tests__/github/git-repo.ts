/** A throwaway git repository for tests: files written and committed through the real git. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Fixed identities, and no user or system config, so every run makes the same commits. */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.test',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1'
}

export class GitRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 'llm-env-lint-git-'))
  /** Each git call happens a minute after the last, so commit order by date is well defined. */
  private minutes = 0

  constructor() {
    this.git('init', '--quiet', '--initial-branch=main')
  }

  git(...args: string[]): string {
    const date = new Date(Date.parse('2026-11-26T12:00:00Z') + 60_000 * this.minutes++).toISOString()
    const env = { ...GIT_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }
    return execFileSync('git', args, { cwd: this.dir, env, encoding: 'utf8' }).trim()
  }

  write(path: string, content: string | Buffer): this {
    mkdirSync(dirname(join(this.dir, path)), { recursive: true })
    writeFileSync(join(this.dir, path), content)
    return this
  }

  remove(path: string): this {
    unlinkSync(join(this.dir, path))
    return this
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string): string {
    this.git('add', '--all')
    this.git('commit', '--quiet', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD')
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
