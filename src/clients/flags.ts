import type { FlagVar } from './types.js'

/** Whether the client reads `value` of a flag as on, by the way the profile says it reads the flag. */
export function flagIsOn(flag: FlagVar, value: string): boolean {
  const same = (a: string, b: string): boolean => (flag.ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b)
  switch (flag.reads) {
    case 'non-empty':
      return value !== ''
    case 'equals':
      return same(value, flag.value ?? '')
    case 'not-equals':
      return !same(value, flag.value ?? '')
  }
}
