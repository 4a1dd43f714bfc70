import { describe, it, expect } from '@jest/globals'
import type { Entry, WorkflowJob } from '../../src/core/types.js'
import { workflowParser } from '../../src/sources/workflow.js'
import { fakeKeys } from '../helpers/keys.js'
import { span } from './span-helper.js'
import { isClaimedBy } from '../../src/sources/claims.js'

const FILE = '.github/workflows/deploy.yml'
const parse = (text: string) => workflowParser.parse({ path: FILE, text })
const lines = (...l: string[]) => l.join('\n') + '\n'
const job = (text: string, index = 0): WorkflowJob => parse(text).workflow!.jobs[index]!
/** A compact view of an entry: key, value, key span and value span. */
const brief = (e: Entry) => [e.key, e.value, e.keySpan, e.valueSpan]

/** One job with the given steps (each a list of lines, indented under `steps:`). */
const steps = (...stepLines: string[][]) =>
  lines('on: pull_request_target', 'jobs:', '  j:', '    runs-on: ubuntu-latest', '    steps:', ...stepLines.flat().map((l) => `      ${l}`))

describe('the workflow claim', () => {
  it('accepts workflow files only', () => {
    expect(['.github/workflows/ci.yml', '.github/workflows/a.b.yaml', 'sub/.github/workflows/x.yml'].map((path) => isClaimedBy('workflow', path))).toEqual([true, true, true])
    expect(['.github/workflows/ci.json', '.github/workflows/nested/x.yml', '.github/dependabot.yml', 'workflows/ci.yml'].map((path) => isClaimedBy('workflow', path))).toEqual([
      false,
      false,
      false,
      false
    ])
  })
})

describe('entries', () => {
  const text = lines(
    'name: deploy',
    'on: push',
    'env:',
    '  OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}',
    '  BASE_URL: https://api.example.com',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-latest',
    '    env:',
    '      MODEL: gpt-4o-mini',
    '    steps:',
    '      - uses: example/deploy-action@v2',
    '        with:',
    '          api-key: ${{ secrets.KEY }}',
    '          base-url: https://gw.example/v1',
    '      - env:',
    '          STEP_ONLY: "x"',
    '        run: npm test'
  )

  it('reads env at workflow, job and step level, and with: inputs', () => {
    const { entries, diagnostics } = parse(text)
    expect(diagnostics).toEqual([])
    expect(entries).toEqual([
      {
        file: FILE,
        kind: 'workflow',
        scope: FILE,
        path: ['env', 'OPENAI_API_KEY'],
        key: 'OPENAI_API_KEY',
        keySpan: span(4, 3, 4, 17),
        value: '${{ secrets.OPENAI_API_KEY }}',
        valueSpan: span(4, 19, 4, 48),
        raw: '${{ secrets.OPENAI_API_KEY }}',
        form: 'reference',
        ref: { context: 'secrets', name: 'OPENAI_API_KEY' }
      },
      { file: FILE, kind: 'workflow', scope: FILE, path: ['env', 'BASE_URL'], key: 'BASE_URL', keySpan: span(5, 3, 5, 11), value: 'https://api.example.com', valueSpan: span(5, 13, 5, 36), raw: 'https://api.example.com', form: 'literal' },
      { file: FILE, kind: 'workflow', scope: `${FILE}#jobs.build`, path: ['jobs', 'build', 'env', 'MODEL'], key: 'MODEL', keySpan: span(10, 7, 10, 12), value: 'gpt-4o-mini', valueSpan: span(10, 14, 10, 25), raw: 'gpt-4o-mini', form: 'literal' },
      {
        file: FILE,
        kind: 'workflow',
        scope: `${FILE}#jobs.build`,
        path: ['jobs', 'build', 'steps', 0, 'with', 'api-key'],
        key: 'api-key',
        keySpan: span(14, 11, 14, 18),
        value: '${{ secrets.KEY }}',
        valueSpan: span(14, 20, 14, 38),
        raw: '${{ secrets.KEY }}',
        form: 'reference',
        ref: { context: 'secrets', name: 'KEY' },
        meta: { withInput: true, uses: 'example/deploy-action@v2' }
      },
      {
        file: FILE,
        kind: 'workflow',
        scope: `${FILE}#jobs.build`,
        path: ['jobs', 'build', 'steps', 0, 'with', 'base-url'],
        key: 'base-url',
        keySpan: span(15, 11, 15, 19),
        value: 'https://gw.example/v1',
        valueSpan: span(15, 21, 15, 42),
        raw: 'https://gw.example/v1',
        form: 'literal',
        meta: { withInput: true, uses: 'example/deploy-action@v2' }
      },
      { file: FILE, kind: 'workflow', scope: `${FILE}#jobs.build`, path: ['jobs', 'build', 'steps', 1, 'env', 'STEP_ONLY'], key: 'STEP_ONLY', keySpan: span(17, 11, 17, 20), value: 'x', valueSpan: span(17, 22, 17, 25), raw: '"x"', form: 'literal' }
    ])
  })

  it('gives the same entries with CRLF line ends', () => {
    expect(parse(text.replace(/\n/g, '\r\n')).entries).toEqual(parse(text).entries)
  })

  it('reads with: inputs of a reusable workflow call', () => {
    const { entries } = parse(lines('on: push', 'jobs:', '  call:', '    uses: org/repo/.github/workflows/r.yml@v1', '    with:', '      base_url: https://x.example'))
    expect(entries.map((e) => [e.path, e.value, e.meta])).toEqual([
      [['jobs', 'call', 'with', 'base_url'], 'https://x.example', { withInput: true, uses: 'org/repo/.github/workflows/r.yml@v1' }]
    ])
  })
})

describe('run: scripts', () => {
  it('reads export, leading assignments and docker run -e with exact positions in a literal block', () => {
    const key = fakeKeys.openaiProject()
    const text = steps([
      '- run: |',
      `    export OPENAI_API_KEY=${key} B="two words"`,
      '    cd app && BASE_URL=https://x.example/v1 npm start',
      "    # export COMMENTED=1",
      '    docker run --rm \\',
      "      -e 'QUOTED=a b' \\",
      '      --env=PLAIN=1 -e PASS img'
    ])
    const entries = parse(text).entries
    expect(entries.map(brief)).toEqual([
      ['OPENAI_API_KEY', key, span(7, 18, 7, 32), span(7, 33, 7, 33 + key.length)],
      ['B', 'two words', span(7, 34 + key.length, 7, 35 + key.length), span(7, 36 + key.length, 7, 47 + key.length)],
      ['BASE_URL', 'https://x.example/v1', span(8, 21, 8, 29), span(8, 30, 8, 50)],
      ['QUOTED', 'a b', span(11, 17, 11, 23), span(11, 24, 11, 27)],
      ['PLAIN', '1', span(12, 19, 12, 24), span(12, 25, 12, 26)],
      ['PASS', undefined, span(12, 30, 12, 34), undefined]
    ])
    expect(entries.map((e) => e.raw)).toEqual([key, '"two words"', 'https://x.example/v1', 'a b', '1', undefined])
    expect(entries[0]).toMatchObject({ scope: `${FILE}#jobs.j`, path: ['jobs', 'j', 'steps', 0, 'run', 'OPENAI_API_KEY'], form: 'literal', meta: { run: true } })
  })

  it('classifies expressions and shell variables in assignments', () => {
    const text = steps([
      '- run: |',
      '    export KEY=${{ secrets.OPENAI_API_KEY }}',
      '    export URL="$BASE"',
      '    export T="https://${HOST}/v1"',
      '    TOKEN=$(cat token.txt)',
      '    OLD=`cat old.txt`',
      "    export SINGLE='$NOT_EXPANDED'"
    ])
    // Values the shell computes are templates, so no rule mistakes `$(cat token.txt)` for a committed key.
    expect(parse(text).entries.map((e) => [e.key, e.value, e.form, e.ref])).toEqual([
      ['KEY', '${{ secrets.OPENAI_API_KEY }}', 'reference', { context: 'secrets', name: 'OPENAI_API_KEY' }],
      ['URL', '$BASE', 'reference', { context: 'shell', name: 'BASE' }],
      ['T', 'https://${HOST}/v1', 'template', undefined],
      ['TOKEN', '$(cat token.txt)', 'template', undefined],
      ['OLD', '`cat old.txt`', 'template', undefined],
      ['SINGLE', '$NOT_EXPANDED', 'literal', undefined]
    ])
  })

  it('maps positions in a folded block, where lines join into one command', () => {
    const text = steps(['- run: >', '    docker run -e A=1', '    -e B=2 img', '', '    export C=3'])
    expect(parse(text).entries.map(brief)).toEqual([
      ['A', '1', span(7, 25, 7, 26), span(7, 27, 7, 28)],
      ['B', '2', span(8, 14, 8, 15), span(8, 16, 8, 17)],
      ['C', '3', span(10, 18, 10, 19), span(10, 20, 10, 21)]
    ])
  })

  it('reads a plain one-line run and a double-quoted one', () => {
    const text = steps(['- run: export A=1 && echo done', '- run: "export B=\\"x y\\""'])
    // In a double-quoted scalar an escaped character maps to the character after its backslash.
    expect(parse(text).entries.map(brief)).toEqual([
      ['A', '1', span(6, 21, 6, 22), span(6, 23, 6, 24)],
      ['B', 'x y', span(7, 22, 7, 23), span(7, 25, 7, 31)]
    ])
  })

  it('ignores words that only look like assignments', () => {
    const text = steps(['- run: |', '    echo A=1', '    npm run build -- --X=1', '    export', '    export -p', '    export PATH', "    docker build --build-arg K=v .", '    1A=bad'])
    expect(parse(text).entries).toEqual([])
  })
})

describe('triggers', () => {
  it('reads on: as a string, a list or a map, with the span of the on key', () => {
    expect(parse('on: pull_request_target\njobs: {}\n').workflow).toEqual({ triggers: ['pull_request_target'], triggerSpan: span(1, 1, 1, 3), jobs: [] })
    expect(parse('name: x\non: [push, pull_request]\n').workflow?.triggers).toEqual(['push', 'pull_request'])
    expect(parse('"on":\n  workflow_run:\n    workflows: [ci]\n  push:\n').workflow).toEqual({ triggers: ['workflow_run', 'push'], triggerSpan: span(1, 1, 1, 5), jobs: [] })
    expect(parse('jobs: {}\n').workflow).toEqual({ triggers: [], jobs: [] })
  })
})

describe('secret uses', () => {
  it('finds secrets.X in env, with, run, if and reusable secrets:, plus workflow env', () => {
    const text = lines(
      'on: push',
      'env:',
      '  WF: ${{ secrets.WF }}',
      'jobs:',
      '  a:',
      "    if: secrets.IF != ''",
      '    env:',
      "      J: ${{ secrets['BRACKET'] }}",
      '    steps:',
      '      - run: echo "${{ secrets.RUN }}" > f',
      '        with:',
      '          k: x-${{ secrets.WITH }}',
      '  b:',
      '    uses: ./.github/workflows/r.yml',
      '    secrets:',
      '      KEY: ${{ secrets.PASSED }}'
    )
    const [a, b] = parse(text).workflow!.jobs
    expect(a!.secretUses).toEqual([
      { name: 'WF', span: span(3, 11, 3, 21) },
      { name: 'IF', span: span(6, 9, 6, 19) },
      { name: 'BRACKET', span: span(8, 14, 8, 32) },
      { name: 'RUN', span: span(10, 24, 10, 35) },
      { name: 'WITH', span: span(12, 20, 12, 32) }
    ])
    expect(a!.allSecrets).toBe(false)
    expect(b!.secretUses.map((u) => u.name)).toEqual(['WF', 'PASSED'])
    expect(b!.allSecrets).toBe(false)
    expect(a!.span).toEqual(span(5, 3, 5, 4))
  })

  it('flags every secret at once: secrets: inherit, toJSON(secrets), a dynamic index, workflow-level toJSON', () => {
    const inherit = lines('on: push', 'jobs:', '  call:', '    uses: o/r/.github/workflows/x.yml@v1', '    secrets: inherit')
    const toJson = steps(['- run: echo "$ALL"', '  env:', '    ALL: ${{ toJSON(secrets) }}'])
    const dynamic = steps(['- run: echo hi', '  env:', '    K: ${{ secrets[matrix.name] }}'])
    const workflowLevel = lines('on: push', 'env:', '  ALL: ${{ toJson(secrets) }}', 'jobs:', '  a:', '    steps:', '      - run: make')
    expect([inherit, toJson, dynamic, workflowLevel].map((t) => job(t).allSecrets)).toEqual([true, true, true, true])
    expect(job(toJson).secretUses).toEqual([])
  })
})

describe('PR head checkout', () => {
  const checkout = (ref: string) => ['- uses: actions/checkout@v4', '  with:', `    ref: ${ref}`]

  it('recognises the head sha, head ref, refs/pull merge refs and github.head_ref', () => {
    for (const ref of [
      '${{ github.event.pull_request.head.sha }}',
      '${{ github.event.pull_request.head.ref }}',
      'refs/pull/${{ github.event.pull_request.number }}/merge',
      '${{ github.head_ref }}'
    ]) {
      expect(job(steps(checkout(ref))).checksOutPrHead).toEqual(span(8, 16, 8, 16 + ref.length))
    }
  })

  it('recognises the head repository', () => {
    const text = steps(['- uses: actions/checkout@v4', '  with:', '    repository: ${{ github.event.pull_request.head.repo.full_name }}'])
    expect(job(text).checksOutPrHead).toEqual(span(8, 23, 8, 75))
  })

  it('ignores the base ref, a plain checkout and other actions', () => {
    expect(job(steps(checkout('${{ github.event.pull_request.base.sha }}'))).checksOutPrHead).toBeUndefined()
    expect(job(steps(['- uses: actions/checkout@v4'])).checksOutPrHead).toBeUndefined()
    expect(job(steps(['- uses: someone/checkout@v1', '  with:', '    ref: ${{ github.head_ref }}'])).checksOutPrHead).toBeUndefined()
  })

  it('tells whether code runs after the checkout', () => {
    const head = checkout('${{ github.event.pull_request.head.sha }}')
    expect(job(steps(head, ['- run: npm ci'])).runsAfterCheckout).toBe(true)
    expect(job(steps(head, ['- uses: ./.github/actions/build'])).runsAfterCheckout).toBe(true)
    expect(job(steps(head, ['- uses: actions/upload-artifact@v4'])).runsAfterCheckout).toBe(false)
    expect(job(steps(['- run: npm ci'], head)).runsAfterCheckout).toBe(false)
    expect(job(steps(['- uses: actions/checkout@v4'], ['- run: npm ci'])).runsAfterCheckout).toBe(false)
  })
})

describe('secret echoes', () => {
  it('finds secrets printed by echo or printf, directly or through an env variable', () => {
    const text = lines(
      'on: push',
      'env:',
      '  WF_KEY: ${{ secrets.WF }}',
      'jobs:',
      '  a:',
      '    env:',
      '      JOB_KEY: Bearer ${{ secrets.JOB }}',
      '    steps:',
      '      - env:',
      '          STEP_KEY: ${{ secrets.STEP }}',
      '        run: |',
      '          echo "${{ secrets.DIRECT }}"',
      '          echo $WF_KEY ${JOB_KEY}',
      "          printf '%s\\n' \"$STEP_KEY\" >&2",
      "          echo '$STEP_KEY'",
      '          echo "$STEP_KEY" > key.txt',
      '          echo "$STEP_KEY" | docker login --password-stdin',
      '          echo "::add-mask::$STEP_KEY"',
      '          echo "$STEP_KEY" 2>/dev/null',
      '          curl -H "Authorization: $STEP_KEY" https://x'
    )
    expect(job(text).secretEchoes).toEqual([
      { name: 'DIRECT', span: span(12, 17, 12, 38) },
      { name: 'WF', span: span(13, 16, 13, 23) },
      { name: 'JOB', span: span(13, 24, 13, 34) },
      { name: 'STEP', span: span(14, 26, 14, 35) },
      { name: 'STEP', span: span(19, 17, 19, 26) }
    ])
  })

  it('follows pipes: a filter that prints its input prints the secret, a credential reader does not', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    env:',
      '      K: ${{ secrets.K }}',
      '    steps:',
      '      - run: |',
      '          echo "$K" | base64',
      '          echo "${{ secrets.R }}" | rev | tr a-z A-Z',
      "          printf '%s' \"$K\" | /usr/bin/xxd -p",
      '          echo "$K" | sudo tee /etc/key',
      '          echo "$K" |',
      '            sed "s/./& /g"',
      '          echo "$K" | base64 > key.b64',
      '          echo "$K" | base64 -d | docker login ghcr.io -u ci --password-stdin',
      '          echo "$K" | gh auth login --with-token',
      '          echo "$K" | wc -c',
      '          echo "::add-mask::$K" | cat'
    )
    expect(job(text).secretEchoes).toEqual([
      { name: 'K', span: span(8, 17, 8, 19) },
      { name: 'R', span: span(9, 17, 9, 33) },
      { name: 'K', span: span(10, 24, 10, 26) },
      { name: 'K', span: span(11, 17, 11, 19) },
      { name: 'K', span: span(12, 17, 12, 19) }
    ])
  })

  it('takes a test of a secret for no echo of it: a comparison, a negation, a choice between constants, ${X:+word}', () => {
    const text = lines(
      'on: push',
      'jobs:',
      '  a:',
      '    env:',
      "      HAS: ${{ secrets.K != '' }}",
      '      K: ${{ secrets.K }}',
      '    steps:',
      '      - run: |',
      "          echo \"set: ${{ secrets.K != '' }} ${{ '' == secrets.K }} ${{ !secrets.K }}\"",
      "          echo \"${{ secrets.K && 'configured' || 'missing' }} ${{ contains(secrets.K, 'sk-') }}\"",
      '          echo "$HAS ${K:+yes} ${#K}"',
      "          echo \"${{ secrets.K || 'none' }} ${K:-none}\""
    )
    // The last line prints the secret whenever it is set.
    expect(job(text).secretEchoes.map((e) => [e.name, e.span.start.line])).toEqual([
      ['K', 12],
      ['K', 12]
    ])
  })

  it('lets a step env without a secret hide the job-level secret of the same name', () => {
    const text = lines('on: push', 'jobs:', '  a:', '    env:', '      K: ${{ secrets.K }}', '    steps:', '      - env:', '          K: public', '        run: echo $K', '      - run: echo $K')
    expect(job(text).secretEchoes).toEqual([{ name: 'K', span: span(10, 19, 10, 21) }])
  })
})

describe('bad input', () => {
  it('reports malformed YAML as a diagnostic and keeps what it read', () => {
    const text = lines('on: push', 'env:', '  A: 1', 'jobs:', '  a:', '    steps:', '      - run: echo "unterminated', '   bad: [')
    const result = parse(text)
    expect(result.diagnostics.length).toBeGreaterThan(0)
    expect(result.diagnostics[0]!.span.start.line).toBeGreaterThanOrEqual(7)
    expect(result.entries.map((e) => [e.key, e.value])).toEqual([['A', '1']])
  })

  it('tolerates shapes that are not a workflow', () => {
    for (const text of ['', 'just text\n', '- a\n', 'jobs: [1, 2]\n', 'jobs:\n  a: 1\n  b:\n    steps: 3\n    env: x\n']) {
      const result = parse(text)
      expect(result.entries).toEqual([])
      expect(result.workflow?.triggers).toEqual([])
    }
    expect(parse('jobs:\n  a: 1\n').workflow?.jobs).toEqual([{ id: 'a', span: span(2, 3, 2, 4), secretUses: [], allSecrets: false, secretEchoes: [], runsAfterCheckout: false }])
  })
})
