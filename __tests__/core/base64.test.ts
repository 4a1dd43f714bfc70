import { describe, expect, it } from '@jest/globals'
import { decodeBase64Text, encodeBase64 } from '../../src/core/base64.js'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describe('decodeBase64Text', () => {
  it('decodes padded standard base64 of UTF-8 text, and encodes it back to the same text', () => {
    for (const text of ['root', 'https://api.openai.com/v1', 'A=1\nB=2\r\n\tC=3', 'пароль 密码', '\uFEFFwith a byte order mark', '']) {
      expect(decodeBase64Text(b64(text))).toBe(text)
      expect(encodeBase64(text)).toBe(b64(text))
    }
  })

  it('refuses base64 split over lines, which Kubernetes does not accept in a Secret', () => {
    const encoded = b64('a value long enough to wrap')
    expect(decodeBase64Text(`${encoded.slice(0, 12)}\n${encoded.slice(12)}`)).toBeUndefined()
    expect(decodeBase64Text(`${encoded}\n`)).toBeUndefined()
  })

  it('leaves plain text, URL-safe or unpadded base64, loose trailing bits, binary data and control characters', () => {
    expect(decodeBase64Text('sk-not-base64')).toBeUndefined()
    expect(decodeBase64Text('has space=')).toBeUndefined()
    expect(decodeBase64Text('c2VjcmV0Mg')).toBeUndefined()
    expect(decodeBase64Text(b64('???').replace(/\//g, '_'))).toBeUndefined()
    expect(decodeBase64Text('QR==')).toBeUndefined()
    expect(decodeBase64Text(Buffer.from([0xc3, 0x28]).toString('base64'))).toBeUndefined()
    expect(decodeBase64Text(b64('bell\u0007'))).toBeUndefined()
    expect(decodeBase64Text(b64('nul\u0000'))).toBeUndefined()
    expect(decodeBase64Text(b64('c1\u0085'))).toBeUndefined()
  })
})
