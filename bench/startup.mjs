/**
 * Cold start, for `npm run bench`: the built action on an empty repository (with the inputs and the files a runner
 * provides), the CLI's `--version`, and the CLI on an empty repository without and with a one-line config file (what
 * reading one costs: zod and the YAML parser), each against `node -e 0` in the same round.
 * Rounds are interleaved, so a change in the machine's load touches every command of a round alike.
 *
 *   import { ratios } from './startup.mjs'; await ratios({ runs, dist })   → [{ figure, ratio, spread, detail, target }]
 *
 * `dist` is the build to time (default: the project's dist/, with the CLI run through bin/ as users run it); point it
 * at another `npm run build` output to compare builds. Times are wall clock of the whole process, as a runner sees it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT } from './compile.mjs'

/** issue 13: the action on an empty repository at most twice `node -e 0`. */
const TARGET_ACTION = 2

/** The commands of one round, each as the arguments to `node`, with the environment it runs in. */
function commands(dist, workspace) {
  const ownDist = dist === join(PROJECT, 'dist')
  const cli = ownDist ? join(PROJECT, 'bin', 'llm-env-lint.js') : join(dist, 'cli', 'index.js')
  const repo = join(workspace, 'repo')
  const configured = join(workspace, 'configured')
  const plain = withoutRunnerVariables(process.env)
  return {
    node: { args: ['-e', '0'], env: plain },
    action: { args: [join(dist, 'index.js')], env: runnerEnvironment(workspace, repo, plain) },
    version: { args: [cli, '--version'], env: plain },
    cliEmpty: { args: [cli, repo], env: plain },
    cliConfig: { args: [cli, configured], env: plain }
  }
}

/** What a runner gives a `push` run: the workspace, the event, the files for outputs and summary, the inputs. */
function runnerEnvironment(workspace, repo, plain) {
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE'].map((name) => {
      const path = join(workspace, name.toLowerCase())
      writeFileSync(path, '')
      return [name, path]
    })
  )
  const event = join(workspace, 'event.json')
  writeFileSync(event, '{}')
  return {
    ...plain,
    ...files,
    GITHUB_WORKSPACE: repo,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'bench/empty',
    RUNNER_TEMP: workspace,
    INPUT_PATH: repo,
    'INPUT_FAIL-ON': 'error',
    'INPUT_GITHUB-TOKEN': '',
    INPUT_COMMENT: 'never'
  }
}

const withoutRunnerVariables = (env) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)))

/** Wall time of `node <args>` in ms; a command that fails is an error, not a fast run. */
function time({ args, env }) {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' })
  const ms = performance.now() - started
  if (result.status !== 0 && result.status !== 1) throw new Error(`node ${args.join(' ')} exited with ${result.status}: ${result.stderr}`)
  return ms
}

export async function ratios({ runs, dist = join(PROJECT, 'dist') }) {
  if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'cli', 'index.js'))) {
    throw new Error(`${dist} has no build of the action and the CLI (npm run build)`)
  }
  const workspace = mkdtempSync(join(tmpdir(), 'llm-env-lint-bench-'))
  try {
    execFileSync('git', ['init', '--quiet', join(workspace, 'repo')])
    execFileSync('git', ['init', '--quiet', join(workspace, 'configured')])
    writeFileSync(join(workspace, 'configured', '.llm-env-lint.yml'), 'maxFileSize: 256MiB\n')
    const run = commands(dist, workspace)
    // The first start fills the OS file cache; it is not a cold start of Node, only of the disk.
    for (const command of Object.values(run)) time(command)
    const rounds = Array.from({ length: Math.max(9, runs) }, () => Object.fromEntries(Object.entries(run).map(([name, command]) => [name, time(command)])))
    const figure = (name, label, target) => {
      const values = rounds.map((round) => round[name] / round.node)
      const ms = median(rounds.map((round) => round[name]))
      return {
        figure: label,
        ratio: median(values),
        spread: [Math.min(...values), Math.max(...values)],
        detail: `${ms.toFixed(0)} ms vs ${median(rounds.map((round) => round.node)).toFixed(0)} ms for \`node -e 0\`, ${rounds.length} rounds`,
        ...(target !== undefined && { target })
      }
    }
    return [
      figure('action', 'cold start: the action on an empty repository / `node -e 0`', TARGET_ACTION),
      figure('version', 'cold start: `llm-env-lint --version` / `node -e 0`'),
      figure('cliEmpty', 'cold start: the CLI on an empty repository / `node -e 0`'),
      figure('cliConfig', 'cold start: the CLI on an empty repository with a one-line config / `node -e 0`')
    ]
  } finally {
    rmSync(workspace, { recursive: true, force: true })
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
