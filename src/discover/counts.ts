/**
 * The file-system calls and git runs discovery and reading make, counted so that tests can bound the work per
 * file (an `lstat` only for symlinks, one read per file, no git outside a repository, no walk for a pull request's
 * selection) without timing anything.
 * Incrementing a number costs nothing next to the call it counts.
 */
export const ioCounts = { readdir: 0, lstat: 0, realpath: 0, fstat: 0, read: 0, gitSpawn: 0 }

export function resetIoCounts(): void {
  for (const name of Object.keys(ioCounts) as (keyof typeof ioCounts)[]) ioCounts[name] = 0
}
