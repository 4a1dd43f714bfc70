import type { ValueForm, ValueRef } from '../core/types.js'

/** `${{ secrets.NAME }}`, `${{ vars.NAME }}`, `${{ env.NAME }}` … as the whole value. */
const WORKFLOW_EXPR = /^\$\{\{\s*([A-Za-z_][\w-]*)\.([A-Za-z_][\w-]*)\s*\}\}$/
/** `${NAME}`, `${NAME:-default}`, `${NAME-default}`, `${NAME:?err}`, `$NAME` as the whole value. */
const SHELL_REF = /^\$(?:\{([A-Za-z_]\w*)(?:(:?[-=?+])(.*))?\}|([A-Za-z_]\w*))$/s
/** Any reference inside a longer value. */
const ANY_REF = /\$\{\{[^}]*\}\}|\$\{[A-Za-z_]\w*(?::?[-=?+][^}]*)?\}|\$[A-Za-z_]\w*/

export interface ValueShape {
  readonly form: ValueForm
  readonly ref?: ValueRef
}

/** Tells a literal from a reference to something filled in later. */
export function classifyValue(value: string): ValueShape {
  const v = value.trim()
  const expr = WORKFLOW_EXPR.exec(v)
  if (expr) return { form: 'reference', ref: { context: expr[1]!, name: expr[2]! } }
  const shell = SHELL_REF.exec(v)
  if (shell) {
    const name = shell[1] ?? shell[4]!
    const op = shell[2]
    const fallback = op === '-' || op === ':-' || op === '=' || op === ':=' ? shell[3] : undefined
    return { form: 'reference', ref: fallback === undefined ? { context: 'shell', name } : { context: 'shell', name, fallback } }
  }
  return ANY_REF.test(v) ? { form: 'template' } : { form: 'literal' }
}

/**
 * Expands `${VAR}`, `${VAR:-default}` and `$VAR` from `vars`. Returns undefined when a name is unknown
 * and has no default, so callers never mistake a half-expanded value for the real one.
 */
export function expandShell(value: string, vars: ReadonlyMap<string, string>): string | undefined {
  let unresolved = false
  const out = value.replace(/\$\{([A-Za-z_]\w*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_m, braced, op, def, bare) => {
    const name = (braced ?? bare) as string
    const known = vars.get(name)
    if (known !== undefined && !(op === ':-' && known === '')) return known
    if (op !== undefined) return def as string
    unresolved = true
    return ''
  })
  return unresolved ? undefined : out
}
