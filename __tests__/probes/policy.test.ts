import { describe, it, expect } from '@jest/globals'
import { isLoopbackHost, isProbeAllowed, parseProbeHosts } from '../../src/probes/policy.js'

const policy = (extraHosts: string[] = []) => ({ extraHosts })

describe('isProbeAllowed', () => {
  it('allows https to an API host of the registry', () => {
    expect(isProbeAllowed('https://api.openai.com/v1/models', policy())).toEqual({ allowed: true })
    // Any Azure customer can name a resource under these suffixes: listed hosts only.
    expect(isProbeAllowed('https://myres.openai.azure.com/openai/v1/models', policy())).toMatchObject({ allowed: false, code: 'host-shared-suffix' })
    expect(isProbeAllowed('https://myres.openai.azure.com/openai/v1/models', policy(['myres.openai.azure.com']))).toEqual({ allowed: true })
  })

  it('sends no key to a local server however it is reached (Docker host names, service names)', () => {
    for (const url of ['http://host.docker.internal:11434/v1/models', 'http://ollama:11434/v1/models', 'http://litellm:4000/v1/models']) {
      expect([url, isProbeAllowed(url, policy())]).toMatchObject([url, { allowed: false }])
    }
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

describe('isProbeAllowed against a pull request choosing the host', () => {
  it('never trusts a host that is not in the built-in registry, whatever the config file adds', () => {
    // The policy has no catalog to be given: `.llm-env-lint.yml` providers are repository data like BASE_URL.
    expect(isProbeAllowed('https://evil.test/v1/models', policy())).toMatchObject({ code: 'host-not-trusted' })
  })

  it('needs probe-hosts for a registry host that relays to whatever its account holder sets', () => {
    const url = 'https://gateway.ai.cloudflare.com/v1/someone-else/gw/custom-x/v1/models'
    expect(isProbeAllowed(url, policy())).toMatchObject({ allowed: false, code: 'host-relays-anywhere' })
    expect(isProbeAllowed(url, policy(['gateway.ai.cloudflare.com']))).toEqual({ allowed: true })
  })

  it('reads the host the way the request will: user info, backslashes, case, trailing dots, IDN look-alikes', () => {
    expect(isProbeAllowed('https://api.openai.com@evil.test/v1', policy())).toMatchObject({ code: 'credentials-in-url' })
    expect(isProbeAllowed('https://evil.test\\@api.openai.com/v1', policy())).toMatchObject({ code: 'host-not-trusted' })
    expect(isProbeAllowed('https://API.OpenAI.com./v1/models', policy())).toEqual({ allowed: true })
    expect(isProbeAllowed('https://аpi.openai.com/v1', policy())).toMatchObject({ code: 'host-not-trusted' })
    expect(isProbeAllowed('https://api.openai.com.evil.test/v1', policy())).toMatchObject({ code: 'host-not-trusted' })
    expect(isProbeAllowed('http://[0:0:0:0:0:0:0:1]:8080/', policy())).toMatchObject({ code: 'loopback-not-listed' })
    expect(isProbeAllowed('http://0x7f.1:8080/', policy())).toMatchObject({ code: 'loopback-not-listed' })
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

  it('refuses wildcards at, above or below a provider suffix that many customers share', () => {
    // Every Azure resource, every Model Studio workspace (of all regions, or of one).
    const parsed = parseProbeHosts('*.openai.azure.com *.azure.com *.maas.aliyuncs.com *.cn-beijing.maas.aliyuncs.com *.corp.example.com')
    expect(parsed).toEqual({ hosts: ['*.corp.example.com'], invalid: ['*.openai.azure.com', '*.azure.com', '*.maas.aliyuncs.com', '*.cn-beijing.maas.aliyuncs.com'] })
  })

  it('sends a key to a workspace domain only when that host is listed', () => {
    const url = 'https://ws-1.cn-beijing.maas.aliyuncs.com/compatible-mode/v1/models'
    expect(isProbeAllowed(url, policy())).toMatchObject({ allowed: false, code: 'host-shared-suffix' })
    expect(isProbeAllowed(url, policy(['ws-1.cn-beijing.maas.aliyuncs.com']))).toEqual({ allowed: true })
    expect(isProbeAllowed('https://eu.openrouter.ai/api/v1/models', policy())).toEqual({ allowed: true })
  })

  it('refuses a URL with user info rather than trusting the host hiding behind it', () => {
    expect(parseProbeHosts('https://api.openai.com@evil.test/ https://u:p@gw.example.com')).toEqual({
      hosts: [],
      invalid: ['https://api.openai.com@evil.test/', 'https://u:p@gw.example.com']
    })
  })
})
