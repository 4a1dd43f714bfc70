import { isAbsolute, relative, sep } from 'node:path'
import type { ReportContext } from '../reporters/types.js'

/**
 * Findings, scopes, live probes and the file lists with paths relative to the workspace instead of the scanned folder (`.env` →
 * `examples/app/.env`): GitHub attaches annotations, and code scanning its SARIF results, to
 * repository-relative paths only. A folder outside the workspace leaves the paths as they are.
 */
export function relativeToWorkspace(context: ReportContext, workspace: string, root: string): ReportContext {
  const between = relative(workspace, root)
  const outside = between === '..' || between.startsWith(`..${sep}`) || isAbsolute(between)
  if (between === '' || outside) return context
  const folder = between.split(sep).join('/')
  // A probe of the inputs alone has no file, and gets none.
  const rebase = (file: string): string => (file === '' ? file : `${folder}/${file}`)
  return {
    ...context,
    findings: context.findings.map((finding) => ({
      ...finding,
      file: rebase(finding.file),
      ...(finding.scope !== undefined && { scope: rebase(finding.scope) })
    })),
    scopes: context.scopes.map((scope) => ({ ...scope, id: rebase(scope.id), file: rebase(scope.file) })),
    ...(context.probes && { probes: context.probes.map((probe) => ({ ...probe, file: rebase(probe.file) })) }),
    ...(context.files && {
      files: {
        read: context.files.read.map((file) => ({ ...file, path: rebase(file.path) })),
        skipped: context.files.skipped.map((file) => ({ ...file, path: rebase(file.path) }))
      }
    })
  }
}
