import { yieldCoresToMainThread } from './background-threads.js'
import { keepYoungGenerationSmall } from './young-generation.js'

/**
 * Sets the process up for a run; the entries call it once their chunks are loaded. From then on V8's background
 * threads yield the cores to the run (background-threads.ts) and its young generation is held (young-generation.ts,
 * which says why only after loading).
 */
export function tuneRuntime(): void {
  yieldCoresToMainThread()
  keepYoungGenerationSmall()
}
