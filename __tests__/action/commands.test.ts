import { afterEach, describe, expect, it, jest } from '@jest/globals'
import * as actionsCore from '@actions/core'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as commands from '../../src/action/commands.js'
import { setEnv } from './env.js'

/** What a call wrote to stdout. */
async function stdoutOf(call: () => unknown): Promise<string> {
  let out = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk)
    return true
  })
  try {
    await call()
  } finally {
    write.mockRestore()
  }
  return out
}

const dirs: string[] = []
let restore: () => void = () => {}
afterEach(async () => {
  restore()
  restore = () => {}
  process.exitCode = undefined
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Text that would end or forge a command if it were not escaped. */
const HOSTILE = 'line one\r\nline two: 100%, done\n::error::forged'
const PLACE = { title: 'leaked-key: a, b', file: 'app/.env:1', startLine: 3, endLine: 3, startColumn: 5, endColumn: 9 }

describe('action/commands: the runner protocol, byte for byte as @actions/core writes it', () => {
  it('writes annotations, masks, log lines, groups and failures alike', async () => {
    const calls = (api: typeof commands | typeof actionsCore) => async () => {
      api.error(HOSTILE, PLACE)
      api.warning(HOSTILE, { title: 'only a title' })
      api.notice(HOSTILE)
      api.setSecret(HOSTILE)
      api.info(HOSTILE)
      await api.group(HOSTILE, async () => api.info('inside'))
      api.setFailed(HOSTILE)
    }
    const ours = await stdoutOf(calls(commands))
    expect(process.exitCode).toBe(1)
    process.exitCode = undefined
    expect(ours).toBe(await stdoutOf(calls(actionsCore)))
    expect(ours).toContain('::error title=leaked-key%3A a%2C b,file=app/.env%3A1,line=3,endLine=3,col=5,endColumn=9::line one%0D%0Aline two: 100%25, done%0A::error::forged\n')
  })

  it('reads inputs as @actions/core does: dashes kept, spaces as underscores, trimmed', () => {
    restore = setEnv({ 'INPUT_FAIL-ON': '  warning \n', INPUT_A_B: 'x', INPUT_UNSET: undefined })
    for (const name of ['fail-on', 'a b', 'unset']) expect(commands.getInput(name)).toBe(actionsCore.getInput(name))
    expect(commands.getInput('fail-on')).toBe('warning')
  })

  it('appends outputs to GITHUB_OUTPUT in the same delimited blocks', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'llm-env-lint-commands-'))
    dirs.push(dir)
    const [ours, theirs] = [join(dir, 'ours'), join(dir, 'theirs')]
    await Promise.all([writeFile(ours, ''), writeFile(theirs, '')])
    const write = (file: string, api: typeof commands | typeof actionsCore) => {
      restore = setEnv({ GITHUB_OUTPUT: file })
      api.setOutput('findings', 3)
      api.setOutput('report-json', `${HOSTILE}\nname<<EOF`)
      restore()
    }
    write(ours, commands)
    write(theirs, actionsCore)
    // The delimiters are random; the blocks around them are not.
    const shape = async (file: string) => (await readFile(file, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
    expect(await shape(ours)).toBe(await shape(theirs))
    expect(await shape(ours)).toBe(`findings<<DELIMITER\n3\nDELIMITER\nreport-json<<DELIMITER\n${HOSTILE}\nname<<EOF\nDELIMITER\n`)
  })

  it('writes the deprecated output command when there is no GITHUB_OUTPUT file (a local run)', async () => {
    restore = setEnv({ GITHUB_OUTPUT: undefined })
    expect(await stdoutOf(() => commands.setOutput('errors', 0))).toBe(await stdoutOf(() => actionsCore.setOutput('errors', 0)))
  })
})
