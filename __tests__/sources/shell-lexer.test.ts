import { describe, it, expect } from '@jest/globals'
import { dockerfileShell, POSIX_SHELL, shellVariables, splitWords, unquoteWord, wordEnd } from '../../src/sources/shell-lexer.js'

const words = (text: string, dialect = POSIX_SHELL) => splitWords(text, 0, dialect).map((w) => w.text)

describe('splitWords', () => {
  it('keeps quotes, escapes and the shell groups inside a word', () => {
    expect(words(`A="two words" B='x y' C=$(cat a b) D=\${E:-f g} F=\${{ secrets.K }} G=\`x y\` H=a\\ b`)).toEqual([
      'A="two words"',
      "B='x y'",
      'C=$(cat a b)',
      'D=${E:-f g}',
      'F=${{ secrets.K }}',
      'G=`x y`',
      'H=a\\ b'
    ])
  })

  it('gives offsets into the text', () => {
    expect(splitWords('  ENV  A=1\tB=2', 5, dockerfileShell('\\'))).toEqual([
      { start: 7, end: 10, text: 'A=1' },
      { start: 11, end: 14, text: 'B=2' }
    ])
  })

  it('runs an unclosed quote or group to the end of the text', () => {
    expect(words('A="open B=1')).toEqual(['A="open B=1'])
    expect(words('A=$(open B=1')).toEqual(['A=$(open B=1'])
  })

  it('reads Dockerfile words as BuildKit does: blanks end them, $( and ${ do not group, the escape may be a backtick', () => {
    const docker = dockerfileShell('\\')
    expect(words('A=$(cat a) B=${C:-d e}', docker)).toEqual(['A=$(cat', 'a)', 'B=${C:-d', 'e}'])
    expect(words('A=x;y B=1', docker)).toEqual(['A=x;y', 'B=1'])
    expect(words('A=a` b B="c`"d"', dockerfileShell('`'))).toEqual(['A=a` b', 'B="c`"d"'])
    expect(words('A=a\u00a0b', docker)).toEqual(['A=a', 'b'])
  })
})

describe('wordEnd', () => {
  it('stops at the shell operators, not in a Dockerfile', () => {
    expect(wordEnd('a=1;b', 0, POSIX_SHELL)).toBe(3)
    expect(wordEnd('a=1|b>c', 0, POSIX_SHELL)).toBe(3)
    expect(wordEnd('a=1;b', 0, dockerfileShell('\\'))).toBe(5)
  })
})

describe('unquoteWord', () => {
  it('removes quotes and escapes as the shell does', () => {
    expect(unquoteWord(`'a b'"c d"e\\ f`, POSIX_SHELL)).toEqual({ value: 'a bc de f', expands: true })
    expect(unquoteWord('"\\q\\"\\`"', POSIX_SHELL).value).toBe('\\q"`')
  })

  it('keeps a GitHub expression whole, quotes inside it included', () => {
    expect(unquoteWord(`'\${{ secrets['K'] }}'`, POSIX_SHELL).value).toBe("${{ secrets['K'] }}")
    expect(unquoteWord(`'\${{ secrets['K'] }}'`, dockerfileShell('\\')).value).toBe('${{ secrets[K] }}')
  })

  it('says when a $ is text: escaped or in single quotes', () => {
    expect(unquoteWord('$HOME/x', POSIX_SHELL).expands).toBe(true)
    expect(unquoteWord('\\$HOME', POSIX_SHELL)).toEqual({ value: '$HOME', expands: false })
    expect(unquoteWord("'$HOME'", POSIX_SHELL)).toEqual({ value: '$HOME', expands: false })
    expect(unquoteWord('"\\$HOME"', POSIX_SHELL)).toEqual({ value: '$HOME', expands: false })
  })

  it('escapes only ", $ and the escape character in Dockerfile double quotes', () => {
    const docker = dockerfileShell('\\')
    expect(unquoteWord('"a\\`b\\\\c\\"d"', docker).value).toBe('a\\`b\\c"d')
    expect(unquoteWord('"a``b`"c"', dockerfileShell('`')).value).toBe('a`b"c')
  })

  it('marks the quote that never closes', () => {
    expect(unquoteWord('x"abc', POSIX_SHELL)).toEqual({ value: 'xabc', expands: true, unterminated: 1 })
    expect(unquoteWord("x'abc", dockerfileShell('\\'))).toEqual({ value: 'xabc', expands: true, unterminated: 1 })
  })
})

describe('shellVariables', () => {
  it('finds $NAME and ${NAME} outside single quotes, not ${{ }}', () => {
    expect(shellVariables(`"$A" '$B' \${C:-x} \${{ secrets.D }} \\$E`).map((v) => v.name)).toEqual(['A', 'C'])
  })

  it('gives offsets in the word', () => {
    expect(shellVariables('x${KEY}y$Z')).toEqual([
      { name: 'KEY', start: 1, end: 7 },
      { name: 'Z', start: 8, end: 10 }
    ])
  })
})
