import { describe, it, expect } from '@jest/globals'
import { mapWithConcurrency } from '../../src/discover/pool.js'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapWithConcurrency', () => {
  it('keeps the input order whatever order the calls finish in', async () => {
    const result = await mapWithConcurrency([30, 10, 20, 0], 2, async (ms, index) => {
      await tick(ms)
      return `${index}:${ms}`
    })
    expect(result).toEqual(['0:30', '1:10', '2:20', '3:0'])
  })

  it('never has more than `limit` calls in flight', async () => {
    let inFlight = 0
    let peak = 0
    await mapWithConcurrency(Array.from({ length: 50 }, (_, i) => i), 4, async () => {
      peak = Math.max(peak, ++inFlight)
      await tick(1)
      inFlight--
    })
    expect(peak).toBe(4)
  })

  it('handles an empty list', async () => {
    expect(await mapWithConcurrency([], 8, async () => 1)).toEqual([])
  })

  it('rejects when a call rejects', async () => {
    await expect(mapWithConcurrency([1, 2], 2, async (n) => {
      if (n === 2) throw new Error('boom')
      return n
    })).rejects.toThrow('boom')
  })
})
