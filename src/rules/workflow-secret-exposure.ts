import type { WorkflowJob } from '../core/types.js'
import { defineRule } from './types.js'

/**
 * Secrets within reach of untrusted code, and secrets written to the log.
 *
 * `pull_request_target` runs with the base repository's secrets and a write token, even for pull
 * requests from forks. A job that checks out the pull request's head hands those secrets to whatever
 * the pull request changed: its scripts, its build files, its local actions. Running the code makes the
 * theft certain; a checkout alone still lets later steps read attacker-controlled files.
 */
export const rule = defineRule({
  meta: {
    id: 'workflow-secret-exposure',
    description: 'Secrets reach pull request code under pull_request_target, or are printed to the log',
    severity: 'error',
    security: true,
    messages: {
      runsPrCode:
        'job {{job}} runs on pull_request_target, checks out the pull request and runs its code with {{secrets}}',
      checksOutPrCode:
        'job {{job}} runs on pull_request_target and checks out the pull request with {{secrets}} in reach',
      echoedSecret: 'job {{job}} prints secret {{secret}} to the log'
    },
    tips: {
      runsPrCode: 'check out the base branch, or move the secrets to a workflow_run job that never executes the pull request',
      checksOutPrCode: 'check out the base branch, or move the secrets to a separate job that never reads the pull request',
      echoedSecret: 'remove the command, since masking misses any transformed copy of it'
    }
  },
  check(context) {
    const { files } = context.model
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!
      const workflow = file.workflow
      if (!workflow) continue
      const prTarget = workflow.triggers.includes('pull_request_target')
      for (const job of workflow.jobs) {
        if (prTarget && job.checksOutPrHead && hasSecrets(job)) {
          context.report({
            messageId: job.runsAfterCheckout ? 'runsPrCode' : 'checksOutPrCode',
            data: { job: job.id, secrets: secretList(job) },
            file: file.path,
            span: job.checksOutPrHead,
            identity: job.id
          })
        }
        for (const echo of job.secretEchoes) {
          context.report({
            messageId: 'echoedSecret',
            data: { job: job.id, secret: echo.name },
            file: file.path,
            span: echo.span,
            identity: `${job.id}\0${echo.name}`
          })
        }
      }
    }
  }
})

const hasSecrets = (job: WorkflowJob): boolean => job.allSecrets || job.secretUses.length > 0

/** `every secret` or `secrets OPENAI_API_KEY, GITHUB_TOKEN` (names only, never values). */
function secretList(job: WorkflowJob): string {
  if (job.allSecrets) return 'every secret'
  const names = [...new Set(job.secretUses.map((s) => s.name))].sort()
  return `${names.length === 1 ? 'secret' : 'secrets'} ${names.join(', ')}`
}
