/**
 * `npm run build` ends here: in ncc's bundles, each module's wrapper `((module, exports, require) => {` becomes
 * `(function (module, exports, require) {`.
 *
 * Why: V8 compiles a function lazily. It pre-parses the function's text when the file loads, then parses it again in
 * full when it is first called. A wrapper holds a whole module (zod's is 370 kB) and is called at once, so its text
 * was parsed twice. A function expression right after `(` is one V8 compiles eagerly, in the first parse. On node 20
 * the CLI on an empty folder with a config file started in 250 ms instead of 281 ms (medians of 9 interleaved runs).
 *
 * Only a wrapper whose body does not use `this`, `arguments` or `new.target` outside nested functions is rewritten:
 * there an arrow and a function differ (ncc's runtime calls a wrapper as `__webpack_modules__[id](…)` in one bundle and
 * with `.call(module.exports, …)` in the other, so a function's `this` would be that table or the exports). Each
 * rewritten line is a wrapper's header alone, which a source map maps to nothing; a map that maps such a line makes the
 * build fail rather than go stale.
 *
 *   node scripts/eager-modules.mjs DIR…   rewrites every .js file in each DIR (not below it)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** `(module, exports, __webpack_require__) => ` as ncc writes a wrapper's header: plain parameter names. */
const ARROW_HEADER = /^\(([\w$]+(?:, [\w$]+)*)?\) => $/

/**
 * The text with each module wrapper that may be one turned into a function expression; `rewritten` and `kept` count
 * the wrappers, and `lines` are the 0-based lines that changed.
 */
export function eagerModules(text) {
  const file = ts.createSourceFile('chunk.js', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const edits = []
  let kept = 0
  const visit = (node) => {
    if (isModuleWrapper(node)) {
      const start = node.getStart(file)
      const end = node.body.getStart(file)
      const header = ARROW_HEADER.exec(text.slice(start, end))
      if (header && !usesOwnThis(node.body)) edits.push({ start, end, with: `function (${header[1] ?? ''}) ` })
      else kept++
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  let out = ''
  let from = 0
  for (const edit of edits) {
    out += text.slice(from, edit.start) + edit.with
    from = edit.end
  }
  out += text.slice(from)
  const lines = edits.map((edit) => file.getLineAndCharacterOfPosition(edit.start).line)
  return { text: out, rewritten: edits.length, kept, lines }
}

/** `123: ((module, exports, require) => { … })`: a synchronous arrow with a block body, in parentheses, under a module id. */
function isModuleWrapper(node) {
  return (
    ts.isArrowFunction(node) &&
    node.modifiers === undefined &&
    ts.isBlock(node.body) &&
    ts.isParenthesizedExpression(node.parent) &&
    ts.isPropertyAssignment(node.parent.parent) &&
    ts.isNumericLiteral(node.parent.parent.name)
  )
}

/**
 * Whether `body` uses what an arrow takes from around it and a function has of its own: `this`, `arguments`,
 * `new.target` (and `import.meta`, as meta properties are told apart only by name). Functions inside have their own;
 * arrows inside and class bodies (a field's `this`) are counted, to err on the side of leaving a wrapper as it is.
 */
function usesOwnThis(body) {
  let found = false
  const visit = (node) => {
    if (found) return
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)
    ) {
      // A method's computed name is evaluated outside it.
      if (node.name && ts.isComputedPropertyName(node.name)) visit(node.name)
      return
    }
    if (node.kind === ts.SyntaxKind.ThisKeyword || ts.isMetaProperty(node) || (ts.isIdentifier(node) && node.text === 'arguments')) {
      found = true
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(body)
  return found
}

/** Rewrites the .js files of `dir`, counting the wrappers; a source map that maps a rewritten line stops the build. */
export function rewriteDir(dir) {
  let rewritten = 0
  let kept = 0
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) {
    const path = join(dir, name)
    const result = eagerModules(readFileSync(path, 'utf8'))
    if (result.rewritten === 0) continue
    const map = `${path}.map`
    if (existsSync(map)) {
      const mapped = JSON.parse(readFileSync(map, 'utf8')).mappings.split(';')
      const line = result.lines.find((l) => (mapped[l] ?? '') !== '')
      if (line !== undefined) throw new Error(`${map} maps line ${line + 1}, a module wrapper's header: rewriting it would move the map's columns`)
    }
    writeFileSync(path, result.text)
    rewritten += result.rewritten
    kept += result.kept
  }
  return { rewritten, kept }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2)
  if (dirs.length === 0) throw new Error('usage: node scripts/eager-modules.mjs DIR…')
  for (const dir of dirs) {
    const { rewritten, kept } = rewriteDir(dir)
    console.log(`eager-modules: ${dir}: ${rewritten} module wrappers made eager, ${kept} left as arrows`)
  }
}
