/**
 * Larger files are not handed to a parser: a full YAML or TOML parse costs far more than the file's size (the `yaml`
 * package keeps hundreds of bytes per node, so a few megabytes of `*a, *a, …` take gigabytes), and no hand-written
 * configuration comes near it. The scan key-scans such a file only, with a note (engine/analyze.ts); the YAML
 * reader refuses it too when called on its own.
 */
export const PARSE_CAP_BYTES = 1024 * 1024
