import { describe, it, expect } from '@jest/globals'
import { readAnswer } from '../../src/probes/body.js'
import type { HttpAnswer } from '../../src/probes/types.js'

const answer = (body: string, contentType = 'application/json'): HttpAnswer => ({
  kind: 'answer',
  status: 400,
  headers: { 'content-type': contentType },
  body,
  truncated: false,
  elapsedMs: 1
})

describe('readAnswer', () => {
  it('reads the OpenAI envelope', () => {
    const facts = readAnswer(answer('{"error":{"message":"bad","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}'))
    expect(facts).toMatchObject({ message: 'bad', codes: ['invalid_api_key', 'invalid_request_error'], hasError: true, html: false })
  })

  it('reads the Anthropic envelope and its request_id', () => {
    const facts = readAnswer(answer('{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_1"}'))
    expect(facts).toMatchObject({ message: 'invalid x-api-key', bodyRequestId: 'req_1' })
    expect(facts.codes).toContain('authentication_error')
  })

  it('reads Google errors, also wrapped in an array, with their reasons', () => {
    const facts = readAnswer(answer('[{"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT","details":[{"reason":"API_KEY_INVALID"}]}}]'))
    expect(facts.message).toBe('API key not valid.')
    expect(facts.codes).toEqual(['400', 'INVALID_ARGUMENT', 'API_KEY_INVALID'])
  })

  it('reads string errors (xAI, vLLM), dashboard messages and NextChat msg', () => {
    expect(readAnswer(answer('{"code":"invalid-argument","error":"Incorrect API key provided: xa***"}'))).toMatchObject({ message: 'Incorrect API key provided: xa***', codes: ['invalid-argument'], hasError: true })
    expect(readAnswer(answer('{"error":"Unauthorized"}')).message).toBe('Unauthorized')
    expect(readAnswer(answer('{"success":false,"message":"Invalid token"}')).message).toBe('Invalid token')
    expect(readAnswer(answer('{"error":true,"msg":"empty access code"}')).message).toBe('empty access code')
  })

  it('takes the one-api request id from the message suffix', () => {
    expect(readAnswer(answer('{"error":{"message":"无效的令牌 (request id: 2026083012345)","type":"one_api_error"}}')).bodyRequestId).toBe('2026083012345')
  })

  it('lists model ids: OpenAI data[].id, Gemini and Ollama models[].name', () => {
    expect(readAnswer(answer('{"object":"list","data":[{"id":"gpt-4o"},{"id":"o3"}]}')).modelIds).toEqual(['gpt-4o', 'o3'])
    expect(readAnswer(answer('{"models":[{"name":"models/gemini-2.5-pro"}]}')).modelIds).toEqual(['gemini-2.5-pro'])
    expect(readAnswer(answer('{"error":{"message":"x"}}')).modelIds).toBeUndefined()
  })

  it('tells chat replies: choices, or an Anthropic message', () => {
    expect(readAnswer(answer('{"choices":[]}')).chatReply).toBe(true)
    expect(readAnswer(answer('{"type":"message","content":[]}')).chatReply).toBe(true)
    expect(readAnswer(answer('{"data":[]}')).chatReply).toBe(false)
  })

  it('tells HTML by content type or by its first tag, with the page title', () => {
    expect(readAnswer(answer('<!DOCTYPE html><html><head><title> Pricing </title>', 'text/html'))).toMatchObject({ html: true, title: 'Pricing' })
    expect(readAnswer(answer('  <html><body>hi</body></html>', 'application/octet-stream')).html).toBe(true)
  })

  it('keeps the start of a plain-text body as the message, and survives broken JSON', () => {
    expect(readAnswer(answer('404 page not found', 'text/plain'))).toMatchObject({ message: '404 page not found' })
    expect(readAnswer(answer('{"error": ', 'application/json'))).toMatchObject({ message: '{"error": ' })
  })
})
