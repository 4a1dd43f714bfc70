/**
 * Values written in base64 that the platform decodes before an application reads them: a Kubernetes Secret's `data`
 * ("The values for all keys in the data field have to be base64-encoded strings",
 * https://kubernetes.io/docs/concepts/configuration/secret/). The decoded text is what the app receives, and it is as
 * secret as its encoded form.
 */
import type { Entry } from './types.js'

/**
 * Standard base64 (RFC 4648 §4), padded: a Secret's `data` is a map of `[]byte`, which the API server reads from JSON as
 * such (https://pkg.go.dev/encoding/json#Unmarshal, `base64.StdEncoding`).
 */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * Control characters no configuration text holds: C0 but tab and line breaks (a Secret often holds a whole file,
 * `config.yaml` or `.env`), DEL and C1. Bytes that decode to these are binary data (a keystore, a DER certificate).
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/

/** Fails on bytes that are not UTF-8; keeps a leading byte order mark, so the text encodes back to the same bytes. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * The text `encoded` stands for, when it is strictly base64 of UTF-8 text; undefined for anything else (binary data,
 * plain text written where base64 belongs, which Kubernetes refuses, or base64 split over lines: "Newlines are not
 * valid within these strings", https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-config-file/).
 * It must be canonical too, so the text encodes back to exactly what is written ({@link encodeBase64}).
 */
export function decodeBase64Text(encoded: string): string | undefined {
  if (!BASE64.test(encoded)) return undefined
  const bytes = Buffer.from(encoded, 'base64')
  // Non-zero bits after the last character (`QQ==` and `QR==` give the same byte): not what any encoder writes.
  if (bytes.toString('base64') !== encoded) return undefined
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    return undefined
  }
  return CONTROL.test(text) ? undefined : text
}

/** The base64 text of `text` as UTF-8: what a Secret's `data` holds for it. */
export const encodeBase64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64')

/**
 * The entry's value was decoded from base64 written in the file (`meta.base64`, a Kubernetes Secret's `data`): its
 * `raw` and `valueSpan` are the encoded text, never the value, so no fix can be written in its place.
 */
export const decodedFromBase64 = (entry: Entry): boolean => entry.meta?.base64 === true
