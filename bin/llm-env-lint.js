#!/usr/bin/env node
// The package's `bin`: ncc has no banner option, so the shebang lives here and the bundle stays as built.
import '../dist/cli/index.js'
