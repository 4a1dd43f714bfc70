/**
 * Provider messages are shown to users, and some echo part of the key (`Incorrect API key provided:
 * sk-proj-****abcd`, `[sk-abc***xyz] 该令牌额度已用尽`, LiteLLM's `Received API Key = sk-...wxyz`). Everything
 * taken from an answer passes through here before it is kept.
 */

const REDACTED = '[key redacted]'

/** Shorter shared runs are too likely to be ordinary text (`sk-proj`, `-api03-`) to be worth removing. */
const MIN_FRAGMENT = 8

/** Masked echoes: characters around a run of `*`, or a `...`/`…` gap followed by the key's tail. */
const MASKED_ECHO = /[\w-]*\*{2,}[\w-]*|[\w-]+(?:\.{3}|…)[\w-]{2,}/g

/** Removes the key, any run of 8 or more of its characters, and masked echoes of it from `text`. */
export function scrubKey(text: string, key: string): string {
  return removeFragments(text.replace(MASKED_ECHO, REDACTED), key).replace(/(?:\[key redacted\])+/g, REDACTED)
}

/** Provider text made fit to show: one line, no control characters, scrubbed, at most `max` characters. */
export function cleanDetail(text: string, key: string, max = 200): string {
  // Cut before scrubbing to bound the work, but well past `max` so a fragment at the first cut cannot survive the second.
  const oneLine = text.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
  const scrubbed = scrubKey(oneLine, key)
  return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed
}

function removeFragments(text: string, key: string): string {
  if (key.length < MIN_FRAGMENT) return text.split(key).join(REDACTED)
  const grams = new Set<string>()
  for (let i = 0; i + MIN_FRAGMENT <= key.length; i++) grams.add(key.slice(i, i + MIN_FRAGMENT))
  let out = ''
  let i = 0
  while (i < text.length) {
    if (!grams.has(text.slice(i, i + MIN_FRAGMENT))) {
      out += text[i++]
      continue
    }
    let end = i + MIN_FRAGMENT
    // Overlapping windows that are all in the key form one fragment; extend while they last.
    while (end < text.length && grams.has(text.slice(end - MIN_FRAGMENT + 1, end + 1))) end++
    out += REDACTED
    i = end
  }
  return out
}
