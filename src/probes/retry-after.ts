/**
 * How long a server asks a client to wait, from its answer's headers. Pure, apart from the transport (http.ts), so the
 * reports that describe a probe's answer do not load Node's HTTP and TLS modules.
 */

/** `retry-after-ms` (openai-node), then `retry-after` as seconds or as an HTTP date. */
export function serverWaitMs(headers: Readonly<Record<string, string>>, now = Date.now()): number | undefined {
  const ms = Number(headers['retry-after-ms'])
  if (headers['retry-after-ms'] !== undefined && Number.isFinite(ms) && ms >= 0) return ms
  const value = headers['retry-after']?.trim()
  if (!value) return undefined
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
