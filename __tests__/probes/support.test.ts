import { describe, it, expect } from '@jest/globals'
import { readAnswer } from '../../src/probes/body.js'
import { formatSupportBlock, requestIdsOf } from '../../src/probes/support.js'
import { createCatalog } from '../../src/providers/catalog.js'
import { fakeKeys } from '../helpers/keys.js'

describe('requestIdsOf', () => {
  it('collects the known request-id headers, the provider’s own, and an id from the body', () => {
    const headers = { 'x-oneapi-request-id': '2026', 'cf-ray': '8f-FRA', 'x-ms-region': 'East US', 'content-type': 'application/json' }
    const facts = readAnswer({ kind: 'answer', status: 503, headers, body: '{"error":{"message":"x (request id: 2026)"}}', truncated: false, elapsedMs: 1 })
    const azure = createCatalog().byId('azure-openai')
    expect(requestIdsOf(headers, facts, azure, 'k')).toEqual([
      { name: 'x-oneapi-request-id', value: '2026' },
      { name: 'cf-ray', value: '8f-FRA' },
      { name: 'x-ms-region', value: 'East US' }
    ])
    const anthropic = readAnswer({ kind: 'answer', status: 401, headers: {}, body: '{"type":"error","error":{"type":"x","message":"y"},"request_id":"req_9"}', truncated: false, elapsedMs: 1 })
    expect(requestIdsOf({}, anthropic, undefined, 'k')).toEqual([{ name: 'body', value: 'req_9' }])
  })

  it('scrubs a header that echoes the key', () => {
    const key = fakeKeys.gateway()
    expect(requestIdsOf({ 'x-request-id': `id-${key}` }, undefined, undefined, key)).toEqual([{ name: 'x-request-id', value: 'id-[key redacted]' }])
  })
})

describe('formatSupportBlock', () => {
  it('lists what support asks for, one fact per line, the key only masked', () => {
    const block = formatSupportBlock({
      time: '2026-08-30T12:34:56.789Z',
      request: 'POST https://api.rutaapi.com/v1/v1/chat/completions',
      baseUrl: 'https://api.rutaapi.com/v1',
      model: 'gpt-4o-mini',
      status: 404,
      errorCode: 'invalid_request_error',
      requestIds: [{ name: 'x-oneapi-request-id', value: '2026083012' }],
      key: 'sk-…Ab12',
      keyProvider: 'RutaAPI'
    })
    expect(block).toBe(
      [
        'Time (UTC):  2026-08-30 12:34:56Z',
        'Request:     POST https://api.rutaapi.com/v1/v1/chat/completions',
        'Base URL:    https://api.rutaapi.com/v1',
        'Model:       gpt-4o-mini',
        'HTTP status: 404',
        'Error code:  invalid_request_error',
        'Request id:  x-oneapi-request-id: 2026083012',
        'API key:     sk-…Ab12 (RutaAPI)'
      ].join('\n')
    )
  })

  it('says when no answer arrived and no request id came back', () => {
    const block = formatSupportBlock({ time: '2026-08-30T12:00:00.000Z', request: 'GET https://x/v1/models', baseUrl: 'https://x', failure: 'timeout', requestIds: [], key: '…' })
    expect(block).toContain('HTTP status: no answer (timeout)')
    expect(block).toContain('Request id:  none in the answer')
    expect(block).not.toContain('Model:')
  })
})
