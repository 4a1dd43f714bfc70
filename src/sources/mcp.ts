import type { Diagnostic, Entry, Fingerprint, SourceFile } from '../core/types.js'
import type { Parser } from './types.js'
import { claimTest } from './claims.js'
import { spawnedEnvironment } from './entry.js'
import { envObjectEntries, memberAt, nodeDiagnostic, propertiesOf, readJson } from './json.js'

/**
 * MCP server configs and the member that lists their servers:
 * - `.mcp.json` (Claude Code project servers, https://code.claude.com/docs/en/mcp) and `.cursor/mcp.json`
 *   (https://cursor.com/docs/context/mcp): `mcpServers`;
 * - `.vscode/mcp.json` (https://code.visualstudio.com/docs/copilot/reference/mcp-configuration): `servers`,
 *   JSON with comments like every VS Code settings file.
 */
function serversMember(path: string): { readonly member: string; readonly jsonc: boolean } {
  return /(?:^|\/)\.vscode\/mcp\.json$/.test(path) ? { member: 'servers', jsonc: true } : { member: 'mcpServers', jsonc: false }
}

/** `${input:api-key}` (a prompt VS Code shows) and `${env:NAME}`: filled in when the server starts. */
const EDITOR_VARIABLE = /^\$\{(input|env):([^}]+)\}$/

/**
 * MCP server configs: each server's `env` (the variables of a local server's process) and `headers` (sent to
 * a remote server: where its API key goes) are a scope, `<file>#mcpServers.<name>`.
 */
export const mcpParser: Parser = {
  kind: 'mcp',
  matches: claimTest('mcp'),
  parse(file: SourceFile) {
    const { member, jsonc } = serversMember(file.path)
    const doc = readJson(file.text, { jsonc })
    const entries: Entry[] = []
    const fingerprints: Fingerprint[] = []
    const diagnostics: Diagnostic[] = [...doc.diagnostics]
    const servers = memberAt(doc.root, [member])?.valueNode
    if (servers !== undefined && servers.type !== 'object') diagnostics.push(nodeDiagnostic(doc, servers, `\`${member}\` must be an object`))
    for (const { name } of servers?.type === 'object' ? propertiesOf(servers) : []) {
      const scope = `${file.path}#${member}.${name}`
      // The server is its own program: its environment is not the app's (src/clients/detect.ts).
      fingerprints.push(spawnedEnvironment(`the MCP server ${name}`, file.path, scope))
      for (const block of ['env', 'headers']) {
        const where = { path: [member, name, block], scope, ...(block === 'headers' && { meta: { httpHeader: true } }) }
        const found = envObjectEntries(file, 'mcp', doc, where)
        entries.push(...found.entries.map(asEditorVariable))
        diagnostics.push(...found.diagnostics)
      }
    }
    return { entries, diagnostics, fingerprints }
  }
}

function asEditorVariable(entry: Entry): Entry {
  const match = entry.value === undefined ? null : EDITOR_VARIABLE.exec(entry.value)
  return match ? { ...entry, form: 'reference', ref: { context: match[1]!, name: match[2]! } } : entry
}
