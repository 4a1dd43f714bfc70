/**
 * Preloaded with `node --import` where GNU time is missing: writes the process's peak resident set
 * size (kB) to $BENCH_RSS_FILE when it exits.
 */
import { writeFileSync } from 'node:fs'

process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)))
