import { messageAnchor } from '../rules/docs.js'
import type { ReportContext } from './types.js'

/**
 * The documentation page of a rule (`…/base-url-path.md`), or a message's section in it (`…/base-url-path.md#doubledversion`).
 * A finding merged from a report of an earlier version has no message id: its link is the page.
 */
export function ruleDocUrl(tool: ReportContext['tool'], ruleId: string, messageId?: string): string {
  const page = `${tool.docsBaseUrl.replace(/\/+$/, '')}/${ruleId}.md`
  return messageId === undefined || messageId === '' ? page : `${page}#${messageAnchor(messageId)}`
}
