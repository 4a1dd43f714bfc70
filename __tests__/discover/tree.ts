import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A temporary folder holding `files` (path → content); removed by `cleanup`. */
export async function makeTree(files: Readonly<Record<string, string | Uint8Array>>, prefix = 'llm-env-lint-'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix))
  await addFiles(root, files)
  return root
}

export async function addFiles(root: string, files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true })
    await writeFile(join(root, path), content)
  }
}

/** A symlink at `path` (inside `root`) whose content is `target`, as written. */
export async function addLink(root: string, path: string, target: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true })
  await symlink(target, join(root, path))
}

export const cleanup = (root: string): Promise<void> => rm(root, { recursive: true, force: true })

/** Runs git in `cwd`, isolated from the user's and the system's git config. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', HOME: cwd }
  })
}

/** `git init` in `root`, then `git add` of `paths` (everything when none are given). */
export function gitRepo(root: string, ...paths: string[]): void {
  git(root, 'init', '--quiet')
  git(root, 'add', ...(paths.length > 0 ? paths : ['.']))
}
