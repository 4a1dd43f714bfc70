/** The CLI's exit codes, as actionlint has them; apart from main.ts so the entry can name one without loading it. */
export const EXIT = { clean: 0, findings: 1, usage: 2, internal: 3 } as const
