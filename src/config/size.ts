/** Bytes per unit. `KiB`/`MiB`/`GiB` and the bare `K`/`M`/`G` are binary; `KB`/`MB`/`GB` are decimal. */
const UNIT_BYTES: ReadonlyMap<string, number> = new Map([
  ['', 1],
  ['b', 1],
  ['k', 1024],
  ['kib', 1024],
  ['kb', 1000],
  ['m', 1024 ** 2],
  ['mib', 1024 ** 2],
  ['mb', 1000 ** 2],
  ['g', 1024 ** 3],
  ['gib', 1024 ** 3],
  ['gb', 1000 ** 3]
])

/** Bytes in a size string such as `5MiB`, `500 KB`, `1.5m` or `1048576`; undefined when it is not one. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  if (match === null) return undefined
  const factor = UNIT_BYTES.get(match[2]!.toLowerCase())
  return factor === undefined ? undefined : Math.round(Number(match[1]) * factor)
}
