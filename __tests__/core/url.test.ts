import { describe, expect, it } from '@jest/globals'
import { isInternalHost, looksLikeHost, parseUrl, showUrl, withoutQueryOrSlashes, withoutTrailingSlashes } from '../../src/core/url.js'

describe('parseUrl', () => {
  it('splits without normalising', () => {
    expect(parseUrl('https://user:pw@API.example.com:8443//v1/?a=b#c')).toEqual({
      scheme: 'https',
      userinfo: 'user:pw',
      host: 'api.example.com',
      port: '8443',
      path: '//v1/',
      query: '?a=b',
      fragment: '#c'
    })
    expect(parseUrl('api.example.com/v1')).toEqual({ host: 'api.example.com', path: '/v1', query: '', fragment: '' })
    expect(parseUrl('http://[::1]:11434')).toMatchObject({ host: '::1', port: '11434' })
    expect(parseUrl('two words')).toBeUndefined()
  })
})

describe('looksLikeHost', () => {
  it.each(['https://one-api:3000', 'localhost:3000', 'api.example.com', '10.0.0.2', 'localhost'])('%s names a host', (text) => {
    expect(looksLikeHost(parseUrl(text)!)).toBe(true)
  })
  it.each(['gpt-3.5-turbo', 'true', 'gpt-4o', 'claude-3.5-sonnet'])('%s does not', (text) => {
    expect(looksLikeHost(parseUrl(text)!)).toBe(false)
  })
})

describe('isInternalHost', () => {
  it.each(['localhost', '127.0.0.1', '10.1.2.3', '172.20.0.5', '192.168.1.1', 'one-api', 'gw.internal', 'box.local', '::1', 'ollama.ai.svc', 'ollama.ai.svc.cluster.local'])('%s is internal', (host) => {
    expect(isInternalHost(host)).toBe(true)
  })
  it.each(['api.example.com', '8.8.8.8', '172.32.0.1', 'svc.example.com'])('%s is remote', (host) => {
    expect(isInternalHost(host)).toBe(false)
  })
})

describe('showUrl', () => {
  it('hides credentials and query values', () => {
    expect(showUrl('https://user:pw@gw.example.com/v1?key=abc')).toBe('https://…@gw.example.com/v1?…')
  })
})

describe('withoutTrailingSlashes, withoutQueryOrSlashes', () => {
  it('drop every trailing slash, and the query and fragment before them', () => {
    expect(withoutTrailingSlashes('https://x/v1//')).toBe('https://x/v1')
    expect(withoutTrailingSlashes('https://x/v1')).toBe('https://x/v1')
    expect(withoutQueryOrSlashes('https://x/v1/?a=b#c')).toBe('https://x/v1')
    expect(withoutQueryOrSlashes('https://x/anthropic#/v1')).toBe('https://x/anthropic')
  })
})
