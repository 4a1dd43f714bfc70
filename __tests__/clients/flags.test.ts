import { describe, expect, it } from '@jest/globals'
import { flagIsOn } from '../../src/clients/flags.js'
import type { FlagVar } from '../../src/clients/types.js'

const flag = (reads: FlagVar['reads'], value?: string, ignoreCase?: boolean): FlagVar => ({ name: 'X', reads, whenOn: 'does x', source: 'test', ...(value !== undefined && { value }), ...(ignoreCase && { ignoreCase }) })

describe('flagIsOn', () => {
  it('reads a set-or-not flag as on for any value but the empty one, "false" included', () => {
    expect(['', 'false', '0', 'true'].map((v) => flagIsOn(flag('non-empty'), v))).toEqual([false, true, true, true])
  })

  it('reads an exact flag as on only for its value, in its case unless the client ignores case', () => {
    expect(['true', 'TRUE', '1'].map((v) => flagIsOn(flag('equals', 'true'), v))).toEqual([true, false, false])
    expect(['true', 'TRUE'].map((v) => flagIsOn(flag('equals', 'true', true), v))).toEqual([true, true])
  })

  it('reads an off-unless flag as on for anything but its value', () => {
    expect(['0', 'false', '1'].map((v) => flagIsOn(flag('not-equals', '0'), v))).toEqual([false, true, true])
  })
})
