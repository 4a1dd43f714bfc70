/**
 * V8 doubles its young generation (two halves of 1 MB at the start, up to 16 MB each on node 20 and 22, 32 MB on
 * node 24) whenever as much has survived collections as the space holds. A scan keeps what it reads, the facts and the
 * model, to its end, so nearly every run grows it to the full size, and every fresh page costs a page fault: on the
 * 5,000 `.env` files of the benchmark ~22,500 faults against ~14,700 with the young generation held.
 * The growth factor is read at each growth (`SemiSpaceNewSpace::Grow`, deps/v8/src/heap/new-spaces.cc), so setting it
 * to 1 once the process runs holds the size; the maximum size cannot be changed after start-up.
 */
import { setFlagsFromString } from 'node:v8'

/**
 * The V8 majors on which holding the size was measured (node 20: 11.3, node 22: 12.4, node 24: 13.6). Another V8 may
 * not know the flag, and V8 writes an unknown flag's error to stderr, in the middle of a run's messages.
 */
const MEASURED_V8_MAJORS = { from: 11, to: 13 }

/** V8's own growth factor, given back by {@link letYoungGenerationGrow}: its code-cache tag is then V8's own again. */
const V8_GROWTH_FACTOR = 2

/** Whether the young generation can be held on this V8 (`process.versions.v8`). */
export function holdsYoungGeneration(v8Version: string): boolean {
  const major = Number.parseInt(v8Version, 10)
  return major >= MEASURED_V8_MAJORS.from && major <= MEASURED_V8_MAJORS.to
}

/**
 * Keeps V8's young generation at its size now for the rest of the process (its worker threads too), where measured.
 * Holding it changes V8's code-cache tag, so Node's cached compilations of its own modules no longer apply to the
 * modules loaded after: the entries call this once their chunks are loaded.
 */
export function keepYoungGenerationSmall(v8Version: string = process.versions.v8): void {
  if (holdsYoungGeneration(v8Version)) setFlagsFromString('--semi-space-growth-factor=1')
}

/**
 * Lets the young generation grow again (a large file is streamed: each 1 MiB chunk is a large object, which a small
 * young generation promotes to the old one, where it waits for a full collection; a 200 MB log peaked ~40 MB higher).
 * Flags are the process's, not a thread's: a scan worker streaming the file lets the main thread's grow too.
 */
export function letYoungGenerationGrow(v8Version: string = process.versions.v8): void {
  if (holdsYoungGeneration(v8Version)) setFlagsFromString(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`)
}
