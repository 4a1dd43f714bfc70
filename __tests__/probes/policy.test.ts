import { describe, it, expect } from '@jest/globals'
import { createCatalog } from '../../src/providers/catalog.js'
import { isLoopbackHost, isProbeAllowed, parseProbeHosts } from '../../src/probes/policy.js'

const catalog = createCatalog()
const policy = (extraHosts: string[] = []) => ({ catalog, extraHosts })

describe('isProbeAllowed', () => {
  it('allows https to an API host of the registry', () => {
    expect(isProbeAllowed('https://api.openai.com/v1/models', policy())).toEqual({ allowed: true })
    expect(isProbeAllowed('https://myres.openai.azure.com/openai/v1/models', policy())).toEqual({ allowed: true })
  })

  it("refuses a registry host that is not the API (marketing site, dashboard)", () => {
    const refused = isProbeAllowed('https://rutaapi.com/v1/models', policy())
    expect(refused).toMatchObject({ allowed: false, code: 'host-not-trusted' })
    expect(isProbeAllowed('https://app.rutaapi.com/v1/models', policy())).toMatchObject({ allowed: false })
  })

  it('refuses an unknown https host with a reason, and allows it once listed in probe-hosts', () => {
    const refused = isProbeAllowed('https://gw.example.com/v1/models', policy())
    expect(refused).toMatchObject({ allowed: false, code: 'host-not-trusted' })
    expect(refused.allowed === false && refused.reason).toMatch(/pull request could point the base URL/)
    expect(isProbeAllowed('https://gw.example.com/v1/models', policy(['gw.example.com']))).toEqual({ allowed: true })
    expect(isProbeAllowed('https://a.gw.example.com/v1', policy(['*.gw.example.com']))).toEqual({ allowed: true })
    expect(isProbeAllowed('https://gw.example.com/v1', policy(['*.gw.example.com']))).toMatchObject({ allowed: false })
  })

  it('honours the port of a probe-hosts entry, with 443 for https by default', () => {
    expect(isProbeAllowed('https://gw.example.com/v1', policy(['gw.example.com:443']))).toEqual({ allowed: true })
    expect(isProbeAllowed('https://gw.example.com:8443/v1', policy(['gw.example.com:443']))).toMatchObject({ allowed: false })
  })

  it('refuses plain http to any host that is not loopback, listed or not', () => {
    expect(isProbeAllowed('http://api.openai.com/v1/models', policy())).toMatchObject({ allowed: false, code: 'plain-http' })
    expect(isProbeAllowed('http://gw.example.com/v1', policy(['gw.example.com']))).toMatchObject({ allowed: false, code: 'plain-http' })
  })

  it('allows http to a loopback host only when probe-hosts lists it (and its port, when given)', () => {
    expect(isProbeAllowed('http://127.0.0.1:8080/v1', policy())).toMatchObject({ allowed: false, code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://127.0.0.1:8080/v1', policy(['127.0.0.1:8080']))).toEqual({ allowed: true })
    expect(isProbeAllowed('http://127.0.0.1:9090/v1', policy(['127.0.0.1:8080']))).toMatchObject({ allowed: false })
    expect(isProbeAllowed('http://localhost:11434/v1', policy(['localhost']))).toEqual({ allowed: true })
  })

  it('needs loopback hosts listed even over https and even when the registry names a local provider there', () => {
    expect(isProbeAllowed('https://127.0.0.1/v1', policy())).toMatchObject({ allowed: false, code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://localhost:11434/v1/models', policy())).toMatchObject({ allowed: false, code: 'loopback-not-listed' })
  })

  it('sees through loopback spellings the URL parser normalises (127.1, [::1], IPv4-mapped)', () => {
    expect(isProbeAllowed('http://127.1:8080/', policy())).toMatchObject({ code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://2130706433:8080/', policy())).toMatchObject({ code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://[::1]:8080/', policy())).toMatchObject({ code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://[::ffff:127.0.0.1]:8080/', policy())).toMatchObject({ code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://[::1]:8080/', policy(['[::1]:8080']))).toEqual({ allowed: true })
  })

  it('refuses URLs with credentials, other schemes and garbage', () => {
    expect(isProbeAllowed('https://user:pw@api.openai.com/v1', policy())).toMatchObject({ code: 'credentials-in-url' })
    expect(isProbeAllowed('https://api.openai.com@evil.example/v1', policy())).toMatchObject({ allowed: false })
    expect(isProbeAllowed('ftp://api.openai.com/', policy())).toMatchObject({ code: 'scheme' })
    expect(isProbeAllowed('api.openai.com/v1', policy())).toMatchObject({ code: 'invalid-url' })
  })
})

describe('isLoopbackHost', () => {
  it('knows 127.0.0.0/8, ::1 and localhost, and nothing else', () => {
    expect(['127.0.0.1', '127.255.0.9', 'localhost', '[::1]', 'LOCALHOST'].every(isLoopbackHost)).toBe(true)
    expect(['128.0.0.1', '10.0.0.1', 'localhost.example.com', '[::2]', 'api.openai.com'].some(isLoopbackHost)).toBe(false)
  })
})

describe('parseProbeHosts', () => {
  it('reads hosts, host:port, wildcards and URLs separated by commas, spaces or lines, and lists the bad ones', () => {
    const parsed = parseProbeHosts('gw.example.com, 127.0.0.1:8080\nhttps://API.Example.org/v1 *.corp.example.com *.com * user@host a/b')
    expect(parsed.hosts).toEqual(['gw.example.com', '127.0.0.1:8080', 'api.example.org', '*.corp.example.com'])
    expect(parsed.invalid).toEqual(['*.com', '*', 'user@host', 'a/b'])
  })
})
