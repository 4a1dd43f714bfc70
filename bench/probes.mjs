#!/usr/bin/env node
/**
 * Benchmark: 20 deployments probed in parallel must take at most 1.5× the slowest single probe.
 *
 * Each deployment is a fake OpenAI-style provider on its own loopback port that answers after a fixed delay
 * (40 ms for the first, 10 ms more for each next one). A probe is two requests (GET /models, then the free chat
 * request), so a single probe takes about twice its server's delay. The script measures every probe alone, then all
 * 20 at once through runProbes with its default options, and prints the figures. Exit code 1 when the ratio is over.
 *
 * Usage: node bench/probes.mjs [--runs N]
 * The TypeScript sources are compiled with the project's tsc first (bench/compile.mjs); nothing else is needed.
 */
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { compile, compileDir } from './compile.mjs'

const DEPLOYMENTS = 20
const BASE_DELAY_MS = 40
const DELAY_STEP_MS = 10
const MAX_RATIO = 1.5
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5

const out = await compileDir()
try {
  const load = await compile(out, ['src/probes/run.ts', 'src/probes/http.ts', 'src/providers/catalog.ts', '__tests__/helpers/provider-server.ts'])
  const { runProbes } = await load('src/probes/run.js')
  const { createNodeTransport } = await load('src/probes/http.js')
  const { createCatalog } = await load('src/providers/catalog.js')
  const { startServer, openAiStyle } = await load('__tests__/helpers/provider-server.js')
  await bench({ runProbes, createNodeTransport, createCatalog, startServer, openAiStyle })
} finally {
  await rm(out, { recursive: true, force: true })
}

async function bench({ runProbes, createNodeTransport, createCatalog, startServer, openAiStyle }) {
  const delays = Array.from({ length: DEPLOYMENTS }, (_, i) => BASE_DELAY_MS + i * DELAY_STEP_MS)
  // Keys made at run time, never written anywhere: gateway-shaped tokens, one per deployment.
  const keys = delays.map(() => `sk-${randomBytes(36).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, 48)}`)
  const servers = await Promise.all(
    delays.map((delay, i) => {
      const answer = openAiStyle({ key: keys[i], models: ['gpt-4o-mini'] })
      return startServer((req, res) => setTimeout(() => answer(req, res), delay))
    })
  )
  try {
    const targets = servers.map((server, i) => ({
      id: `deployment-${i + 1}`,
      key: keys[i],
      baseUrl: server.origin,
      chatUrl: `${server.origin}/v1/chat/completions`,
      models: ['gpt-4o-mini'],
      anchor: { file: '.env', span: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } }
    }))
    const options = { transport: createNodeTransport(), policy: { catalog: createCatalog(), extraHosts: servers.map((s) => s.host) } }

    const timed = async (list) => {
      const started = performance.now()
      const results = await runProbes(list, options)
      const ms = performance.now() - started
      if (!results.every((r) => r.verdicts.every((v) => v.outcome === 'verified'))) throw new Error('a probe did not verify')
      return ms
    }

    await timed(targets) // warm-up: JIT, sockets
    const single = []
    for (const t of targets) single.push(await timed([t]))
    const slowest = Math.max(...single)
    const parallel = []
    for (let i = 0; i < runs; i++) parallel.push(await timed(targets))
    const ratios = parallel.map((ms) => ms / slowest)
    const worst = Math.max(...ratios)

    const fmt = (ms) => `${ms.toFixed(1)} ms`
    console.log(`llm-env-lint probe benchmark (Node ${process.version}, ${DEPLOYMENTS} deployments, server delays ${delays[0]}–${delays.at(-1)} ms, 2 requests per probe)`)
    console.log(`single probes, one at a time: fastest ${fmt(Math.min(...single))}, slowest ${fmt(slowest)}, sum ${fmt(single.reduce((a, b) => a + b, 0))}`)
    console.log(`all ${DEPLOYMENTS} in parallel, ${runs} runs: ${parallel.map(fmt).join(', ')}`)
    console.log(`ratio parallel / slowest single: median ${median(ratios).toFixed(3)}, worst ${worst.toFixed(3)} (limit ${MAX_RATIO})`)
    console.log(worst <= MAX_RATIO ? 'PASS' : 'FAIL')
    process.exitCode = worst <= MAX_RATIO ? 0 : 1
  } finally {
    await Promise.all(servers.map((s) => s.close()))
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
