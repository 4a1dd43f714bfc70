/** Filling a rule's message and tip templates, and joining the two where an output has one line for both. */

/** Fills `{{name}}` placeholders; an unknown name stays visible so tests catch it. */
export function fillTemplate(template: string, data: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => data[name] ?? whole)
}

/**
 * Message and tip as one line (`…, so it calls https://…/v1/v1/chat/completions: use "https://…"`), for the
 * outputs with room for one line only (text, annotations, SARIF result text) and for fingerprints, which were
 * made from this line before tips were split off and so stay the same.
 */
export function withTip(message: string, tip: string | undefined): string {
  return tip === undefined ? message : `${message}: ${tip}`
}
