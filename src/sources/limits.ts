/**
 * Larger files are not handed to a parser: a full YAML or TOML parse costs far more than the file's size (the `yaml`
 * package keeps hundreds of bytes per node, so a few megabytes of `*a, *a, …` take gigabytes), and no hand-written
 * configuration comes near it. The scan key-scans such a file only, with a note (engine/analyze.ts); the YAML
 * reader refuses it too when called on its own.
 */
export const PARSE_CAP_BYTES = 1024 * 1024

/**
 * TOML's positions come from toml-eslint-parser, whose tree keeps about a kilobyte per token (an array of half a
 * million numbers took a gigabyte, 1 MB of text); a `netlify.toml` of a thousand redirects is about 100 KiB.
 */
export const TOML_PARSE_CAP_BYTES = 256 * 1024
