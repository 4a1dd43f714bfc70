#!/usr/bin/env node
// The package's `bin`: ncc has no banner option, so the shebang lives here and the bundle stays as built.
import module from 'node:module'

// Node ≥ 22.1 keeps compiled code between runs; the bundle is loaded after, so it is cached too.
module.enableCompileCache?.()
await import('../dist/cli/index.js')
